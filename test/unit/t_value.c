/* t_value: what a document writes in a target or realisation cell
 * (src/core/value.c, sakip-domain.md §3). The rows of each table are the
 * rule: valid cells, odd ones and hostile ones. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "core/value.h"
#include "util/err.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NEL(a) (sizeof(a) / sizeof((a)[0]))

struct row {
	const char *in;
	size_t n; /* 0: strlen(in) */
	enum value_kind kind;
	int64_t m;
	int e;
	const char *label;  /* PREDIKAT */
	int skor;           /* PREDIKAT: has a score */
	const char *satuan; /* ANGKA, AMBANG, RENTANG */
	int op;             /* AMBANG */
	int64_t ym;         /* RENTANG high edge */
	int ye;
	const char *alasan; /* TEKS, KOSONG */
};

#define ANGKA(s, m, e, sat) { s, 0, VAL_ANGKA, m, e, "", 0, sat, 0, 0, 0, NULL }
#define PRED(s, lab) { s, 0, VAL_PREDIKAT, 0, 0, lab, 0, "", 0, 0, 0, NULL }
#define PREDS(s, lab, m, e) \
	{ s, 0, VAL_PREDIKAT, m, e, lab, 1, "", 0, 0, 0, NULL }
#define AMB(s, op, m, e, sat) \
	{ s, 0, VAL_AMBANG, m, e, "", 0, sat, op, 0, 0, NULL }
#define RENT(s, xm, xe, ym, ye, sat) \
	{ s, 0, VAL_RENTANG, xm, xe, "", 0, sat, 0, ym, ye, NULL }
#define KOSONG(s) { s, 0, VAL_KOSONG, 0, 0, "", 0, "", 0, 0, 0, ALASAN_KOSONG }
#define TEKS(s, why) { s, 0, VAL_TEKS, 0, 0, "", 0, "", 0, 0, 0, why }

static char aZeros7[402];  /* "000…0007": 400 zeros, then 7 */
static char aNines400[401]; /* a 400-digit number */

static const struct row aRow[] = {
	/* numbers: Indonesian, English, ambiguous */
	ANGKA("84,02", 8402, 2, ""),
	ANGKA("1.234.567,89", 123456789, 2, ""),
	ANGKA("9.487.138.421", 9487138421LL, 0, ""),
	ANGKA("1,234,567.89", 123456789, 2, ""),
	ANGKA("85.44", 8544, 2, ""),       /* cannot be thousands: decimal */
	ANGKA("1.234", 1234, 0, ""),       /* can be: Indonesian thousands */
	ANGKA("0.500", 500, 3, ""),        /* a leading 0 is no thousands */
	ANGKA("1234.5", 12345, 1, ""),
	ANGKA("1.234,5", 12345, 1, ""),
	ANGKA("1,2", 12, 1, ""),
	ANGKA("0", 0, 0, ""),
	ANGKA("0,0", 0, 1, ""),
	ANGKA("000123", 123, 0, ""),
	ANGKA(aZeros7, 7, 0, ""),
	ANGKA("0,000000000000000001", 1, 18, ""),
	ANGKA("123456789012345678", 123456789012345678LL, 0, ""),
	ANGKA("-5", -5, 0, ""),
	ANGKA("+5", 5, 0, ""),
	ANGKA("\xE2\x88\x92" "5", -5, 0, ""),         /* U+2212 minus */
	ANGKA("  84,02  ", 8402, 2, ""),
	ANGKA("\xC2\xA0" "84,02\xC2\xA0", 8402, 2, ""), /* no-break spaces */
	/* with a unit or note */
	ANGKA("97,36%", 9736, 2, "%"),
	ANGKA("86.67%", 8667, 2, "%"),
	ANGKA("100 %", 100, 0, "%"),
	ANGKA("100%", 100, 0, "%"),
	ANGKA("85,44 %", 8544, 2, "%"),
	ANGKA("1 Inovasi", 1, 0, "Inovasi"),
	ANGKA("4 Dokumen", 4, 0, "Dokumen"),
	ANGKA("84.02 (Nilai IKM)", 8402, 2, "Nilai IKM"),
	ANGKA("85 Nilai IKM", 85, 0, "Nilai IKM"),
	ANGKA("5 kali/tahun", 5, 0, "kali/tahun"),
	/* money written in a value cell */
	ANGKA("Rp 9,487,138,421", 9487138421LL, 0, "Rp"),
	ANGKA("Rp 2.294.331.050", 2294331050LL, 0, "Rp"),
	ANGKA("Rp. 8.757.684.970,-", 8757684970LL, 0, "Rp"),
	ANGKA("Rp16.279.712.340", 16279712340LL, 0, "Rp"),
	/* grades */
	PREDS("B (69)", "B", 69, 0),
	PREDS("A (85,44)", "A", 8544, 2),
	PREDS("BB (75)", "BB", 75, 0),
	PREDS("B(69)", "B", 69, 0),
	PREDS("A ( 85,44 )", "A", 8544, 2),
	PRED("BB", "BB"),
	PRED("CC", "CC"),
	PRED("WTP", "WTP"),
	PRED("WDP", "WDP"),
	/* thresholds: symbols and words */
	AMB("> 3,51", AMBANG_GT, 351, 2, ""),
	AMB("\xE2\x89\xA5 80", AMBANG_GE, 80, 0, ""),   /* ≥ 80 */
	AMB("<= 5", AMBANG_LE, 5, 0, ""),
	AMB("\xE2\x89\xA4 5", AMBANG_LE, 5, 0, ""),     /* ≤ 5 */
	AMB("< 5", AMBANG_LT, 5, 0, ""),
	AMB(">= 80%", AMBANG_GE, 80, 0, "%"),
	AMB("Minimal 3,226", AMBANG_GE, 3226, 3, ""),
	AMB("Maksimal 5", AMBANG_LE, 5, 0, ""),
	AMB("paling sedikit 10", AMBANG_GE, 10, 0, ""),
	AMB("Kurang dari 10", AMBANG_LT, 10, 0, ""),
	AMB("lebih dari 5 kasus", AMBANG_GT, 5, 0, "kasus"),
	/* bands */
	RENT("3 \xC2\xB1 1", 2, 0, 4, 0, ""),            /* 3 ± 1 */
	RENT("3 +/- 1", 2, 0, 4, 0, ""),
	RENT("5 - 10", 5, 0, 10, 0, ""),
	RENT("5\xE2\x80\x93" "10", 5, 0, 10, 0, ""),     /* 5–10 */
	RENT("5 - 10 orang", 5, 0, 10, 0, "orang"),
	RENT("10 s.d. 20", 10, 0, 20, 0, ""),
	RENT("10 s/d 20", 10, 0, 20, 0, ""),
	RENT("10 sampai 20", 10, 0, 20, 0, ""),
	RENT("-5 - 3", -5, 0, 3, 0, ""),
	RENT("1 - 1", 1, 0, 1, 0, ""),
	/* no data */
	KOSONG(""),
	KOSONG("   "),
	KOSONG("-"),
	KOSONG("\xE2\x80\x93"),                          /* – alone */
	/* spreadsheet errors */
	TEKS("#####", ALASAN_GALAT),
	TEKS("#DIV/0!", ALASAN_GALAT),
	TEKS("#N/A", ALASAN_GALAT),
	TEKS("9,49E+09", ALASAN_GALAT),  /* scientific notation hides digits */
	TEKS("1e3", ALASAN_GALAT),
	/* separators that make no number */
	TEKS("1,2,3", ALASAN_PEMISAH),
	TEKS("1.2.3", ALASAN_PEMISAH),
	TEKS("1..2", ALASAN_PEMISAH),
	TEKS("12.34.567", ALASAN_PEMISAH),
	/* too large, too precise */
	TEKS(aNines400, ALASAN_BESAR),
	TEKS("1234567890123456789", ALASAN_BESAR),
	TEKS("0,0000000000000000001", ALASAN_BESAR),
	/* bytes that are not UTF-8 */
	TEKS("ab\xFF", ALASAN_UTF8),
	TEKS("5 \xE2\x82", ALASAN_UTF8),       /* cut sequence */
	TEKS("\xC0\xAF", ALASAN_UTF8),         /* overlong */
	TEKS("\xED\xA0\x80", ALASAN_UTF8),     /* surrogate */
	TEKS("\xF5\x80\x80\x80", ALASAN_UTF8), /* beyond U+10FFFF */
	/* text and malformed values: kept as text, never 0 */
	TEKS("Tidak ada temuan", ALASAN_TEKS),
	TEKS("Hasil evaluasi belum dipublikasikan", ALASAN_TEKS),
	TEKS("--5", ALASAN_TEKS),
	TEKS("B (69", ALASAN_TEKS),
	TEKS("B ()", ALASAN_TEKS),
	TEKS("B (abc)", ALASAN_TEKS),
	TEKS("A (85,44) x", ALASAN_TEKS),
	TEKS("b", ALASAN_TEKS),
	TEKS(">", ALASAN_TEKS),
	TEKS("Minimal", ALASAN_TEKS),
	TEKS("\xC2\xB1 1", ALASAN_TEKS),
	TEKS("5 -", ALASAN_TEKS),
	TEKS("-5 - -3", ALASAN_TEKS),
	TEKS("10 - 5", ALASAN_TEKS),           /* a band upside down */
	TEKS("5 6", ALASAN_TEKS),
	TEKS("1/2", ALASAN_TEKS),
	TEKS("> 1/2", ALASAN_TEKS),
	TEKS(",5", ALASAN_TEKS),
	TEKS("Rp", ALASAN_TEKS),
	TEKS("\xC2\xBD", ALASAN_TEKS),         /* ½ */
	TEKS("N/A", ALASAN_TEKS),
};

static void fill_long(void)
{
	memset(aZeros7, '0', 400);
	aZeros7[400] = '7';
	aZeros7[401] = 0;
	memset(aNines400, '9', 400);
	aNines400[400] = 0;
}

static void check_row(size_t i, const struct row *r)
{
	struct value v;
	size_t n = r->n ? r->n : strlen(r->in);
	char d[128];

	memset(&v, 0x5A, sizeof v); /* value_parse sets every field */
	value_parse(r->in, n, &v);
	value_describe(&v, d, sizeof d);
	if (v.kind != r->kind)
		fail_msg("row %zu \"%.40s\": kind %d (%s), want %d", i, r->in,
			 v.kind, d, r->kind);
	if (r->kind == VAL_TEKS || r->kind == VAL_KOSONG) {
		if (!v.alasan || strcmp(v.alasan, r->alasan) != 0)
			fail_msg("row %zu \"%.40s\": alasan %s, want %s", i, r->in,
				 v.alasan ? v.alasan : "(null)", r->alasan);
		return;
	}
	if (v.x.m != r->m || v.x.e != r->e)
		fail_msg("row %zu \"%s\": number {%lld, %d}, want {%lld, %d}", i,
			 r->in, (long long)v.x.m, v.x.e, (long long)r->m, r->e);
	if (strcmp(v.satuan, r->satuan) != 0)
		fail_msg("row %zu \"%s\": satuan \"%s\", want \"%s\"", i, r->in,
			 v.satuan, r->satuan);
	if (r->kind == VAL_PREDIKAT &&
	    (strcmp(v.label, r->label) != 0 || v.has_skor != r->skor))
		fail_msg("row %zu \"%s\": label \"%s\" skor %d, want \"%s\" %d", i,
			 r->in, v.label, v.has_skor, r->label, r->skor);
	if (r->kind == VAL_AMBANG && (int)v.op != r->op)
		fail_msg("row %zu \"%s\": op %d, want %d", i, r->in, v.op, r->op);
	if (r->kind == VAL_RENTANG && (v.y.m != r->ym || v.y.e != r->ye))
		fail_msg("row %zu \"%s\": high edge {%lld, %d}, want {%lld, %d}",
			 i, r->in, (long long)v.y.m, v.y.e, (long long)r->ym, r->ye);
}

static void test_table(void **state)
{
	size_t i;

	(void)state;
	fill_long();
	assert_true(NEL(aRow) >= 60);
	for (i = 0; i < NEL(aRow); i++)
		check_row(i, &aRow[i]);
}

/* Input is n bytes, not a C string: nothing past n is read (ASan checks
 * the exact-size copies), and a NUL inside is not text. */
static void test_bounds(void **state)
{
	static const struct {
		const char *z;
		size_t n;
		enum value_kind kind;
	} aCase[] = {
		{ "84,02xyz", 5, VAL_ANGKA },
		{ "B (69)xx", 6, VAL_PREDIKAT },
		{ "Rp", 2, VAL_TEKS },
		{ "Rp.", 3, VAL_TEKS },
		{ "> 3", 3, VAL_AMBANG },
		{ "1 - 5", 5, VAL_RENTANG },
		{ "#", 1, VAL_TEKS },
		{ "5\0", 2, VAL_TEKS },
		{ "\0", 1, VAL_TEKS },
		{ "", 0, VAL_KOSONG },
	};
	struct value v;
	size_t i;

	(void)state;
	for (i = 0; i < NEL(aCase); i++) {
		char *p = malloc(aCase[i].n ? aCase[i].n : 1);
		assert_non_null(p);
		memcpy(p, aCase[i].z, aCase[i].n);
		value_parse(p, aCase[i].n, &v);
		free(p);
		if (v.kind != aCase[i].kind)
			fail_msg("case %zu: kind %d, want %d", i, v.kind,
				 aCase[i].kind);
	}
	value_parse("5\0", 2, &v);
	assert_string_equal(v.alasan, ALASAN_UTF8);
	value_parse(NULL, 0, &v);
	assert_int_equal(v.kind, VAL_TEKS);
}

/* A long unit is cut at a character boundary, never inside one. */
static void test_satuan_cut(void **state)
{
	char in[128] = "5 ";
	struct value v;
	int i;

	(void)state;
	for (i = 0; i < 30; i++)
		strcat(in, "\xC3\xA9"); /* é */
	value_parse(in, strlen(in), &v);
	assert_int_equal(v.kind, VAL_ANGKA);
	assert_int_equal(strlen(v.satuan), 46); /* 23 × é within 47 bytes */
	assert_int_equal((unsigned char)v.satuan[44], 0xC3);
	assert_int_equal((unsigned char)v.satuan[45], 0xA9);

	memset(in, 'x', sizeof in - 1);
	in[0] = '5';
	in[1] = ' ';
	in[sizeof in - 1] = 0;
	value_parse(in, strlen(in), &v);
	assert_int_equal(strlen(v.satuan), VALUE_SATUAN_MAX - 1);
}

static void test_parse_number(void **state)
{
	static const struct {
		const char *in;
		int rc;
		int64_t m;
		int e;
		const char *alasan;
	} aCase[] = {
		{ "84,02", 0, 8402, 2, NULL },
		{ "-5", 0, -5, 0, NULL },
		{ "1.234", 0, 1234, 0, NULL },
		{ "85.44", 0, 8544, 2, NULL },
		{ "9,487,138,421", 0, 9487138421LL, 0, NULL },
		{ "1.234.567,89", 0, 123456789, 2, NULL },
		{ "", SK_EINVAL, 0, 0, ALASAN_TEKS },
		{ "-", SK_EINVAL, 0, 0, ALASAN_TEKS },
		{ "5%", SK_EINVAL, 0, 0, ALASAN_TEKS },
		{ "5 ", SK_EINVAL, 0, 0, ALASAN_TEKS },
		{ "1,2,3", SK_EINVAL, 0, 0, ALASAN_PEMISAH },
		{ "1.234,567,8", SK_EINVAL, 0, 0, ALASAN_PEMISAH },
		{ "1234567890123456789", SK_ELIMIT, 0, 0, ALASAN_BESAR },
	};
	size_t i;

	(void)state;
	for (i = 0; i < NEL(aCase); i++) {
		struct num x = { -1, -1 };
		const char *alasan = NULL;
		int rc = value_parse_number(aCase[i].in, strlen(aCase[i].in), &x,
					    &alasan);
		if (rc != aCase[i].rc)
			fail_msg("\"%s\": rc %d, want %d", aCase[i].in, rc,
				 aCase[i].rc);
		if (rc == 0 && (x.m != aCase[i].m || x.e != aCase[i].e))
			fail_msg("\"%s\": {%lld, %d}", aCase[i].in,
				 (long long)x.m, x.e);
		if (rc != 0)
			assert_string_equal(alasan, aCase[i].alasan);
	}
}

static void test_json_number(void **state)
{
	static const struct {
		const char *in;
		enum value_kind kind;
		int64_t m;
		int e;
		const char *alasan;
	} aCase[] = {
		{ "84.02", VAL_ANGKA, 8402, 2, NULL },
		{ "85", VAL_ANGKA, 85, 0, NULL },
		{ "-5", VAL_ANGKA, -5, 0, NULL },
		{ "-0", VAL_ANGKA, 0, 0, NULL },
		{ "0.0", VAL_ANGKA, 0, 0, NULL },
		{ "1e3", VAL_ANGKA, 1000, 0, NULL },
		{ "1E+3", VAL_ANGKA, 1000, 0, NULL },
		{ "1.5e-3", VAL_ANGKA, 15, 4, NULL },
		{ "100e-2", VAL_ANGKA, 100, 2, NULL },
		{ "1e-18", VAL_ANGKA, 1, 18, NULL },
		{ "9487138421", VAL_ANGKA, 9487138421LL, 0, NULL },
		{ "1e-19", VAL_TEKS, 0, 0, ALASAN_BESAR },
		{ "1e17", VAL_ANGKA, 100000000000000000LL, 0, NULL },
		{ "9.99999999999999999e17", VAL_ANGKA, 999999999999999999LL, 0,
		  NULL },
		{ "1e18", VAL_TEKS, 0, 0, ALASAN_BESAR }, /* 19 digits */
		{ "1e19", VAL_TEKS, 0, 0, ALASAN_BESAR },
		{ "12345678901234567890", VAL_TEKS, 0, 0, ALASAN_BESAR },
		{ "1e999", VAL_TEKS, 0, 0, ALASAN_BESAR },
		/* not JSON numbers: never 0 */
		{ "", VAL_TEKS, 0, 0, ALASAN_TEKS },
		{ "-", VAL_TEKS, 0, 0, ALASAN_TEKS },
		{ ".", VAL_TEKS, 0, 0, ALASAN_TEKS },
		{ "e5", VAL_TEKS, 0, 0, ALASAN_TEKS },
		{ "1e", VAL_TEKS, 0, 0, ALASAN_TEKS },
		{ "1e+", VAL_TEKS, 0, 0, ALASAN_TEKS },
		{ "1.2.3", VAL_TEKS, 0, 0, ALASAN_TEKS },
		{ "84,02", VAL_TEKS, 0, 0, ALASAN_TEKS },
		{ "abc", VAL_TEKS, 0, 0, ALASAN_TEKS },
	};
	size_t i;

	(void)state;
	for (i = 0; i < NEL(aCase); i++) {
		struct value v;
		value_from_json_number(aCase[i].in, strlen(aCase[i].in), &v);
		if (v.kind != aCase[i].kind)
			fail_msg("\"%s\": kind %d, want %d", aCase[i].in, v.kind,
				 aCase[i].kind);
		if (v.kind == VAL_ANGKA &&
		    (v.x.m != aCase[i].m || v.x.e != aCase[i].e))
			fail_msg("\"%s\": {%lld, %d}", aCase[i].in,
				 (long long)v.x.m, v.x.e);
		if (v.kind == VAL_TEKS)
			assert_string_equal(v.alasan, aCase[i].alasan);
	}
}

static void test_number_and_describe(void **state)
{
	static const struct {
		const char *in;
		int has;
		int64_t m;
		const char *desc;
	} aCase[] = {
		{ "97,36%", 1, 9736, "angka 97,36 %" },
		{ "B (69)", 1, 69, "predikat B (69)" },
		{ "BB", 0, 0, "predikat BB" },
		{ "> 3,51", 1, 351, "ambang > 3,51" },
		{ "\xE2\x89\xA5 80 %", 1, 80, "ambang >= 80 %" },
		{ "3 \xC2\xB1 1", 0, 0, "rentang 2 - 4" },
		{ "Tidak ada temuan", 0, 0, "teks (teks)" },
		{ "-", 0, 0, "kosong" },
	};
	size_t i;

	(void)state;
	for (i = 0; i < NEL(aCase); i++) {
		struct value v;
		struct num x = { 0, 0 };
		char d[64];

		value_parse(aCase[i].in, strlen(aCase[i].in), &v);
		assert_int_equal(value_number(&v, &x), aCase[i].has);
		if (aCase[i].has)
			assert_int_equal(x.m, aCase[i].m);
		assert_string_equal(value_describe(&v, d, sizeof d),
				    aCase[i].desc);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_table),
		cmocka_unit_test(test_bounds),
		cmocka_unit_test(test_satuan_cut),
		cmocka_unit_test(test_parse_number),
		cmocka_unit_test(test_json_number),
		cmocka_unit_test(test_number_and_describe),
	};
	return cmocka_run_group_tests_name("t_value", tests, NULL, NULL);
}
