#include "value.h"
#include "../util/err.h"

#include <stdio.h>
#include <string.h>

/* ---- bytes and UTF-8 ------------------------------------------------ */

static int utf8_valid(const unsigned char *s, size_t n)
{
	size_t i = 0;

	while (i < n) {
		unsigned c = s[i];
		size_t len, k;
		unsigned cp;

		if (c < 0x80) {
			if (c == 0)
				return 0;
			i++;
			continue;
		}
		if (c >= 0xC2 && c <= 0xDF)
			len = 2, cp = c & 0x1F;
		else if (c >= 0xE0 && c <= 0xEF)
			len = 3, cp = c & 0x0F;
		else if (c >= 0xF0 && c <= 0xF4)
			len = 4, cp = c & 0x07;
		else
			return 0;
		if (i + len > n)
			return 0;
		for (k = 1; k < len; k++) {
			if ((s[i + k] & 0xC0) != 0x80)
				return 0;
			cp = (cp << 6) | (s[i + k] & 0x3F);
		}
		if ((len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) ||
		    cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
			return 0;
		i += len;
	}
	return 1;
}

/* A cursor over the input; all matching is on bytes. */
struct cur {
	const char *p, *end;
};

static int at(const struct cur *c, const char *lit)
{
	size_t n = strlen(lit);
	return (size_t)(c->end - c->p) >= n && memcmp(c->p, lit, n) == 0;
}

static int lower(int ch)
{
	return ch >= 'A' && ch <= 'Z' ? ch + 32 : ch;
}

/* Case-insensitive ASCII word at the cursor, not followed by a letter. */
static int at_word(const struct cur *c, const char *w)
{
	size_t n = strlen(w), i;

	if ((size_t)(c->end - c->p) < n)
		return 0;
	for (i = 0; i < n; i++)
		if (lower((unsigned char)c->p[i]) != w[i])
			return 0;
	if (c->p + n < c->end) {
		int ch = lower((unsigned char)c->p[n]);
		if (ch >= 'a' && ch <= 'z')
			return 0;
	}
	return 1;
}

/* Skips blanks: ASCII white space and the no-break space. */
static void skip_ws(struct cur *c)
{
	for (;;) {
		if (c->p < c->end && (*c->p == ' ' || *c->p == '\t' ||
				      *c->p == '\n' || *c->p == '\r'))
			c->p++;
		else if (at(c, "\xC2\xA0"))
			c->p += 2;
		else
			return;
	}
}

static void trim_end(struct cur *c)
{
	for (;;) {
		if (c->end > c->p && (c->end[-1] == ' ' || c->end[-1] == '\t' ||
				      c->end[-1] == '\n' || c->end[-1] == '\r'))
			c->end--;
		else if (c->end - c->p >= 2 && (unsigned char)c->end[-2] == 0xC2 &&
			 (unsigned char)c->end[-1] == 0xA0)
			c->end -= 2;
		else
			return;
	}
}

/* Dash-like separators of a range: "-", en dash, em dash, minus sign. */
static size_t at_dash(const struct cur *c)
{
	if (at(c, "-"))
		return 1;
	if (at(c, "\xE2\x80\x93") || at(c, "\xE2\x80\x94") || at(c, "\xE2\x88\x92"))
		return 3;
	return 0;
}

static int is_digit(int ch)
{
	return ch >= '0' && ch <= '9';
}

/* ---- numbers -------------------------------------------------------- */

/* Checks "1.234.567" style grouping of digits between separators: the
 * first group 1–3 digits, the others exactly 3. */
static int groups_ok(const char *z, size_t n, char sep)
{
	size_t i, run = 0, groups = 0;

	for (i = 0; i < n; i++) {
		if (z[i] == sep) {
			if (run == 0 || run > 3 || (groups > 0 && run != 3))
				return 0;
			groups++;
			run = 0;
		} else {
			run++;
		}
	}
	return groups > 0 && run == 3;
}

int value_parse_number(const char *z, size_t n, struct num *out,
		       const char **alasan)
{
	size_t i, ndot = 0, ncomma = 0, lastdot = 0, lastcomma = 0, start = 0;
	size_t intlen, fraclen, digits = 0;
	char dec = 0; /* the decimal mark, 0 if none */
	int neg = 0;
	int64_t m = 0;
	int e = 0;

	*alasan = ALASAN_TEKS;
	if (n > 0 && (z[0] == '-' || z[0] == '+')) {
		neg = z[0] == '-';
		start = 1;
	} else if (n >= 3 && memcmp(z, "\xE2\x88\x92", 3) == 0) {
		neg = 1;
		start = 3;
	}
	if (start >= n || !is_digit((unsigned char)z[start]) ||
	    !is_digit((unsigned char)z[n - 1]))
		return SK_EINVAL;
	for (i = start; i < n; i++) {
		if (z[i] == '.')
			ndot++, lastdot = i;
		else if (z[i] == ',')
			ncomma++, lastcomma = i;
		else if (!is_digit((unsigned char)z[i]))
			return SK_EINVAL;
		if (i > start && (z[i] == '.' || z[i] == ',') &&
		    (z[i - 1] == '.' || z[i - 1] == ','))
			goto bad_sep;
	}
	if (ndot && ncomma) {
		/* the one that comes last is the decimal mark, used once */
		dec = lastdot > lastcomma ? '.' : ',';
		if ((dec == '.' ? ndot : ncomma) != 1)
			goto bad_sep;
		intlen = (dec == '.' ? lastdot : lastcomma) - start;
		if (!groups_ok(z + start, intlen, dec == '.' ? ',' : '.'))
			goto bad_sep;
	} else if (ndot + ncomma >= 2) {
		char sep = ndot ? '.' : ',';
		if (!groups_ok(z + start, n - start, sep))
			goto bad_sep;
	} else if (ncomma == 1) {
		dec = ',';
	} else if (ndot == 1) {
		/* "1.234" is Indonesian thousands; "85.44", "0.500" and
		 * "1234.5" cannot be, so they are decimals. */
		intlen = lastdot - start;
		fraclen = n - lastdot - 1;
		if (!(fraclen == 3 && intlen <= 3 && z[start] != '0'))
			dec = '.';
	}
	for (i = start; i < n; i++) {
		int d;

		if (z[i] == dec) {
			e = 0;
			dec = 1; /* from here on, count decimals */
			continue;
		}
		if (!is_digit((unsigned char)z[i]))
			continue;
		d = z[i] - '0';
		if (m == 0 && d == 0 && dec != 1) {
			continue; /* leading zeros do not count */
		}
		if (++digits > 18 || (dec == 1 && e >= NUM_MAX_E)) {
			*alasan = ALASAN_BESAR;
			return SK_ELIMIT;
		}
		m = m * 10 + d;
		if (dec == 1)
			e++;
	}
	out->m = neg ? -m : m;
	out->e = e;
	return 0;
bad_sep:
	*alasan = ALASAN_PEMISAH;
	return SK_EINVAL;
}

/* The longest span at the cursor that looks like a number: an optional
 * sign, then digits, dots and commas. Returns its length (0: none). */
static size_t number_span(const struct cur *c)
{
	const char *p = c->p;

	if (p < c->end && (*p == '-' || *p == '+'))
		p++;
	else if (at(c, "\xE2\x88\x92"))
		p += 3;
	if (p >= c->end || !is_digit((unsigned char)*p))
		return 0;
	while (p < c->end && (is_digit((unsigned char)*p) || *p == '.' || *p == ','))
		p++;
	/* a trailing separator is punctuation, not part of the number */
	while (p > c->p && (p[-1] == '.' || p[-1] == ','))
		p--;
	return (size_t)(p - c->p);
}

/* Reads a number at the cursor and moves past it. */
static int take_number(struct cur *c, struct num *out, const char **alasan)
{
	size_t n = number_span(c);
	int rc;

	if (n == 0) {
		*alasan = ALASAN_TEKS;
		return SK_EINVAL;
	}
	rc = value_parse_number(c->p, n, out, alasan);
	if (rc == 0)
		c->p += n;
	return rc;
}

/* Copies at most cap-1 bytes of z into buf, cut at a UTF-8 boundary. */
static void copy_utf8(char *buf, size_t cap, const char *z, size_t n)
{
	if (n >= cap) {
		n = cap - 1;
		while (n > 0 && ((unsigned char)z[n] & 0xC0) == 0x80)
			n--;
	}
	memcpy(buf, z, n);
	buf[n] = 0;
}

/* Whatever follows a number: a unit or note, "(Nilai IKM)" unwrapped. */
static void take_satuan(struct cur *c, struct value *v)
{
	skip_ws(c);
	if (c->p < c->end && *c->p == '(' && c->end[-1] == ')') {
		c->p++;
		c->end--;
		skip_ws(c);
		trim_end(c);
	}
	copy_utf8(v->satuan, sizeof v->satuan, c->p, (size_t)(c->end - c->p));
	c->p = c->end;
}

static void set_teks(struct value *v, const char *alasan)
{
	memset(v, 0, sizeof *v);
	v->kind = VAL_TEKS;
	v->alasan = alasan;
}

static const struct {
	const char *w;
	enum ambang_op op;
} aAmbangWord[] = {
	/* longest first where one is a prefix of another */
	{ ">=", AMBANG_GE }, { "<=", AMBANG_LE },
	{ "\xE2\x89\xA5", AMBANG_GE }, { "\xE2\x89\xA4", AMBANG_LE },
	{ ">", AMBANG_GT }, { "<", AMBANG_LT },
	{ "tidak lebih dari", AMBANG_LE }, { "tidak kurang dari", AMBANG_GE },
	{ "sekurang-kurangnya", AMBANG_GE }, { "setidaknya", AMBANG_GE },
	{ "paling sedikit", AMBANG_GE }, { "paling banyak", AMBANG_LE },
	{ "lebih dari", AMBANG_GT }, { "kurang dari", AMBANG_LT },
	{ "minimal", AMBANG_GE }, { "minimum", AMBANG_GE },
	{ "maksimal", AMBANG_LE }, { "maksimum", AMBANG_LE },
	{ "min.", AMBANG_GE }, { "maks.", AMBANG_LE }, { "max.", AMBANG_LE },
	{ "min", AMBANG_GE }, { "maks", AMBANG_LE }, { "max", AMBANG_LE },
};

static int take_ambang(struct cur *c, enum ambang_op *op)
{
	size_t i;

	for (i = 0; i < sizeof aAmbangWord / sizeof aAmbangWord[0]; i++) {
		const char *w = aAmbangWord[i].w;
		size_t n = strlen(w);
		int ok = w[0] >= 'a' && w[0] <= 'z' ? at_word(c, w) ||
			(w[n - 1] == '.' && (size_t)(c->end - c->p) >= n &&
			 strncasecmp(c->p, w, n) == 0) : at(c, w);
		if (ok) {
			c->p += n;
			*op = aAmbangWord[i].op;
			return 1;
		}
	}
	return 0;
}

/* A grade label: 1–4 upper-case ASCII letters, alone or before "(". */
static int take_label(struct cur *c, struct value *v)
{
	const char *p = c->p;
	size_t n;

	while (p < c->end && *p >= 'A' && *p <= 'Z')
		p++;
	n = (size_t)(p - c->p);
	if (n == 0 || n >= VALUE_LABEL_MAX || n > 4)
		return 0;
	if (p < c->end && !(*p == ' ' || *p == '('))
		return 0;
	memcpy(v->label, c->p, n);
	v->label[n] = 0;
	c->p = p;
	return 1;
}

static int is_galat(const struct cur *c)
{
	static const char *const aGalat[] = {
		"#DIV/0!", "#REF!", "#N/A", "#VALUE!", "#NAME?", "#NUM!",
		"#NULL!",
	};
	const char *p;
	size_t i;

	if (c->p >= c->end || *c->p != '#')
		return 0;
	for (p = c->p; p < c->end && *p == '#'; p++)
		;
	if (p == c->end)
		return 1; /* "#####": a column too narrow */
	for (i = 0; i < sizeof aGalat / sizeof aGalat[0]; i++)
		if ((size_t)(c->end - c->p) == strlen(aGalat[i]) &&
		    strncasecmp(c->p, aGalat[i], strlen(aGalat[i])) == 0)
			return 1;
	return 0;
}

/* "B (69)", "BB", "WTP": a grade, with its score when one is written. */
static int parse_predikat(struct cur c, struct value *v)
{
	const char *alasan;

	if (!take_label(&c, v))
		return 0;
	skip_ws(&c);
	if (c.p == c.end) {
		v->kind = VAL_PREDIKAT;
		return 1;
	}
	if (*c.p != '(' || c.end[-1] != ')')
		return 0;
	c.p++;
	c.end--;
	skip_ws(&c);
	trim_end(&c);
	if (take_number(&c, &v->x, &alasan) || c.p != c.end)
		return 0;
	v->kind = VAL_PREDIKAT;
	v->has_skor = 1;
	return 1;
}

/* After the first number: "± 1", "- 10", "s.d. 10" make a band. */
static int parse_rentang(struct cur *c, struct value *v)
{
	struct cur k = *c;
	struct num a = v->x, b;
	const char *alasan;
	size_t n;
	int pm = 0;

	skip_ws(&k);
	if (at(&k, "\xC2\xB1")) {
		k.p += 2;
		pm = 1;
	} else if (at(&k, "+/-")) {
		k.p += 3;
		pm = 1;
	} else if ((n = at_dash(&k))) {
		k.p += n;
	} else if (at_word(&k, "s.d.") || at_word(&k, "s/d")) {
		k.p += at_word(&k, "s.d.") ? 4 : 3;
	} else if (at_word(&k, "sampai") || at_word(&k, "hingga")) {
		k.p += 6;
	} else {
		return 0;
	}
	skip_ws(&k);
	if (number_span(&k) == 0 || k.p[0] == '-' || k.p[0] == '+')
		return 0;
	if (take_number(&k, &b, &alasan))
		return 0;
	if (pm) {
		if (num_sub(a, b, &v->x) || num_add(a, b, &v->y))
			return 0;
	} else {
		v->x = a;
		v->y = b;
	}
	if (num_cmp(v->x, v->y) > 0)
		return 0;
	v->kind = VAL_RENTANG;
	*c = k;
	return 1;
}

/* What follows a number and makes it something else: "9,49E+09" (a
 * spreadsheet's scientific notation: the digits shown are not the value)
 * or "1/2" (a fraction). NULL when the number stands. */
static const char *number_tail(const struct cur *c)
{
	struct cur k = *c;

	if (k.p < k.end && (*k.p == 'e' || *k.p == 'E')) {
		k.p++;
		if (k.p < k.end && (*k.p == '+' || *k.p == '-'))
			k.p++;
		if (k.p < k.end && is_digit((unsigned char)*k.p))
			return ALASAN_GALAT;
		k = *c;
	}
	skip_ws(&k);
	if (k.p < k.end && *k.p == '/') {
		k.p++;
		skip_ws(&k);
		if (k.p < k.end && is_digit((unsigned char)*k.p))
			return ALASAN_TEKS;
	}
	return NULL;
}

/* "Rp", "Rp." before an amount; the closing ",-" of "Rp. 8.757.684.970,-"
 * goes too. */
static void take_rp(struct cur *c, struct value *v)
{
	if (!at_word(c, "rp"))
		return;
	c->p += 2;
	if (c->p < c->end && *c->p == '.')
		c->p++;
	skip_ws(c);
	strcpy(v->satuan, "Rp");
	if (c->end - c->p >= 3 && c->end[-1] == '-' &&
	    (c->end[-2] == ',' || c->end[-2] == '.') &&
	    is_digit((unsigned char)c->end[-3]))
		c->end -= 2;
}

void value_parse(const char *z, size_t n, struct value *v)
{
	struct cur c = { z, z + n };
	const char *alasan;
	int rc;

	memset(v, 0, sizeof *v);
	if (!z || !utf8_valid((const unsigned char *)z, n)) {
		set_teks(v, ALASAN_UTF8);
		return;
	}
	skip_ws(&c);
	trim_end(&c);
	if (c.p == c.end || (c.end - c.p == (long)at_dash(&c) && at_dash(&c))) {
		v->kind = VAL_KOSONG;
		v->alasan = ALASAN_KOSONG;
		return;
	}
	if (is_galat(&c)) {
		set_teks(v, ALASAN_GALAT);
		return;
	}
	if (parse_predikat(c, v))
		return;
	memset(v, 0, sizeof *v);
	if (take_ambang(&c, &v->op)) {
		skip_ws(&c);
		if (take_number(&c, &v->x, &alasan) ||
		    (alasan = number_tail(&c))) {
			set_teks(v, alasan);
			return;
		}
		v->kind = VAL_AMBANG;
		take_satuan(&c, v);
		return;
	}
	take_rp(&c, v);
	rc = take_number(&c, &v->x, &alasan);
	if (rc || (alasan = number_tail(&c))) {
		set_teks(v, alasan);
		return;
	}
	/* a number glued to more separators ("1,2,3" reads "1,2" first) */
	if (c.p < c.end && (*c.p == ',' || *c.p == '.') && c.p + 1 < c.end &&
	    is_digit((unsigned char)c.p[1])) {
		set_teks(v, ALASAN_PEMISAH);
		return;
	}
	if (parse_rentang(&c, v)) {
		if ((alasan = number_tail(&c))) {
			set_teks(v, alasan);
			return;
		}
		if (!v->satuan[0])
			take_satuan(&c, v);
		return;
	}
	v->kind = VAL_ANGKA;
	skip_ws(&c);
	if (c.p < c.end && (is_digit((unsigned char)*c.p) || at_dash(&c) ||
			    *c.p == '+' || *c.p == ',' || *c.p == '.')) {
		set_teks(v, ALASAN_TEKS); /* "5 6", "-5 - -3": not one value */
		return;
	}
	if (!v->satuan[0])
		take_satuan(&c, v);
	else if (c.p != c.end)
		set_teks(v, ALASAN_TEKS);
}

void value_from_json_number(const char *z, size_t n, struct value *v)
{
	size_t i = 0;
	int neg = 0, e = 0, exp = 0, eneg = 0, digits = 0, frac = 0;
	int seen = 0, eseen = 1; /* a digit in the mantissa, in the exponent */
	int64_t m = 0;

	memset(v, 0, sizeof *v);
	if (i < n && z[i] == '-')
		neg = 1, i++;
	for (; i < n && (is_digit((unsigned char)z[i]) || z[i] == '.'); i++) {
		if (z[i] == '.') {
			if (frac)
				break; /* a second point: not a number */
			frac = 1;
			continue;
		}
		seen = 1;
		if (m == 0 && z[i] == '0' && !frac)
			continue;
		if (++digits > 18)
			goto big;
		m = m * 10 + (z[i] - '0');
		if (frac)
			e++;
	}
	if (i < n && (z[i] == 'e' || z[i] == 'E')) {
		i++;
		if (i < n && (z[i] == '-' || z[i] == '+'))
			eneg = z[i++] == '-';
		eseen = 0;
		for (; i < n && is_digit((unsigned char)z[i]); i++) {
			eseen = 1;
			exp = exp * 10 + (z[i] - '0');
			if (exp > 40)
				goto big;
		}
	}
	if (i != n || !seen || !eseen) {
		set_teks(v, ALASAN_TEKS);
		return;
	}
	e += eneg ? exp : -exp;
	while (e < 0) {
		/* at most 18 digits, as value_parse_number reads them:
		 * "1e18" is as large as "1000000000000000000" */
		if (m > 99999999999999999LL)
			goto big;
		m *= 10;
		e++;
	}
	while (e > NUM_MAX_E && m % 10 == 0 && m != 0)
		m /= 10, e--;
	if (e > NUM_MAX_E)
		goto big;
	v->kind = VAL_ANGKA;
	v->x.m = neg ? -m : m;
	v->x.e = m == 0 ? 0 : e;
	return;
big:
	set_teks(v, ALASAN_BESAR);
}

int value_number(const struct value *v, struct num *out)
{
	if (v->kind == VAL_ANGKA || v->kind == VAL_AMBANG ||
	    (v->kind == VAL_PREDIKAT && v->has_skor)) {
		*out = v->x;
		return 1;
	}
	return 0;
}

char *value_describe(const struct value *v, char *buf, size_t cap)
{
	static const char *const aOp[] = { ">", ">=", "<", "<=" };
	char a[NUM_BUFSZ], b[NUM_BUFSZ];

	switch (v->kind) {
	case VAL_KOSONG:
		snprintf(buf, cap, "kosong");
		break;
	case VAL_ANGKA:
		snprintf(buf, cap, "angka %s%s%s", num_format(v->x, -1, NUM_ID, a),
			 v->satuan[0] ? " " : "", v->satuan);
		break;
	case VAL_PREDIKAT:
		if (v->has_skor)
			snprintf(buf, cap, "predikat %s (%s)", v->label,
				 num_format(v->x, -1, NUM_ID, a));
		else
			snprintf(buf, cap, "predikat %s", v->label);
		break;
	case VAL_AMBANG:
		snprintf(buf, cap, "ambang %s %s%s%s", aOp[v->op],
			 num_format(v->x, -1, NUM_ID, a), v->satuan[0] ? " " : "",
			 v->satuan);
		break;
	case VAL_RENTANG:
		snprintf(buf, cap, "rentang %s - %s", num_format(v->x, -1, NUM_ID, a),
			 num_format(v->y, -1, NUM_ID, b));
		break;
	case VAL_TEKS:
		snprintf(buf, cap, "teks (%s)", v->alasan);
		break;
	}
	return buf;
}
