/* lke: answer codes, template lookups, checks and fingerprint (lke.h).
 * Worksheets are in lke_lembar.c, scores and consistency in lke_hitung.c. */
#include "lke.h"

#include <stdio.h>
#include <string.h>

/* ---- answers --------------------------------------------------------------- */

static const char *const aLabel[LKE_NILAI__N] = {
	"", "Y", "T", "A", "B", "C", "D", "E", "NA",
	"AA", "A", "BB", "B", "CC", "C", "D", "E",
};

const char *lke_nilai_label(int v)
{
	return v > 0 && v < LKE_NILAI__N ? aLabel[v] : "";
}

int lke_nilai_parse(const char *z, int per_sub)
{
	int lo = per_sub ? LKE_R_AA : LKE_Y;
	int hi = per_sub ? LKE_R_E : LKE_NA;
	int v;

	if (!z)
		return LKE_KOSONG;
	for (v = lo; v <= hi; v++)
		if (strcmp(z, aLabel[v]) == 0)
			return v;
	return LKE_KOSONG;
}

int lke_nilai_perempat(int v)
{
	switch (v) {
	case LKE_Y: case LKE_A: return 4;
	case LKE_B: return 3;
	case LKE_C: return 2;
	case LKE_D: return 1;
	case LKE_T: case LKE_E: return 0;
	default: return -1;
	}
}

int lke_nilai_r(int v)
{
	static const int aR[] = { 100, 90, 80, 70, 60, 50, 30, 0 };

	return v >= LKE_R_AA && v <= LKE_R_E ? aR[v - LKE_R_AA] : -1;
}

int lke_nilai_r_dari(int terpenuhi, int n)
{
	/* p = met / n × 100 compared as met × 100 against bound × n */
	long p100 = (long)terpenuhi * 100;

	if (n <= 0 || terpenuhi <= 0)
		return LKE_R_E;
	if (terpenuhi >= n)
		return LKE_R_BB;
	if (p100 <= 25L * n)
		return LKE_R_D;
	if (p100 <= 50L * n)
		return LKE_R_C;
	if (p100 <= 75L * n)
		return LKE_R_CC;
	return LKE_R_B;
}

const char *lke_predikat_label(const char *predikat)
{
	static const char *const aPred[][2] = {
		{ "AA", "Sangat Memuaskan" }, { "A", "Memuaskan" },
		{ "BB", "Sangat Baik" }, { "B", "Baik" },
		{ "CC", "Cukup (Memadai)" }, { "C", "Kurang" },
		{ "D", "Sangat Kurang" },
	};
	size_t i;

	for (i = 0; predikat && i < sizeof aPred / sizeof aPred[0]; i++)
		if (strcmp(predikat, aPred[i][0]) == 0)
			return aPred[i][1];
	return "";
}

const char *lke_metode_kode(int metode)
{
	return metode == LKE_METODE_R ? "R" : metode == LKE_METODE_P ? "P" : "";
}

const char *lke_tahap_kode(int tahap)
{
	return tahap == LKE_USULAN ? "usulan"
	     : tahap == LKE_PENETAPAN ? "penetapan" : "";
}

int lke_tahap_parse(const char *z)
{
	if (z && strcmp(z, "usulan") == 0)
		return LKE_USULAN;
	if (z && strcmp(z, "penetapan") == 0)
		return LKE_PENETAPAN;
	return 0;
}

/* ---- template ---------------------------------------------------------------- */

const struct lke_template *lke_template_builtin(const char *kode)
{
	if (kode && strcmp(kode, lke_template_88_2021.kode) == 0)
		return &lke_template_88_2021;
	return NULL;
}

const struct lke_kriteria *lke_kriteria_find(const struct lke_template *t,
					     const char *kode,
					     const struct lke_sub **ps)
{
	int i, j, k;

	for (i = 0; i < t->nkomponen; i++) {
		const struct lke_komponen *km = &t->komponen[i];
		for (j = 0; j < km->nsub; j++)
			for (k = 0; k < km->sub[j].nk; k++)
				if (strcmp(km->sub[j].k[k].kode, kode) == 0) {
					if (ps)
						*ps = &km->sub[j];
					return &km->sub[j].k[k];
				}
	}
	return NULL;
}

const struct lke_sub *lke_sub_find(const struct lke_template *t,
				   const char *kode)
{
	int i, j;

	for (i = 0; i < t->nkomponen; i++)
		for (j = 0; j < t->komponen[i].nsub; j++)
			if (strcmp(t->komponen[i].sub[j].kode, kode) == 0)
				return &t->komponen[i].sub[j];
	return NULL;
}

int lke_komponen_or_sub(const struct lke_template *t, const char *kode)
{
	int i;

	if (lke_sub_find(t, kode))
		return 1;
	for (i = 0; i < t->nkomponen; i++)
		if (strcmp(t->komponen[i].kode, kode) == 0)
			return 1;
	return 0;
}

int lke_template_nkriteria(const struct lke_template *t)
{
	int i, j, n = 0;

	for (i = 0; i < t->nkomponen; i++)
		for (j = 0; j < t->komponen[i].nsub; j++)
			n += t->komponen[i].sub[j].nk;
	return n;
}

/* 1 when kode is parent "." something without another dot. */
static int child_code(const char *kode, const char *parent)
{
	size_t n = strlen(parent);

	return kode && strncmp(kode, parent, n) == 0 && kode[n] == '.' &&
	       kode[n + 1] && !strchr(kode + n + 1, '.');
}

static int check_sub(const struct lke_template *t,
		     const struct lke_komponen *km, const struct lke_sub *s,
		     struct sk_err *e)
{
	int k;

	if (!child_code(s->kode, km->kode))
		return sk_errf(e, SK_EINVAL, "template %s: sub-komponen '%s' "
			       "is not coded under komponen %s", t->kode,
			       s->kode ? s->kode : "", km->kode);
	if (lke_sub_find(t, s->kode) != s)
		return sk_errf(e, SK_EINVAL, "template %s: sub-komponen %s "
			       "appears twice", t->kode, s->kode);
	if (s->bobot.m < 0)
		return sk_errf(e, SK_EINVAL, "template %s: sub-komponen %s: "
			       "negative bobot", t->kode, s->kode);
	if (s->nk <= 0)
		return sk_errf(e, SK_EINVAL, "template %s: sub-komponen %s "
			       "has no kriteria", t->kode, s->kode);
	for (k = 0; k < s->nk; k++) {
		const struct lke_kriteria *c = &s->k[k];
		if (!child_code(c->kode, s->kode))
			return sk_errf(e, SK_EINVAL, "template %s: kriterion "
				       "'%s' is not coded under %s", t->kode,
				       c->kode ? c->kode : "", s->kode);
		if (lke_kriteria_find(t, c->kode, NULL) != c)
			return sk_errf(e, SK_EINVAL, "template %s: kriterion "
				       "%s appears twice", t->kode, c->kode);
		if (c->jenis != LKE_YT && c->jenis != LKE_AE)
			return sk_errf(e, SK_EINVAL, "template %s: kriterion "
				       "%s: answer type must be Y/T or A-E",
				       t->kode, c->kode);
	}
	return 0;
}

static int check_weights(const struct lke_template *t,
			 const struct lke_komponen *km, struct num *total,
			 struct sk_err *e)
{
	struct num sum = { 0, 0 };
	char a[NUM_BUFSZ], b[NUM_BUFSZ];
	int j;

	for (j = 0; j < km->nsub; j++)
		if (num_add(sum, km->sub[j].bobot, &sum))
			return sk_errf(e, SK_EINVAL, "template %s: komponen "
				       "%s: bobot too large", t->kode, km->kode);
	if (num_cmp(sum, km->bobot) != 0)
		return sk_errf(e, SK_EINVAL, "template %s: komponen %s: the "
			       "sub-komponen bobot add up to %s, not %s",
			       t->kode, km->kode,
			       num_format(sum, -1, NUM_PLAIN, a),
			       num_format(km->bobot, -1, NUM_PLAIN, b));
	if (num_add(*total, km->bobot, total))
		return sk_errf(e, SK_EINVAL, "template %s: bobot too large",
			       t->kode);
	return 0;
}

static int check_aturan(const struct lke_template *t,
			const struct lke_aturan *r, struct sk_err *e)
{
	int ok;

	if (!r->nama || !r->nama[0] || !r->kode || !r->syarat)
		return sk_errf(e, SK_EINVAL, "template %s: a rule without "
			       "name or codes", t->kode);
	if (r->jenis == LKE_ATURAN_SYARAT)
		ok = lke_kriteria_find(t, r->kode, NULL) &&
		     lke_kriteria_find(t, r->syarat, NULL);
	else if (r->jenis == LKE_ATURAN_RATA)
		ok = lke_sub_find(t, r->kode) && lke_sub_find(t, r->syarat);
	else
		ok = 0;
	if (!ok)
		return sk_errf(e, SK_EINVAL, "template %s: rule %s (%s, %s) "
			       "names a code the template does not have",
			       t->kode, r->nama, r->kode, r->syarat);
	return 0;
}

int lke_template_check(const struct lke_template *t, struct sk_err *e)
{
	struct num total = { 0, 0 };
	char a[NUM_BUFSZ];
	int i, j, rc;

	if (!t || !t->kode || !t->kode[0])
		return sk_errf(e, SK_EINVAL, "template: no kode");
	if (t->versi < 1)
		return sk_errf(e, SK_EINVAL, "template %s: versi must be 1 or "
			       "more", t->kode);
	if (t->nkomponen <= 0)
		return sk_errf(e, SK_EINVAL, "template %s: no komponen", t->kode);
	for (i = 0; i < t->nkomponen; i++) {
		const struct lke_komponen *km = &t->komponen[i];
		if (!km->kode || !km->kode[0] || strchr(km->kode, '.'))
			return sk_errf(e, SK_EINVAL, "template %s: komponen "
				       "%d: kode must be set and without '.'",
				       t->kode, i + 1);
		for (j = 0; j < i; j++)
			if (strcmp(t->komponen[j].kode, km->kode) == 0)
				return sk_errf(e, SK_EINVAL, "template %s: "
					       "komponen %s appears twice",
					       t->kode, km->kode);
		if (km->nsub <= 0)
			return sk_errf(e, SK_EINVAL, "template %s: komponen "
				       "%s has no sub-komponen", t->kode,
				       km->kode);
		for (j = 0; j < km->nsub; j++)
			if ((rc = check_sub(t, km, &km->sub[j], e)))
				return rc;
		if ((rc = check_weights(t, km, &total, e)))
			return rc;
	}
	if (num_cmp(total, num_int(100)) != 0)
		return sk_errf(e, SK_EINVAL, "template %s: the komponen bobot "
			       "add up to %s, not 100", t->kode,
			       num_format(total, -1, NUM_PLAIN, a));
	for (i = 0; i < t->naturan; i++)
		if ((rc = check_aturan(t, &t->aturan[i], e)))
			return rc;
	return 0;
}

/* ---- fingerprint --------------------------------------------------------------- */

struct fnv {
	uint64_t h;
};

static void fnv_add(struct fnv *f, const char *z)
{
	const unsigned char *p = (const unsigned char *)(z ? z : "");

	for (; *p; p++) {
		f->h ^= *p;
		f->h *= 1099511628211ULL;
	}
	f->h ^= 0x1f; /* field separator */
	f->h *= 1099511628211ULL;
}

static void fnv_int(struct fnv *f, long v)
{
	char buf[32];

	snprintf(buf, sizeof buf, "%ld", v);
	fnv_add(f, buf);
}

/* A weight without trailing zeros, so 4.5 and 4.50 hash alike. */
static void fnv_num(struct fnv *f, struct num n)
{
	char buf[NUM_BUFSZ];

	while (n.e > 0 && n.m % 10 == 0) {
		n.m /= 10;
		n.e--;
	}
	fnv_add(f, num_format(n, -1, NUM_PLAIN, buf));
}

void lke_template_hash(const struct lke_template *t,
		       char out[LKE_HASH_LEN + 1])
{
	struct fnv f = { 14695981039346656037ULL };
	int i, j, k;

	fnv_add(&f, "sakip-lke-template/1");
	fnv_add(&f, t->kode);
	fnv_int(&f, t->versi);
	fnv_add(&f, t->nama);
	for (i = 0; i < t->nkomponen; i++) {
		const struct lke_komponen *km = &t->komponen[i];
		fnv_add(&f, km->kode);
		fnv_add(&f, km->nama);
		fnv_num(&f, km->bobot);
		for (j = 0; j < km->nsub; j++) {
			const struct lke_sub *s = &km->sub[j];
			fnv_add(&f, s->kode);
			fnv_add(&f, s->nama);
			fnv_num(&f, s->bobot);
			for (k = 0; k < s->nk; k++) {
				fnv_add(&f, s->k[k].kode);
				fnv_add(&f, s->k[k].uraian);
				fnv_int(&f, s->k[k].jenis);
				fnv_int(&f, s->k[k].flags);
			}
		}
	}
	for (i = 0; i < t->naturan; i++) {
		fnv_add(&f, t->aturan[i].nama);
		fnv_int(&f, t->aturan[i].jenis);
		fnv_add(&f, t->aturan[i].kode);
		fnv_add(&f, t->aturan[i].syarat);
		fnv_add(&f, t->aturan[i].uraian);
	}
	snprintf(out, LKE_HASH_LEN + 1, "%016llx", (unsigned long long)f.h);
}
