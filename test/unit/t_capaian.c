/* t_capaian: the achievement of one indicator (src/core/capaian.c,
 * sakip-domain.md §2, §3). Each row is a target and a realisation as a
 * document writes them, the pemda's policy, and the outcome; the figures
 * come from real reports. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "core/capaian.h"
#include "util/err.h"

#include <stdio.h>
#include <string.h>

#define NEL(a) (sizeof(a) / sizeof((a)[0]))

enum { P = POL_POSITIF, NEG = POL_NEGATIF };
enum { R2 = RUMUS_2T_R, TR = RUMUS_T_R };

struct row {
	const char *t, *r;
	int pol, rumus;
	const char *batas;    /* NULL: no cap */
	int ok;
	const char *nilai;    /* the true capaian, two decimals */
	const char *terbatas; /* the capped one */
	int dibatasi;
	int ambang;           /* -1: target is no threshold */
	const char *alasan;   /* NULL when ok without a note */
};

/* ok, uncapped */
#define OK(t, r, pol, ru, v) { t, r, pol, ru, NULL, 1, v, v, 0, -1, NULL }
/* ok with a cap */
#define CAP(t, r, pol, ru, b, v, vb, d) \
	{ t, r, pol, ru, b, 1, v, vb, d, -1, NULL }
/* ok, threshold target met (1) or not (0) */
#define AMB(t, r, pol, ru, v, met) { t, r, pol, ru, NULL, 1, v, v, 0, met, NULL }
/* no capaian */
#define NO(t, r, pol, ru, why) \
	{ t, r, pol, ru, NULL, 0, "0,00", "0,00", 0, -1, why }

static const struct row aRow[] = {
	/* positif: R / T × 100 */
	OK("85", "84,02", P, R2, "98,85"),
	OK("80", "100", P, R2, "125,00"),
	OK("56", "48,37", P, R2, "86,38"),      /* 86,375 exactly, not 86,37 */
	OK("80%", "97,36%", P, R2, "121,70"),
	OK("5", "0", P, R2, "0,00"),
	OK("4 Dokumen", "4 Dokumen", P, R2, "100,00"),
	OK("1.234", "1.234", P, R2, "100,00"),  /* thousands on both sides */
	/* the cap: both figures kept, capped only when over */
	CAP("80", "100", P, R2, "100", "125,00", "100,00", 1),
	CAP("80", "100", P, R2, "120", "125,00", "120,00", 1),
	CAP("80", "60", P, R2, "100", "75,00", "75,00", 0),
	CAP("80", "80", P, R2, "100", "100,00", "100,00", 0),
	/* grades with scores: from the scores */
	OK("B (69)", "A (85,44)", P, R2, "123,83"),
	OK("BB (75)", "BB (75)", P, R2, "100,00"),
	/* grades without scores stand for their band's lower bound */
	OK("CC", "A (86,45)", P, R2, "172,90"),
	OK("CC", "B", P, R2, "120,00"),
	OK("BB", "85", P, R2, "121,43"),
	OK("A", "A", P, R2, "100,00"),
	/* ordinal grades (Opini BPK): tercapai 100, else ratio of ranks */
	OK("WTP", "WTP", P, R2, "100,00"),
	OK("WDP", "WTP", P, R2, "100,00"),
	OK("WTP", "WDP", P, R2, "75,00"),
	OK("WTP", "TW", P, R2, "50,00"),
	OK("WTP", "TMP", P, R2, "25,00"),
	NO("WTP", "A (85)", P, R2, CAP_JENIS),
	NO("WTP", "85", P, R2, CAP_JENIS),
	NO("85", "WTP", P, R2, CAP_JENIS),
	NO("XYZ", "A", P, R2, CAP_SKALA),
	NO("80", "XYZ", P, R2, CAP_SKALA),
	/* negatif: 2T-R or T/R */
	OK("10", "8", NEG, R2, "120,00"),
	OK("10", "8", NEG, TR, "125,00"),
	OK("10", "12", NEG, R2, "80,00"),
	OK("10", "12", NEG, TR, "83,33"),
	OK("10", "25", NEG, R2, "-50,00"),      /* the formula, not floored */
	OK("10", "10", NEG, TR, "100,00"),
	/* (2T-R)/T exactly: 100,0049999995 → 100,00, not 100,01 */
	OK("10000001", "9999501", NEG, R2, "100,00"),
	/* R = 0 under T/R: the cap with a note, or none without a cap */
	{ "10", "0", NEG, TR, "120", 1, "120,00", "120,00", 0, -1,
	  CAP_REALISASI_NOL },
	NO("10", "0", NEG, TR, CAP_REALISASI_NOL),
	OK("10", "0", NEG, R2, "200,00"),
	CAP("10", "0", NEG, R2, "100", "200,00", "100,00", 1),
	/* rentang: 100 inside; above like negatif, below like positif */
	OK("3 \xC2\xB1 1", "3", P, R2, "100,00"),
	OK("3 \xC2\xB1 1", "4", P, R2, "100,00"),  /* edges are inside */
	OK("3 \xC2\xB1 1", "2", P, R2, "100,00"),
	OK("3 \xC2\xB1 1", "5", P, R2, "75,00"),   /* (2×4 - 5) / 4 */
	OK("3 \xC2\xB1 1", "5", P, TR, "80,00"),   /* 4 / 5 */
	OK("3 \xC2\xB1 1", "1", P, R2, "50,00"),   /* 1 / 2 */
	OK("5 - 10", "7", P, R2, "100,00"),
	OK("5 - 10", "12", P, R2, "80,00"),
	OK("5 - 10", "4", P, R2, "80,00"),
	OK("5 - 10", "0", P, R2, "0,00"),
	NO("5", "3 - 4", P, R2, CAP_JENIS),        /* R is one figure */
	/* thresholds: the bound is the target; met or not beside it */
	AMB("> 3,51", "3,6", P, R2, "102,56", 1),
	AMB("> 3,51", "3,51", P, R2, "100,00", 0),
	AMB("> 3,51", "3", P, R2, "85,47", 0),
	AMB("\xE2\x89\xA5 80", "80", P, R2, "100,00", 1),
	AMB("\xE2\x89\xA5 80", "79,99", P, R2, "99,99", 0),
	AMB("<= 5", "4", NEG, R2, "120,00", 1),
	AMB("<= 5", "5", NEG, R2, "100,00", 1),
	AMB("<= 5", "6", NEG, R2, "80,00", 0),
	AMB("< 5", "5", NEG, TR, "100,00", 0),
	AMB("Minimal 3,226", "3,5", P, R2, "108,49", 1),
	AMB("Maksimal 5", "2", NEG, TR, "250,00", 1),
	/* missing or unusable target: no capaian, and why */
	NO("", "5", P, R2, CAP_TARGET_KOSONG),
	NO("-", "5", P, R2, CAP_TARGET_KOSONG),
	NO("0", "5", P, R2, CAP_TARGET_NOL),
	NO("0,00", "5", NEG, R2, CAP_TARGET_NOL),
	NO("0", "5", NEG, TR, CAP_TARGET_NOL),
	NO("0", "0", NEG, TR, CAP_TARGET_NOL),
	NO("> 0", "5", P, R2, CAP_TARGET_NOL),
	NO("Tidak ada temuan", "5", P, R2, CAP_TARGET_TEKS),
	NO("#####", "5", P, R2, CAP_TARGET_TEKS),
	/* missing or unusable realisation */
	NO("5", "", P, R2, CAP_BELUM_ADA_DATA),
	NO("5", "-", P, R2, CAP_BELUM_ADA_DATA),
	/* the order of the reasons (fixture 002): no target, a zero
	 * target, then no realisation */
	NO("", "", P, R2, CAP_TARGET_KOSONG),
	NO("0", "", P, R2, CAP_TARGET_NOL),
	NO("0", "Tidak ada temuan", P, R2, CAP_TARGET_NOL),
	NO("5", "Tidak ada temuan", P, R2, CAP_REALISASI_TEKS),
	NO("5", "#DIV/0!", P, R2, CAP_REALISASI_TEKS),
	/* too large to represent: a reason, not a wrong number */
	NO("0,000000000000000001", "999999999999999999", P, R2, CAP_JANGKAUAN),
	NO("0,000000000000000001", "999999999999999999", NEG, R2,
	   CAP_JANGKAUAN),
	OK("999999999999999999", "-999999999999999999", NEG, R2, "300,00"),
};

static void parse(const char *z, struct value *v)
{
	value_parse(z, strlen(z), v);
}

static void opsi_of(const struct row *r, struct capaian_opsi *o)
{
	const char *why;

	memset(o, 0, sizeof *o);
	o->rumus = (enum rumus_negatif)r->rumus;
	if (r->batas) {
		o->has_batas = 1;
		assert_int_equal(value_parse_number(r->batas, strlen(r->batas),
						    &o->batas, &why), 0);
	}
}

static void check_row(size_t i, const struct row *r)
{
	struct value t, v;
	struct capaian_opsi o;
	struct capaian c;
	char a[NUM_BUFSZ], b[NUM_BUFSZ];

	parse(r->t, &t);
	parse(r->r, &v);
	opsi_of(r, &o);
	memset(&c, 0x5A, sizeof c);
	capaian_hitung(&t, &v, (enum polaritas)r->pol, &o, &c);
	pct_format(c.ok ? c.nilai : 0, 2, NUM_ID, a);
	pct_format(c.ok ? c.terbatas : 0, 2, NUM_ID, b);
	if (c.ok != r->ok || strcmp(a, r->nilai) != 0 ||
	    strcmp(b, r->terbatas) != 0)
		fail_msg("row %zu T=\"%s\" R=\"%s\": ok %d %s / %s (%s), want "
			 "ok %d %s / %s", i, r->t, r->r, c.ok, a, b,
			 c.alasan ? c.alasan : "-", r->ok, r->nilai, r->terbatas);
	if (c.dibatasi != r->dibatasi || c.ambang != r->ambang)
		fail_msg("row %zu T=\"%s\" R=\"%s\": dibatasi %d ambang %d, want "
			 "%d %d", i, r->t, r->r, c.dibatasi, c.ambang,
			 r->dibatasi, r->ambang);
	if ((c.alasan == NULL) != (r->alasan == NULL) ||
	    (c.alasan && strcmp(c.alasan, r->alasan) != 0))
		fail_msg("row %zu T=\"%s\" R=\"%s\": alasan %s, want %s", i, r->t,
			 r->r, c.alasan ? c.alasan : "NULL",
			 r->alasan ? r->alasan : "NULL");
}

static void test_table(void **state)
{
	size_t i;

	(void)state;
	for (i = 0; i < NEL(aRow); i++)
		check_row(i, &aRow[i]);
}

/* The exact figures behind the rounded ones. */
static void test_exact(void **state)
{
	struct value t, r;
	struct capaian_opsi o = { RUMUS_2T_R, 1, { 100, 0 }, NULL };
	struct capaian c;

	(void)state;
	parse("80", &t);
	parse("100", &r);
	capaian_hitung(&t, &r, POL_POSITIF, &o, &c);
	assert_int_equal(c.nilai, PCT(125));
	assert_int_equal(c.terbatas, PCT(100));
	parse("56", &t);
	parse("48,37", &r);
	capaian_hitung(&t, &r, POL_POSITIF, &o, &c);
	assert_int_equal(c.nilai, 86375000000LL);
	/* a NULL value is missing data, like VAL_KOSONG */
	capaian_hitung(&t, NULL, POL_POSITIF, &o, &c);
	assert_string_equal(c.alasan, CAP_BELUM_ADA_DATA);
	capaian_hitung(NULL, &r, POL_POSITIF, &o, &c);
	assert_string_equal(c.alasan, CAP_TARGET_KOSONG);
}

/* A pemda's own grade scale decides what a bare grade stands for. */
static void test_skala_pemda(void **state)
{
	static const char *const aLab[] = { "A", "B", "C" };
	const struct num aMin[] = { { 85, 0 }, { 70, 0 }, { 0, 0 } };
	struct skala s;
	struct capaian_opsi o = { RUMUS_2T_R, 0, { 0, 0 }, NULL };
	struct value t, r;
	struct capaian c;
	char a[NUM_BUFSZ];

	(void)state;
	parse("B", &t);
	parse("A", &r);
	capaian_hitung(&t, &r, POL_POSITIF, &o, &c); /* AKIP: 80 / 60 */
	assert_true(c.ok);
	assert_string_equal(pct_format(c.nilai, 2, NUM_ID, a), "133,33");
	assert_int_equal(skala_build(&s, "pemda", 1, 0, 3, aLab, aMin), 0);
	o.skala = &s;
	capaian_hitung(&t, &r, POL_POSITIF, &o, &c); /* pemda: 85 / 70 */
	assert_true(c.ok);
	assert_string_equal(pct_format(c.nilai, 2, NUM_ID, a), "121,43");
}

/* Every pair of values under every policy has a defined outcome: a
 * figure with the cap applied right, or a reason. Run under UBSan this
 * also proves no division by zero and no overflow. */
static void test_every_pair(void **state)
{
	static const char *const aIn[] = {
		"", "-", "0", "0,00", "5", "-5", "84,02", "100", "1.234",
		"999999999999999999", "0,000000000000000001", "97,36%",
		"B (69)", "A (85,44)", "A (0)", "BB", "CC", "WTP", "TMP", "XYZ",
		"> 3,51", "\xE2\x89\xA5 0", "<= 5", "3 \xC2\xB1 1", "0 - 0",
		"-5 - 3", "Tidak ada temuan", "#####", "ab\xFF",
	};
	const char *const aBatas[] = { NULL, "100", "120", "0" };
	size_t i, j, k;
	int pol, ru, nok = 0, nfail = 0;

	(void)state;
	for (i = 0; i < NEL(aIn); i++)
	for (j = 0; j < NEL(aIn); j++)
	for (pol = 0; pol < 3; pol++)
	for (ru = 0; ru < 2; ru++)
	for (k = 0; k < NEL(aBatas); k++) {
		struct row r = { aIn[i], aIn[j], pol, ru, aBatas[k], 0, NULL,
				 NULL, 0, 0, NULL };
		struct value t, v;
		struct capaian_opsi o;
		struct capaian c;

		parse(r.t, &t);
		parse(r.r, &v);
		opsi_of(&r, &o);
		capaian_hitung(&t, &v, (enum polaritas)pol, &o, &c);
		assert_true(c.ambang >= -1 && c.ambang <= 1);
		if (!c.ok) {
			assert_non_null(c.alasan);
			nfail++;
			continue;
		}
		nok++;
		if (!o.has_batas) {
			assert_int_equal(c.terbatas, c.nilai);
			assert_false(c.dibatasi);
			continue;
		}
		{
			pct_t cap;
			assert_int_equal(num_to_pct(o.batas, &cap), 0);
			assert_true(c.terbatas <= c.nilai);
			assert_true(c.terbatas <= cap);
			assert_int_equal(c.dibatasi, c.nilai > cap);
			assert_int_equal(c.terbatas, c.nilai > cap ? cap : c.nilai);
		}
	}
	assert_true(nok > 1000);
	assert_true(nfail > 1000);
}

/* ---- the year's realisation from its periods ----------------------- */

struct agr_row {
	const char *p[12];
	int n;
	enum agregasi a;
	enum value_kind kind;
	const char *x; /* the result, all its decimals */
	int nhilang;
	const char *alasan;
};

static const struct agr_row aAgr[] = {
	{ { "10", "", "5", "-" }, 4, AGR_KUMULATIF, VAL_ANGKA, "15", 2, NULL },
	{ { "1.234", "0,5" }, 2, AGR_KUMULATIF, VAL_ANGKA, "1.234,5", 0, NULL },
	{ { "80", "85", "" }, 3, AGR_TERAKHIR, VAL_ANGKA, "85", 1, NULL },
	{ { "", "80", "", "" }, 4, AGR_TERAKHIR, VAL_ANGKA, "80", 3, NULL },
	{ { "80", "85", "" }, 3, AGR_RATA_RATA, VAL_ANGKA, "82,50", 1, NULL },
	{ { "84,02", "85", "86" }, 3, AGR_RATA_RATA, VAL_ANGKA, "85,0067", 0,
	  NULL },
	/* the mean rounds half away from zero: 1/8 = 0,125 → 0,13 */
	{ { "1", "0", "0", "0", "0", "0", "0", "0" }, 8, AGR_RATA_RATA,
	  VAL_ANGKA, "0,13", 0, NULL },
	{ { "-1", "0", "0", "0", "0", "0", "0", "0" }, 8, AGR_RATA_RATA,
	  VAL_ANGKA, "-0,13", 0, NULL },
	{ { "", "-", "" }, 3, AGR_KUMULATIF, VAL_KOSONG, NULL, 3, ALASAN_KOSONG },
	{ { "", "-" }, 2, AGR_RATA_RATA, VAL_KOSONG, NULL, 2, ALASAN_KOSONG },
	{ { "" }, 0, AGR_TERAKHIR, VAL_KOSONG, NULL, 0, ALASAN_KOSONG },
	{ { "10", "Tidak ada temuan" }, 2, AGR_KUMULATIF, VAL_TEKS, NULL, 0,
	  ALASAN_TEKS },
	{ { "10", "B (69)" }, 2, AGR_TERAKHIR, VAL_TEKS, NULL, 0, ALASAN_TEKS },
	{ { "999999999999999999", "999999999999999999", "999999999999999999",
	    "999999999999999999", "999999999999999999", "999999999999999999",
	    "999999999999999999", "999999999999999999", "999999999999999999",
	    "999999999999999999" }, 10, AGR_KUMULATIF,
	  VAL_TEKS, NULL, 0, ALASAN_BESAR },
};

static void test_agregasi(void **state)
{
	size_t i;

	(void)state;
	for (i = 0; i < NEL(aAgr); i++) {
		const struct agr_row *a = &aAgr[i];
		struct value per[12], out;
		char buf[NUM_BUFSZ];
		int k, nhilang = -1;

		for (k = 0; k < a->n; k++)
			parse(a->p[k], &per[k]);
		realisasi_agregasi(per, a->n, a->a, &out, &nhilang);
		if (out.kind != a->kind || nhilang != a->nhilang)
			fail_msg("row %zu: kind %d nhilang %d, want %d %d", i,
				 out.kind, nhilang, a->kind, a->nhilang);
		if (a->kind == VAL_ANGKA) {
			num_format(out.x, -1, NUM_ID, buf);
			if (strcmp(buf, a->x) != 0)
				fail_msg("row %zu: %s, want %s", i, buf, a->x);
		} else {
			assert_string_equal(out.alasan, a->alasan);
		}
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_table),
		cmocka_unit_test(test_exact),
		cmocka_unit_test(test_skala_pemda),
		cmocka_unit_test(test_every_pair),
		cmocka_unit_test(test_agregasi),
	};
	return cmocka_run_group_tests_name("t_capaian", tests, NULL, NULL);
}
