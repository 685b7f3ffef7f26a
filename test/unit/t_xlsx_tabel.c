/* Tables applied to a package: headers recognised, cells as values of an
 * indicator, CSV read, template rows applied (and refused row by row),
 * the template's Meta sheet, mapping files. */
#include "core/model.h"
#include "io/csv_read.h"
#include "io/json.h"
#include "io/tabular.h"
#include "io/tabular_map.h"
#include "io/xlsx_read.h"
#include "io/xlsx_template.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

static const char zPkg[] =
	"{\"format\": \"sakip/1\", \"pemda\": {\"kode\": \"9901\", \"nama\": \"Kota\"},"
	" \"instansi\": [{\"kode\": \"dinas\", \"nama\": \"Dinas\","
	"  \"tujuan\": [{\"kode\": \"T1\", \"uraian\": \"Tujuan satu\","
	"   \"sasaran\": [{\"kode\": \"S1\", \"uraian\": \"Sasaran satu\","
	"    \"indikator\": ["
	"     {\"kode\": \"IKU-1\", \"uraian\": \"Indeks kepuasan\", \"target\": {\"2024\": \"85\"}},"
	"     {\"kode\": \"IKU-2\", \"uraian\": \"Nilai SAKIP\", \"tipe\": \"predikat\", \"skala\": \"akip\"},"
	"     {\"kode\": \"IKU-3\", \"uraian\": \"Catatan\", \"tipe\": \"teks\"}],"
	"    \"program\": [{\"kode\": \"P1\", \"uraian\": \"Program\","
	"     \"indikator\": [{\"kode\": \"X\", \"uraian\": \"Kembar dua\","
	"       \"realisasi_periode\": {\"2024\": {\"jenis\": \"bulan\", \"nilai\": [\"1\",null,null,null,null,null,null,null,null,null,null,null]}}}]}]}]}]}]}";

static void load(struct pkg *p)
{
	struct sbuf errs = SBUF_INIT(0);

	pkg_init(p);
	if (json_read_pkg("t", zPkg, strlen(zPkg), p, &errs))
		fail_msg("package: %s", errs.z);
	sbuf_release(&errs);
}

static struct indikator *ind(struct pkg *p, const char *kode, int nth)
{
	struct tab_ind *a;
	struct indikator *r = NULL;
	int n, i;

	assert_int_equal(tab_indikator_list(&p->instansi[0], &a, &n), 0);
	for (i = 0; i < n; i++)
		if (strcmp(a[i].ind->kode, kode) == 0 && nth-- == 0)
			r = a[i].ind;
	free(a);
	assert_non_null(r);
	return r;
}

static const char *val(const struct tahunan *t, int tahun)
{
	const struct nilai *n = tahunan_get(t, tahun);
	return n ? n->raw : NULL;
}

/* ---- headers ---------------------------------------------------------------- */

static void t_header(void **state)
{
	static const struct { const char *h; enum tab_kind k; int tahun, q; } a[] = {
		{ "Kode Indikator", TAB_KODE, 0, 0 }, { "kode", TAB_KODE, 0, 0 },
		{ "KODE_INDIKATOR", TAB_KODE, 0, 0 }, { " Kode  Induk ", TAB_INDUK, 0, 0 },
		{ "kode_instansi", TAB_INSTANSI, 0, 0 }, { "Target 2024", TAB_TARGET, 2024, 0 },
		{ "target_2025", TAB_TARGET, 2025, 0 }, { "Target Akhir", TAB_TARGET_AKHIR, 0, 0 },
		{ "Realisasi\n2024", TAB_REALISASI, 2024, 0 },
		{ "TW II 2024", TAB_TRIWULAN, 2024, 2 }, { "tw4", TAB_TRIWULAN, 2023, 4 },
		{ "Triwulan III", TAB_TRIWULAN, 2023, 3 },
		{ "realisasi_2024_tw1", TAB_TRIWULAN, 2024, 1 },
		{ "Indikator", TAB_NONE, 0, 0 }, { "Target", TAB_NONE, 0, 0 },
		{ "Target 24", TAB_NONE, 0, 0 }, { "TW V 2024", TAB_NONE, 0, 0 },
		{ "Realisasi 2024 (%)", TAB_NONE, 0, 0 }, { "", TAB_NONE, 0, 0 },
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof a / sizeof a[0]; i++) {
		struct tab_col c;
		tab_header_parse(a[i].h, 2023, &c);
		if (c.kind != a[i].k || c.tahun != a[i].tahun || c.periode != a[i].q)
			fail_msg("'%s': kind %d %d %d, want %d %d %d", a[i].h, c.kind,
				 c.tahun, c.periode, a[i].k, a[i].tahun, a[i].q);
	}
}

/* ---- cells as values ------------------------------------------------------------ */

static void t_nilai(void **state)
{
	static const struct {
		const char *kode;
		enum xlsx_type type;
		const char *text;
		int pct, want;
		const char *out; /* raw, or a piece of the message */
		int is_num;
	} a[] = {
		{ "IKU-1", XLSX_NUMBER, "84.02", 0, 1, "84.02", 1 },
		{ "IKU-1", XLSX_TEXT, " 84,02 ", 0, 1, "84,02", 0 },
		{ "IKU-1", XLSX_TEXT, "97,36%", 0, 1, "97,36%", 0 },
		{ "IKU-1", XLSX_NUMBER, "97.36", 1, 1, "97,36%", 0 },
		{ "IKU-1", XLSX_TEXT, "-", 0, 0, NULL, 0 },
		{ "IKU-1", XLSX_TEXT, "  ", 0, 0, NULL, 0 },
		{ "IKU-1", XLSX_TEXT, "delapan", 0, -1, "'delapan' is not a number (indicator IKU-1 is tipe angka)", 0 },
		{ "IKU-1", XLSX_ERROR, "#DIV/0!", 0, -1, "is a spreadsheet error", 0 },
		{ "IKU-1", XLSX_TEXT, "BB", 0, -1, "without a scale", 0 },
		{ "IKU-1", XLSX_DATE, "2024-01-02", 0, -1, "a date (2024-01-02) is not a value", 0 },
		{ "IKU-1", XLSX_BOOL, "TRUE", 0, -1, "TRUE is not a value", 0 },
		{ "IKU-2", XLSX_TEXT, "BB", 0, 1, "BB", 0 },
		{ "IKU-2", XLSX_TEXT, "A (85,44)", 0, 1, "A (85,44)", 0 },
		{ "IKU-2", XLSX_TEXT, "ZZ", 0, -1, "'ZZ' is not a grade of scale akip", 0 },
		{ "IKU-2", XLSX_NUMBER, "75", 0, -1, "is not a grade of scale akip", 0 },
		{ "IKU-3", XLSX_TEXT, "Tidak ada temuan", 0, 1, "Tidak ada temuan", 0 },
	};
	struct pkg p;
	size_t i;

	(void)state;
	load(&p);
	for (i = 0; i < sizeof a / sizeof a[0]; i++) {
		struct xlsx_cell c = { 5, 8, a[i].type, a[i].text, NULL, 0, 0,
				       (unsigned char)a[i].pct };
		struct nilai n;
		char why[256] = "";
		int rc = tab_nilai(&p.arena, &c, ind(&p, a[i].kode, 0), NULL, &n, why,
				   sizeof why);

		if (rc != a[i].want)
			fail_msg("%zu '%s': %d (%s), want %d", i, a[i].text, rc, why,
				 a[i].want);
		if (rc == 1 && (strcmp(n.raw, a[i].out) || n.is_num != a[i].is_num))
			fail_msg("%zu '%s': raw '%s' num %d", i, a[i].text, n.raw, n.is_num);
		if (rc < 0 && !strstr(why, a[i].out))
			fail_msg("%zu '%s': message '%s'", i, a[i].text, why);
	}
	/* a stored text value given back unchanged passes */
	{
		struct xlsx_cell c = { 5, 8, XLSX_TEXT, "delapan", NULL, 0, 0, 0 };
		struct nilai cur = { "delapan", 0, { 0 } }, n;
		char why[256];
		assert_int_equal(tab_nilai(&p.arena, &c, ind(&p, "IKU-1", 0), &cur, &n,
					   why, sizeof why), 1);
	}
	pkg_free(&p);
}

/* ---- CSV -------------------------------------------------------------------------- */

static void t_csv(void **state)
{
	struct xlsx_book b;
	struct xlsx_limits lim;
	struct sk_err e = { 0, "" };
	const char *semi = "\xef\xbb\xbfKode;Nilai;Catatan\r\nIKU-1;84,02;\"dua\nbaris; ya\"\r\n;;\r\nIKU-2;;x\r\n";

	(void)state;
	assert_int_equal(csv_delimiter("a;b;c", 5), ';');
	assert_int_equal(csv_delimiter("a,b;c,d", 7), ',');
	assert_int_equal(csv_delimiter("a\tb", 3), '\t');
	assert_int_equal(csv_delimiter("\"a;b\",c", 7), ',');
	assert_int_equal(csv_delimiter("abc\nd;e", 7), ';');  /* a title line */
	assert_int_equal(csv_delimiter("abc\nde\n", 7), 0);
	if (csv_read("x.csv", semi, strlen(semi), NULL, &b, &e))
		fail_msg("%s", e.msg);
	assert_int_equal(b.nsheet, 1);
	assert_string_equal(b.sheet[0].name, "x.csv");
	assert_string_equal(xlsx_text(&b.sheet[0], 1, 0), "Kode");
	assert_string_equal(xlsx_text(&b.sheet[0], 2, 1), "84,02");
	assert_string_equal(xlsx_text(&b.sheet[0], 2, 2), "dua\nbaris; ya");
	assert_null(xlsx_cell(&b.sheet[0], 3, 0));
	assert_string_equal(xlsx_text(&b.sheet[0], 4, 2), "x");
	assert_int_equal(b.sheet[0].nrow, 4);
	xlsx_free(&b);

	assert_int_equal(csv_read("b.csv", "a,b\nc,\xff\xfe\n", 10, NULL, &b, &e),
			 SK_EINVAL);
	assert_string_equal(e.msg, "b.csv!B2: not UTF-8 text");
	assert_int_equal(b.nsheet, 0);
	xlsx_limits_default(&lim);
	lim.max_rows = 2;
	assert_int_equal(csv_read("c.csv", "a\nb\nc\n", 6, &lim, &b, &e), SK_ELIMIT);
	assert_string_equal(e.msg, "c.csv!A3: more than 2 rows");
}

/* ---- tables applied ------------------------------------------------------------------ */

static int apply_csv(struct pkg *p, const char *csv, int sebagian,
		     struct tab_hasil *h, struct sbuf *errs)
{
	struct xlsx_book b;
	struct sk_err e = { 0, "" };
	struct tab_opsi o = { "dinas", 2024, sebagian, 0, 0 };
	int rc;

	if (csv_read("t.csv", csv, strlen(csv), NULL, &b, &e))
		fail_msg("%s", e.msg);
	rc = tab_apply(p, &b.sheet[0], &o, h, errs);
	xlsx_free(&b);
	return rc;
}

static void t_apply(void **state)
{
	struct pkg p;
	struct tab_hasil h;
	struct sbuf errs = SBUF_INIT(0);
	struct indikator *i1;

	(void)state;
	load(&p);
	assert_int_equal(apply_csv(&p, "judul\n\nKode Indikator;Kode Induk;Target 2025;"
		"Realisasi 2024;TW I 2024;TW II 2024\nIKU-1;;88;84,02;20;\n"
		"IKU-2;S1;;BB;;\nX;P1;;;;\n\n", 0, &h, &errs), 0);
	assert_string_equal(errs.z, "");
	assert_int_equal(h.nbaris, 3);
	assert_int_equal(h.nbaris_ok, 3);
	i1 = ind(&p, "IKU-1", 0);
	assert_string_equal(val(&i1->target, 2025), "88");
	assert_string_equal(val(&i1->target, 2024), "85");   /* not a column */
	assert_string_equal(val(&i1->realisasi, 2024), "84,02");
	assert_int_equal(i1->nperiode, 1);
	assert_int_equal(i1->periode[0].n, 4);
	assert_string_equal(i1->periode[0].a[0].raw, "20");
	assert_null(i1->periode[0].a[1].raw);
	assert_string_equal(val(&ind(&p, "IKU-2", 0)->realisasi, 2024), "BB");
	/* an empty cell removes; all four quarters empty removes the year */
	assert_int_equal(apply_csv(&p, "Kode Indikator;Realisasi 2024;TW I 2024\n"
		"IKU-1;;-\n", 0, &h, &errs), 0);
	assert_null(val(&i1->realisasi, 2024));
	assert_int_equal(i1->nperiode, 0);

	/* problems: each with its cell; the good row still applied with sebagian */
	assert_int_equal(apply_csv(&p, "Kode Indikator;Kode Induk;Realisasi 2024;TW I 2024\n"
		"IKU-1;;satu;\nIKU-9;;1;\nX;S1;1;\nIKU-2;;ZZ;\nIKU-3;;ada;\n"
		"X;P1;;5\n;;7;\n", 1, &h, &errs), SK_EINVAL);
	assert_string_equal(errs.z,
		"t.csv!C2: 'satu' is not a number (indicator IKU-1 is tipe angka)\n"
		"t.csv!A3: no indicator 'IKU-9' in instansi 'dinas'\n"
		"t.csv!A4: no indicator 'X' under S1 in instansi 'dinas'\n"
		"t.csv!C5: 'ZZ' is not a grade of scale akip\n"
		"t.csv!D7: indicator X is reported by month in 2024; quarters cannot be set\n"
		"t.csv!A8: values without an indicator code\n");
	assert_int_equal(h.nbaris_ok, 1);
	assert_int_equal(h.nbaris_salah, 6);
	assert_string_equal(val(&ind(&p, "IKU-3", 0)->realisasi, 2024), "ada");
	assert_null(val(&i1->realisasi, 2024));
	sbuf_reset(&errs);
	/* the same indicator twice: both rows named */
	assert_int_equal(apply_csv(&p, "kode;realisasi_2024\nIKU-3;a\nIKU-1;1\nIKU-3;b\n",
				   0, &h, &errs), SK_EINVAL);
	assert_string_equal(errs.z,
		"t.csv!A2: indicator 'IKU-3' is given more than once (rows 2 and 4)\n"
		"t.csv!A4: indicator 'IKU-3' is given more than once (rows 2 and 4)\n");
	sbuf_reset(&errs);
	assert_int_equal(apply_csv(&p, "Kode Indikator;Uraian\nIKU-1;x\n", 0, &h, &errs),
			 SK_EINVAL);
	assert_string_equal(errs.z, "t.csv: no header row with 'Kode Indikator' "
			    "and a value column in the first ten rows\n");
	sbuf_release(&errs);
	pkg_free(&p);
}

/* ---- a template written and read back --------------------------------------------------- */

static void t_template(void **state)
{
	char path[] = "/tmp/t_xlsx_tabelXXXXXX";
	struct template_meta m;
	struct xlsx_book b;
	struct sk_err e = { 0, "" };
	struct sbuf errs = SBUF_INIT(0), file = SBUF_INIT(0);
	struct tab_hasil h;
	struct tab_opsi o;
	const struct xlsx_sheet *s;
	struct pkg p;
	FILE *f;
	char buf[4096];
	size_t n;
	int fd = mkstemp(path);

	(void)state;
	assert_true(fd >= 0);
	close(fd);
	load(&p);
	assert_int_equal(xlsx_template_write(&p, "nope", TEMPLATE_REALISASI, 2024,
					     path, &e), SK_ENOTFOUND);
	if (xlsx_template_write(&p, "dinas", TEMPLATE_REALISASI, 2024, path, &e))
		fail_msg("%s", e.msg);
	f = fopen(path, "rb");
	while ((n = fread(buf, 1, sizeof buf, f)) > 0)
		sbuf_add(&file, buf, n);
	fclose(f);
	unlink(path);
	if (xlsx_read(file.z, file.n, NULL, &b, &e))
		fail_msg("%s", e.msg);
	assert_int_equal(template_meta_read(&b, &m, &e), 1);
	assert_int_equal(m.jenis, TEMPLATE_REALISASI);
	assert_string_equal(m.instansi, "dinas");
	assert_string_equal(m.pemda, "9901");
	assert_int_equal(m.tahun, 2024);
	assert_int_equal(m.header_row, TEMPLATE_HEADER_ROW);
	s = xlsx_sheet(&b, m.lembar);
	assert_non_null(s);
	assert_true(xlsx_sheet(&b, TEMPLATE_META)->hidden);
	assert_string_equal(xlsx_text(s, 4, 2), "Kode Indikator");
	assert_string_equal(xlsx_text(s, 4, 8), "Realisasi 2024");
	assert_string_equal(xlsx_text(s, 4, 12), "TW IV 2024");
	assert_string_equal(xlsx_text(s, 5, 2), "IKU-1");
	assert_string_equal(xlsx_text(s, 5, 7), "85");           /* target, locked */
	assert_string_equal(xlsx_text(s, 8, 9), "(bulanan)");    /* X under P1 */
	assert_string_equal(xlsx_text(s, 6, 6), "predikat (akip)");
	memset(&o, 0, sizeof o);
	o.instansi = m.instansi;
	o.tahun = m.tahun;
	o.header_row = m.header_row;
	o.kinds = (1u << TAB_REALISASI) | (1u << TAB_TRIWULAN);
	assert_int_equal(tab_apply(&p, s, &o, &h, &errs), 0);
	assert_string_equal(errs.z, "");
	assert_int_equal(h.nbaris_ok, 4);
	sbuf_release(&errs);
	sbuf_release(&file);
	xlsx_free(&b);
	pkg_free(&p);
}

/* ---- mapping files ------------------------------------------------------------------------ */

static void t_map_read(void **state)
{
	static const struct { const char *json, *msg; } a[] = {
		{ "[]", "m.json: must be a JSON object" },
		{ "{\"format\": \"x\"}", "m.json: format: must be \"sakip-mapping/1\"" },
		{ "{\"kolom\": {\"indikator\": \"C\"}, \"warna\": 1}", "m.json: warna: unknown key" },
		{ "{\"kolom\": {\"indikator\": \"C\", \"nilai\": \"D\"}}", "m.json: kolom.nilai: unknown key" },
		{ "{\"kolom\": {\"satuan\": \"C\", \"target\": {\"2024\": \"D\"}}}", "needs 'indikator' or 'kode'" },
		{ "{\"kolom\": {\"indikator\": \"C\"}}", "needs a value column" },
		{ "{\"kolom\": {\"indikator\": \"C\", \"target\": {\"24\": \"D\"}}}", "kolom.target.24: the key must be a year" },
		{ "{\"kolom\": {\"indikator\": \"C\", \"baseline\": \"D\"}}", "baseline_tahun: required" },
		{ "{\"kolom\": {\"indikator\": \"C\", \"target\": {\"kolom_awal\": \"x1\", \"tahun_awal\": 2024, \"tahun_akhir\": 2026}}}", "needs kolom_awal (a column letter)" },
		{ "{\"kolom\": ", "m.json: 1:" },
	};
	struct tab_map *m;
	struct sk_err e;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof a / sizeof a[0]; i++) {
		e.msg[0] = 0;
		if (tab_map_read("m.json", a[i].json, strlen(a[i].json), &m, &e) == 0)
			fail_msg("'%s' accepted", a[i].json);
		if (!strstr(e.msg, a[i].msg))
			fail_msg("'%s': '%s', want '%s'", a[i].json, e.msg, a[i].msg);
		assert_null(m);
	}
}

static void t_map_apply(void **state)
{
	static const char map[] =
		"{\"format\": \"sakip-mapping/1\", \"baris_judul\": 2, \"tambah\": true,"
		" \"instansi\": \"dinas\", \"kolom\": {\"tujuan\": \"A\", \"sasaran\": \"B\","
		" \"indikator\": \"Indikator\", \"satuan\": \"D\", \"polaritas\": \"E\","
		" \"target\": {\"kolom_awal\": \"F\", \"tahun_awal\": 2024, \"tahun_akhir\": 2025}}}";
	static const char csv[] =
		"Matriks\n"
		"Tujuan;Sasaran;Indikator;Satuan;Arah;2024;2025\n"
		"Tujuan satu;Sasaran satu;Indeks kepuasan;;;86;87\n"
		";Sasaran baru;;;;;\n"
		";;Angka kemiskinan;%;turun;9,5;9\n"
		";;Cakupan air bersih;%;naik;70;tujuh puluh\n"
		"Tujuan dua;;Indikator tujuan dua;;;5;6\n"
		";;Kembar dua;;;1;\n"
		";;Angka kemiskinan;%;turun;9,4;9\n";
	struct tab_map *m;
	struct xlsx_book b;
	struct sk_err e = { 0, "" };
	struct sbuf errs = SBUF_INIT(0);
	const struct xlsx_sheet *s;
	struct tab_opsi o;
	struct tab_hasil h;
	struct pkg p;
	struct indikator *k;

	(void)state;
	load(&p);
	assert_int_equal(tab_map_read("m.json", map, strlen(map), &m, &e), 0);
	assert_int_equal(csv_read("r.csv", csv, strlen(csv), NULL, &b, &e), 0);
	memset(&o, 0, sizeof o);
	o.sebagian = 1;
	if (tab_map_plan(m, &b, &s, &o, &e))
		fail_msg("%s", e.msg);
	assert_string_equal(o.instansi, "dinas");
	assert_int_equal(tab_map_apply(&p, m, s, &o, &h, &errs), SK_EINVAL);
	assert_string_equal(errs.z,
		"r.csv!G6: 'tujuh puluh' is not a number (indicator Cakupan air bersih is tipe angka)\n"
		"r.csv!C9: indicator 'IK-S2-1' is given more than once (rows 5 and 9)\n");
	assert_int_equal(h.nbaris_ok, 4);
	assert_int_equal(h.nbaris_salah, 2);
	assert_string_equal(val(&ind(&p, "IKU-1", 0)->target, 2024), "86");
	/* "Sasaran baru" added under T1 as S2, its indicator coded from it */
	assert_int_equal(p.instansi[0].ntujuan, 2);
	assert_int_equal(p.instansi[0].tujuan[0].nanak, 2);
	assert_string_equal(p.instansi[0].tujuan[0].anak[1].kode, "S2");
	k = ind(&p, "IK-S2-1", 0);
	assert_string_equal(k->uraian, "Angka kemiskinan");
	assert_int_equal(k->polaritas, POL_NEGATIF);
	assert_string_equal(k->satuan, "%");
	assert_string_equal(val(&k->target, 2024), "9,5");
	/* a new tujuan with an indicator of its own; an existing indicator
	 * found by name anywhere */
	assert_string_equal(p.instansi[0].tujuan[1].kode, "T2");
	assert_string_equal(p.instansi[0].tujuan[1].uraian, "Tujuan dua");
	assert_string_equal(val(&ind(&p, "IK-T2-1", 0)->target, 2025), "6");
	assert_string_equal(val(&ind(&p, "X", 0)->target, 2024), "1");
	sbuf_release(&errs);
	xlsx_free(&b);
	tab_map_free(m);
	pkg_free(&p);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(t_header),
		cmocka_unit_test(t_nilai),
		cmocka_unit_test(t_csv),
		cmocka_unit_test(t_apply),
		cmocka_unit_test(t_template),
		cmocka_unit_test(t_map_read),
		cmocka_unit_test(t_map_apply),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
