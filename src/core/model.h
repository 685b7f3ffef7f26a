/* model: one `sakip/1` package in memory (data-format.md).
 *
 * io/json.c reads and writes it, store/ saves and loads it, and the
 * computations (hitung, reviu) and documents read it. All memory of a
 * package lives in its arena: pkg_free() releases everything.
 *
 * Values keep the text the document printed (raw) and whether the JSON
 * held a number rather than a string (is_num), so that export gives back
 * what was imported; the parsed form is in v. A year list is sorted by
 * year; an absent key and a null are both "no data" and are not kept. */
#ifndef SAKIP_MODEL_H
#define SAKIP_MODEL_H

#include "../util/arena.h"
#include "num.h"
#include "value.h"

#include <stdint.h>

/* A target or realisation cell. */
struct nilai {
	const char *raw; /* the text, or the JSON number's text; never NULL */
	int is_num;      /* 1: a JSON number */
	struct value v;
};

/* year → nilai */
struct nilai_thn {
	int tahun;
	struct nilai n;
};
struct tahunan {
	int n;
	struct nilai_thn *a; /* sorted by tahun */
};

/* Money as printed or given: a JSON integer or a document's string
 * ("Rp 9,487,138,421"). ok = 0 for null. */
struct uang {
	int ok;
	int64_t rp;
	const char *raw; /* the string when the package gave one, else NULL */
};

/* A printed figure: "100 %" from "Tabel 3.1". */
struct cetak {
	const char *nilai;
	const char *sumber; /* may be NULL */
};

/* One key of a `dilaporkan` year: capaian, capaian_target_akhir,
 * predikat, target or realisasi, printed once or in several tables. */
struct laporan {
	int tahun;
	const char *kunci;
	int as_list;        /* written as a list of {nilai, sumber} */
	int n;
	struct cetak *a;
};
struct laporan_list {
	int n;
	struct laporan *a; /* sorted by tahun, then kunci */
};

/* Narrative sections of a year: key → text. */
struct narasi {
	int tahun;
	int n;
	const char **kunci;
	const char **teks;
};
struct narasi_list {
	int n;
	struct narasi *a;
};

enum polaritas { POL_POSITIF, POL_NEGATIF, POL_RENTANG };
enum tipe_indikator { TIPE_ANGKA, TIPE_PREDIKAT, TIPE_TEKS };
enum agregasi { AGR_KUMULATIF, AGR_TERAKHIR, AGR_RATA_RATA };

struct periode {
	int tahun;
	int bulanan;        /* 1: 12 months, 0: 4 quarters */
	int n;              /* 12 or 4 */
	struct nilai *a;    /* raw NULL for a period not reported (null) */
};

struct pembanding {
	const char *jenis;  /* "nasional", "provinsi", … */
	struct tahunan nilai;
};

struct indikator {
	const char *kode, *uraian, *satuan;
	int iku;             /* 0/1; has_iku says whether the key was given */
	int has_iku;
	enum polaritas polaritas;
	enum tipe_indikator tipe;
	const char *skala;   /* NULL, "akip", "opini_bpk" or a kebijakan scale */
	enum agregasi agregasi;
	int has_agregasi;
	const char *formula, *sumber_data;
	int baseline_tahun;  /* 0: none */
	struct nilai baseline; /* raw NULL: none */
	struct tahunan target, target_pk, target_pk_perubahan, realisasi;
	struct nilai target_akhir; /* raw NULL: none */
	int nperiode;
	struct periode *periode;
	int npembanding;
	struct pembanding *pembanding;
	struct laporan_list dilaporkan;
	struct narasi_list narasi;
};

/* A line below a budget line ("Kelurahan Bajak"). */
struct rincian {
	const char *uraian;
	struct uang pagu, pagu_perubahan, realisasi;
};

/* Figures a document printed for a budget line or an agency total. */
struct anggaran_cetak {
	const char *sumber;
	const char *pagu, *pagu_perubahan, *realisasi, *serapan; /* NULL: not printed */
};

struct anggaran {
	int tahun;
	struct uang pagu, pagu_perubahan, realisasi, pagu_pk, pagu_pk_perubahan;
	int nrincian;
	struct rincian *rincian;
	int ndilaporkan;
	struct anggaran_cetak *dilaporkan;
};

enum tingkat { TK_TUJUAN, TK_SASARAN, TK_PROGRAM, TK_KEGIATAN, TK_SUBKEGIATAN };

struct node {
	enum tingkat tingkat;
	const char *kode, *uraian;
	int nindikator;
	struct indikator *indikator;
	int nanggaran;
	struct anggaran *anggaran; /* sorted by tahun */
	struct laporan_list dilaporkan;
	int nanak;
	struct node *anak;          /* the level below */
};

struct pejabat {
	const char *nama, *nip, *jabatan, *pangkat; /* NULL when absent */
};

struct tempat_tanggal {
	const char *tempat, *tanggal; /* tanggal as YYYY-MM-DD */
};

struct pk {
	int tahun;
	struct tempat_tanggal ttd;
	int has_perubahan;
	struct tempat_tanggal perubahan;
};

struct anggaran_dilaporkan {
	int tahun;
	int n;
	struct anggaran_cetak *a;
};

struct instansi {
	const char *kode, *nama;
	int has_pimpinan, has_atasan;
	struct pejabat pimpinan, atasan;
	int renstra_awal, renstra_akhir; /* 0: not given */
	const char *renstra_acuan;
	int npk;
	struct pk *pk;
	int nanggaran_dilaporkan;
	struct anggaran_dilaporkan *anggaran_dilaporkan;
	struct narasi_list narasi;
	const char *profil_json; /* canonical JSON of `profil`, or NULL */
	int ntujuan;
	struct node *tujuan;
};

struct skala_predikat_row {
	struct num min;
	const char *label;
};

enum rumus_negatif { RUMUS_2T_R, RUMUS_T_R };

struct kebijakan {
	enum rumus_negatif rumus_negatif;
	int has_rumus, has_batas, has_skala, has_efisiensi, has_desimal;
	struct num batas_capaian;   /* when has_batas */
	int nskala;
	struct skala_predikat_row *skala; /* highest first */
	const char *efisiensi_metode;     /* "selisih" */
	struct num efisiensi_ambang;
	int desimal;                      /* default 2 */
};

struct pkg {
	struct arena arena;
	const char *pemda_kode, *pemda_nama;
	struct kebijakan kebijakan;
	int ninstansi;
	struct instansi *instansi;
};

void pkg_init(struct pkg *p);
void pkg_free(struct pkg *p);
/* The defaults of data-format.md, for a package without kebijakan keys. */
void kebijakan_default(struct kebijakan *k);

/* Lookups; NULL when the year or key is absent. */
const struct nilai *tahunan_get(const struct tahunan *t, int tahun);
const struct anggaran *node_anggaran(const struct node *n, int tahun);
const struct laporan *laporan_get(const struct laporan_list *l, int tahun,
				  const char *kunci);
const struct pk *instansi_pk(const struct instansi *in, int tahun);
/* The periods (12 months or 4 quarters) ind reports for tahun; NULL when
 * ind is NULL or reports none that year. */
const struct periode *indikator_periode(const struct indikator *ind,
					int tahun);
const char *narasi_get(const struct narasi_list *l, int tahun, const char *kunci);

/* Depth-first walk over every node of an agency; stops when fn returns
 * non-zero and returns that. parent is NULL for a tujuan. */
typedef int (*node_fn)(const struct node *n, const struct node *parent,
		       void *ctx);
int instansi_walk(const struct instansi *in, node_fn fn, void *ctx);

const char *tingkat_nama(enum tingkat t);   /* "tujuan", "sasaran", … */
const char *tingkat_anak(enum tingkat t);   /* key of the children: "sasaran" … NULL */

#endif
