/* fuzz_lke: libFuzzer target for the AKIP evaluation files
 * (src/io/lke_json.h): `sakip-lke/1` answer files and
 * `sakip-lke-template/1` templates.
 *
 * fuzz-src: src/io/lke_json.c src/io/lke_json_template.c
 * fuzz-pkgs: jansson
 * fuzz-max-len: 24576
 * fuzz-seeds: sh test/fuzz/seeds_lke.sh json
 *
 * The input is read as an answer file against the templates the product
 * ships. Refused, it must say why and leave the sheet empty. Accepted,
 * the sheet must have a method and the template's version, its rules
 * checked (lke_periksa), its scores computed (lke_hitung: a total
 * 0 … 100 with a grade) and written (lke_json_skor); and written as an
 * answer file, that text must read back, score the same and write the
 * same bytes again. The same input is read as a template: accepted, it
 * must pass lke_template_check; every question answered best (worst)
 * under either method must pass the checks, break no rule and score
 * 100 AA (0 D); and written, it must read back with the same
 * fingerprint and the same bytes. Every refusal's lines start with the
 * name given. A broken promise aborts, which libFuzzer reports as a
 * crash. */
#include "io/lke_json.h"
#include "util/err.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define FUZZ_NAME "fuzz_lke"
#include "fuzz_lke_check.h"

/* The first text and the second differ: both shown, then abort. */
static void differ(const char *what, const struct sbuf *a,
		   const struct sbuf *b)
{
	fprintf(stderr, "fuzz_lke: %s does not round-trip\n--- first\n%s\n"
		"--- second\n%s\n", what, a->z, b->z);
	abort();
}

/* Each line of errs starts with "fuzz:" (NAME: KEY: message, or the
 * parser's NAME:LINE:COLUMN: message). */
static void lines_named(const struct sbuf *errs)
{
	const char *p;

	CHECK(errs->n > 0 && errs->z[errs->n - 1] == '\n');
	for (p = errs->z; *p; p = strchr(p, '\n') + 1)
		CHECK(strncmp(p, "fuzz:", 5) == 0);
}

static int lembar_empty(const struct lke_lembar *l)
{
	return !l->n && !l->j && !l->instansi && !l->template_kode &&
	       !l->ncatatan && !l->nrekomendasi && !l->arena.err;
}

/* Scores of an accepted sheet: total2, the grade, the answers left. */
static void skor(const struct lke_template *t, const struct lke_lembar *l,
		 struct arena *a, struct lke_skor *s)
{
	struct sk_err e = { 0, "" };
	struct lke_langgar *v = NULL;
	struct sbuf out = SBUF_INIT(0);
	int nv, i;

	nv = lke_periksa(t, l, a, &v);
	CHECK(nv >= 0);
	for (i = 0; i < nv; i++)
		CHECK(v[i].aturan && v[i].kode && v[i].pesan && v[i].pesan[0]);
	CHECK(lke_hitung(t, l, a, s, &e) == 0);
	CHECK(s->metode == l->metode);
	CHECK(s->total.d > 0 && s->total.n >= 0 && s->total.n <= 100 * s->total.d);
	CHECK(num_cmp(s->total2, num_int(0)) >= 0 &&
	      num_cmp(s->total2, num_int(100)) <= 0);
	CHECK(s->predikat && s->predikat[0]);
	CHECK(s->nkosong >= 0 && s->nkomponen == t->nkomponen);
	lke_json_skor(l, t, s, v, nv, &out);
	CHECK(!out.err && out.n > 0);
	sbuf_release(&out);
}

static void answer_file(const uint8_t *data, size_t size)
{
	const struct lke_template *t = NULL, *t2 = NULL;
	struct sbuf errs = SBUF_INIT(0), w1 = SBUF_INIT(0), w2 = SBUF_INIT(0);
	struct lke_lembar l, l2;
	struct lke_skor s1, s2;
	struct arena a;

	lke_lembar_init(&l);
	lke_lembar_init(&l2);
	memset(&a, 0, sizeof a);
	if (lke_json_read("fuzz", (const char *)data, size, NULL, NULL, &l, &t,
			  &errs)) {
		show("answer file refused", errs.z);
		lines_named(&errs);
		CHECK(t == NULL && lembar_empty(&l));
		goto end;
	}
	show("answer file accepted", "");
	CHECK(t && lke_template_builtin(t->kode) == t);
	CHECK(l.template_versi == t->versi);
	CHECK(l.metode == LKE_METODE_R || l.metode == LKE_METODE_P);
	CHECK(l.instansi && l.tahun && l.tahap);
	skor(t, &l, &a, &s1);
	lke_json_write(t, &l, &w1);
	CHECK(!w1.err);
	sbuf_reset(&errs);
	if (lke_json_read("written", w1.z, w1.n, NULL, NULL, &l2, &t2, &errs)) {
		fprintf(stderr, "fuzz_lke: a written answer file is refused:\n"
			"%s--- written\n%s\n", errs.z, w1.z);
		abort();
	}
	CHECK(t2 == t && l2.metode == l.metode && l2.n == l.n);
	skor(t2, &l2, &a, &s2);
	CHECK(s2.total.n == s1.total.n && s2.total.d == s1.total.d);
	CHECK(strcmp(s2.predikat, s1.predikat) == 0);
	CHECK(s2.nkosong == s1.nkosong);
	lke_json_write(t2, &l2, &w2);
	if (w1.n != w2.n || memcmp(w1.z, w2.z, w1.n))
		differ("an answer file", &w1, &w2);
end:
	arena_free(&a);
	lke_lembar_free(&l);
	lke_lembar_free(&l2);
	sbuf_release(&errs);
	sbuf_release(&w1);
	sbuf_release(&w2);
}

/* Every question of t answered with the best answer (best) or the worst
 * under method metode: the sheet must pass the checks, break no rule
 * and score exactly 100 (AA) or 0 (D), whatever the weights; a template
 * whose fractions do not fit 64 bits may say so (SK_ELIMIT). */
static void template_extremes(const struct lke_template *t, int metode,
			      int best)
{
	struct sbuf errs = SBUF_INIT(0);
	struct sk_err e = { 0, "" };
	struct lke_langgar *v;
	struct lke_lembar l;
	struct lke_skor s;
	int i, j, k, n = 0, rc;

	lke_lembar_init(&l);
	l.template_kode = t->kode;
	l.instansi = "fuzz";
	l.tahun = 2024;
	l.tahap = LKE_USULAN;
	l.j = arena_array(&l.arena, (size_t)lke_template_nkriteria(t) + 1,
			  sizeof *l.j);
	CHECK(l.j);
	for (i = 0; i < t->nkomponen; i++)
		for (j = 0; j < t->komponen[i].nsub; j++) {
			const struct lke_sub *sub = &t->komponen[i].sub[j];
			if (metode == LKE_METODE_R) {
				l.j[n].kode = sub->kode;
				l.j[n++].nilai = best ? LKE_R_AA : LKE_R_E;
				continue;
			}
			for (k = 0; k < sub->nk; k++) {
				l.j[n].kode = sub->k[k].kode;
				l.j[n++].nilai = sub->k[k].jenis == LKE_YT
					? (best ? LKE_Y : LKE_T)
					: (best ? LKE_A : LKE_E);
			}
		}
	l.n = n;
	if (lke_lembar_check(t, &l, NULL, &errs)) {
		fprintf(stderr, "fuzz_lke: a sheet answering every question of "
			"an accepted template is refused:\n%s", errs.z);
		abort();
	}
	CHECK(l.metode == metode);
	CHECK(lke_periksa(t, &l, &l.arena, &v) == 0);
	rc = lke_hitung(t, &l, &l.arena, &s, &e);
	CHECK(rc == 0 || rc == SK_ELIMIT);
	if (rc == 0) {
		CHECK(s.nkosong == 0);
		CHECK(s.total.n == (best ? 100 : 0) && s.total.d == 1);
		CHECK(strcmp(s.predikat, best ? "AA" : "D") == 0);
	}
	lke_lembar_free(&l);
	sbuf_release(&errs);
}

static void template_file(const uint8_t *data, size_t size)
{
	struct lke_template_mem m, m2;
	struct sbuf errs = SBUF_INIT(0), w1 = SBUF_INIT(0), w2 = SBUF_INIT(0);
	struct sk_err e = { 0, "" };
	char h1[LKE_HASH_LEN + 1], h2[LKE_HASH_LEN + 1];

	memset(&m, 0, sizeof m);
	memset(&m2, 0, sizeof m2);
	if (lke_json_template_read("fuzz", (const char *)data, size, &m,
				   &errs)) {
		show("template refused", errs.z);
		lines_named(&errs);
		CHECK(m.t.nkomponen == 0 && m.t.kode == NULL);
		goto end;
	}
	show("template accepted", "");
	if (m.t.versi == 0) /* unnumbered: the caller numbers it */
		m.t.versi = 1;
	CHECK(lke_template_check(&m.t, &e) == 0);
	CHECK(lke_template_nkriteria(&m.t) > 0);
	lke_template_hash(&m.t, h1);
	CHECK(strlen(h1) == LKE_HASH_LEN);
	template_extremes(&m.t, LKE_METODE_P, 1);
	template_extremes(&m.t, LKE_METODE_P, 0);
	template_extremes(&m.t, LKE_METODE_R, 1);
	template_extremes(&m.t, LKE_METODE_R, 0);
	lke_json_template_write(&m.t, &w1);
	CHECK(!w1.err);
	sbuf_reset(&errs);
	if (lke_json_template_read("written", w1.z, w1.n, &m2, &errs)) {
		fprintf(stderr, "fuzz_lke: a written template is refused:\n"
			"%s--- written\n%s\n", errs.z, w1.z);
		abort();
	}
	lke_template_hash(&m2.t, h2);
	CHECK(strcmp(h1, h2) == 0);
	lke_json_template_write(&m2.t, &w2);
	if (w1.n != w2.n || memcmp(w1.z, w2.z, w1.n))
		differ("a template", &w1, &w2);
end:
	lke_template_mem_free(&m);
	lke_template_mem_free(&m2);
	sbuf_release(&errs);
	sbuf_release(&w1);
	sbuf_release(&w2);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	answer_file(data, size);
	template_file(data, size);
	return 0;
}
