/* t_store_db.h: for the t_store*.c tests — a temporary directory of
 * databases (setup_dir / teardown_dir as cmocka group fixtures), and
 * helpers that open, save, load and query, failing the running test on
 * any error. Include after cmocka.h and t_store_pkg.h. */
#ifndef T_STORE_DB_H
#define T_STORE_DB_H

#include "store/store.h"
#include "store/store_int.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static char zDir[64];

/* A fresh database path in the test directory (removed first). */
static const char *db_path(const char *name)
{
	static char buf[256];
	char side[300];

	snprintf(buf, sizeof buf, "%s/%s.db", zDir, name);
	unlink(buf);
	snprintf(side, sizeof side, "%s-wal", buf);
	unlink(side);
	snprintf(side, sizeof side, "%s-shm", buf);
	unlink(side);
	return buf;
}

static int setup_dir(void **state)
{
	(void)state;
	snprintf(zDir, sizeof zDir, "/tmp/t_store.XXXXXX");
	return mkdtemp(zDir) ? 0 : -1;
}

static int teardown_dir(void **state)
{
	char cmd[128];

	(void)state;
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", zDir);
	return system(cmd) == 0 ? 0 : -1;
}

/* ---- database helpers -------------------------------------------- */

static struct store *open_db(const char *name)
{
	struct sk_err e = { 0 };
	struct store *s = NULL;
	int rc = store_open(db_path(name), &s, &e);

	if (rc)
		print_error("store_open: %s\n", e.msg);
	assert_int_equal(rc, 0);
	return s;
}

static int64_t query_int(struct store *s, const char *sql)
{
	sqlite3_stmt *st;
	int64_t v;

	assert_int_equal(sqlite3_prepare_v2(s->db, sql, -1, &st, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	v = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return v;
}

static const char *query_text(struct store *s, const char *sql, char *buf,
			      size_t cap)
{
	sqlite3_stmt *st;

	assert_int_equal(sqlite3_prepare_v2(s->db, sql, -1, &st, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	snprintf(buf, cap, "%s", (const char *)sqlite3_column_text(st, 0));
	sqlite3_finalize(st);
	return buf;
}

/* Every package table with its row count, as one string. */
static void table_counts(struct store *s, char *buf, size_t cap)
{
	static const char *const aTab[] = {
		"pemda", "skala_predikat", "instansi", "pejabat", "pk", "node",
		"indikator", "nilai", "periode", "pembanding",
		"pembanding_nilai", "laporan", "laporan_cetak", "anggaran",
		"rincian", "anggaran_cetak", "narasi",
	};
	char sql[96];
	size_t i, n = 0;

	buf[0] = 0;
	for (i = 0; i < sizeof aTab / sizeof aTab[0]; i++) {
		snprintf(sql, sizeof sql, "SELECT count(*) FROM %s", aTab[i]);
		n += (size_t)snprintf(buf + n, cap - n, "%s=%lld ", aTab[i],
				      (long long)query_int(s, sql));
		assert_true(n < cap);
	}
}

static void check_integrity(struct store *s)
{
	char buf[64];

	assert_string_equal(query_text(s, "PRAGMA integrity_check", buf,
				       sizeof buf), "ok");
	assert_int_equal(query_int(s, "SELECT count(*) FROM"
				      " pragma_foreign_key_check"), 0);
}

static void save_ok(struct store *s, const struct pkg *p)
{
	struct sk_err e = { 0 };
	int rc = store_save_pkg(s, p, &e);

	if (rc)
		print_error("store_save_pkg: %s\n", e.msg);
	assert_int_equal(rc, 0);
}

static void load_ok(struct store *s, const char *pemda, const char *instansi,
		    struct pkg *p)
{
	struct sk_err e = { 0 };
	int rc;

	pkg_init(p);
	rc = store_load_pkg(s, pemda, instansi, p, &e);
	if (rc)
		print_error("store_load_pkg: %s\n", e.msg);
	assert_int_equal(rc, 0);
}

#endif
