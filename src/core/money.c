#include "money.h"
#include "../util/err.h"

#include <string.h>

/* Reasons money_parse() gives in *why. */
#define WHY_EMPTY "empty"
#define WHY_NOT_AMOUNT "not an amount"
#define WHY_FRACTION "has a fraction"
#define WHY_GROUPING "bad digit grouping"
#define WHY_TOO_LARGE "too large"

/* ---- parsing -------------------------------------------------------- */

static int is_digit(int ch)
{
	return ch >= '0' && ch <= '9';
}

static int is_sep(int ch)
{
	return ch == '.' || ch == ',';
}

/* Trims blanks (ASCII white space and the no-break space) at both ends. */
static void trim(const char **p, const char **end)
{
	for (;;) {
		if (*p < *end && (**p == ' ' || **p == '\t' || **p == '\n' ||
				  **p == '\r'))
			(*p)++;
		else if (*end - *p >= 2 && (unsigned char)(*p)[0] == 0xC2 &&
			 (unsigned char)(*p)[1] == 0xA0)
			*p += 2;
		else
			break;
	}
	for (;;) {
		if (*end > *p && ((*end)[-1] == ' ' || (*end)[-1] == '\t' ||
				  (*end)[-1] == '\n' || (*end)[-1] == '\r'))
			(*end)--;
		else if (*end - *p >= 2 && (unsigned char)(*end)[-2] == 0xC2 &&
			 (unsigned char)(*end)[-1] == 0xA0)
			*end -= 2;
		else
			break;
	}
}

/* A minus at *p: "-", the minus sign U+2212 or an en dash. Its length. */
static size_t minus_len(const char *p, const char *end)
{
	if (p < end && *p == '-')
		return 1;
	if (end - p >= 3 && (memcmp(p, "\xE2\x88\x92", 3) == 0 ||
			     memcmp(p, "\xE2\x80\x93", 3) == 0))
		return 3;
	return 0;
}

/* "Rp", "Rp.", "IDR" (any case) at *p: moves past it and what follows. */
static int skip_currency(const char **p, const char *end)
{
	const char *q = *p;

	if (end - q >= 2 && (q[0] == 'R' || q[0] == 'r') &&
	    (q[1] == 'P' || q[1] == 'p'))
		q += 2;
	else if (end - q >= 3 && strncasecmp(q, "idr", 3) == 0)
		q += 3;
	else
		return 0;
	if (q < end && *q == '.')
		q++;
	trim(&q, &end);
	*p = q;
	return 1;
}

/* Digits at z[0..n) grouped by sep in threes ("9.487.138.421"): the first
 * group 1–3 digits and not starting with 0, the others exactly 3. */
static int grouped(const char *z, size_t n, char sep)
{
	size_t i, run = 0, groups = 0;

	if (n == 0 || z[0] == '0')
		return 0;
	for (i = 0; i < n; i++) {
		if (z[i] == sep) {
			if (run == 0 || run > 3 || (groups > 0 && run != 3))
				return 0;
			groups++;
			run = 0;
		} else if (is_digit((unsigned char)z[i])) {
			run++;
		} else {
			return 0;
		}
	}
	return groups > 0 && run == 3;
}

/* The digits of z[0..n), separators skipped, as an amount. */
static int digits_value(const char *z, size_t n, int64_t *out,
			const char **why)
{
	int64_t v = 0;
	size_t i;

	for (i = 0; i < n; i++) {
		if (is_sep((unsigned char)z[i]))
			continue;
		if (v > (MONEY_MAX - (z[i] - '0')) / 10) {
			*why = WHY_TOO_LARGE;
			return SK_EINVAL;
		}
		v = v * 10 + (z[i] - '0');
	}
	*out = v;
	return 0;
}

/* The integer part of an amount: plain digits, or digits grouped by one
 * kind of separator. */
static int integer_part(const char *z, size_t n, int64_t *out,
			const char **why)
{
	size_t i, nsep = 0;
	char sep = 0;

	if (n == 0) {
		*why = WHY_NOT_AMOUNT;
		return SK_EINVAL;
	}
	for (i = 0; i < n; i++) {
		if (is_sep((unsigned char)z[i])) {
			nsep++;
			sep = z[i];
		} else if (!is_digit((unsigned char)z[i])) {
			*why = WHY_NOT_AMOUNT;
			return SK_EINVAL;
		}
	}
	if (nsep && !grouped(z, n, sep)) {
		*why = WHY_GROUPING;
		return SK_EINVAL;
	}
	return digits_value(z, n, out, why);
}

/* The body of an amount, prefix and sign removed: "9.487.138.421",
 * "9,487,138,421", "1.500.000,00", "1,500,000.00", "14811246770".
 * A last separator not followed by exactly three digits of a valid
 * grouping is the decimal mark; the fraction must be all zeros. */
static int parse_body(const char *z, size_t n, int64_t *out, const char **why)
{
	size_t i, last = n;

	for (i = 0; i < n; i++) {
		if (!is_digit((unsigned char)z[i]) && !is_sep((unsigned char)z[i])) {
			*why = WHY_NOT_AMOUNT;
			return SK_EINVAL;
		}
		if (is_sep((unsigned char)z[i]))
			last = i;
	}
	if (n == 0 || !is_digit((unsigned char)z[0]) ||
	    !is_digit((unsigned char)z[n - 1])) {
		*why = WHY_NOT_AMOUNT;
		return SK_EINVAL;
	}
	if (last == n || grouped(z, n, z[last]))
		return integer_part(z, n, out, why);
	/* the integer part may not use the decimal mark as a separator */
	if (memchr(z, z[last], last)) {
		*why = WHY_GROUPING;
		return SK_EINVAL;
	}
	for (i = last + 1; i < n; i++) {
		if (z[i] != '0') {
			*why = WHY_FRACTION;
			return SK_EINVAL;
		}
	}
	return integer_part(z, last, out, why);
}

int money_parse(const char *z, size_t n, int64_t *out, const char **why)
{
	const char *p = z, *end = z + n;
	int neg = 0, rc;
	size_t k;
	int64_t v;

	*why = WHY_EMPTY;
	if (!z || n == 0)
		return SK_EINVAL;
	trim(&p, &end);
	if (p == end)
		return SK_EINVAL;
	*why = WHY_NOT_AMOUNT;
	if ((k = minus_len(p, end)) && p + k < end) {
		/* "-Rp 5.000": a sign before the currency */
		const char *q = p + k;
		trim(&q, &end);
		if (skip_currency(&q, end)) {
			neg = 1;
			p = q;
		}
	}
	if (!neg)
		skip_currency(&p, end);
	/* the closing ",-" or ".-" of "Rp. 8.757.684.970,-" */
	if (end - p >= 3 && end[-1] == '-' && is_sep((unsigned char)end[-2]) &&
	    is_digit((unsigned char)end[-3]))
		end -= 2;
	if (p == end)
		return SK_EINVAL; /* "Rp" alone */
	if ((k = minus_len(p, end)) && p + k == end) {
		*out = 0; /* "-", "Rp -": nil */
		return 0;
	}
	if (k && !neg) {
		neg = 1;
		p += k;
		trim(&p, &end);
	}
	rc = parse_body(p, (size_t)(end - p), &v, why);
	if (rc)
		return rc;
	*out = neg ? -v : v;
	return 0;
}

/* ---- arithmetic ----------------------------------------------------- */

int money_add(int64_t *acc, int64_t v)
{
	int64_t s;

	if (__builtin_add_overflow(*acc, v, &s) || s > MONEY_MAX || s < -MONEY_MAX)
		return SK_ELIMIT;
	*acc = s;
	return 0;
}

/* A pagu at or below zero has no serapan. */
int money_serapan(int64_t realisasi, int64_t pagu, pct_t *out)
{
	if (pagu <= 0)
		return SK_EINVAL;
	return num_ratio_pct(num_int(realisasi), num_int(pagu), out);
}

int money_efisien(pct_t capaian, pct_t serapan, pct_t ambang)
{
	return (__int128)capaian - serapan > (__int128)ambang;
}

char *money_format(int64_t v, char *buf)
{
	return int_format(v, NUM_ID, buf);
}

/* ---- terbilang ------------------------------------------------------ */

#define TERBILANG_MAX 999999999999999LL

static const char *const aSatuan[10] = {
	"", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh",
	"delapan", "sembilan",
};

struct words {
	char *buf;
	size_t cap, n;
	int err;
};

static void word(struct words *w, const char *s)
{
	size_t len = strlen(s);

	if (w->err)
		return;
	if (w->n + (w->n > 0) + len + 1 > w->cap) {
		w->err = 1;
		return;
	}
	if (w->n > 0)
		w->buf[w->n++] = ' ';
	memcpy(w->buf + w->n, s, len + 1);
	w->n += len;
}

/* 1 … 999 in words. */
static void below_1000(struct words *w, int v)
{
	int h = v / 100, t = v / 10 % 10, u = v % 10;

	if (h == 1) {
		word(w, "seratus");
	} else if (h > 1) {
		word(w, aSatuan[h]);
		word(w, "ratus");
	}
	if (t == 1) {
		if (u == 0) {
			word(w, "sepuluh");
		} else if (u == 1) {
			word(w, "sebelas");
		} else {
			word(w, aSatuan[u]);
			word(w, "belas");
		}
		return;
	}
	if (t > 1) {
		word(w, aSatuan[t]);
		word(w, "puluh");
	}
	if (u > 0)
		word(w, aSatuan[u]);
}

int terbilang(int64_t v, char *buf, size_t cap)
{
	static const struct {
		int64_t unit;
		const char *name;
	} aGroup[] = {
		{ 1000000000000LL, "triliun" }, { 1000000000LL, "miliar" },
		{ 1000000LL, "juta" }, { 1000LL, "ribu" }, { 1LL, NULL },
	};
	struct words w = { buf, cap, 0, 0 };
	size_t i;

	if (v < 0 || v > TERBILANG_MAX || !buf || cap == 0)
		return SK_ELIMIT;
	buf[0] = 0;
	if (v == 0)
		word(&w, "nol");
	for (i = 0; i < sizeof aGroup / sizeof aGroup[0]; i++) {
		int g = (int)(v / aGroup[i].unit % 1000);

		if (g == 0)
			continue;
		if (g == 1 && aGroup[i].unit == 1000) {
			word(&w, "seribu");
			continue;
		}
		below_1000(&w, g);
		if (aGroup[i].name)
			word(&w, aGroup[i].name);
	}
	if (w.err) {
		buf[0] = 0;
		return SK_ELIMIT;
	}
	return (int)w.n;
}
