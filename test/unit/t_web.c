/* t_web: the escaping printf of pages (src/web/html.c) and which
 * evidence files are accepted (src/web/upload.c).
 * The rows of each table are the rule. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "web/html.h"
#include "web/page.h"

#include <string.h>

#define NEL(a) (sizeof(a) / sizeof((a)[0]))

static void test_escape(void **state)
{
	static const struct {
		const char *fmt, *arg, *want;
	} aRow[] = {
		{ "<td>%s</td>", "a < b & c > d", "<td>a &lt; b &amp; c &gt; d</td>" },
		{ "<td>%s</td>", "<script>alert(1)</script>",
		  "<td>&lt;script&gt;alert(1)&lt;/script&gt;</td>" },
		{ "<a title=\"%a\">", "\" onmouseover=\"x", "<a title=\"&quot; "
		  "onmouseover=&quot;x\">" },
		{ "<a title='%a'>", "' onclick='x", "<a title='&#39; onclick=&#39;x'>" },
		{ "<a href=\"/p?q=%u\">", "a b&c=d/\"<", "<a href=\"/p?q=a%20b%26c"
		  "%3Dd%2F%22%3C\">" },
		{ "%u", "kec-teluk_segara.~", "kec-teluk_segara.~" },
		{ "%s", "Capaian 97,36% — ok", "Capaian 97,36% — ok" },
		{ "%s", NULL, "" },
		{ "100 %% %s", "x", "100 % x" },
		{ "%q", "unused", "%?" },   /* an unknown directive shows, reads nothing */
	};
	size_t i;

	(void)state;
	for (i = 0; i < NEL(aRow); i++) {
		struct sbuf b = SBUF_INIT(0);

		html_printf(&b, aRow[i].fmt, aRow[i].arg);
		if (strcmp(b.z, aRow[i].want) != 0)
			fail_msg("row %zu: got '%s', want '%s'", i, b.z,
				 aRow[i].want);
		sbuf_release(&b);
	}
}

static void test_numbers(void **state)
{
	struct sbuf b = SBUF_INIT(0);

	(void)state;
	html_printf(&b, "%n|%p|%d|%D", (int64_t)9487138421LL,
		    (pct_t)PCT(86) + 375000000, -3, (int64_t)-1234567890123LL);
	assert_string_equal(b.z, "9.487.138.421|86,38|-3|-1234567890123");
	sbuf_reset(&b);
	html_trusted(&b, "<b>ok</b>");
	assert_string_equal(b.z, "<b>ok</b>");
	sbuf_release(&b);
}

static void test_upload_type(void **state)
{
	static const unsigned char png[] = "\x89PNG\r\n\x1a\nrest";
	static const unsigned char jpg[] = "\xff\xd8\xff\xe0rest";
	static const struct {
		const char *name;
		const void *p;
		size_t n;
		const char *want; /* NULL: refused */
	} aRow[] = {
		{ "laporan.pdf", "%PDF-1.7\n...", 12, "pdf" },
		{ "LAPORAN.PDF", "%PDF-1.7\n...", 12, "pdf" },
		{ "foto.png", png, sizeof png - 1, "png" },
		{ "foto.jpg", jpg, sizeof jpg - 1, "jpg" },
		{ "foto.JPEG", jpg, sizeof jpg - 1, "jpg" },
		{ "foto.pdf", png, sizeof png - 1, NULL },      /* name lies */
		{ "foto.png", "%PDF-1.7", 8, NULL },
		{ "halaman.html", "<html>", 6, NULL },
		{ "bukti.pdf", "<html><script>", 14, NULL },
		{ "program.exe", "MZ\x90", 3, NULL },
		{ "tanpa-ekstensi", "%PDF-1.7", 8, NULL },
		{ "kosong.pdf", "", 0, NULL },
		{ "pendek.pdf", "%PD", 3, NULL },
		{ "arsip.docx", "PK\x03\x04 not a zip", 16, NULL },
		{ "arsip.xlsx", "PK\x03\x04 not a zip", 16, NULL },
	};
	size_t i;

	(void)state;
	for (i = 0; i < NEL(aRow); i++) {
		const char *got = upload_type(aRow[i].name, aRow[i].p, aRow[i].n);

		if ((got == NULL) != (aRow[i].want == NULL) ||
		    (got && strcmp(got, aRow[i].want) != 0))
			fail_msg("row %zu (%s): got %s, want %s", i, aRow[i].name,
				 got ? got : "refused",
				 aRow[i].want ? aRow[i].want : "refused");
	}
	assert_string_equal(upload_mime("pdf"), "application/pdf");
	assert_string_equal(upload_mime("exe"), "application/octet-stream");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_escape),
		cmocka_unit_test(test_numbers),
		cmocka_unit_test(test_upload_type),
	};

	return cmocka_run_group_tests_name("t_web", tests, NULL, NULL);
}
