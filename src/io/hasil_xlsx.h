/* hasil_xlsx: the computed figures of a year (core/hitung.h) as a
 * workbook: sheets Capaian, Sasaran, Anggaran and Efisiensi, one row per
 * figure, numbers as numbers rounded as kebijakan.desimal says. */
#ifndef SAKIP_IO_HASIL_XLSX_H
#define SAKIP_IO_HASIL_XLSX_H

#include "../core/hitung.h"
#include "../util/err.h"

/* Writes to path ("-": standard output). Returns 0 or SK_EIO. */
int hasil_write_xlsx(const struct hasil *h, const char *path,
		     struct sk_err *e);

#endif
