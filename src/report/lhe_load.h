/* lhe_load: everything the LHE of an agency's year is built from, read
 * from one open store, so that `sakip laporan lhe` (and its alias
 * `sakip evaluasi lhe`) and the web app build the same document:
 *
 *   this year's penetapan, checked against its template and scored;
 *   last year's penetapan scored, when there is one (its absence, or a
 *     template this program does not have, is not an error);
 *   the agency's package (its name and the pemda's);
 *   last year's recommendations with their follow-ups.
 *
 * Usage, s open for the whole call (it may be closed afterwards):
 *
 *   struct lhe_src k;
 *   lhe_src_init(&k);
 *   rc = lhe_load(s, NULL, "kec-contoh", 2024, "2025-04-01", &k, &e);
 *   if (!rc) rc = laporan_lhe(&k.x, &d, &e);
 *   lhe_src_free(&k);
 *
 * k.x points into k itself: k must not be copied or moved once loaded. */
#ifndef SAKIP_REPORT_LHE_LOAD_H
#define SAKIP_REPORT_LHE_LOAD_H

#include "lhe.h"
#include "../io/lke_load.h"
#include "../store/store.h"

struct lhe_src {
	struct lke_tpl_set tpl;    /* the templates of both years */
	struct lke_lembar l, ll;   /* this year's and last year's penetapan */
	struct lke_skor s, sl;     /* their scores (in a) */
	struct arena a;            /* scores and recommendations */
	struct pkg p;              /* the agency alone */
	struct lhe_data x;         /* laporan_lhe's input, pointing into k */
};

void lhe_src_init(struct lhe_src *k);
void lhe_src_free(struct lhe_src *k);

/* Loads and scores into k (lhe_src_init'ed) what the LHE of agency
 * instansi of pemda (NULL: the only pemda holding that kode) for tahun
 * needs, reading only through s; hari_ini (YYYY-MM-DD,
 * kept as a pointer) is the report's date. SK_ENOTFOUND when the agency
 * has no penetapan for tahun; SK_EINVAL when its template changed since
 * it was stored. On failure k still needs lhe_src_free. */
int lhe_load(struct store *s, const char *pemda, const char *instansi,
	     int tahun, const char *hari_ini, struct lhe_src *k,
	     struct sk_err *e);

#endif
