/* store_web_lke: the AKIP evaluation (lke.md) as the web app and the
 * CLI's publishing write it — an agency's self-assessment (usulan) or
 * the evaluator's penetapan saved, the penetapan published to the agency
 * or withdrawn — each write together with its audit row in one
 * transaction; and the list of the evaluations the pages show.
 *
 * The rules the pages rely on are checked inside that transaction, so
 * that two writers cannot race past them: an usulan cannot change once
 * its penetapan exists, a published penetapan cannot change until it is
 * withdrawn, and a penetapan is published only with its LHE identity
 * (nomor and tanggal). */
#ifndef SAKIP_STORE_WEB_LKE_H
#define SAKIP_STORE_WEB_LKE_H

#include "store_web.h"
#include "../core/lke.h"

/* One stored evaluation (a worksheet's head). */
struct web_lke {
	int64_t instansi_id;
	const char *instansi_kode, *instansi_nama, *pemda_kode;
	int tahun;
	int tahap;      /* LKE_USULAN, LKE_PENETAPAN */
	int metode;     /* LKE_METODE_R, LKE_METODE_P */
	int terbit;     /* penetapan shown to the agency */
	const char *lhe_nomor, *lhe_tanggal, *evaluator; /* or NULL */
	const char *updated_at;
};

/* The evaluations of pemda_kode (NULL: every pemda), or of one agency
 * when instansi_id is not 0, by pemda, agency (urutan), year and stage
 * (usulan first), into *out (allocated in a). */
int store_web_lke_list(struct store *s, const char *pemda_kode,
		       int64_t instansi_id, struct arena *a,
		       struct web_lke **out, int *n, struct sk_err *e);

/* Saves worksheet l, already checked against t (lke_lembar_check), as
 * store_lke_save does, with an audit row "lke.simpan" naming the answers
 * that changed (old → new). For a penetapan, the recommendations stored
 * with it are kept as they are, status and follow-ups included (those of
 * l are ignored: they have their own pages). SK_EPERM when l is an
 * usulan whose penetapan exists, or a penetapan that is published;
 * SK_EINVAL when the evaluation is bound to another template;
 * SK_ENOTFOUND for an unknown agency (found by l->pemda and l->instansi
 * as store_lke_save finds it). All or nothing. */
int store_web_lke_save(struct store *s, const struct web_actor *who,
		       const struct lke_template *t,
		       const struct lke_lembar *l, struct sk_err *e);

/* Publishes (terbit 1) or withdraws (0) the penetapan of agency instansi
 * of pemda (NULL: the only pemda holding that kode) for tahun, audited
 * as "lke.terbit" / "lke.tarik"; oleh (may be NULL) goes into the audit row's new value ("cli:alice" for the command
 * line, whose who->user_id is 0). *berubah gets 0 when it was so
 * already (nothing written). SK_ENOTFOUND when there is no penetapan,
 * SK_EINVAL when publishing one whose LHE has no nomor or tanggal. */
int store_web_lke_terbit(struct store *s, const struct web_actor *who,
			 const char *oleh, const char *pemda,
			 const char *instansi, int tahun, int terbit,
			 int *berubah, struct sk_err *e);

#endif
