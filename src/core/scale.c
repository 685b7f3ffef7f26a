#include "scale.h"
#include "../util/err.h"

#include <string.h>

#define N(v) { (v), 0 }

const struct skala skala_predikat_default = {
	"predikat", "Permendagri 86/2017", 1, 0, 5,
	{ { "Sangat Tinggi", N(91) }, { "Tinggi", N(76) }, { "Sedang", N(66) },
	  { "Rendah", N(51) }, { "Sangat Rendah", N(0) } },
};

/* A grade stands for the lower bound of its band: CC = 50, A = 80. */
const struct skala skala_akip = {
	"akip", "AKIP (PermenPANRB 88/2021)", 1, 1, 7,
	{ { "AA", N(90) }, { "A", N(80) }, { "BB", N(70) }, { "B", N(60) },
	  { "CC", N(50) }, { "C", N(30) }, { "D", N(0) } },
};

const struct skala skala_opini_bpk = {
	"opini_bpk", "Opini BPK", 0, 0, 4,
	{ { "WTP", N(0) }, { "WDP", N(0) }, { "TW", N(0) }, { "TMP", N(0) } },
};

const struct skala *skala_builtin(const char *kode)
{
	if (!kode)
		return NULL;
	if (strcmp(kode, "akip") == 0)
		return &skala_akip;
	if (strcmp(kode, "opini_bpk") == 0)
		return &skala_opini_bpk;
	if (strcmp(kode, "predikat") == 0)
		return &skala_predikat_default;
	return NULL;
}

int skala_tingkat_of(const struct skala *s, struct num x)
{
	int i;

	if (!s->bernilai || s->n == 0)
		return -1;
	for (i = 0; i < s->n - 1; i++) {
		int c = num_cmp(x, s->t[i].min);
		if (c > 0 || (c == 0 && !s->batas_terbuka))
			return i;
	}
	return s->n - 1;
}

const char *skala_label(const struct skala *s, struct num x)
{
	int i = skala_tingkat_of(s, x);

	return i < 0 ? "" : s->t[i].label;
}

int skala_find(const struct skala *s, const char *label)
{
	int i;

	for (i = 0; i < s->n; i++)
		if (strcmp(s->t[i].label, label) == 0)
			return i;
	return -1;
}

int skala_build(struct skala *s, const char *kode, int bernilai,
		int batas_terbuka, int n, const char *const *labels,
		const struct num *mins)
{
	int i;

	if (n <= 0 || n > SKALA_MAX)
		return SK_EINVAL;
	memset(s, 0, sizeof *s);
	s->kode = kode;
	s->nama = kode;
	s->bernilai = bernilai;
	s->batas_terbuka = batas_terbuka;
	s->n = n;
	for (i = 0; i < n; i++) {
		if (!labels[i] || !labels[i][0])
			return SK_EINVAL;
		s->t[i].label = labels[i];
		if (bernilai) {
			s->t[i].min = mins[i];
			if (i > 0 && num_cmp(mins[i], mins[i - 1]) >= 0)
				return SK_EINVAL;
		}
	}
	return 0;
}
