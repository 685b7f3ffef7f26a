/* t_store_lock: what a re-import must not destroy.
 *
 * - model_diff (core): the figures of one year that differ between two
 *   versions of an agency, as a table of changes and what they give;
 * - the web's realisation entries survive a re-import of their agency,
 *   re-attached to the indicator of the same kode; those whose indicator
 *   is gone stay, orphaned and listed, and come back with the kode;
 * - a locked year refuses an import that changes its figures and lets
 *   through one that leaves them identical;
 * - every import writes an audit row in its transaction;
 * - a version 4 database with entries is migrated to keep them. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "core/model_diff.h"
#include "store/store_web.h"
#include "t_store_pkg.h"
#include "t_store_db.h"

/* ---- parts of build_pkg()'s dinas-a ----------------------------------- */

static struct node *S1(struct instansi *in)
{
	return &in->tujuan[0].anak[0];
}

static struct indikator *IKU1(struct instansi *in)
{
	return &S1(in)->indikator[0];
}

static struct node *P1(struct instansi *in)
{
	return &S1(in)->anak[0];
}

static struct node *SK2(struct instansi *in)
{
	return &P1(in)->anak[0].anak[1];
}

/* ---- model_diff --------------------------------------------------------- */

static void mut_none(struct instansi *in)
{
	(void)in;
}

static void mut_target(struct instansi *in)
{
	IKU1(in)->target.a[0].n = N("86", 0);
}

static void mut_is_num(struct instansi *in)
{
	IKU1(in)->target.a[0].n = N("85", 0); /* was the JSON number 85 */
}

static void mut_tpk_gone(struct instansi *in)
{
	IKU1(in)->target_pk.n = 0;
}

static void mut_realisasi(struct instansi *in)
{
	IKU1(in)->realisasi.a[1].n = N("84,03", 0);
}

static void mut_periode(struct instansi *in)
{
	IKU1(in)->periode[0].a[1] = N("82", 0);
}

static void mut_bulanan(struct instansi *in)
{
	IKU1(in)->periode[0].bulanan = 1;
}

static void mut_pagu(struct instansi *in)
{
	P1(in)->anggaran[0].pagu = U(9487138000LL, NULL);
}

static void mut_pagu_raw(struct instansi *in)
{
	P1(in)->anggaran[0].pagu = U(9487138421LL, "Rp 9.487.138.421");
}

static void mut_rincian(struct instansi *in)
{
	P1(in)->anggaran[0].rincian[0].realisasi = U_NULL;
}

static void mut_line_gone(struct instansi *in)
{
	SK2(in)->nanggaran = 0;
}

static void mut_words(struct instansi *in)
{
	IKU1(in)->uraian = S("Indeks lain");
	IKU1(in)->satuan = S("indeks");
	IKU1(in)->dilaporkan.n = 0;
	IKU1(in)->narasi.n = 0;
	P1(in)->anggaran[0].ndilaporkan = 0;
	P1(in)->anggaran[0].rincian[0].uraian = S("Kelurahan Lain");
	in->narasi.n = 0;
	in->npk = 0;
}

static void mut_kode(struct instansi *in)
{
	S1(in)->indikator[1].kode = S("IK-3");
}

static void mut_moved(struct instansi *in)
{
	/* IK-2 moves from S1 to S2 with its figures: nothing changes */
	struct node *s2 = &in->tujuan[0].anak[1];

	s2->nindikator = 1;
	s2->indikator = &S1(in)->indikator[1];
	S1(in)->nindikator = 1;
}

struct seen {
	int n;
	struct sbuf first;
};

static int on_diff(const struct model_diff *d, void *ctx)
{
	struct seen *v = ctx;

	if (v->n++ == 0)
		model_diff_text(d, &v->first);
	return 0;
}

static void test_model_diff(void **state)
{
	static const struct {
		const char *name;
		void (*mut)(struct instansi *);
		int tahun, n;
		const char *first;
	} aCase[] = {
		{ "identical", mut_none, 2024, 0, "" },
		{ "target", mut_target, 2024, 1,
		  "indikator IKU-1 target 2024: '85' -> '86'" },
		{ "target, another year", mut_target, 2025, 0, "" },
		{ "number given as a string", mut_is_num, 2024, 0, "" },
		{ "target_pk removed", mut_tpk_gone, 2024, 1,
		  "indikator IKU-1 target_pk 2024: '84,5' -> (none)" },
		{ "realisasi", mut_realisasi, 2024, 1,
		  "indikator IKU-1 realisasi 2024: '84.02' -> '84,03'" },
		{ "realisasi, the year before", mut_realisasi, 2023, 0, "" },
		{ "a period reported", mut_periode, 2024, 1,
		  "indikator IKU-1 realisasi_periode 2024 triwulan 2: (none) "
		  "-> '82'" },
		{ "periods by month", mut_bulanan, 2024, 1,
		  "indikator IKU-1 realisasi_periode 2024: 'triwulan' -> "
		  "'bulan'" },
		{ "pagu", mut_pagu, 2024, 1,
		  "program P1 anggaran 2024 pagu: '9487138421' -> '9487138000'" },
		{ "pagu, another year", mut_pagu, 2025, 0, "" },
		{ "the same pagu as a string", mut_pagu_raw, 2024, 0, "" },
		{ "rincian", mut_rincian, 2024, 1,
		  "program P1 anggaran 2024 rincian 1 realisasi: '230000000' -> "
		  "(none)" },
		{ "budget line removed", mut_line_gone, 2024, 7,
		  "subkegiatan SK2 anggaran 2024 pagu: '9487138421' -> (none)" },
		{ "words, printed figures, narrative", mut_words, 2024, 0, "" },
		{ "indikator kode changed", mut_kode, 2024, 2,
		  "indikator IK-2 target 2024: 'Tidak ada temuan' -> (none)" },
		{ "indikator moved to another sasaran", mut_moved, 2024, 0, "" },
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof aCase / sizeof aCase[0]; i++) {
		struct seen v = { 0, SBUF_INIT(0) };
		struct pkg a, b;

		build_pkg(&a);
		build_pkg(&b); /* A is now b's arena */
		aCase[i].mut(&b.instansi[0]);
		assert_int_equal(model_diff_tahun(&a.instansi[0], &b.instansi[0],
						  aCase[i].tahun, on_diff, &v), 0);
		if (v.n != aCase[i].n || strcmp(v.first.z, aCase[i].first) != 0)
			print_error("%s: %d differences, first '%s'\n",
				    aCase[i].name, v.n, v.first.z);
		assert_int_equal(v.n, aCase[i].n);
		assert_string_equal(v.first.z, aCase[i].first);
		sbuf_release(&v.first);
		pkg_free(&b);
		pkg_free(&a);
	}
}

static int stop_at_first(const struct model_diff *d, void *ctx)
{
	(void)d;
	++*(int *)ctx;
	return 42;
}

/* Against nothing (an agency not stored yet), every figure of the year
 * differs; the callback can stop the walk; long values are cut. */
static void test_model_diff_new_agency(void **state)
{
	struct seen v = { 0, SBUF_INIT(0) };
	struct model_diff d;
	struct sbuf b = SBUF_INIT(0);
	struct pkg p;
	int calls = 0;

	(void)state;
	build_pkg(&p);
	/* IKU-1: 4 yearly values + 3 periods; IK-2: 1 target; P1 and SK2:
	 * pagu, pagu_perubahan, realisasi, pagu_pk + 3 rincian amounts */
	assert_int_equal(model_diff_tahun(NULL, &p.instansi[0], 2024, on_diff,
					  &v), 0);
	assert_int_equal(v.n, 4 + 3 + 1 + 7 + 7);
	assert_string_equal(v.first.z, "indikator IK-2 target 2024: (none) -> "
			    "'Tidak ada temuan'");
	v.n = 0;
	assert_int_equal(model_diff_tahun(&p.instansi[0], NULL, 2023, on_diff,
					  &v), 0);
	assert_int_equal(v.n, 1); /* realisasi 2023 */
	assert_int_equal(model_diff_tahun(NULL, &p.instansi[0], 2030, on_diff,
					  &v), 0);
	assert_int_equal(v.n, 1);
	assert_int_equal(model_diff_tahun(NULL, &p.instansi[0], 2024,
					  stop_at_first, &calls), 42);
	assert_int_equal(calls, 1);

	memset(&d, 0, sizeof d);
	d.tahun = 2024;
	d.objek = "indikator";
	d.kode = "X";
	d.field = "target";
	d.lama = "ééééééééééééééééééééééééééééééé"; /* 2 bytes each */
	d.baru = NULL;
	model_diff_text(&d, &b);
	assert_string_equal(b.z, "indikator X target 2024: 'éééééééééééééééééééé"
			    "...' -> (none)");
	sbuf_release(&b);
	sbuf_release(&v.first);
	pkg_free(&p);
}

/* ---- entries through a re-import --------------------------------------- */

static const struct web_actor aWho = { 0, 1735689600 }; /* 2025-01-01 */

static int64_t indikator_id(struct store *s, const char *instansi,
			    const char *kode)
{
	char sql[256];

	snprintf(sql, sizeof sql, "SELECT k.id FROM indikator k JOIN node n"
		 " ON n.id = k.node_id JOIN instansi i ON i.id = n.instansi_id"
		 " WHERE i.kode = '%s' AND k.kode = '%s'", instansi, kode);
	return query_int(s, sql);
}

static int64_t entri_add(struct store *s, int64_t ind, int tahun,
			 const char *periode, int ke, const char *raw,
			 int ajukan)
{
	struct web_entri_input in;
	struct sk_err e = { 0 };
	int64_t id = 0;
	int rc;

	memset(&in, 0, sizeof in);
	in.indikator_id = ind;
	in.tahun = tahun;
	in.periode = periode;
	in.ke = ke;
	in.raw = raw;
	in.catatan = "catatan operator";
	in.ajukan = ajukan;
	in.bukti_path = "bukti/0123456789abcdef0123456789abcdef.pdf";
	in.bukti_nama = "laporan.pdf";
	in.bukti_tipe = "pdf";
	in.bukti_ukuran = 1234;
	rc = store_entri_save(s, &aWho, &in, &id, &e);
	if (rc)
		print_error("store_entri_save: %s\n", e.msg);
	assert_int_equal(rc, 0);
	return id;
}

static void save_info(struct store *s, const struct pkg *p,
		      struct store_save_info *info)
{
	struct sk_err e = { 0 };
	int rc;

	memset(info, 0, sizeof *info);
	info->who = "cli:tester";
	info->now = aWho.now;
	rc = store_save_pkg_as(s, p, info, &e);
	if (rc)
		print_error("store_save_pkg_as: %s\n", e.msg);
	assert_int_equal(rc, 0);
}

/* Saving the same agencies again keeps every entry — its id, value,
 * status, reason and evidence — on the new indicator of its kode. */
static void test_entri_survive_reimport(void **state)
{
	struct store *s = open_db("entri_keep");
	struct store_save_info info;
	struct sk_err e = { 0 };
	struct arena a = ARENA_INIT;
	struct web_entri r;
	int64_t id1, id2, id3, inst;
	struct pkg p;

	(void)state;
	build_pkg(&p);
	save_ok(s, &p);
	id1 = entri_add(s, indikator_id(s, "dinas-a", "IKU-1"), 2024,
			"triwulan", 2, "82,5", 1);
	id2 = entri_add(s, indikator_id(s, "dinas-a", "IK-2"), 2025, "tahun", 0,
			"Ada 1 temuan", 0);
	id3 = entri_add(s, indikator_id(s, "bag-b", "IK-B1"), 2024, "tahun", 0,
			"WTP", 1);
	assert_int_equal(store_entri_verify(s, &aWho, id1, 0, "bukti kurang", &e),
			 0);
	/* an unrelated indicator first: new indicator ids differ from the
	 * old ones */
	assert_int_equal(sqlite3_exec(s->db, "INSERT INTO indikator (node_id,"
				      " urutan, kode, polaritas, tipe, agregasi)"
				      " SELECT min(id), 99, 'ZZ', 'positif',"
				      " 'angka', 'kumulatif' FROM node", NULL,
				      NULL, NULL), SQLITE_OK);
	save_info(s, &p, &info);
	assert_int_equal(info.nreattached, 3);
	assert_int_equal(info.norphan, 0);
	assert_string_equal(info.orphan, "");
	assert_int_equal(query_int(s, "SELECT count(*) FROM realisasi_entri"), 3);
	assert_int_equal(query_int(s, "SELECT count(*) FROM realisasi_entri"
				      " WHERE indikator_id IS NULL"), 0);

	assert_int_equal(store_entri_get(s, id1, &a, &r, &e), 0);
	assert_int_equal(r.indikator_id, indikator_id(s, "dinas-a", "IKU-1"));
	assert_string_equal(r.indikator_kode, "IKU-1");
	assert_string_equal(r.indikator_uraian, "Indeks Kepuasan Masyarakat");
	assert_string_equal(r.status, "dikembalikan");
	assert_string_equal(r.alasan, "bukti kurang");
	assert_string_equal(r.raw, "82,5");
	assert_string_equal(r.bukti_path,
			    "bukti/0123456789abcdef0123456789abcdef.pdf");
	assert_string_equal(r.bukti_nama, "laporan.pdf");
	assert_int_equal(r.bukti_ukuran, 1234);
	assert_int_equal(store_entri_get(s, id2, &a, &r, &e), 0);
	assert_int_equal(r.indikator_id, indikator_id(s, "dinas-a", "IK-2"));
	assert_string_equal(r.status, "draft");
	assert_int_equal(store_entri_get(s, id3, &a, &r, &e), 0);
	assert_int_equal(r.indikator_id, indikator_id(s, "bag-b", "IK-B1"));
	/* and the workflow goes on: the re-attached entry is approved */
	assert_int_equal(store_entri_save(s, &aWho, &(struct web_entri_input){
		indikator_id(s, "dinas-a", "IKU-1"), 2024, "triwulan", 2, "82",
		NULL, 1, NULL, NULL, NULL, 0 }, &id3, &e), 0);
	assert_int_equal(id3, id1);
	assert_int_equal(store_entri_verify(s, &aWho, id1, 1, NULL, &e), 0);
	assert_int_equal(query_int(s, "SELECT count(*) FROM periode WHERE"
				      " raw = '82' AND tahun = 2024 AND ke = 2"),
			 1);
	assert_int_equal(store_entri_instansi(s, id1, &inst, &e), 0);
	assert_int_equal(inst, query_int(s, "SELECT id FROM instansi"
					    " WHERE kode = 'dinas-a'"));
	check_integrity(s);
	arena_free(&a);
	pkg_free(&p);
	store_close(s);
}

/* dinas-a re-imported without IKU-1 and IK-2: their entries stay,
 * orphaned, listed and named; returnable, not approvable; a later import
 * bringing the kode back re-attaches them. */
static void test_entri_orphan(void **state)
{
	struct store *s = open_db("entri_orphan");
	struct web_entri_filter f = { NULL, 0, 0, 0, 0 };
	struct store_save_info info;
	struct sk_err e = { 0 };
	struct arena a = ARENA_INIT;
	struct web_entri *v;
	int64_t id1, id2, inst;
	struct pkg p, p2;
	char buf[512];
	int n;

	(void)state;
	build_pkg(&p);
	save_ok(s, &p);
	id1 = entri_add(s, indikator_id(s, "dinas-a", "IKU-1"), 2024,
			"triwulan", 2, "82,5", 1);
	id2 = entri_add(s, indikator_id(s, "dinas-a", "IK-2"), 2025, "tahun", 0,
			"Ada 1 temuan", 0);
	entri_add(s, indikator_id(s, "bag-b", "IK-B1"), 2024, "tahun", 0, "WTP", 1);

	pkg_init(&p2);
	A = &p2.arena;
	p2.pemda_kode = S("1771");
	p2.ninstansi = 1;
	p2.instansi = arena_array(A, 1, sizeof *p2.instansi);
	build_instansi_min(&p2.instansi[0], "dinas-a", "NEW-1");
	save_info(s, &p2, &info);
	assert_int_equal(info.norphan, 2);
	assert_int_equal(info.nreattached, 0);
	assert_string_equal(info.orphan, "dinas-a IK-2 2025 tahun (draft); "
			    "dinas-a IKU-1 2024 triwulan 2 (diajukan)");
	assert_int_equal(query_int(s, "SELECT count(*) FROM realisasi_entri"), 3);
	assert_int_equal(query_int(s, "SELECT count(*) FROM realisasi_entri"
				      " WHERE indikator_id IS NULL"), 2);
	assert_string_equal(query_text(s, "SELECT new_value FROM audit_log"
					  " WHERE action = 'import'"
					  " ORDER BY id DESC LIMIT 1", buf,
				       sizeof buf),
			    "by cli:tester: 2 node, 1 indikator, 1 nilai, 0 "
			    "realisasi_periode, 0 anggaran; entri: 0 re-attached, "
			    "2 orphaned (IK-2 2025 tahun (draft), IKU-1 2024 "
			    "triwulan 2 (diajukan))");

	/* listed for the agency, with their kode */
	f.instansi_id = query_int(s, "SELECT id FROM instansi"
				     " WHERE kode = 'dinas-a'");
	assert_int_equal(store_entri_list(s, &f, &a, &v, &n, &e), 0);
	assert_int_equal(n, 2);
	assert_int_equal(v[0].indikator_id, 0);
	assert_int_equal(v[1].indikator_id, 0);
	assert_null(v[0].indikator_uraian);
	assert_string_equal(v[0].instansi_kode, "dinas-a");
	assert_int_equal(store_entri_instansi(s, id1, &inst, &e), 0);
	assert_int_equal(inst, f.instansi_id);
	/* approving writes a figure: refused; returning is allowed */
	assert_int_equal(store_entri_verify(s, &aWho, id1, 1, NULL, &e),
			 SK_EINVAL);
	assert_non_null(strstr(e.msg, "indikator 'IKU-1' is no longer in the "
			       "plan of instansi 'dinas-a'"));
	assert_int_equal(store_entri_verify(s, &aWho, id1, 0, "indikator dihapus",
					    &e), 0);
	check_integrity(s);

	/* the kode comes back: so do the entries */
	save_info(s, &p, &info);
	assert_int_equal(info.norphan, 0);
	assert_int_equal(info.nreattached, 3);
	assert_int_equal(query_int(s, "SELECT count(*) FROM realisasi_entri"
				      " WHERE indikator_id IS NULL"), 0);
	assert_int_equal(query_int(s, "SELECT count(*) FROM realisasi_entri r"
				      " JOIN indikator k ON k.id = r.indikator_id"
				      " WHERE k.kode = r.indikator_kode"), 3);
	(void)id2;
	check_integrity(s);
	arena_free(&a);
	pkg_free(&p2);
	pkg_free(&p);
	store_close(s);
}

/* Many orphans: the first ones named, the others counted. */
static void test_entri_orphan_many(void **state)
{
	struct store *s = open_db("entri_many");
	struct store_save_info info;
	struct pkg p, p2;
	char buf[1024];
	size_t n;
	int k;

	(void)state;
	build_pkg(&p);
	save_ok(s, &p);
	for (k = 1; k <= 12; k++)
		entri_add(s, indikator_id(s, "dinas-a", "IKU-1"), 2025, "bulan", k,
			  "7", k % 2);
	pkg_init(&p2);
	A = &p2.arena;
	p2.pemda_kode = S("1771");
	p2.ninstansi = 1;
	p2.instansi = arena_array(A, 1, sizeof *p2.instansi);
	build_instansi_min(&p2.instansi[0], "dinas-a", "IK-2");
	save_info(s, &p2, &info);
	assert_int_equal(info.norphan, 12);
	assert_int_equal(info.nreattached, 0);
	n = strlen(info.orphan);
	assert_true(n < sizeof info.orphan);
	assert_string_equal(info.orphan + n - 5, "; ...");
	assert_non_null(strstr(info.orphan, "dinas-a IKU-1 2025 bulan 1 (diajukan);"
			       " dinas-a IKU-1 2025 bulan 2 (draft);"));
	query_text(s, "SELECT new_value FROM audit_log ORDER BY id DESC LIMIT 1",
		   buf, sizeof buf);
	assert_non_null(strstr(buf, "entri: 0 re-attached, 12 orphaned (IKU-1 "
			       "2025 bulan 1 (diajukan), "));
	assert_non_null(strstr(buf, ", 7 more)"));
	pkg_free(&p2);
	pkg_free(&p);
	store_close(s);
}

/* ---- locked years -------------------------------------------------------- */

static void lock(struct store *s, int tahun, int on)
{
	struct sk_err e = { 0 };

	assert_int_equal(store_tahun_set_lock(s, &aWho, "1771", tahun, on, &e), 0);
}

/* A save refused with SK_EPERM, its message containing each of want
 * (NULL-terminated), leaving every table as it was. */
static void save_refused(struct store *s, const struct pkg *p,
			 const char *const *want)
{
	char before[1024], after[1024];
	struct sk_err e = { 0 };
	int64_t naudit = query_int(s, "SELECT count(*) FROM audit_log");

	table_counts(s, before, sizeof before);
	assert_int_equal(store_save_pkg(s, p, &e), SK_EPERM);
	for (; *want; want++) {
		if (!strstr(e.msg, *want))
			print_error("'%s' not in: %s\n", *want, e.msg);
		assert_non_null(strstr(e.msg, *want));
	}
	table_counts(s, after, sizeof after);
	assert_string_equal(before, after);
	assert_int_equal(query_int(s, "SELECT count(*) FROM audit_log"), naudit);
}

static void test_lock_refuses_changes(void **state)
{
	static const char *const aTarget[] = {
		"instansi 'dinas-a': year 2024 is locked for pemda '1771'",
		"would change 1 of its figures",
		"indikator IKU-1 target 2024: '85' -> '86'",
		"nothing was written", NULL };
	static const char *const aMany[] = {
		"year 2024 is locked", "would change 4 of its figures",
		"indikator IKU-1 realisasi_periode 2024 triwulan 2: (none) -> '82'",
		"program P1 anggaran 2024 pagu: '9487138421' -> '1'",
		"; ...", NULL };
	static const char *const aNew[] = {
		"instansi 'kec-c': year 2024 is locked",
		"indikator C-1 target 2024: (none) -> 'Tidak ada temuan'", NULL };
	struct store *s = open_db("lock");
	struct pkg p, q, loaded;
	struct nilai_thn *tgt;

	(void)state;
	build_pkg(&p);
	save_ok(s, &p);
	lock(s, 2024, 1);

	build_pkg(&q);
	tgt = &IKU1(&q.instansi[0])->target.a[0];
	tgt->n = N("86", 0);
	save_refused(s, &q, aTarget);
	/* several: the first three named, the others counted */
	IKU1(&q.instansi[0])->periode[0].a[1] = N("82", 0);
	P1(&q.instansi[0])->anggaran[0].pagu = U(1, NULL);
	SK2(&q.instansi[0])->anggaran[0].realisasi = U_NULL;
	save_refused(s, &q, aMany);
	/* a new agency bringing figures of the locked year */
	q.instansi[0] = p.instansi[0];
	build_instansi_min(&q.instansi[1], "kec-c", "C-1");
	save_refused(s, &q, aNew);

	load_ok(s, NULL, NULL, &loaded);
	eq_pkg(&p, &loaded);
	pkg_free(&loaded);
	pkg_free(&q);
	pkg_free(&p);
	store_close(s);
}

static void test_lock_lets_same_through(void **state)
{
	struct store *s = open_db("lock_same");
	struct pkg p, q, loaded;

	(void)state;
	build_pkg(&p);
	save_ok(s, &p);
	lock(s, 2024, 1);
	lock(s, 2023, 1);
	/* identical figures, though written differently or worded anew */
	build_pkg(&q);
	IKU1(&q.instansi[0])->target.a[0].n = N("85", 0);
	IKU1(&q.instansi[0])->uraian = S("Indeks Kepuasan Masyarakat (IKM)");
	P1(&q.instansi[0])->anggaran[0].pagu = U(9487138421LL, "Rp 9.487.138.421");
	save_ok(s, &q);
	/* figures of an open year change freely */
	IKU1(&q.instansi[0])->target.a[1].n = N("A", 0);
	P1(&q.instansi[0])->anggaran[1].pagu = U(7, NULL);
	save_ok(s, &q);
	load_ok(s, NULL, NULL, &loaded);
	eq_pkg(&q, &loaded);
	pkg_free(&loaded);
	/* unlocked, 2024 changes too */
	lock(s, 2024, 0);
	IKU1(&q.instansi[0])->target.a[0].n = N("86", 0);
	save_ok(s, &q);
	/* another pemda's lock does not bind this one */
	lock(s, 2024, 1);
	q.pemda_kode = S("1702");
	save_ok(s, &q);
	pkg_free(&q);
	pkg_free(&p);
	store_close(s);
}

/* ---- audit -------------------------------------------------------------- */

static void test_import_audit(void **state)
{
	struct store *s = open_db("audit");
	struct store_save_info info;
	struct pkg p;
	char buf[512];

	(void)state;
	build_pkg(&p);
	save_info(s, &p, &info);
	assert_int_equal(query_int(s, "SELECT count(*) FROM audit_log"
				      " WHERE action = 'import'"
				      " AND entity = 'instansi'"
				      " AND user_id IS NULL"), 2);
	assert_string_equal(query_text(s, "SELECT at || ' ' || entity_id || ' | '"
					  " || old_value || ' | ' || new_value"
					  " FROM audit_log ORDER BY id LIMIT 1",
				       buf, sizeof buf),
			    "2025-01-01T00:00:00Z 1771/dinas-a | 0 node, 0 "
			    "indikator, 0 entri | by cli:tester: 8 node, 2 "
			    "indikator, 8 nilai, 3 realisasi_periode, 3 "
			    "anggaran; entri: 0 re-attached");
	save_ok(s, &p); /* no info: "cli" and the clock */
	assert_string_equal(query_text(s, "SELECT old_value || ' | ' ||"
					  " substr(new_value, 1, 22) FROM"
					  " audit_log WHERE entity_id ="
					  " '1771/bag-b' ORDER BY id DESC LIMIT 1",
				       buf, sizeof buf),
			    "2 node, 1 indikator, 0 entri | by cli: 2 node, 1 indi");
	assert_true(query_int(s, "SELECT count(*) FROM audit_log"
			      " WHERE at > '2025-06-01'") == 2);
	pkg_free(&p);
	store_close(s);
}

/* ---- migration ------------------------------------------------------------ */

/* A version 4 database with entries (one approved, one returned): after
 * step 5 they have their agency and kode, keep their ids, and survive a
 * re-import. */
static void test_migrate_v4_entries(void **state)
{
	struct sk_err e = { 0 };
	struct store *s = NULL;
	const char *path = db_path("v4");
	struct store_save_info info;
	struct pkg p;

	(void)state;
	assert_int_equal(store_open_version(path, 4, &s, &e), 0);
	build_pkg(&p);
	save_ok(s, &p);
	assert_int_equal(sqlite3_exec(s->db,
		"INSERT INTO realisasi_entri (id, indikator_id, tahun, periode,"
		" ke, raw, status, alasan, bukti_path, created_at, updated_at)"
		" SELECT 7, k.id, 2024, 'triwulan', 3, '83', 'dikembalikan',"
		" 'salah', 'bukti/x.pdf', '2025-01-01', '2025-01-02'"
		" FROM indikator k WHERE k.kode = 'IKU-1';"
		"INSERT INTO realisasi_entri (id, indikator_id, tahun, periode,"
		" ke, raw, status, created_at, updated_at)"
		" SELECT 9, k.id, 2024, 'tahun', 0, 'WTP', 'disetujui',"
		" '2025-01-01', '2025-01-02' FROM indikator k"
		" WHERE k.kode = 'IK-B1';", NULL, NULL, NULL), SQLITE_OK);
	store_close(s);

	assert_int_equal(store_open(path, &s, &e), 0);
	assert_int_equal(store_schema_version(s), STORE_SCHEMA_VERSION);
	assert_int_equal(query_int(s, "SELECT count(*) FROM realisasi_entri r"
				      " JOIN instansi i ON i.id = r.instansi_id"
				      " WHERE (r.id = 7 AND i.kode = 'dinas-a'"
				      "  AND r.indikator_kode = 'IKU-1'"
				      "  AND r.alasan = 'salah'"
				      "  AND r.bukti_path = 'bukti/x.pdf')"
				      " OR (r.id = 9 AND i.kode = 'bag-b'"
				      "  AND r.indikator_kode = 'IK-B1')"), 2);
	check_integrity(s);
	save_info(s, &p, &info);
	assert_int_equal(info.nreattached, 2);
	assert_int_equal(query_int(s, "SELECT count(*) FROM realisasi_entri"
				      " WHERE indikator_id IS NOT NULL"), 2);
	check_integrity(s);
	pkg_free(&p);
	store_close(s);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_model_diff),
		cmocka_unit_test(test_model_diff_new_agency),
		cmocka_unit_test(test_entri_survive_reimport),
		cmocka_unit_test(test_entri_orphan),
		cmocka_unit_test(test_entri_orphan_many),
		cmocka_unit_test(test_lock_refuses_changes),
		cmocka_unit_test(test_lock_lets_same_through),
		cmocka_unit_test(test_import_audit),
		cmocka_unit_test(test_migrate_v4_entries),
	};

	return cmocka_run_group_tests_name("store_lock", tests, setup_dir,
					   teardown_dir);
}
