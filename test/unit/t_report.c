/* t_report: the report layer's building blocks (src/report): XML
 * escaping and the writer, Indonesian dates and values, column widths,
 * and a small document rendered as HTML and DOCX with its text escaped. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "core/tanggal.h"
#include "core/value.h"
#include "report/doc.h"
#include "report/isi.h"
#include "report/laporan.h"
#include "report/render.h"
#include "report/xml.h"
#include "util/err.h"
#include "util/sbuf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zip.h>

#define NEL(a) (sizeof(a) / sizeof((a)[0]))
#define FFFD "\xEF\xBF\xBD"

static void test_escape(void **state)
{
	static const struct {
		const char *in, *want;
	} aRow[] = {
		{ "", "" },
		{ "plain", "plain" },
		{ "a<b>c", "a&lt;b&gt;c" },
		{ "R&D", "R&amp;D" },
		{ "\"q\" 'a'", "&quot;q&quot; &#39;a&#39;" },
		{ "<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;" },
		{ "&amp;", "&amp;amp;" },                       /* no double meaning */
		{ "tab\there\nline\r", "tab\there\nline\r" },   /* allowed controls */
		{ "a\x01z\x1F", "az" },                         /* not XML 1.0: dropped */
		{ "caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80", "caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80" },
		{ "x\xFFy", "x" FFFD "y" },                     /* stray byte */
		{ "\xC0\xAF", FFFD FFFD },                      /* overlong '/' */
		{ "\xED\xA0\x80", FFFD FFFD FFFD },             /* a surrogate */
		{ "\xEF\xBF\xBE", FFFD },                       /* U+FFFE: one */
		{ "\xE2\x82", FFFD FFFD },                      /* cut short */
		{ "\xF4\x90\x80\x80", FFFD FFFD FFFD FFFD },    /* above U+10FFFF */
	};
	size_t i;

	(void)state;
	for (i = 0; i < NEL(aRow); i++) {
		struct sbuf b = SBUF_INIT(0);

		xml_escape(&b, aRow[i].in, strlen(aRow[i].in));
		if (strcmp(b.z, aRow[i].want))
			fail_msg("row %zu: '%s' gave '%s', want '%s'", i, aRow[i].in,
				 b.z, aRow[i].want);
		sbuf_release(&b);
	}
}

static void test_writer(void **state)
{
	struct sbuf b = SBUF_INIT(0);
	struct xml x;

	(void)state;
	xml_init(&x, &b, 0);
	xml_start(&x, "w:p");
	xml_attr(&x, "a", "1 < 2\n\"ok\"");
	xml_start(&x, "w:t");
	xml_text(&x, "Rp 1 & 2");
	xml_end(&x);
	xml_start(&x, "w:br");
	xml_end(&x);
	xml_val(&x, "w:jc", "center");
	xml_end(&x);
	assert_int_equal(xml_finish(&x), 0);
	assert_string_equal(b.z, "<w:p a=\"1 &lt; 2&#10;&quot;ok&quot;\">"
			    "<w:t>Rp 1 &amp; 2</w:t><w:br/><w:jc w:val=\"center\"/></w:p>");
	sbuf_release(&b);

	/* HTML: void elements stay void, the others are never "/>" */
	xml_init(&x, &b, 1);
	xml_start(&x, "p");
	xml_start(&x, "br");
	xml_end(&x);
	xml_start(&x, "td");
	xml_end(&x);
	xml_end(&x);
	assert_int_equal(xml_finish(&x), 0);
	assert_string_equal(b.z, "<p><br><td></td></p>");
	sbuf_release(&b);
}

static void test_writer_misuse(void **state)
{
	struct sbuf b = SBUF_INIT(0);
	struct xml x;
	int i;

	(void)state;
	xml_init(&x, &b, 0); /* left open */
	xml_start(&x, "a");
	assert_int_equal(xml_finish(&x), SK_EUSAGE);
	sbuf_release(&b);

	xml_init(&x, &b, 0); /* an end without a start */
	xml_end(&x);
	assert_int_equal(xml_finish(&x), SK_EUSAGE);
	sbuf_release(&b);

	xml_init(&x, &b, 0); /* an attribute after content */
	xml_start(&x, "a");
	xml_text(&x, "t");
	xml_attr(&x, "k", "v");
	assert_int_equal(xml_finish(&x), SK_EUSAGE);
	assert_null(strstr(b.z, "k=")); /* and it was not written */
	sbuf_release(&b);

	xml_init(&x, &b, 0); /* too deep: sticky, nothing more written */
	for (i = 0; i <= XML_MAX_DEPTH; i++)
		xml_start(&x, "d");
	assert_int_equal(xml_finish(&x), SK_ELIMIT);
	sbuf_release(&b);
}

static void test_tanggal(void **state)
{
	static const struct {
		const char *in, *want; /* want NULL: not a date */
	} aRow[] = {
		{ "2024-01-02", "2 Januari 2024" },
		{ "2024-10-01", "1 Oktober 2024" },
		{ "2025-03-27", "27 Maret 2025" },
		{ "2024-12-31", "31 Desember 2024" },
		{ "2024-02-29", "29 Februari 2024" },
		{ "2024-02-30", NULL },
		{ "2023-02-29", NULL },
		{ "2024-13-01", NULL },
		{ "2024-00-10", NULL },
		{ "2024-1-02", NULL },
		{ "2024-01-02x", NULL },
		{ "02-01-2024", NULL },
		{ "", NULL },
		{ NULL, NULL },
	};
	char buf[64];
	size_t i;

	(void)state;
	for (i = 0; i < NEL(aRow); i++) {
		const char *got = tanggal_id(aRow[i].in, buf, sizeof buf);

		if (aRow[i].want ? !got || strcmp(got, aRow[i].want) : got != NULL)
			fail_msg("row %zu: '%s' gave '%s'", i,
				 aRow[i].in ? aRow[i].in : "(null)", got ? got : "(null)");
	}
	assert_true(render_time("2024-01-02") == 1704196800LL); /* noon UTC */
	assert_true(render_time("kemarin") == 315532800LL);
}

static void test_nilai(void **state)
{
	static const struct {
		const char *raw;
		int is_num;
		const char *want;
	} aRow[] = {
		{ "84,02", 0, "84,02" },
		{ "84.02", 1, "84,02" },          /* a JSON number */
		{ "1234567.5", 1, "1.234.567,5" },
		{ "97,36%", 0, "97,36%" },
		{ "97.36%", 0, "97,36%" },        /* English decimal point */
		{ "1 Inovasi", 0, "1 Inovasi" },
		{ "BB", 0, "BB" },
		{ "Hasil belum dipublikasikan", 0, "Hasil belum dipublikasikan" },
	};
	struct doc d;
	size_t i;

	(void)state;
	doc_init(&d);
	for (i = 0; i < NEL(aRow); i++) {
		struct nilai n;
		const char *got;

		memset(&n, 0, sizeof n);
		n.raw = aRow[i].raw;
		n.is_num = aRow[i].is_num;
		if (n.is_num)
			value_from_json_number(n.raw, strlen(n.raw), &n.v);
		else
			value_parse(n.raw, strlen(n.raw), &n.v);
		got = isi_nilai(&d, &n);
		if (strcmp(got, aRow[i].want))
			fail_msg("row %zu: '%s' gave '%s', want '%s'", i, aRow[i].raw,
				 got, aRow[i].want);
	}
	assert_string_equal(isi_nilai(&d, NULL), "-");
	doc_free(&d);
}

/* A number column is never narrower than its longest number needs. */
static void test_widths(void **state)
{
	static const int w[] = { 1, 30, 1, 1 };
	struct doc d;
	struct doc_table *t;
	int tw[4], i, sum = 0;

	(void)state;
	doc_init(&d);
	t = doc_table(&d, "Tabel 1", NULL, 4, w);
	tab_head(t);
	tab_text(t, "Kode", 0);
	tab_text(t, "Uraian", 0);
	tab_text(t, "Pagu (Rp)", 0);
	tab_text(t, "Serapan", 0);
	tab_row(t);
	tab_text(t, "SK1.1.1", 0);
	tab_text(t, "Penyediaan Gaji dan Tunjangan ASN", 0);
	tab_money(t, 16279712340LL, 0);
	tab_pct(t, PCT(86) + 670000000LL, 2, 0);
	doc_widths(t, 9000, 100, 200, tw);
	for (i = 0; i < 4; i++)
		sum += tw[i];
	/* 11 digits and 3 narrow dots: 12,5 characters */
	assert_true(tw[2] >= 1250 + 200);     /* "16.279.712.340" */
	assert_true(tw[0] >= 600 + 200);      /* "SK1.1.1" */
	assert_true(tw[3] >= 7 * 100 * 7 / 6 + 200); /* bold header "Serapan" */
	assert_true(sum <= 9000 && sum > 8900);
	assert_string_equal(t->row->next->cell[2].text, "16.279.712.340");
	assert_string_equal(t->row->next->cell[3].text, "86,67");
	doc_free(&d);
}

static const char zEvil[] = "<script>alert(1)</script> & \"x\"";

static void build_small(struct doc *d)
{
	static const int w[] = { 3, 1 };
	struct doc_table *t;
	struct doc_chart *c;

	doc_init(d);
	d->title = zEvil;
	d->created = "2025-03-27";
	doc_heading(d, 1, "BAB I <b>");
	doc_text(d, ST_NORMAL, zEvil);
	doc_text(d, ST_PLACEHOLDER, "[Belum diisi]");
	t = doc_table(d, "Tabel 1.1 Uji", "Uji", 2, w);
	tab_head(t);
	tab_text(t, "Indikator", 0);
	tab_text(t, "Capaian", 0);
	tab_row(t);
	tab_text(t, zEvil, 0);
	tab_pct(t, PCT(125), 2, 0);
	c = doc_chart(d, CHART_BAR, "Gambar 1.1 <i>", "%", 1, 1);
	c->cat[0] = zEvil;
	c->ser[0].name = "Capaian";
	chart_set(d, c, 0, 0, 125, "125,00");
}

static void test_html_escapes(void **state)
{
	struct doc d;
	struct sbuf out = SBUF_INIT(0);
	struct sk_err e = { 0, "" };

	(void)state;
	build_small(&d);
	assert_int_equal(html_render(&d, &out, &e), 0);
	assert_null(strstr(out.z, "<script"));
	assert_null(strstr(out.z, "<b>"));
	assert_null(strstr(out.z, "<i>"));
	assert_non_null(strstr(out.z, "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;"));
	assert_non_null(strstr(out.z, "<svg"));      /* the chart, inline */
	assert_non_null(strstr(out.z, "125,00"));
	assert_non_null(strstr(out.z, "<thead>"));
	sbuf_release(&out);
	doc_free(&d);
}

static char *zip_entry(const struct sbuf *z, const char *name)
{
	zip_error_t ze;
	zip_source_t *src;
	zip_t *za;
	zip_file_t *f;
	zip_stat_t st;
	char *buf = NULL;

	zip_error_init(&ze);
	src = zip_source_buffer_create(z->z, z->n, 0, &ze);
	za = src ? zip_open_from_source(src, ZIP_RDONLY, &ze) : NULL;
	if (za && zip_stat(za, name, 0, &st) == 0 && (f = zip_fopen(za, name, 0))) {
		buf = calloc(1, (size_t)st.size + 1);
		if (buf && zip_fread(f, buf, st.size) != (zip_int64_t)st.size) {
			free(buf);
			buf = NULL;
		}
		zip_fclose(f);
	}
	if (za)
		zip_close(za);
	else if (src)
		zip_source_free(src);
	zip_error_fini(&ze);
	return buf;
}

static void test_docx(void **state)
{
	struct doc d;
	struct sbuf out = SBUF_INIT(0), again = SBUF_INIT(0);
	struct sk_err e = { 0, "" };
	char *doc, *core, *chart;

	(void)state;
	build_small(&d);
	assert_int_equal(docx_render(&d, &out, &e), 0);
	assert_int_equal(docx_render(&d, &again, &e), 0);
	assert_true(out.n == again.n && memcmp(out.z, again.z, out.n) == 0);
	doc = zip_entry(&out, "word/document.xml");
	core = zip_entry(&out, "docProps/core.xml");
	chart = zip_entry(&out, "word/charts/chart1.xml");
	assert_non_null(doc);
	assert_non_null(core);
	assert_non_null(chart);
	assert_null(strstr(doc, "<script"));
	assert_non_null(strstr(doc, "&lt;script&gt;alert(1)&lt;/script&gt;"));
	assert_non_null(strstr(doc, "BAB I &lt;b&gt;"));
	assert_non_null(strstr(doc, "<w:tblHeader/>"));
	assert_non_null(strstr(doc, "w:val=\"Heading1\""));
	assert_non_null(strstr(core, "2025-03-27T00:00:00Z"));
	assert_null(strstr(chart, "<script"));
	assert_non_null(strstr(chart, "<a:t>125,00</a:t>"));
	free(doc);
	free(core);
	free(chart);
	sbuf_release(&out);
	sbuf_release(&again);
	doc_free(&d);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_escape),
		cmocka_unit_test(test_writer),
		cmocka_unit_test(test_writer_misuse),
		cmocka_unit_test(test_tanggal),
		cmocka_unit_test(test_nilai),
		cmocka_unit_test(test_widths),
		cmocka_unit_test(test_html_escapes),
		cmocka_unit_test(test_docx),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
