/* lke_hitung: scores of a worksheet and the consistency between its
 * answers (lke.h, lke.md §2).
 *
 * Scores are exact fractions (struct lke_q) built with 128-bit
 * intermediates and kept in lowest terms; the only rounding is of the
 * total, half up to two decimals, before it is graded. */
#include "lke.h"
#include "scale.h"

#include <stdio.h>
#include <string.h>

typedef __int128 i128;

/* ---- exact fractions ----------------------------------------------------- */

static i128 gcd128(i128 a, i128 b)
{
	if (a < 0)
		a = -a;
	if (b < 0)
		b = -b;
	while (b) {
		i128 t = a % b;
		a = b;
		b = t;
	}
	return a;
}

/* n / d in lowest terms into out; SK_ELIMIT when it does not fit. */
static int q_make(i128 n, i128 d, struct lke_q *out)
{
	i128 g;

	if (d == 0)
		return SK_EINVAL;
	if (d < 0) {
		n = -n;
		d = -d;
	}
	g = gcd128(n, d);
	if (g > 1) {
		n /= g;
		d /= g;
	}
	if (n > INT64_MAX || n < -INT64_MAX || d > INT64_MAX)
		return SK_ELIMIT;
	out->n = (int64_t)n;
	out->d = (int64_t)d;
	return 0;
}

static int q_add(struct lke_q a, struct lke_q b, struct lke_q *out)
{
	return q_make((i128)a.n * b.d + (i128)b.n * a.d, (i128)a.d * b.d, out);
}

static i128 pow10i(int k)
{
	i128 v = 1;

	while (k-- > 0)
		v *= 10;
	return v;
}

/* bobot × num / den exactly. */
static int q_bobot(struct num bobot, int64_t num, int64_t den,
		   struct lke_q *out)
{
	return q_make((i128)bobot.m * num, (i128)den * pow10i(bobot.e), out);
}

struct num lke_q_round(struct lke_q q, int dec)
{
	struct num r = { 0, 0 };
	i128 x, v, rem;

	if (dec < 0)
		dec = 0;
	if (dec > 9)
		dec = 9;
	if (q.d <= 0)
		return r;
	x = (i128)q.n * pow10i(dec);
	v = x / q.d;
	rem = x % q.d;
	if (rem < 0)
		rem = -rem;
	if (2 * rem >= q.d)
		v += x < 0 ? -1 : 1;
	r.m = (int64_t)v;
	r.e = dec;
	return r;
}

int lke_q_cmp(struct lke_q a, struct lke_q b)
{
	i128 x = (i128)a.n * b.d, y = (i128)b.n * a.d;

	return (x > y) - (x < y);
}

/* ---- scores ---------------------------------------------------------------- */

/* Method P: Σ quarters / (4 × n_aktif) × bobot. */
static int skor_p(const struct lke_sub *s, const struct lke_lembar *l,
		  struct lke_skor_sub *out, int *nkosong)
{
	int64_t sum = 0;
	int k;

	for (k = 0; k < s->nk; k++) {
		const struct lke_jawaban *j = lke_lembar_find(l, s->k[k].kode);
		int q = j ? lke_nilai_perempat(j->nilai) : -1;
		if (j && j->nilai == LKE_NA)
			continue;
		out->naktif++;
		if (q < 0) {
			(*nkosong)++;
			continue;
		}
		out->ndijawab++;
		sum += q;
	}
	if (out->naktif == 0) {
		out->nilai.n = 0;
		out->nilai.d = 1;
		return 0;
	}
	return q_bobot(s->bobot, sum, 4 * (int64_t)out->naktif, &out->nilai);
}

/* Method R: bobot × value / 100. */
static int skor_r(const struct lke_sub *s, const struct lke_lembar *l,
		  struct lke_skor_sub *out, int *nkosong)
{
	const struct lke_jawaban *j = lke_lembar_find(l, s->kode);
	int v = j ? lke_nilai_r(j->nilai) : -1;

	out->naktif = s->nk;
	if (v < 0) {
		(*nkosong)++;
		v = 0;
	} else {
		out->jawaban = j->nilai;
		out->ndijawab = 1;
	}
	return q_bobot(s->bobot, v, 100, &out->nilai);
}

int lke_hitung(const struct lke_template *t, const struct lke_lembar *l,
	       struct arena *a, struct lke_skor *out, struct sk_err *e)
{
	struct lke_q zero = { 0, 1 };
	int i, j, rc = 0;

	memset(out, 0, sizeof *out);
	if (l->metode != LKE_METODE_R && l->metode != LKE_METODE_P)
		return sk_errf(e, SK_EINVAL, "worksheet without a method");
	out->metode = l->metode;
	out->total = zero;
	out->nkomponen = t->nkomponen;
	out->komponen = arena_array(a, (size_t)t->nkomponen,
				    sizeof *out->komponen);
	if (!out->komponen)
		return sk_errf(e, SK_ENOMEM, "out of memory");
	for (i = 0; i < t->nkomponen && !rc; i++) {
		const struct lke_komponen *km = &t->komponen[i];
		struct lke_skor_komponen *sk = &out->komponen[i];
		sk->k = km;
		sk->nilai = zero;
		sk->sub = arena_array(a, (size_t)km->nsub, sizeof *sk->sub);
		if (!sk->sub)
			return sk_errf(e, SK_ENOMEM, "out of memory");
		for (j = 0; j < km->nsub && !rc; j++) {
			struct lke_skor_sub *ss = &sk->sub[j];
			ss->sub = &km->sub[j];
			rc = l->metode == LKE_METODE_P
			   ? skor_p(ss->sub, l, ss, &out->nkosong)
			   : skor_r(ss->sub, l, ss, &out->nkosong);
			if (!rc)
				rc = q_add(sk->nilai, ss->nilai, &sk->nilai);
		}
		if (!rc)
			rc = q_add(out->total, sk->nilai, &out->total);
	}
	if (rc)
		return sk_errf(e, rc, "template %s: a score does not fit "
			       "64 bits", t->kode);
	out->total2 = lke_q_round(out->total, 2);
	out->predikat = skala_label(&skala_akip, out->total2);
	return 0;
}

/* ---- consistency ------------------------------------------------------------ */

struct langgar_list {
	struct arena *a;
	struct lke_langgar *v;
	int n, cap;
};

static void langgar_add(struct langgar_list *L, const struct lke_aturan *r,
			const char *kode, struct sbuf *msg)
{
	if (L->n < L->cap) {
		L->v[L->n].aturan = r;
		L->v[L->n].kode = kode;
		L->v[L->n].pesan = arena_strdup(L->a, msg->z);
		L->n++;
	}
	sbuf_reset(msg);
}

static void periksa_syarat(const struct lke_aturan *r,
			   const struct lke_lembar *l,
			   struct langgar_list *L, struct sbuf *msg)
{
	const struct lke_jawaban *x = lke_lembar_find(l, r->kode);
	const struct lke_jawaban *y = lke_lembar_find(l, r->syarat);
	int qx = x ? lke_nilai_perempat(x->nilai) : -1;
	int qy = y ? lke_nilai_perempat(y->nilai) : -1;

	if (qx < 0 || qy < 0 || qx <= qy) /* sub answers give -1 */
		return;
	sbuf_addf(msg, "%s: %s is %s but %s is %s (%s)", r->nama, r->kode,
		  lke_nilai_label(x->nilai), r->syarat,
		  lke_nilai_label(y->nilai), r->uraian);
	langgar_add(L, r, x->kode, msg);
}

/* Sum and count of the answered kriteria of s (NA and blanks left out). */
static void sub_mean(const struct lke_sub *s, const struct lke_lembar *l,
		     int64_t *sum, int *n)
{
	int k;

	*sum = 0;
	*n = 0;
	for (k = 0; k < s->nk; k++) {
		const struct lke_jawaban *j = lke_lembar_find(l, s->k[k].kode);
		int q = j ? lke_nilai_perempat(j->nilai) : -1;
		if (q >= 0) {
			*sum += q;
			(*n)++;
		}
	}
}

static void periksa_rata(const struct lke_template *t,
			 const struct lke_aturan *r,
			 const struct lke_lembar *l,
			 struct langgar_list *L, struct sbuf *msg)
{
	const struct lke_sub *s = lke_sub_find(t, r->kode);
	const struct lke_sub *p = lke_sub_find(t, r->syarat);
	const struct lke_jawaban *x = lke_lembar_find(l, r->kode);
	const struct lke_jawaban *y = lke_lembar_find(l, r->syarat);
	char buf[NUM_BUFSZ];
	int64_t sum;
	int n, k;

	if (x || y) { /* method R: the subs' own answers */
		if (!x || !y || lke_nilai_r(x->nilai) < 0 ||
		    lke_nilai_r(y->nilai) < 0 ||
		    lke_nilai_r(x->nilai) <= lke_nilai_r(y->nilai))
			return;
		sbuf_addf(msg, "%s: %s is %s, above %s %s (%s)", r->nama,
			  r->kode, lke_nilai_label(x->nilai), r->syarat,
			  lke_nilai_label(y->nilai), r->uraian);
		langgar_add(L, r, x->kode, msg);
		return;
	}
	sub_mean(p, l, &sum, &n);
	if (n == 0)
		return;
	for (k = 0; k < s->nk; k++) {
		const struct lke_jawaban *c = lke_lembar_find(l, s->k[k].kode);
		int q = c ? lke_nilai_perempat(c->nilai) : -1;
		struct lke_q mean;
		/* q/4 > sum/(4n)  ⇔  q × n > sum */
		if (q < 0 || (int64_t)q * n <= sum)
			continue;
		if (q_make(sum, 4 * (i128)n, &mean))
			continue;
		sbuf_addf(msg, "%s: %s is %s (%s), above the mean of %s (",
			  r->nama, c->kode, lke_nilai_label(c->nilai),
			  q == 4 ? "1" : q == 3 ? "0.75" : q == 2 ? "0.5" : "0.25",
			  r->syarat);
		sbuf_addf(msg, "%s) (%s)",
			  num_format(lke_q_round(mean, 4), 4, NUM_PLAIN, buf),
			  r->uraian);
		langgar_add(L, r, c->kode, msg);
	}
}

int lke_periksa(const struct lke_template *t, const struct lke_lembar *l,
		struct arena *a, struct lke_langgar **out)
{
	struct langgar_list L = { a, NULL, 0, 0 };
	struct sbuf msg = SBUF_INIT(0);
	int i;

	*out = NULL;
	for (i = 0; i < t->naturan; i++) {
		const struct lke_sub *s = lke_sub_find(t, t->aturan[i].kode);
		L.cap += t->aturan[i].jenis == LKE_ATURAN_RATA && s ? s->nk : 1;
	}
	if (L.cap == 0)
		return 0;
	if (!(L.v = arena_array(a, (size_t)L.cap, sizeof *L.v)))
		return SK_ENOMEM;
	for (i = 0; i < t->naturan; i++) {
		const struct lke_aturan *r = &t->aturan[i];
		if (r->jenis == LKE_ATURAN_SYARAT)
			periksa_syarat(r, l, &L, &msg);
		else if (r->jenis == LKE_ATURAN_RATA)
			periksa_rata(t, r, l, &L, &msg);
	}
	sbuf_release(&msg);
	if (a->err)
		return SK_ENOMEM;
	*out = L.v;
	return L.n;
}
