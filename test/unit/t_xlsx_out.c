/* xlsx_out_text: cell text escaped so that an OOXML reader, which takes
 * "_xHHHH_" for the character U+HHHH, reads back what was written; and
 * a workbook written with xlsx_out_write_text read back by xlsx_read. */
#include "io/xlsx_out.h"
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

/* text, how it is written (NULL: unchanged, the same pointer) */
static const char *const aCase[][2] = {
	{ "", NULL },
	{ "laporan_final.pdf", NULL },
	{ "_x2024_", "_x005F_x2024_" },
	{ "laporan_x2024_final.pdf", "laporan_x005F_x2024_final.pdf" },
	{ "_x20_", NULL },          /* 2 digits */
	{ "_xZZZZ_", NULL },        /* not hex */
	{ "x2024_", NULL },         /* no leading "_" */
	{ "_x2024", NULL },         /* no trailing "_" */
	{ "_X2024_", NULL },        /* the reader wants a small x */
	{ "_x20245_", NULL },       /* 5 digits */
	{ "_x_x0041_", "_x_x005F_x0041_" },
	{ "_xabCD_", "_x005F_xabCD_" },
	{ "_x0000_", "_x005F_x0000_" },
	{ "_x005F_", "_x005F_x005F_" },
	/* already escaped text is text like any other */
	{ "_x005F_x2024_", "_x005F_x005F_x005F_x2024_" },
	/* sequences sharing their "_": each one escaped */
	{ "_x0041_x0042_", "_x005F_x0041_x005F_x0042_" },
	{ "a_x0041_b_x0042_c", "a_x005F_x0041_b_x005F_x0042_c" },
	{ "__x0041__", "__x005F_x0041__" },
};

/* What a reader makes of the written text. */
static void decode(struct sbuf *b, const char *z)
{
	sbuf_reset(b);
	xr_add_text(b, z);
	assert_int_equal(b->err, 0);
}

static void t_escape(void **state)
{
	struct sbuf tmp = SBUF_INIT(0), back = SBUF_INIT(0);
	size_t i;

	(void)state;
	for (i = 0; i < sizeof aCase / sizeof aCase[0]; i++) {
		const char *in = aCase[i][0], *want = aCase[i][1];
		const char *got = xlsx_out_text(in, &tmp);

		assert_non_null(got);
		if (!want) {
			assert_ptr_equal(got, in);
		} else {
			assert_ptr_equal(got, tmp.z);
			assert_string_equal(got, want);
		}
		decode(&back, got);
		assert_string_equal(back.z, in);
	}
	/* without the escape the reader would not give the text back */
	decode(&back, "laporan_x2024_final.pdf");
	assert_string_equal(back.z, "laporan\xe2\x80\xa4" "final.pdf");
	sbuf_release(&tmp);
	sbuf_release(&back);
}

/* Every arrangement of "_", "x", "0", "A" and "Z" up to 9 characters
 * reads back as itself. */
static void t_exhaustive(void **state)
{
	static const char alpha[] = "_x0AZ";
	struct sbuf tmp = SBUF_INIT(0), back = SBUF_INIT(0);
	char z[10];
	int len, k;
	long n, m, total;

	(void)state;
	for (len = 1; len <= 9; len++) {
		for (total = 1, k = 0; k < len; k++)
			total *= 5;
		for (n = 0; n < total; n++) {
			for (m = n, k = 0; k < len; k++, m /= 5)
				z[k] = alpha[m % 5];
			z[len] = 0;
			decode(&back, xlsx_out_text(z, &tmp));
			if (strcmp(back.z, z))
				fail_msg("'%s' reads back as '%s'", z, back.z);
		}
	}
	sbuf_release(&tmp);
	sbuf_release(&back);
}

static const char *const aCell[] = {
	"laporan_x2024_final.pdf", "catatan _x0041_ tetap", "_x005F_x2024_",
	"_x0041_x0042_", "biasa",
};

static void t_workbook(void **state)
{
	char path[] = "/tmp/t_xlsx_out.XXXXXX";
	int fd = mkstemp(path);
	lxw_workbook *wb;
	lxw_worksheet *ws;
	struct xlsx_book b;
	struct sk_err e = { 0, "" };
	const struct xlsx_sheet *s;
	FILE *f;
	char *buf;
	long n;
	size_t i, nc = sizeof aCell / sizeof aCell[0];

	(void)state;
	assert_true(fd >= 0);
	close(fd);
	wb = workbook_new(path);
	ws = workbook_add_worksheet(wb, "Data");
	for (i = 0; i < nc; i++)
		assert_int_equal(xlsx_out_write_text(ws, (lxw_row_t)i, 0,
						     aCell[i], NULL),
				 LXW_NO_ERROR);
	assert_int_equal(workbook_close(wb), LXW_NO_ERROR);
	f = fopen(path, "rb");
	assert_non_null(f);
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	rewind(f);
	buf = malloc((size_t)n);
	assert_non_null(buf);
	assert_int_equal(fread(buf, 1, (size_t)n, f), (size_t)n);
	fclose(f);
	unlink(path);
	if (xlsx_read(buf, (size_t)n, NULL, &b, &e))
		fail_msg("%s", e.msg);
	s = xlsx_sheet(&b, "Data");
	assert_non_null(s);
	for (i = 0; i < nc; i++)
		assert_string_equal(xlsx_text(s, (int)i + 1, 0), aCell[i]);
	xlsx_free(&b);
	free(buf);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(t_escape),
		cmocka_unit_test(t_exhaustive),
		cmocka_unit_test(t_workbook),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
