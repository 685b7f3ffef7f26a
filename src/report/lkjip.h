/* lkjip: internal to lkjip.c and lkjip_bab3.c, the LKjIP builder. */
#ifndef SAKIP_REPORT_LKJIP_H
#define SAKIP_REPORT_LKJIP_H

#include "isi.h"

#define LK_MAX_TAHUN 12

struct lk {
	struct doc *d;
	const struct pkg *p;
	const struct instansi *in;
	int tahun;
	const char *hari_ini;
	struct hasil h;                   /* the report's year */
	int ntahun;                       /* years with computed results */
	int tahun_ke[LK_MAX_TAHUN];
	struct hasil hh[LK_MAX_TAHUN];    /* earlier and Renstra years */
	int bab;                          /* 1…4, for caption numbers */
	int ntabel, ngambar;              /* within the chapter */
};

/* "Tabel 3.2 …" / "Gambar 3.1 …", numbered within the chapter. */
const char *lk_tabel(struct lk *k, const char *judul);
const char *lk_gambar(struct lk *k, const char *judul);
/* A table of the chapter captioned lk_tabel(judul), with the header row
 * head (ncol names) unless head is NULL; NULL when out of memory. */
struct doc_table *lk_table(struct lk *k, const char *judul,
			   const char *sheet, int ncol, const int *w,
			   const char *const *head);
/* Results of another year (NULL when not computed). */
const struct hasil *lk_hasil(const struct lk *k, int tahun);
/* Whether an indicator belongs to the agency's performance (tujuan or
 * sasaran level) rather than a program or activity. */
int lk_kinerja(const struct node *n);
/* The predikat of a capaian rounded as the report prints it. */
const char *lk_predikat(const struct lk *k, pct_t p);
/* Starts chapter no: its heading, tables and figures numbered anew. */
void lk_bab(struct lk *k, int no, const char *judul);

void lk_bab3(struct lk *k);

#endif
