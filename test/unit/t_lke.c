/* t_lke: the LKE of PermenPANRB 88/2021 — template, both scoring methods
 * with hand-computed totals, grade boundaries and consistency rules. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/lke.h"
#include "core/lke_saran.h"
#include "io/lke_json.h"

/* ---- helpers ------------------------------------------------------------- */

/* Fills l from "1.a.1=Y 1.a.2=NA 2.c=BB …": a code with one dot is a
 * sub-komponen answer (method R), with two a kriterion answer. */
static void sheet(struct lke_lembar *l, const char *spec)
{
	char *copy = strdup(spec), *tok, *save = NULL;
	int cap = 0;

	lke_lembar_init(l);
	l->template_kode = LKE_TEMPLATE_88_2021;
	l->instansi = "dinas-uji";
	l->tahun = 2024;
	l->tahap = LKE_PENETAPAN;
	for (tok = strtok_r(copy, " ", &save); tok;
	     tok = strtok_r(NULL, " ", &save))
		cap++;
	free(copy);
	l->j = arena_array(&l->arena, (size_t)cap + 1, sizeof *l->j);
	copy = strdup(spec);
	for (tok = strtok_r(copy, " ", &save); tok;
	     tok = strtok_r(NULL, " ", &save)) {
		char *eq = strchr(tok, '=');
		struct lke_jawaban *j = &l->j[l->n++];
		int per_sub;
		assert_non_null(eq);
		*eq = 0;
		per_sub = strchr(strchr(tok, '.') + 1, '.') == NULL;
		j->kode = arena_strdup(&l->arena, tok);
		j->nilai = lke_nilai_parse(eq + 1, per_sub);
		if (!j->nilai) /* the other kind, for the checks to refuse */
			j->nilai = lke_nilai_parse(eq + 1, !per_sub);
	}
	free(copy);
}

/* Every kriterion of t answered: Y/T kriteria with yt, A–E with ae. */
static void sheet_all_p(struct lke_lembar *l, const struct lke_template *t,
			int yt, int ae)
{
	int i, j, k;

	sheet(l, "");
	l->j = arena_array(&l->arena, (size_t)lke_template_nkriteria(t),
			   sizeof *l->j);
	for (i = 0; i < t->nkomponen; i++)
		for (j = 0; j < t->komponen[i].nsub; j++)
			for (k = 0; k < t->komponen[i].sub[j].nk; k++) {
				const struct lke_kriteria *c =
					&t->komponen[i].sub[j].k[k];
				l->j[l->n].kode = c->kode;
				l->j[l->n++].nilai = c->jenis == LKE_YT ? yt : ae;
			}
}

static void sheet_all_r(struct lke_lembar *l, const struct lke_template *t,
			int v)
{
	int i, j;

	sheet(l, "");
	l->j = arena_array(&l->arena, 16, sizeof *l->j);
	for (i = 0; i < t->nkomponen; i++)
		for (j = 0; j < t->komponen[i].nsub; j++) {
			l->j[l->n].kode = t->komponen[i].sub[j].kode;
			l->j[l->n++].nilai = v;
		}
}

static const char *fmt2(struct num n, char *buf)
{
	return num_format(n, 2, NUM_PLAIN, buf);
}

static const char *q2(struct lke_q q, char *buf)
{
	return fmt2(lke_q_round(q, 2), buf);
}

/* Scores l (checked first) into s, using a. */
static void score(const struct lke_template *t, struct lke_lembar *l,
		  struct arena *a, struct lke_skor *s)
{
	struct sbuf errs = SBUF_INIT(0);
	struct sk_err e = { 0, "" };
	int rc = lke_lembar_check(t, l, NULL, &errs);

	if (rc)
		fprintf(stderr, "%s", errs.z);
	assert_int_equal(rc, 0);
	sbuf_release(&errs);
	rc = lke_hitung(t, l, a, s, &e);
	if (rc)
		fprintf(stderr, "%s\n", e.msg);
	assert_int_equal(rc, 0);
}

/* ---- the template --------------------------------------------------------- */

static void test_template_88(void **state)
{
	const struct lke_template *t = lke_template_builtin("lke-88-2021");
	static const int aN[12] = { 6, 11, 8, 3, 7, 10, 6, 9, 7, 3, 5, 5 };
	static const char *const aBobot[12] = { "6", "9", "15", "6", "9", "15",
		"3", "4.5", "7.5", "5", "7.5", "12.5" };
	struct sk_err e = { 0, "" };
	char buf[NUM_BUFSZ];
	int i, j, x = 0;

	(void)state;
	assert_non_null(t);
	assert_null(lke_template_builtin("lke-88-2020"));
	assert_int_equal(lke_template_check(t, &e), 0);
	assert_int_equal(lke_template_nkriteria(t), 80);
	assert_int_equal(t->nkomponen, 4);
	for (i = 0; i < 4; i++)
		for (j = 0; j < 3; j++, x++) {
			const struct lke_sub *s = &t->komponen[i].sub[j];
			assert_int_equal(s->nk, aN[x]);
			assert_string_equal(num_format(s->bobot, -1, NUM_PLAIN,
						       buf), aBobot[x]);
		}
	assert_int_equal(lke_kriteria_find(t, "1.b.3", NULL)->jenis, LKE_AE);
	assert_int_equal(lke_kriteria_find(t, "2.b.4", NULL)->jenis, LKE_YT);
	assert_int_equal(lke_kriteria_find(t, "3.c.1", NULL)->jenis, LKE_YT);
	assert_true(lke_kriteria_find(t, "1.a.2", NULL)->flags & LKE_K_PEMDA);
	assert_null(lke_kriteria_find(t, "1.b.12", NULL));
}

/* A copy of the 88/2021 structure whose weights a test may spoil. */
struct tpl_copy {
	struct lke_template t;
	struct lke_komponen k[4];
	struct lke_sub s[4][3];
};

static void tpl_copy(struct tpl_copy *c)
{
	int i, j;

	c->t = lke_template_88_2021;
	for (i = 0; i < 4; i++) {
		c->k[i] = lke_template_88_2021.komponen[i];
		for (j = 0; j < 3; j++)
			c->s[i][j] = c->k[i].sub[j];
		c->k[i].sub = c->s[i];
	}
	c->t.komponen = c->k;
}

static void test_template_bad_weights(void **state)
{
	struct tpl_copy c;
	struct sk_err e = { 0, "" };
	char h1[LKE_HASH_LEN + 1], h2[LKE_HASH_LEN + 1];

	(void)state;
	/* komponen 30 + 30 + 15 + 26 = 101 (its subs moved along) */
	tpl_copy(&c);
	c.k[3].bobot = num_int(26);
	c.s[3][0].bobot = num_int(6);
	assert_int_equal(lke_template_check(&c.t, &e), SK_EINVAL);
	assert_non_null(strstr(e.msg, "add up to 101, not 100"));

	/* komponen 3 still 15, but its subs 3 + 4.5 + 8 = 15.5 */
	tpl_copy(&c);
	c.s[2][2].bobot = num_int(8);
	assert_int_equal(lke_template_check(&c.t, &e), SK_EINVAL);
	assert_non_null(strstr(e.msg, "komponen 3"));
	assert_non_null(strstr(e.msg, "15.5"));

	/* a rule naming a kriterion that is not there */
	tpl_copy(&c);
	c.t.naturan = 1;
	c.t.aturan = &(struct lke_aturan){ "x", LKE_ATURAN_SYARAT, "1.a.9",
					    "1.a.1", "" };
	assert_int_equal(lke_template_check(&c.t, &e), SK_EINVAL);
	assert_non_null(strstr(e.msg, "rule x"));

	/* the fingerprint follows the content, not the spelling of 4.5 */
	tpl_copy(&c);
	lke_template_hash(&lke_template_88_2021, h1);
	lke_template_hash(&c.t, h2);
	assert_int_equal(strlen(h1), LKE_HASH_LEN);
	assert_string_equal(h1, h2);
	c.s[2][1].bobot = (struct num){ 450, 2 };
	lke_template_hash(&c.t, h2);
	assert_string_equal(h1, h2);
	c.s[2][1].bobot = num_int(4);
	c.s[2][2].bobot = (struct num){ 80, 1 };
	lke_template_hash(&c.t, h2);
	assert_string_not_equal(h1, h2);
	assert_int_equal(lke_template_check(&c.t, &e), 0);
}

/* ---- method R --------------------------------------------------------------- */

/* Worked example, method R (nilai_sub = bobot × value / 100):
 *   1.a AA  6 × 1.0  = 6       1.b BB 9 × 0.8   = 7.2    1.c B  15 × 0.7   = 10.5   → 23.7
 *   2.a A   6 × 0.9  = 5.4     2.b CC 9 × 0.6   = 5.4    2.c C  15 × 0.5   = 7.5    → 18.3
 *   3.a BB  3 × 0.8  = 2.4     3.b B  4.5 × 0.7 = 3.15   3.c CC 7.5 × 0.6  = 4.5    → 10.05
 *   4.a B   5 × 0.7  = 3.5     4.b C  7.5 × 0.5 = 3.75   4.c D  12.5 × 0.3 = 3.75   → 11
 *   total 23.7 + 18.3 + 10.05 + 11 = 63.05 → B (> 60 … 70) */
static void test_metode_r(void **state)
{
	const struct lke_template *t = &lke_template_88_2021;
	static const char *const aSub[12] = { "6.00", "7.20", "10.50", "5.40",
		"5.40", "7.50", "2.40", "3.15", "4.50", "3.50", "3.75", "3.75" };
	static const char *const aKomp[4] = { "23.70", "18.30", "10.05", "11.00" };
	struct lke_lembar l;
	struct arena a = ARENA_INIT;
	struct lke_skor s;
	char buf[NUM_BUFSZ];
	int i, j;

	(void)state;
	sheet(&l, "1.a=AA 1.b=BB 1.c=B 2.a=A 2.b=CC 2.c=C 3.a=BB 3.b=B "
		  "3.c=CC 4.a=B 4.b=C 4.c=D");
	score(t, &l, &a, &s);
	assert_int_equal(s.metode, LKE_METODE_R);
	for (i = 0; i < 4; i++) {
		assert_string_equal(q2(s.komponen[i].nilai, buf), aKomp[i]);
		for (j = 0; j < 3; j++)
			assert_string_equal(q2(s.komponen[i].sub[j].nilai, buf),
					    aSub[i * 3 + j]);
	}
	assert_int_equal(s.total.n, 1261); /* 63.05 in lowest terms */
	assert_int_equal(s.total.d, 20);
	assert_string_equal(fmt2(s.total2, buf), "63.05");
	assert_string_equal(s.predikat, "B");
	assert_int_equal(s.nkosong, 0);
	assert_int_equal(lke_periksa(t, &l, &a, &(struct lke_langgar *){ 0 }), 0);
	arena_free(&a);
	lke_lembar_free(&l);

	/* two subs left blank count 0 and are counted as blank:
	 * 63.05 − 7.2 (1.b) − 3.75 (4.c) = 52.10 → CC */
	sheet(&l, "1.a=AA 1.c=B 2.a=A 2.b=CC 2.c=C 3.a=BB 3.b=B 3.c=CC "
		  "4.a=B 4.b=C");
	score(t, &l, &a, &s);
	assert_string_equal(fmt2(s.total2, buf), "52.10");
	assert_string_equal(s.predikat, "CC");
	assert_int_equal(s.nkosong, 2);
	arena_free(&a);
	lke_lembar_free(&l);
}

static void test_all_aa_all_e(void **state)
{
	const struct lke_template *t = &lke_template_88_2021;
	struct lke_lembar l;
	struct arena a = ARENA_INIT;
	struct lke_skor s;
	char buf[NUM_BUFSZ];

	(void)state;
	sheet_all_r(&l, t, LKE_R_AA);
	score(t, &l, &a, &s);
	assert_string_equal(fmt2(s.total2, buf), "100.00");
	assert_string_equal(s.predikat, "AA");
	lke_lembar_free(&l);

	sheet_all_r(&l, t, LKE_R_E);
	score(t, &l, &a, &s);
	assert_string_equal(fmt2(s.total2, buf), "0.00");
	assert_string_equal(s.predikat, "D");
	lke_lembar_free(&l);

	/* the same under method P: every Y and A, every T and E */
	sheet_all_p(&l, t, LKE_Y, LKE_A);
	score(t, &l, &a, &s);
	assert_int_equal(s.metode, LKE_METODE_P);
	assert_string_equal(fmt2(s.total2, buf), "100.00");
	assert_string_equal(s.predikat, "AA");
	lke_lembar_free(&l);

	sheet_all_p(&l, t, LKE_T, LKE_E);
	score(t, &l, &a, &s);
	assert_string_equal(fmt2(s.total2, buf), "0.00");
	assert_string_equal(s.predikat, "D");
	lke_lembar_free(&l);
	arena_free(&a);
}

/* ---- method P --------------------------------------------------------------- */

/* Worked example, method P (Y/A = 1, B = .75, C = .5, D = .25, T/E = 0;
 * nilai_sub = Σ / n_aktif × bobot), an OPD: 1.a.2 is NA.
 *   1.a  Y NA Y Y Y T           4 of 5            6 × 4/5        = 4.8
 *   1.b  Y T A B B C A B C D E  6.5 of 11         9 × 6.5/11     = 117/22 = 5.3181…
 *   1.c  C C C C D D E E        2.5 of 8          15 × 2.5/8     = 4.6875
 *        komponen 1 = 4.8 + 117/22 + 4.6875 = 13029/880 = 14.8056…
 *   2.a  Y Y T                  2 of 3            6 × 2/3        = 4
 *   2.b  A A B Y B Y T          5.5 of 7          9 × 5.5/7      = 99/14 = 7.0714…
 *   2.c  B B B B C C C C D D    5.5 of 10         15 × 5.5/10    = 8.25
 *        komponen 2 = 4 + 99/14 + 8.25 = 541/28 = 19.3214…
 *   3.a  Y × 6                  6 of 6            3
 *   3.b  B × 9                  6.75 of 9         4.5 × 0.75     = 3.375
 *   3.c  T B B B B B B          4.5 of 7          7.5 × 4.5/7    = 135/28 = 4.8214…
 *        komponen 3 = 3 + 3.375 + 135/28 = 627/56 = 11.1964…
 *   4.a  T T T, 4.b E × 5, 4.c E × 5                               0
 *   total = 13029/880 + 541/28 + 627/56 = 279193/6160 = 45.3235… → 45.32 → C
 * (the rounded komponen add up to 14.81 + 19.32 + 11.20 = 45.33: only
 * the exact total is graded). */
static void test_metode_p(void **state)
{
	const struct lke_template *t = &lke_template_88_2021;
	static const char *const aSub[12] = { "4.80", "5.32", "4.69", "4.00",
		"7.07", "8.25", "3.00", "3.38", "4.82", "0.00", "0.00", "0.00" };
	static const char *const aKomp[4] = { "14.81", "19.32", "11.20", "0.00" };
	struct lke_lembar l;
	struct arena a = ARENA_INIT;
	struct lke_skor s;
	struct lke_langgar *v;
	char buf[NUM_BUFSZ];
	int i, j;

	(void)state;
	sheet(&l,
	      "1.a.1=Y 1.a.2=NA 1.a.3=Y 1.a.4=Y 1.a.5=Y 1.a.6=T "
	      "1.b.1=Y 1.b.2=T 1.b.3=A 1.b.4=B 1.b.5=B 1.b.6=C 1.b.7=A "
	      "1.b.8=B 1.b.9=C 1.b.10=D 1.b.11=E "
	      "1.c.1=C 1.c.2=C 1.c.3=C 1.c.4=C 1.c.5=D 1.c.6=D 1.c.7=E 1.c.8=E "
	      "2.a.1=Y 2.a.2=Y 2.a.3=T "
	      "2.b.1=A 2.b.2=A 2.b.3=B 2.b.4=Y 2.b.5=B 2.b.6=Y 2.b.7=T "
	      "2.c.1=B 2.c.2=B 2.c.3=B 2.c.4=B 2.c.5=C 2.c.6=C 2.c.7=C 2.c.8=C "
	      "2.c.9=D 2.c.10=D "
	      "3.a.1=Y 3.a.2=Y 3.a.3=Y 3.a.4=Y 3.a.5=Y 3.a.6=Y "
	      "3.b.1=B 3.b.2=B 3.b.3=B 3.b.4=B 3.b.5=B 3.b.6=B 3.b.7=B "
	      "3.b.8=B 3.b.9=B "
	      "3.c.1=T 3.c.2=B 3.c.3=B 3.c.4=B 3.c.5=B 3.c.6=B 3.c.7=B "
	      "4.a.1=T 4.a.2=T 4.a.3=T 4.b.1=E 4.b.2=E 4.b.3=E 4.b.4=E 4.b.5=E "
	      "4.c.1=E 4.c.2=E 4.c.3=E 4.c.4=E 4.c.5=E");
	assert_int_equal(l.n, 80);
	score(t, &l, &a, &s);
	assert_int_equal(s.metode, LKE_METODE_P);
	assert_int_equal(s.komponen[0].sub[0].naktif, 5);
	assert_int_equal(s.komponen[0].sub[1].nilai.n, 117);
	assert_int_equal(s.komponen[0].sub[1].nilai.d, 22);
	assert_int_equal(s.komponen[0].nilai.n, 13029);
	assert_int_equal(s.komponen[0].nilai.d, 880);
	assert_int_equal(s.komponen[1].nilai.n, 541);
	assert_int_equal(s.komponen[1].nilai.d, 28);
	assert_int_equal(s.komponen[2].nilai.n, 627);
	assert_int_equal(s.komponen[2].nilai.d, 56);
	for (i = 0; i < 4; i++) {
		assert_string_equal(q2(s.komponen[i].nilai, buf), aKomp[i]);
		for (j = 0; j < 3; j++)
			assert_string_equal(q2(s.komponen[i].sub[j].nilai, buf),
					    aSub[i * 3 + j]);
	}
	assert_int_equal(s.total.n, 279193);
	assert_int_equal(s.total.d, 6160);
	assert_string_equal(fmt2(s.total2, buf), "45.32");
	assert_string_equal(s.predikat, "C");
	assert_int_equal(s.nkosong, 0);
	assert_int_equal(lke_periksa(t, &l, &a, &v), 0);
	arena_free(&a);
	lke_lembar_free(&l);

	/* blanks count 0 but stay in the mean: 1.a with only 1.a.1 = Y is
	 * 6 × 1/6 = 1 (five of six blank) */
	sheet(&l, "1.a.1=Y");
	score(t, &l, &a, &s);
	assert_string_equal(q2(s.komponen[0].sub[0].nilai, buf), "1.00");
	assert_string_equal(fmt2(s.total2, buf), "1.00");
	assert_int_equal(s.nkosong, 79);
	arena_free(&a);
	lke_lembar_free(&l);
}

/* ---- grades --------------------------------------------------------------- */

/* Two komponen: x (one sub, answered AA = 100 %) and 100 − x (answered
 * E), so the total is exactly x; x is graded after rounding half up to
 * two decimals, on open lower bounds. */
static void test_grade_boundaries(void **state)
{
	static const struct {
		int64_t m;
		int e;
		const char *total, *grade;
	} aRow[] = {
		{ 100, 0, "100.00", "AA" },
		{ 9001, 2, "90.01", "AA" },
		{ 90005, 3, "90.01", "AA" },   /* 90.005 rounds up */
		{ 900049, 4, "90.00", "A" },   /* 90.0049 rounds down */
		{ 90, 0, "90.00", "A" },       /* exactly 90 is A */
		{ 8001, 2, "80.01", "A" },
		{ 80, 0, "80.00", "BB" },
		{ 7001, 2, "70.01", "BB" },
		{ 70, 0, "70.00", "B" },
		{ 60, 0, "60.00", "CC" },
		{ 5001, 2, "50.01", "CC" },
		{ 50, 0, "50.00", "C" },
		{ 3001, 2, "30.01", "C" },
		{ 30004, 3, "30.00", "D" },    /* 30.004 → 30.00 */
		{ 30, 0, "30.00", "D" },       /* exactly 30 is D */
		{ 0, 0, "0.00", "D" },
	};
	struct lke_kriteria kr[2] = { { "1.a.1", "", LKE_YT, 0 },
				      { "2.a.1", "", LKE_YT, 0 } };
	struct lke_sub sub[2] = { { "1.a", "", { 0, 0 }, 1, &kr[0] },
				  { "2.a", "", { 0, 0 }, 1, &kr[1] } };
	struct lke_komponen km[2] = { { "1", "", { 0, 0 }, 1, &sub[0] },
				      { "2", "", { 0, 0 }, 1, &sub[1] } };
	struct lke_template t = { "uji", 1, "uji", 2, km, 0, NULL };
	struct sk_err e = { 0, "" };
	char buf[NUM_BUFSZ];
	size_t i;

	(void)state;
	for (i = 0; i < sizeof aRow / sizeof aRow[0]; i++) {
		struct num x = { aRow[i].m, aRow[i].e }, rest;
		struct lke_lembar l;
		struct arena a = ARENA_INIT;
		struct lke_skor s;
		assert_int_equal(num_sub(num_int(100), x, &rest), 0);
		km[0].bobot = sub[0].bobot = x;
		km[1].bobot = sub[1].bobot = rest;
		assert_int_equal(lke_template_check(&t, &e), 0);
		sheet(&l, "1.a=AA 2.a=E");
		score(&t, &l, &a, &s);
		assert_string_equal(fmt2(s.total2, buf), aRow[i].total);
		assert_string_equal(s.predikat, aRow[i].grade);
		arena_free(&a);
		lke_lembar_free(&l);
	}
}

static void test_q_round(void **state)
{
	char buf[NUM_BUFSZ];

	(void)state;
	assert_string_equal(q2((struct lke_q){ 1, 8 }, buf), "0.13");
	assert_string_equal(q2((struct lke_q){ 1, 200 }, buf), "0.01");
	assert_string_equal(q2((struct lke_q){ 1, 201 }, buf), "0.00");
	assert_string_equal(q2((struct lke_q){ 2, 3 }, buf), "0.67");
	assert_int_equal(lke_q_cmp((struct lke_q){ 1, 3 },
				   (struct lke_q){ 2, 6 }), 0);
	assert_int_equal(lke_q_cmp((struct lke_q){ 1, 3 },
				   (struct lke_q){ 1, 4 }), 1);
}

/* R from a count of kriteria met (lke.md §2). */
static void test_r_dari(void **state)
{
	(void)state;
	assert_int_equal(lke_nilai_r_dari(0, 6), LKE_R_E);
	assert_int_equal(lke_nilai_r_dari(1, 4), LKE_R_D);  /* 25 % */
	assert_int_equal(lke_nilai_r_dari(2, 6), LKE_R_C);  /* 33 % */
	assert_int_equal(lke_nilai_r_dari(2, 4), LKE_R_C);  /* 50 % */
	assert_int_equal(lke_nilai_r_dari(3, 4), LKE_R_CC); /* 75 % */
	assert_int_equal(lke_nilai_r_dari(10, 11), LKE_R_B);
	assert_int_equal(lke_nilai_r_dari(8, 8), LKE_R_BB);
	assert_int_equal(lke_nilai_r(LKE_R_A), 90);
	assert_int_equal(lke_nilai_r(LKE_R_D), 30);
	assert_int_equal(lke_nilai_r(LKE_A), -1);
	assert_int_equal(lke_nilai_perempat(LKE_B), 3);
	assert_int_equal(lke_nilai_perempat(LKE_NA), -1);
}

/* ---- bad worksheets ---------------------------------------------------------- */

static void expect_bad(const char *spec, const char *needle)
{
	struct lke_lembar l;
	struct sbuf errs = SBUF_INIT(0);

	sheet(&l, spec);
	assert_int_equal(lke_lembar_check(&lke_template_88_2021, &l, "f.json",
					  &errs), SK_EINVAL);
	if (!strstr(errs.z, needle))
		fail_msg("'%s' not in: %s", needle, errs.z);
	sbuf_release(&errs);
	lke_lembar_free(&l);
}

static void test_bad_sheets(void **state)
{
	(void)state;
	expect_bad("1.a.1=Y 9.z.1=A", "f.json: jawaban.9.z.1: no kriterion");
	expect_bad("1.a.1=Y 1.d=A", "jawaban.1.d: no kriterion or sub-komponen");
	expect_bad("1.b.3=Y", "jawaban.1.b.3: kriterion 1.b.3 is an A-E");
	expect_bad("1.a.1=B", "jawaban.1.a.1: kriterion 1.a.1 is a Y/T");
	expect_bad("1.a.1=NA", "jawaban.1.a.1: NA is only allowed");
	expect_bad("1.b.3=AA", "jawaban.1.b.3: kriterion 1.b.3 is answered A, B");
	expect_bad("1.a=Y", "jawaban.1.a: sub-komponen 1.a is answered AA");
	expect_bad("1.a.1=Y 1.b=BB",
		   "jawaban.1.b: answers a sub-komponen (method R), but the "
		   "sheet uses method P from 1.a.1 on");
	expect_bad("1.a.1=Y 1.a.1=T", "jawaban.1.a.1: answered twice");
	expect_bad("", "jawaban: no answers");
}

/* ---- consistency ------------------------------------------------------------ */

static void test_periksa(void **state)
{
	const struct lke_template *t = &lke_template_88_2021;
	struct lke_lembar l;
	struct arena a = ARENA_INIT;
	struct lke_langgar *v;
	int n;

	(void)state;
	/* Renja Y without Renstra; rencana aksi Y without PK is fine here
	 * since 1.a.4 is Y; 1.c.1 A (1) above the 1.b mean (A, C: 0.75);
	 * 1.c.2 B (0.75) is not above it. */
	sheet(&l, "1.a.3=T 1.a.4=Y 1.a.5=Y 1.b.3=A 1.b.4=C 1.c.1=A 1.c.2=B");
	n = lke_periksa(t, &l, &a, &v);
	assert_int_equal(n, 2);
	assert_string_equal(v[0].aturan->nama, "renja-tanpa-renstra");
	assert_string_equal(v[0].kode, "1.a.4");
	assert_string_equal(v[0].pesan, "renja-tanpa-renstra: 1.a.4 is Y but "
			    "1.a.3 is T (a rencana tahunan needs a rencana "
			    "jangka menengah)");
	assert_string_equal(v[1].aturan->nama, "pemanfaatan-melebihi-kualitas");
	assert_string_equal(v[1].kode, "1.c.1");
	assert_non_null(strstr(v[1].pesan, "above the mean of 1.b (0.7500)"));
	lke_lembar_free(&l);

	/* rencana aksi without PK; an LKj published but never written */
	sheet(&l, "1.a.4=T 1.a.5=Y 3.a.1=T 3.a.5=Y 3.a.6=T");
	n = lke_periksa(t, &l, &a, &v);
	assert_int_equal(n, 2);
	assert_string_equal(v[0].aturan->nama, "renaksi-tanpa-pk");
	assert_string_equal(v[1].aturan->nama, "lkj-belum-disusun");
	assert_string_equal(v[1].kode, "3.a.5");
	lke_lembar_free(&l);

	/* method R: pemanfaatan above kualitas */
	sheet(&l, "2.b=B 2.c=BB 3.b=B 3.c=B");
	assert_int_equal(lke_lembar_check(t, &l, NULL, &(struct sbuf)SBUF_INIT(0)), 0);
	n = lke_periksa(t, &l, &a, &v);
	assert_int_equal(n, 1);
	assert_string_equal(v[0].pesan, "pemanfaatan-melebihi-kualitas: 2.c is "
			    "BB, above 2.b B (pemanfaatan may not exceed the "
			    "related kualitas)");
	lke_lembar_free(&l);
	arena_free(&a);
}


/* ---- the sakip-lke/1 answer file -------------------------------------------- */

static const char zHead[] =
	"{\"format\": \"sakip-lke/1\", \"template\": \"lke-88-2021\", "
	"\"instansi\": \"kec-bangsalsari\", \"tahun\": 2024, "
	"\"tahap\": \"penetapan\", \"jawaban\": ";

/* Reads zHead + jawaban + "}" (or the whole text when it starts with
 * {"format" or is not an object); returns the rc and leaves the
 * messages in errs. */
static int read_text(const char *text, struct lke_lembar *l,
		     const struct lke_template **t, struct sbuf *errs)
{
	struct sbuf b = SBUF_INIT(0);
	int rc;

	if (strncmp(text, "{\"format\"", 9) == 0 || text[0] != '{')
		sbuf_adds(&b, text);
	else
		sbuf_addf(&b, "%s%s}", zHead, text);
	lke_lembar_init(l);
	rc = lke_json_read("f.json", b.z, b.n, NULL, NULL, l, t, errs);
	sbuf_release(&b);
	return rc;
}

static void expect_file_bad(const char *text, const char *needle)
{
	struct lke_lembar l;
	const struct lke_template *t;
	struct sbuf errs = SBUF_INIT(0);

	assert_int_equal(read_text(text, &l, &t, &errs), SK_EINVAL);
	assert_null(t);
	assert_int_equal(l.n, 0); /* freed: nothing to write */
	if (!strstr(errs.z, needle))
		fail_msg("'%s' not in: %s", needle, errs.z);
	sbuf_release(&errs);
}

static void test_json_bad(void **state)
{
	(void)state;
	expect_file_bad("{\"1.a.1\": {\"nilai\": \"Y\"}, \"1.x.1\": {\"nilai\": \"A\"}}",
			"f.json: jawaban.1.x.1: no kriterion or sub-komponen 1.x.1");
	expect_file_bad("{\"1.b.3\": {\"nilai\": \"Y\"}}",
			"f.json: jawaban.1.b.3: kriterion 1.b.3 is an A-E "
			"kriterion: 'Y' is not allowed");
	expect_file_bad("{\"1.a.1\": {\"nilai\": \"Y\"}, \"2.c\": {\"nilai\": \"BB\"}}",
			"f.json: jawaban.2.c: answers a sub-komponen (method R)");
	expect_file_bad("{\"1.a.1\": {\"nilai\": \"Q\"}}",
			"f.json: jawaban.1.a.1.nilai: 'Q' is not an answer");
	expect_file_bad("{\"1.a.1\": {\"nilai\": \"Y\", \"skor\": 1}}",
			"f.json: jawaban.1.a.1: unknown key 'skor'");
	expect_file_bad("{\"1.a.1\": {\"nilai\": \"Y\", \"bukti\": [3]}}",
			"f.json: jawaban.1.a.1.bukti: item 0 must be");
	expect_file_bad("{\"format\": \"sakip-lke/1\", \"template\": "
			"\"lke-88-2020\", \"instansi\": \"x\", \"tahun\": 2024, "
			"\"tahap\": \"usulan\", \"jawaban\": {\"1.a\": "
			"{\"nilai\": \"A\"}}}",
			"f.json: template: no LKE template 'lke-88-2020'");
	expect_file_bad("{\"format\": \"sakip-lke/1\", \"template\": "
			"\"lke-88-2021\", \"template_versi\": 2, \"instansi\": "
			"\"x\", \"tahun\": 2024, \"tahap\": \"usulan\", "
			"\"jawaban\": {\"1.a\": {\"nilai\": \"A\"}}}",
			"f.json: template_versi: template lke-88-2021 has no "
			"version 2");
	expect_file_bad("{\"format\": \"sakip-lke/2\", \"template\": "
			"\"lke-88-2021\", \"instansi\": \"x\", \"tahun\": 24, "
			"\"tahap\": \"final\", \"nilai\": 3, \"jawaban\": {}}",
			"f.json: format: must be \"sakip-lke/1\"");
	expect_file_bad("{\"format\": \"sakip-lke/1\", \"template\": "
			"\"lke-88-2021\", \"instansi\": \"x\", \"tahun\": 24, "
			"\"tahap\": \"final\", \"nilai\": 3, \"jawaban\": {}}",
			"f.json: tahun: must be a whole number");
	expect_file_bad("{\"format\": \"sakip-lke/1\", \"template\": "
			"\"lke-88-2021\", \"instansi\": \"x\", \"tahun\": 2024, "
			"\"tahap\": \"final\", \"jawaban\": {}}",
			"f.json: tahap: must be usulan or penetapan");
	expect_file_bad("{\"format\": \"sakip-lke/1\", \"nilai\": 3}",
			"f.json: nilai: unknown key");
	expect_file_bad("{\"1.a.1\": {\"nilai\": \"Y\"}, \"1.a.1\": {\"nilai\": \"T\"}}",
			"f.json:1:");
	expect_file_bad("[1]", "f.json: (top level): must be an object");
}

/* Read → write → read → write gives the same bytes, answers in template
 * order whatever the file's order. */
static void test_json_roundtrip(void **state)
{
	struct lke_lembar l, l2;
	const struct lke_template *t;
	struct sbuf errs = SBUF_INIT(0), out = SBUF_INIT(0), out2 = SBUF_INIT(0);

	(void)state;
	assert_int_equal(read_text(
		"{\"1.b.3\": {\"nilai\": \"B\"}, \"1.a.1\": {\"nilai\": \"Y\", "
		"\"catatan\": \"Perbup 12/2021 \\\"baru\\\"\", \"bukti\": "
		"[\"https://x/p.pdf\", \"renstra.pdf\"]}, \"1.a.2\": "
		"{\"nilai\": \"NA\"}}", &l, &t, &errs), 0);
	assert_ptr_equal(t, &lke_template_88_2021);
	assert_int_equal(l.metode, LKE_METODE_P);
	assert_int_equal(l.template_versi, 1);
	assert_int_equal(l.n, 3);
	assert_string_equal(lke_lembar_find(&l, "1.a.1")->bukti[1], "renstra.pdf");
	lke_json_write(t, &l, &out);
	assert_string_equal(out.z,
		"{\n  \"format\": \"sakip-lke/1\",\n"
		"  \"template\": \"lke-88-2021\",\n  \"template_versi\": 1,\n"
		"  \"instansi\": \"kec-bangsalsari\",\n  \"tahun\": 2024,\n"
		"  \"tahap\": \"penetapan\",\n  \"jawaban\": {\n"
		"    \"1.a.1\": {\"nilai\": \"Y\", \"catatan\": \"Perbup 12/2021 "
		"\\\"baru\\\"\", \"bukti\": [\"https://x/p.pdf\", \"renstra.pdf\"]},\n"
		"    \"1.a.2\": {\"nilai\": \"NA\"},\n"
		"    \"1.b.3\": {\"nilai\": \"B\"}\n  }\n}\n");
	lke_lembar_init(&l2);
	assert_int_equal(lke_json_read("out", out.z, out.n, NULL, NULL, &l2, &t,
				       &errs), 0);
	lke_json_write(t, &l2, &out2);
	assert_string_equal(out.z, out2.z);
	assert_int_equal(errs.n, 0);
	sbuf_release(&out);
	sbuf_release(&out2);
	sbuf_release(&errs);
	lke_lembar_free(&l);
	lke_lembar_free(&l2);
}

/* ---- suggestions from the data ------------------------------------------------ */

static void test_saran_pita(void **state)
{
	static const int aRow[][3] = {
		{ 100, 100, LKE_A }, { 91, 100, LKE_A }, { 90, 100, LKE_B },
		{ 76, 100, LKE_B }, { 75, 100, LKE_C }, { 41, 100, LKE_C },
		{ 40, 100, LKE_D }, { 11, 100, LKE_D }, { 10, 100, LKE_E },
		{ 0, 3, LKE_E }, { 10, 11, LKE_A }, /* 90.9 % */ { 1, 2, LKE_C },
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof aRow / sizeof aRow[0]; i++)
		assert_int_equal(lke_saran_pita(aRow[i][0], aRow[i][1]),
				 aRow[i][2]);
}

#define NIL(z) { (z), 1, { 0 } }

/* What test_saran expects: kode, answer, evidence (NULL: not compared). */
static const char *const aWant[][3] = {
	{ "1.a.3", "Y", "Renstra 2024-2026 memuat 1 tujuan, 1 sasaran "
	  "dan 2 indikator kinerja." },
	{ "1.a.4", "Y", "PK 2024 ditandatangani di Bengkulu tanggal "
	  "2024-01-02; 0 indikator bertarget PK 2024." },
	{ "1.a.6", "Y", "Pagu 2024 tercatat pada 1 baris anggaran "
	  "(program, kegiatan, sub-kegiatan)." },
	{ "2.a.2", "T", "1 dari 2 indikator kinerja punya formula dan "
	  "sumber data; belum: B." },
	{ "2.b.4", "T", "0 dari 2 indikator kinerja bertarget 2024 punya "
	  "realisasi setiap periode (bulan/triwulan); belum: A, B." },
	{ "2.b.6", "Y", NULL }, { "2.b.7", "Y", NULL },
	{ "3.b.1", "A", "Reviu sakip atas angka 2024: 0 kesalahan belum "
	  "diperbaiki." },
	{ "3.b.2", "C", NULL }, { "3.b.3", "C", NULL },
	{ "3.b.4", "E", NULL }, { "3.b.5", "C", NULL },
	{ "3.b.6", "E", NULL }, { "3.b.7", "E", NULL },
	{ "3.b.8", "A", "1 dari 1 program punya pagu dan realisasi 2024 "
	  "untuk analisis efisiensi." },
	{ "4.c.1", "B", "9 dari 10 rekomendasi LHE 2023 selesai "
	  "ditindaklanjuti." },
};

/* Renstra 2024-2026 and PK 2024; tujuan T1 with indicator A (formula,
 * source, target and realisation 2024, realisation 2023), sasaran S1
 * with indicator B (target 2024 only), program P1 with pagu and
 * realisation 2024. */
static void test_saran(void **state)
{
	struct nilai_thn tA[] = { { 2024, NIL("80") } };
	struct nilai_thn rA[] = { { 2023, NIL("70") }, { 2024, NIL("85") } };
	struct nilai_thn tB[] = { { 2024, NIL("5") } };
	struct indikator iA = { 0 }, iB = { 0 };
	struct anggaran ag = { 0 };
	struct node prog = { 0 }, sas = { 0 }, tuj = { 0 };
	struct pk pk = { 2024, { "Bengkulu", "2024-01-02" }, 0, { 0 } };
	struct instansi in = { 0 };
	struct lke_fakta f = { 0, 10, 9 };
	struct arena a = ARENA_INIT;
	struct lke_saran *v;
	int n, i;

	(void)state;
	iA.kode = "A";
	iA.formula = "x / y";
	iA.sumber_data = "BPS";
	iA.target = (struct tahunan){ 1, tA };
	iA.realisasi = (struct tahunan){ 2, rA };
	iB.kode = "B";
	iB.target = (struct tahunan){ 1, tB };
	ag.tahun = 2024;
	ag.pagu = (struct uang){ 1, 1000, NULL };
	ag.realisasi = (struct uang){ 1, 900, NULL };
	prog = (struct node){ TK_PROGRAM, "P1", "p", 0, NULL, 1, &ag, { 0 },
			      0, NULL };
	sas = (struct node){ TK_SASARAN, "S1", "s", 1, &iB, 0, NULL, { 0 },
			     1, &prog };
	tuj = (struct node){ TK_TUJUAN, "T1", "t", 1, &iA, 0, NULL, { 0 },
			     1, &sas };
	in.kode = "kec-x";
	in.renstra_awal = 2024;
	in.renstra_akhir = 2026;
	in.npk = 1;
	in.pk = &pk;
	in.ntujuan = 1;
	in.tujuan = &tuj;
	n = lke_saran(&lke_template_88_2021, &in, 2024, &f, &a, &v);
	assert_int_equal(n, (int)(sizeof aWant / sizeof aWant[0]));
	for (i = 0; i < n; i++) {
		assert_string_equal(v[i].kode, aWant[i][0]);
		assert_string_equal(lke_nilai_label(v[i].nilai), aWant[i][1]);
		if (aWant[i][2])
			assert_string_equal(v[i].bukti, aWant[i][2]);
	}
	/* no LHE last year, reviu unknown: no 3.b.1, no 4.c.1 */
	f = (struct lke_fakta){ -1, 0, 0 };
	assert_int_equal(lke_saran(&lke_template_88_2021, &in, 2024, &f, &a,
				   &v), n - 2);
	/* a year the Renstra does not cover, without PK or budget */
	n = lke_saran(&lke_template_88_2021, &in, 2030, &f, &a, &v);
	assert_true(n >= 3);
	assert_string_equal(v[0].bukti, "Tidak ada Renstra yang mencakup "
			    "tahun 2030.");
	assert_int_equal(v[0].nilai, LKE_T);
	assert_int_equal(v[1].nilai, LKE_T);
	assert_int_equal(v[2].nilai, LKE_T);
	arena_free(&a);
}

/* ---- the LHE part of a sheet ------------------------------------------------- */

static void test_lhe_checks(void **state)
{
	(void)state;
	assert_true(tanggal_valid("2024-02-29"));
	assert_false(tanggal_valid("2023-02-29"));
	assert_false(tanggal_valid("1900-02-29"));
	assert_true(tanggal_valid("2000-02-29"));
	assert_false(tanggal_valid("2024-04-31"));
	assert_false(tanggal_valid("2024-4-30"));
	assert_false(tanggal_valid("2024-13-01"));
	assert_string_equal(lke_predikat_label("BB"), "Sangat Baik");
	assert_string_equal(lke_predikat_label("D"), "Sangat Kurang");
	assert_string_equal(lke_predikat_label("X"), "");
	assert_int_equal(lke_status_parse("ditolak"), LKE_DITOLAK);
	assert_int_equal(lke_status_parse("tuntas"), -1);
	expect_file_bad("{\"1.a\": {\"nilai\": \"A\"}}, \"catatan\": {\"5\": \"x\"}",
			"f.json: catatan.5: no komponen or sub-komponen 5");
	expect_file_bad("{\"1.a\": {\"nilai\": \"A\"}}, \"rekomendasi\": "
			"[{\"nomor\": 1, \"teks\": \"a\"}, {\"nomor\": 1, "
			"\"teks\": \"b\", \"kode\": \"1.z\"}]",
			"f.json: rekomendasi[1]: nomor 1 is used twice");
	expect_file_bad("{\"1.a\": {\"nilai\": \"A\"}}, \"rekomendasi\": "
			"[{\"nomor\": 1, \"teks\": \"a\", \"kode\": \"1.z\"}]",
			"f.json: rekomendasi[0]: kode: no komponen, sub-komponen "
			"or kriterion 1.z");
	expect_file_bad("{\"1.a\": {\"nilai\": \"A\"}}, \"rekomendasi\": "
			"[{\"nomor\": 1, \"teks\": \"a\", \"target\": \"2025-02-30\"}]",
			"f.json: rekomendasi[0]: target must be a date");
	expect_file_bad("{\"1.a\": {\"nilai\": \"A\"}}, \"rekomendasi\": "
			"[{\"nomor\": 1, \"teks\": \"a\", \"prioritas\": \"segera\"}]",
			"f.json: rekomendasi[0]: prioritas must be tinggi");
	expect_file_bad("{\"1.a\": {\"nilai\": \"A\"}}, \"lhe\": "
			"{\"nomor\": \"1\", \"tanggal\": \"kemarin\"}",
			"f.json: lhe.tanggal: must be a date");
	expect_file_bad("{\"1.a.1\": {\"nilai\": \"Y\", \"saran\": "
			"{\"nilai\": \"B\"}}}",
			"f.json: jawaban.1.a.1: saran: 'B' is not an answer of "
			"this kriterion");
	expect_file_bad("{\"format\": \"sakip-lke/1\", \"template\": "
			"\"lke-88-2021\", \"instansi\": \"x\", \"tahun\": 2024, "
			"\"tahap\": \"usulan\", \"jawaban\": {\"1.a\": {\"nilai\": "
			"\"A\"}}, \"rekomendasi\": [{\"nomor\": 1, \"teks\": \"a\"}]}",
			"f.json: rekomendasi: only a penetapan has recommendations");
}

/* Notes in template order and recommendations by nomor, whatever the
 * file's order; read back to the same bytes. */
static void test_lhe_roundtrip(void **state)
{
	struct lke_lembar l, l2;
	const struct lke_template *t;
	struct sbuf errs = SBUF_INIT(0), out = SBUF_INIT(0), out2 = SBUF_INIT(0);

	(void)state;
	assert_int_equal(read_text(
		"{\"1.a\": {\"nilai\": \"A\"}}, \"lhe\": {\"nomor\": \"700/1\", "
		"\"tanggal\": \"2025-03-14\"}, \"catatan\": {\"2\": \"dua\", "
		"\"1.b\": \"satu b\", \"1\": \"satu\"}, \"rekomendasi\": "
		"[{\"nomor\": 2, \"teks\": \"kedua\"}, {\"nomor\": 1, \"teks\": "
		"\"pertama\", \"kode\": \"1.b.8\", \"prioritas\": \"tinggi\", "
		"\"target\": \"2025-06-30\"}]", &l, &t, &errs), 0);
	lke_json_write(t, &l, &out);
	assert_non_null(strstr(out.z, "  \"tahap\": \"penetapan\",\n  \"lhe\": "
			       "{\"nomor\": \"700/1\", \"tanggal\": \"2025-03-14\"},\n"));
	assert_non_null(strstr(out.z, "  \"catatan\": {\n    \"1\": \"satu\",\n"
			       "    \"1.b\": \"satu b\",\n    \"2\": \"dua\"\n  },\n"
			       "  \"rekomendasi\": [\n    {\"nomor\": 1, \"teks\": "
			       "\"pertama\", \"kode\": \"1.b.8\", \"prioritas\": "
			       "\"tinggi\", \"target\": \"2025-06-30\"},\n    "
			       "{\"nomor\": 2, \"teks\": \"kedua\"}\n  ]\n}\n"));
	lke_lembar_init(&l2);
	assert_int_equal(lke_json_read("out", out.z, out.n, NULL, NULL, &l2, &t,
				       &errs), 0);
	lke_json_write(t, &l2, &out2);
	assert_string_equal(out.z, out2.z);
	sbuf_release(&out);
	sbuf_release(&out2);
	sbuf_release(&errs);
	lke_lembar_free(&l);
	lke_lembar_free(&l2);
}

/* ---- templates as files ------------------------------------------------------- */

/* The shipped template written and read back is the same template: the
 * same fingerprint (every weight exact), and a variant with weights that
 * do not add up is refused naming the komponen. */
static void test_template_json(void **state)
{
	struct lke_template_mem m;
	struct sbuf out = SBUF_INIT(0), errs = SBUF_INIT(0), b = SBUF_INIT(0);
	char h1[LKE_HASH_LEN + 1], h2[LKE_HASH_LEN + 1];
	const char *p;

	(void)state;
	lke_json_template_write(&lke_template_88_2021, &out);
	memset(&m, 0, sizeof m);
	assert_int_equal(lke_json_template_read("t.json", out.z, out.n, &m,
						&errs), 0);
	lke_template_hash(&lke_template_88_2021, h1);
	lke_template_hash(&m.t, h2);
	assert_string_equal(h1, h2);
	assert_int_equal(lke_template_nkriteria(&m.t), 80);
	assert_true(lke_kriteria_find(&m.t, "1.a.2", NULL)->flags & LKE_K_PEMDA);
	lke_template_mem_free(&m);

	/* 4.c weighs 12.6: komponen 4 adds up to 25.1 */
	p = strstr(out.z, "\"bobot\": 12.5");
	assert_non_null(p);
	sbuf_add(&b, out.z, (size_t)(p - out.z));
	sbuf_adds(&b, "\"bobot\": 12.6");
	sbuf_adds(&b, p + strlen("\"bobot\": 12.5"));
	assert_int_equal(lke_json_template_read("t.json", b.z, b.n, &m, &errs),
			 SK_EINVAL);
	assert_non_null(strstr(errs.z, "t.json: template lke-88-2021: komponen "
			       "4: the sub-komponen bobot add up to 25.1, not 25"));
	sbuf_reset(&errs);
	p = "{\"format\": \"sakip-lke-template/1\", \"kode\": \"x\", "
	    "\"nama\": \"x\", \"komponen\": [{\"kode\": \"1\", \"nama\": "
	    "\"a\", \"bobot\": \"1OO\", \"sub\": []}]}";
	assert_int_equal(lke_json_template_read("t.json", p, strlen(p), &m,
						&errs), SK_EINVAL);
	assert_non_null(strstr(errs.z, "t.json: komponen[0]: bobot must be a "
			       "number"));
	assert_non_null(strstr(errs.z, "t.json: komponen[0]: sub must be a "
			       "non-empty array"));
	sbuf_release(&out);
	sbuf_release(&errs);
	sbuf_release(&b);
}

/* Each problem is one line, NAME: KEY: message, even when a key or a
 * code of the file holds a line break (shown as a space): found by
 * test/fuzz/fuzz_lke, where "1.a\n.1" split a message over two lines
 * and the second named nothing. */
static void test_one_line_messages(void **state)
{
	static const struct {
		const char *text, *want;
	} aCase[] = {
		{ "{\"1.a\\n.1\": {\"nilai\": \"Y\"}}",
		  "f.json: jawaban.1.a .1: no kriterion or sub-komponen 1.a .1 "
		  "in template lke-88-2021\n" },
		{ "{\"1.a.1\": {\"nilai\": \"Y\", \"a\\r\\nb\": 1}}",
		  "f.json: jawaban.1.a.1: unknown key 'a  b'\n" },
		{ "{\"format\": \"sakip-lke-template/1\", \"kode\": \"x\\ny\", "
		  "\"nama\": \"x\", \"komponen\": [{\"kode\": \"1\", \"nama\": "
		  "\"a\", \"bobot\": 90, \"sub\": [{\"kode\": \"1.a\", \"nama\": "
		  "\"b\", \"bobot\": 90, \"kriteria\": [{\"kode\": \"1.a.1\", "
		  "\"uraian\": \"c\", \"jenis\": \"YT\"}]}]}]}",
		  "f.json: template x y: the komponen bobot add up to 90, not "
		  "100\n" },
	};
	struct lke_template_mem m;
	struct sbuf errs = SBUF_INIT(0);
	const struct lke_template *t;
	struct lke_lembar l;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof aCase / sizeof aCase[0]; i++) {
		sbuf_reset(&errs);
		if (strstr(aCase[i].text, "sakip-lke-template/1")) {
			memset(&m, 0, sizeof m);
			assert_int_equal(lke_json_template_read("f.json",
				aCase[i].text, strlen(aCase[i].text), &m, &errs),
				SK_EINVAL);
		} else {
			assert_int_equal(read_text(aCase[i].text, &l, &t, &errs),
					 SK_EINVAL);
		}
		assert_string_equal(errs.z, aCase[i].want);
	}
	sbuf_release(&errs);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_template_88),
		cmocka_unit_test(test_template_bad_weights),
		cmocka_unit_test(test_metode_r),
		cmocka_unit_test(test_all_aa_all_e),
		cmocka_unit_test(test_metode_p),
		cmocka_unit_test(test_grade_boundaries),
		cmocka_unit_test(test_q_round),
		cmocka_unit_test(test_r_dari),
		cmocka_unit_test(test_bad_sheets),
		cmocka_unit_test(test_periksa),
		cmocka_unit_test(test_json_bad),
		cmocka_unit_test(test_json_roundtrip),
		cmocka_unit_test(test_saran_pita),
		cmocka_unit_test(test_saran),
		cmocka_unit_test(test_lhe_checks),
		cmocka_unit_test(test_lhe_roundtrip),
		cmocka_unit_test(test_template_json),
		cmocka_unit_test(test_one_line_messages),
	};
	return cmocka_run_group_tests_name("lke", tests, NULL, NULL);
}
