/* store_lke: AKIP evaluation worksheets in the database (lke.md).
 *
 * One evaluation per agency, year and stage (usulan / penetapan). It is
 * bound to the template version it was first saved with, and to that
 * template's fingerprint: saving it again under another template or
 * version is refused, and a caller scoring it compares the fingerprint
 * with the template it has (lke_template_hash) to see the template has
 * not changed since. */
#ifndef SAKIP_STORE_LKE_H
#define SAKIP_STORE_LKE_H

#include "store.h"
#include "../core/lke.h"

/* Saves worksheet l, already checked against t, replacing the answers
 * the agency l->instansi (of pemda l->pemda; NULL: the only pemda
 * holding that kode) has for l->tahun and l->tahap, with its audit
 * row "lke.impor" (entity lke_evaluasi, "instansi/tahun/tahap"; the
 * answers changed, old → new) in the same transaction. oleh is the
 * actor the row names, e.g. "cli:alice" (NULL: "cli"; no web user). All
 * or nothing. SK_ENOTFOUND when the agency is not in the database (or is
 * in several pemda), SK_EINVAL when the evaluation is bound to another
 * template, SK_EPERM when it is published. */
int store_lke_save(struct store *s, const struct lke_template *t,
		   const struct lke_lembar *l, const char *oleh,
		   struct sk_err *e);

/* Loads the worksheet of agency instansi of pemda (NULL: the only pemda
 * holding that kode; l->pemda is then NULL too) for tahun and tahap (0:
 * the penetapan when there is one, else the usulan) into l
 * (lke_lembar_init'ed; strings in l->arena), and the fingerprint of the
 * template it was saved with into hash. SK_ENOTFOUND when there is none,
 * or the agency is not in the database or, pemda NULL, in several pemda.
 * Every function below naming an agency by pemda and instansi finds it
 * so. */
int store_lke_load(struct store *s, const char *pemda, const char *instansi,
		   int tahun, int tahap, struct lke_lembar *l,
		   char hash[LKE_HASH_LEN + 1], struct sk_err *e);

/* ---- a pemda's own templates -------------------------------------------- */

/* The highest version stored of template kode (0: none). */
int store_lke_template_versi(struct store *s, const char *kode, int *versi,
			     struct sk_err *e);
/* Stores version versi of template kode: its definition (JSON) and
 * fingerprint, with its audit row "lke.template" (entity lke_template,
 * "kode/versi", naming oleh as store_lke_save does) in one transaction.
 * A stored version never changes: SK_EINVAL when it exists. */
int store_lke_template_save(struct store *s, const char *kode, int versi,
			    const char *hash, const char *definisi,
			    const char *oleh, struct sk_err *e);
/* The definition of version versi (0: the newest) of template kode,
 * malloc'ed into *out (caller frees), and its hash (LKE_HASH_LEN + 1).
 * SK_ENOTFOUND when there is none. */
int store_lke_template_get(struct store *s, const char *kode, int versi,
			   char **out, char hash[LKE_HASH_LEN + 1],
			   struct sk_err *e);

/* ---- recommendations and follow-up (store_lke_rek.c) ------------------- */

/* The recommendations of the published LHE of agency instansi for tahun
 * (its penetapan) and how many of them are selesai; 0 and 0 when there
 * is no such evaluation, or it is a draft. */
int store_lke_rekomendasi_hitung(struct store *s, const char *pemda,
				 const char *instansi, int tahun, int *n, int *selesai,
				 struct sk_err *e);

/* A recommendation with its agency, year and follow-ups. */
struct lke_rek_info {
	const char *instansi;
	int tahun;
	struct lke_rekomendasi r;
	int ntl;
	struct lke_tindak_lanjut *tl; /* oldest first */
};

/* The recommendations of agency instansi (NULL: every agency) of pemda
 * (NULL: every pemda; with instansi, SK_ENOTFOUND when that kode is in
 * several) of year tahun (0: every year), by agency, year and nomor,
 * into *out (allocated in a). */
int store_lke_rekomendasi_list(struct store *s, const char *pemda,
			       const char *instansi, int tahun, struct arena *a,
			       struct lke_rek_info **out, int *n,
			       struct sk_err *e);

/* The agency logs a follow-up of recommendation nomor of its tahun LHE:
 * a status belum becomes proses. SK_ENOTFOUND when there is no such
 * recommendation; SK_EINVAL when it is already selesai or ditolak.
 * Audited as the web does ("rekomendasi.tindaklanjut", entity
 * lke_rekomendasi, its id), naming oleh as store_lke_save does, in the
 * same transaction. */
int store_lke_tindak_lanjut(struct store *s, const char *pemda,
			    const char *instansi, int tahun, int nomor,
			    const struct lke_tindak_lanjut *tl,
			    const char *oleh, struct sk_err *e);

/* The evaluator verifies recommendation nomor: status becomes status
 * (proses, selesai, ditolak), the latest unverified follow-up is marked
 * verified on tanggal with catatan. selesai needs a follow-up. Audited
 * as "rekomendasi.verifikasi", like store_lke_tindak_lanjut. */
int store_lke_verifikasi(struct store *s, const char *pemda,
			 const char *instansi, int tahun, int nomor, int status,
			 const char *tanggal,
			 const char *catatan, const char *oleh,
			 struct sk_err *e);

#endif
