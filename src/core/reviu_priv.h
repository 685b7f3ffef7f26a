/* reviu_priv: what the files of the reviu module share (reviu.c,
 * reviu_nilai.c, reviu_indikator.c, reviu_polaritas.c, reviu_anggaran.c);
 * not an API. */
#ifndef SAKIP_REVIU_PRIV_H
#define SAKIP_REVIU_PRIV_H

#include "hitung.h"
#include "reviu.h"
#include "scale.h"
#include "value.h"

#include <stddef.h>

/* Tolerances and thresholds of the checks (data, not code). */
struct reviu_ambang {
	int lonjakan_kali;     /* a yearly target this many times the one
	                          before (or a fraction of it) is a jump */
	int64_t selisih_rp;    /* money differences up to this are equal */
};
extern const struct reviu_ambang reviu_ambang_default;

struct rv_item;

/* The state of one run. */
struct rv {
	const struct pkg *p;
	const struct hasil *h;          /* the report year, every agency */
	int tahun;
	const struct instansi *in;      /* the agency being reviewed */
	const char *kode_in;            /* its kode, in r's arena */
	const struct reviu_ambang *ambang;
	struct reviu *r;
	const char *jenis;              /* of the check running */
	enum reviu_tingkat tingkat;
	struct rv_item *item;           /* parallel to r->a: dedupe keys */
	int nomem;
};

typedef void (*rv_cek_fn)(struct rv *c);

/* ---- the checks (one jenis each) ------------------------------------ */

void reviu_cek_capaian(struct rv *c);          /* reviu_indikator.c */
void reviu_cek_capaian_sasaran(struct rv *c);
void reviu_cek_predikat(struct rv *c);
void reviu_cek_target(struct rv *c);          /* reviu_target.c */
void reviu_cek_target_tahun(struct rv *c);
void reviu_cek_target_renstra(struct rv *c);
void reviu_cek_realisasi(struct rv *c);        /* reviu_indikator.c */
void reviu_cek_tanpa_realisasi(struct rv *c);
void reviu_cek_nilai_indikator(struct rv *c);
void reviu_cek_target_melonjak(struct rv *c);  /* reviu_riwayat.c */
void reviu_cek_target_akhir(struct rv *c);
void reviu_cek_polaritas(struct rv *c);        /* reviu_polaritas.c */
void reviu_cek_jumlah(struct rv *c);           /* reviu_anggaran.c */
void reviu_cek_jumlah_cetak(struct rv *c);
void reviu_cek_pagu(struct rv *c);
void reviu_cek_serapan(struct rv *c);
void reviu_cek_anggaran_pk(struct rv *c);
void reviu_cek_nilai_anggaran(struct rv *c);
void reviu_cek_data_kosong(struct rv *c);

/* ---- adding a temuan (reviu.c) --------------------------------------- */

/* Markers in a message: replaced, when the run ends, by the printed
 * string chosen for the temuan and by " (Tabel 3.1; Tabel 3.3)". */
#define RV_DIL "\x02"
#define RV_SUMBER "\x01"

struct rv_temuan {
	const char *kode;
	int tahun;
	const char *dilaporkan;  /* NULL: none */
	const char *kunci;       /* what makes two printings the same value;
	                            NULL: dilaporkan itself */
	const char *sumber;      /* NULL: not known */
	struct reviu_nilai benar;
};

/* Adds a temuan of the running check for agency c->in, or merges it
 * into an equal one (same kode, jenis, tahun, printed and correct value):
 * the sources are joined and the shorter printed string is kept. */
void rv_add(struct rv *c, const struct rv_temuan *t, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* ---- printed figures (reviu_nilai.c) --------------------------------- */

enum rv_cetak {
	CT_KOSONG, /* "" : an empty cell */
	CT_GALAT,  /* "#####", "#DIV/0!", "#REF!" … */
	CT_STRIP,  /* "-": nil */
	CT_ANGKA,  /* a number (x), or an amount (rp) */
	CT_TEKS,   /* anything else */
};

struct rv_bacaan {
	enum rv_cetak jenis;
	struct num x;   /* CT_ANGKA of a percentage; x.e is its precision */
	int64_t rp;     /* CT_ANGKA of an amount; 0 for CT_STRIP */
};

/* A printed percentage: "86,67 %", "97.36%", "94", "- %", "#DIV/0! %". */
void rv_baca_persen(const char *z, struct rv_bacaan *out);
/* A printed amount: "Rp. 8.757.684.970,-", "Rp 9,487,138,421", "Rp -";
 * a stray blank inside the digits ("4.347.473. 632") is a typo. */
void rv_baca_uang(const char *z, struct rv_bacaan *out);
/* A printed x agrees with the exact figure at x's own precision. */
int rv_sama_num(struct num dicetak, struct num benar);
int rv_sama_persen(struct num dicetak, pct_t benar);

/* The number a value stands for: a number, a threshold's bound, a
 * grade's score or its band's lower bound on skala (else AKIP). */
int rv_value_angka(const struct value *v, const char *skala, struct num *out);
/* A printed value agrees with a stored one: numbers at the printed
 * precision (exact when presisi is 0), labels and texts by their words. */
int rv_value_sama(const char *raw_dicetak, const struct value *dicetak,
		  const char *raw_benar, const struct value *benar,
		  const char *skala, int presisi);
/* Two texts are the same words (case and runs of blanks ignored). */
int rv_kata_sama(const char *a, const char *b);
/* The correct value of a stored cell: its number, else its text. */
struct reviu_nilai rv_benar_nilai(const struct nilai *n, const char *skala);

/* Keys that say when two printings are the same value. */
#define RV_KUNCI_MAX 64
const char *rv_kunci_persen(const struct rv_bacaan *b, const char *raw,
			    char *buf);
const char *rv_kunci_value(const struct value *v, const char *raw,
			   const char *skala, char *buf);

/* "125,00", "16.279.712.340": Indonesian text for messages (NUM_BUFSZ). */
char *rv_fmt_persen(pct_t p, char *buf);
char *rv_fmt_rp(int64_t v, char *buf);
char *rv_fmt_num(struct num x, char *buf);

struct reviu_nilai rv_benar_persen(pct_t p);
struct reviu_nilai rv_benar_rp(int64_t v);
struct reviu_nilai rv_benar_tidak_ada(void);

/* ---- indicators of another year (reviu_indikator.c) ------------------ */

/* The figures of ind for tahun as hitung computes them: from the run's
 * hasil for the report year, computed alike for another year. */
void rv_indikator_tahun(const struct rv *c, const struct hasil_indikator *hi,
			int tahun, struct hasil_indikator *out);
/* "IK-S1-1 (Indeks Kepuasan Masyarakat)" into buf of cap bytes. */
const char *rv_nama_indikator(const struct indikator *ind, char *buf,
			      size_t cap);
const char *rv_nama_node(const struct node *n, char *buf, size_t cap);
/* A printed cell is neither empty nor a spreadsheet error. */
int rv_cetak_terbaca(const char *z);

/* Every indicator result of the agency under review. */
#define EACH_IND(c, hi)                                                  \
	for ((hi) = (c)->h->ind; (hi) < (c)->h->ind + (c)->h->nind; (hi)++) \
		if ((hi)->instansi == (c)->in)

#endif
