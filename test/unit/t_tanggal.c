/* t_tanggal: YYYY-MM-DD dates and their Indonesian form. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "core/tanggal.h"

static void test_valid(void **state)
{
	static const char *const ok[] = { "2024-01-02", "2024-02-29",
		"2000-02-29", "1900-01-01", "2025-12-31", "2026-04-30" };
	static const char *const bad[] = { "2023-02-29", "1900-02-29",
		"2025-02-30", "2025-04-31", "2025-13-01", "2025-00-10",
		"2025-01-00", "1899-12-31", "2025-1-02", "2025/01/02",
		"2025-01-02 ", " 2025-01-02", "20a5-01-02", "", NULL };
	size_t i;

	(void)state;
	for (i = 0; i < sizeof ok / sizeof ok[0]; i++)
		assert_true(tanggal_valid(ok[i]));
	for (i = 0; i < sizeof bad / sizeof bad[0]; i++)
		assert_false(tanggal_valid(bad[i]));
}

static void test_indonesian(void **state)
{
	char buf[40] = "unchanged";

	(void)state;
	assert_string_equal(tanggal_id("2024-01-02", buf, sizeof buf),
			    "2 Januari 2024");
	assert_string_equal(tanggal_id("2025-06-30", buf, sizeof buf),
			    "30 Juni 2025");
	assert_string_equal(tanggal_id("2025-12-31", buf, sizeof buf),
			    "31 Desember 2025");
	assert_null(tanggal_id("2023-02-29", buf, sizeof buf));
	assert_string_equal(buf, "31 Desember 2025"); /* untouched */
	assert_string_equal(bulan_nama(1), "Januari");
	assert_string_equal(bulan_nama(8), "Agustus");
	assert_null(bulan_nama(0));
	assert_null(bulan_nama(13));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_valid),
		cmocka_unit_test(test_indonesian),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
