/* tabular: tables of indicator values applied to a package.
 *
 * The tables are sakip's own templates (xlsx_template.h), CSV files and
 * exported sheets with recognised headers ("Kode Indikator",
 * "Realisasi 2024", "target_2025", "TW II 2024"), and the matrices an
 * agency already has, read through a mapping file (tabular_map.c,
 * docs/spreadsheets.md). A row names an existing indicator by its code
 * (and its parent's code when codes repeat); its cells replace that
 * indicator's values for the columns the table has. An empty cell or "-"
 * is "no data". A row is checked as a whole before any of it is applied,
 * so with `sebagian` a bad row is left out entirely.
 *
 * Every problem names its place, one a line: "Realisasi!I12: message". */
#ifndef SAKIP_TABULAR_H
#define SAKIP_TABULAR_H

#include "../core/model.h"
#include "../util/err.h"
#include "../util/sbuf.h"
#include "xlsx_read.h"

#define TAB_ERR_MAX 200 /* problems listed; the rest are counted */

/* An indicator with its parent node, in the agency's order. */
struct tab_ind {
	struct instansi *instansi;
	struct node *node;
	struct indikator *ind;
};
/* Every indicator of in, depth first. *out is malloc'ed (free it), NULL
 * when there is none. Returns 0 or SK_ENOMEM. */
int tab_indikator_list(struct instansi *in, struct tab_ind **out, int *n);

/* What a column holds. */
enum tab_kind {
	TAB_NONE,         /* not a column sakip reads (No, Indikator, …) */
	TAB_INSTANSI,     /* "Kode Instansi", "instansi" */
	TAB_INDUK,        /* "Kode Induk", "induk": the parent node's code */
	TAB_KODE,         /* "Kode Indikator", "kode" */
	TAB_TARGET,       /* "Target 2024", "target_2024" */
	TAB_TARGET_AKHIR, /* "Target Akhir", "target_akhir" */
	TAB_REALISASI,    /* "Realisasi 2024", "realisasi_2024" */
	TAB_TRIWULAN,     /* "TW II 2024", "realisasi_2024_tw2" */
};

struct tab_col {
	enum tab_kind kind;
	int tahun;        /* TARGET, REALISASI, TRIWULAN */
	int periode;      /* TRIWULAN: 1 … 4 */
	int col;          /* 0-based */
};

/* Recognises a header cell's text; "TW II" without a year takes
 * tahun_default (0: not recognised). */
void tab_header_parse(const char *text, int tahun_default, struct tab_col *out);

/* The table's context. */
struct tab_opsi {
	const char *instansi; /* the agency of rows without an instansi column */
	int tahun;            /* the year of "TW I" headers */
	int sebagian;         /* apply the valid rows even when others are bad */
	int header_row;       /* 1-based; 0: found in the first ten rows */
	unsigned kinds;       /* value columns read: bits 1 << TAB_TARGET …;
	                         0: all. Others are left as they are. */
};

struct tab_hasil {
	int nbaris;           /* data rows read */
	int nbaris_ok;        /* rows applied */
	int nbaris_salah;     /* rows with a problem */
	int nnilai;           /* cells applied */
	int nerr;             /* problems, listed or not */
};

/* Applies the table in s to p. Returns 0 when every row was valid and
 * applied; SK_EINVAL when some row was not (with opsi->sebagian the valid
 * rows are applied all the same; without it p may be half-changed and
 * must not be saved); SK_ENOMEM. errs gets one line a problem. */
int tab_apply(struct pkg *p, const struct xlsx_sheet *s,
	      const struct tab_opsi *opsi, struct tab_hasil *h,
	      struct sbuf *errs);

/* The header row of s: the first of its first ten rows with a kode
 * column and a value column; 0 when none. */
int tab_find_header(const struct xlsx_sheet *s, int tahun_default);

/* ---- export (tabular_export.c) --------------------------------------------
 *
 * The indicators of the agencies of p (or only instansi) as one table:
 * codes, name, unit, polarity, type, Target YYYY for every year any of
 * them has, Target Akhir, Realisasi YYYY and the quarters of the years
 * reported by quarter. tab_apply() reads it back: export, edit, import.
 * Monthly periods, PK targets and budgets stay in sakip/1 JSON. */

/* CSV with ';' (Indonesian spreadsheets' separator), headers
 * kode_instansi;kode_induk;kode_indikator;…;target_2024;…;realisasi_2024;
 * realisasi_2024_tw1 … Returns 0 or SK_ENOTFOUND. */
int tab_export_csv(struct pkg *p, const char *instansi, struct sbuf *out);
/* The same table in a sheet "Indikator", numbers as numbers, and a sheet
 * "Anggaran" of the budget lines. Returns 0, SK_ENOTFOUND, SK_EIO. */
int tab_export_xlsx(struct pkg *p, const char *instansi, const char *path,
		    struct sk_err *e);

/* ---- shared by the table readers ---------------------------------------- */

/* A cell's value as a target/realisation of ind, into out (text in a).
 * Returns 1 for a value, 0 for "no data" (no cell, blank, "-"), or -1
 * with a message in why (cap bytes) when the cell cannot be a value of
 * this indicator: text in a number cell, a label not on its scale, a
 * date, a spreadsheet error. A value written as it is stored (cur, may
 * be NULL) passes as it is: a template gives back what it was given. */
int tab_nilai(struct arena *a, const struct xlsx_cell *c,
	      const struct indikator *ind, const struct nilai *cur,
	      struct nilai *out, char *why, size_t cap);
/* Sets (n non-NULL) or removes (n NULL) the value of a year. */
int tab_tahunan_set(struct arena *a, struct tahunan *t, int tahun,
		    const struct nilai *n);
/* Sets or removes one quarter of a year's realisasi_periode. Returns
 * SK_EINVAL when that year is reported by month. */
int tab_periode_set(struct arena *a, struct indikator *ind, int tahun,
		    int q, const struct nilai *n);

/* Appends "place: message\n" to errs while under TAB_ERR_MAX. */
void tab_err(struct sbuf *errs, int *nerr, const char *sheet, int row,
	     int col, const char *fmt, ...) __attribute__((format(printf, 6, 7)));

/* "positif", "angka", … as written in templates and exports. */
const char *tab_polaritas_nama(enum polaritas p);
const char *tab_tipe_nama(enum tipe_indikator t);

#endif
