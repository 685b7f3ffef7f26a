/* store_int.h: what the files of src/store/ share. Not for callers
 * outside src/store/ (tests excepted): they go through store.h. */
#ifndef SAKIP_STORE_INT_H
#define SAKIP_STORE_INT_H

#include "store.h"

#include <sqlite3.h>

/* The schema version store_open brings a database to (migrations.c). */
#define STORE_SCHEMA_VERSION 5

/* Prepared statements, kept for the life of the store. */
enum store_stmt_id {
	/* store_save.c */
	SQ_PEMDA_UPSERT,
	SQ_SKALA_DELETE,
	SQ_SKALA_INSERT,
	SQ_INSTANSI_COUNT,
	SQ_INSTANSI_FIND,
	SQ_INSTANSI_UPSERT,
	SQ_CLEAR_ANGGARAN,
	SQ_CLEAR_NODE,
	SQ_CLEAR_NARASI,
	SQ_CLEAR_PK,
	SQ_CLEAR_PEJABAT,
	SQ_PEJABAT_INSERT,
	SQ_PK_INSERT,
	SQ_NARASI_INSERT,
	SQ_NODE_INSERT,
	SQ_INDIKATOR_INSERT,
	SQ_NILAI_INSERT,
	SQ_PERIODE_INSERT,
	SQ_PERIODE_INSERT4,
	SQ_PERIODE_INSERT12,
	SQ_PEMBANDING_INSERT,
	SQ_PEMBANDING_NILAI_INSERT,
	SQ_LAPORAN_INSERT,
	SQ_LAPORAN_CETAK_INSERT,
	SQ_ANGGARAN_INSERT,
	SQ_RINCIAN_INSERT,
	SQ_CETAK_INSERT,
	SQ_ENTRI_ATTACH,
	SQ_ENTRI_BEFORE,
	SQ_ENTRI_ORPHANS,
	/* store_lock.c */
	SQ_LOCK_YEARS,
	/* store_load.c */
	SQ_PEMDA_ONLY,
	SQ_PEMDA_GET,
	SQ_SKALA_GET,
	SQ_INSTANSI_GET,
	SQ_PEJABAT_GET,
	SQ_PK_GET,
	SQ_NARASI_INSTANSI_GET,
	SQ_NARASI_INDIKATOR_GET,
	SQ_ANGGARAN_INSTANSI_GET,
	SQ_ANGGARAN_NODE_GET,
	SQ_RINCIAN_GET,
	SQ_CETAK_GET,
	SQ_NODE_GET, /* one per level: a level's query stays open while */
	SQ_NODE_GET_LAST = SQ_NODE_GET + 4, /* the levels below it are read */
	SQ_INDIKATOR_GET,
	SQ_NILAI_GET,
	SQ_PERIODE_GET,
	SQ_PEMBANDING_GET,
	SQ_LAPORAN_INDIKATOR_GET,
	SQ_LAPORAN_NODE_GET,
	/* store_sqlite.c */
	SQ_PEMDA_LIST,
	SQ__COUNT
};

struct store {
	sqlite3 *db;
	sqlite3_stmt *aStmt[SQ__COUNT];
};

/* Sets *out to statement id, reset and with its bindings cleared,
 * prepared from sql on first use (sql must be the same text at every
 * call). Returns 0, or an SK_E* code with e filled. */
int store_stmt(struct store *s, int id, const char *sql, sqlite3_stmt **out,
	       struct sk_err *e);

/* Fills e from the SQLite result code rc and the connection's message,
 * prefixed by what, and returns the SK_E* code: SK_EINVAL for a
 * constraint the data broke, SK_ENOMEM, or SK_EIO. */
int store_fail(struct store *s, int rc, struct sk_err *e, const char *what);
/* A statement prepared per call (finalize it after use); on failure e
 * names what. For the few statements that do not belong in the cache. */
int store_prep(struct store *s, const char *sql, sqlite3_stmt **st,
	       struct sk_err *e, const char *what);
/* Steps a statement that returns no row, then finalizes it. */
int store_run(struct store *s, sqlite3_stmt *st, struct sk_err *e,
	      const char *what);
/* Runs sql, whose first column is an id, with ?1 bound to arg (may be
 * NULL); *n is the number of rows and *id the last one's id. */
int store_count_id(struct store *s, const char *sql, const char *arg,
		   sqlite3_int64 *id, int *n, struct sk_err *e,
		   const char *what);
/* Binds z as text (copied), or SQL NULL when z is NULL. */
void store_bind_str(sqlite3_stmt *st, int i, const char *z);
/* Column i copied into a (NULL for SQL NULL). */
const char *store_col(struct arena *a, sqlite3_stmt *st, int i);
/* For a query that carries its row count in column c: the array of
 * those rows (and one more), allocated in a on the first row; NULL when
 * out of memory (a->err set). */
void *store_rows(struct arena *a, sqlite3_stmt *st, int c, size_t size);
/* BEGIN IMMEDIATE; and, given the result of the work, COMMIT or
 * ROLLBACK, returning rc (or the commit's error). */
int store_begin(struct store *s, struct sk_err *e);
int store_end(struct store *s, int rc, struct sk_err *e);

/* Resets every cached statement: before a ROLLBACK after an error. */
void store_reset_all(struct store *s);

/* Runs constant SQL (no parameters) with sqlite3_exec. */
int store_exec(struct store *s, const char *sql, struct sk_err *e);

/* Brings the schema to version target (1 … STORE_SCHEMA_VERSION), each
 * missing step in its own transaction (migrations.c). */
int store_migrate(struct store *s, int target, struct sk_err *e);

/* store_open, but migrating only up to version target: lets tests build
 * a database as an older program left it. store_save_pkg on such a store
 * writes the package tables only: no lock check, no entries kept, no
 * audit row (their tables may not exist yet). */
int store_open_version(const char *path, int target, struct store **out,
		       struct sk_err *e);

/* store_load_pkg inside a transaction the caller holds (no BEGIN or
 * COMMIT): for the save, which compares what is stored with what comes. */
int store_load_tx(struct store *s, const char *pemda_kode,
		  const char *instansi_kode, struct pkg *p, struct sk_err *e);

/* store_lock.c: SK_EPERM when saving agency in (of pemda pemda_id, kode
 * pemda_kode) would change a figure of a year locked for that pemda (the
 * message names the year and the first differences). Runs inside the
 * save's transaction, before the agency's rows are replaced. */
int store_lock_check(struct store *s, sqlite3_int64 pemda_id,
		     const char *pemda_kode, const struct instansi *in,
		     struct sk_err *e);

/* store_save_entri.c: around the replacement of one agency's rows. */
struct save_entri {
	long long node, indikator, entri; /* stored before */
	int nattached;  /* entries pointed at a new indicator of their kode */
};
/* Counts what is stored for the agency, before its rows are deleted. */
int store_entri_before(struct store *s, sqlite3_int64 instansi_id,
		       struct save_entri *se, struct sk_err *e);
/* After the agency's new rows: points each of its entries at the
 * indicator of its kode (those without one keep indikator_id NULL). */
int store_entri_attach(struct store *s, sqlite3_int64 instansi_id,
		       struct save_entri *se, struct sk_err *e);
/* After the agency's new rows: lists its orphaned entries into info (may
 * be NULL) and writes the import's audit row. */
int store_entri_after(struct store *s, const char *pemda_kode,
		      const struct instansi *in, sqlite3_int64 instansi_id,
		      const struct save_entri *se,
		      struct store_save_info *info, struct sk_err *e);

/* Exact decimals as text ("120", "-2.50"): every digit of the num is kept
 * so that the text reads back to the same {m, e}. buf needs NUM_BUFSZ. */
char *store_num_text(struct num n, char *buf);
int store_num_parse(const char *z, struct num *out);

#endif
