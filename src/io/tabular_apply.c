/* tabular_apply: a table whose rows name existing indicators, applied to a
 * package: columns from the header row, rows matched to indicators,
 * duplicates found, each row checked whole, then applied. */
#include "tabular.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define COL_MAX 256

struct apply {
	struct pkg *p;
	const struct xlsx_sheet *s;
	const struct tab_opsi *o;
	struct tab_hasil *h;
	struct sbuf *errs;
	const char *instansi;          /* default agency */
	struct tab_col cols[COL_MAX];  /* value columns */
	int ncol, c_inst, c_induk, c_kode, hdr;
	struct tab_ind *inds;          /* every indicator of every agency */
	int nind;
	struct tab_ind **row_ind;      /* data row → its indicator */
	int *row_dup;                  /* data row → another row of its indicator */
	unsigned char *row_bad;
};

#define ERR(ap, row, col, ...) \
	tab_err((ap)->errs, &(ap)->h->nerr, (ap)->s->name, (row), (col), __VA_ARGS__)

static int same_col(const struct tab_col *a, const struct tab_col *b)
{
	return a->kind == b->kind && a->tahun == b->tahun && a->periode == b->periode;
}

static int read_header(struct apply *ap)
{
	const struct xlsx_sheet *s = ap->s;
	int col, i;

	ap->c_inst = ap->c_induk = ap->c_kode = -1;
	for (col = 0; col < s->ncol; col++) {
		struct tab_col tc;
		const char *t = xlsx_text(s, ap->hdr, col);

		tab_header_parse(t, ap->o->tahun, &tc);
		tc.col = col;
		if (tc.kind == TAB_NONE ||
		    (ap->o->kinds && tc.kind >= TAB_TARGET &&
		     !(ap->o->kinds & (1u << tc.kind))))
			continue;
		if ((tc.kind == TAB_KODE && ap->c_kode >= 0) ||
		    (tc.kind == TAB_INDUK && ap->c_induk >= 0) ||
		    (tc.kind == TAB_INSTANSI && ap->c_inst >= 0)) {
			ERR(ap, ap->hdr, col, "column '%s' given twice", t);
			continue;
		}
		if (tc.kind == TAB_KODE)
			ap->c_kode = col;
		else if (tc.kind == TAB_INDUK)
			ap->c_induk = col;
		else if (tc.kind == TAB_INSTANSI)
			ap->c_inst = col;
		else if (ap->ncol < COL_MAX) {
			for (i = 0; i < ap->ncol; i++)
				if (same_col(&ap->cols[i], &tc))
					break;
			if (i < ap->ncol)
				ERR(ap, ap->hdr, col, "column '%s' given twice", t);
			else
				ap->cols[ap->ncol++] = tc;
		}
	}
	if (ap->c_kode < 0)
		ERR(ap, ap->hdr, -1, "no 'Kode Indikator' column in the header row");
	if (ap->ncol == 0)
		ERR(ap, ap->hdr, -1, "no value column (Target YYYY, Target Akhir, "
		    "Realisasi YYYY, TW I YYYY) in the header row");
	return ap->h->nerr ? SK_EINVAL : 0;
}

/* A cell's text without surrounding blanks, into buf. */
static const char *cell_word(const struct xlsx_sheet *s, int row, int col,
			     char *buf, size_t cap)
{
	const char *z = col >= 0 ? xlsx_text(s, row, col) : "";
	size_t n;

	while (*z == ' ' || *z == '\t')
		z++;
	n = strlen(z);
	while (n && (z[n - 1] == ' ' || z[n - 1] == '\t'))
		n--;
	if (n >= cap)
		n = cap - 1;
	memcpy(buf, z, n);
	buf[n] = 0;
	return buf;
}

static int row_has_values(const struct apply *ap, int row)
{
	int i;

	for (i = 0; i < ap->ncol; i++)
		if (xlsx_text(ap->s, row, ap->cols[i].col)[0])
			return 1;
	return 0;
}

/* Finds the row's indicator; 0 for a blank row, -1 for a problem, told
 * unless quiet. */
static int resolve(struct apply *ap, int row, int quiet)
{
	char kode[256], induk[256], inst[256];
	struct tab_ind *hit = NULL;
	int i, nhit = 0, known = 0;

	cell_word(ap->s, row, ap->c_kode, kode, sizeof kode);
	cell_word(ap->s, row, ap->c_induk, induk, sizeof induk);
	cell_word(ap->s, row, ap->c_inst, inst, sizeof inst);
	if (!kode[0]) {
		if (!row_has_values(ap, row))
			return 0;
		if (!quiet)
			ERR(ap, row, ap->c_kode, "values without an indicator code");
		return -1;
	}
	if (!inst[0] && ap->instansi)
		snprintf(inst, sizeof inst, "%s", ap->instansi);
	if (!inst[0]) {
		if (!quiet)
			ERR(ap, row, ap->c_inst, "no instansi code");
		return -1;
	}
	for (i = 0; i < ap->nind; i++) {
		struct tab_ind *t = &ap->inds[i];
		if (strcmp(t->instansi->kode, inst))
			continue;
		known = 1;
		if (strcmp(t->ind->kode, kode) == 0 &&
		    (!induk[0] || strcmp(t->node->kode, induk) == 0))
			hit = t, nhit++;
	}
	for (i = 0; !known && i < ap->p->ninstansi; i++)
		known = strcmp(ap->p->instansi[i].kode, inst) == 0;
	if (quiet)
		;
	else if (!known)
		ERR(ap, row, ap->c_inst, "no instansi '%s' in the database", inst);
	else if (nhit == 0)
		ERR(ap, row, ap->c_kode, "no indicator '%s'%s%s in instansi '%s'",
		    kode, induk[0] ? " under " : "", induk, inst);
	else if (nhit > 1)
		ERR(ap, row, ap->c_kode, "indicator code '%s' is used %d times in "
		    "instansi '%s'; add a 'Kode Induk' column", kode, nhit, inst);
	if (nhit != 1)
		return -1;
	ap->row_ind[row] = hit;
	return 1;
}

struct rowref {
	const struct indikator *ind;
	int row;
};

static int rowref_cmp(const void *pa, const void *pb)
{
	const struct rowref *a = pa, *b = pb;

	if (a->ind != b->ind)
		return a->ind < b->ind ? -1 : 1;
	return a->row - b->row;
}

/* Marks every row of an indicator given more than once: row_dup holds
 * the other row to name. */
static int duplicates(struct apply *ap)
{
	struct rowref *r = malloc(((size_t)ap->s->nrow + 1) * sizeof *r);
	int n = 0, row, i, j;

	if (!r)
		return SK_ENOMEM;
	for (row = ap->hdr + 1; row <= ap->s->nrow; row++)
		if (ap->row_ind[row]) {
			r[n].ind = ap->row_ind[row]->ind;
			r[n++].row = row;
		}
	qsort(r, (size_t)n, sizeof *r, rowref_cmp);
	for (i = 0; i < n; i = j) {
		for (j = i + 1; j < n && r[j].ind == r[i].ind; j++)
			;
		if (j - i < 2)
			continue;
		for (row = i; row < j; row++)
			ap->row_dup[r[row].row] = r[row == i ? i + 1 : i].row;
	}
	free(r);
	return 0;
}

static int is_bulanan(const struct indikator *ind, int tahun)
{
	const struct periode *p = indikator_periode(ind, tahun);

	return p && p->bulanan;
}

/* What the indicator holds for a column now, or NULL. */
static const struct nilai *current(const struct indikator *ind,
				   const struct tab_col *tc)
{
	const struct periode *p;

	switch (tc->kind) {
	case TAB_TARGET:
		return tahunan_get(&ind->target, tc->tahun);
	case TAB_REALISASI:
		return tahunan_get(&ind->realisasi, tc->tahun);
	case TAB_TARGET_AKHIR:
		return ind->target_akhir.raw ? &ind->target_akhir : NULL;
	case TAB_TRIWULAN:
		p = indikator_periode(ind, tc->tahun);
		return p && tc->periode <= p->n && p->a[tc->periode - 1].raw ?
		       &p->a[tc->periode - 1] : NULL;
	default:
		return NULL;
	}
}

/* Checks every value cell of a row, then applies them all. */
static int apply_row(struct apply *ap, int row)
{
	struct indikator *ind = ap->row_ind[row]->ind;
	struct arena *a = &ap->p->arena;
	struct nilai v[COL_MAX];
	signed char has[COL_MAX];
	char why[256];
	int i, nerr = ap->h->nerr, rc = 0;

	for (i = 0; i < ap->ncol; i++) {
		const struct tab_col *tc = &ap->cols[i];
		const struct xlsx_cell *c = xlsx_cell(ap->s, row, tc->col);

		has[i] = -1;
		if (tc->kind == TAB_TRIWULAN && is_bulanan(ind, tc->tahun)) {
			if (c && strcmp(c->text, "(bulanan)") != 0)
				ERR(ap, row, tc->col, "indicator %s is reported by "
				    "month in %d; quarters cannot be set", ind->kode,
				    tc->tahun);
			continue;
		}
		has[i] = (signed char)tab_nilai(a, c, ind, current(ind, tc), &v[i],
						why, sizeof why);
		if (has[i] < 0)
			ERR(ap, row, tc->col, "%s", why);
	}
	if (ap->h->nerr != nerr)
		return SK_EINVAL;
	for (i = 0; i < ap->ncol && !rc; i++) {
		const struct tab_col *tc = &ap->cols[i];
		const struct nilai *n = has[i] == 1 ? &v[i] : NULL;

		if (has[i] < 0)
			continue;
		if (tc->kind == TAB_TARGET)
			rc = tab_tahunan_set(a, &ind->target, tc->tahun, n);
		else if (tc->kind == TAB_REALISASI)
			rc = tab_tahunan_set(a, &ind->realisasi, tc->tahun, n);
		else if (tc->kind == TAB_TRIWULAN)
			rc = tab_periode_set(a, ind, tc->tahun, tc->periode, n);
		else if (n)
			ind->target_akhir = *n;
		else
			memset(&ind->target_akhir, 0, sizeof ind->target_akhir);
		ap->h->nnilai++;
	}
	return rc ? SK_ENOMEM : 0;
}

static int default_instansi(struct apply *ap)
{
	ap->instansi = ap->o->instansi;
	if (!ap->instansi && ap->c_inst < 0) {
		if (ap->p->ninstansi != 1) {
			ERR(ap, ap->hdr, -1, "no 'Kode Instansi' column: say which "
			    "agency with --instansi");
			return SK_EINVAL;
		}
		ap->instansi = ap->p->instansi[0].kode;
	}
	return 0;
}

static int index_all(struct apply *ap)
{
	int i;

	for (i = 0; i < ap->p->ninstansi; i++) {
		struct tab_ind *one;
		int n;
		struct tab_ind *a;

		if (tab_indikator_list(&ap->p->instansi[i], &one, &n))
			return SK_ENOMEM;
		a = realloc(ap->inds, ((size_t)ap->nind + (size_t)n + 1) * sizeof *a);
		if (!a) {
			free(one);
			return SK_ENOMEM;
		}
		if (n)
			memcpy(a + ap->nind, one, (size_t)n * sizeof *a);
		ap->inds = a;
		ap->nind += n;
		free(one);
	}
	return 0;
}

/* Rows are matched quietly first to find indicators given twice, then
 * each row in order: its problems (so they are listed by row), or its
 * values applied. */
static int apply_rows(struct apply *ap)
{
	int row, rc;

	for (row = ap->hdr + 1; row <= ap->s->nrow; row++)
		resolve(ap, row, 1);
	if ((rc = duplicates(ap)))
		return rc;
	for (row = ap->hdr + 1; row <= ap->s->nrow; row++) {
		const struct tab_ind *t = ap->row_ind[row];

		if (!t && (rc = resolve(ap, row, 0)) == 0)
			continue;                 /* a blank row */
		ap->h->nbaris++;
		if (t && ap->row_dup[row]) {
			int a = row < ap->row_dup[row] ? row : ap->row_dup[row];
			int b = row < ap->row_dup[row] ? ap->row_dup[row] : row;
			ERR(ap, row, ap->c_kode, "indicator '%s' is given more than "
			    "once (rows %d and %d)", t->ind->kode, a, b);
			rc = SK_EINVAL;
		} else {
			rc = t ? apply_row(ap, row) : SK_EINVAL;
		}
		if (rc == SK_ENOMEM)
			return rc;
		if (rc)
			ap->row_bad[row] = 1;
		else
			ap->h->nbaris_ok++;
	}
	return 0;
}

int tab_apply(struct pkg *p, const struct xlsx_sheet *s,
	      const struct tab_opsi *opsi, struct tab_hasil *h,
	      struct sbuf *errs)
{
	struct apply ap;
	int rc, row;

	memset(h, 0, sizeof *h);
	memset(&ap, 0, sizeof ap);
	ap.p = p;
	ap.s = s;
	ap.o = opsi;
	ap.h = h;
	ap.errs = errs;
	ap.hdr = opsi->header_row ? opsi->header_row :
		 tab_find_header(s, opsi->tahun);
	if (ap.hdr == 0) {
		tab_err(errs, &h->nerr, s->name, 0, 0, "no header row with 'Kode "
			"Indikator' and a value column in the first ten rows");
		return SK_EINVAL;
	}
	if ((rc = read_header(&ap)) || (rc = default_instansi(&ap)))
		return rc;
	ap.row_ind = calloc((size_t)s->nrow + 1, sizeof *ap.row_ind);
	ap.row_dup = calloc((size_t)s->nrow + 1, sizeof *ap.row_dup);
	ap.row_bad = calloc((size_t)s->nrow + 1, 1);
	rc = !ap.row_ind || !ap.row_bad || !ap.row_dup ? SK_ENOMEM : index_all(&ap);
	if (!rc)
		rc = apply_rows(&ap);
	for (row = ap.hdr + 1; !rc && row <= s->nrow; row++)
		h->nbaris_salah += ap.row_bad[row];
	free(ap.row_ind);
	free(ap.row_dup);
	free(ap.row_bad);
	free(ap.inds);
	if (!rc && (p->arena.err || errs->err))
		rc = SK_ENOMEM;
	return rc ? rc : h->nerr ? SK_EINVAL : 0;
}
