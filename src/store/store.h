/* store: the one interface to the database (SQLite now, PostgreSQL later).
 *
 * Callers never see SQL. Every multi-row write happens in one transaction:
 * on any error nothing is written. A store is used by one thread at a time;
 * the web server opens one per worker. */
#ifndef SAKIP_STORE_H
#define SAKIP_STORE_H

#include "../core/model.h"
#include "../util/err.h"

struct store;

/* Opens (creating when absent) the database at path and brings its schema
 * to the current version. */
int store_open(const char *path, struct store **out, struct sk_err *e);
void store_close(struct store *s);
/* The schema version the database is at. */
int store_schema_version(struct store *s);

/* Saves a whole package: the pemda and its kebijakan, and each agency in
 * it, replacing that agency's earlier data (same pemda kode and agency
 * kode) atomically. All or nothing.
 *
 * Realisation entries made through the web stay with their agency: after
 * the new plan is in, each points at the indicator of its kode; one whose
 * kode the new plan lacks is kept as orphaned (docs/data-model.md).
 * SK_EPERM, writing nothing, when an agency's figures of a year locked
 * for the pemda would change. Each agency saved gets an audit row
 * ("import") in the same transaction. */
int store_save_pkg(struct store *s, const struct pkg *p, struct sk_err *e);

/* Who saves, and what became of the web's realisation entries. */
struct store_save_info {
	const char *who;  /* in: the audit rows' actor, e.g. "cli:alice";
			   * NULL: "cli" */
	long long now;    /* in: Unix time of the audit rows; 0: the clock */
	int nreattached;  /* out: entries pointed at their new indicator */
	int norphan;      /* out: entries whose indicator kode is gone */
	char orphan[400]; /* out: the first of those, "dinas-a IKU-9 2024
			   * triwulan 2 (diajukan); …", or "" */
};

/* store_save_pkg with info (may be NULL), filled when the save succeeds. */
int store_save_pkg_as(struct store *s, const struct pkg *p,
		      struct store_save_info *info, struct sk_err *e);

/* Loads the pemda (pemda_kode NULL: the only one, or the only one holding
 * agency instansi_kode; an error when there are several) with all its
 * agencies, or one agency when instansi_kode is
 * not NULL, as a package. p must be pkg_init'ed; call pkg_free. */
int store_load_pkg(struct store *s, const char *pemda_kode,
		   const char *instansi_kode, struct pkg *p, struct sk_err *e);

/* Kode of every pemda, for listings; *out is malloc'ed, each string too. */
int store_list_pemda(struct store *s, char ***out, int *n, struct sk_err *e);

#endif
