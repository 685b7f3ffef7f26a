/* libFuzzer target: the XLSX reader (src/io/xlsx_read.h).
 *
 * fuzz-src: src/io/xlsx_read.c src/io/xlsx_read_sheet.c
 * fuzz-pkgs: libzip libxml-2.0
 *
 * An input starting with "PK" is read as a workbook file. Any other input
 * is split at "\n--\n" into the parts sheet1.xml, sharedStrings.xml,
 * styles.xml and workbook.xml (the ones not given are the minimal
 * defaults), zipped here, and read: the fuzzer then works on the XML
 * itself rather than on zip checksums. Either way the reader must stop
 * with an error or give a book whose invariants hold: cells sorted and
 * unique, within the limits, lookups finding them, text never NULL. */
#include "io/xlsx_read.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <zip.h>

static const char zRels[] =
	"<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
	"<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
	"</Relationships>";
static const char zBookRels[] =
	"<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
	"<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
	"<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>"
	"<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
	"</Relationships>";
static const char zBook[] =
	"<workbook xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
	"<sheets><sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";

static void limits(struct xlsx_limits *l)
{
	xlsx_limits_default(l);
	l->max_total = (size_t)8 << 20;
	l->max_entry = (size_t)4 << 20;
	l->max_rows = 5000;
	l->max_cols = 200;
	l->max_cells = 50000;
	l->max_strings = 20000;
	l->max_text = 4096;
}

static void check(const struct xlsx_book *b, const struct xlsx_limits *l)
{
	size_t total = 0, i;
	int s;

	for (s = 0; s < b->nsheet; s++) {
		const struct xlsx_sheet *sh = &b->sheet[s];

		if (!sh->name || !sh->name[0])
			abort();
		total += sh->ncell;
		for (i = 0; i < sh->ncell; i++) {
			const struct xlsx_cell *c = &sh->cell[i];
			char ref[XLSX_REFSZ];
			int row, col;

			if (!c->text || c->row < 1 || c->row > l->max_rows ||
			    c->col < 0 || c->col >= l->max_cols ||
			    c->row > sh->nrow || c->col >= sh->ncol ||
			    (c->num && c->type != XLSX_DATE))
				abort();
			if (i && (c[-1].row > c->row ||
				  (c[-1].row == c->row && c[-1].col >= c->col)))
				abort();
			if (xlsx_cell(sh, c->row, c->col) != c)
				abort();
			if (xlsx_ref_parse(xlsx_ref(c->row, c->col, ref), &row, &col) ||
			    row != c->row || col != c->col)
				abort();
			(void)strlen(c->text);
		}
	}
	if (total > l->max_cells)
		abort();
}

static void read_one(const uint8_t *data, size_t size)
{
	struct xlsx_limits l;
	struct xlsx_book b;
	struct sk_err e = { 0, "" };

	limits(&l);
	if (xlsx_read(data, size, &l, &b, &e) == 0) {
		check(&b, &l);
		xlsx_free(&b);
	} else if (!e.msg[0] || b.nsheet || b.sheet) {
		abort();          /* an error always says what, and leaves b empty */
	}
}

/* The parts of a non-zip input, zipped (stored, not deflated). */
static void read_parts(const uint8_t *data, size_t size)
{
	static const char *const names[] = { "xl/worksheets/sheet1.xml",
		"xl/sharedStrings.xml", "xl/styles.xml", "xl/workbook.xml" };
	const char *z = (const char *)data, *end = z + size;
	zip_source_t *src, *s;
	zip_error_t ze;
	zip_stat_t st;
	zip_t *za;
	char *out;
	int i, have_book = 0;

	zip_error_init(&ze);
	src = zip_source_buffer_create(NULL, 0, 0, &ze);
	if (!src)
		return;
	zip_source_keep(src);
	za = zip_open_from_source(src, ZIP_TRUNCATE, &ze);
	if (!za) {
		zip_source_free(src);
		return;
	}
	for (i = 0; i < 4 && z <= end; i++) {
		const char *sep = memmem(z, (size_t)(end - z), "\n--\n", 4);
		size_t n = sep ? (size_t)(sep - z) : (size_t)(end - z);
		zip_int64_t idx;

		s = zip_source_buffer(za, z, n, 0);
		if (!s || (idx = zip_file_add(za, names[i], s, 0)) < 0) {
			zip_source_free(s);
			break;
		}
		zip_set_file_compression(za, (zip_uint64_t)idx, ZIP_CM_STORE, 0);
		have_book |= i == 3;
		z = sep ? sep + 4 : end + 1;
	}
	if (!have_book && (s = zip_source_buffer(za, zBook, strlen(zBook), 0)))
		if (zip_file_add(za, "xl/workbook.xml", s, 0) < 0)
			zip_source_free(s);
	if ((s = zip_source_buffer(za, zRels, strlen(zRels), 0)) &&
	    zip_file_add(za, "_rels/.rels", s, 0) < 0)
		zip_source_free(s);
	if ((s = zip_source_buffer(za, zBookRels, strlen(zBookRels), 0)) &&
	    zip_file_add(za, "xl/_rels/workbook.xml.rels", s, 0) < 0)
		zip_source_free(s);
	if (zip_close(za) < 0) {
		zip_discard(za);
		zip_source_free(src);
		return;
	}
	zip_stat_init(&st);
	if (zip_source_open(src) == 0 && zip_source_stat(src, &st) == 0 &&
	    (out = malloc(st.size ? st.size : 1))) {
		if (zip_source_read(src, out, st.size) == (zip_int64_t)st.size)
			read_one((const uint8_t *)out, st.size);
		free(out);
		zip_source_close(src);
	}
	zip_source_free(src);
	zip_error_fini(&ze);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size >= 2 && data[0] == 'P' && data[1] == 'K')
		read_one(data, size);
	else
		read_parts(data, size);
	return 0;
}
