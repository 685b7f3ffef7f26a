/* store_web_rek: the recommendations of the LHE (the penetapan of an
 * AKIP evaluation) and their follow-up, as the web app lists, shows and
 * writes them (lke.md "Recommendations and follow-up").
 *
 * The rules are those of the CLI's store_lke_tindak_lanjut and
 * store_lke_verifikasi (the same functions do the work): no follow-up
 * of a recommendation that is selesai or ditolak; selesai needs a
 * follow-up waiting for verification. Here each write runs in one
 * transaction with its audit_log row, as every web write does
 * (store_web.h), and an agency logs follow-ups only of a published
 * penetapan (lke_evaluasi.terbit = 1). Strings handed out live in the
 * caller's arena; messages are in English. */
#ifndef SAKIP_STORE_WEB_REK_H
#define SAKIP_STORE_WEB_REK_H

#include "store_web.h"
#include "../core/lke.h"

/* A recommendation with its agency, its LHE and a digest of its
 * follow-ups. */
struct web_rek {
	int64_t id;                /* lke_rekomendasi.id */
	int64_t instansi_id;
	const char *instansi_kode, *instansi_nama;
	int tahun;                 /* of the evaluation (the LHE's year) */
	int terbit;                /* the penetapan is published */
	const char *lhe_nomor, *lhe_tanggal; /* or NULL */
	struct lke_rekomendasi r;
	int ntl;                   /* follow-ups logged */
	int menunggu;              /* of them not verified yet */
	const char *tl_terakhir;   /* date of the latest follow-up, or NULL */
};

/* A follow-up; t.bukti is a link or a name as typed, or a file the web
 * stored ("bukti/<32 hex>.<type>", see upload.c). */
struct web_tl {
	int64_t id;                /* lke_tindak_lanjut.id */
	struct lke_tindak_lanjut t;
	const char *diverifikasi_oleh; /* username, or NULL */
};

struct web_rek_filter {
	int64_t instansi_id;       /* 0: every agency */
	int tahun;                 /* 0: every year */
	int status;                /* enum lke_status; -1: any */
	int draf;                  /* 1: of unpublished penetapan too */
};

/* At most this many recommendations are listed. */
#define WEB_REK_MAX 5000

/* The recommendations f selects, by agency kode, year and nomor. */
int store_rek_list(struct store *s, const struct web_rek_filter *f,
		   struct arena *a, struct web_rek **out, int *n,
		   struct sk_err *e);
/* Recommendation id with its follow-ups (oldest first) into *tl (may be
 * NULL). SK_ENOTFOUND when there is none. */
int store_rek_get(struct store *s, int64_t id, struct arena *a,
		  struct web_rek *out, struct web_tl **tl, int *ntl,
		  struct sk_err *e);
/* The agency of recommendation id (the route's scope). SK_ENOTFOUND
 * when absent. */
int store_rek_instansi(struct store *s, int64_t id, int64_t *instansi_id,
		       struct sk_err *e);

/* The agency logs follow-up tl of recommendation id (belum becomes
 * proses); *tl_id (may be NULL) gets the new row. SK_ENOTFOUND when
 * there is no such recommendation or its penetapan is not published,
 * SK_EINVAL when it is selesai or ditolak already. Audited as
 * rekomendasi.tindaklanjut. */
int store_rek_tindak_lanjut(struct store *s, const struct web_actor *who,
			    int64_t id, const struct lke_tindak_lanjut *tl,
			    int64_t *tl_id, struct sk_err *e);
/* The evaluator verifies recommendation id: its status becomes status
 * (LKE_PROSES, LKE_SELESAI, LKE_DITOLAK) and its latest unverified
 * follow-up is marked verified on tanggal by who with catatan.
 * SK_ENOTFOUND when absent, SK_EPERM when its penetapan is not
 * published (the agency has not seen it), SK_EINVAL for selesai without
 * a follow-up waiting, SK_EUSAGE for another status. Audited as
 * rekomendasi.verifikasi. */
int store_rek_verifikasi(struct store *s, const struct web_actor *who,
			 int64_t id, int status, const char *tanggal,
			 const char *catatan, struct sk_err *e);

#endif
