/* store_sqlite: opening a SQLite database, the statement cache, errors.
 *
 * Saving is in store_save.c, loading in store_load.c, the schema in
 * migrations.c. */
#include "store_int.h"

#include <stdlib.h>
#include <string.h>

/* Set on every connection, outside any transaction:
 * - journal_mode=WAL: readers (web workers) never block the writer and
 *   the writer never blocks them; a commit appends to the WAL.
 * - synchronous=NORMAL: in WAL mode a commit does not wait for fsync, only
 *   checkpoints do. A power cut may lose the last commits but never
 *   corrupts the file; an application crash loses nothing. FULL would
 *   fsync on every commit, for a durability the data (re-importable,
 *   audited) does not need.
 * - foreign_keys=ON: SQLite leaves them off by default; the cascades and
 *   the checks of the schema depend on them.
 * - busy_timeout: another connection holding the write lock makes us wait
 *   up to 5 s rather than fail at once.
 * - cache_size: 16 MiB of page cache, for imports of whole pemda. */
static const char zPragmas[] =
	"PRAGMA journal_mode = WAL;"
	"PRAGMA synchronous = NORMAL;"
	"PRAGMA foreign_keys = ON;"
	"PRAGMA busy_timeout = 5000;"
	"PRAGMA cache_size = -16384;";

int store_prep(struct store *s, const char *sql, sqlite3_stmt **st,
	       struct sk_err *e, const char *what)
{
	int rc = sqlite3_prepare_v2(s->db, sql, -1, st, NULL);

	return rc == SQLITE_OK ? 0 : store_fail(s, rc, e, what);
}

int store_run(struct store *s, sqlite3_stmt *st, struct sk_err *e,
	      const char *what)
{
	int rc = sqlite3_step(st);

	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? 0 : store_fail(s, rc, e, what);
}

int store_count_id(struct store *s, const char *sql, const char *arg,
		   sqlite3_int64 *id, int *n, struct sk_err *e,
		   const char *what)
{
	sqlite3_stmt *st;
	int rc;

	*n = 0;
	if ((rc = store_prep(s, sql, &st, e, what)))
		return rc;
	store_bind_str(st, 1, arg);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		*id = sqlite3_column_int64(st, 0);
		(*n)++;
	}
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? 0 : store_fail(s, rc, e, what);
}

void store_bind_str(sqlite3_stmt *st, int i, const char *z)
{
	if (z)
		sqlite3_bind_text(st, i, z, -1, SQLITE_TRANSIENT);
	else
		sqlite3_bind_null(st, i);
}

const char *store_col(struct arena *a, sqlite3_stmt *st, int i)
{
	const unsigned char *z = sqlite3_column_text(st, i);

	return z ? arena_strdup(a, (const char *)z) : NULL;
}

void *store_rows(struct arena *a, sqlite3_stmt *st, int c, size_t size)
{
	return arena_array(a, (size_t)sqlite3_column_int(st, c) + 1, size);
}

int store_begin(struct store *s, struct sk_err *e)
{
	return store_exec(s, "BEGIN IMMEDIATE", e);
}

int store_end(struct store *s, int rc, struct sk_err *e)
{
	if (rc == 0)
		rc = store_exec(s, "COMMIT", e);
	if (rc)
		sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
	return rc;
}

int store_fail(struct store *s, int rc, struct sk_err *e, const char *what)
{
	int code;

	switch (rc & 0xff) {
	case SQLITE_CONSTRAINT:
	case SQLITE_MISMATCH:
	case SQLITE_TOOBIG:
		code = SK_EINVAL;
		break;
	case SQLITE_NOMEM:
		code = SK_ENOMEM;
		break;
	default:
		code = SK_EIO;
	}
	return sk_errf(e, code, "%s: %s", what,
		       s && s->db ? sqlite3_errmsg(s->db) : sqlite3_errstr(rc));
}

int store_exec(struct store *s, const char *sql, struct sk_err *e)
{
	int rc = sqlite3_exec(s->db, sql, NULL, NULL, NULL);

	return rc == SQLITE_OK ? 0 : store_fail(s, rc, e, "database");
}

int store_stmt(struct store *s, int id, const char *sql, sqlite3_stmt **out,
	       struct sk_err *e)
{
	sqlite3_stmt **pSt = &s->aStmt[id];
	int rc;

	if (*pSt) {
		sqlite3_reset(*pSt);
		sqlite3_clear_bindings(*pSt);
		*out = *pSt;
		return 0;
	}
	rc = sqlite3_prepare_v3(s->db, sql, -1, SQLITE_PREPARE_PERSISTENT, pSt,
				NULL);
	if (rc != SQLITE_OK) {
		*pSt = NULL;
		*out = NULL;
		return store_fail(s, rc, e, "preparing a statement");
	}
	*out = *pSt;
	return 0;
}

void store_reset_all(struct store *s)
{
	int i;

	for (i = 0; i < SQ__COUNT; i++)
		if (s->aStmt[i])
			sqlite3_reset(s->aStmt[i]);
}

int store_open_version(const char *path, int target, struct store **out,
		       struct sk_err *e)
{
	struct store *s;
	int rc;

	*out = NULL;
	s = calloc(1, sizeof *s);
	if (!s)
		return sk_errf(e, SK_ENOMEM, "%s: out of memory", path);
	rc = sqlite3_open_v2(path, &s->db,
			     SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE |
				     SQLITE_OPEN_NOMUTEX,
			     NULL);
	if (rc != SQLITE_OK) {
		rc = store_fail(s, rc, e, path);
		store_close(s);
		return rc;
	}
	sqlite3_extended_result_codes(s->db, 1);
	rc = store_exec(s, zPragmas, e);
	if (rc == 0)
		rc = store_migrate(s, target, e);
	if (rc) {
		sk_err_prefix(e, "%s", path);
		store_close(s);
		return rc;
	}
	*out = s;
	return 0;
}

int store_open(const char *path, struct store **out, struct sk_err *e)
{
	return store_open_version(path, STORE_SCHEMA_VERSION, out, e);
}

void store_close(struct store *s)
{
	int i;

	if (!s)
		return;
	for (i = 0; i < SQ__COUNT; i++)
		sqlite3_finalize(s->aStmt[i]);
	sqlite3_close(s->db);
	free(s);
}

int store_schema_version(struct store *s)
{
	sqlite3_stmt *st;
	int v = -1;

	if (sqlite3_prepare_v2(s->db, "PRAGMA user_version", -1, &st, NULL) !=
	    SQLITE_OK)
		return -1;
	if (sqlite3_step(st) == SQLITE_ROW)
		v = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	return v;
}

static void free_list(char **a, int n)
{
	int i;

	for (i = 0; i < n; i++)
		free(a[i]);
	free(a);
}

int store_list_pemda(struct store *s, char ***out, int *n, struct sk_err *e)
{
	sqlite3_stmt *st;
	char **a = NULL, **grown;
	int na = 0, cap = 0, rc;

	*out = NULL;
	*n = 0;
	rc = store_stmt(s, SQ_PEMDA_LIST, "SELECT kode FROM pemda ORDER BY kode",
			&st, e);
	if (rc)
		return rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (na == cap) {
			cap = cap ? 2 * cap : 8;
			grown = realloc(a, (size_t)cap * sizeof *a);
			if (!grown)
				goto nomem;
			a = grown;
		}
		a[na] = strdup((const char *)sqlite3_column_text(st, 0));
		if (!a[na])
			goto nomem;
		na++;
	}
	if (rc != SQLITE_DONE) {
		rc = store_fail(s, rc, e, "listing pemda");
		sqlite3_reset(st);
		free_list(a, na);
		return rc;
	}
	sqlite3_reset(st);
	*out = a;
	*n = na;
	return 0;
nomem:
	sqlite3_reset(st);
	free_list(a, na);
	return sk_errf(e, SK_ENOMEM, "listing pemda: out of memory");
}

char *store_num_text(struct num n, char *buf)
{
	return num_format(n, -1, NUM_PLAIN, buf);
}

/* Reads what store_num_text wrote: [-]digits[.digits], keeping as many
 * decimals as written. */
int store_num_parse(const char *z, struct num *out)
{
	int64_t m = 0;
	int neg = 0, e = 0, frac = 0, nd = 0;

	if (!z)
		return SK_EINVAL;
	if (*z == '-')
		neg = 1, z++;
	for (; *z; z++) {
		if (*z == '.' && !frac) {
			frac = 1;
			continue;
		}
		if (*z < '0' || *z > '9' || m > (INT64_MAX - (*z - '0')) / 10)
			return SK_EINVAL;
		m = m * 10 + (*z - '0');
		nd++;
		if (frac && ++e > NUM_MAX_E)
			return SK_EINVAL;
	}
	if (nd == 0)
		return SK_EINVAL;
	out->m = neg ? -m : m;
	out->e = e;
	return 0;
}
