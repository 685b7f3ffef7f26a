/* model_diff: the figures of one year that differ between two versions of
 * an agency (model_diff.h).
 *
 * Both agencies' indicators and nodes are listed with their kode, sorted
 * by kode (ties by position) and merged: a kode on both sides compares
 * its figures, a kode on one side compares them with nothing. */
#include "model_diff.h"
#include "../util/err.h"

#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct item {
	const char *kode;
	const void *p; /* a struct indikator or a struct node */
	int seq;
};

struct items {
	struct item *a;
	int n, cap, nomem;
};

/* Indicators and nodes of one agency. */
struct collect {
	struct items ind, node;
};

struct dctx {
	int tahun;
	model_diff_fn fn;
	void *ctx;
};

static void items_add(struct items *l, const char *kode, const void *p)
{
	if (l->nomem)
		return;
	if (l->n == l->cap) {
		int cap = l->cap ? l->cap * 2 : 32;
		struct item *a = realloc(l->a, (size_t)cap * sizeof *a);

		if (!a) {
			l->nomem = 1;
			return;
		}
		l->a = a;
		l->cap = cap;
	}
	l->a[l->n].kode = kode ? kode : "";
	l->a[l->n].p = p;
	l->a[l->n].seq = l->n;
	l->n++;
}

static int cmp_item(const void *x, const void *y)
{
	const struct item *a = x, *b = y;
	int c = strcmp(a->kode, b->kode);

	return c ? c : (a->seq > b->seq) - (a->seq < b->seq);
}

static int collect_node(const struct node *n, const struct node *parent,
			void *ctx)
{
	struct collect *c = ctx;
	int i;

	(void)parent;
	items_add(&c->node, n->kode, n);
	for (i = 0; i < n->nindikator; i++)
		items_add(&c->ind, n->indikator[i].kode, &n->indikator[i]);
	return 0;
}

/* Lists in, sorted; 0 or SK_ENOMEM. */
static int collect(const struct instansi *in, struct collect *c)
{
	memset(c, 0, sizeof *c);
	if (in)
		instansi_walk(in, collect_node, c);
	if (c->ind.nomem || c->node.nomem)
		return SK_ENOMEM;
	if (c->ind.n > 1)
		qsort(c->ind.a, (size_t)c->ind.n, sizeof *c->ind.a, cmp_item);
	if (c->node.n > 1)
		qsort(c->node.a, (size_t)c->node.n, sizeof *c->node.a, cmp_item);
	return 0;
}

static void collect_free(struct collect *c)
{
	free(c->ind.a);
	free(c->node.a);
}

/* Reports d with lama → baru unless they are the same text. */
static int diff_text(struct dctx *x, struct model_diff *d, const char *lama,
		     const char *baru)
{
	if (lama == baru || (lama && baru && strcmp(lama, baru) == 0))
		return 0;
	d->lama = lama;
	d->baru = baru;
	return x->fn(d, x->ctx);
}

static const struct {
	const char *name;
	size_t off;
} aTahunan[] = {
	{ "target", offsetof(struct indikator, target) },
	{ "target_pk", offsetof(struct indikator, target_pk) },
	{ "target_pk_perubahan", offsetof(struct indikator, target_pk_perubahan) },
	{ "realisasi", offsetof(struct indikator, realisasi) },
};

static const char *tahunan_raw(const struct indikator *ind, size_t off,
			       int tahun)
{
	const struct nilai *n;

	if (!ind)
		return NULL;
	n = tahunan_get((const struct tahunan *)((const char *)ind + off), tahun);
	return n ? n->raw : NULL;
}

static const char *jenis_nama(const struct periode *pr)
{
	return pr->bulanan ? "bulan" : "triwulan";
}

/* The year's periods: a change of kind is one difference, else each
 * period whose text differs. */
static int diff_periode(struct dctx *x, struct model_diff *d,
			const struct periode *a, const struct periode *b)
{
	int k, n, rc;

	d->field = "realisasi_periode";
	if (a && b && a->bulanan != b->bulanan)
		return diff_text(x, d, jenis_nama(a), jenis_nama(b));
	n = a ? a->n : 0;
	if (b && b->n > n)
		n = b->n;
	d->jenis = a ? jenis_nama(a) : b ? jenis_nama(b) : NULL;
	for (k = 0; k < n; k++) {
		d->ke = k + 1;
		if ((rc = diff_text(x, d, a && k < a->n ? a->a[k].raw : NULL,
				    b && k < b->n ? b->a[k].raw : NULL)))
			return rc;
	}
	return 0;
}

static int pair_indikator(struct dctx *x, const char *kode, const void *pa,
			  const void *pb)
{
	const struct indikator *a = pa, *b = pb;
	struct model_diff d;
	size_t i;
	int rc;

	memset(&d, 0, sizeof d);
	d.tahun = x->tahun;
	d.objek = "indikator";
	d.kode = kode;
	for (i = 0; i < sizeof aTahunan / sizeof aTahunan[0]; i++) {
		d.field = aTahunan[i].name;
		if ((rc = diff_text(x, &d, tahunan_raw(a, aTahunan[i].off, x->tahun),
				    tahunan_raw(b, aTahunan[i].off, x->tahun))))
			return rc;
	}
	return diff_periode(x, &d, indikator_periode(a, x->tahun),
			    indikator_periode(b, x->tahun));
}

static const char *uang_text(const struct uang *u, char buf[24])
{
	if (!u || !u->ok)
		return NULL;
	snprintf(buf, 24, "%lld", (long long)u->rp);
	return buf;
}

struct uang_field {
	const char *name;
	size_t off;
};

static const struct uang_field aAnggaran[] = {
	{ "pagu", offsetof(struct anggaran, pagu) },
	{ "pagu_perubahan", offsetof(struct anggaran, pagu_perubahan) },
	{ "realisasi", offsetof(struct anggaran, realisasi) },
	{ "pagu_pk", offsetof(struct anggaran, pagu_pk) },
	{ "pagu_pk_perubahan", offsetof(struct anggaran, pagu_pk_perubahan) },
};

static const struct uang_field aRincian[] = {
	{ "pagu", offsetof(struct rincian, pagu) },
	{ "pagu_perubahan", offsetof(struct rincian, pagu_perubahan) },
	{ "realisasi", offsetof(struct rincian, realisasi) },
};

/* The amounts of fields f[0 … n) of two rows a and b (either NULL). */
static int diff_uang(struct dctx *x, struct model_diff *d,
		     const struct uang_field *f, size_t n, const void *a,
		     const void *b)
{
	char ba[24], bb[24];
	size_t i;
	int rc;

	for (i = 0; i < n; i++) {
		d->field = f[i].name;
		if ((rc = diff_text(x, d,
				    a ? uang_text((const struct uang *)
						  ((const char *)a + f[i].off), ba)
				      : NULL,
				    b ? uang_text((const struct uang *)
						  ((const char *)b + f[i].off), bb)
				      : NULL)))
			return rc;
	}
	return 0;
}

static int pair_node(struct dctx *x, const char *kode, const void *pa,
		     const void *pb)
{
	const struct node *na = pa, *nb = pb;
	const struct anggaran *a = na ? node_anggaran(na, x->tahun) : NULL;
	const struct anggaran *b = nb ? node_anggaran(nb, x->tahun) : NULL;
	struct model_diff d;
	int i, n, rc;

	memset(&d, 0, sizeof d);
	d.tahun = x->tahun;
	d.objek = tingkat_nama((nb ? nb : na)->tingkat);
	d.kode = kode;
	if ((rc = diff_uang(x, &d, aAnggaran, sizeof aAnggaran / sizeof *aAnggaran,
			    a, b)))
		return rc;
	n = a ? a->nrincian : 0;
	if (b && b->nrincian > n)
		n = b->nrincian;
	for (i = 0; i < n; i++) {
		d.rincian = i + 1;
		if ((rc = diff_uang(x, &d, aRincian,
				    sizeof aRincian / sizeof *aRincian,
				    a && i < a->nrincian ? &a->rincian[i] : NULL,
				    b && i < b->nrincian ? &b->rincian[i] : NULL)))
			return rc;
	}
	return 0;
}

typedef int (*pair_fn)(struct dctx *x, const char *kode, const void *a,
		       const void *b);

static int merge(struct dctx *x, const struct items *a, const struct items *b,
		 pair_fn pair)
{
	int i = 0, j = 0, c, rc = 0;

	while (rc == 0 && (i < a->n || j < b->n)) {
		c = i >= a->n ? 1 : j >= b->n ? -1
			: strcmp(a->a[i].kode, b->a[j].kode);
		if (c < 0)
			rc = pair(x, a->a[i].kode, a->a[i].p, NULL), i++;
		else if (c > 0)
			rc = pair(x, b->a[j].kode, NULL, b->a[j].p), j++;
		else
			rc = pair(x, a->a[i].kode, a->a[i].p, b->a[j].p), i++, j++;
	}
	return rc;
}

int model_diff_tahun(const struct instansi *a, const struct instansi *b,
		     int tahun, model_diff_fn fn, void *ctx)
{
	struct collect ca, cb;
	struct dctx x = { tahun, fn, ctx };
	int rc;

	rc = collect(a, &ca);
	if (rc == 0)
		rc = collect(b, &cb);
	else
		memset(&cb, 0, sizeof cb);
	if (rc == 0)
		rc = merge(&x, &ca.ind, &cb.ind, pair_indikator);
	if (rc == 0)
		rc = merge(&x, &ca.node, &cb.node, pair_node);
	collect_free(&ca);
	collect_free(&cb);
	return rc;
}

/* 'text' cut at 40 bytes on a character boundary, or (none). */
static void add_value(struct sbuf *b, const char *z)
{
	size_t n;

	if (!z) {
		sbuf_adds(b, "(none)");
		return;
	}
	n = strlen(z);
	if (n > 40) {
		n = 40;
		while (n > 0 && ((unsigned char)z[n] & 0xC0) == 0x80)
			n--;
	}
	sbuf_addc(b, '\'');
	sbuf_add(b, z, n);
	if (z[n])
		sbuf_adds(b, "...");
	sbuf_addc(b, '\'');
}

void model_diff_text(const struct model_diff *d, struct sbuf *b)
{
	sbuf_addf(b, "%s %s", d->objek, d->kode);
	if (strcmp(d->objek, "indikator") == 0) {
		sbuf_addf(b, " %s %d", d->field, d->tahun);
		if (d->jenis && d->ke)
			sbuf_addf(b, " %s %d", d->jenis, d->ke);
	} else {
		sbuf_addf(b, " anggaran %d", d->tahun);
		if (d->rincian)
			sbuf_addf(b, " rincian %d", d->rincian);
		sbuf_addf(b, " %s", d->field);
	}
	sbuf_adds(b, ": ");
	add_value(b, d->lama);
	sbuf_adds(b, " -> ");
	add_value(b, d->baru);
}
