/* reviu_nilai: reading printed figures and comparing them at the
 * precision they were printed with. */
#include "reviu_priv.h"
#include "money.h"

#include <stdio.h>
#include <string.h>

static int blank(int ch)
{
	return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r';
}

/* Trims ASCII blanks and the no-break space at both ends of [*p, *end). */
static void trim(const char **p, const char **end)
{
	for (;;) {
		if (*p < *end && blank((unsigned char)**p))
			(*p)++;
		else if (*end - *p >= 2 && (unsigned char)(*p)[0] == 0xC2 &&
			 (unsigned char)(*p)[1] == 0xA0)
			*p += 2;
		else if (*end > *p && blank((unsigned char)(*end)[-1]))
			(*end)--;
		else if (*end - *p >= 2 && (unsigned char)(*end)[-2] == 0xC2 &&
			 (unsigned char)(*end)[-1] == 0xA0)
			*end -= 2;
		else
			return;
	}
}

/* "-", an en dash, an em dash or a minus sign, alone. */
static int is_strip(const char *p, const char *end)
{
	size_t n = (size_t)(end - p);

	return (n == 1 && *p == '-') ||
	       (n == 3 && (memcmp(p, "\xE2\x80\x93", 3) == 0 ||
			   memcmp(p, "\xE2\x80\x94", 3) == 0 ||
			   memcmp(p, "\xE2\x88\x92", 3) == 0));
}

/* The printed cell z trimmed into [*p, *end); 0 when that already says
 * what it is (empty, or a spreadsheet error), with out filled. */
static int baca_mulai(const char *z, const char **p, const char **end,
		      struct rv_bacaan *out)
{
	*p = z ? z : "";
	*end = *p + strlen(*p);
	memset(out, 0, sizeof *out);
	trim(p, end);
	out->jenis = CT_KOSONG;
	if (*p == *end)
		return 0;
	if (**p == '#') {
		out->jenis = CT_GALAT;
		return 0;
	}
	return 1;
}

void rv_baca_persen(const char *z, struct rv_bacaan *out)
{
	const char *p, *end, *why;

	if (!baca_mulai(z, &p, &end, out))
		return;
	if (end[-1] == '%') {
		end--;
		trim(&p, &end);
		if (p == end)
			return;
	}
	if (is_strip(p, end)) {
		out->jenis = CT_STRIP;
		return;
	}
	out->jenis = value_parse_number(p, (size_t)(end - p), &out->x, &why) ?
		CT_TEKS : CT_ANGKA;
}

void rv_baca_uang(const char *z, struct rv_bacaan *out)
{
	const char *p, *end, *why;
	char buf[96];
	size_t i, n = 0;

	if (!baca_mulai(z, &p, &end, out))
		return;
	out->jenis = CT_ANGKA;
	if (money_parse(p, (size_t)(end - p), &out->rp, &why) == 0)
		return;
	/* "Rp. 4.347.473. 632": a blank between digit groups is a typo */
	for (i = 0; p + i < end && n + 1 < sizeof buf; i++) {
		char ch = p[i];
		if (ch == ' ' && i > 0 && p + i + 1 < end &&
		    (p[i - 1] == '.' || p[i - 1] == ',' ||
		     (p[i - 1] >= '0' && p[i - 1] <= '9')) &&
		    p[i + 1] >= '0' && p[i + 1] <= '9')
			continue;
		buf[n++] = ch;
	}
	if (p + i == end && n < (size_t)(end - p) &&
	    money_parse(buf, n, &out->rp, &why) == 0)
		return;
	out->rp = 0;
	out->jenis = CT_TEKS;
}

int rv_sama_num(struct num dicetak, struct num benar)
{
	return num_cmp(num_round(benar, dicetak.e), dicetak) == 0;
}

int rv_sama_persen(struct num dicetak, pct_t benar)
{
	return rv_sama_num(dicetak, pct_to_num(benar));
}

/* ---- values (targets, realisations) ---------------------------------- */

int rv_value_angka(const struct value *v, const char *skala, struct num *out)
{
	const struct skala *s;
	int i;

	if (value_number(v, out))
		return 1;
	if (v->kind != VAL_PREDIKAT)
		return 0;
	s = skala_builtin(skala);
	if (!s || skala_find(s, v->label) < 0)
		s = &skala_akip;
	i = skala_find(s, v->label);
	if (i < 0 || !s->bernilai)
		return 0;
	*out = s->t[i].min; /* a grade stands for its band's lower bound */
	return 1;
}

static const char *skip_blank(const char *s)
{
	while (blank((unsigned char)*s))
		s++;
	return s;
}

static int lower(int ch)
{
	return ch >= 'A' && ch <= 'Z' ? ch + 32 : ch;
}

/* Case-insensitive, runs of blanks equal to one, ends trimmed. */
int rv_kata_sama(const char *a, const char *b)
{
	a = skip_blank(a);
	b = skip_blank(b);
	while (*a && *b) {
		if (blank((unsigned char)*a) && blank((unsigned char)*b)) {
			a = skip_blank(a);
			b = skip_blank(b);
			continue;
		}
		if (lower((unsigned char)*a) != lower((unsigned char)*b))
			return 0;
		a++, b++;
	}
	return !*skip_blank(a) && !*skip_blank(b);
}

static int num_sama(struct num d, struct num b, int presisi)
{
	return presisi ? rv_sama_num(d, b) : num_cmp(d, b) == 0;
}

int rv_value_sama(const char *raw_d, const struct value *d, const char *raw_b,
		  const struct value *b, const char *skala, int presisi)
{
	struct num x, y;

	if (d->kind == VAL_KOSONG || b->kind == VAL_KOSONG)
		return d->kind == b->kind;
	if (d->kind == VAL_TEKS || b->kind == VAL_TEKS)
		return d->kind == b->kind && rv_kata_sama(raw_d, raw_b);
	if (d->kind == VAL_PREDIKAT && b->kind == VAL_PREDIKAT &&
	    !d->has_skor && !b->has_skor)
		return strcmp(d->label, b->label) == 0;
	if (d->kind == VAL_RENTANG || b->kind == VAL_RENTANG)
		return d->kind == b->kind && num_sama(d->x, b->x, presisi) &&
		       num_sama(d->y, b->y, presisi);
	if (!rv_value_angka(d, skala, &x) || !rv_value_angka(b, skala, &y))
		return 0;
	return num_sama(x, y, presisi);
}

struct reviu_nilai rv_benar_nilai(const struct nilai *n, const char *skala)
{
	struct reviu_nilai r;

	memset(&r, 0, sizeof r);
	if (n->v.kind != VAL_PREDIKAT || n->v.has_skor) {
		if (rv_value_angka(&n->v, skala, &r.angka)) {
			r.jenis = BENAR_ANGKA;
			return r;
		}
	}
	r.jenis = BENAR_TEKS;
	r.teks = n->raw;
	return r;
}

/* ---- keys ------------------------------------------------------------ */

static const char *kunci_num(struct num x, char *buf)
{
	while (x.e > 0 && x.m % 10 == 0)
		x.m /= 10, x.e--;
	snprintf(buf, RV_KUNCI_MAX, "a:%lld/%d", (long long)x.m, x.e);
	return buf;
}

static const char *kunci_teks(const char *raw, char *buf)
{
	size_t i;

	snprintf(buf, RV_KUNCI_MAX, "t:%s", raw ? raw : "");
	for (i = 2; buf[i]; i++)
		if (buf[i] >= 'A' && buf[i] <= 'Z')
			buf[i] = (char)(buf[i] + 32);
	return buf;
}

const char *rv_kunci_persen(const struct rv_bacaan *b, const char *raw,
			    char *buf)
{
	if (b->jenis == CT_ANGKA)
		return kunci_num(b->x, buf);
	if (b->jenis == CT_STRIP)
		return "s:";
	return kunci_teks(raw, buf);
}

const char *rv_kunci_value(const struct value *v, const char *raw,
			   const char *skala, char *buf)
{
	struct num x;

	(void)skala;
	if ((v->kind != VAL_PREDIKAT || v->has_skor) && value_number(v, &x))
		return kunci_num(x, buf);
	return kunci_teks(raw, buf);
}

/* ---- formatting ------------------------------------------------------ */

char *rv_fmt_persen(pct_t p, char *buf)
{
	return pct_format(p, 2, NUM_ID, buf);
}

char *rv_fmt_rp(int64_t v, char *buf)
{
	return money_format(v, buf);
}

char *rv_fmt_num(struct num x, char *buf)
{
	return num_format(x, -1, NUM_ID, buf);
}

struct reviu_nilai rv_benar_persen(pct_t p)
{
	struct reviu_nilai r = { .jenis = BENAR_PERSEN, .persen = p };

	return r;
}

struct reviu_nilai rv_benar_rp(int64_t v)
{
	struct reviu_nilai r = { .jenis = BENAR_RUPIAH, .rp = v };

	return r;
}

struct reviu_nilai rv_benar_tidak_ada(void)
{
	struct reviu_nilai r = { .jenis = BENAR_TIDAK_ADA };

	return r;
}
