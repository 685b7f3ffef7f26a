/* t_num: exact decimals and percentages (src/core/num.c).
 * The rows of each table are the rule. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "core/num.h"
#include "util/err.h"

#include <stdio.h>
#include <string.h>

#define N(m, e) { (m), (e) }
#define NEL(a) (sizeof(a) / sizeof((a)[0]))

static void expect_num(struct num got, struct num want, const char *what)
{
	if (got.m != want.m || got.e != want.e)
		fail_msg("%s: got {%lld, %d}, want {%lld, %d}", what,
			 (long long)got.m, got.e, (long long)want.m, want.e);
}

static void test_cmp(void **state)
{
	static const struct {
		struct num a, b;
		int want;
	} aRow[] = {
		{ N(8402, 2), N(84020, 3), 0 },      /* 84,02 = 84,020 */
		{ N(15, 1), N(149, 2), 1 },          /* 1,5 > 1,49 */
		{ N(149, 2), N(15, 1), -1 },
		{ N(-1, 0), N(0, 0), -1 },
		{ N(-5, 1), N(-50, 2), 0 },
		{ N(-51, 2), N(-5, 1), -1 },         /* -0,51 < -0,5 */
		{ N(0, 0), N(0, 18), 0 },
		{ N(INT64_MAX, 0), N(INT64_MAX, 18), 1 },
		{ N(-INT64_MAX, 0), N(-INT64_MAX, 18), -1 },
		{ N(1, 18), N(0, 0), 1 },            /* 10^-18 > 0 */
		{ N(9099, 2), N(91, 0), -1 },        /* 90,99 < 91 */
	};
	size_t i;

	(void)state;
	for (i = 0; i < NEL(aRow); i++) {
		int got = num_cmp(aRow[i].a, aRow[i].b);
		if (got != aRow[i].want)
			fail_msg("row %zu: num_cmp = %d, want %d", i, got,
				 aRow[i].want);
		assert_int_equal(num_cmp(aRow[i].b, aRow[i].a), -aRow[i].want);
	}
	assert_true(num_is_zero(num_int(0)));
	assert_false(num_is_zero((struct num)N(1, 18)));
}

static void test_add_sub(void **state)
{
	static const struct {
		struct num a, b;
		int rc;
		struct num sum;
	} aAdd[] = {
		{ N(1, 1), N(2, 1), 0, N(3, 1) },             /* 0,1 + 0,2 */
		{ N(8402, 2), N(1598, 2), 0, N(10000, 2) },   /* 84,02 + 15,98 */
		{ N(5, 0), N(25, 1), 0, N(75, 1) },           /* 5 + 2,5 */
		{ N(-3, 0), N(3, 0), 0, N(0, 0) },
		/* an extra zero decimal is dropped to fit */
		{ N(INT64_MAX, 0), N(0, 1), 0, N(INT64_MAX, 0) },
		{ N(INT64_MAX, 0), N(1, 0), SK_ELIMIT, N(0, 0) },
		{ N(-INT64_MAX, 0), N(-1, 0), SK_ELIMIT, N(0, 0) },
		{ N(INT64_MAX, 0), N(1, 18), SK_ELIMIT, N(0, 0) },
	};
	struct num r;
	size_t i;
	char what[32];

	(void)state;
	for (i = 0; i < NEL(aAdd); i++) {
		int rc = num_add(aAdd[i].a, aAdd[i].b, &r);
		snprintf(what, sizeof what, "num_add row %zu", i);
		assert_int_equal(rc, aAdd[i].rc);
		if (rc == 0)
			expect_num(r, aAdd[i].sum, what);
	}
	assert_int_equal(num_sub((struct num)N(100, 0), (struct num)N(8402, 2),
				 &r), 0);
	expect_num(r, (struct num)N(1598, 2), "100 - 84,02");
	assert_int_equal(num_sub((struct num)N(-INT64_MAX, 0), num_int(2), &r),
			 SK_ELIMIT);
}

static void test_round(void **state)
{
	static const struct {
		struct num a;
		int e;
		struct num want;
	} aRow[] = {
		{ N(86375, 3), 2, N(8638, 2) },   /* half away from zero */
		{ N(-86375, 3), 2, N(-8638, 2) },
		{ N(86374, 3), 2, N(8637, 2) },
		{ N(5, 1), 0, N(1, 0) },
		{ N(-5, 1), 0, N(-1, 0) },
		{ N(4, 1), 0, N(0, 0) },
		{ N(8402, 2), 4, N(8402, 2) },    /* already fewer decimals */
		{ N(8402, 2), -1, N(84, 0) },     /* negative e means 0 */
		{ N(999995, 4), 2, N(10000, 2) }, /* 99,9995 → 100,00 */
	};
	size_t i;
	char what[32];

	(void)state;
	for (i = 0; i < NEL(aRow); i++) {
		snprintf(what, sizeof what, "num_round row %zu", i);
		expect_num(num_round(aRow[i].a, aRow[i].e), aRow[i].want, what);
	}
}

static void test_ratio_pct(void **state)
{
	static const struct {
		struct num a, b;
		int rc;
		pct_t want; /* exact, truncated at 10^-9 % */
	} aRow[] = {
		{ N(4837, 2), N(56, 0), 0, 86375000000LL },   /* 86,375 exactly */
		{ N(100, 0), N(80, 0), 0, PCT(125) },
		{ N(8402, 2), N(85, 0), 0, 98847058823LL },   /* 98,847058823… */
		{ N(1, 0), N(3, 0), 0, 33333333333LL },
		{ N(-1, 0), N(3, 0), 0, -33333333333LL },     /* toward zero */
		{ N(2, 0), N(3, 0), 0, 66666666666LL },       /* not …667 */
		{ N(9236881246LL, 0), N(9487138421LL, 0), 0, 97362142683LL },
		{ N(0, 0), N(5, 0), 0, 0 },
		{ N(5, 0), N(0, 0), SK_EINVAL, 0 },
		{ N(5, 0), N(0, 3), SK_EINVAL, 0 },
		{ N(INT64_MAX, 0), N(1, 18), SK_ELIMIT, 0 },
		{ N(1, 18), N(INT64_MAX, 0), 0, 0 },
		{ N(8544, 2), N(69, 0), 0, 123826086956LL },  /* A (85,44) / B (69) */
	};
	size_t i;

	(void)state;
	for (i = 0; i < NEL(aRow); i++) {
		pct_t p = -7;
		int rc = num_ratio_pct(aRow[i].a, aRow[i].b, &p);
		if (rc != aRow[i].rc)
			fail_msg("row %zu: rc %d, want %d", i, rc, aRow[i].rc);
		if (rc == 0 && p != aRow[i].want)
			fail_msg("row %zu: %lld, want %lld", i, (long long)p,
				 (long long)aRow[i].want);
	}
}

static void test_pct_round(void **state)
{
	static const struct {
		pct_t p;
		int d;
		pct_t want;
	} aRow[] = {
		{ 86375000000LL, 2, 86380000000LL },   /* 86,375 → 86,38 */
		{ -86375000000LL, 2, -86380000000LL }, /* -86,375 → -86,38 */
		{ 86374999999LL, 2, 86370000000LL },   /* 86,374999999 → 86,37 */
		{ 98847058823LL, 2, 98850000000LL },   /* 98,847… → 98,85 */
		{ 5000000LL, 2, 10000000LL },          /* 0,005 → 0,01 */
		{ -4999999LL, 2, 0 },                  /* -0,004999999 → 0 */
		{ 99500000000LL, 0, PCT(100) },
		{ 86375000001LL, 9, 86375000001LL },   /* 9 places: unchanged */
		{ 86375000000LL, -3, 86000000000LL },  /* d < 0 means 0 */
	};
	size_t i;

	(void)state;
	for (i = 0; i < NEL(aRow); i++) {
		pct_t got = pct_round(aRow[i].p, aRow[i].d);
		if (got != aRow[i].want)
			fail_msg("row %zu: %lld, want %lld", i, (long long)got,
				 (long long)aRow[i].want);
	}
	/* at the edge of pct_t it never wraps to the other sign */
	assert_true(pct_round(INT64_MAX, 2) > 0);
	assert_true(pct_round(INT64_MAX, 2) <= INT64_MAX);
	assert_true(pct_round(-INT64_MAX, 0) < 0);
	/* a double would give 86,37 here */
	assert_true(48.37 / 56 * 100 < 86.375);
}

static void test_mean_and_conversions(void **state)
{
	const pct_t a[] = { PCT(100), PCT(50), PCT(0) };
	const pct_t b[] = { 1, 2 };
	const pct_t c[] = { -1, -2 };
	pct_t p = 0;

	(void)state;
	assert_int_equal(pct_mean(a, 3), PCT(50));
	assert_int_equal(pct_mean(b, 2), 1);  /* 1,5 units truncated */
	assert_int_equal(pct_mean(c, 2), -1); /* toward zero */
	assert_int_equal(pct_mean(a, 0), 0);

	assert_int_equal(num_to_pct((struct num)N(9736, 2), &p), 0);
	assert_int_equal(p, 97360000000LL);
	assert_int_equal(num_to_pct((struct num)N(1, 12), &p), 0);
	assert_int_equal(p, 0); /* 10^-12 % truncates to 0 units */
	assert_int_equal(num_to_pct((struct num)N(INT64_MAX, 0), &p), SK_ELIMIT);
	expect_num(pct_to_num(97360000000LL), (struct num)N(97360000000LL, 9),
		   "pct_to_num");
}

static void test_format(void **state)
{
	static const struct {
		struct num a;
		int d;
		enum num_style st;
		const char *want;
	} aRow[] = {
		{ N(123456789, 2), 2, NUM_ID, "1.234.567,89" },
		{ N(123456789, 2), 2, NUM_PLAIN, "1234567.89" },
		{ N(123456789, 2), -1, NUM_ID, "1.234.567,89" },
		{ N(123456789, 2), 0, NUM_ID, "1.234.568" },
		{ N(123456789, 2), 4, NUM_ID, "1.234.567,8900" },
		{ N(-1, 3), 2, NUM_ID, "0,00" },        /* no "-0" */
		{ N(-4, 3), 2, NUM_PLAIN, "0.00" },
		{ N(-5, 3), 2, NUM_ID, "-0,01" },       /* half away from zero */
		{ N(-4, 1), 0, NUM_ID, "0" },
		{ N(0, 0), 0, NUM_ID, "0" },
		{ N(0, 5), -1, NUM_ID, "0,00000" },
		{ N(100, 0), 2, NUM_ID, "100,00" },
		{ N(1234, 0), -1, NUM_ID, "1.234" },
		{ N(123, 0), -1, NUM_ID, "123" },
		{ N(-1234567, 0), -1, NUM_ID, "-1.234.567" },
		{ N(5, 1), 0, NUM_ID, "1" },
		{ N(-5, 1), 0, NUM_ID, "-1" },
		{ N(12, 1), -1, NUM_ID, "1,2" },
		{ N(5, 2), -1, NUM_ID, "0,05" },
		{ N(1, 18), -1, NUM_ID, "0,000000000000000001" },
		{ N(INT64_MAX, 0), -1, NUM_ID, "9.223.372.036.854.775.807" },
		{ N(-INT64_MAX, 0), -1, NUM_PLAIN, "-9223372036854775807" },
		{ N(INT64_MAX, 18), -1, NUM_ID, "9,223372036854775807" },
		{ N(8637499, 5), 2, NUM_ID, "86,37" },
	};
	char buf[NUM_BUFSZ];
	size_t i;

	(void)state;
	for (i = 0; i < NEL(aRow); i++) {
		num_format(aRow[i].a, aRow[i].d, aRow[i].st, buf);
		if (strcmp(buf, aRow[i].want) != 0)
			fail_msg("row %zu: \"%s\", want \"%s\"", i, buf,
				 aRow[i].want);
	}
	/* more decimals than a num keeps is cut to what fits the buffer */
	num_format((struct num)N(-INT64_MAX, 0), 40, NUM_ID, buf);
	assert_string_equal(buf,
			    "-9.223.372.036.854.775.807,000000000000000000");
}

static void test_pct_int_format(void **state)
{
	char buf[NUM_BUFSZ];

	(void)state;
	assert_string_equal(pct_format(97360000000LL, 2, NUM_ID, buf), "97,36");
	assert_string_equal(pct_format(86375000000LL, 2, NUM_ID, buf), "86,38");
	assert_string_equal(pct_format(86375000000LL, 2, NUM_PLAIN, buf),
			    "86.38");
	assert_string_equal(pct_format(-4, 2, NUM_ID, buf), "0,00");
	assert_string_equal(pct_format(PCT(125), 0, NUM_ID, buf), "125");
	assert_string_equal(pct_format(PCT(125), 12, NUM_ID, buf), "125,00");
	assert_string_equal(pct_format(PCT(1234), 1, NUM_ID, buf), "1.234,0");

	assert_string_equal(int_format(16279712340LL, NUM_ID, buf),
			    "16.279.712.340");
	assert_string_equal(int_format(16279712340LL, NUM_PLAIN, buf),
			    "16279712340");
	assert_string_equal(int_format(-5, NUM_ID, buf), "-5");
	assert_string_equal(int_format(0, NUM_ID, buf), "0");
	assert_string_equal(int_format(-1000, NUM_ID, buf), "-1.000");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_cmp),
		cmocka_unit_test(test_add_sub),
		cmocka_unit_test(test_round),
		cmocka_unit_test(test_ratio_pct),
		cmocka_unit_test(test_pct_round),
		cmocka_unit_test(test_mean_and_conversions),
		cmocka_unit_test(test_format),
		cmocka_unit_test(test_pct_int_format),
	};
	return cmocka_run_group_tests_name("t_num", tests, NULL, NULL);
}
