/* lke_load: a stored worksheet with its template, and the facts of the
 * suggestions (lke_load.h). */
#include "lke_load.h"
#include "../core/reviu.h"
#include "../store/store_lke.h"

#include <stdlib.h>
#include <string.h>

void lke_tpl_set_free(struct lke_tpl_set *x)
{
	int i;

	for (i = 0; i < x->n; i++)
		lke_template_mem_free(&x->m[i]);
	x->n = 0;
}

/* Reads a stored definition into the next slot of x, checking it still
 * has the fingerprint it was stored with. */
static const struct lke_template *from_db(struct lke_tpl_set *x,
					  const char *kode, int versi)
{
	struct lke_template_mem *m = &x->m[x->n];
	struct sbuf errs = SBUF_INIT(0);
	struct sk_err e = { 0, "" };
	char stored[LKE_HASH_LEN + 1], now[LKE_HASH_LEN + 1];
	char *def = NULL;
	int rc;

	if (store_lke_template_get(x->s, kode, versi, &def, stored, &e))
		return NULL;
	memset(m, 0, sizeof *m);
	rc = lke_json_template_read("database", def, strlen(def), m, &errs);
	free(def);
	sbuf_release(&errs);
	if (rc)
		return NULL;
	lke_template_hash(&m->t, now);
	if (strcmp(now, stored) != 0) {
		lke_template_mem_free(m);
		return NULL;
	}
	return &x->m[x->n++].t;
}

const struct lke_template *lke_tpl_find(const char *kode, int versi,
					void *ctx)
{
	struct lke_tpl_set *x = ctx;
	const struct lke_template *t = lke_template_builtin(kode);
	int i;

	if (t)
		return versi == 0 || versi == t->versi ? t : NULL;
	if (!x)
		return NULL;
	for (i = 0; versi && i < x->n; i++)
		if (strcmp(x->m[i].t.kode, kode) == 0 && x->m[i].t.versi == versi)
			return &x->m[i].t;
	if (!x->s || x->n == LKE_TPL_MAX)
		return NULL;
	return from_db(x, kode, versi);
}

int lke_load(struct store *s, const char *pemda, const char *instansi,
	     int tahun, int tahap, struct lke_tpl_set *tpl, struct lke_lembar *l,
	     const struct lke_template **pt, struct sk_err *e)
{
	char stored[LKE_HASH_LEN + 1], now[LKE_HASH_LEN + 1];
	struct store *keep = tpl->s;
	int rc;

	*pt = NULL;
	if ((rc = store_lke_load(s, pemda, instansi, tahun, tahap, l, stored,
				 e)))
		return rc;
	tpl->s = s;
	*pt = lke_tpl_find(l->template_kode, l->template_versi, tpl);
	tpl->s = keep;
	if (!*pt)
		return sk_errf(e, SK_ENOTFOUND, "the worksheet uses template "
			       "%s version %d, which this program does not "
			       "have", l->template_kode, l->template_versi);
	lke_template_hash(*pt, now);
	if (strcmp(now, stored) != 0) {
		*pt = NULL;
		return sk_errf(e, SK_EINVAL, "template %s version %d changed "
			       "since the worksheet was stored (fingerprint %s, "
			       "now %s): a template in use is frozen",
			       l->template_kode, l->template_versi, stored, now);
	}
	return 0;
}

int lke_fakta_load(struct store *s, const struct pkg *p,
		   const char *instansi, int tahun, struct lke_fakta *f,
		   struct sk_err *e)
{
	struct reviu r;
	int n[3], rc;

	f->ntemuan = -1;
	f->nrekomendasi = f->nselesai = 0;
	rc = reviu_pkg(p, tahun, instansi, NULL, &r, e);
	if (!rc) {
		reviu_hitung_tingkat(&r, n);
		f->ntemuan = n[REVIU_KESALAHAN];
	}
	reviu_free(&r);
	if (rc)
		return rc;
	return store_lke_rekomendasi_hitung(s, p->pemda_kode, instansi,
					    tahun - 1, &f->nrekomendasi,
					    &f->nselesai, e);
}
