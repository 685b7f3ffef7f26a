#include "capaian.h"
#include "../util/err.h"

#include <string.h>

static void fail(struct capaian *c, const char *alasan)
{
	c->ok = 0;
	c->alasan = alasan;
}

/* Which scale a label belongs to: the given one, else AKIP, else BPK. */
static const struct skala *scale_of(const struct capaian_opsi *o,
				    const char *label)
{
	if (o->skala && skala_find(o->skala, label) >= 0)
		return o->skala;
	if (skala_find(&skala_akip, label) >= 0)
		return &skala_akip;
	if (skala_find(&skala_opini_bpk, label) >= 0)
		return &skala_opini_bpk;
	return NULL;
}

/* A graded value as a number: its score, else its band's lower bound. */
static int grade_number(const struct capaian_opsi *o, const struct value *v,
			struct num *out)
{
	const struct skala *s;

	if (v->has_skor) {
		*out = v->x;
		return 0;
	}
	s = scale_of(o, v->label);
	if (!s)
		return -1;
	if (!s->bernilai)
		return -2;
	*out = s->t[skala_find(s, v->label)].min;
	return 0;
}

/* R against T for a positive indicator: R / T × 100. */
static void ratio(struct num r, struct num t, struct capaian *c)
{
	int rc;

	if (num_is_zero(t)) {
		fail(c, CAP_TARGET_NOL);
		return;
	}
	rc = num_ratio_pct(r, t, &c->nilai);
	if (rc) {
		fail(c, CAP_JANGKAUAN);
		return;
	}
	c->ok = 1;
}

/* R against T for a negative indicator, under the pemda's formula. */
static void ratio_negatif(struct num r, struct num t,
			  const struct capaian_opsi *o, struct capaian *c)
{
	if (num_is_zero(t)) {
		fail(c, CAP_TARGET_NOL);
		return;
	}
	if (o->rumus == RUMUS_2T_R) {
		/* (2T - R) / T × 100 on the exact 2T - R: 200 minus a
		 * truncated R / T × 100 would round x,xx4999… up */
		struct num d;

		if (num_add(t, t, &d) || num_sub(d, r, &d)) {
			fail(c, CAP_JANGKAUAN);
			return;
		}
		ratio(d, t, c);
		return;
	}
	if (num_is_zero(r)) {
		/* T/R with R = 0: the best possible result, not an error */
		if (o->has_batas && num_to_pct(o->batas, &c->nilai) == 0) {
			c->ok = 1;
			c->alasan = CAP_REALISASI_NOL;
		} else {
			fail(c, CAP_REALISASI_NOL);
		}
		return;
	}
	ratio(t, r, c);
}

static void by_polarity(struct num r, struct num t, enum polaritas pol,
			const struct capaian_opsi *o, struct capaian *c)
{
	if (pol == POL_NEGATIF)
		ratio_negatif(r, t, o, c);
	else
		ratio(r, t, c);
}

/* A band: 100 inside; above it like a negative, below like a positive. */
static void rentang(struct num r, const struct value *t,
		    const struct capaian_opsi *o, struct capaian *c)
{
	if (num_cmp(r, t->x) >= 0 && num_cmp(r, t->y) <= 0) {
		c->ok = 1;
		c->nilai = PCT(100);
	} else if (num_cmp(r, t->y) > 0) {
		ratio_negatif(r, t->y, o, c);
	} else {
		ratio(r, t->x, c);
	}
}

static int ambang_met(const struct value *t, struct num r)
{
	int cmp = num_cmp(r, t->x);

	switch (t->op) {
	case AMBANG_GT:
		return cmp > 0;
	case AMBANG_GE:
		return cmp >= 0;
	case AMBANG_LT:
		return cmp < 0;
	case AMBANG_LE:
		return cmp <= 0;
	}
	return 0;
}

/* Ordinal grades (Opini BPK): tercapai is 100, else the ratio of ranks
 * counted from the bottom (TMP 1 … WTP 4). */
static void ordinal(const struct skala *s, const struct value *t,
		    const struct value *r, struct capaian *c)
{
	int it = skala_find(s, t->label), ir = skala_find(s, r->label);

	if (it < 0 || ir < 0) {
		fail(c, CAP_SKALA);
		return;
	}
	if (ir <= it) {
		c->ok = 1;
		c->nilai = PCT(100);
		return;
	}
	ratio(num_int(s->n - ir), num_int(s->n - it), c);
}

static void graded(const struct value *t, const struct value *r,
		   enum polaritas pol, const struct capaian_opsi *o,
		   struct capaian *c)
{
	struct num nt, nr;
	int rt = 0, rr = 0;

	if (t->kind == VAL_PREDIKAT && r->kind == VAL_PREDIKAT &&
	    !t->has_skor && !r->has_skor) {
		const struct skala *s = scale_of(o, t->label);
		if (s && !s->bernilai) {
			ordinal(s, t, r, c);
			return;
		}
	}
	if (t->kind == VAL_PREDIKAT)
		rt = grade_number(o, t, &nt);
	else if (!value_number(t, &nt))
		rt = -3;
	if (r->kind == VAL_PREDIKAT)
		rr = grade_number(o, r, &nr);
	else if (!value_number(r, &nr))
		rr = -3;
	if (rt == -1 || rr == -1) {
		fail(c, CAP_SKALA);
		return;
	}
	if (rt || rr) {
		fail(c, CAP_JENIS);
		return;
	}
	by_polarity(nr, nt, pol, o, c);
}

void capaian_hitung(const struct value *t, const struct value *r,
		    enum polaritas pol, const struct capaian_opsi *o,
		    struct capaian *c)
{
	struct num nr;

	memset(c, 0, sizeof *c);
	c->ambang = -1;
	/* The order of the reasons is part of the rule (fixture 002.md):
	 * no target, a zero target, no realisation, then text. */
	if (!t || t->kind == VAL_KOSONG)
		return fail(c, CAP_TARGET_KOSONG);
	if ((t->kind == VAL_ANGKA || t->kind == VAL_AMBANG) && num_is_zero(t->x))
		return fail(c, CAP_TARGET_NOL);
	if (!r || r->kind == VAL_KOSONG)
		return fail(c, CAP_BELUM_ADA_DATA);
	if (r->kind == VAL_TEKS)
		return fail(c, CAP_REALISASI_TEKS);
	if (t->kind == VAL_TEKS)
		return fail(c, CAP_TARGET_TEKS);

	if (t->kind == VAL_PREDIKAT || r->kind == VAL_PREDIKAT) {
		graded(t, r, pol, o, c);
	} else if (r->kind == VAL_RENTANG) {
		/* a realisation is one figure, not a band */
		fail(c, CAP_JENIS);
	} else {
		value_number(r, &nr);
		if (t->kind == VAL_RENTANG) {
			rentang(nr, t, o, c);
		} else {
			by_polarity(nr, t->x, pol, o, c);
			if (t->kind == VAL_AMBANG)
				c->ambang = ambang_met(t, nr);
		}
	}
	if (!c->ok)
		return;
	c->terbatas = c->nilai;
	if (o->has_batas && num_to_pct(o->batas, &c->terbatas) == 0) {
		if (c->nilai > c->terbatas)
			c->dibatasi = 1;
		else
			c->terbatas = c->nilai;
	}
}

void realisasi_agregasi(const struct value *p, int n, enum agregasi a,
			struct value *out, int *nhilang)
{
	struct num sum = { 0, 0 };
	int i, got = 0, last = -1, maxe = 0;

	memset(out, 0, sizeof *out);
	*nhilang = 0;
	for (i = 0; i < n; i++) {
		struct num x;

		if (p[i].kind == VAL_KOSONG) {
			(*nhilang)++;
			continue;
		}
		if (!value_number(&p[i], &x) || p[i].kind != VAL_ANGKA) {
			out->kind = VAL_TEKS;
			out->alasan = ALASAN_TEKS;
			return;
		}
		if (num_add(sum, x, &sum)) {
			out->kind = VAL_TEKS;
			out->alasan = ALASAN_BESAR;
			return;
		}
		if (x.e > maxe)
			maxe = x.e;
		got++;
		last = i;
	}
	if (got == 0) {
		out->kind = VAL_KOSONG;
		out->alasan = ALASAN_KOSONG;
		return;
	}
	*out = p[last];
	if (a == AGR_KUMULATIF) {
		out->x = sum;
	} else if (a == AGR_RATA_RATA) {
		/* sum / got with maxe + 2 decimals, half away from zero */
		int e = maxe + 2 > NUM_MAX_E ? NUM_MAX_E : maxe + 2;
		__int128 v = sum.m, d = got;
		int k;

		for (k = sum.e; k < e; k++)
			v *= 10;
		v = (v + (v < 0 ? -d / 2 : d / 2)) / d;
		if (v > INT64_MAX || v < -INT64_MAX) {
			out->kind = VAL_TEKS;
			out->alasan = ALASAN_BESAR;
			return;
		}
		out->x.m = (int64_t)v;
		out->x.e = e;
	}
}
