/* tabular_map_apply: the rows of a mapped table applied to one agency:
 * tujuan and sasaran carried down, indicators found by code or name,
 * added when the mapping allows it, values checked then set. */
#include "tabular_map_priv.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define TXT 1024

struct seen {
	char **key;
	int *row;
	size_t n, cap;   /* open addressing, cap a power of two */
};

struct mapp {
	struct pkg *p;
	struct instansi *in;
	const struct tab_map *m;
	const struct xlsx_sheet *s;
	struct tab_hasil *h;
	struct sbuf *errs;
	int row;
	char tujuan[TXT], ktujuan[256], sasaran[TXT], ksasaran[256];
	struct seen seen;
};

#define ERR(ap, col, ...) \
	tab_err((ap)->errs, &(ap)->h->nerr, (ap)->s->name, (ap)->row, (col), \
		__VA_ARGS__)

/* ---- text ------------------------------------------------------------------ */

/* The cell's text, blanks collapsed and trimmed, into buf. */
static const char *text(const struct mapp *ap, const struct map_col *c,
			char *buf, size_t cap)
{
	const char *z = c->col >= 0 ? xlsx_text(ap->s, ap->row, c->col) : "";
	size_t n = 0;

	for (; *z && n + 1 < cap; z++) {
		char ch = *z == '\n' || *z == '\r' || *z == '\t' ? ' ' : *z;
		if (ch == ' ' && (n == 0 || buf[n - 1] == ' '))
			continue;
		buf[n++] = ch;
	}
	while (n && buf[n - 1] == ' ')
		n--;
	buf[n] = 0;
	return buf;
}

/* Equal ignoring case (ASCII) and runs of blanks. */
static int same(const char *a, const char *b)
{
	if (!a || !b)
		return 0;
	for (;;) {
		while (*a == ' ' && (a[1] == ' ' || a[1] == 0))
			a++;
		while (*b == ' ' && (b[1] == ' ' || b[1] == 0))
			b++;
		if (tolower((unsigned char)*a) != tolower((unsigned char)*b))
			return 0;
		if (!*a)
			return 1;
		a++, b++;
	}
}

/* ---- rows given twice ---------------------------------------------------------- */

static size_t hash(const char *z)
{
	size_t h = 5381;

	while (*z)
		h = h * 33 + (unsigned char)*z++;
	return h;
}

/* The row that gave key before, or 0 (and key is remembered); -1 when
 * out of memory. */
static int seen_add(struct seen *s, const char *key, int row)
{
	size_t i;

	if (s->n * 2 >= s->cap) {
		struct seen ns = { NULL, NULL, 0, s->cap ? s->cap * 2 : 256 };
		ns.key = calloc(ns.cap, sizeof *ns.key);
		ns.row = calloc(ns.cap, sizeof *ns.row);
		if (!ns.key || !ns.row) {
			free(ns.key);
			free(ns.row);
			return -1;
		}
		for (i = 0; i < s->cap; i++)
			if (s->key[i]) {
				size_t k = hash(s->key[i]) & (ns.cap - 1);
				while (ns.key[k])
					k = (k + 1) & (ns.cap - 1);
				ns.key[k] = s->key[i];
				ns.row[k] = s->row[i];
			}
		ns.n = s->n;
		free(s->key);
		free(s->row);
		*s = ns;
	}
	for (i = hash(key) & (s->cap - 1); s->key[i]; i = (i + 1) & (s->cap - 1))
		if (strcmp(s->key[i], key) == 0)
			return s->row[i];
	if (!(s->key[i] = strdup(key)))
		return -1;
	s->row[i] = row;
	s->n++;
	return 0;
}

static void seen_free(struct seen *s)
{
	size_t i;

	for (i = 0; i < s->cap; i++)
		free(s->key[i]);
	free(s->key);
	free(s->row);
}

/* ---- finding --------------------------------------------------------------------- */

struct found {
	struct node *node;
	struct indikator *ind;
	int n;
};

static void find_in(struct node *nd, const char *kode, const char *uraian,
		    const char *ksas, const char *sas, struct found *f)
{
	int i;

	for (i = 0; i < nd->nindikator; i++) {
		struct indikator *ind = &nd->indikator[i];
		if (kode[0] ? strcmp(ind->kode, kode) != 0 : !same(ind->uraian, uraian))
			continue;
		if ((ksas[0] && strcmp(nd->kode, ksas) != 0) ||
		    (!ksas[0] && sas[0] && !same(nd->uraian, sas)))
			continue;
		f->node = nd;
		f->ind = ind;
		f->n++;
	}
	for (i = 0; i < nd->nanak; i++)
		find_in(&nd->anak[i], kode, uraian, ksas, sas, f);
}

/* The row's indicator; within its sasaran when the table says which,
 * else anywhere in the agency. */
static void find_ind(struct mapp *ap, const char *kode, const char *uraian,
		     struct found *f)
{
	int i;

	memset(f, 0, sizeof *f);
	for (i = 0; i < ap->in->ntujuan; i++)
		find_in(&ap->in->tujuan[i], kode, uraian, ap->ksasaran, ap->sasaran, f);
	if (f->n == 0 && (ap->ksasaran[0] || ap->sasaran[0]))
		for (i = 0; i < ap->in->ntujuan; i++)
			find_in(&ap->in->tujuan[i], kode, uraian, "", "", f);
}

static int kode_used(const struct node *nd, const char *kode)
{
	int i;

	if (strcmp(nd->kode, kode) == 0)
		return 1;
	for (i = 0; i < nd->nindikator; i++)
		if (strcmp(nd->indikator[i].kode, kode) == 0)
			return 1;
	for (i = 0; i < nd->nanak; i++)
		if (kode_used(&nd->anak[i], kode))
			return 1;
	return 0;
}

/* A code not used in the agency: prefix + n, n counting up from start. */
static const char *new_kode(struct mapp *ap, const char *prefix, int start)
{
	char buf[300];
	int n, i, used;

	for (n = start;; n++) {
		snprintf(buf, sizeof buf, "%s%d", prefix, n);
		for (i = 0, used = 0; i < ap->in->ntujuan && !used; i++)
			used = kode_used(&ap->in->tujuan[i], buf);
		if (!used)
			return arena_strdup(&ap->p->arena, buf);
	}
}

/* ---- adding ------------------------------------------------------------------------ */

/* Appends a zeroed element to an arena array; returns it. */
static void *grow(struct arena *a, void **arr, int *n, size_t sz)
{
	char *na = arena_array(a, (size_t)*n + 1, sz);

	if (!na)
		return NULL;
	if (*n)
		memcpy(na, *arr, (size_t)*n * sz);
	*arr = na;
	return na + (size_t)(*n)++ * sz;
}

static struct node *add_node(struct mapp *ap, struct node **arr, int *n,
			     enum tingkat t, const char *kode, const char *uraian)
{
	struct node *nd = grow(&ap->p->arena, (void **)arr, n, sizeof *nd);

	if (!nd)
		return NULL;
	nd->tingkat = t;
	nd->kode = kode;
	nd->uraian = arena_strdup(&ap->p->arena, uraian);
	return nd;
}

static struct node *tujuan_for(struct mapp *ap)
{
	struct instansi *in = ap->in;
	const char *kode;
	int i;

	for (i = 0; i < in->ntujuan; i++)
		if (ap->ktujuan[0] ? strcmp(in->tujuan[i].kode, ap->ktujuan) == 0 :
		    same(in->tujuan[i].uraian, ap->tujuan))
			return &in->tujuan[i];
	if (!ap->ktujuan[0] && !ap->tujuan[0]) {
		if (in->ntujuan == 1)
			return &in->tujuan[0];
		ERR(ap, ap->m->indikator.col, "no tujuan to add the row under: map "
		    "a 'tujuan' column (instansi %s has %d tujuan)", in->kode,
		    in->ntujuan);
		return NULL;
	}
	kode = ap->ktujuan[0] ? arena_strdup(&ap->p->arena, ap->ktujuan) :
	       new_kode(ap, "T", in->ntujuan + 1);
	return add_node(ap, &in->tujuan, &in->ntujuan, TK_TUJUAN, kode,
			ap->tujuan[0] ? ap->tujuan : kode);
}

/* The node a new indicator goes under: its sasaran, else its tujuan. */
static struct node *parent_for(struct mapp *ap)
{
	struct node *tj = tujuan_for(ap);
	const char *kode;
	int i, nsas = 0;

	if (!tj || (!ap->ksasaran[0] && !ap->sasaran[0]))
		return tj;
	for (i = 0; i < tj->nanak; i++)
		if (ap->ksasaran[0] ? strcmp(tj->anak[i].kode, ap->ksasaran) == 0 :
		    same(tj->anak[i].uraian, ap->sasaran))
			return &tj->anak[i];
	for (i = 0; i < ap->in->ntujuan; i++)
		nsas += ap->in->tujuan[i].nanak;
	kode = ap->ksasaran[0] ? arena_strdup(&ap->p->arena, ap->ksasaran) :
	       new_kode(ap, "S", nsas + 1);
	return add_node(ap, &tj->anak, &tj->nanak, TK_SASARAN, kode,
			ap->sasaran[0] ? ap->sasaran : kode);
}

static struct indikator *add_ind(struct mapp *ap, const struct indikator *tmpl,
				 struct node **where)
{
	struct node *nd = parent_for(ap);
	struct indikator *ind;
	const char *kode = tmpl->kode;
	char prefix[300];

	if (!nd)
		return NULL;
	if (!kode) {      /* before the array grows by an element without one */
		snprintf(prefix, sizeof prefix, "IK-%s-", nd->kode);
		kode = new_kode(ap, prefix, nd->nindikator + 1);
	}
	ind = grow(&ap->p->arena, (void **)&nd->indikator, &nd->nindikator,
		   sizeof *ind);
	if (!ind || !kode)
		return NULL;
	*ind = *tmpl;
	ind->kode = kode;
	*where = nd;
	return ind;
}

/* ---- values ------------------------------------------------------------------------ */

enum { V_TARGET, V_AKHIR, V_REALISASI, V_BASELINE };

struct staged {
	int what, tahun, has;
	struct nilai v;
};

static const struct nilai *map_current(const struct indikator *ind, int what,
					int tahun)
{
	switch (what) {
	case V_TARGET:
		return tahunan_get(&ind->target, tahun);
	case V_REALISASI:
		return tahunan_get(&ind->realisasi, tahun);
	case V_AKHIR:
		return ind->target_akhir.raw ? &ind->target_akhir : NULL;
	default:
		return ind->baseline.raw && ind->baseline_tahun == tahun ?
		       &ind->baseline : NULL;
	}
}

static int stage_one(struct mapp *ap, const struct indikator *ind,
		     const struct map_col *c, int what, int tahun,
		     struct staged *st, int *n)
{
	char why[256];
	struct staged *x = &st[*n];

	if (c->col < 0)
		return 0;
	x->what = what;
	x->tahun = tahun;
	x->has = tab_nilai(&ap->p->arena, xlsx_cell(ap->s, ap->row, c->col), ind,
			   map_current(ind, what, tahun), &x->v, why, sizeof why);
	if (x->has < 0) {
		ERR(ap, c->col, "%s", why);
		return -1;
	}
	(*n)++;
	return 0;
}

static void stage(struct mapp *ap, const struct indikator *ind,
		  struct staged *st, int *n)
{
	const struct tab_map *m = ap->m;
	int i;

	for (i = 0; i < m->ntarget; i++)
		stage_one(ap, ind, &m->target[i].c, V_TARGET, m->target[i].tahun, st, n);
	stage_one(ap, ind, &m->target_akhir, V_AKHIR, 0, st, n);
	for (i = 0; i < m->nrealisasi; i++)
		stage_one(ap, ind, &m->realisasi[i].c, V_REALISASI,
			  m->realisasi[i].tahun, st, n);
	stage_one(ap, ind, &m->baseline, V_BASELINE, m->baseline_tahun, st, n);
}

static int put(struct mapp *ap, struct indikator *ind, const struct staged *st,
	       int n)
{
	struct arena *a = &ap->p->arena;
	int i, rc = 0;

	for (i = 0; i < n && !rc; i++) {
		const struct nilai *v = st[i].has ? &st[i].v : NULL;
		switch (st[i].what) {
		case V_TARGET:
			rc = tab_tahunan_set(a, &ind->target, st[i].tahun, v);
			break;
		case V_REALISASI:
			rc = tab_tahunan_set(a, &ind->realisasi, st[i].tahun, v);
			break;
		case V_AKHIR:
			if (v)
				ind->target_akhir = *v;
			else
				memset(&ind->target_akhir, 0, sizeof ind->target_akhir);
			break;
		default:
			ind->baseline_tahun = v ? st[i].tahun : 0;
			if (v)
				ind->baseline = *v;
			else
				memset(&ind->baseline, 0, sizeof ind->baseline);
		}
		ap->h->nnilai++;
	}
	return rc;
}

static int parse_pol(const char *z, enum polaritas *out)
{
	static const struct { const char *w; enum polaritas p; } a[] = {
		{ "positif", POL_POSITIF }, { "naik", POL_POSITIF },
		{ "maksimal", POL_POSITIF }, { "max", POL_POSITIF },
		{ "negatif", POL_NEGATIF }, { "turun", POL_NEGATIF },
		{ "minimal", POL_NEGATIF }, { "min", POL_NEGATIF },
		{ "rentang", POL_RENTANG }, { "range", POL_RENTANG },
	};
	size_t i;

	for (i = 0; i < sizeof a / sizeof a[0]; i++)
		if (same(z, a[i].w)) {
			*out = a[i].p;
			return 0;
		}
	return -1;
}

/* ---- rows ------------------------------------------------------------------------------ */

static void carry(struct mapp *ap)
{
	const struct tab_map *m = ap->m;
	char t[TXT], kt[256], s[TXT], ks[256];

	text(ap, &m->tujuan, t, sizeof t);
	text(ap, &m->kode_tujuan, kt, sizeof kt);
	text(ap, &m->sasaran, s, sizeof s);
	text(ap, &m->kode_sasaran, ks, sizeof ks);
	if (t[0] || kt[0]) {
		if (strcmp(t, ap->tujuan) || strcmp(kt, ap->ktujuan))
			ap->sasaran[0] = ap->ksasaran[0] = 0;
		memcpy(ap->tujuan, t, sizeof t);
		memcpy(ap->ktujuan, kt, sizeof kt);
	}
	if (s[0] || ks[0]) {
		memcpy(ap->sasaran, s, sizeof s);
		memcpy(ap->ksasaran, ks, sizeof ks);
	}
}

static int has_values(const struct mapp *ap)
{
	const struct tab_map *m = ap->m;
	int i;

	for (i = 0; i < m->ntarget; i++)
		if (m->target[i].c.col >= 0 &&
		    xlsx_text(ap->s, ap->row, m->target[i].c.col)[0])
			return 1;
	for (i = 0; i < m->nrealisasi; i++)
		if (m->realisasi[i].c.col >= 0 &&
		    xlsx_text(ap->s, ap->row, m->realisasi[i].c.col)[0])
			return 1;
	return 0;
}

/* A new indicator's fields, or the found one, for checking values. */
static int probe_of(struct mapp *ap, const struct found *f, const char *kode,
		    const char *uraian, struct indikator *pr)
{
	const struct tab_map *m = ap->m;
	char sat[256], pol[64];

	if (f->n == 1) {
		*pr = *f->ind;
		return 0;
	}
	memset(pr, 0, sizeof *pr);
	pr->tipe = TIPE_ANGKA;
	pr->kode = kode[0] ? arena_strdup(&ap->p->arena, kode) : NULL; /* made up */
	pr->uraian = arena_strdup(&ap->p->arena, uraian[0] ? uraian : kode);
	if (text(ap, &m->satuan, sat, sizeof sat)[0])
		pr->satuan = arena_strdup(&ap->p->arena, sat);
	if (text(ap, &m->polaritas, pol, sizeof pol)[0] &&
	    parse_pol(pol, &pr->polaritas)) {
		ERR(ap, m->polaritas.col, "polaritas '%s': positif, negatif or "
		    "rentang", pol);
		return -1;
	}
	return 0;
}

static int map_row(struct mapp *ap)
{
	const struct tab_map *m = ap->m;
	char uraian[TXT], kode[256], key[600];
	struct staged st[2 * MAP_YEARS + 2];
	struct indikator probe, *ind;
	struct node *nd;
	struct found f;
	int nst = 0, nerr = ap->h->nerr, prev;

	carry(ap);
	text(ap, &m->indikator, uraian, sizeof uraian);
	text(ap, &m->kode, kode, sizeof kode);
	if (!uraian[0] && !kode[0]) {
		if (!has_values(ap))
			return 0;
		ERR(ap, m->indikator.col >= 0 ? m->indikator.col : m->kode.col,
		    "values without an indicator");
		return -1;
	}
	ap->h->nbaris++;
	find_ind(ap, kode, uraian, &f);
	if (f.n > 1)
		ERR(ap, kode[0] ? m->kode.col : m->indikator.col, "'%s' matches %d "
		    "indicators of instansi %s; map a 'kode' or 'sasaran' column",
		    kode[0] ? kode : uraian, f.n, ap->in->kode);
	else if (f.n == 0 && !m->tambah)
		ERR(ap, kode[0] ? m->kode.col : m->indikator.col, "no indicator '%s' "
		    "in instansi %s (\"tambah\": true adds it)",
		    kode[0] ? kode : uraian, ap->in->kode);
	if (ap->h->nerr != nerr || probe_of(ap, &f, kode, uraian, &probe))
		return -1;
	if (f.n == 1) {
		snprintf(key, sizeof key, "%s\x01%s", f.node->kode, f.ind->kode);
		if ((prev = seen_add(&ap->seen, key, ap->row)) > 0) {
			ERR(ap, kode[0] ? m->kode.col : m->indikator.col, "indicator "
			    "'%s' is given more than once (rows %d and %d)",
			    f.ind->kode, prev, ap->row);
			return -1;
		}
	}
	stage(ap, &probe, st, &nst);
	if (ap->h->nerr != nerr)
		return -1;
	if (f.n == 1) {
		ind = f.ind;
	} else if (!(ind = add_ind(ap, &probe, &nd))) {
		return -1;
	} else {
		snprintf(key, sizeof key, "%s\x01%s", nd->kode, ind->kode);
		seen_add(&ap->seen, key, ap->row);
	}
	return put(ap, ind, st, nst) ? -1 : 1;
}

int tab_map_apply(struct pkg *p, const struct tab_map *m,
		  const struct xlsx_sheet *s, const struct tab_opsi *opsi,
		  struct tab_hasil *h, struct sbuf *errs)
{
	struct mapp ap;
	int i, r0, r1, rc = 0;

	memset(h, 0, sizeof *h);
	memset(&ap, 0, sizeof ap);
	ap.p = p;
	ap.m = m;
	ap.s = s;
	ap.h = h;
	ap.errs = errs;
	for (i = 0; i < p->ninstansi; i++)
		if (strcmp(p->instansi[i].kode, opsi->instansi) == 0)
			ap.in = &p->instansi[i];
	if (!ap.in) {
		tab_err(errs, &h->nerr, s->name, 0, 0, "no instansi '%s'",
			opsi->instansi);
		return SK_EINVAL;
	}
	r0 = m->baris_data ? m->baris_data : m->baris_judul ? m->baris_judul + 1 : 1;
	r1 = m->baris_akhir && m->baris_akhir < s->nrow ? m->baris_akhir : s->nrow;
	for (ap.row = r0; ap.row <= r1; ap.row++) {
		int r = map_row(&ap);
		if (p->arena.err) {
			rc = SK_ENOMEM;
			break;
		}
		h->nbaris_ok += r > 0;
		h->nbaris_salah += r < 0;
	}
	seen_free(&ap.seen);
	if (!rc && errs->err)
		rc = SK_ENOMEM;
	return rc ? rc : h->nerr ? SK_EINVAL : 0;
}
