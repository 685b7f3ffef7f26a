#include "num.h"
#include "../util/err.h"

#include <string.h>

typedef __int128 i128;

static const int64_t aPow10[19] = {
	1LL, 10LL, 100LL, 1000LL, 10000LL, 100000LL, 1000000LL, 10000000LL,
	100000000LL, 1000000000LL, 10000000000LL, 100000000000LL,
	1000000000000LL, 10000000000000LL, 100000000000000LL,
	1000000000000000LL, 10000000000000000LL, 100000000000000000LL,
	1000000000000000000LL,
};

/* a.m scaled to e decimals (e >= a.e) as a 128-bit integer; fits always,
 * since |m| < 2^63 and 10^18 < 2^60. */
static i128 scaled(struct num a, int e)
{
	return (i128)a.m * aPow10[e - a.e];
}

int num_cmp(struct num a, struct num b)
{
	int e = a.e > b.e ? a.e : b.e;
	i128 x = scaled(a, e), y = scaled(b, e);

	return (x > y) - (x < y);
}

int num_is_zero(struct num a)
{
	return a.m == 0;
}

/* Stores v with e decimals in out, dropping trailing zeros when it does
 * not fit an int64. */
static int num_fit(i128 v, int e, struct num *out)
{
	while ((v > INT64_MAX || v < -INT64_MAX) && e > 0 && v % 10 == 0) {
		v /= 10;
		e--;
	}
	if (v > INT64_MAX || v < -INT64_MAX)
		return SK_ELIMIT;
	out->m = (int64_t)v;
	out->e = e;
	return 0;
}

int num_add(struct num a, struct num b, struct num *out)
{
	int e = a.e > b.e ? a.e : b.e;

	return num_fit(scaled(a, e) + scaled(b, e), e, out);
}

int num_sub(struct num a, struct num b, struct num *out)
{
	int e = a.e > b.e ? a.e : b.e;

	return num_fit(scaled(a, e) - scaled(b, e), e, out);
}

/* v / d rounded half away from zero; d > 0. */
static i128 div_round(i128 v, i128 d)
{
	i128 q = v / d, r = v % d;

	if (r < 0)
		r = -r;
	if (2 * r >= d)
		q += v < 0 ? -1 : 1;
	return q;
}

struct num num_round(struct num a, int e)
{
	struct num r = a;

	if (e < 0)
		e = 0;
	if (a.e <= e)
		return a;
	r.m = (int64_t)div_round(a.m, aPow10[a.e - e]);
	r.e = e;
	return r;
}

/* 10^k as i128, k <= 38. */
static i128 pow10_128(int k)
{
	i128 v = 1;

	while (k-- > 0)
		v *= 10;
	return v;
}

int num_ratio_pct(struct num a, struct num b, pct_t *out)
{
	/* a/b × 100 × 10^9 = a.m × 10^(b.e + 11) / (b.m × 10^a.e) */
	i128 n, d, q;
	int k = b.e + 11, ae = a.e, c;

	if (b.m == 0)
		return SK_EINVAL;
	c = ae < k ? ae : k; /* 10^c cancels out */
	ae -= c;
	k -= c;
	n = a.m;
	/* |a.m| < 2^63: multiply by 10 while it stays below 2^126. */
	while (k > 0) {
		if (n > ((i128)1 << 122) || n < -((i128)1 << 122))
			return SK_ELIMIT;
		n *= 10;
		k--;
	}
	d = (i128)b.m * pow10_128(ae);
	q = n / d;
	if (q > INT64_MAX || q < -INT64_MAX)
		return SK_ELIMIT;
	*out = (pct_t)q;
	return 0;
}

int num_to_pct(struct num a, pct_t *out)
{
	i128 v;

	if (a.e > 9)
		v = (i128)a.m / aPow10[a.e - 9];
	else
		v = (i128)a.m * aPow10[9 - a.e];
	if (v > INT64_MAX || v < -INT64_MAX)
		return SK_ELIMIT;
	*out = (pct_t)v;
	return 0;
}

struct num pct_to_num(pct_t p)
{
	struct num n = { p, 9 };
	return n;
}

pct_t pct_round(pct_t p, int d)
{
	i128 unit, r;

	if (d >= 9)
		return p;
	if (d < 0)
		d = 0;
	unit = aPow10[9 - d];
	r = div_round(p, unit) * unit;
	/* at the edge of pct_t, round toward zero rather than wrap */
	if (r > INT64_MAX)
		r -= unit;
	else if (r < -INT64_MAX)
		r += unit;
	return (pct_t)r;
}

pct_t pct_mean(const pct_t *a, size_t n)
{
	i128 s = 0;
	size_t i;

	for (i = 0; i < n; i++)
		s += a[i];
	return n ? (pct_t)(s / (i128)n) : 0;
}

/* Writes the digits of |v| (a 128-bit magnitude) grouped in threes. */
static char *format_scaled(i128 v, int e, int d, enum num_style st, char *buf)
{
	char dig[64];
	int nd = 0, neg = v < 0, i, intlen;
	char *p = buf;
	char th = st == NUM_ID ? '.' : 0, dec = st == NUM_ID ? ',' : '.';

	if (neg)
		v = -v;
	do {
		dig[nd++] = (char)('0' + (int)(v % 10));
		v /= 10;
	} while (v > 0 && nd < 60);
	while (nd <= e)
		dig[nd++] = '0';
	/* dig holds the number reversed; its last e digits are decimals */
	intlen = nd - e;
	if (neg)
		*p++ = '-';
	for (i = 0; i < intlen; i++) {
		*p++ = dig[nd - 1 - i];
		if (th && (intlen - 1 - i) % 3 == 0 && i != intlen - 1)
			*p++ = th;
	}
	if (d > 0) {
		*p++ = dec;
		for (i = 0; i < d; i++)
			*p++ = i < e ? dig[e - 1 - i] : '0';
	}
	*p = 0;
	return buf;
}

char *num_format(struct num a, int d, enum num_style st, char *buf)
{
	i128 v = a.m;
	int e = a.e;

	if (d >= 0 && d < e) {
		v = div_round(v, aPow10[e - d]);
		e = d;
	}
	if (d < 0)
		d = e;
	if (d > NUM_MAX_E)
		d = NUM_MAX_E; /* what fits NUM_BUFSZ */
	if (v == 0)
		v = 0; /* no "-0" */
	return format_scaled(v, e, d, st, buf);
}

char *pct_format(pct_t p, int d, enum num_style st, char *buf)
{
	struct num n = { p, 9 };

	if (d < 0 || d > 9)
		d = 2;
	return num_format(n, d, st, buf);
}

char *int_format(int64_t v, enum num_style st, char *buf)
{
	return format_scaled(v, 0, 0, st, buf);
}

double num_to_double(struct num a)
{
	double v = (double)a.m;
	int i;

	for (i = 0; i < a.e; i++)
		v /= 10;
	return v;
}
