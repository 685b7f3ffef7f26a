/* t_scale: ordered labels (src/core/scale.c, sakip-domain.md §3, §4).
 * The predikat scale has closed lower bounds (91 → Sangat Tinggi), the
 * AKIP scale open ones (90,00 → A, 90,01 → AA). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "core/scale.h"
#include "util/err.h"

#include <string.h>

#define N(m, e) { (m), (e) }
#define NEL(a) (sizeof(a) / sizeof((a)[0]))

struct row {
	const struct skala *s;
	struct num x;
	const char *label;
};

static void check_rows(const struct row *r, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		const char *got = skala_label(r[i].s, r[i].x);
		if (strcmp(got, r[i].label) != 0)
			fail_msg("%s row %zu {%lld, %d}: \"%s\", want \"%s\"",
				 r[i].s->kode, i, (long long)r[i].x.m, r[i].x.e,
				 got, r[i].label);
	}
}

static void test_predikat_default(void **state)
{
	const struct skala *s = &skala_predikat_default;
	const struct row aRow[] = {
		{ s, N(125, 0), "Sangat Tinggi" },
		{ s, N(100, 0), "Sangat Tinggi" },
		{ s, N(91, 0), "Sangat Tinggi" },       /* closed: 91 is in */
		{ s, N(9100, 2), "Sangat Tinggi" },
		{ s, N(9099, 2), "Tinggi" },
		{ s, N(90999999999LL, 9), "Tinggi" },
		{ s, N(90, 0), "Tinggi" },              /* the seeds' gap 90…91 */
		{ s, N(76, 0), "Tinggi" },
		{ s, N(7599, 2), "Sedang" },
		{ s, N(75, 0), "Sedang" },
		{ s, N(66, 0), "Sedang" },
		{ s, N(6599, 2), "Rendah" },
		{ s, N(51, 0), "Rendah" },
		{ s, N(5099, 2), "Sangat Rendah" },
		{ s, N(50, 0), "Sangat Rendah" },
		{ s, N(0, 0), "Sangat Rendah" },
		{ s, N(-50, 0), "Sangat Rendah" },      /* below every bound */
	};

	(void)state;
	check_rows(aRow, NEL(aRow));
	assert_int_equal(skala_tingkat_of(s, (struct num)N(91, 0)), 0);
	assert_int_equal(skala_tingkat_of(s, (struct num)N(5099, 2)), 4);
}

static void test_akip(void **state)
{
	const struct skala *s = &skala_akip;
	const struct row aRow[] = {
		{ s, N(100, 0), "AA" },
		{ s, N(9001, 2), "AA" },
		{ s, N(9000, 2), "A" },   /* open: 90,00 is not > 90 */
		{ s, N(90, 0), "A" },
		{ s, N(8001, 2), "A" },
		{ s, N(80, 0), "BB" },
		{ s, N(7001, 2), "BB" },
		{ s, N(70, 0), "B" },
		{ s, N(60, 0), "CC" },
		{ s, N(5001, 2), "CC" },
		{ s, N(50, 0), "C" },
		{ s, N(3001, 2), "C" },
		{ s, N(3000, 2), "D" },
		{ s, N(0, 0), "D" },
		{ s, N(-1, 0), "D" },
	};

	(void)state;
	check_rows(aRow, NEL(aRow));
}

static void test_ordinal_and_find(void **state)
{
	(void)state;
	assert_int_equal(skala_tingkat_of(&skala_opini_bpk, num_int(100)), -1);
	assert_string_equal(skala_label(&skala_opini_bpk, num_int(100)), "");
	assert_int_equal(skala_find(&skala_opini_bpk, "WTP"), 0);
	assert_int_equal(skala_find(&skala_opini_bpk, "WDP"), 1);
	assert_int_equal(skala_find(&skala_opini_bpk, "TMP"), 3);
	assert_int_equal(skala_find(&skala_opini_bpk, "wtp"), -1);
	assert_int_equal(skala_find(&skala_opini_bpk, ""), -1);
	assert_int_equal(skala_find(&skala_akip, "CC"), 4);
	assert_int_equal(skala_find(&skala_akip, "E"), -1);

	assert_ptr_equal(skala_builtin("akip"), &skala_akip);
	assert_ptr_equal(skala_builtin("opini_bpk"), &skala_opini_bpk);
	assert_ptr_equal(skala_builtin("predikat"), &skala_predikat_default);
	assert_null(skala_builtin("AKIP"));
	assert_null(skala_builtin(""));
	assert_null(skala_builtin(NULL));
}

static void test_build(void **state)
{
	static const char *const aLab[] = { "Baik", "Cukup", "Kurang" };
	static const char *const aBad[] = { "Baik", "", "Kurang" };
	const struct num aOk[] = { N(80, 0), N(6050, 2), N(0, 0) };
	const struct num aEqual[] = { N(80, 0), N(80, 0), N(0, 0) };
	const struct num aUp[] = { N(60, 0), N(80, 0), N(0, 0) };
	const struct num aUpLast[] = { N(80, 0), N(60, 0), N(61, 0) };
	const char *aMany[SKALA_MAX + 1];
	struct num aManyMin[SKALA_MAX + 1];
	struct skala s;
	int i;

	(void)state;
	assert_int_equal(skala_build(&s, "pemda", 1, 0, 3, aLab, aOk), 0);
	assert_int_equal(s.n, 3);
	assert_string_equal(skala_label(&s, num_int(80)), "Baik");   /* closed */
	assert_string_equal(skala_label(&s, (struct num)N(7999, 2)), "Cukup");
	assert_string_equal(skala_label(&s, (struct num)N(605, 1)), "Cukup");
	assert_string_equal(skala_label(&s, (struct num)N(6049, 2)), "Kurang");

	assert_int_equal(skala_build(&s, "pemda", 1, 1, 3, aLab, aOk), 0);
	assert_string_equal(skala_label(&s, num_int(80)), "Cukup");  /* open */
	assert_string_equal(skala_label(&s, (struct num)N(8001, 2)), "Baik");

	/* bounds must strictly decrease */
	assert_int_equal(skala_build(&s, "x", 1, 0, 3, aLab, aEqual), SK_EINVAL);
	assert_int_equal(skala_build(&s, "x", 1, 0, 3, aLab, aUp), SK_EINVAL);
	assert_int_equal(skala_build(&s, "x", 1, 0, 3, aLab, aUpLast), SK_EINVAL);
	/* labels present, count within limits */
	assert_int_equal(skala_build(&s, "x", 1, 0, 3, aBad, aOk), SK_EINVAL);
	assert_int_equal(skala_build(&s, "x", 1, 0, 0, aLab, aOk), SK_EINVAL);
	assert_int_equal(skala_build(&s, "x", 1, 0, -1, aLab, aOk), SK_EINVAL);
	for (i = 0; i <= SKALA_MAX; i++) {
		aMany[i] = "L";
		aManyMin[i] = num_int(100 - i);
	}
	assert_int_equal(skala_build(&s, "x", 1, 0, SKALA_MAX, aMany, aManyMin),
			 0);
	assert_int_equal(skala_build(&s, "x", 1, 0, SKALA_MAX + 1, aMany,
				     aManyMin), SK_EINVAL);
	/* an ordinal scale needs no bounds */
	assert_int_equal(skala_build(&s, "ord", 0, 0, 3, aLab, NULL), 0);
	assert_int_equal(skala_tingkat_of(&s, num_int(5)), -1);
	assert_int_equal(skala_find(&s, "Kurang"), 2);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_predikat_default),
		cmocka_unit_test(test_akip),
		cmocka_unit_test(test_ordinal_and_find),
		cmocka_unit_test(test_build),
	};
	return cmocka_run_group_tests_name("t_scale", tests, NULL, NULL);
}
