/* hitung: the year's figures of a package (sakip-domain.md §2, §5).
 *
 * For every indicator: the target used (PK Perubahan, else PK, else
 * Renstra), the realisation (given, else from its periods), capaian true
 * and capped, capaian against the Renstra end target, and predikat.
 * For every budget line: effective pagu and realisasi, computed from the
 * children when they carry figures (a child with an unknown figure makes
 * the total unknown), and serapan. Sasaran and agency: mean capaian and
 * the serapan of their programs; efisiensi where both exist.
 *
 * The results point into the package, which must outlive them. */
#ifndef SAKIP_HITUNG_H
#define SAKIP_HITUNG_H

#include "../util/err.h"
#include "capaian.h"
#include "model.h"
#include "scale.h"

struct hasil_indikator {
	const struct instansi *instansi;
	const struct node *node;
	const struct indikator *ind;
	const struct nilai *target;  /* the one used, NULL when none */
	const char *target_jenis;    /* "target_pk_perubahan", "target_pk", "target" */
	struct value realisasi;      /* kind VAL_KOSONG when none */
	const struct nilai *realisasi_nilai; /* the stored cell, NULL when derived */
	int nperiode_hilang;         /* periods not reported, when derived */
	struct capaian cap;
	int has_akhir;               /* a target_akhir is set */
	struct capaian cap_akhir;    /* realisasi against target_akhir */
	const char *predikat;        /* label of the rounded capped capaian, or NULL */
};

/* Budget figures of one line, a sasaran (its programs) or an agency. */
struct jumlah {
	int ada;                 /* carries any figure */
	int pagu_ok, murni_ok, realisasi_ok;
	int64_t pagu;            /* effective: pagu_perubahan, else pagu */
	int64_t pagu_murni;      /* pagu before revision */
	int64_t realisasi;
	const struct node *hilang; /* the first line whose unknown figure
	                              made a total unknown */
	int terlalu_besar;       /* a sum overflowed */
};

struct hasil_anggaran {
	const struct instansi *instansi;
	const struct node *node; /* NULL for the agency total */
	const char *kode;        /* line, sasaran or agency kode */
	struct jumlah j;
	int serapan_ok;
	pct_t serapan;
	const char *alasan;      /* !serapan_ok: "pagu_kosong", "pagu_nol",
	                            "realisasi_kosong" */
};

struct hasil_sasaran {
	const struct instansi *instansi;
	const struct node *node; /* NULL for the agency mean */
	const char *kode;
	int ok;
	pct_t capaian;           /* mean of capped capaian */
	int n, ntanpa;           /* indicators (or sasaran) used / left out */
};

struct hasil_efisiensi {
	const struct instansi *instansi;
	const struct node *node;
	const char *kode;
	pct_t capaian, serapan;
	int efisien;
};

struct hasil {
	struct arena arena;
	int tahun;
	struct skala predikat;   /* the pemda's scale in use */
	struct capaian_opsi opsi;
	int desimal;             /* decimals shown (kebijakan.desimal) */
	pct_t ambang;            /* efisiensi threshold */
	int nind, nanggaran, nsasaran, nefisiensi;
	struct hasil_indikator *ind;
	struct hasil_anggaran *anggaran;
	struct hasil_sasaran *sasaran;
	struct hasil_efisiensi *efisiensi;
};

/* Computes the year for every agency of p, or only instansi_kode.
 * Returns 0, SK_ENOTFOUND for an unknown agency, SK_ENOMEM. */
int hitung_pkg(const struct pkg *p, int tahun, const char *instansi_kode,
	       struct hasil *h, struct sk_err *e);
void hasil_free(struct hasil *h);
/* The result of an indicator in h (h may be NULL), or NULL. */
const struct hasil_indikator *hasil_ind(const struct hasil *h,
					const struct indikator *ind);

/* The budget figures of one node for a year, from its children when they
 * carry figures. */
void hitung_jumlah(const struct node *n, int tahun, struct jumlah *out);
/* The target an indicator's capaian uses for a year. */
const struct nilai *hitung_target(const struct indikator *ind, int tahun,
				  const char **jenis);
/* The realisation of a year: the stored cell, else derived from the
 * year's periods with the indicator's agregasi (fills r->realisasi,
 * r->realisasi_nilai, r->nperiode_hilang). */
void hitung_realisasi(const struct indikator *ind, int tahun,
		      struct hasil_indikator *r);
/* The pemda's predikat scale and capaian options from its kebijakan. */
void hitung_opsi(const struct kebijakan *k, struct skala *predikat,
		 struct capaian_opsi *o);

#endif
