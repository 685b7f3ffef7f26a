/* t_reviu: the reviu checks (src/core/reviu*.c, sakip-domain.md §8).
 *
 * Each check gets a small package, written as sakip/1 JSON in memory: one
 * agency (Renstra 2024-2026), tujuan T1, sasaran S1 with the indicators
 * and programs of the case. For every check a case that must be found
 * and one that must not; then a clean package on which nothing at all is
 * found. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "core/reviu.h"
#include "io/json.h"
#include "util/err.h"
#include "util/sbuf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- building a package --------------------------------------------- */

struct kasus {
	const char *kebijakan;  /* keys of kebijakan, or NULL */
	const char *instansi;   /* more keys of the agency, each ending "," */
	const char *sasaran;    /* more keys of S1, each starting "," */
	const char *indikator;  /* S1's indicators (JSON objects, comma-separated) */
	const char *program;    /* S1's programs */
	int tahun;              /* 0: 2024 */
	const char *jenis;      /* only this jenis; NULL: every check */
};

static void build(const struct kasus *k, struct sbuf *b)
{
	sbuf_addf(b, "{\"format\":\"sakip/1\",\"pemda\":{\"kode\":\"9\",\"nama\":\"T\"},"
		  "\"kebijakan\":{%s},\"instansi\":[{\"kode\":\"opd\",\"nama\":\"OPD\","
		  "\"renstra\":{\"awal\":2024,\"akhir\":2026},%s"
		  "\"tujuan\":[{\"kode\":\"T1\",\"uraian\":\"Tujuan\",\"sasaran\":"
		  "[{\"kode\":\"S1\",\"uraian\":\"Sasaran\"%s,\"indikator\":[%s],"
		  "\"program\":[%s]}]}]}]}",
		  k->kebijakan ? k->kebijakan : "", k->instansi ? k->instansi : "",
		  k->sasaran ? k->sasaran : "", k->indikator ? k->indikator : "",
		  k->program ? k->program : "");
}

/* Runs the review of the case; fails the test when the package does not
 * read or the review does not run. */
static void review(const struct kasus *k, struct reviu *r)
{
	struct sbuf b = SBUF_INIT(0), errs = SBUF_INIT(0);
	struct sk_err e = { 0, "" };
	struct pkg p;
	int rc;

	build(k, &b);
	pkg_init(&p);
	rc = json_read_pkg("t.json", b.z, b.n, &p, &errs);
	if (rc)
		print_error("package does not read:\n%s\n%s\n", errs.z, b.z);
	assert_int_equal(rc, 0);
	rc = reviu_pkg(&p, k->tahun ? k->tahun : 2024, NULL, k->jenis, r, &e);
	if (rc)
		print_error("reviu: %s\n", e.msg);
	assert_int_equal(rc, 0);
	pkg_free(&p);
	sbuf_release(&b);
	sbuf_release(&errs);
}

static int count(const struct reviu *r, const char *jenis)
{
	int i, n = 0;

	for (i = 0; i < r->n; i++)
		n += strcmp(r->a[i].jenis, jenis) == 0;
	return n;
}

/* The one temuan of a kode and jenis (fails when not exactly one). */
static const struct temuan *only(const struct reviu *r, const char *kode,
				 const char *jenis)
{
	const struct temuan *t = NULL;
	int i, n = 0;

	for (i = 0; i < r->n; i++)
		if (strcmp(r->a[i].kode, kode) == 0 &&
		    strcmp(r->a[i].jenis, jenis) == 0)
			t = &r->a[i], n++;
	if (n != 1) {
		print_error("%d temuan %s %s, want 1; found:\n", n, kode, jenis);
		for (i = 0; i < r->n; i++)
			print_error("  %s %s %s\n", r->a[i].kode, r->a[i].jenis,
				    r->a[i].pesan);
	}
	assert_int_equal(n, 1);
	return t;
}

static void none(const struct reviu *r)
{
	int i;

	for (i = 0; i < r->n; i++)
		print_error("unexpected: %s %s \"%s\": %s\n", r->a[i].kode,
			    r->a[i].jenis, r->a[i].dilaporkan ? r->a[i].dilaporkan :
			    "", r->a[i].pesan);
	assert_int_equal(r->n, 0);
}

static void assert_persen(const struct temuan *t, pct_t want)
{
	assert_int_equal(t->seharusnya.jenis, BENAR_PERSEN);
	assert_true(pct_round(t->seharusnya.persen, 2) == want);
}

static void assert_rp(const struct temuan *t, int64_t want)
{
	assert_int_equal(t->seharusnya.jenis, BENAR_RUPIAH);
	assert_true(t->seharusnya.rp == want);
}

/* An indicator of S1: kode, name, the rest of its keys. */
#define IND(kode, uraian, rest) \
	"{\"kode\":\"" kode "\",\"uraian\":\"" uraian "\"" rest "}"
/* A percentage in hundredths: PH(12500) is 125,00 %. */
#define PH(h) ((pct_t)(h) * 10000000LL)

/* ---- capaian_tidak_sesuai --------------------------------------------- */

static void test_capaian(void **state)
{
	struct kasus k = { 0 };
	struct reviu r;
	const struct temuan *t;

	(void)state;
	k.jenis = "capaian_tidak_sesuai";
	/* silent capping: 100 / 80 is 125 %; printed twice, one temuan */
	k.indikator = IND("I1", "Cakupan layanan", ",\"target\":{\"2024\":\"80\"},"
		"\"realisasi\":{\"2024\":\"100\"},\"dilaporkan\":{\"2024\":{\"capaian\":"
		"[{\"nilai\":\"100 %\",\"sumber\":\"Tabel 3.1\"},"
		"{\"nilai\":\"100 %\",\"sumber\":\"Tabel 3.3\"}]}}");
	review(&k, &r);
	t = only(&r, "I1", "capaian_tidak_sesuai");
	assert_string_equal(t->dilaporkan, "100 %");
	assert_string_equal(t->sumber, "Tabel 3.1; Tabel 3.3");
	assert_persen(t, PH(12500));
	assert_int_equal(t->tingkat, REVIU_KESALAHAN);
	assert_non_null(strstr(t->pesan, "Tabel 3.1; Tabel 3.3"));
	assert_non_null(strstr(t->pesan, "125,00"));
	reviu_free(&r);

	/* the truth, printed at any precision, is consistent */
	k.indikator = IND("I1", "Cakupan layanan", ",\"target\":{\"2024\":\"80\"},"
		"\"realisasi\":{\"2024\":\"100\"},\"dilaporkan\":{\"2024\":{\"capaian\":"
		"[{\"nilai\":\"125\"},{\"nilai\":\"125,00 %\"},{\"nilai\":\"125.0%\"}]}}");
	review(&k, &r);
	none(&r);
	reviu_free(&r);
}

static void test_capaian_presisi(void **state)
{
	struct kasus k = { 0 };
	struct reviu r;

	(void)state;
	k.jenis = "capaian_tidak_sesuai";
	/* 71 / 75 = 94,666…: "94,66" truncates, "94%" is not 95; "94,67",
	 * "95" and "94,7" agree */
	k.indikator = IND("I1", "Rata-rata capaian", ",\"target\":{\"2024\":\"75\"},"
		"\"realisasi\":{\"2024\":\"71\"},\"dilaporkan\":{\"2024\":{\"capaian\":"
		"[{\"nilai\":\"94,66\"},{\"nilai\":\"94%\"},{\"nilai\":\"94,67\"},"
		"{\"nilai\":\"95\"},{\"nilai\":\"94,7 %\"}]}}");
	review(&k, &r);
	assert_int_equal(count(&r, "capaian_tidak_sesuai"), 2);
	assert_string_equal(r.a[0].dilaporkan, "94,66");
	assert_string_equal(r.a[1].dilaporkan, "94%");
	assert_persen(&r.a[0], PH(9467));
	reviu_free(&r);

	/* 48,37 / 56 = 86,375 exactly: half away from zero gives 86,38 */
	k.indikator = IND("I1", "Nilai", ",\"target\":{\"2024\":\"56\"},"
		"\"realisasi\":{\"2024\":\"48,37\"},\"dilaporkan\":{\"2024\":{\"capaian\":"
		"[{\"nilai\":\"86,38%\"},{\"nilai\":\"86,37%\"}]}}");
	review(&k, &r);
	assert_int_equal(r.n, 1);
	assert_string_equal(r.a[0].dilaporkan, "86,37%");
	reviu_free(&r);
}

static void test_capaian_batas_akhir(void **state)
{
	struct kasus k = { 0 };
	struct reviu r;
	const struct temuan *t;

	(void)state;
	k.jenis = "capaian_tidak_sesuai";
	/* with a cap of 100 the capped figure may be printed */
	k.kebijakan = "\"batas_capaian\":100";
	k.indikator = IND("I1", "Cakupan", ",\"target\":{\"2024\":\"80\"},"
		"\"realisasi\":{\"2024\":\"100\"},\"dilaporkan\":{\"2024\":{\"capaian\":"
		"\"100\"}}");
	review(&k, &r);
	none(&r);
	reviu_free(&r);

	/* against the Renstra end target: 100 / 85 = 117,65 */
	k.kebijakan = NULL;
	k.indikator = IND("I1", "Cakupan", ",\"target\":{\"2024\":\"80\"},"
		"\"target_akhir\":\"85\",\"realisasi\":{\"2024\":\"100\"},"
		"\"dilaporkan\":{\"2024\":{\"capaian_target_akhir\":\"100\"}}");
	review(&k, &r);
	t = only(&r, "I1", "capaian_tidak_sesuai");
	assert_persen(t, PH(11765));
	reviu_free(&r);
	k.indikator = IND("I1", "Cakupan", ",\"target\":{\"2024\":\"80\"},"
		"\"target_akhir\":\"85\",\"realisasi\":{\"2024\":\"100\"},"
		"\"dilaporkan\":{\"2024\":{\"capaian_target_akhir\":\"117,65\"}}");
	review(&k, &r);
	none(&r);
	reviu_free(&r);

	/* no capaian can be computed: a printed "-" is right */
	k.indikator = IND("I1", "Nilai AKIP", ",\"tipe\":\"predikat\","
		"\"skala\":\"akip\",\"target\":{\"2024\":\"BB\"},\"realisasi\":"
		"{\"2024\":\"Blm rilis\"},\"dilaporkan\":{\"2024\":{\"capaian\":\"-\"}}");
	review(&k, &r);
	none(&r);
	reviu_free(&r);
}

static void test_capaian_sasaran(void **state)
{
	struct kasus k = { 0 };
	struct reviu r;
	const struct temuan *t;

	(void)state;
	k.jenis = "capaian_tidak_sesuai";
	/* mean of 125 and 100 = 112,5 */
	k.indikator = IND("I1", "A", ",\"target\":{\"2024\":\"80\"},\"realisasi\":"
		"{\"2024\":\"100\"}") "," IND("I2", "B", ",\"target\":{\"2024\":\"50\"},"
		"\"realisasi\":{\"2024\":\"50\"}");
	k.sasaran = ",\"dilaporkan\":{\"2024\":{\"capaian\":[{\"nilai\":\"100 %\","
		"\"sumber\":\"Tabel 3.2\"},{\"nilai\":\"112,5\"}]}}";
	review(&k, &r);
	t = only(&r, "S1", "capaian_tidak_sesuai");
	assert_string_equal(t->dilaporkan, "100 %");
	assert_persen(t, PH(11250));
	reviu_free(&r);
}

/* ---- predikat_tidak_sesuai -------------------------------------------- */

static void test_predikat(void **state)
{
	struct kasus k = { 0 };
	struct reviu r;
	const struct temuan *t;

	(void)state;
	k.jenis = "predikat_tidak_sesuai";
	/* 90 / 100 = 90: Tinggi on the default scale (91 Sangat Tinggi) */
	k.indikator = IND("I1", "A", ",\"target\":{\"2024\":\"100\"},\"realisasi\":"
		"{\"2024\":\"90\"},\"dilaporkan\":{\"2024\":{\"predikat\":"
		"[{\"nilai\":\"Sangat Tinggi\"},{\"nilai\":\"tinggi\"}]}}");
	review(&k, &r);
	t = only(&r, "I1", "predikat_tidak_sesuai");
	assert_string_equal(t->dilaporkan, "Sangat Tinggi");
	assert_int_equal(t->seharusnya.jenis, BENAR_TEKS);
	assert_string_equal(t->seharusnya.teks, "Tinggi");
	reviu_free(&r);
}

/* ---- target_berbeda and tahun_tidak_sesuai ---------------------------- */

static void test_target(void **state)
{
	struct kasus k = { 0 };
	struct reviu r;
	const struct temuan *t;

	(void)state;
	k.jenis = "target_berbeda";
	/* Renstra 65, PK 100: the PK target is the one used */
	k.indikator = IND("I1", "A", ",\"target\":{\"2024\":\"65\"},\"target_pk\":"
		"{\"2024\":\"100\"},\"dilaporkan\":{\"2024\":{\"target\":"
		"[{\"nilai\":\"72\",\"sumber\":\"Lampiran IKU\"},{\"nilai\":\"100%\"}]}}");
	review(&k, &r);
	assert_int_equal(r.n, 2);
	assert_string_equal(r.a[0].dilaporkan, "65");
	assert_int_equal(r.a[0].seharusnya.jenis, BENAR_ANGKA);
	assert_true(r.a[0].seharusnya.angka.m == 100 && r.a[0].seharusnya.angka.e == 0);
	assert_string_equal(r.a[1].dilaporkan, "72");
	assert_string_equal(r.a[1].sumber, "Lampiran IKU");
	reviu_free(&r);

	/* the same target in other words; printed at its own precision
	 * (70,15 is "70,2"); a grade stands for its band's lower bound */
	k.indikator = IND("I1", "A", ",\"target\":{\"2024\":\"100\"},\"target_pk\":"
		"{\"2024\":\"100 %\"}") "," IND("I2", "B", ",\"target\":{\"2024\":"
		"\"70,15\"},\"dilaporkan\":{\"2024\":{\"target\":\"70,2\"}}") ","
		IND("I3", "C", ",\"target\":{\"2024\":\"56\"},\"dilaporkan\":"
		"{\"2024\":{\"target\":\"CC\"}}");
	review(&k, &r);
	t = only(&r, "I3", "target_berbeda");
	assert_string_equal(t->dilaporkan, "CC");
	assert_true(t->seharusnya.angka.m == 56);
	assert_int_equal(r.n, 1);
	reviu_free(&r);
}

static void test_target_tahun(void **state)
{
	struct kasus k = { 0 };
	struct reviu r;
	const struct temuan *t;

	(void)state;
	/* printed for 2024 what the Renstra has for 2025: shifted */
	k.indikator = IND("I1", "A", ",\"target\":{\"2024\":\"80\",\"2025\":\"82\","
		"\"2026\":\"85\"},\"dilaporkan\":{\"2024\":{\"target\":\"82\"}}") ","
		IND("I2", "B", ",\"target\":{\"2024\":\"80\",\"2025\":\"82\"},"
		"\"target_pk\":{\"2024\":\"82\"}") "," IND("I3", "C", ",\"target\":"
		"{\"2024\":\"80\",\"2025\":\"82\"},\"dilaporkan\":{\"2024\":{\"target\":"
		"\"81\"}}");
	k.jenis = "tahun_tidak_sesuai";
	review(&k, &r);
	t = only(&r, "I1", "tahun_tidak_sesuai");
	assert_string_equal(t->dilaporkan, "82");
	assert_int_equal(t->tahun, 2024);
	t = only(&r, "I2", "tahun_tidak_sesuai");
	assert_string_equal(t->dilaporkan, "80");
	assert_int_equal(r.n, 2);
	reviu_free(&r);
	/* a shift is not also a target_berbeda; 81 is */
	k.jenis = "target_berbeda";
	review(&k, &r);
	only(&r, "I3", "target_berbeda");
	assert_int_equal(r.n, 1);
	reviu_free(&r);
}

static void test_target_renstra(void **state)
{
	struct kasus k = { 0 };
	struct reviu r;
	const struct temuan *t;

	(void)state;
	k.jenis = "tahun_tidak_sesuai";
	k.indikator = IND("I1", "A", ",\"target\":{\"2024\":\"80\",\"2025\":\"82\","
		"\"2026\":\"85\",\"2027\":\"87\"}");
	review(&k, &r);
	t = only(&r, "I1", "tahun_tidak_sesuai");
	assert_int_equal(t->tahun, 2027);
	assert_int_equal(t->tingkat, REVIU_PERINGATAN);
	reviu_free(&r);
	k.indikator = IND("I1", "A", ",\"target\":{\"2024\":\"80\",\"2026\":\"85\"}");
	review(&k, &r);
	none(&r);
	reviu_free(&r);
}

/* ---- realisasi_berbeda ------------------------------------------------ */

static void test_realisasi(void **state)
{
	struct kasus k = { 0 };
	struct reviu r;
	const struct temuan *t;

	(void)state;
	k.jenis = "realisasi_berbeda";
	k.indikator = IND("I1", "IKM", ",\"target\":{\"2024\":\"70,15\"},"
		"\"realisasi\":{\"2024\":\"72,89\"},\"dilaporkan\":{\"2024\":"
		"{\"realisasi\":[{\"nilai\":\"80,89\",\"sumber\":\"Analisis\"},"
		"{\"nilai\":\"72,9\"},{\"nilai\":\"72,89\"}]}}");
	review(&k, &r);
	t = only(&r, "I1", "realisasi_berbeda");
	assert_string_equal(t->dilaporkan, "80,89");
	assert_true(t->seharusnya.angka.m == 7289 && t->seharusnya.angka.e == 2);
	assert_int_equal(r.n, 1);
	reviu_free(&r);
}

/* ---- indikator_tanpa_realisasi ---------------------------------------- */

static void test_tanpa_realisasi(void **state)
{
	struct kasus k = { 0 };
	struct reviu r;
	const struct temuan *t;

	(void)state;
	k.jenis = "indikator_tanpa_realisasi";
	k.indikator = IND("I1", "IKU tanpa data", ",\"iku\":true,\"target\":"
		"{\"2024\":\"100%\"}") "," IND("I2", "Bukan IKU", ",\"iku\":false,"
		"\"target\":{\"2024\":\"100%\"}") "," IND("I3", "IKU dijelaskan",
		",\"iku\":true,\"target\":{\"2024\":\"100%\"},\"narasi\":{\"2024\":"
		"{\"analisis\":\"Survei belum dilaksanakan.\"}}") "," IND("I4",
		"IKU teks", ",\"iku\":true,\"target\":{\"2024\":\"BB\"},\"realisasi\":"
		"{\"2024\":\"LHE belum terbit\"}");
	review(&k, &r);
	t = only(&r, "I1", "indikator_tanpa_realisasi");
	assert_null(t->dilaporkan);
	assert_int_equal(t->seharusnya.jenis, BENAR_TIDAK_ADA);
	assert_int_equal(r.n, 1);
	reviu_free(&r);
}

/* ---- nilai_tidak_terbaca ---------------------------------------------- */

static void test_nilai_indikator(void **state)
{
	struct kasus k = { 0 };
	struct reviu r;
	const struct temuan *t;

	(void)state;
	k.jenis = "nilai_tidak_terbaca";
	k.indikator = IND("I1", "A", ",\"target\":{\"2024\":\"80\"},\"realisasi\":"
		"{\"2024\":\"100\"},\"dilaporkan\":{\"2024\":{\"capaian\":"
		"[{\"nilai\":\"#DIV/0!\"},{\"nilai\":\"125 %\"}]}}");
	review(&k, &r);
	t = only(&r, "I1", "nilai_tidak_terbaca");
	assert_string_equal(t->dilaporkan, "#DIV/0!");
	assert_persen(t, PH(12500));
	reviu_free(&r);
}

static void test_nilai_anggaran(void **state)
{
	struct kasus k = { 0 };
	struct reviu r;
	const struct temuan *t;

	(void)state;
	k.jenis = "nilai_tidak_terbaca";
	k.program = "{\"kode\":\"P1\",\"uraian\":\"Program\",\"anggaran\":{\"2024\":"
		"{\"pagu\":1000,\"realisasi\":0,\"dilaporkan\":[{\"sumber\":\"RKT\","
		"\"pagu\":\"#####\",\"realisasi\":\"Rp -\",\"serapan\":\"- %\"}]}}},"
		"{\"kode\":\"P2\",\"uraian\":\"Program 2\",\"anggaran\":{\"2024\":"
		"{\"pagu\":0,\"realisasi\":0,\"dilaporkan\":[{\"serapan\":\"#DIV/0! %\"}]}}}";
	review(&k, &r);
	t = only(&r, "P1", "nilai_tidak_terbaca");
	assert_string_equal(t->dilaporkan, "#####");
	assert_rp(t, 1000);
	t = only(&r, "P2", "nilai_tidak_terbaca");
	assert_int_equal(t->seharusnya.jenis, BENAR_TIDAK_ADA);
	assert_int_equal(r.n, 2);
	reviu_free(&r);
}

/* ---- budget: sums and second printings -------------------------------- */

/* P1 with kegiatan K1 and sub-kegiatan SK1, SK2 (pagu 100 + 50,
 * realisasi 80 + 20); own figures of P1 and K1 given by the caller. */
#define PROG(p1, k1, sk1, sk2)                                               \
	"{\"kode\":\"P1\",\"uraian\":\"Program\",\"anggaran\":{\"2024\":{" p1  \
	"}},\"kegiatan\":[{\"kode\":\"K1\",\"uraian\":\"Kegiatan\",\"anggaran\":" \
	"{\"2024\":{" k1 "}},\"subkegiatan\":[{\"kode\":\"SK1\",\"uraian\":"   \
	"\"Sub 1\",\"anggaran\":{\"2024\":{\"pagu\":100,\"realisasi\":80" sk1  \
	"}}},{\"kode\":\"SK2\",\"uraian\":\"Sub 2\",\"anggaran\":{\"2024\":"    \
	"{\"pagu\":50,\"realisasi\":20" sk2 "}}}]}]}"

static void test_jumlah(void **state)
{
	struct kasus k = { 0 };
	struct reviu r;
	const struct temuan *t;

	(void)state;
	k.jenis = "jumlah_tidak_sesuai";
	/* K1's own pagu is not 100 + 50; P1's printed realisasi (P1 has no
	 * own figures) is not 80 + 20; the agency total printed wrong */
	k.program = PROG("\"dilaporkan\":[{\"sumber\":\"Tabel 3.5\",\"realisasi\":"
			 "\"Rp 90\"}]", "\"pagu\":\"Rp 160\",\"realisasi\":100", "", "");
	k.instansi = "\"anggaran_dilaporkan\":{\"2024\":[{\"sumber\":\"Narasi\","
		"\"pagu\":\"Rp. 160,-\"},{\"sumber\":\"Tabel\",\"pagu\":\"160\"},"
		"{\"realisasi\":\"100\"}]},";
	review(&k, &r);
	t = only(&r, "K1", "jumlah_tidak_sesuai");
	assert_string_equal(t->dilaporkan, "Rp 160");
	assert_rp(t, 150);
	t = only(&r, "P1", "jumlah_tidak_sesuai");
	assert_string_equal(t->dilaporkan, "Rp 90");
	assert_rp(t, 100);
	/* two printings of one amount: one temuan, the plainer string */
	t = only(&r, "opd", "jumlah_tidak_sesuai");
	assert_string_equal(t->dilaporkan, "160");
	assert_string_equal(t->sumber, "Narasi; Tabel");
	assert_rp(t, 150);
	assert_int_equal(r.n, 3);
	reviu_free(&r);

	/* everything adds up */
	k.program = PROG("\"pagu\":150,\"realisasi\":100", "\"pagu\":150", "", "");
	k.instansi = "\"anggaran_dilaporkan\":{\"2024\":[{\"pagu\":\"Rp 150\","
		"\"realisasi\":\"100\",\"serapan\":\"66,67%\"}]},";
	review(&k, &r);
	none(&r);
	reviu_free(&r);
}

static void test_jumlah_rincian(void **state)
{
	struct kasus k = { 0 };
	struct reviu r;
	const struct temuan *t;

	(void)state;
	k.jenis = "jumlah_tidak_sesuai";
	k.program = "{\"kode\":\"P1\",\"uraian\":\"Program\",\"anggaran\":{\"2024\":"
		"{\"pagu\":100,\"pagu_perubahan\":120,\"realisasi\":60,\"rincian\":["
		"{\"uraian\":\"Kelurahan A\",\"pagu\":70,\"realisasi\":30},"
		"{\"uraian\":\"Kelurahan B\",\"pagu\":40,\"realisasi\":30}]}}}";
	review(&k, &r);
	t = only(&r, "P1", "jumlah_tidak_sesuai");
	assert_rp(t, 110); /* rows add up to the effective pagu, 120 */
	reviu_free(&r);
}

static void test_pagu_berbeda(void **state)
{
	struct kasus k = { 0 };
	struct reviu r;
	const struct temuan *t;

	(void)state;
	k.jenis = "pagu_berbeda";
	/* SK1 printed 101 in the RKT; K1's own figure is right (150) but
	 * printed 151 elsewhere */
	k.program = PROG("", "\"pagu\":150,\"dilaporkan\":[{\"sumber\":\"RKT\","
			 "\"pagu\":\"Rp 151\"}]", ",\"dilaporkan\":[{\"sumber\":"
			 "\"RKT\",\"pagu\":\"Rp 101\",\"realisasi\":\"Rp 80\"}]", "");
	review(&k, &r);
	t = only(&r, "SK1", "pagu_berbeda");
	assert_string_equal(t->dilaporkan, "Rp 101");
	assert_string_equal(t->sumber, "RKT");
	assert_rp(t, 100);
	t = only(&r, "K1", "pagu_berbeda");
	assert_rp(t, 150);
	assert_int_equal(r.n, 2);
	reviu_free(&r);

	/* the same amounts in other notations */
	k.program = PROG("", "\"pagu\":150,\"dilaporkan\":[{\"pagu\":\"Rp. 150,-\"}]",
			 ",\"dilaporkan\":[{\"pagu\":\"Rp 100,00\",\"realisasi\":"
			 "\"80\"}]", "");
	review(&k, &r);
	none(&r);
	reviu_free(&r);
}

static void test_serapan(void **state)
{
	struct kasus k = { 0 };
	struct reviu r;
	const struct temuan *t;

	(void)state;
	k.jenis = "serapan_tidak_sesuai";
	/* 71 / 75 = 94,666…: "94,66" truncates; "- %" is 0, not 94,67 */
	k.program = "{\"kode\":\"P1\",\"uraian\":\"Program\",\"anggaran\":{\"2024\":"
		"{\"pagu\":75,\"realisasi\":71,\"dilaporkan\":[{\"serapan\":\"94,66%\"},"
		"{\"serapan\":\"95 %\"},{\"serapan\":\"94.67%\"}]}}},"
		"{\"kode\":\"P2\",\"uraian\":\"Program 2\",\"anggaran\":{\"2024\":"
		"{\"pagu\":50,\"realisasi\":50,\"dilaporkan\":[{\"serapan\":\"- %\"}]}}},"
		"{\"kode\":\"P3\",\"uraian\":\"Program 3\",\"anggaran\":{\"2024\":"
		"{\"pagu\":50,\"realisasi\":0,\"dilaporkan\":[{\"serapan\":\"- %\"}]}}}";
	review(&k, &r);
	t = only(&r, "P1", "serapan_tidak_sesuai");
	assert_string_equal(t->dilaporkan, "94,66%");
	assert_persen(t, PH(9467));
	t = only(&r, "P2", "serapan_tidak_sesuai");
	assert_persen(t, PH(10000));
	assert_int_equal(r.n, 2);
	reviu_free(&r);
}

static void test_anggaran_pk(void **state)
{
	struct kasus k = { 0 };
	struct reviu r;
	const struct temuan *t;

	(void)state;
	k.jenis = "anggaran_pk_berbeda";
	/* the PK states the amount before the revision; no PK Perubahan */
	k.program = "{\"kode\":\"P1\",\"uraian\":\"Program\",\"anggaran\":{\"2024\":"
		"{\"pagu\":100,\"pagu_perubahan\":120,\"realisasi\":60,\"pagu_pk\":"
		"\"Rp. 100,-\"}}},{\"kode\":\"P2\",\"uraian\":\"Program 2\","
		"\"anggaran\":{\"2024\":{\"pagu\":90,\"realisasi\":60,\"pagu_pk\":90}}}";
	review(&k, &r);
	t = only(&r, "P1", "anggaran_pk_berbeda");
	assert_string_equal(t->dilaporkan, "Rp. 100,-");
	assert_rp(t, 120);
	assert_int_equal(r.n, 1);
	reviu_free(&r);

	/* with a PK Perubahan signed, the first PK follows the DPA murni */
	k.instansi = "\"pk\":{\"2024\":{\"tempat\":\"Kota\",\"tanggal\":\"2024-01-02\","
		"\"perubahan\":{\"tempat\":\"Kota\",\"tanggal\":\"2024-10-01\"}}},";
	review(&k, &r);
	none(&r);
	reviu_free(&r);
}

/* ---- polaritas_meragukan ---------------------------------------------- */

static void test_polaritas(void **state)
{
	struct kasus k = { 0 };
	struct reviu r;
	const struct temuan *t;

	(void)state;
	k.jenis = "polaritas_meragukan";
	k.indikator =
		IND("N1", "Angka Kemiskinan", ",\"polaritas\":\"positif\"") ","
		IND("N2", "Lama waktu penyelesaian perizinan", ",\"polaritas\":\"positif\"") ","
		IND("N3", "Indeks Kepuasan Masyarakat", ",\"polaritas\":\"negatif\"") ","
		IND("N4", "Persentase penurunan angka kemiskinan", ",\"polaritas\":\"negatif\"") ","
		/* must not be flagged */
		IND("OK1", "Persentase laporan kejadian ketentraman, ketertiban dan "
		    "kerawanan sosial wilayah Kecamatan yang ditindak lanjuti",
		    ",\"polaritas\":\"positif\"") ","
		IND("OK2", "Jumlah Kasus yang mendapatkan Fasilitasi Bantuan Hukum",
		    ",\"polaritas\":\"positif\"") ","
		IND("OK3", "Persentase Cakupan Pelayanan yang Tepat Waktu",
		    ",\"polaritas\":\"positif\"") ","
		IND("OK4", "Angka kemiskinan", ",\"polaritas\":\"negatif\"") ","
		IND("OK5", "Prevalensi stunting", ",\"polaritas\":\"rentang\"");
	review(&k, &r);
	t = only(&r, "N1", "polaritas_meragukan");
	assert_string_equal(t->dilaporkan, "positif");
	assert_string_equal(t->seharusnya.teks, "negatif");
	assert_int_equal(t->tingkat, REVIU_PERINGATAN);
	only(&r, "N2", "polaritas_meragukan");
	t = only(&r, "N3", "polaritas_meragukan");
	assert_string_equal(t->seharusnya.teks, "positif");
	only(&r, "N4", "polaritas_meragukan");
	assert_int_equal(r.n, 4);
	reviu_free(&r);
}

/* ---- history ------------------------------------------------------------ */

static void test_target_melonjak(void **state)
{
	struct kasus k = { 0 };
	struct reviu r;
	const struct temuan *t;

	(void)state;
	k.jenis = "target_melonjak";
	k.indikator = IND("I1", "A", ",\"target\":{\"2024\":\"10\",\"2025\":\"50\","
		"\"2026\":\"55\"}") "," IND("I2", "B", ",\"target\":{\"2024\":\"0\","
		"\"2025\":\"50\",\"2026\":\"60\"}") "," IND("I3", "C", ",\"target\":"
		"{\"2024\":\"60\",\"2025\":\"20\"}") "," IND("I4", "D", ",\"target\":"
		"{\"2024\":\"10\",\"2025\":\"29,99\"}");
	review(&k, &r);
	t = only(&r, "I1", "target_melonjak");
	assert_int_equal(t->tahun, 2025);
	assert_string_equal(t->dilaporkan, "50");
	only(&r, "I3", "target_melonjak"); /* a third: as doubtful */
	assert_int_equal(r.n, 2);
	reviu_free(&r);
}

static void test_target_akhir(void **state)
{
	struct kasus k = { 0 };
	struct reviu r;
	const struct temuan *t;

	(void)state;
	k.jenis = "target_akhir_terlampaui";
	k.indikator = IND("I1", "Cakupan", ",\"target\":{\"2024\":\"80\"},"
		"\"target_akhir\":\"85\",\"realisasi\":{\"2024\":\"100\"}") ","
		IND("I2", "Belum", ",\"target\":{\"2024\":\"80\"},\"target_akhir\":"
		"\"85\",\"realisasi\":{\"2024\":\"85\"}") ","
		IND("I3", "Angka kemiskinan", ",\"polaritas\":\"negatif\",\"target\":"
		"{\"2024\":\"9\",\"2026\":\"7\"},\"realisasi\":{\"2024\":\"6,5\"}");
	review(&k, &r);
	t = only(&r, "I1", "target_akhir_terlampaui");
	assert_string_equal(t->dilaporkan, "85");
	only(&r, "I3", "target_akhir_terlampaui"); /* end target from 2026 */
	assert_int_equal(r.n, 2);
	reviu_free(&r);

	/* in the Renstra's last year passing the end target is success */
	k.indikator = IND("I1", "Cakupan", ",\"target\":{\"2026\":\"85\"},"
		"\"target_akhir\":\"85\",\"realisasi\":{\"2026\":\"100\"}");
	k.tahun = 2026;
	review(&k, &r);
	none(&r);
	reviu_free(&r);
}

/* ---- data_kosong -------------------------------------------------------- */

static void test_data_kosong(void **state)
{
	struct kasus k = { 0 };
	struct reviu r;
	const struct temuan *t;

	(void)state;
	k.jenis = "data_kosong";
	k.program = PROG("", "", "", ",\"realisasi\":null");
	k.program = "{\"kode\":\"P1\",\"uraian\":\"Program\",\"kegiatan\":[{\"kode\":"
		"\"K1\",\"uraian\":\"Kegiatan\",\"subkegiatan\":[{\"kode\":\"SK1\","
		"\"uraian\":\"Sub 1\",\"anggaran\":{\"2024\":{\"pagu\":100,"
		"\"realisasi\":80}}},{\"kode\":\"SK2\",\"uraian\":\"Sub 2\","
		"\"anggaran\":{\"2024\":{\"pagu\":50,\"realisasi\":null}}}]}]}";
	review(&k, &r);
	t = only(&r, "SK2", "data_kosong");
	assert_int_equal(t->tingkat, REVIU_CATATAN);
	assert_non_null(strstr(t->pesan, "K1, P1, S1"));
	assert_int_equal(r.n, 1);
	reviu_free(&r);

	/* a plan without any realisation yet is not a gap */
	k.program = "{\"kode\":\"P1\",\"uraian\":\"Program\",\"anggaran\":{\"2024\":"
		"{\"pagu\":100}}}";
	review(&k, &r);
	none(&r);
	reviu_free(&r);
}

/* ---- the whole review ----------------------------------------------------- */

/* Consistent data, nothing printed wrong: no check raises anything. */
static void test_bersih(void **state)
{
	struct kasus k = { 0 };
	struct reviu r;

	(void)state;
	k.instansi = "\"pk\":{\"2024\":{\"tempat\":\"Kota\",\"tanggal\":\"2024-01-02\"}},"
		"\"anggaran_dilaporkan\":{\"2024\":[{\"pagu\":\"Rp 150\","
		"\"realisasi\":\"Rp 100\",\"serapan\":\"66,67 %\"}]},";
	k.indikator = IND("I1", "Indeks kepuasan layanan", ",\"iku\":true,"
		"\"target\":{\"2024\":\"80\",\"2025\":\"82\",\"2026\":\"85\"},"
		"\"target_pk\":{\"2024\":\"80 %\"},\"target_akhir\":\"85\","
		"\"realisasi\":{\"2024\":\"84\"},\"dilaporkan\":{\"2024\":{"
		"\"capaian\":[{\"nilai\":\"105 %\",\"sumber\":\"Tabel 3.1\"}],"
		"\"predikat\":\"Sangat Tinggi\",\"target\":\"80\",\"realisasi\":\"84,0\"}}")
		"," IND("I2", "Persentase dokumen yang tersusun", ",\"target\":"
		"{\"2024\":\"100\"},\"realisasi_periode\":{\"2024\":{\"jenis\":"
		"\"triwulan\",\"nilai\":[\"25\",\"25\",\"25\",\"25\"]}}");
	k.sasaran = ",\"dilaporkan\":{\"2024\":{\"capaian\":\"102,5\"}}";
	k.program = PROG("\"pagu\":150,\"realisasi\":100,\"pagu_pk\":150,"
			 "\"dilaporkan\":[{\"pagu\":\"150\",\"serapan\":\"66,67%\"}]",
			 "\"pagu\":150", "", "");
	review(&k, &r);
	none(&r);
	reviu_free(&r);
}

static void test_errors(void **state)
{
	struct sbuf b = SBUF_INIT(0), errs = SBUF_INIT(0);
	struct kasus k = { 0 };
	struct sk_err e = { 0, "" };
	struct reviu r;
	struct pkg p;
	const struct reviu_cek_info *c;
	int i;

	(void)state;
	build(&k, &b);
	pkg_init(&p);
	assert_int_equal(json_read_pkg("t.json", b.z, b.n, &p, &errs), 0);
	assert_int_equal(reviu_pkg(&p, 2024, "nope", NULL, &r, &e), SK_ENOTFOUND);
	reviu_free(&r);
	assert_int_equal(reviu_pkg(&p, 2024, NULL, "bukan_jenis", &r, &e),
			 SK_ENOTFOUND);
	assert_non_null(strstr(e.msg, "bukan_jenis"));
	reviu_free(&r);
	/* every row of the table names its rule */
	for (i = 0; (c = reviu_daftar(i)); i++) {
		assert_true(c->jenis[0] && c->aturan[0]);
		assert_int_equal(reviu_pkg(&p, 2024, NULL, c->jenis, &r, &e), 0);
		reviu_free(&r);
	}
	assert_true(i >= 19);
	pkg_free(&p);
	sbuf_release(&b);
	sbuf_release(&errs);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_capaian),
		cmocka_unit_test(test_capaian_presisi),
		cmocka_unit_test(test_capaian_batas_akhir),
		cmocka_unit_test(test_capaian_sasaran),
		cmocka_unit_test(test_predikat),
		cmocka_unit_test(test_target),
		cmocka_unit_test(test_target_tahun),
		cmocka_unit_test(test_target_renstra),
		cmocka_unit_test(test_realisasi),
		cmocka_unit_test(test_tanpa_realisasi),
		cmocka_unit_test(test_nilai_indikator),
		cmocka_unit_test(test_nilai_anggaran),
		cmocka_unit_test(test_jumlah),
		cmocka_unit_test(test_jumlah_rincian),
		cmocka_unit_test(test_pagu_berbeda),
		cmocka_unit_test(test_serapan),
		cmocka_unit_test(test_anggaran_pk),
		cmocka_unit_test(test_polaritas),
		cmocka_unit_test(test_target_melonjak),
		cmocka_unit_test(test_target_akhir),
		cmocka_unit_test(test_data_kosong),
		cmocka_unit_test(test_bersih),
		cmocka_unit_test(test_errors),
	};

	return cmocka_run_group_tests_name("reviu", tests, NULL, NULL);
}
