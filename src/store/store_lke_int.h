/* store_lke_int: what store_lke.c and store_lke_rek.c share; not an API. */
#ifndef SAKIP_STORE_LKE_INT_H
#define SAKIP_STORE_LKE_INT_H

#include "store_int.h"
#include "store_lke.h"

/* Prepares sql (finalize it after use); SK_EIO etc. with e filled. */
int lke_prep(struct store *s, const char *sql, sqlite3_stmt **st,
	     struct sk_err *e);
/* Steps a statement that returns no row and finalizes it. */
int lke_run(struct store *s, sqlite3_stmt *st, struct sk_err *e,
	    const char *what);
/* Binds z (NULL: SQL NULL) as static text. */
void lke_bind_str(sqlite3_stmt *st, int i, const char *z);
/* The id of agency kode; SK_ENOTFOUND when absent or in several pemda. */
int lke_instansi_id(struct store *s, const char *kode, sqlite3_int64 *id,
		    struct sk_err *e);
/* The id of the evaluation of agency inst for tahun and tahap; 0 when
 * there is none. */
int lke_evaluasi_id(struct store *s, sqlite3_int64 inst, int tahun,
		    int tahap, sqlite3_int64 *id, struct sk_err *e);

/* store_lke_rek.c: the LHE part of a worksheet, inside the caller's
 * transaction (save) or after its head was read (load). */
int lke_save_lhe(struct store *s, sqlite3_int64 id,
		 const struct lke_lembar *l, struct sk_err *e);
int lke_load_lhe(struct store *s, sqlite3_int64 id, struct lke_lembar *l,
		 struct sk_err *e);

#endif
