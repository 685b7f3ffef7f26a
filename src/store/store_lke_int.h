/* store_lke_int: what store_lke.c and store_lke_rek.c share; not an API. */
#ifndef SAKIP_STORE_LKE_INT_H
#define SAKIP_STORE_LKE_INT_H

#include "store_int.h"
#include "store_lke.h"
#include "../util/sbuf.h"

/* The store's per-call statement helpers, errors named "evaluasi". */
#define lke_prep(s, sql, st, e) store_prep((s), (sql), (st), (e), "evaluasi")
#define lke_run store_run
#define lke_bind_str store_bind_str
/* The agencies of kode in pemda (NULL: in any pemda): *n of them, *id
 * the last one's. */
int lke_instansi_find(struct store *s, const char *pemda, const char *kode,
		      sqlite3_int64 *id, int *n, struct sk_err *e);
/* The id of agency kode of pemda (NULL: the only pemda holding that
 * kode); SK_ENOTFOUND when absent or, pemda NULL, in several pemda (the
 * message says to name the pemda). */
int lke_instansi_id(struct store *s, const char *pemda, const char *kode,
		    sqlite3_int64 *id, struct sk_err *e);
/* The id of the evaluation of agency inst for tahun and tahap; 0 when
 * there is none. */
int lke_evaluasi_id(struct store *s, sqlite3_int64 inst, int tahun,
		    int tahap, sqlite3_int64 *id, struct sk_err *e);
/* store_lke_save inside the caller's transaction (the web's saves, which
 * write their audit row in the same one). */
int lke_save_tx(struct store *s, const struct lke_template *t,
		const struct lke_lembar *l, struct sk_err *e);

/* ---- audit rows of the evaluation's writes (store_lke.c) --------------- */

/* Bytes of the answers listed on one side of an audit row. */
#define LKE_AUDIT_MAX 2000
/* The answers that differ between old (ada 0: there was none) and l, as
 * "1.a.3 T, 2.b.1 B" into lama and "1.a.3 Y, 2.b.1 A" into baru, after
 * the method and the count of answers (the web's lke.simpan, the CLI's
 * lke.impor). Give lama and baru a limit of LKE_AUDIT_MAX + 200. */
void lke_audit_diff(const struct lke_lembar *old, int ada,
		    const struct lke_lembar *l, struct sbuf *lama,
		    struct sbuf *baru);
/* One audit row of a command-line write: no web user, the clock's time,
 * baru followed by " (by OLEH)" (oleh NULL or "": "cli"). Inside the
 * caller's transaction. */
int lke_audit_cli(struct store *s, const char *oleh, const char *action,
		  const char *entity, const char *key, const char *lama,
		  const char *baru, struct sk_err *e);

/* store_lke_rek.c: the LHE part of a worksheet, inside the caller's
 * transaction (save) or after its head was read (load). */
int lke_save_lhe(struct store *s, sqlite3_int64 id,
		 const struct lke_lembar *l, struct sk_err *e);
int lke_load_lhe(struct store *s, sqlite3_int64 id, struct lke_lembar *l,
		 struct sk_err *e);

/* store_lke_rek.c: a recommendation's follow-up and verification inside
 * the caller's transaction (the CLI's store_lke_tindak_lanjut and
 * store_lke_verifikasi, the web's store_rek_*). ref names the row, its
 * status as read in that transaction, and, for messages, its agency,
 * year and nomor. */
struct lke_rek_ref {
	sqlite3_int64 id;
	int status;
	const char *instansi;
	int tahun, nomor;
};
/* Who writes a follow-up or a verification: a web user (who, oleh NULL)
 * or the command line (who NULL, oleh "cli:alice"); the audit row names
 * them. */
struct lke_pelaku {
	const struct web_actor *who;
	const char *oleh;
};
/* Logs tl (belum becomes proses) with its audit row
 * "rekomendasi.tindaklanjut"; *tl_id (may be NULL) gets its row.
 * SK_EINVAL when the recommendation is selesai or ditolak. */
int lke_rek_tindak_lanjut(struct store *s, const struct lke_rek_ref *ref,
			  const struct lke_tindak_lanjut *tl,
			  const struct lke_pelaku *by, sqlite3_int64 *tl_id,
			  struct sk_err *e);
/* Sets status (proses, selesai, ditolak) and marks the latest unverified
 * follow-up verified on tanggal by the web user (none recorded from the
 * command line) with catatan, with its audit row
 * "rekomendasi.verifikasi". SK_EINVAL for selesai without such a
 * follow-up. */
int lke_rek_verifikasi(struct store *s, const struct lke_rek_ref *ref,
		       int status, const char *tanggal, const char *catatan,
		       const struct lke_pelaku *by, struct sk_err *e);

#endif
