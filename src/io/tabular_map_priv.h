/* tabular_map_priv: the mapping as tabular_map.c reads it and
 * tabular_map_apply.c uses it; not an API. */
#ifndef SAKIP_TABULAR_MAP_PRIV_H
#define SAKIP_TABULAR_MAP_PRIV_H

#include "tabular_map.h"

#define MAP_YEARS 40

/* A column: a letter ("G") or a header text resolved against the header
 * row; col -1 when the mapping does not give it. */
struct map_col {
	int col;
	const char *judul;   /* header text, or NULL */
	const char *key;     /* the mapping key, for messages */
};

struct map_year {
	int tahun;
	struct map_col c;
};

struct tab_map {
	struct arena a;
	const char *name;
	const char *lembar;
	int baris_judul, baris_data, baris_akhir;
	const char *instansi_kode, *instansi_nama, *pemda_kode, *pemda_nama;
	int tambah;
	int baseline_tahun;
	struct map_col tujuan, kode_tujuan, sasaran, kode_sasaran, indikator,
		kode, satuan, polaritas, baseline, target_akhir;
	int ntarget, nrealisasi;
	struct map_year target[MAP_YEARS], realisasi[MAP_YEARS];
};

/* Every column of m, for walking them. */
int map_cols(struct tab_map *m, struct map_col **out, int max);

#endif
