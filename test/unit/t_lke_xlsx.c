/* t_lke_xlsx: the LKE worksheet as XLSX — what the reader says about a
 * workbook, each problem with its cell and key, and the round trip of
 * the writer. The workbooks of the table are built with libxlsxwriter
 * in a temporary file: identity rows only (no Meta sheet), the header on
 * row 7, the rows of the case from row 8. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <xlsxwriter.h>

#include "core/lke.h"
#include "io/file.h"
#include "io/lke_json.h"
#include "io/lke_xlsx.h"

/* ---- building workbooks ------------------------------------------------------ */

static char *tmp_path(void)
{
	const char *dir = getenv("TMPDIR");
	char *p = malloc(4096);
	int fd;

	assert_non_null(p);
	snprintf(p, 4096, "%s/t_lke_xlsx.XXXXXX", dir && *dir ? dir : "/tmp");
	fd = mkstemp(p);
	assert_true(fd >= 0);
	close(fd);
	return p;
}

static struct sbuf slurp(const char *path)
{
	struct sbuf b;
	struct sk_err e;

	assert_int_equal(file_read(path, (size_t)64 << 20, &b, &e), 0);
	return b;
}

/* A workbook with identity tahun and rows "KODE|JAWABAN|CATATAN|BUKTI"
 * (fields may be left off) from row 8; its bytes. */
static struct sbuf book(const char *tahun, const char *const *rows)
{
	static const char *const aHdr[] = { "Kode", "Uraian", "Jenis",
		"Bobot", "Jawaban", "Catatan", "Bukti", "Saran",
		"Bukti saran" };
	char *path = tmp_path(), *copy, *f, *save;
	lxw_workbook *wb = workbook_new(path);
	lxw_worksheet *ws = workbook_add_worksheet(wb, "LKE");
	struct sbuf b;
	int i, c;

	worksheet_write_string(ws, 0, 0, "Lembar Kerja Evaluasi", NULL);
	worksheet_write_string(ws, 1, 0, "Instansi", NULL);
	worksheet_write_string(ws, 1, 1, "dinas-uji", NULL);
	worksheet_write_string(ws, 2, 0, "Tahun", NULL);
	worksheet_write_string(ws, 2, 1, tahun, NULL);
	worksheet_write_string(ws, 3, 0, "tahap", NULL); /* any case */
	worksheet_write_string(ws, 3, 1, "usulan", NULL);
	worksheet_write_string(ws, 4, 0, "Template", NULL);
	worksheet_write_string(ws, 4, 1, " lke-88-2021 ", NULL);
	for (c = 0; c < 9; c++)
		worksheet_write_string(ws, 6, (lxw_col_t)c, aHdr[c], NULL);
	for (i = 0; rows[i]; i++) {
		save = copy = strdup(rows[i]);
		for (c = 0; (f = strsep(&save, "|")) != NULL; c++)
			worksheet_write_string(ws, (lxw_row_t)(7 + i),
					       (lxw_col_t)(c ? c + 3 : 0), f,
					       NULL);
		free(copy);
	}
	assert_int_equal(workbook_close(wb), LXW_NO_ERROR);
	b = slurp(path);
	unlink(path);
	free(path);
	return b;
}

/* ---- what the reader says --------------------------------------------------------- */

struct kasus {
	const char *name;
	const char *tahun;
	const char *rows[5];
	const char *want;   /* a line of the errors, or NULL: accepted */
};

static const struct kasus aKasus[] = {
	{ "Y on an A-E kriterion", "2024", { "1.b.3|y", NULL },
	  "t.xlsx: LKE!E8: jawaban.1.b.3: kriterion 1.b.3 is an A-E "
	  "kriterion: 'Y' is not allowed\n" },
	{ "methods mixed", "2024", { "1.a.1|Y", "2.c|BB", NULL },
	  "t.xlsx: LKE!E9: jawaban.2.c: answers a sub-komponen (method R), "
	  "but the sheet uses method P from 1.a.1 on: one file, one "
	  "method\n" },
	{ "unknown code", "2024", { "1.b.12|A", NULL },
	  "t.xlsx: LKE!A8: jawaban.1.b.12: no kriterion or sub-komponen "
	  "1.b.12 in template lke-88-2021\n" },
	{ "unknown code without an answer", "2024", { "1.a.1|Y", "9.z", NULL },
	  "t.xlsx: LKE!A9: jawaban.9.z: no kriterion or sub-komponen 9.z in "
	  "template lke-88-2021\n" },
	{ "text for a code", "2024", { "Lihat ini|A", NULL },
	  "t.xlsx: LKE!A8: kode: 'Lihat ini' is not a code (such as 1, 1.a "
	  "or 1.a.1)\n" },
	{ "a code twice", "2024", { "1.a.1|Y", "1.a.1|T", NULL },
	  "t.xlsx: LKE!A9: kode: 1.a.1 appears again (first on row 8)\n" },
	{ "not an answer", "2024", { "1.a.1|maybe", NULL },
	  "t.xlsx: LKE!E8: jawaban.1.a.1: 'MAYBE' is not an answer (Y, T, A, "
	  "B, C, D, E or NA for a kriterion; AA, A, BB, B, CC, C, D or E for a "
	  "sub-komponen)\n" },
	{ "NA off a pemda kriterion", "2024", { "1.a.1|NA", NULL },
	  "t.xlsx: LKE!E8: jawaban.1.a.1: NA is only allowed on a kriterion "
	  "that only a pemda has\n" },
	{ "evidence without an answer", "2024", { "1.a.1|-||x.pdf", NULL },
	  "t.xlsx: LKE!E8: jawaban.1.a.1: no answer, but the row has a note "
	  "or evidence: answer it or clear Catatan and Bukti\n" },
	{ "no answers", "2024", { "1.a.1|\xe2\x80\x93", NULL },
	  "t.xlsx: LKE: jawaban: no answers\n" },
	{ "a year that is not", "dua ribu", { "1.a.1|Y", NULL },
	  "t.xlsx: LKE!B3: tahun: 'dua ribu' is not a year (1900-2199)\n" },
	/* one line each, a line break in the cell shown as a space (found
	 * by test/fuzz/fuzz_lke_xlsx) */
	{ "a year on two lines", "20\n24", { "1.a.1|Y", NULL },
	  "t.xlsx: LKE!B3: tahun: '20 24' is not a year (1900-2199)\n" },
	{ "an answer on two lines", "2024", { "1.a.1|Y\r\nT", NULL },
	  "t.xlsx: LKE!E8: jawaban.1.a.1: 'Y  T' is not an answer" },
	{ "lower case, spaces, NA on 1.a.2", "2024",
	  { " 1.a.2 |na", "1.a.1| y |catatan|a.pdf\n\n b.pdf ", "1.b.3|b",
	    "1.b.4|Kosong" }, NULL },
};

static void test_reader_messages(void **state)
{
	size_t i;

	(void)state;
	for (i = 0; i < sizeof aKasus / sizeof aKasus[0]; i++) {
		const struct kasus *k = &aKasus[i];
		struct sbuf b = book(k->tahun, k->rows), errs = SBUF_INIT(0);
		const struct lke_template *t;
		struct lke_lembar l;
		int rc;

		lke_lembar_init(&l);
		rc = lke_xlsx_read("t.xlsx", b.z, b.n, NULL, NULL, &l, &t, &errs);
		if (!k->want ? rc != 0 : (rc != SK_EINVAL ||
					   !strstr(errs.z, k->want)))
			fail_msg("%s: rc %d, errors:\n%s", k->name, rc, errs.z);
		if (!k->want) {
			const struct lke_jawaban *j = lke_lembar_find(&l, "1.a.1");
			assert_int_equal(l.metode, LKE_METODE_P);
			assert_int_equal(l.n, 3);
			assert_int_equal(lke_lembar_find(&l, "1.a.2")->nilai,
					 LKE_NA);
			assert_int_equal(lke_lembar_find(&l, "1.b.3")->nilai,
					 LKE_B);
			assert_int_equal(j->nilai, LKE_Y);
			assert_string_equal(j->catatan, "catatan");
			assert_int_equal(j->nbukti, 2);
			assert_string_equal(j->bukti[1], "b.pdf");
			assert_string_equal(l.instansi, "dinas-uji");
			assert_string_equal(l.template_kode, "lke-88-2021");
			assert_int_equal(l.tahap, LKE_USULAN);
			assert_ptr_equal(t, &lke_template_88_2021);
		}
		lke_lembar_free(&l);
		sbuf_release(&errs);
		sbuf_release(&b);
	}
}

static void test_not_a_workbook(void **state)
{
	static const char zJson[] = "{\"format\": \"sakip-lke/1\"}";
	struct sbuf errs = SBUF_INIT(0);
	const struct lke_template *t = (const struct lke_template *)1;
	struct lke_lembar l;

	(void)state;
	lke_lembar_init(&l);
	assert_int_equal(lke_xlsx_read("x.json", zJson, sizeof zJson - 1, NULL,
				       NULL, &l, &t, &errs), SK_EINVAL);
	assert_null(t);
	assert_string_equal(errs.z, "x.json: not an XLSX workbook (not a zip "
			    "archive)\n");
	assert_int_equal(l.n, 0);
	sbuf_release(&errs);
}

/* An usulan or a penetapan answering 1.a.1, with a Nomor LHE row and a
 * note on komponen 1 in sheet Catatan when given; its bytes. */
static struct sbuf book_lhe(const char *tahap, const char *nomor,
			    const char *catatan)
{
	static const char *const aHdr[] = { "Kode", "Uraian", "Jenis",
		"Bobot", "Jawaban", "Catatan", "Bukti", "Saran",
		"Bukti saran" };
	char *path = tmp_path();
	lxw_workbook *wb = workbook_new(path);
	lxw_worksheet *ws = workbook_add_worksheet(wb, "LKE"), *cs;
	struct sbuf b;
	int c;

	worksheet_write_string(ws, 1, 0, "Instansi", NULL);
	worksheet_write_string(ws, 1, 1, "dinas-uji", NULL);
	worksheet_write_string(ws, 2, 0, "Tahun", NULL);
	worksheet_write_number(ws, 2, 1, 2024, NULL);
	worksheet_write_string(ws, 3, 0, "Tahap", NULL);
	worksheet_write_string(ws, 3, 1, tahap, NULL);
	worksheet_write_string(ws, 4, 0, "Template", NULL);
	worksheet_write_string(ws, 4, 1, "lke-88-2021", NULL);
	if (nomor) {
		worksheet_write_string(ws, 5, 0, "Nomor LHE", NULL);
		worksheet_write_string(ws, 5, 1, nomor, NULL);
	}
	for (c = 0; c < 9; c++)
		worksheet_write_string(ws, 6, (lxw_col_t)c, aHdr[c], NULL);
	worksheet_write_string(ws, 7, 0, "1.a.1", NULL);
	worksheet_write_string(ws, 7, 4, "Y", NULL);
	if (catatan) {
		cs = workbook_add_worksheet(wb, "Catatan");
		worksheet_write_string(cs, 0, 0, "Kode", NULL);
		worksheet_write_string(cs, 0, 1, "Uraian", NULL);
		worksheet_write_string(cs, 0, 2, "Catatan", NULL);
		worksheet_write_string(cs, 1, 0, "1", NULL);
		worksheet_write_string(cs, 1, 2, catatan, NULL);
	}
	assert_int_equal(workbook_close(wb), LXW_NO_ERROR);
	b = slurp(path);
	unlink(path);
	free(path);
	return b;
}

/* The LHE part is a penetapan's: the writer lays out no LHE rows and no
 * Catatan sheet for an usulan, so an usulan bringing them is refused
 * rather than read and then lost on the next export (found by
 * test/fuzz/fuzz_lke_xlsx: read, written, read again, they were gone). */
static void test_usulan_lhe(void **state)
{
	static const struct {
		const char *tahap, *nomor, *catatan, *want;
	} aCase[] = {
		{ "usulan", "700/1/2025", NULL, "t.xlsx: LKE!B6: lhe.nomor: "
		  "only a penetapan has an LHE; this worksheet is an usulan\n" },
		{ "usulan", NULL, "Perlu perbaikan", "t.xlsx: Catatan!C2: "
		  "catatan.1: only a penetapan has notes for the LHE; this "
		  "worksheet is an usulan\n" },
		{ "penetapan", "700/1/2025", "Perlu perbaikan", NULL },
		{ "usulan", NULL, NULL, NULL },
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof aCase / sizeof aCase[0]; i++) {
		struct sbuf b = book_lhe(aCase[i].tahap, aCase[i].nomor,
					 aCase[i].catatan);
		struct sbuf errs = SBUF_INIT(0);
		const struct lke_template *t;
		struct lke_lembar l;
		int rc;

		lke_lembar_init(&l);
		rc = lke_xlsx_read("t.xlsx", b.z, b.n, NULL, NULL, &l, &t, &errs);
		if (aCase[i].want) {
			assert_int_equal(rc, SK_EINVAL);
			assert_string_equal(errs.z, aCase[i].want);
		} else {
			if (rc)
				fail_msg("case %zu: %s", i, errs.z);
			assert_int_equal(l.ncatatan, aCase[i].catatan ? 1 : 0);
			if (aCase[i].nomor)
				assert_string_equal(l.lhe_nomor, aCase[i].nomor);
		}
		lke_lembar_free(&l);
		sbuf_release(&errs);
		sbuf_release(&b);
	}
}

/* ---- the writer, read back ----------------------------------------------------------- */

static const char *aBukti[] = { "https://contoh.go.id/a.pdf", "b.pdf" };
static struct lke_jawaban aJawab[] = {
	{ "1.a.1", LKE_Y, "Perbup 12/2021", aBukti, 2, LKE_Y, "PK ada" },
	{ "1.a.2", LKE_NA, NULL, NULL, 0, 0, NULL },
	{ "1.b.3", LKE_C, "sebagian \"tanda\" & <kurung>", NULL, 0, LKE_A,
	  NULL },
	{ "4.c.5", LKE_E, NULL, NULL, 0, 0, NULL },
};
static struct lke_catatan aCatatan[] = { { "1", "Perencanaan baik." },
					 { "4.c", "Belum ada." } };
static struct lke_rekomendasi aRek[] = {
	{ 2, "Kedua", "1.b", "sedang", "2025-06-30", 0 },
	{ 1, "Pertama", NULL, NULL, NULL, 0 },
};

static void test_roundtrip(void **state)
{
	struct lke_lembar l, back;
	struct sbuf a = SBUF_INIT(0), b = SBUF_INIT(0), errs = SBUF_INIT(0);
	struct sbuf x;
	const struct lke_template *t;
	struct sk_err e;
	char *path = tmp_path(), cell[LKE_XLSX_CELLSZ];

	(void)state;
	lke_lembar_init(&l);
	l.template_kode = LKE_TEMPLATE_88_2021;
	l.instansi = "dinas-uji";
	l.tahun = 2024;
	l.tahap = LKE_PENETAPAN;
	l.metode = LKE_METODE_P;
	l.n = 4;
	l.j = aJawab;
	l.lhe_nomor = "700/1/2025";
	l.lhe_tanggal = "2025-03-14";
	l.evaluator = "Inspektur";
	l.ncatatan = 2;
	l.catatan = aCatatan;
	l.nrekomendasi = 2;
	l.rekomendasi = aRek;
	assert_int_equal(lke_xlsx_write(&lke_template_88_2021, &l, path, &e), 0);
	x = slurp(path);
	unlink(path);
	free(path);
	lke_lembar_init(&back);
	if (lke_xlsx_read("w.xlsx", x.z, x.n, NULL, NULL, &back, &t, &errs))
		fail_msg("%s", errs.z);
	lke_json_write(&lke_template_88_2021, &l, &a);
	lke_json_write(t, &back, &b);
	assert_string_equal(a.z, b.z);
	/* the cell the consistency messages name: 1.b.3 on row 24 */
	assert_string_equal(lke_xlsx_cell(t, LKE_PENETAPAN, "1.b.3", cell),
			    "LKE!E24");
	assert_string_equal(lke_xlsx_cell(t, LKE_USULAN, "1.b.3", cell),
			    "LKE!E21");
	assert_string_equal(lke_xlsx_cell(t, LKE_USULAN, "9.z", cell), "LKE");
	lke_lembar_free(&back);
	sbuf_release(&a);
	sbuf_release(&b);
	sbuf_release(&x);
	sbuf_release(&errs);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_reader_messages),
		cmocka_unit_test(test_not_a_workbook),
		cmocka_unit_test(test_usulan_lhe),
		cmocka_unit_test(test_roundtrip),
	};

	return cmocka_run_group_tests_name("lke_xlsx", tests, NULL, NULL);
}
