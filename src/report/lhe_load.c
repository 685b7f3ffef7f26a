/* lhe_load: the data of an LHE from one open store (lhe_load.h). */
#include "lhe_load.h"
#include "../store/store_lke.h"

#include <string.h>

void lhe_src_init(struct lhe_src *k)
{
	memset(k, 0, sizeof *k);
	lke_lembar_init(&k->l);
	lke_lembar_init(&k->ll);
	pkg_init(&k->p);
	k->a = (struct arena)ARENA_INIT;
}

void lhe_src_free(struct lhe_src *k)
{
	pkg_free(&k->p);
	arena_free(&k->a);
	lke_lembar_free(&k->l);
	lke_lembar_free(&k->ll);
	lke_tpl_set_free(&k->tpl);
}

/* Last year's penetapan scored into k->sl, k->x.lalu pointing at it; 0
 * with k->x.lalu NULL when there is none or it is not published (a
 * draft never reaches the agency, not even through this year's LHE). */
static int skor_lalu(struct store *s, const char *pemda,
		     const char *instansi, int tahun, struct lhe_src *k,
		     struct sk_err *e)
{
	const struct lke_template *t;
	int rc;

	k->x.lalu = NULL;
	rc = lke_load(s, pemda, instansi, tahun - 1, LKE_PENETAPAN, &k->tpl,
		      &k->ll, &t, e);
	if (rc == SK_ENOTFOUND || (!rc && !k->ll.terbit))
		return 0;
	if (!rc)
		rc = lke_hitung(t, &k->ll, &k->a, &k->sl, e);
	if (!rc)
		k->x.lalu = &k->sl;
	return rc;
}

int lhe_load(struct store *s, const char *pemda, const char *instansi,
	     int tahun, const char *hari_ini, struct lhe_src *k,
	     struct sk_err *e)
{
	struct lke_rek_info *v = NULL;
	int rc, n = 0;

	k->x.hari_ini = hari_ini;
	rc = lke_load(s, pemda, instansi, tahun, LKE_PENETAPAN, &k->tpl,
		      &k->l, &k->x.t, e);
	if (!rc)
		rc = lke_hitung(k->x.t, &k->l, &k->a, &k->s, e);
	if (!rc)
		rc = skor_lalu(s, pemda, instansi, tahun, k, e);
	if (!rc)
		rc = store_load_pkg(s, pemda, instansi, &k->p, e);
	if (!rc && k->x.lalu) /* last year's LHE, published */
		rc = store_lke_rekomendasi_list(s, pemda, instansi, tahun - 1,
						&k->a, &v, &n, e);
	k->x.l = &k->l;
	k->x.s = &k->s;
	k->x.in = k->p.ninstansi == 1 ? &k->p.instansi[0] : NULL;
	k->x.pemda_nama = k->p.pemda_nama;
	k->x.tl = v;
	k->x.ntl = n;
	return rc;
}
