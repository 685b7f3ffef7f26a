/* tanggal: YYYY-MM-DD dates and their Indonesian form (tanggal.h). */
#include "tanggal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const aBulan[12] = { "Januari", "Februari", "Maret",
	"April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
	"November", "Desember" };

int tanggal_valid(const char *z)
{
	static const int aHari[12] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31,
				       30, 31 };
	int y, m, d, i;

	if (!z || strlen(z) != 10 || z[4] != '-' || z[7] != '-')
		return 0;
	for (i = 0; i < 10; i++)
		if (i != 4 && i != 7 && (z[i] < '0' || z[i] > '9'))
			return 0;
	y = atoi(z);
	m = atoi(z + 5);
	d = atoi(z + 8);
	if (y < 1900 || m < 1 || m > 12 || d < 1 || d > aHari[m - 1])
		return 0;
	return !(m == 2 && d == 29 && (y % 4 || (y % 100 == 0 && y % 400)));
}

const char *bulan_nama(int m)
{
	return m >= 1 && m <= 12 ? aBulan[m - 1] : NULL;
}

const char *tanggal_id(const char *ymd, char *buf, size_t cap)
{
	if (!tanggal_valid(ymd))
		return NULL;
	snprintf(buf, cap, "%d %s %d", atoi(ymd + 8), aBulan[atoi(ymd + 5) - 1],
		 atoi(ymd));
	return buf;
}
