/* t_store: the SQLite store — save then load gives the package back, field
 * for field; agencies are replaced one by one; a failing save writes
 * nothing; older databases are migrated. Each test works on its own
 * database in a temporary directory. */
#include "store/store.h"
#include "store/store_int.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "t_store_pkg.h"
#include "t_store_db.h"

/* ---- tests -------------------------------------------------------- */

static void test_roundtrip(void **state)
{
	struct store *s = open_db("roundtrip");
	struct pkg p, q, one;

	(void)state;
	build_pkg(&p);
	save_ok(s, &p);
	load_ok(s, NULL, NULL, &q);
	eq_pkg(&p, &q);
	/* one agency only */
	load_ok(s, "1771", "bag-b", &one);
	EQ_INT(one.ninstansi, 1);
	eq_kebijakan(&p.kebijakan, &one.kebijakan);
	eq_instansi(&p.instansi[1], &one.instansi[0]);
	check_integrity(s);
	pkg_free(&one);
	pkg_free(&q);
	pkg_free(&p);
	store_close(s);
}

/* Saving the same package again replaces it: no duplicate rows. */
static void test_resave_same(void **state)
{
	struct store *s = open_db("resave");
	char before[1024], after[1024];
	struct pkg p, q;

	(void)state;
	build_pkg(&p);
	save_ok(s, &p);
	table_counts(s, before, sizeof before);
	save_ok(s, &p);
	table_counts(s, after, sizeof after);
	assert_string_equal(before, after);
	assert_int_equal(query_int(s, "SELECT count(*) FROM indikator"), 3);
	assert_int_equal(query_int(s, "SELECT count(*) FROM periode"), 18);
	load_ok(s, "1771", NULL, &q);
	eq_pkg(&p, &q);
	pkg_free(&q);
	pkg_free(&p);
	store_close(s);
}

/* A package with one agency replaces that agency and keeps the others,
 * their ids and their places; a new agency goes last. */
static void test_replace_one(void **state)
{
	struct store *s = open_db("replace");
	struct pkg p, p2, q;
	int64_t id_a, id_b;

	(void)state;
	build_pkg(&p);
	save_ok(s, &p);
	id_a = query_int(s, "SELECT id FROM instansi WHERE kode = 'dinas-a'");
	id_b = query_int(s, "SELECT id FROM instansi WHERE kode = 'bag-b'");

	pkg_init(&p2);
	A = &p2.arena;
	p2.pemda_kode = S("1771");
	p2.pemda_nama = S("Kota Bengkulu");
	build_kebijakan(&p2.kebijakan);
	p2.ninstansi = 2;
	p2.instansi = arena_array(A, 2, sizeof *p2.instansi);
	build_instansi_min(&p2.instansi[0], "dinas-a", "NEW-1");
	build_instansi_min(&p2.instansi[1], "aa-c", "C-1");
	save_ok(s, &p2);

	load_ok(s, NULL, NULL, &q);
	EQ_INT(q.ninstansi, 3);
	eq_instansi(&p2.instansi[0], &q.instansi[0]); /* replaced, first */
	eq_instansi(&p.instansi[1], &q.instansi[1]);  /* kept */
	eq_instansi(&p2.instansi[1], &q.instansi[2]); /* new, last */
	assert_int_equal(query_int(s, "SELECT id FROM instansi"
				      " WHERE kode = 'dinas-a'"), id_a);
	assert_int_equal(query_int(s, "SELECT id FROM instansi"
				      " WHERE kode = 'bag-b'"), id_b);
	/* nothing of the old dinas-a is left behind */
	assert_int_equal(query_int(s, "SELECT count(*) FROM indikator"), 3);
	assert_int_equal(query_int(s, "SELECT count(*) FROM periode"), 0);
	assert_int_equal(query_int(s, "SELECT count(*) FROM anggaran"), 0);
	assert_int_equal(query_int(s, "SELECT count(*) FROM laporan_cetak"), 0);
	assert_int_equal(query_int(s, "SELECT count(*) FROM pejabat"), 0);
	check_integrity(s);
	pkg_free(&q);
	pkg_free(&p2);
	pkg_free(&p);
	store_close(s);
}

/* A save that breaks a constraint half-way leaves the database as it was. */
static void test_failed_save_unchanged(void **state)
{
	struct store *s = open_db("failed");
	char before[1024], after[1024];
	struct sk_err e = { 0 };
	struct pkg p, bad, q;
	int rc;

	(void)state;
	build_pkg(&p);
	save_ok(s, &p);
	table_counts(s, before, sizeof before);

	/* dinas-a replaced first (fine), then bag-b with an indicator that
	 * has no kode: the whole save must be undone */
	pkg_init(&bad);
	A = &bad.arena;
	bad.pemda_kode = S("1771");
	bad.pemda_nama = S("Nama Baru");
	bad.ninstansi = 2;
	bad.instansi = arena_array(A, 2, sizeof *bad.instansi);
	build_instansi_min(&bad.instansi[0], "dinas-a", "X-1");
	build_instansi_min(&bad.instansi[1], "bag-b", NULL);
	rc = store_save_pkg(s, &bad, &e);
	assert_int_equal(rc, SK_EINVAL);
	assert_int_equal(e.code, SK_EINVAL);
	assert_non_null(strstr(e.msg, "instansi 'bag-b'"));
	assert_non_null(strstr(e.msg, "indikator '(no kode)'"));
	assert_non_null(strstr(e.msg, "indikator.kode"));

	table_counts(s, after, sizeof after);
	assert_string_equal(before, after);
	load_ok(s, NULL, NULL, &q);
	eq_pkg(&p, &q);
	/* the store still works after the rollback */
	save_ok(s, &p);
	check_integrity(s);
	pkg_free(&q);
	pkg_free(&bad);
	pkg_free(&p);
	store_close(s);
}

static void test_fresh_db(void **state)
{
	struct sk_err e = { 0 };
	struct store *s = NULL;
	char path[256], buf[32];

	(void)state;
	snprintf(path, sizeof path, "%s", db_path("fresh"));
	assert_int_equal(store_open(path, &s, &e), 0);
	assert_int_equal(store_schema_version(s), STORE_SCHEMA_VERSION);
	assert_string_equal(query_text(s, "PRAGMA journal_mode", buf, sizeof buf),
			    "wal");
	assert_int_equal(query_int(s, "PRAGMA foreign_keys"), 1);
	assert_int_equal(query_int(s, "PRAGMA synchronous"), 1); /* NORMAL */
	assert_int_equal(query_int(s, "PRAGMA busy_timeout"), 5000);
	assert_int_equal(query_int(s, "SELECT count(*) FROM sqlite_schema WHERE"
				      " name IN ('users', 'sessions',"
				      " 'audit_log', 'period_lock',"
				      " 'realisasi_entri')"), 5);
	check_integrity(s);
	store_close(s);
	/* reopening an up-to-date database runs no step */
	assert_int_equal(store_open(path, &s, &e), 0);
	assert_int_equal(store_schema_version(s), STORE_SCHEMA_VERSION);
	store_close(s);
}

/* A database left at version 1 by an older program, with data in it,
 * reaches the current version and keeps its data. */
static void test_migrate_from_v1(void **state)
{
	struct sk_err e = { 0 };
	struct store *s = NULL;
	const char *path = db_path("v1");
	struct pkg p, q;

	(void)state;
	assert_int_equal(store_open_version(path, 1, &s, &e), 0);
	assert_int_equal(store_schema_version(s), 1);
	assert_int_equal(query_int(s, "SELECT count(*) FROM sqlite_schema"
				      " WHERE name = 'users'"), 0);
	build_pkg(&p);
	save_ok(s, &p);
	store_close(s);

	assert_int_equal(store_open(path, &s, &e), 0);
	assert_int_equal(store_schema_version(s), STORE_SCHEMA_VERSION);
	assert_int_equal(query_int(s, "SELECT count(*) FROM sqlite_schema"
				      " WHERE name = 'users'"), 1);
	load_ok(s, NULL, NULL, &q);
	eq_pkg(&p, &q);
	/* the new tables work with the old rows */
	assert_int_equal(sqlite3_exec(s->db,
		"INSERT INTO users (username, password_hash, role, instansi_id,"
		" created_at) SELECT 'op', 'x', 'operator', id, '2025-01-01'"
		" FROM instansi WHERE kode = 'bag-b'", NULL, NULL, NULL),
		SQLITE_OK);
	/* an agency with users keeps its id when saved again */
	save_ok(s, &p);
	check_integrity(s);
	pkg_free(&q);
	pkg_free(&p);
	store_close(s);
}

static void test_newer_schema_refused(void **state)
{
	struct sk_err e = { 0 };
	struct store *s = NULL;
	const char *path = db_path("newer");
	sqlite3 *db;

	(void)state;
	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	assert_int_equal(sqlite3_exec(db, "PRAGMA user_version = 99", NULL, NULL,
				      NULL), SQLITE_OK);
	sqlite3_close(db);
	assert_int_equal(store_open(path, &s, &e), SK_EIO);
	assert_null(s);
	assert_non_null(strstr(e.msg, "newer"));
	assert_non_null(strstr(e.msg, path));
}

static void test_not_a_database(void **state)
{
	struct sk_err e = { 0 };
	struct store *s = NULL;
	const char *path = db_path("garbage");
	FILE *f = fopen(path, "w");

	(void)state;
	assert_non_null(f);
	fputs("this is not an SQLite database, not at all, no no no no no\n"
	      "padding padding padding padding padding padding padding\n", f);
	fclose(f);
	assert_int_equal(store_open(path, &s, &e), SK_EIO);
	assert_null(s);
	assert_non_null(strstr(e.msg, path));
}

static void test_load_errors_and_list(void **state)
{
	struct store *s = open_db("errors");
	struct sk_err e = { 0 };
	struct pkg p, q;
	char **a;
	int n;

	(void)state;
	pkg_init(&q);
	assert_int_equal(store_load_pkg(s, NULL, NULL, &q, &e), SK_ENOTFOUND);
	assert_int_equal(store_list_pemda(s, &a, &n, &e), 0);
	assert_int_equal(n, 0);
	free(a);

	build_pkg(&p);
	save_ok(s, &p);
	p.pemda_kode = S("1702");
	save_ok(s, &p);
	assert_int_equal(store_load_pkg(s, NULL, NULL, &q, &e), SK_EUSAGE);
	assert_int_equal(store_load_pkg(s, "9999", NULL, &q, &e), SK_ENOTFOUND);
	assert_non_null(strstr(e.msg, "9999"));
	assert_int_equal(store_load_pkg(s, "1771", "nope", &q, &e), SK_ENOTFOUND);
	assert_non_null(strstr(e.msg, "nope"));
	assert_int_equal(q.ninstansi, 0);
	load_ok(s, "1702", NULL, &q);
	eq_pkg(&p, &q);
	pkg_free(&q);

	assert_int_equal(store_list_pemda(s, &a, &n, &e), 0);
	assert_int_equal(n, 2);
	assert_string_equal(a[0], "1702");
	assert_string_equal(a[1], "1771");
	free(a[0]);
	free(a[1]);
	free(a);

	/* an agency named alone: the only pemda holding it, else an error
	 * naming it */
	assert_int_equal(store_load_pkg(s, NULL, p.instansi[0].kode, &q, &e),
			 SK_EUSAGE);
	assert_non_null(strstr(e.msg, "several pemda"));
	assert_non_null(strstr(e.msg, p.instansi[0].kode));
	assert_int_equal(store_load_pkg(s, NULL, "nope", &q, &e), SK_ENOTFOUND);
	assert_non_null(strstr(e.msg, "nope"));
	p.pemda_kode = S("1703");
	p.instansi[0].kode = S("hanya-di-1703");
	save_ok(s, &p);
	load_ok(s, NULL, "hanya-di-1703", &q);
	assert_string_equal(q.pemda_kode, "1703");
	assert_int_equal(q.ninstansi, 1);
	assert_string_equal(q.instansi[0].kode, "hanya-di-1703");
	pkg_free(&q);
	pkg_free(&p);
	store_close(s);
}

/* The statements run per row or per owner read an index in order and
 * build no temporary b-tree: each one costs a page-cache allocation per
 * execution, which made imports and loads several times slower. Only
 * the statements run once per pemda or agency may use one. */
static void test_no_temp_btree(void **state)
{
	static const int aOnce[] = {
		SQ_PEMDA_UPSERT, SQ_SKALA_DELETE, SQ_INSTANSI_UPSERT,
		SQ_CLEAR_ANGGARAN, SQ_CLEAR_NODE, SQ_CLEAR_NARASI, SQ_CLEAR_PK,
		SQ_CLEAR_PEJABAT, SQ_INSTANSI_GET, SQ_ENTRI_ATTACH,
	};
	struct store *s = open_db("plans");
	struct pkg p, q;
	int i, nchecked = 0;
	size_t k;

	(void)state;
	build_pkg(&p);
	save_ok(s, &p);
	save_ok(s, &p);
	load_ok(s, NULL, NULL, &q);
	for (i = 0; i < SQ__COUNT; i++) {
		char sql[4096];
		sqlite3_stmt *st;
		int once = 0, ntemp = 0;

		for (k = 0; k < sizeof aOnce / sizeof aOnce[0]; k++)
			once |= aOnce[k] == i;
		if (!s->aStmt[i] || once)
			continue;
		snprintf(sql, sizeof sql, "EXPLAIN %s", sqlite3_sql(s->aStmt[i]));
		assert_int_equal(sqlite3_prepare_v2(s->db, sql, -1, &st, NULL),
				 SQLITE_OK);
		while (sqlite3_step(st) == SQLITE_ROW) {
			const char *op = (const char *)sqlite3_column_text(st, 1);

			ntemp += strcmp(op, "OpenEphemeral") == 0 ||
				 strncmp(op, "Sorter", 6) == 0;
		}
		sqlite3_finalize(st);
		if (ntemp)
			print_error("temporary b-tree in: %s\n", sql + 8);
		assert_int_equal(ntemp, 0);
		nchecked++;
	}
	assert_true(nchecked > 30);
	pkg_free(&q);
	pkg_free(&p);
	store_close(s);
}

/* Decimals keep every digit through the database. */
static void test_num_text(void **state)
{
	static const struct {
		struct num n;
		const char *text;
	} aCase[] = {
		{ { 0, 0 }, "0" },
		{ { 0, 2 }, "0.00" },
		{ { 120, 0 }, "120" },
		{ { 1205, 1 }, "120.5" },
		{ { 10000, 2 }, "100.00" },
		{ { -25, 1 }, "-2.5" },
		{ { -5, 3 }, "-0.005" },
		{ { INT64_MAX, 18 }, "9.223372036854775807" },
	};
	static const char *const aBad[] = { "", "-", "1,5", "1.2.3", "abc",
					    "99999999999999999999", "1e3" };
	char buf[NUM_BUFSZ];
	struct num n;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof aCase / sizeof aCase[0]; i++) {
		assert_string_equal(store_num_text(aCase[i].n, buf), aCase[i].text);
		assert_int_equal(store_num_parse(aCase[i].text, &n), 0);
		assert_int_equal(n.m, aCase[i].n.m);
		assert_int_equal(n.e, aCase[i].n.e);
	}
	for (i = 0; i < sizeof aBad / sizeof aBad[0]; i++)
		assert_int_equal(store_num_parse(aBad[i], &n), SK_EINVAL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_roundtrip),
		cmocka_unit_test(test_resave_same),
		cmocka_unit_test(test_replace_one),
		cmocka_unit_test(test_failed_save_unchanged),
		cmocka_unit_test(test_fresh_db),
		cmocka_unit_test(test_migrate_from_v1),
		cmocka_unit_test(test_newer_schema_refused),
		cmocka_unit_test(test_not_a_database),
		cmocka_unit_test(test_load_errors_and_list),
		cmocka_unit_test(test_no_temp_btree),
		cmocka_unit_test(test_num_text),
	};

	return cmocka_run_group_tests_name("store", tests, setup_dir,
					   teardown_dir);
}
