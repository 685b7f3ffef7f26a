/* money: integer Rupiah (sakip-domain.md §5).
 *
 * Amounts are int64 Rupiah; sums detect overflow; percentages come from
 * exact integers. Parsing accepts what documents print: "9.487.138.421",
 * "Rp 2.294.331.050", "Rp. 8.757.684.970,-", "Rp 1.500.000,00",
 * "Rp 9,487,138,421", "Rp -" (zero). A fraction other than ",00" is an
 * error. */
#ifndef SAKIP_MONEY_H
#define SAKIP_MONEY_H

#include "num.h"

#include <stddef.h>
#include <stdint.h>

#define MONEY_MAX 999999999999999999LL /* 10^18 - 1 */

/* Parses n bytes at z. Returns 0, or SK_EINVAL with *why set to a short
 * English reason ("has a fraction", "not an amount"). */
int money_parse(const char *z, size_t n, int64_t *out, const char **why);
/* *acc += v; SK_ELIMIT on overflow (acc unchanged). */
int money_add(int64_t *acc, int64_t v);
/* realisasi / pagu × 100; SK_EINVAL when pagu is 0. */
int money_serapan(int64_t realisasi, int64_t pagu, pct_t *out);
/* capaian − serapan > ambang (sakip-domain.md §5, metode "selisih"). */
int money_efisien(pct_t capaian, pct_t serapan, pct_t ambang);
/* "9.487.138.421" (NUM_ID) into buf of NUM_BUFSZ bytes. */
char *money_format(int64_t v, char *buf);

/* Writes v in Indonesian words ("empat belas miliar … tujuh puluh"),
 * without "rupiah", into buf. 0 … 999.999.999.999.999. Returns the
 * length, or SK_ELIMIT when v is out of range or buf too small. */
#define TERBILANG_BUFSZ 512
int terbilang(int64_t v, char *buf, size_t cap);

#endif
