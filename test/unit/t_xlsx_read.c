/* The XLSX reader: workbooks written by libxlsxwriter, and zips built here
 * with libzip for what it never writes (inline strings, rich text,
 * phonetic runs, cells without references, DTDs, lying sizes). */
#include "io/xlsx_read.h"
#include "io/xlsx_read_priv.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>
#include <xlsxwriter.h>
#include <zip.h>

/* ---- building zips in memory -------------------------------------------- */

struct part {
	const char *name;
	const char *data; /* NUL-terminated, or len given */
	size_t len;
};

struct blob {
	char *p;
	size_t n;
};

static struct blob zip_build(const struct part *parts, int nparts)
{
	zip_error_t ze;
	zip_source_t *src;
	zip_t *za;
	zip_stat_t st;
	struct blob b = { NULL, 0 };
	int i;

	zip_error_init(&ze);
	src = zip_source_buffer_create(NULL, 0, 0, &ze);
	assert_non_null(src);
	zip_source_keep(src);
	za = zip_open_from_source(src, ZIP_TRUNCATE, &ze);
	assert_non_null(za);
	for (i = 0; i < nparts; i++) {
		size_t len = parts[i].len ? parts[i].len : strlen(parts[i].data);
		zip_source_t *s = zip_source_buffer(za, parts[i].data, len, 0);
		assert_non_null(s);
		assert_true(zip_file_add(za, parts[i].name, s, ZIP_FL_OVERWRITE) >= 0);
	}
	assert_int_equal(zip_close(za), 0);
	assert_int_equal(zip_source_open(src), 0);
	zip_stat_init(&st);
	assert_int_equal(zip_source_stat(src, &st), 0);
	b.n = (size_t)st.size;
	b.p = malloc(b.n ? b.n : 1);
	assert_int_equal(zip_source_read(src, b.p, b.n), (zip_int64_t)b.n);
	zip_source_close(src);
	zip_source_free(src);
	zip_error_fini(&ze);
	return b;
}

static const char zRels[] =
	"<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
	"<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
	"<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
	"</Relationships>";

static const char zBook[] =
	"<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
	"<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
	"xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
	"<sheets><sheet name=\"Data Satu\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";

static const char zBookRels[] =
	"<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
	"<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
	"<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
	"<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"/xl/sharedStrings.xml\"/>"
	"<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
	"<Relationship Id=\"rId9\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink\" Target=\"http://example.org/x\" TargetMode=\"External\"/>"
	"</Relationships>";

static const char zStyles[] =
	"<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
	"<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\"/></numFmts>"
	"<cellXfs count=\"4\"><xf numFmtId=\"0\"/><xf numFmtId=\"164\"/><xf numFmtId=\"4\"/>"
	"<xf numFmtId=\"14\"/></cellXfs></styleSheet>";

static const char zSst[] =
	"<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"3\" uniqueCount=\"3\">"
	"<si><t>Kode</t></si>"
	"<si><r><t>Rich </t></r><r><rPr><b/></rPr><t>teks</t></r><rPh><t>PHONETIC</t></rPh></si>"
	"<si><t xml:space=\"preserve\">baris_x000D_\nbaru</t></si>"
	"</sst>";

#define SHEET_HEAD "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
#define SHEET_TAIL "</sheetData></worksheet>"

/* A workbook of one sheet "Data Satu" with the given sheetData rows and
 * what follows sheetData (merges). */
static struct blob book_with(const char *sheet_xml)
{
	struct part parts[] = {
		{ "_rels/.rels", zRels, 0 },
		{ "xl/workbook.xml", zBook, 0 },
		{ "xl/_rels/workbook.xml.rels", zBookRels, 0 },
		{ "xl/styles.xml", zStyles, 0 },
		{ "xl/sharedStrings.xml", zSst, 0 },
		{ "xl/worksheets/sheet1.xml", sheet_xml, 0 },
	};
	return zip_build(parts, 6);
}

static int read_blob(struct blob b, const struct xlsx_limits *lim,
		     struct xlsx_book *book, struct sk_err *e)
{
	int rc = xlsx_read(b.p, b.n, lim, book, e);
	free(b.p);
	return rc;
}

static void expect_cell(const struct xlsx_sheet *s, const char *ref,
			enum xlsx_type type, const char *text)
{
	int row, col;
	const struct xlsx_cell *c;

	assert_int_equal(xlsx_ref_parse(ref, &row, &col), 0);
	c = xlsx_cell(s, row, col);
	if (!c)
		fail_msg("%s: empty, expected '%s'", ref, text);
	if (strcmp(c->text, text) != 0 || c->type != type)
		fail_msg("%s: got '%s' (type %d), expected '%s' (type %d)", ref,
			 c->text, c->type, text, type);
}

/* ---- workbooks from libxlsxwriter -------------------------------------- */

static struct blob lxw_book(void)
{
	char path[] = "/tmp/t_xlsx_readXXXXXX";
	int fd = mkstemp(path);
	lxw_workbook *wb;
	lxw_worksheet *ws, *ws2;
	lxw_format *date, *pct;
	lxw_datetime dt = { 2024, 1, 2, 0, 0, 0 };
	struct blob b = { NULL, 0 };
	FILE *f;
	long n;

	assert_true(fd >= 0);
	close(fd);
	wb = workbook_new(path);
	ws = workbook_add_worksheet(wb, "Realisasi");
	ws2 = workbook_add_worksheet(wb, "Meta");
	date = workbook_add_format(wb);
	format_set_num_format(date, "d mmmm yyyy");
	pct = workbook_add_format(wb);
	format_set_num_format(pct, "0.00%");
	worksheet_write_string(ws, 0, 0, "Kode", NULL);
	worksheet_write_number(ws, 0, 1, 84.02, NULL);
	worksheet_write_string(ws, 0, 2, "84,02", NULL);
	worksheet_write_formula_num(ws, 0, 3, "=B1*2", NULL, 168.04);
	worksheet_write_boolean(ws, 0, 4, 1, NULL);
	worksheet_write_datetime(ws, 0, 5, &dt, date);
	worksheet_write_number(ws, 0, 6, 0.1 + 0.2, NULL);
	worksheet_write_number(ws, 0, 7, 0.9736, pct);
	worksheet_write_formula_str(ws, 0, 8, "=A1&\"X\"", NULL, "KodeX");
	worksheet_merge_range(ws, 2, 0, 3, 2, "Gabung", NULL);
	worksheet_write_number(ws, 9, 1, -1234567.5, NULL);
	worksheet_write_string(ws2, 0, 0, "jenis", NULL);
	worksheet_write_string(ws2, 0, 1, "realisasi", NULL);
	worksheet_hide(ws2);
	assert_int_equal(workbook_close(wb), LXW_NO_ERROR);
	f = fopen(path, "rb");
	assert_non_null(f);
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	rewind(f);
	b.p = malloc((size_t)n);
	b.n = fread(b.p, 1, (size_t)n, f);
	fclose(f);
	unlink(path);
	return b;
}

static void t_libxlsxwriter(void **state)
{
	struct xlsx_book b;
	struct sk_err e = { 0, "" };
	const struct xlsx_sheet *s, *m;
	const struct xlsx_cell *c;

	(void)state;
	if (read_blob(lxw_book(), NULL, &b, &e))
		fail_msg("%s", e.msg);
	assert_int_equal(b.nsheet, 2);
	s = xlsx_sheet(&b, "Realisasi");
	m = xlsx_sheet(&b, "Meta");
	assert_non_null(s);
	assert_non_null(m);
	assert_int_equal(s->hidden, 0);
	assert_int_equal(m->hidden, 1);
	expect_cell(s, "A1", XLSX_TEXT, "Kode");
	expect_cell(s, "B1", XLSX_NUMBER, "84.02");
	expect_cell(s, "C1", XLSX_TEXT, "84,02");
	expect_cell(s, "D1", XLSX_NUMBER, "168.04");
	assert_true(xlsx_cell(s, 1, 3)->formula);
	expect_cell(s, "E1", XLSX_BOOL, "TRUE");
	expect_cell(s, "F1", XLSX_DATE, "2024-01-02");
	assert_string_equal(xlsx_cell(s, 1, 5)->num, "45293");
	expect_cell(s, "G1", XLSX_NUMBER, "0.3");
	expect_cell(s, "H1", XLSX_NUMBER, "97.36");
	assert_true(xlsx_cell(s, 1, 7)->percent);
	assert_false(xlsx_cell(s, 1, 1)->percent);
	expect_cell(s, "I1", XLSX_TEXT, "KodeX");
	/* merged A3:C4: the top-left value over the range */
	expect_cell(s, "A3", XLSX_TEXT, "Gabung");
	expect_cell(s, "C4", XLSX_TEXT, "Gabung");
	c = xlsx_cell(s, 4, 2);
	assert_true(c->merged);
	assert_false(xlsx_cell(s, 3, 0)->merged);
	/* empty rows between */
	assert_null(xlsx_cell(s, 5, 0));
	assert_string_equal(xlsx_text(s, 7, 1), "");
	expect_cell(s, "B10", XLSX_NUMBER, "-1234567.5");
	assert_int_equal(s->nrow, 10);
	assert_int_equal(s->ncol, 9);
	expect_cell(m, "B1", XLSX_TEXT, "realisasi");
	xlsx_free(&b);
}

/* ---- raw zips --------------------------------------------------------------- */

static void t_raw_cells(void **state)
{
	struct xlsx_book b;
	struct sk_err e = { 0, "" };
	const struct xlsx_sheet *s;

	(void)state;
	if (read_blob(book_with(SHEET_HEAD
		"<row r=\"2\">"
		"<c r=\"A2\" t=\"s\"><v>1</v></c>"
		"<c r=\"B2\" t=\"inlineStr\"><is><r><t>in</t></r><r><t>line</t></r>"
		"<rPh sb=\"0\" eb=\"1\"><t>X</t></rPh></is></c>"
		"<c r=\"C2\" t=\"str\"><f>A2&amp;\"\"</f><v>hasil rumus</v></c>"
		"<c r=\"D2\"><f>1/3</f><v>0.33333333333333331</v></c>"
		"<c r=\"E2\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c>"
		"<c r=\"F2\" t=\"b\"><v>0</v></c>"
		"<c r=\"G2\" s=\"1\"><v>45658.5</v></c>"
		"<c r=\"H2\" s=\"2\"><v>1.5E3</v></c>"
		"<c r=\"I2\" t=\"s\"><v>2</v></c>"
		"<c r=\"J2\" s=\"3\"/>"
		"</row>"
		"<row><c><v>7</v></c><c><v>8</v></c><c r=\"E3\"><v>9</v></c><c><v>10</v></c></row>"
		"<row r=\"6\"><c r=\"B6\" t=\"s\"><v>0</v></c></row>"
		SHEET_TAIL), NULL, &b, &e))
		fail_msg("%s", e.msg);
	s = xlsx_sheet(&b, "Data Satu");
	assert_non_null(s);
	expect_cell(s, "A2", XLSX_TEXT, "Rich teks");
	expect_cell(s, "B2", XLSX_TEXT, "inline");
	expect_cell(s, "C2", XLSX_TEXT, "hasil rumus");
	assert_true(xlsx_cell(s, 2, 2)->formula);
	expect_cell(s, "D2", XLSX_NUMBER, "0.333333333333333");
	expect_cell(s, "E2", XLSX_ERROR, "#DIV/0!");
	expect_cell(s, "F2", XLSX_BOOL, "FALSE");
	expect_cell(s, "G2", XLSX_DATE, "2025-01-01 12:00:00");
	expect_cell(s, "H2", XLSX_NUMBER, "1500");
	expect_cell(s, "I2", XLSX_TEXT, "baris\r\nbaru");
	assert_null(xlsx_cell(s, 2, 9));        /* styled, no value */
	/* cells without references follow the row and the last column */
	expect_cell(s, "A3", XLSX_NUMBER, "7");
	expect_cell(s, "B3", XLSX_NUMBER, "8");
	expect_cell(s, "E3", XLSX_NUMBER, "9");
	expect_cell(s, "F3", XLSX_NUMBER, "10");
	expect_cell(s, "B6", XLSX_TEXT, "Kode");
	xlsx_free(&b);
}

static void t_merged(void **state)
{
	struct xlsx_book b;
	struct sk_err e = { 0, "" };
	const struct xlsx_sheet *s;

	(void)state;
	if (read_blob(book_with(SHEET_HEAD
		"<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Sasaran 1</t></is></c>"
		"<c r=\"B1\"><v>1</v></c></row>"
		"<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>tersembunyi</t></is></c>"
		"<c r=\"B2\"><v>2</v></c></row>"
		"<row r=\"3\"><c r=\"B3\"><v>3</v></c></row>"
		"</sheetData><mergeCells count=\"2\"><mergeCell ref=\"A1:A3\"/>"
		"<mergeCell ref=\"C1:D1\"/></mergeCells></worksheet>"), NULL, &b, &e))
		fail_msg("%s", e.msg);
	s = &b.sheet[0];
	expect_cell(s, "A1", XLSX_TEXT, "Sasaran 1");
	expect_cell(s, "A2", XLSX_TEXT, "Sasaran 1"); /* the hidden value is replaced */
	expect_cell(s, "A3", XLSX_TEXT, "Sasaran 1");
	assert_true(xlsx_cell(s, 3, 0)->merged);
	assert_null(xlsx_cell(s, 1, 2));             /* empty top-left: nothing */
	assert_int_equal(s->ncell, 6);
	xlsx_free(&b);
}

static void t_several_sheets(void **state)
{
	static const char book[] =
		"<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
		"xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
		"<workbookPr date1904=\"1\"/><sheets>"
		"<sheet name=\"Satu\" sheetId=\"1\" r:id=\"a\"/>"
		"<sheet name=\"Dua\" sheetId=\"2\" r:id=\"b\" state=\"veryHidden\"/>"
		"</sheets></workbook>";
	static const char rels[] =
		"<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
		"<Relationship Id=\"a\" Type=\"http://purl.oclc.org/ooxml/officeDocument/relationships/worksheet\" Target=\"./worksheets/../worksheets/s1.xml\"/>"
		"<Relationship Id=\"b\" Type=\"x/worksheet\" Target=\"worksheets/s2.xml\"/>"
		"<Relationship Id=\"s\" Type=\"x/styles\" Target=\"styles.xml\"/>"
		"</Relationships>";
	struct part parts[] = {
		{ "xl/workbook.xml", book, 0 },
		{ "xl/_rels/workbook.xml.rels", rels, 0 },
		{ "xl/styles.xml", zStyles, 0 },
		{ "xl/worksheets/s1.xml", SHEET_HEAD "<row r=\"1\"><c r=\"A1\" s=\"1\"><v>0</v></c></row>" SHEET_TAIL, 0 },
		{ "xl/worksheets/s2.xml", SHEET_HEAD "<row r=\"4\"><c r=\"C4\"><v>4</v></c></row>" SHEET_TAIL, 0 },
	};
	struct xlsx_book b;
	struct sk_err e = { 0, "" };

	(void)state;
	if (read_blob(zip_build(parts, 5), NULL, &b, &e))
		fail_msg("%s", e.msg);
	assert_int_equal(b.nsheet, 2);
	assert_string_equal(b.sheet[0].name, "Satu");
	assert_string_equal(b.sheet[1].name, "Dua");
	assert_int_equal(b.sheet[1].hidden, 1);
	assert_int_equal(b.date1904, 1);
	expect_cell(&b.sheet[0], "A1", XLSX_DATE, "1904-01-01");
	expect_cell(&b.sheet[1], "C4", XLSX_NUMBER, "4");
	xlsx_free(&b);
}

/* ---- bad files: each with its message ------------------------------------------ */

static void expect_fail(struct blob blob, const struct xlsx_limits *lim,
			int code, const char *msg)
{
	struct xlsx_book b;
	struct sk_err e = { 0, "" };
	int rc = read_blob(blob, lim, &b, &e);

	if (rc == 0)
		fail_msg("read, expected '%s'", msg);
	if (rc != code || !strstr(e.msg, msg))
		fail_msg("got %d '%s', expected %d '%s'", rc, e.msg, code, msg);
	assert_int_equal(b.nsheet, 0);
}

static void t_not_a_zip(void **state)
{
	struct blob b;

	(void)state;
	b.p = strdup("kode,realisasi\nIKU-1,84\n");
	b.n = strlen(b.p);
	expect_fail(b, NULL, SK_EINVAL, "not an XLSX workbook (not a zip archive)");
	b.p = strdup("PK\3\4 truncated garbage that is no zip at all");
	b.n = strlen(b.p);
	expect_fail(b, NULL, SK_EINVAL, "not an XLSX workbook: ");
	{
		struct part p[] = { { "hello.txt", "hi", 0 } };
		expect_fail(zip_build(p, 1), NULL, SK_EINVAL,
			    "xl/workbook.xml: missing from the workbook");
	}
}

static void t_billion_laughs(void **state)
{
	(void)state;
	expect_fail(book_with(
		"<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n"
		" <!ENTITY lol \"lol\">\n"
		" <!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n"
		" <!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">\n"
		" <!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">\n"
		" <!ENTITY lol9 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">\n"
		"]>\n" SHEET_HEAD "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&lol9;</t></is></c></row>"
		SHEET_TAIL), NULL, SK_EINVAL,
		"xl/worksheets/sheet1.xml: has a DTD (<!DOCTYPE); workbook parts "
		"never do, refused");
	/* an external entity (XXE) is refused the same way */
	expect_fail(book_with("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
		SHEET_HEAD "<row><c t=\"inlineStr\"><is><t>&e;</t></is></c></row>"
		SHEET_TAIL), NULL, SK_EINVAL, "has a DTD");
}

static void t_malformed_xml(void **state)
{
	(void)state;
	expect_fail(book_with(SHEET_HEAD "<row><c><v>1</v></row>" SHEET_TAIL),
		    NULL, SK_EINVAL, "xl/worksheets/sheet1.xml:1: malformed XML: ");
	expect_fail(book_with(SHEET_HEAD "<row r=\"3\"><c r=\"B3\"><v>8O</v></c></row>"
		SHEET_TAIL), NULL, SK_EINVAL, "'Data Satu'!B3: '8O' is not a number");
	expect_fail(book_with(SHEET_HEAD "<row r=\"3\"><c r=\"C3\" t=\"s\"><v>99</v></c></row>"
		SHEET_TAIL), NULL, SK_EINVAL,
		"'Data Satu'!C3: shared string '99' does not exist");
	expect_fail(book_with(SHEET_HEAD "<row r=\"3\"><c r=\"3C\"><v>1</v></c></row>"
		SHEET_TAIL), NULL, SK_EINVAL,
		"'Data Satu'!A3: bad cell reference '3C'");
	expect_fail(book_with("\xff\xfe<\0w\0"), NULL, SK_EINVAL,
		    "xl/worksheets/sheet1.xml: not UTF-8 XML");
}

/* A sheet part of n rows of one number each. */
static char *rows_xml(int n)
{
	struct sbuf b = SBUF_INIT(0);
	int i;

	sbuf_adds(&b, SHEET_HEAD);
	for (i = 1; i <= n; i++)
		sbuf_addf(&b, "<row r=\"%d\"><c r=\"A%d\"><v>%d</v></c></row>", i, i, i);
	sbuf_adds(&b, SHEET_TAIL);
	return sbuf_take(&b);
}

static void t_limits(void **state)
{
	struct xlsx_limits lim;
	char *x;

	(void)state;
	xlsx_limits_default(&lim);
	lim.max_rows = 1000;
	x = rows_xml(2000);
	expect_fail(book_with(x), &lim, SK_ELIMIT,
		    "'Data Satu'!A1001: more than 1000 rows");
	xlsx_limits_default(&lim);
	lim.max_cells = 500;
	expect_fail(book_with(x), &lim, SK_ELIMIT,
		    "'Data Satu'!A501: more than 500 cells with a value");
	free(x);
	xlsx_limits_default(&lim);
	lim.max_cols = 10;
	expect_fail(book_with(SHEET_HEAD "<row r=\"2\"><c r=\"K2\"><v>1</v></c></row>"
		SHEET_TAIL), &lim, SK_ELIMIT, "'Data Satu'!K2: more than 10 columns");
	xlsx_limits_default(&lim);
	lim.max_text = 12;
	expect_fail(book_with(SHEET_HEAD "<row r=\"2\"><c r=\"B2\" t=\"inlineStr\">"
		"<is><t>0123456789abcdef</t></is></c></row>" SHEET_TAIL), &lim, SK_ELIMIT,
		"'Data Satu'!B2: text longer than 12 bytes");
	lim.max_text = 8;
	expect_fail(book_with(SHEET_HEAD SHEET_TAIL), &lim, SK_ELIMIT,
		    "xl/sharedStrings.xml: string 1 longer than 8 bytes");
	xlsx_limits_default(&lim);
	lim.max_strings = 2;
	expect_fail(book_with(SHEET_HEAD SHEET_TAIL), &lim, SK_ELIMIT,
		    "xl/sharedStrings.xml: more than 2 shared strings");
	/* a merge over the whole sheet is refused, not expanded */
	expect_fail(book_with(SHEET_HEAD "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>"
		"</sheetData><mergeCells><mergeCell ref=\"A1:XFD1048576\"/></mergeCells>"
		"</worksheet>"), NULL, SK_ELIMIT,
		"'Data Satu'!A1: merged range of 102400000 cells over the limit");
}

/* Rewrites the uncompressed size of every entry, in the central directory
 * and the local headers, to `size`. */
static void zip_lie(struct blob *b, uint32_t size)
{
	unsigned char *p = (unsigned char *)b->p;
	size_t i;

	for (i = 0; i + 46 <= b->n; i++) {
		if (p[i] == 'P' && p[i + 1] == 'K' && p[i + 2] == 1 && p[i + 3] == 2) {
			uint32_t loc = p[i + 42] | p[i + 43] << 8 | p[i + 44] << 16 |
				       (uint32_t)p[i + 45] << 24;
			memcpy(p + i + 24, &size, 4);        /* little-endian host */
			assert_true(loc + 30 <= b->n);
			memcpy(p + loc + 22, &size, 4);
		}
	}
}

static void t_zip_bomb(void **state)
{
	struct xlsx_limits lim;
	size_t n = (size_t)4 << 20, i;
	char *big = malloc(n + 1);
	struct blob b;

	(void)state;
	/* a sheet of 4 MiB (mostly spaces), honest sizes: stopped by the directory */
	memcpy(big, SHEET_HEAD, strlen(SHEET_HEAD));
	for (i = strlen(SHEET_HEAD); i < n - strlen(SHEET_TAIL); i++)
		big[i] = ' ';
	memcpy(big + i, SHEET_TAIL, strlen(SHEET_TAIL) + 1);
	xlsx_limits_default(&lim);
	lim.max_entry = (size_t)1 << 20;
	expect_fail(book_with(big), &lim, SK_ELIMIT,
		    "xl/worksheets/sheet1.xml: uncompressed size 4194304 bytes over "
		    "the limit of 1048576 (a zip bomb?)");
	lim.max_entry = (size_t)128 << 20;
	lim.max_total = (size_t)2 << 20;
	expect_fail(book_with(big), &lim, SK_ELIMIT,
		    "uncompressed size over the limit of 2097152 bytes");
	/* the same with every size in the zip a lie: stopped while inflating */
	b = book_with(big);
	zip_lie(&b, 2000);
	expect_fail(b, NULL, SK_ELIMIT,
		    "xl/worksheets/sheet1.xml: inflates to more than the 2000 bytes "
		    "its zip directory states (a zip bomb?)");
	free(big);
}

/* ---- helpers, table-driven ------------------------------------------------------ */

static void t_number_norm(void **state)
{
	static const struct { const char *in, *out; } a[] = {
		{ "84.02", "84.02" }, { "84.019999999999996", "84.02" },
		{ "0.30000000000000004", "0.3" }, { "100", "100" },
		{ "1E3", "1000" }, { "1.5e-3", "0.0015" }, { "-0", "0" },
		{ "-1234567.5", "-1234567.5" }, { "0.000", "0" },
		{ "99999999999999999", "100000000000000000" },
		{ "0.1234567890123456789", "0.123456789012346" },
		{ " 7 ", "7" }, { "+5", "5" }, { ".5", "0.5" }, { "007", "7" },
	};
	static const char *const bad[] = { "", "abc", "1,5", "1e", "1.2.3", "--1",
					   "1e400" };
	char out[64];
	size_t i;

	(void)state;
	for (i = 0; i < sizeof a / sizeof a[0]; i++) {
		assert_int_equal(xr_number_norm(a[i].in, out, sizeof out), 0);
		if (strcmp(out, a[i].out))
			fail_msg("'%s' → '%s', expected '%s'", a[i].in, out, a[i].out);
	}
	for (i = 0; i < sizeof bad / sizeof bad[0]; i++)
		if (xr_number_norm(bad[i], out, sizeof out) == 0)
			fail_msg("'%s' accepted as '%s'", bad[i], out);
}

static void t_dates(void **state)
{
	static const struct { const char *num; int d1904; const char *out; } a[] = {
		{ "1", 0, "1900-01-01" }, { "59", 0, "1900-02-28" },
		{ "60", 0, "1900-02-29" }, { "61", 0, "1900-03-01" },
		{ "45292", 0, "2024-01-01" }, { "45292.75", 0, "2024-01-01 18:00:00" },
		{ "0.5", 0, "12:00:00" }, { "0", 1, "1904-01-01" },
		{ "2958465", 0, "9999-12-31" },
	};
	static const struct { const char *code; int date; } f[] = {
		{ "dd/mm/yyyy", 1 }, { "d mmmm yyyy", 1 }, { "[$-421]dd mmmm yyyy", 1 },
		{ "hh:mm", 1 }, { "[h]:mm:ss", 1 }, { "General", 0 }, { "#,##0.00", 0 },
		{ "0.00%", 0 }, { "\"Rp\" #,##0", 0 }, { "[$Rp-421]#,##0.00", 0 },
		{ "0.00E+00", 0 }, { "[Red]0.00", 0 }, { "\"day\"0", 0 },
	};
	static const struct { const char *code; int kind; } k[] = {
		{ "0.00%", XR_FMT_PERCENT }, { "0%", XR_FMT_PERCENT },
		{ "0.00\"%\"", XR_FMT_NUMBER }, { "0.00\\%", XR_FMT_NUMBER },
		{ "#,##0.00", XR_FMT_NUMBER }, { "yyyy", XR_FMT_DATE },
	};
	char out[40];
	size_t i;

	(void)state;
	for (i = 0; i < sizeof a / sizeof a[0]; i++) {
		assert_int_equal(xr_date_format(a[i].num, a[i].d1904, out, sizeof out), 0);
		if (strcmp(out, a[i].out))
			fail_msg("%s → %s, expected %s", a[i].num, out, a[i].out);
	}
	assert_int_equal(xr_date_format("-1", 0, out, sizeof out), -1);
	assert_int_equal(xr_date_format("3000000", 0, out, sizeof out), -1);
	for (i = 0; i < sizeof f / sizeof f[0]; i++)
		if ((xr_format_kind(f[i].code) == XR_FMT_DATE) != f[i].date)
			fail_msg("format '%s': date %d expected", f[i].code, f[i].date);
	for (i = 0; i < sizeof k / sizeof k[0]; i++)
		if (xr_format_kind(k[i].code) != k[i].kind)
			fail_msg("format '%s': kind %d expected", k[i].code, k[i].kind);
}

static void t_refs(void **state)
{
	static const struct { const char *ref; int row, col; } a[] = {
		{ "A1", 1, 0 }, { "F12", 12, 5 }, { "Z3", 3, 25 }, { "AA3", 3, 26 },
		{ "XFD1048576", 1048576, 16383 }, { "ab7", 7, 27 },
	};
	static const char *const bad[] = { "", "A", "1", "A0", "1A", "ABCD1", "A1B" };
	char buf[XLSX_REFSZ];
	struct sbuf b = SBUF_INIT(0);
	size_t i;
	int row, col;

	(void)state;
	for (i = 0; i < sizeof a / sizeof a[0]; i++) {
		assert_int_equal(xlsx_ref_parse(a[i].ref, &row, &col), 0);
		assert_int_equal(row, a[i].row);
		assert_int_equal(col, a[i].col);
		if (a[i].ref[0] != 'a')
			assert_string_equal(xlsx_ref(row, col, buf), a[i].ref);
	}
	for (i = 0; i < sizeof bad / sizeof bad[0]; i++)
		assert_int_equal(xlsx_ref_parse(bad[i], &row, &col), -1);
	xlsx_where(&b, "Realisasi", 12, 5);
	sbuf_adds(&b, " ");
	xlsx_where(&b, "Data Satu", 3, 0);
	sbuf_adds(&b, " ");
	xlsx_where(&b, "O'Neil", 0, 0);
	assert_string_equal(b.z, "Realisasi!F12 'Data Satu'!A3 'O''Neil'");
	sbuf_release(&b);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(t_libxlsxwriter),
		cmocka_unit_test(t_raw_cells),
		cmocka_unit_test(t_merged),
		cmocka_unit_test(t_several_sheets),
		cmocka_unit_test(t_not_a_zip),
		cmocka_unit_test(t_billion_laughs),
		cmocka_unit_test(t_malformed_xml),
		cmocka_unit_test(t_limits),
		cmocka_unit_test(t_zip_bomb),
		cmocka_unit_test(t_number_norm),
		cmocka_unit_test(t_dates),
		cmocka_unit_test(t_refs),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
