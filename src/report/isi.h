/* isi: pieces of content shared by pk.c and lkjip*.c (not a public
 * interface): values as the report prints them, placeholders, signature
 * blocks, lookups into the computed results. */
#ifndef SAKIP_REPORT_ISI_H
#define SAKIP_REPORT_ISI_H

#include "../core/hitung.h"
#include "doc.h"
#include "laporan.h"

/* A target or realisation as printed: numbers Indonesian ("84,02",
 * "1 Inovasi", "97,36%"), grades and text as written; "-" for none. */
const char *isi_nilai(struct doc *d, const struct nilai *n);
/* The same as a table cell: a number cell (XLSX keeps the number) when
 * the value is a plain number, else text. */
void isi_tab_nilai(struct doc_table *t, const struct nilai *n, unsigned flags);
/* Why there is no capaian, in Indonesian ("belum ada data realisasi"). */
const char *isi_alasan(const char *alasan);
/* Capaian cell: the true figure, or the reason there is none. */
void isi_tab_capaian(struct doc_table *t, const struct capaian *c, int dec);
/* Money cell when ok, else "-". */
void isi_tab_uang(struct doc_table *t, int ok, int64_t rp, unsigned flags);
/* Capped-capaian cell: "100,00 (dibatasi)" when the cap changed it. */
void isi_tab_terbatas(struct doc_table *t, const struct capaian *c, int dec);

/* The narrative section key of a year, or a placeholder paragraph
 * saying what must be written there. Returns 1 when text was there. */
int isi_narasi(struct doc *d, const struct narasi_list *l, int tahun,
	       const char *kunci, const char *apa);
/* The narrative when present, nothing otherwise. */
int isi_narasi_opsional(struct doc *d, const struct narasi_list *l,
			int tahun, const char *kunci);

/* An ASCII upper-case copy ("KECAMATAN TELUK SEGARA"). */
const char *isi_upper(struct doc *d, const char *z);
/* "Bengkulu, 2 Januari 2024" for a place and date; placeholders for the
 * missing parts, naming the package key (where) that would hold them. */
void isi_tempat_tanggal(struct doc *d, const char *tempat,
			const char *tanggal, const char *where);

/* One signature block: role line ("Pihak Pertama,"), jabatan, space,
 * nama, pangkat, NIP. Two blocks side by side when b is not NULL. */
void isi_tanda_tangan(struct doc *d, const char *peran_a,
		      const struct pejabat *a, const char *peran_b,
		      const struct pejabat *b);

/* Lookups into computed results (NULL when absent). */
const struct hasil_anggaran *isi_hasil_anggaran(const struct hasil *h,
						const struct node *n);
const struct hasil_sasaran *isi_hasil_sasaran(const struct hasil *h,
					      const struct node *n);

/* The agency of a package: by kode, or the only one when kode is NULL. */
const struct instansi *isi_instansi(const struct pkg *p, const char *kode,
				    struct sk_err *e);

/* The PK (or PK Perubahan) of a year, appended to d: the letter and its
 * annex. lampiran: as an annex of the LKjIP (no separate title page). */
int pk_tulis(struct doc *d, const struct pkg *p, const struct instansi *in,
	     int tahun, int perubahan, struct sk_err *e);
/* The PK's table of sasaran, indicators and targets. */
void pk_tabel_sasaran(struct doc *d, const struct instansi *in, int tahun,
		      int perubahan, const char *caption, const char *sheet);
/* Whether the year has a revised target or budget (PK Perubahan). */
int pk_ada_perubahan(const struct instansi *in, int tahun);
/* The PK target of an indicator for a year. */
const struct nilai *pk_target(const struct indikator *ind, int tahun,
			      int perubahan);
/* The amount the PK states for a program, and whether it came from
 * pagu_pk(_perubahan) (1) or the effective pagu (0); -1 when none. */
int pk_anggaran(const struct node *prog, int tahun, int perubahan,
		int64_t *rp);

#endif
