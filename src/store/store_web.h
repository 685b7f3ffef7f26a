/* store_web: what the web app keeps beside the package — accounts,
 * sessions, the audit trail, locked and published years, realisations
 * entered by operators and verified, and the pemda policy.
 *
 * Every write runs in one transaction together with its audit row
 * (who, when, what, old value → new value): either both are stored or
 * neither. Times are Unix seconds given by the caller (the web server's
 * clock), stored as ISO 8601 UTC text. Strings handed out live in the
 * caller's arena. Messages are in English, as for every store error;
 * the web layer turns codes into Indonesian pages. */
#ifndef SAKIP_STORE_WEB_H
#define SAKIP_STORE_WEB_H

#include "store.h"
#include "../util/arena.h"

#include <stdint.h>

/* Who writes, and when: user_id 0 is the command line. */
struct web_actor {
	int64_t user_id;
	int64_t now;
};

/* The roles of sakip-domain.md §9 that log in ("public" does not). */
#define WEB_ROLE_ADMIN "admin"
#define WEB_ROLE_OPERATOR "operator"
#define WEB_ROLE_VERIFIKATOR "verifikator"
#define WEB_ROLE_EVALUATOR "evaluator"
#define WEB_ROLE_PIMPINAN "pimpinan"
/* 1 when role is one of the five. */
int store_role_valid(const char *role);

#define WEB_USERNAME_MAX 64

struct web_user {
	int64_t id;
	const char *username, *role;
	const char *password_hash;
	int64_t instansi_id;       /* 0: none (every role but operator) */
	const char *instansi_kode, *instansi_nama, *pemda_kode; /* or NULL */
	int disabled;
	const char *created_at;
};

/* ---- users (store_web.c) ------------------------------------------------ */

/* Adds a user. instansi_kode names the operator's agency (pemda_kode
 * may be NULL when only one pemda has it). SK_EINVAL for a taken
 * username, a bad role, an operator without an agency. */
int store_user_add(struct store *s, const struct web_actor *who,
		   const char *username, const char *password_hash,
		   const char *role, const char *pemda_kode,
		   const char *instansi_kode, int64_t *id, struct sk_err *e);
/* By username (id 0) or by id. SK_ENOTFOUND when absent. */
int store_user_get(struct store *s, const char *username, int64_t id,
		   struct arena *a, struct web_user *out, struct sk_err *e);
/* Every user, by username. */
int store_user_list(struct store *s, struct arena *a, struct web_user **out,
		    int *n, struct sk_err *e);
/* Sets a new password hash and ends the user's sessions. */
int store_user_set_password(struct store *s, const struct web_actor *who,
			    int64_t id, const char *password_hash,
			    struct sk_err *e);
/* Disables (1) or enables (0) a user; disabling ends their sessions. */
int store_user_set_disabled(struct store *s, const struct web_actor *who,
			    int64_t id, int disabled, struct sk_err *e);

/* ---- sessions (store_web.c) --------------------------------------------- */

struct web_session {
	struct web_user user;
	int64_t created, last_seen;
};

/* Stores a new session under the hash of its id; audited as a login. */
int store_session_add(struct store *s, const struct web_actor *who,
		      const char *id_hash, struct sk_err *e);
/* The session and its (enabled) user. SK_ENOTFOUND when there is none. */
int store_session_get(struct store *s, const char *id_hash, struct arena *a,
		      struct web_session *out, struct sk_err *e);
/* Records activity (the idle timeout's clock). */
int store_session_touch(struct store *s, const char *id_hash, int64_t now,
			struct sk_err *e);
/* Ends a session; audited as a logout when who is not NULL. */
int store_session_delete(struct store *s, const struct web_actor *who,
			 const char *id_hash, struct sk_err *e);
/* Deletes sessions idle since before idle_before or created before
 * created_before. */
int store_session_purge(struct store *s, int64_t idle_before,
			int64_t created_before, struct sk_err *e);

/* ---- scope: which agency a thing belongs to (store_web.c) --------------- */

struct web_instansi {
	int64_t id;
	const char *kode, *nama, *pemda_kode, *pemda_nama;
};

int store_instansi_info(struct store *s, int64_t id, struct arena *a,
			struct web_instansi *out, struct sk_err *e);
/* Every agency of every pemda, by pemda kode then urutan. */
int store_instansi_list(struct store *s, struct arena *a,
			struct web_instansi **out, int *n, struct sk_err *e);
/* The agency of an indicator / of an entry. SK_ENOTFOUND when absent. */
int store_indikator_instansi(struct store *s, int64_t indikator_id,
			     int64_t *instansi_id, struct sk_err *e);
int store_entri_instansi(struct store *s, int64_t entri_id,
			 int64_t *instansi_id, struct sk_err *e);
/* The ids of an agency's indicators in the order instansi_walk visits
 * them in the package store_load_pkg gives (tujuan first, depth first,
 * each node's indicators in order). *ids is in a. */
int store_indikator_ids(struct store *s, int64_t instansi_id,
			struct arena *a, int64_t **ids, int *n,
			struct sk_err *e);

/* Before any database is opened by a multi-threaded server: turns off
 * SQLite's global memory statistics, whose one mutex every allocation of
 * every connection would otherwise take. */
void store_web_threads(void);

/* A number that changes whenever another connection commits. */
int store_data_version(struct store *s, int64_t *out, struct sk_err *e);

/* ---- years, policy, audit (store_web_admin.c) --------------------------- */

struct web_tahun {
	int tahun;
	int locked, published;
	const char *locked_by, *locked_at; /* NULL when open */
};

/* Years of pemda_kode that are locked or published. */
int store_tahun_list(struct store *s, const char *pemda_kode, struct arena *a,
		     struct web_tahun **out, int *n, struct sk_err *e);
/* 1 in *locked when tahun of pemda_kode is locked. */
int store_tahun_locked(struct store *s, const char *pemda_kode, int tahun,
		       int *locked, struct sk_err *e);
int store_tahun_set_lock(struct store *s, const struct web_actor *who,
			 const char *pemda_kode, int tahun, int locked,
			 struct sk_err *e);
int store_tahun_published(struct store *s, const char *pemda_kode, int tahun,
			  int *published, struct sk_err *e);
int store_tahun_set_published(struct store *s, const struct web_actor *who,
			      const char *pemda_kode, int tahun, int published,
			      struct sk_err *e);

struct web_terbit {
	const char *pemda_kode, *pemda_nama;
	int tahun;
};
/* Every published year of every pemda. */
int store_terbit_list(struct store *s, struct arena *a, struct web_terbit **out,
		      int *n, struct sk_err *e);

struct kebijakan;
/* Replaces the pemda's negative formula, cap and predicate scale with
 * those of k (efisiensi and desimal are kept). */
int store_policy_set(struct store *s, const struct web_actor *who,
		     const char *pemda_kode, const struct kebijakan *k,
		     struct sk_err *e);

struct web_audit {
	int64_t id;
	const char *at, *username, *action, *entity, *entity_id;
	const char *old_value, *new_value;
};
struct web_audit_filter {
	const char *username, *action, *entity; /* NULL or "": any */
	const char *dari, *sampai;              /* YYYY-MM-DD, inclusive */
	int limit, offset;
};
/* Newest first. */
int store_audit_list(struct store *s, const struct web_audit_filter *f,
		     struct arena *a, struct web_audit **out, int *n,
		     struct sk_err *e);
/* Appends one audit row (used by every write here; the transaction is
 * the caller's). */
int store_audit_add(struct store *s, const struct web_actor *who,
		    const char *action, const char *entity,
		    const char *entity_id, const char *old_value,
		    const char *new_value, struct sk_err *e);

/* ---- realisations entered and verified (store_web_entri.c) -------------- */

/* periode: "tahun" (ke 0), "triwulan" (ke 1 … 4), "bulan" (ke 1 … 12). */
struct web_entri_input {
	int64_t indikator_id;
	int tahun;
	const char *periode;
	int ke;
	const char *raw;       /* the value as typed */
	const char *catatan;   /* may be NULL */
	int ajukan;            /* 1: submit for verification, 0: draft */
	/* evidence, all NULL when none was uploaded (an earlier one stays) */
	const char *bukti_path, *bukti_nama, *bukti_tipe;
	int64_t bukti_ukuran;
};

/* indikator_id 0: orphaned — a re-import of the agency removed the
 * indicator of indikator_kode (indikator_uraian and satuan are then
 * NULL); the entry keeps its value, status and evidence, can be returned
 * but not approved, and re-attaches when an import brings the kode back. */
struct web_entri {
	int64_t id, indikator_id, instansi_id;
	int tahun, ke;
	const char *periode, *raw, *catatan, *status, *alasan;
	const char *bukti_path, *bukti_nama, *bukti_tipe;
	int64_t bukti_ukuran;
	const char *entered_by, *verified_by, *updated_at, *verified_at;
	const char *indikator_kode, *indikator_uraian, *satuan;
	const char *instansi_kode, *instansi_nama, *pemda_kode;
};

struct web_entri_filter {
	const char *status;     /* NULL: any */
	int64_t instansi_id;    /* 0: any */
	int64_t indikator_id;   /* 0: any */
	int tahun;              /* 0: any */
	int limit;              /* 0: 500 */
};

/* Saves an operator's entry for one period (one row per indicator,
 * year and period: a second save replaces the first and sends it back to
 * verification). SK_EPERM when the year is locked, SK_EINVAL for a
 * period the indicator's reported periods do not allow. */
int store_entri_save(struct store *s, const struct web_actor *who,
		     const struct web_entri_input *in, int64_t *id,
		     struct sk_err *e);
int store_entri_get(struct store *s, int64_t id, struct arena *a,
		    struct web_entri *out, struct sk_err *e);
/* Newest first. */
int store_entri_list(struct store *s, const struct web_entri_filter *f,
		     struct arena *a, struct web_entri **out, int *n,
		     struct sk_err *e);
/* Approves (setuju 1) an entry waiting for verification, writing its
 * value into the indicator's realisasi_periode (or realisasi for
 * "tahun"), or returns it to the operator with a reason. SK_EPERM when
 * the year is locked, SK_EINVAL when the entry is not waiting. */
int store_entri_verify(struct store *s, const struct web_actor *who,
		       int64_t id, int setuju, const char *alasan,
		       struct sk_err *e);

/* ISO 8601 UTC of t into buf (21 bytes), and back (-1 when malformed). */
char *store_time_text(int64_t t, char buf[21]);
int64_t store_time_parse(const char *z);

#endif
