/* fuzz_lke_xlsx: libFuzzer target for the LKE worksheet as a workbook
 * (src/io/lke_xlsx.h), read back with lke_xlsx_read.
 *
 * fuzz-src: src/io/lke_xlsx_read.c src/io/lke_xlsx.c src/io/lke_json.c src/io/xlsx_read.c src/io/xlsx_read_sheet.c src/io/xlsx_out.c
 * fuzz-pkgs: libzip libxml-2.0 xlsxwriter jansson
 * fuzz-max-len: 131072
 * fuzz-seeds: sh test/fuzz/seeds_lke.sh xlsx
 *
 * An input starting with "PK" is read as the workbook file. Any other
 * input is split at "\n--\n" into the parts xl/workbook.xml,
 * xl/sharedStrings.xml, xl/styles.xml and xl/worksheets/sheet1.xml …
 * sheet5.xml (rIds 1 … 5 in the workbook; an empty part is left out,
 * an empty workbook part is the five sheets LKE, Nilai, Catatan,
 * Rekomendasi, Meta), zipped here, so that the fuzzer works on the
 * cells rather than on zip checksums; test/fuzz/seeds_lke.sh makes
 * such inputs from exported worksheets.
 *
 * Only the templates the product ships are known. Refused, the reader
 * must say why, each problem one line "NAME: …", and leave the sheet
 * empty. Accepted, the sheet must have a method and its template's
 * version, and score (lke_hitung); written as an answer file it must
 * read back as one (what a workbook holds, an answer file can say) and
 * write the same bytes; and written again as a workbook (lke_xlsx_write,
 * to a temporary directory; once per distinct sheet a process reads)
 * it must read back to the same answer file, a text holding "_xHHHH_"
 * included (written "_x005F_xHHHH_", xlsx_out_text). A broken promise
 * aborts, which libFuzzer reports as a crash. */
#include "io/lke_json.h"
#include "io/lke_xlsx.h"
#include "util/err.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <zip.h>

#define FUZZ_NAME "fuzz_lke_xlsx"
#include "fuzz_lke_check.h"

#define NPART 8

static const char *const aPart[NPART] = { "xl/workbook.xml",
	"xl/sharedStrings.xml", "xl/styles.xml", "xl/worksheets/sheet1.xml",
	"xl/worksheets/sheet2.xml", "xl/worksheets/sheet3.xml",
	"xl/worksheets/sheet4.xml", "xl/worksheets/sheet5.xml" };

#define NS_REL "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
static const char zRels[] =
	"<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
	"<Relationship Id=\"rId1\" Type=\"" NS_REL "officeDocument\" Target=\"xl/workbook.xml\"/>"
	"</Relationships>";
static const char zBook[] =
	"<workbook xmlns:r=\"" NS_REL "\"><sheets>"
	"<sheet name=\"LKE\" sheetId=\"1\" r:id=\"rId1\"/>"
	"<sheet name=\"Nilai\" sheetId=\"2\" r:id=\"rId2\"/>"
	"<sheet name=\"Catatan\" sheetId=\"3\" r:id=\"rId3\"/>"
	"<sheet name=\"Rekomendasi\" sheetId=\"4\" r:id=\"rId4\"/>"
	"<sheet name=\"Meta\" sheetId=\"5\" state=\"hidden\" r:id=\"rId5\"/>"
	"</sheets></workbook>";

static char zTmp[] = "/tmp/fuzz_lke_xlsx.XXXXXX";
static char zOut[sizeof zTmp + 16];

static void tmp_remove(void)
{
	unlink(zOut);
	rmdir(zTmp);
}

/* A file written by lke_xlsx_write, read into *n bytes (free it). */
static char *slurp(const char *path, size_t *n)
{
	FILE *f = fopen(path, "rb");
	char *buf = NULL;
	long len;

	CHECK(f);
	if (fseek(f, 0, SEEK_END) == 0 && (len = ftell(f)) > 0 &&
	    fseek(f, 0, SEEK_SET) == 0 && (buf = malloc((size_t)len)))
		*n = fread(buf, 1, (size_t)len, f);
	fclose(f);
	CHECK(buf && *n == (size_t)len);
	return buf;
}

/* 1 when this process has already written the sheet w as a workbook
 * again: writing one costs some thirty reads, and most inputs read
 * back to a sheet seen before. */
static int seen(const struct sbuf *w)
{
	static uint64_t aSeen[1 << 16];
	static size_t nseen;
	uint64_t h = 14695981039346656037ULL;
	size_t i, mask = sizeof aSeen / sizeof aSeen[0] - 1;

	for (i = 0; i < w->n; i++)
		h = (h ^ (unsigned char)w->z[i]) * 1099511628211ULL;
	h |= 1; /* 0 marks a free slot */
	for (i = h & mask; aSeen[i]; i = (i + 1) & mask)
		if (aSeen[i] == h)
			return 1;
	if (nseen * 2 > mask) { /* half full: forget them all */
		memset(aSeen, 0, sizeof aSeen);
		nseen = 0;
		i = h & mask;
	}
	aSeen[i] = h;
	nseen++;
	return 0;
}

/* The sheet l read from a workbook, written again as one and read back:
 * the same answer file as w1. */
static void again(const struct lke_template *t, const struct lke_lembar *l,
		  const struct sbuf *w1)
{
	const struct lke_template *t2 = NULL;
	struct sbuf errs = SBUF_INIT(0), w2 = SBUF_INIT(0);
	struct sk_err e = { 0, "" };
	struct lke_lembar l2;
	size_t n = 0;
	char *buf;
	int rc;

	if (!zOut[0]) {
		CHECK(mkdtemp(zTmp));
		snprintf(zOut, sizeof zOut, "%s/lke.xlsx", zTmp);
		atexit(tmp_remove);
	}
	rc = lke_xlsx_write(t, l, zOut, &e);
	if (rc == SK_EINVAL && strstr(e.msg, "long")) /* past a cell's size */
		return;
	if (rc) {
		fprintf(stderr, "fuzz_lke_xlsx: lke_xlsx_write: %s\n", e.msg);
		abort();
	}
	buf = slurp(zOut, &n);
	unlink(zOut); /* an abort below leaves only the empty directory */
	lke_lembar_init(&l2);
	if (lke_xlsx_read("written", buf, n, NULL, NULL, &l2, &t2, &errs)) {
		fprintf(stderr, "fuzz_lke_xlsx: a written workbook is refused:\n"
			"%s--- the sheet\n%s\n", errs.z, w1->z);
		abort();
	}
	CHECK(t2 == t);
	lke_json_write(t2, &l2, &w2);
	if (w1->n != w2.n || memcmp(w1->z, w2.z, w2.n)) {
		fprintf(stderr, "fuzz_lke_xlsx: the workbook does not round-trip"
			"\n--- read\n%s\n--- written and read again\n%s\n",
			w1->z, w2.z);
		abort();
	}
	free(buf);
	lke_lembar_free(&l2);
	sbuf_release(&errs);
	sbuf_release(&w2);
}

static void read_one(const uint8_t *data, size_t size)
{
	const struct lke_template *t = NULL, *tj = NULL;
	struct sbuf errs = SBUF_INIT(0), w1 = SBUF_INIT(0), wj = SBUF_INIT(0);
	struct sk_err e = { 0, "" };
	struct lke_lembar l, lj;
	struct lke_skor s;
	struct arena a = ARENA_INIT;
	const char *p;

	lke_lembar_init(&l);
	lke_lembar_init(&lj);
	if (lke_xlsx_read("fuzz", (const char *)data, size, NULL, NULL, &l, &t,
			  &errs)) {
		show("refused", errs.z);
		for (p = errs.z; *p; p = strchr(p, '\n') + 1)
			CHECK(strncmp(p, "fuzz: ", 6) == 0 && strchr(p, '\n'));
		CHECK(errs.n > 0 && t == NULL && l.n == 0 && l.j == NULL &&
		      l.instansi == NULL && !l.arena.head);
		goto end;
	}
	show("accepted", "");
	CHECK(t && lke_template_builtin(t->kode) == t);
	CHECK(l.template_versi == t->versi);
	CHECK(l.metode == LKE_METODE_R || l.metode == LKE_METODE_P);
	CHECK(l.instansi && l.instansi[0] && l.tahun && l.tahap);
	CHECK(lke_hitung(t, &l, &a, &s, &e) == 0 && s.predikat[0]);
	lke_json_write(t, &l, &w1);
	CHECK(!w1.err);
	sbuf_reset(&errs);
	if (lke_json_read("written", w1.z, w1.n, NULL, NULL, &lj, &tj, &errs)) {
		fprintf(stderr, "fuzz_lke_xlsx: the sheet read from a workbook "
			"is refused as an answer file:\n%s--- written\n%s\n",
			errs.z, w1.z);
		abort();
	}
	lke_json_write(tj, &lj, &wj);
	if (w1.n != wj.n || memcmp(w1.z, wj.z, wj.n)) {
		fprintf(stderr, "fuzz_lke_xlsx: the answer file does not "
			"round-trip\n--- first\n%s\n--- second\n%s\n", w1.z,
			wj.z);
		abort();
	}
	if (!seen(&w1))
		again(t, &l, &w1);
end:
	arena_free(&a);
	lke_lembar_free(&l);
	lke_lembar_free(&lj);
	sbuf_release(&errs);
	sbuf_release(&w1);
	sbuf_release(&wj);
}

/* workbook.xml.rels: rId1 … rId5 the sheets, then styles and strings
 * when the input has them. */
static void book_rels(struct sbuf *b, int has_sst, int has_styles)
{
	int i;

	sbuf_adds(b, "<Relationships xmlns=\"http://schemas.openxmlformats.org/"
		  "package/2006/relationships\">");
	for (i = 1; i <= 5; i++)
		sbuf_addf(b, "<Relationship Id=\"rId%d\" Type=\"" NS_REL
			  "worksheet\" Target=\"worksheets/sheet%d.xml\"/>", i, i);
	if (has_styles)
		sbuf_adds(b, "<Relationship Id=\"rId7\" Type=\"" NS_REL
			  "styles\" Target=\"styles.xml\"/>");
	if (has_sst)
		sbuf_adds(b, "<Relationship Id=\"rId8\" Type=\"" NS_REL
			  "sharedStrings\" Target=\"sharedStrings.xml\"/>");
	sbuf_adds(b, "</Relationships>");
}

static void add(zip_t *za, const char *name, const void *p, size_t n)
{
	zip_source_t *s = zip_source_buffer(za, p, n, 0);
	zip_int64_t idx;

	if (!s)
		return;
	if ((idx = zip_file_add(za, name, s, 0)) < 0) {
		zip_source_free(s);
		return;
	}
	zip_set_file_compression(za, (zip_uint64_t)idx, ZIP_CM_STORE, 0);
}

/* The parts of a non-zip input, zipped (stored, not deflated). */
static void read_parts(const uint8_t *data, size_t size)
{
	const char *z = (const char *)data, *end = z + size;
	const char *part[NPART] = { 0 };
	size_t len[NPART] = { 0 };
	struct sbuf rels = SBUF_INIT(0);
	zip_source_t *src;
	zip_error_t ze;
	zip_stat_t st;
	zip_t *za;
	char *out;
	int i;

	for (i = 0; i < NPART && z <= end; i++) {
		const char *sep = memmem(z, (size_t)(end - z), "\n--\n", 4);
		part[i] = z;
		len[i] = sep ? (size_t)(sep - z) : (size_t)(end - z);
		z = sep ? sep + 4 : end + 1;
	}
	book_rels(&rels, len[1] > 0, len[2] > 0);
	zip_error_init(&ze);
	src = zip_source_buffer_create(NULL, 0, 0, &ze);
	if (!src)
		goto end;
	zip_source_keep(src);
	za = zip_open_from_source(src, ZIP_TRUNCATE, &ze);
	if (!za) {
		zip_source_free(src);
		goto end;
	}
	add(za, "_rels/.rels", zRels, strlen(zRels));
	add(za, "xl/_rels/workbook.xml.rels", rels.z, rels.n);
	if (!len[0])
		add(za, aPart[0], zBook, strlen(zBook));
	for (i = 0; i < NPART; i++)
		if (len[i])
			add(za, aPart[i], part[i], len[i]);
	if (zip_close(za) < 0) {
		zip_discard(za);
		zip_source_free(src);
		goto end;
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
end:
	zip_error_fini(&ze);
	sbuf_release(&rels);
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
