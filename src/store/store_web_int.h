/* store_web_int.h: what the store_web*.c files share. Private to them. */
#ifndef SAKIP_STORE_WEB_INT_H
#define SAKIP_STORE_WEB_INT_H

#include "store_int.h"
#include "store_web.h"

/* Prepares sql (prepared per call: these run a few times per request). */
int sw_prep(struct store *s, const char *sql, sqlite3_stmt **st,
	    struct sk_err *e);
/* Steps a statement that returns no row, then finalizes it. */
int sw_run(struct store *s, sqlite3_stmt *st, struct sk_err *e,
	   const char *what);
/* Binds z, or NULL when z is NULL. */
void sw_bind_str(sqlite3_stmt *st, int i, const char *z);
/* Column i copied into a (NULL for SQL NULL). */
const char *sw_col(struct arena *a, sqlite3_stmt *st, int i);

/* BEGIN IMMEDIATE; and, given the result of the work, COMMIT or
 * ROLLBACK, returning rc (or the commit's error). */
int sw_begin(struct store *s, struct sk_err *e);
int sw_end(struct store *s, int rc, struct sk_err *e);

/* The id of pemda kode (NULL: the only pemda). */
int sw_pemda_id(struct store *s, const char *kode, int64_t *id,
		struct sk_err *e);
/* SK_EPERM when tahun of pemda_id is locked. */
int sw_check_open(struct store *s, int64_t pemda_id, int tahun,
		  struct sk_err *e);

#endif
