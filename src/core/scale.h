/* scale: ordered labels as data (sakip-domain.md §3, §4).
 *
 * A scale maps a number to a label by lower bounds, highest first: the
 * predikat of a capaian (Permendagri 86/2017, closed bounds: 91 → Sangat
 * Tinggi), the AKIP grade of an LKE score (PermenPANRB 88/2021, open
 * bounds: 90,00 → A, 90,01 → AA), or an ordinal scale without numbers
 * (Opini BPK: WTP > WDP > TW > TMP). A pemda can define its own. */
#ifndef SAKIP_SCALE_H
#define SAKIP_SCALE_H

#include "num.h"

#define SKALA_MAX 16

struct skala_tingkat {
	const char *label;
	struct num min; /* lower bound; unused on an ordinal scale */
};

struct skala {
	const char *kode;   /* "predikat", "akip", "opini_bpk", or a pemda's */
	const char *nama;
	int bernilai;       /* 1: levels have numeric bounds */
	int batas_terbuka;  /* 1: a value must exceed min (AKIP "> 90") */
	int n;
	struct skala_tingkat t[SKALA_MAX]; /* highest first */
};

extern const struct skala skala_predikat_default; /* Permendagri 86/2017 */
extern const struct skala skala_akip;             /* AA … D */
extern const struct skala skala_opini_bpk;        /* WTP … TMP */

/* The built-in scale with this code, or NULL. */
const struct skala *skala_builtin(const char *kode);
/* Index of the level a number falls in (0 = highest); the lowest level
 * when below every bound. -1 on an ordinal scale. */
int skala_tingkat_of(const struct skala *s, struct num x);
/* The label for a number, "" on an ordinal scale. */
const char *skala_label(const struct skala *s, struct num x);
/* Index of a label (case-sensitive, "TW" also as "TMP" aliases are the
 * scale's business), or -1. */
int skala_find(const struct skala *s, const char *label);
/* Builds a scale from rows already highest first; SK_EINVAL when the
 * bounds do not decrease or there are too many. */
int skala_build(struct skala *s, const char *kode, int bernilai,
		int batas_terbuka, int n, const char *const *labels,
		const struct num *mins);

#endif
