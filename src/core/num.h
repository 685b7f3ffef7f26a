/* num: exact decimals and percentages.
 *
 * struct num is a decimal m × 10^-e exactly as a document wrote it
 * ("84,02" is {8402, 2}); nothing is ever a binary float.
 *
 * pct_t is a percentage in units of 10^-9 %, computed from exact decimals
 * and truncated toward zero. Truncating at nine places keeps every
 * comparison with a two-place rounding boundary (x,xx5) exact, so
 * pct_round() gives the same result as rounding the exact fraction:
 * 48,37 / 56 × 100 = 86,375 → 86,38 (a double says 86,37). */
#ifndef SAKIP_NUM_H
#define SAKIP_NUM_H

#include <stddef.h>
#include <stdint.h>

#define NUM_MAX_E 18          /* most decimals a num keeps */
#define PCT_ONE 1000000000LL  /* 1 % in pct_t units */

struct num {
	int64_t m;
	int e; /* 0 … NUM_MAX_E */
};

typedef int64_t pct_t;

#define PCT(whole) ((pct_t)(whole) * PCT_ONE)

static inline struct num num_int(int64_t v)
{
	struct num n = { v, 0 };
	return n;
}

/* -1, 0 or 1; exact for any two nums. */
int num_cmp(struct num a, struct num b);
int num_is_zero(struct num a);
/* a + b exactly; 0, or SK_ELIMIT when the result does not fit. */
int num_add(struct num a, struct num b, struct num *out);
/* a - b exactly. */
int num_sub(struct num a, struct num b, struct num *out);
/* Rounds a to at most e decimals, half away from zero. */
struct num num_round(struct num a, int e);

/* a / b × 100 as a percentage, truncated toward zero at 10^-9.
 * Returns 0, SK_EINVAL when b is zero, SK_ELIMIT when it does not fit. */
int num_ratio_pct(struct num a, struct num b, pct_t *out);
/* A num read as a percentage ("97,36" → 97,36 %); SK_ELIMIT if too big. */
int num_to_pct(struct num a, pct_t *out);
/* A percentage as a num with 9 decimals. */
struct num pct_to_num(pct_t p);

/* a as a double, for drawing charts only: nothing is computed with it. */
double num_to_double(struct num a);

/* p rounded half away from zero to d decimals (0 … 9), still in pct units. */
pct_t pct_round(pct_t p, int d);
/* Mean of n percentages, truncated toward zero; n > 0. */
pct_t pct_mean(const pct_t *a, size_t n);

/* Number styles for printing. */
enum num_style {
	NUM_ID,    /* Indonesian: 1.234.567,89 */
	NUM_PLAIN, /* machine: 1234567.89 (JSON, CSV) */
};

/* Writes a rounded to d decimals (d < 0: all its decimals) into buf;
 * returns buf. buf needs NUM_BUFSZ bytes. */
#define NUM_BUFSZ 48
char *num_format(struct num a, int d, enum num_style st, char *buf);
/* Writes p rounded to d decimals (0 … 9), without a % sign. */
char *pct_format(pct_t p, int d, enum num_style st, char *buf);
/* Writes an integer with thousands separators (money). */
char *int_format(int64_t v, enum num_style st, char *buf);

#endif
