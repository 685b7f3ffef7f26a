/* lke_xlsx_read: an LKE workbook, filled, read back into a worksheet
 * (lke_xlsx.h). Every problem names the cell it was found in. */
#include "lke_xlsx_priv.h"
#include "xlsx_read.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define LKX_ERR_MAX 100   /* problems listed; the rest are counted */
#define LKX_HEADER_MAX 60 /* the LKE header is looked for up to this row */
#define LKX_META_MAX 50   /* rows of Meta read */

/* A place in the workbook: sheet NULL for none, row 0 for the sheet. */
struct at {
	const char *sheet;
	int row, col;
};

struct rd {
	const char *name;
	struct sbuf *errs;
	int nerr;
	struct lke_lembar *l;
	struct arena *a;
	const struct xlsx_book *b;
	const struct xlsx_sheet *ws;   /* LKE */
	int hdr;                       /* its header row */
	int lhdr;                      /* the header row of the layout */
	struct at id[LKX_ID_N];        /* where each identity value was read */
	struct at format;              /* Meta's format row */
	int *jrow;                     /* LKE row of l->j[i] */
	int *crow;                     /* Catatan row of l->catatan[i] */
	int *rrow;                     /* Rekomendasi row of l->rekomendasi[i] */
};

static struct at at_make(const char *sheet, int row, int col)
{
	struct at a = { sheet, row, col };

	return a;
}

static void bad(struct rd *r, struct at at, const char *key,
		const char *fmt, ...) __attribute__((format(printf, 4, 5)));

/* A problem is one line: a line break in what the file says (a key, a
 * cell's text), from byte from of b on, is shown as a space. */
static void one_line(struct sbuf *b, size_t from)
{
	size_t i;

	for (i = from; i < b->n; i++)
		if (b->z[i] == '\n' || b->z[i] == '\r')
			b->z[i] = ' ';
}

/* "NAME: PLACE: KEY: message", the first LKX_ERR_MAX of them. */
static void bad(struct rd *r, struct at at, const char *key,
		const char *fmt, ...)
{
	size_t from = r->errs->n;
	va_list ap;

	if (++r->nerr > LKX_ERR_MAX)
		return;
	sbuf_addf(r->errs, "%s: ", r->name);
	if (at.sheet) {
		xlsx_where(r->errs, at.sheet, at.row, at.col);
		sbuf_adds(r->errs, ": ");
	}
	if (key)
		sbuf_addf(r->errs, "%s: ", key);
	va_start(ap, fmt);
	sbuf_vaddf(r->errs, fmt, ap);
	va_end(ap);
	one_line(r->errs, from);
	sbuf_addc(r->errs, '\n');
}

/* ---- cell text -------------------------------------------------------------- */

static int is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* The text of a cell without surrounding white space (U+00A0 too): *n
 * bytes at the pointer returned, which lives in the book. Nothing is
 * copied until it is kept: a shared string may fill a million cells. */
static const char *cell_trim(const struct xlsx_sheet *s, int row, int col,
			     size_t *n)
{
	const char *z = s ? xlsx_text(s, row, col) : "";
	size_t k;

	for (;;) {
		if (is_space(*z))
			z++;
		else if ((unsigned char)z[0] == 0xC2 && (unsigned char)z[1] == 0xA0)
			z += 2;
		else
			break;
	}
	k = strlen(z);
	for (;;) {
		if (k && is_space(z[k - 1]))
			k--;
		else if (k >= 2 && (unsigned char)z[k - 2] == 0xC2 &&
			 (unsigned char)z[k - 1] == 0xA0)
			k -= 2;
		else
			break;
	}
	*n = k;
	return z;
}

static int cell_blank(const struct xlsx_sheet *s, int row, int col)
{
	size_t n;

	cell_trim(s, row, col, &n);
	return n == 0;
}

/* 1 when the trimmed cell is word, in any case. */
static int cell_is(const struct xlsx_sheet *s, int row, int col,
		   const char *word)
{
	size_t n;
	const char *z = cell_trim(s, row, col, &n);

	return n == strlen(word) && strncasecmp(z, word, n) == 0;
}

/* The trimmed text copied into r's arena, or NULL when blank. */
static const char *trimmed(struct rd *r, const struct xlsx_sheet *s, int row,
			   int col)
{
	size_t n;
	const char *z = cell_trim(s, row, col, &n);

	return n ? arena_strndup(r->a, z, n) : NULL;
}

/* The trimmed text into buf (cap bytes, cut), for short words. */
static const char *word(const struct xlsx_sheet *s, int row, int col,
			char *buf, size_t cap)
{
	size_t n;
	const char *z = cell_trim(s, row, col, &n);

	if (n >= cap)
		n = cap - 1;
	memcpy(buf, z, n);
	buf[n] = 0;
	return buf;
}

/* The text as typed copied into r's arena, or NULL when it is blank. */
static const char *text_or_null(struct rd *r, const struct xlsx_sheet *s,
				int row, int col)
{
	return cell_blank(s, row, col) ? NULL
		: arena_strdup(r->a, xlsx_text(s, row, col));
}

#define LKX_WORD 24 /* bytes of an answer kept for reading */

/* An answer as written into buf: "" for none (blank, "-", an en or em
 * dash, "kosong"), else upper case. */
static const char *answer_text(const struct xlsx_sheet *s, int row, int col,
			       char buf[LKX_WORD])
{
	char *p;

	word(s, row, col, buf, LKX_WORD);
	for (p = buf; *p; p++)
		*p = (char)toupper((unsigned char)*p);
	if (!strcmp(buf, "-") || !strcmp(buf, "\xe2\x80\x93") ||
	    !strcmp(buf, "\xe2\x80\x94") || !strcmp(buf, "KOSONG"))
		buf[0] = 0;
	return buf;
}

/* A whole number lo … hi written in a cell ("7", "7.0" of a number);
 * 0 when it is not one. */
static int whole(const char *z, long lo, long hi, int *out)
{
	char *end;
	long v = strtol(z, &end, 10);

	if (end != z && end[0] == '.' && strspn(end + 1, "0") == strlen(end + 1))
		end += strlen(end);
	if (!*z || *end || v < lo || v > hi)
		return 0;
	*out = (int)v;
	return 1;
}

/* ---- identity ----------------------------------------------------------------- */

/* Identity value i read at place at: set in the sheet, checked. */
static void ident_set(struct rd *r, int i, const char *v, struct at at,
		      const char *key)
{
	struct lke_lembar *l = r->l;

	r->id[i] = at;
	switch (i) {
	case LKX_ID_INSTANSI: l->instansi = v; break;
	case LKX_ID_TEMPLATE: l->template_kode = v; break;
	case LKX_ID_LHE_NOMOR: l->lhe_nomor = v; break;
	case LKX_ID_LHE_TANGGAL: l->lhe_tanggal = v; break;
	case LKX_ID_EVALUATOR: l->evaluator = v; break;
	case LKX_ID_TAHUN:
		if (!whole(v, 1900, 2199, &l->tahun))
			bad(r, at, key, "'%.40s' is not a year (1900-2199)", v);
		break;
	case LKX_ID_TAHAP:
		if (!(l->tahap = lke_tahap_parse(v)))
			bad(r, at, key, "must be usulan or penetapan, not "
			    "'%.40s'", v);
		break;
	case LKX_ID_VERSI:
		if (!whole(v, 1, 1000000, &l->template_versi))
			bad(r, at, key, "'%.40s' is not a version number", v);
		break;
	default: /* metode: the answers say it */
		break;
	}
}

static const char *const aIdKey[LKX_ID_N] = { "instansi", "tahun", "tahap",
	"template", "template_versi", "metode", "lhe.nomor", "lhe.tanggal",
	"lhe.evaluator" };

/* The identity rows above the header: label in A, value in B. */
static void read_ident_rows(struct rd *r)
{
	const char *v;
	int row, i;

	for (row = 1; row < r->hdr; row++) {
		for (i = 0; i < LKX_ID_N; i++)
			if (cell_is(r->ws, row, 0, lkx_id_label[i]))
				break;
		if (i == LKX_ID_N)
			continue;
		if (i >= LKX_ID_LHE_NOMOR)
			v = text_or_null(r, r->ws, row, 1);
		else
			v = trimmed(r, r->ws, row, 1);
		if (v)
			ident_set(r, i, v, at_make(r->ws->name, row, 1),
				  aIdKey[i]);
	}
}

/* The hidden Meta sheet: what the workbook is; it overrides the rows. */
static void read_meta(struct rd *r)
{
	const struct xlsx_sheet *m = xlsx_sheet(r->b, LKX_META);
	char k[32], v[64];
	int row, i;

	if (!m)
		return;
	for (row = 1; row <= m->nrow && row <= LKX_META_MAX; row++) {
		word(m, row, 0, k, sizeof k);
		if (!strcmp(k, "format")) {
			r->format = at_make(m->name, row, 1);
			if (!cell_is(m, row, 1, LKE_XLSX_FORMAT))
				bad(r, r->format, "format", "'%.40s', expected "
				    "'%s': not an LKE worksheet",
				    word(m, row, 1, v, sizeof v), LKE_XLSX_FORMAT);
			continue;
		}
		for (i = 0; i < LKX_ID_LHE_NOMOR; i++)
			if (!strcmp(k, aIdKey[i]))
				break;
		if (i < LKX_ID_LHE_NOMOR && i != LKX_ID_METODE &&
		    !cell_blank(m, row, 1))
			ident_set(r, i, trimmed(r, m, row, 1),
				  at_make(m->name, row, 1), aIdKey[i]);
	}
	if (!r->format.sheet)
		bad(r, at_make(m->name, 1, 0), "format", "no 'format' row: not "
		    "an LKE worksheet written by sakip");
}

/* The LHE rows are the layout of a penetapan only: in an usulan the
 * writer has no place for them, so they would be lost on the way back
 * (lke_xlsx.h). */
static void lhe_only_penetapan(struct rd *r)
{
	int i;

	if (r->l->tahap != LKE_USULAN)
		return;
	for (i = LKX_ID_LHE_NOMOR; i <= LKX_ID_EVALUATOR; i++)
		if (r->id[i].sheet)
			bad(r, r->id[i], aIdKey[i], "only a penetapan has an "
			    "LHE; this worksheet is an usulan");
}

static const struct lke_template *find_builtin(const char *kode, int versi,
					       void *ctx)
{
	const struct lke_template *t = lke_template_builtin(kode);

	(void)ctx;
	return t && (versi == 0 || versi == t->versi) ? t : NULL;
}

static const struct lke_template *find_template(struct rd *r,
						lke_template_fn find, void *ctx)
{
	struct lke_lembar *l = r->l;
	const struct lke_template *t;

	if (!l->template_kode) {
		bad(r, at_make(r->ws->name, 0, 0), "template", "missing (the "
		    "Template row and the Meta sheet are gone)");
		return NULL;
	}
	t = find(l->template_kode, l->template_versi, ctx);
	if (!t && l->template_versi && find(l->template_kode, 0, ctx))
		bad(r, r->id[LKX_ID_VERSI], "template_versi", "template %.100s "
		    "has no version %d", l->template_kode, l->template_versi);
	else if (!t)
		bad(r, r->id[LKX_ID_TEMPLATE], "template", "no LKE template "
		    "'%.100s' (known: %s)", l->template_kode,
		    LKE_TEMPLATE_88_2021);
	return t;
}

/* ---- the answer rows ---------------------------------------------------------- */

/* The header row of the LKE sheet, its columns checked; 0 when none. */
static int find_header(struct rd *r)
{
	char buf[48];
	int row, c;

	for (row = 1; row <= r->ws->nrow && row <= LKX_HEADER_MAX; row++)
		if (cell_is(r->ws, row, LKX_C_KODE, lkx_header[LKX_C_KODE]))
			break;
	if (row > r->ws->nrow || row > LKX_HEADER_MAX) {
		bad(r, at_make(r->ws->name, 0, 0), NULL, "no header row (%s | "
		    "%s | … in column A): not an LKE worksheet",
		    lkx_header[0], lkx_header[1]);
		return 0;
	}
	for (c = 0; c < LKX_NCOL; c++)
		if (!cell_is(r->ws, row, c, lkx_header[c]))
			bad(r, at_make(r->ws->name, row, c), NULL, "header "
			    "'%s', expected '%s' (columns may not be moved, "
			    "added or removed)", word(r->ws, row, c, buf,
			    sizeof buf), lkx_header[c]);
	return row;
}

/* 1 when z can be a code: no white space, dots between non-empty parts,
 * at most three parts. */
static int code_shaped(const char *z)
{
	int dots = 0;
	const char *p;

	if (!*z || *z == '.')
		return 0;
	for (p = z; *p; p++) {
		if ((unsigned char)*p <= ' ' || (unsigned char)*p >= 0x7f)
			return 0;
		if (*p == '.' && (++dots > 2 || p[1] == '.' || !p[1]))
			return 0;
	}
	return 1;
}

static int is_komponen(const struct lke_template *t, const char *kode)
{
	int i;

	for (i = 0; i < t->nkomponen; i++)
		if (!strcmp(t->komponen[i].kode, kode))
			return 1;
	return 0;
}

/* Splits the Bukti cell into its lines, each trimmed, blank ones left. */
static void read_bukti(struct rd *r, const char *z, struct lke_jawaban *j)
{
	const char *p, *q, *e;
	int n = 1;

	for (p = z; *p; p++)
		n += *p == '\n';
	j->bukti = arena_array(r->a, (size_t)n, sizeof *j->bukti);
	for (p = z; j->bukti && *p; p = *q ? q + 1 : q) {
		q = strchr(p, '\n');
		if (!q)
			q = p + strlen(p);
		for (e = q; e > p && is_space(e[-1]); e--)
			;
		while (p < e && is_space(*p))
			p++;
		if (e > p)
			j->bukti[j->nbukti++] = arena_strndup(r->a, p,
							      (size_t)(e - p));
	}
}

/* The answer on row into j: code kode, of a sub-komponen when per_sub.
 * 0 when the row has none. */
static int read_answer(struct rd *r, int row, const char *kode, int per_sub,
		       struct lke_jawaban *j)
{
	const struct xlsx_sheet *ws = r->ws;
	char z[LKX_WORD], saran[LKX_WORD], key[128], k2[144];

	snprintf(key, sizeof key, "jawaban.%.100s", kode);
	if (!*answer_text(ws, row, LKX_C_JAWABAN, z)) {
		if (!cell_blank(ws, row, LKX_C_CATATAN) ||
		    !cell_blank(ws, row, LKX_C_BUKTI))
			bad(r, at_make(ws->name, row, LKX_C_JAWABAN), key, "no "
			    "answer, but the row has a note or evidence: answer "
			    "it or clear Catatan and Bukti");
		return 0;
	}
	j->kode = kode;
	j->nilai = lke_nilai_parse(z, per_sub);
	if (!j->nilai) /* the other kind: lke_lembar_check names the mix-up */
		j->nilai = lke_nilai_parse(z, !per_sub);
	if (!j->nilai)
		bad(r, at_make(ws->name, row, LKX_C_JAWABAN), key, "'%.20s' is "
		    "not an answer (Y, T, A, B, C, D, E or NA for a kriterion; "
		    "AA, A, BB, B, CC, C, D or E for a sub-komponen)", z);
	j->catatan = text_or_null(r, ws, row, LKX_C_CATATAN);
	if (!cell_blank(ws, row, LKX_C_BUKTI))
		read_bukti(r, xlsx_text(ws, row, LKX_C_BUKTI), j);
	snprintf(k2, sizeof k2, "%s.saran", key);
	if (*answer_text(ws, row, LKX_C_SARAN, saran) &&
	    !(j->saran = lke_nilai_parse(saran, 0)))
		bad(r, at_make(ws->name, row, LKX_C_SARAN), k2, "'%.20s' is not "
		    "a kriterion answer", saran);
	if (j->saran)
		j->saran_bukti = text_or_null(r, ws, row, LKX_C_SARAN_BUKTI);
	return 1;
}

#define LKX_UNKNOWN_MAX 100 /* rows of unknown codes taken to the checks */
#define LKX_KODE_MAX 64     /* bytes of a code */

/* Row row of the LKE sheet. seen[i] is the row holding the code on row
 * i of the layout, to find a code given twice. */
static void read_row(struct rd *r, const struct lke_template *t, int row,
		     int *seen, int *nunknown)
{
	struct lke_lembar *l = r->l;
	const struct xlsx_sheet *ws = r->ws;
	char z[LKX_WORD], buf[LKX_KODE_MAX + 1], key[128];
	const char *kode;
	int i, per_sub, has = *answer_text(ws, row, LKX_C_JAWABAN, z) ||
		!cell_blank(ws, row, LKX_C_CATATAN) ||
		!cell_blank(ws, row, LKX_C_BUKTI);

	if (cell_blank(ws, row, LKX_C_KODE)) {
		if (has)
			bad(r, at_make(ws->name, row, LKX_C_KODE), "kode",
			    "missing, but the row has an answer, a note or "
			    "evidence");
		return;
	}
	word(ws, row, LKX_C_KODE, buf, sizeof buf);
	if (!code_shaped(buf) || strlen(buf) == LKX_KODE_MAX) {
		bad(r, at_make(ws->name, row, LKX_C_KODE), "kode", "'%.40s' is "
		    "not a code (such as 1, 1.a or 1.a.1)", buf);
		return;
	}
	kode = buf;
	snprintf(key, sizeof key, "jawaban.%.100s", kode);
	if (!(i = lkx_row(t, l->tahap, kode))) {
		/* an unknown code, answered or not: lke_lembar_check says so */
		if (++*nunknown <= LKX_UNKNOWN_MAX) {
			l->j[l->n].kode = arena_strdup(r->a, kode);
			r->jrow[l->n++] = row;
		}
		return;
	}
	i -= r->lhdr;
	if (seen[i]) {
		bad(r, at_make(ws->name, row, LKX_C_KODE), "kode", "%.40s "
		    "appears again (first on row %d)", kode, seen[i]);
		return;
	}
	seen[i] = row;
	if (is_komponen(t, kode)) {
		if (has)
			bad(r, at_make(ws->name, row, LKX_C_JAWABAN), key,
			    "komponen %.40s is not answered itself: answer its "
			    "kriteria (method P) or sub-komponen (method R)",
			    kode);
		return;
	}
	per_sub = lke_sub_find(t, kode) != NULL;
	if (read_answer(r, row, arena_strdup(r->a, kode), per_sub,
			&l->j[l->n]))
		r->jrow[l->n++] = row;
}

static void read_rows(struct rd *r, const struct lke_template *t)
{
	int nlayout = lke_template_nkriteria(t) + t->nkomponen + 1, i;
	int row, nunknown = 0, *seen;

	for (i = 0; i < t->nkomponen; i++)
		nlayout += t->komponen[i].nsub;
	r->lhdr = lkx_header_row(r->l->tahap);
	r->l->j = arena_array(r->a, (size_t)nlayout + LKX_UNKNOWN_MAX,
			      sizeof *r->l->j);
	r->jrow = arena_array(r->a, (size_t)nlayout + LKX_UNKNOWN_MAX,
			      sizeof *r->jrow);
	seen = arena_array(r->a, (size_t)nlayout + 1, sizeof *seen);
	for (row = r->hdr + 1; seen && r->jrow && r->l->j &&
	     row <= r->ws->nrow; row++)
		read_row(r, t, row, seen, &nunknown);
	if (nunknown > LKX_UNKNOWN_MAX)
		bad(r, at_make(r->ws->name, 0, 0), NULL, "%d rows with codes "
		    "template %s does not have", nunknown, t->kode);
}

/* ---- notes and recommendations ---------------------------------------------------- */

/* 1 when row 1 of s holds the n headers h; mismatches reported. */
static int sheet_header(struct rd *r, const struct xlsx_sheet *s,
			const char *const *h, int n)
{
	char buf[48];
	int c, ok = 1;

	for (c = 0; c < n; c++)
		if (!cell_is(s, 1, c, h[c])) {
			bad(r, at_make(s->name, 1, c), NULL, "header '%s', "
			    "expected '%s'", word(s, 1, c, buf, sizeof buf),
			    h[c]);
			ok = 0;
		}
	return ok;
}

/* Sheet Catatan: a note per komponen or sub-komponen code of t. */
static void read_catatan(struct rd *r, const struct lke_template *t)
{
	const struct xlsx_sheet *s = xlsx_sheet(r->b, LKX_CATATAN);
	struct lke_lembar *l = r->l;
	char kode[48], key[64];
	int row, k, max = t->nkomponen;

	if (!s || s->nrow < 2 || !sheet_header(r, s, lkx_catatan_header,
					       LKX_CC_N))
		return;
	for (k = 0; k < t->nkomponen; k++)
		max += t->komponen[k].nsub;
	l->catatan = arena_array(r->a, (size_t)max, sizeof *l->catatan);
	r->crow = arena_array(r->a, (size_t)max, sizeof *r->crow);
	for (row = 2; l->catatan && r->crow && row <= s->nrow; row++) {
		if (cell_blank(s, row, LKX_CC_TEKS))
			continue;
		word(s, row, LKX_CC_KODE, kode, sizeof kode);
		snprintf(key, sizeof key, "catatan.%s", kode);
		if (l->tahap == LKE_USULAN) { /* as the LHE rows */
			bad(r, at_make(s->name, row, LKX_CC_TEKS), key, "only "
			    "a penetapan has notes for the LHE; this worksheet "
			    "is an usulan");
			return;
		}
		if (!lke_komponen_or_sub(t, kode)) {
			bad(r, at_make(s->name, row, LKX_CC_KODE), key, "no "
			    "komponen or sub-komponen '%s' in template %s",
			    kode, t->kode);
			continue;
		}
		for (k = 0; k < l->ncatatan; k++)
			if (!strcmp(l->catatan[k].kode, kode))
				break;
		if (k < l->ncatatan) {
			bad(r, at_make(s->name, row, LKX_CC_TEKS), key, "a second "
			    "note (first on row %d)", r->crow[k]);
			continue;
		}
		r->crow[l->ncatatan] = row;
		l->catatan[l->ncatatan].kode = arena_strdup(r->a, kode);
		l->catatan[l->ncatatan++].teks = text_or_null(r, s, row,
							      LKX_CC_TEKS);
	}
}

/* A target date: "YYYY-MM-DD" as typed or as a date cell shows it. */
static const char *target_text(struct rd *r, const struct xlsx_sheet *s,
			       int row)
{
	const struct xlsx_cell *c = xlsx_cell(s, row, LKX_RC_TARGET);
	size_t n;
	const char *z = cell_trim(s, row, LKX_RC_TARGET, &n);

	if (c && c->type == XLSX_DATE && n == 19 &&
	    !strncmp(z + 10, " 00:00:00", 9))
		n = 10;
	return n ? arena_strndup(r->a, z, n) : NULL;
}

static void read_rekomendasi1(struct rd *r, const struct xlsx_sheet *s,
			      int row)
{
	struct lke_lembar *l = r->l;
	struct lke_rekomendasi *k = &l->rekomendasi[l->nrekomendasi];
	char nomor[LKX_WORD], key[64], *p;

	snprintf(key, sizeof key, "rekomendasi[%d].nomor", l->nrekomendasi);
	if (!whole(word(s, row, LKX_RC_NOMOR, nomor, sizeof nomor), 1, 100000,
		   &k->nomor))
		bad(r, at_make(s->name, row, LKX_RC_NOMOR), key, "'%.20s' is "
		    "not a whole number from 1", nomor);
	k->teks = text_or_null(r, s, row, LKX_RC_TEKS);
	k->kode = trimmed(r, s, row, LKX_RC_KODE);
	if ((p = (char *)trimmed(r, s, row, LKX_RC_PRIORITAS)))
		for (k->prioritas = p; *p; p++)
			*p = (char)tolower((unsigned char)*p);
	k->target = target_text(r, s, row);
	r->rrow[l->nrekomendasi++] = row;
}

#define LKX_REK_MAX 200 /* recommendations of one LHE */

static void read_rekomendasi(struct rd *r)
{
	const struct xlsx_sheet *s = xlsx_sheet(r->b, LKX_REKOMENDASI);
	struct lke_lembar *l = r->l;
	int row, c;

	if (!s || s->nrow < 2 || !sheet_header(r, s, lkx_rekomendasi_header,
					       LKX_RC_N))
		return;
	l->rekomendasi = arena_array(r->a, LKX_REK_MAX,
				     sizeof *l->rekomendasi);
	r->rrow = arena_array(r->a, LKX_REK_MAX, sizeof *r->rrow);
	for (row = 2; l->rekomendasi && r->rrow && row <= s->nrow; row++) {
		for (c = 0; c < LKX_RC_N; c++)
			if (!cell_blank(s, row, c))
				break;
		if (c == LKX_RC_N)
			continue;
		if (l->nrekomendasi == LKX_REK_MAX) {
			bad(r, at_make(s->name, row, -1), "rekomendasi", "more "
			    "than %d recommendations", LKX_REK_MAX);
			return;
		}
		read_rekomendasi1(r, s, row);
	}
}

/* ---- the checks of lke_lembar_check, placed ---------------------------------------- */

/* Where the problem "KEY: msg" of lke_lembar_check was read. */
static struct at place(struct rd *r, const char *key, const char *msg)
{
	static const struct { const char *word; int col; } aRek[] = {
		{ "nomor", LKX_RC_NOMOR }, { "teks", LKX_RC_TEKS },
		{ "kode", LKX_RC_KODE }, { "prioritas", LKX_RC_PRIORITAS },
		{ "target", LKX_RC_TARGET },
	};
	const struct lke_lembar *l = r->l;
	struct at none = { NULL, 0, 0 };
	size_t k;
	int i;

	for (i = 0; i < LKX_ID_N; i++)
		if (!strcmp(key, aIdKey[i]))
			return r->id[i];
	if (!strncmp(key, "jawaban.", 8)) {
		for (i = 0; i < l->n; i++)
			if (!strcmp(l->j[i].kode, key + 8))
				return at_make(r->ws->name, r->jrow[i],
					       !strncmp(msg, "saran:", 6)
					       ? LKX_C_SARAN
					       : !strncmp(msg, "no kriterion", 12)
					       ? LKX_C_KODE : LKX_C_JAWABAN);
		return none;
	}
	if (!strcmp(key, "jawaban"))
		return at_make(r->ws->name, 0, 0);
	if (!strncmp(key, "catatan.", 8)) {
		for (i = 0; i < l->ncatatan; i++)
			if (!strcmp(l->catatan[i].kode, key + 8))
				return at_make(LKX_CATATAN, r->crow[i],
					       LKX_CC_KODE);
		return none;
	}
	if (sscanf(key, "rekomendasi[%d]", &i) == 1 && i >= 0 &&
	    i < l->nrekomendasi) {
		for (k = 0; k < sizeof aRek / sizeof aRek[0]; k++)
			if (strstr(msg, aRek[k].word) == msg)
				return at_make(LKX_REKOMENDASI, r->rrow[i],
					       aRek[k].col);
		return at_make(LKX_REKOMENDASI, r->rrow[i], -1);
	}
	if (!strcmp(key, "rekomendasi"))
		return at_make(LKX_REKOMENDASI, 0, 0);
	return none;
}

/* lke_lembar_check, each of its lines given the cell of its key. */
static int check(struct rd *r, const struct lke_template *t)
{
	struct sbuf out = SBUF_INIT(0);
	char *p, *nl, *sep;
	int rc = lke_lembar_check(t, r->l, NULL, &out);

	for (p = out.z; *p; p = nl + 1) {
		if (!(nl = strchr(p, '\n')))
			break;
		*nl = 0;
		sep = strstr(p, ": ");
		if (sep) {
			*sep = 0;
			bad(r, place(r, p, sep + 2), p, "%s", sep + 2);
		} else {
			bad(r, place(r, "", ""), NULL, "%s", p);
		}
	}
	sbuf_release(&out);
	return rc;
}

/* ---- the whole ------------------------------------------------------------------ */

static const struct lke_template *read_all(struct rd *r, lke_template_fn find,
					   void *ctx)
{
	const struct lke_template *t;

	r->ws = xlsx_sheet(r->b, LKE_XLSX_SHEET);
	if (!r->ws) {
		bad(r, at_make(NULL, 0, 0), NULL, "no sheet '%s': not an LKE "
		    "worksheet (sakip evaluasi ekspor --format xlsx writes one)",
		    LKE_XLSX_SHEET);
		return NULL;
	}
	if (!(r->hdr = find_header(r)))
		return NULL;
	read_ident_rows(r);
	read_meta(r);
	lhe_only_penetapan(r);
	if (r->nerr)
		return NULL;
	if (!(t = find_template(r, find ? find : find_builtin, ctx)))
		return NULL;
	read_rows(r, t);
	read_catatan(r, t);
	read_rekomendasi(r);
	return t;
}

int lke_xlsx_read(const char *name, const char *buf, size_t n,
		  lke_template_fn find, void *ctx, struct lke_lembar *l,
		  const struct lke_template **pt, struct sbuf *errs)
{
	struct xlsx_book b;
	struct sk_err e = { 0, "" };
	struct rd r;
	const struct lke_template *t;
	int rc = 0;

	*pt = NULL;
	if ((rc = xlsx_read(buf, n, NULL, &b, &e))) {
		size_t from = errs->n;

		sbuf_addf(errs, "%s: %s", name, e.msg); /* libxml2's may be two lines */
		one_line(errs, from);
		sbuf_addc(errs, '\n');
		lke_lembar_free(l);
		return rc == SK_ENOMEM ? rc : SK_EINVAL;
	}
	memset(&r, 0, sizeof r);
	r.name = name;
	r.errs = errs;
	r.l = l;
	r.a = &l->arena;
	r.b = &b;
	t = read_all(&r, find, ctx);
	if (!r.nerr && t && !l->arena.err)
		rc = check(&r, t);
	if (r.nerr > LKX_ERR_MAX)
		sbuf_addf(errs, "%s: %d more problems\n", name,
			  r.nerr - LKX_ERR_MAX);
	if (l->arena.err)
		rc = SK_ENOMEM;
	else if (r.nerr || !t)
		rc = SK_EINVAL;
	xlsx_free(&b);
	if (rc) {
		lke_lembar_free(l);
		return rc;
	}
	l->template_versi = t->versi;
	*pt = t;
	return 0;
}
