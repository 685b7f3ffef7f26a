#include "model.h"

#include <string.h>

void pkg_init(struct pkg *p)
{
	memset(p, 0, sizeof *p);
	kebijakan_default(&p->kebijakan);
}

void pkg_free(struct pkg *p)
{
	arena_free(&p->arena);
	memset(p, 0, sizeof *p);
}

void kebijakan_default(struct kebijakan *k)
{
	memset(k, 0, sizeof *k);
	k->rumus_negatif = RUMUS_2T_R;
	k->efisiensi_metode = "selisih";
	k->desimal = 2;
}

const struct nilai *tahunan_get(const struct tahunan *t, int tahun)
{
	int i;

	for (i = 0; i < t->n; i++)
		if (t->a[i].tahun == tahun)
			return &t->a[i].n;
	return NULL;
}

const struct anggaran *node_anggaran(const struct node *n, int tahun)
{
	int i;

	for (i = 0; i < n->nanggaran; i++)
		if (n->anggaran[i].tahun == tahun)
			return &n->anggaran[i];
	return NULL;
}

const struct laporan *laporan_get(const struct laporan_list *l, int tahun,
				  const char *kunci)
{
	int i;

	for (i = 0; i < l->n; i++)
		if (l->a[i].tahun == tahun && strcmp(l->a[i].kunci, kunci) == 0)
			return &l->a[i];
	return NULL;
}

const struct pk *instansi_pk(const struct instansi *in, int tahun)
{
	int i;

	for (i = 0; i < in->npk; i++)
		if (in->pk[i].tahun == tahun)
			return &in->pk[i];
	return NULL;
}

const struct periode *indikator_periode(const struct indikator *ind,
					int tahun)
{
	int i;

	for (i = 0; ind && i < ind->nperiode; i++)
		if (ind->periode[i].tahun == tahun)
			return &ind->periode[i];
	return NULL;
}

const char *narasi_get(const struct narasi_list *l, int tahun, const char *kunci)
{
	int i, j;

	for (i = 0; i < l->n; i++) {
		if (l->a[i].tahun != tahun)
			continue;
		for (j = 0; j < l->a[i].n; j++)
			if (strcmp(l->a[i].kunci[j], kunci) == 0)
				return l->a[i].teks[j];
	}
	return NULL;
}

static int walk(const struct node *n, const struct node *parent, node_fn fn,
		void *ctx)
{
	int i, rc = fn(n, parent, ctx);

	for (i = 0; !rc && i < n->nanak; i++)
		rc = walk(&n->anak[i], n, fn, ctx);
	return rc;
}

int instansi_walk(const struct instansi *in, node_fn fn, void *ctx)
{
	int i, rc = 0;

	for (i = 0; !rc && i < in->ntujuan; i++)
		rc = walk(&in->tujuan[i], NULL, fn, ctx);
	return rc;
}

const char *tingkat_nama(enum tingkat t)
{
	static const char *const a[] = { "tujuan", "sasaran", "program",
					 "kegiatan", "subkegiatan" };
	return a[t];
}

const char *tingkat_anak(enum tingkat t)
{
	return t == TK_SUBKEGIATAN ? NULL : tingkat_nama(t + 1);
}
