/* lke_load: a stored AKIP worksheet with its template, and the facts the
 * suggested answers need — what `sakip evaluasi`, `sakip laporan lhe`
 * and the web pages all load the same way.
 *
 * A template is the shipped one (lke_template_builtin) or a pemda's own
 * stored in the database as JSON; lke_tpl_find() reads the latter into
 * a struct lke_tpl_set, refusing a definition whose fingerprint is not
 * the one it was stored with. */
#ifndef SAKIP_LKE_LOAD_H
#define SAKIP_LKE_LOAD_H

#include "lke_json.h"
#include "../core/lke_saran.h"
#include "../store/store.h"

#define LKE_TPL_MAX 4
struct lke_tpl_set {
	struct store *s;     /* where a pemda's templates are read; NULL */
	int n;
	struct lke_template_mem m[LKE_TPL_MAX];
};
void lke_tpl_set_free(struct lke_tpl_set *x);

/* A lke_template_fn: template kode, version versi (0: the newest), with
 * ctx a struct lke_tpl_set (or NULL: shipped templates only). */
const struct lke_template *lke_tpl_find(const char *kode, int versi,
					void *ctx);

/* Loads the worksheet of agency instansi of pemda (NULL: the only pemda
 * holding that kode, see store_lke_load) for tahun and tahap (0: the
 * penetapan when there is one, else the usulan) into l (lke_lembar_init'ed)
 * and its template into *pt (kept in tpl), refusing a template that
 * changed since the worksheet was stored. SK_ENOTFOUND when there is
 * none. */
int lke_load(struct store *s, const char *pemda, const char *instansi,
	     int tahun, int tahap, struct lke_tpl_set *tpl, struct lke_lembar *l,
	     const struct lke_template **pt, struct sk_err *e);

/* The facts of agency instansi (loaded alone in p, whose pemda_kode
 * names its pemda) for tahun beyond its package: the errors reviu finds
 * in the year's figures, last year's recommendations and how many are
 * selesai. */
int lke_fakta_load(struct store *s, const struct pkg *p,
		   const char *instansi, int tahun, struct lke_fakta *f,
		   struct sk_err *e);

#endif
