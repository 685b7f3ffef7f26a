/* tanggal: calendar dates as the documents and the data carry them,
 * YYYY-MM-DD, and the Indonesian way of writing them ("2 Januari 2024"). */
#ifndef SAKIP_TANGGAL_H
#define SAKIP_TANGGAL_H

#include <stddef.h>

/* 1 when z is a date YYYY-MM-DD (year from 1900) that exists. */
int tanggal_valid(const char *z);
/* The name of month m (1 … 12), "Januari" …; NULL outside. */
const char *bulan_nama(int m);
/* ymd written the Indonesian way ("2 Januari 2024") into buf; NULL (buf
 * untouched) when ymd is not a valid date. */
const char *tanggal_id(const char *ymd, char *buf, size_t cap);

#endif
