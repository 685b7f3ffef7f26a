/* t_money: integer Rupiah (src/core/money.c, sakip-domain.md §5):
 * amounts as documents print them, exact sums, serapan, terbilang. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "core/money.h"
#include "util/err.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NEL(a) (sizeof(a) / sizeof((a)[0]))

static void test_parse_ok(void **state)
{
	static const struct {
		const char *in;
		int64_t want;
	} aRow[] = {
		{ "9.487.138.421", 9487138421LL },
		{ "Rp 2.294.331.050", 2294331050LL },
		{ "Rp. 8.757.684.970,-", 8757684970LL },
		{ "Rp 1.500.000,00", 1500000 },
		{ "Rp 9,487,138,421", 9487138421LL },     /* English grouping */
		{ "Rp 1,500,000.00", 1500000 },
		{ "Rp16.279.712.340", 16279712340LL },
		{ "14811246770", 14811246770LL },
		{ "Rp -", 0 },                            /* nil */
		{ "-", 0 },
		{ "Rp. -", 0 },
		{ "Rp 0", 0 },
		{ "0", 0 },
		{ "0,00", 0 },
		{ "Rp 0,-", 0 },
		{ "1.000,0", 1000 },
		{ "Rp 1.500", 1500 },                     /* never 1,5 Rupiah */
		{ "Rp 1,500", 1500 },
		{ "  Rp  5.000  ", 5000 },
		{ "rp 5.000", 5000 },
		{ "RP. 5.000", 5000 },
		{ "IDR 5,000", 5000 },
		{ "Rp\xC2\xA0" "5.000\xC2\xA0", 5000 },   /* no-break spaces */
		{ "007", 7 },
		{ "-5.000", -5000 },
		{ "-Rp 5.000", -5000 },
		{ "Rp -5.000", -5000 },
		{ "Rp - 5.000", -5000 },
		{ "\xE2\x88\x92" "5.000", -5000 },       /* U+2212 minus */
		{ "999.999.999.999.999.999", MONEY_MAX },
		{ "-999999999999999999", -MONEY_MAX },
	};
	size_t i;

	(void)state;
	for (i = 0; i < NEL(aRow); i++) {
		int64_t v = -7;
		const char *why = NULL;
		int rc = money_parse(aRow[i].in, strlen(aRow[i].in), &v, &why);
		if (rc != 0 || v != aRow[i].want)
			fail_msg("\"%s\": rc %d (%s) %lld, want %lld", aRow[i].in,
				 rc, rc ? why : "", (long long)v,
				 (long long)aRow[i].want);
	}
}

static void test_parse_rejected(void **state)
{
	static const struct {
		const char *in;
		const char *why;
	} aRow[] = {
		{ "", "empty" },
		{ "   ", "empty" },
		{ "Rp", "not an amount" },
		{ "Rp.", "not an amount" },
		{ "Rp 1,50", "has a fraction" },
		{ "Rp 1.500.000,50", "has a fraction" },
		{ "Rp 1.500.000,01", "has a fraction" },
		{ "1234,5", "has a fraction" },
		{ "12,345.67", "has a fraction" },
		{ "0,01", "has a fraction" },
		{ "1.5", "has a fraction" },
		{ "abc", "not an amount" },
		{ "Rp abc", "not an amount" },
		{ "5 juta", "not an amount" },
		{ "5%", "not an amount" },
		{ "--5", "not an amount" },
		{ "5-", "not an amount" },
		{ "Rp -,-", "not an amount" },
		{ "(5.000)", "not an amount" },
		{ "ab\xFF", "not an amount" },
		{ "#####", "not an amount" },
		{ "1,2,3", "bad digit grouping" },
		{ "12.34.567", "bad digit grouping" },
		{ "1.000.000.00", "bad digit grouping" },
		{ "1..000", "bad digit grouping" },
		{ "1.234,567,8", "bad digit grouping" },
		{ "1.000.000.000.000.000.000", "too large" },
		{ "9999999999999999999999", "too large" },
		{ "-1000000000000000000", "too large" },
	};
	size_t i;

	(void)state;
	for (i = 0; i < NEL(aRow); i++) {
		int64_t v = 12345;
		const char *why = NULL;
		int rc = money_parse(aRow[i].in, strlen(aRow[i].in), &v, &why);
		if (rc != SK_EINVAL || !why || strcmp(why, aRow[i].why) != 0)
			fail_msg("\"%s\": rc %d why \"%s\" (%lld), want \"%s\"",
				 aRow[i].in, rc, why ? why : "(null)",
				 (long long)v, aRow[i].why);
		assert_int_equal(v, 12345); /* untouched on error */
	}
}

/* n bytes, not a C string: nothing past n is read (ASan watches the
 * exact-size copies). */
static void test_parse_bounds(void **state)
{
	static const struct {
		const char *z;
		size_t n;
		int rc;
		int64_t want;
	} aRow[] = {
		{ "Rp", 2, SK_EINVAL, 0 },
		{ "Rp.", 3, SK_EINVAL, 0 },
		{ "5,-", 3, 0, 5 },
		{ "-", 1, 0, 0 },
		{ "Rp 5.000xyz", 8, 0, 5000 },
		{ "5\0" "00", 4, SK_EINVAL, 0 },
	};
	size_t i;
	int64_t v;
	const char *why;

	(void)state;
	for (i = 0; i < NEL(aRow); i++) {
		char *p = malloc(aRow[i].n);
		int rc;

		assert_non_null(p);
		memcpy(p, aRow[i].z, aRow[i].n);
		v = -1;
		rc = money_parse(p, aRow[i].n, &v, &why);
		free(p);
		if (rc != aRow[i].rc || (rc == 0 && v != aRow[i].want))
			fail_msg("row %zu: rc %d v %lld", i, rc, (long long)v);
	}
	assert_int_equal(money_parse(NULL, 0, &v, &why), SK_EINVAL);
	assert_string_equal(why, "empty");
}

static void test_add(void **state)
{
	static const int64_t aRow[] = {
		9487138421LL, 2790167600LL, 3661606319LL, 340800000LL,
	};
	int64_t acc = 0;
	size_t i;

	(void)state;
	for (i = 0; i < NEL(aRow); i++)
		assert_int_equal(money_add(&acc, aRow[i]), 0);
	assert_int_equal(acc, 16279712340LL);

	/* overflow leaves the sum as it was */
	acc = MONEY_MAX;
	assert_int_equal(money_add(&acc, 1), SK_ELIMIT);
	assert_int_equal(acc, MONEY_MAX);
	assert_int_equal(money_add(&acc, 0), 0);
	assert_int_equal(money_add(&acc, -MONEY_MAX), 0);
	assert_int_equal(acc, 0);
	acc = -MONEY_MAX;
	assert_int_equal(money_add(&acc, -1), SK_ELIMIT);
	assert_int_equal(acc, -MONEY_MAX);
	acc = INT64_MAX; /* not an amount, but never wraps */
	assert_int_equal(money_add(&acc, INT64_MAX), SK_ELIMIT);
	assert_int_equal(acc, INT64_MAX);
	acc = INT64_MIN;
	assert_int_equal(money_add(&acc, -1), SK_ELIMIT);
	assert_int_equal(acc, INT64_MIN);
	/* 10 × 10^17 no longer fits, 9 × does */
	acc = 0;
	for (i = 0; i < 9; i++)
		assert_int_equal(money_add(&acc, 100000000000000000LL), 0);
	assert_int_equal(money_add(&acc, 100000000000000000LL), SK_ELIMIT);
}

static void test_serapan_efisien(void **state)
{
	static const struct {
		int64_t r, pagu;
		int rc;
		pct_t exact;
		const char *shown;
	} aRow[] = {
		{ 9236881246LL, 9487138421LL, 0, 97362142683LL, "97,36" },
		{ 14109622973LL, 16279712340LL, 0, 86669977198LL, "86,67" },
		{ 0, 5000, 0, 0, "0,00" },
		{ 5000, 5000, 0, PCT(100), "100,00" },
		{ 7500, 5000, 0, PCT(150), "150,00" },
		{ 1, 3, 0, 33333333333LL, "33,33" },
		{ 5000, 0, SK_EINVAL, 0, NULL },      /* no pagu, no serapan */
		{ 5000, -1, SK_EINVAL, 0, NULL },
		{ MONEY_MAX, 1, SK_ELIMIT, 0, NULL },
	};
	char buf[NUM_BUFSZ];
	size_t i;

	(void)state;
	for (i = 0; i < NEL(aRow); i++) {
		pct_t p = -1;
		int rc = money_serapan(aRow[i].r, aRow[i].pagu, &p);
		if (rc != aRow[i].rc)
			fail_msg("row %zu: rc %d, want %d", i, rc, aRow[i].rc);
		if (rc)
			continue;
		assert_int_equal(p, aRow[i].exact);
		assert_string_equal(pct_format(p, 2, NUM_ID, buf), aRow[i].shown);
	}

	/* efficient when capaian − serapan > ambang */
	assert_int_equal(money_efisien(98850000000LL, 97360000000LL, 0), 1);
	assert_int_equal(money_efisien(97360000000LL, 97360000000LL, 0), 0);
	assert_int_equal(money_efisien(97360000000LL, 98850000000LL, 0), 0);
	assert_int_equal(money_efisien(98850000000LL, 97360000000LL, PCT(1)), 1);
	assert_int_equal(money_efisien(98850000000LL, 97360000000LL, PCT(2)), 0);
	assert_int_equal(money_efisien(PCT(80), PCT(90), -PCT(20)), 1);
	/* no overflow at the edges of pct_t */
	assert_int_equal(money_efisien(INT64_MAX, -INT64_MAX, 0), 1);
	assert_int_equal(money_efisien(-INT64_MAX, INT64_MAX, 0), 0);
}

static void test_format(void **state)
{
	char buf[NUM_BUFSZ];

	(void)state;
	assert_string_equal(money_format(16279712340LL, buf), "16.279.712.340");
	assert_string_equal(money_format(9487138421LL, buf), "9.487.138.421");
	assert_string_equal(money_format(0, buf), "0");
	assert_string_equal(money_format(999, buf), "999");
	assert_string_equal(money_format(-5000, buf), "-5.000");
	assert_string_equal(money_format(MONEY_MAX, buf),
			    "999.999.999.999.999.999");
}

static void test_terbilang(void **state)
{
	static const struct {
		int64_t v;
		const char *want;
	} aRow[] = {
		{ 0, "nol" },
		{ 1, "satu" },
		{ 10, "sepuluh" },
		{ 11, "sebelas" },
		{ 12, "dua belas" },
		{ 19, "sembilan belas" },
		{ 20, "dua puluh" },
		{ 21, "dua puluh satu" },
		{ 100, "seratus" },
		{ 101, "seratus satu" },
		{ 110, "seratus sepuluh" },
		{ 111, "seratus sebelas" },
		{ 115, "seratus lima belas" },
		{ 999, "sembilan ratus sembilan puluh sembilan" },
		{ 1000, "seribu" },
		{ 1001, "seribu satu" },
		{ 1100, "seribu seratus" },
		{ 2000, "dua ribu" },
		{ 10000, "sepuluh ribu" },
		{ 11000, "sebelas ribu" },
		{ 100000, "seratus ribu" },
		{ 101000, "seratus satu ribu" },   /* not "seratus seribu" */
		{ 1000000, "satu juta" },
		{ 1001000, "satu juta seribu" },
		{ 1000000000, "satu miliar" },
		{ 1000000000000LL, "satu triliun" },
		{ 2001001001LL, "dua miliar satu juta seribu satu" },
		{ 14811246770LL, "empat belas miliar delapan ratus sebelas juta "
				 "dua ratus empat puluh enam ribu tujuh ratus "
				 "tujuh puluh" },
		{ 16279712340LL, "enam belas miliar dua ratus tujuh puluh sembilan "
				 "juta tujuh ratus dua belas ribu tiga ratus "
				 "empat puluh" },
		{ 999999999999999LL,
		  "sembilan ratus sembilan puluh sembilan triliun "
		  "sembilan ratus sembilan puluh sembilan miliar "
		  "sembilan ratus sembilan puluh sembilan juta "
		  "sembilan ratus sembilan puluh sembilan ribu "
		  "sembilan ratus sembilan puluh sembilan" },
	};
	char buf[TERBILANG_BUFSZ];
	size_t i;

	(void)state;
	for (i = 0; i < NEL(aRow); i++) {
		int n = terbilang(aRow[i].v, buf, sizeof buf);
		if (n < 0 || strcmp(buf, aRow[i].want) != 0)
			fail_msg("%lld: %d \"%s\", want \"%s\"",
				 (long long)aRow[i].v, n, n < 0 ? "" : buf,
				 aRow[i].want);
		assert_int_equal(n, (int)strlen(aRow[i].want));
	}
}

static void test_terbilang_limits(void **state)
{
	char buf[TERBILANG_BUFSZ];
	char small[8];

	(void)state;
	assert_int_equal(terbilang(-1, buf, sizeof buf), SK_ELIMIT);
	assert_int_equal(terbilang(1000000000000000LL, buf, sizeof buf),
			 SK_ELIMIT);
	assert_int_equal(terbilang(MONEY_MAX, buf, sizeof buf), SK_ELIMIT);
	assert_int_equal(terbilang(INT64_MIN, buf, sizeof buf), SK_ELIMIT);
	/* "sebelas" needs 8 bytes with its NUL */
	assert_int_equal(terbilang(11, small, 8), 7);
	assert_string_equal(small, "sebelas");
	memset(small, 'x', sizeof small);
	assert_int_equal(terbilang(11, small, 7), SK_ELIMIT);
	assert_string_equal(small, ""); /* no half-written words */
	assert_int_equal(terbilang(12, small, 8), SK_ELIMIT); /* "dua belas" */
	assert_int_equal(terbilang(1, buf, 0), SK_ELIMIT);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_parse_ok),
		cmocka_unit_test(test_parse_rejected),
		cmocka_unit_test(test_parse_bounds),
		cmocka_unit_test(test_add),
		cmocka_unit_test(test_serapan_efisien),
		cmocka_unit_test(test_format),
		cmocka_unit_test(test_terbilang),
		cmocka_unit_test(test_terbilang_limits),
	};
	return cmocka_run_group_tests_name("t_money", tests, NULL, NULL);
}
