/* t_model: the lookups of the package model (src/core/model.c). The rows
 * of the table are the rule: a year's periods are found by year alone,
 * whatever their kind, and a year without any (before, between, after
 * the reported years) has none. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "core/model.h"

#include <string.h>

#define NEL(a) (sizeof(a) / sizeof((a)[0]))

/* 2022 by quarter, 2024 by month, 2025 by quarter (sorted by year, as
 * the reader and the store leave them). */
static struct nilai aQ22[4], aM24[12], aQ25[4];
static struct periode aPeriode[] = {
	{ 2022, 0, 4, aQ22 },
	{ 2024, 1, 12, aM24 },
	{ 2025, 0, 4, aQ25 },
};

static void test_indikator_periode(void **state)
{
	static const struct {
		int tahun;
		int want;     /* index into aPeriode, -1: none */
	} aCase[] = {
		{ 2021, -1 },  /* before the first */
		{ 2022, 0 },
		{ 2023, -1 },  /* a gap */
		{ 2024, 1 },   /* months */
		{ 2025, 2 },   /* the last */
		{ 2026, -1 },  /* after the last */
		{ 0, -1 },
	};
	struct indikator ind;
	size_t i;

	(void)state;
	memset(&ind, 0, sizeof ind);
	ind.kode = "IK-1";
	ind.nperiode = (int)NEL(aPeriode);
	ind.periode = aPeriode;
	for (i = 0; i < NEL(aCase); i++) {
		const struct periode *p = indikator_periode(&ind, aCase[i].tahun);

		if (aCase[i].want < 0) {
			assert_null(p);
		} else {
			/* the element itself, so a writer can find its index */
			assert_ptr_equal(p, &aPeriode[aCase[i].want]);
			assert_int_equal(p->tahun, aCase[i].tahun);
		}
	}
	assert_int_equal(indikator_periode(&ind, 2024)->bulanan, 1);
	assert_int_equal(indikator_periode(&ind, 2024)->n, 12);
}

static void test_indikator_periode_none(void **state)
{
	struct indikator ind;

	(void)state;
	memset(&ind, 0, sizeof ind);
	assert_null(indikator_periode(&ind, 2024)); /* no periods at all */
	assert_null(indikator_periode(NULL, 2024)); /* no indicator (a diff side) */
	ind.nperiode = 1;
	ind.periode = &aPeriode[1];
	assert_null(indikator_periode(&ind, 2022)); /* only 2024 is there */
	assert_ptr_equal(indikator_periode(&ind, 2024), &aPeriode[1]);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_indikator_periode),
		cmocka_unit_test(test_indikator_periode_none),
	};
	return cmocka_run_group_tests_name("t_model", tests, NULL, NULL);
}
