/* lke: the AKIP evaluation worksheet (LKE) of PermenPANRB 88/2021
 * (spec lke.md, sakip-domain.md §7).
 *
 * A template is data: komponen → sub-komponen (with weights) → kriteria
 * (with the answer type under method P), plus named consistency rules.
 * The 88/2021 template ships in lke_template.c; a pemda's variant is
 * another template with its own kode and versi. lke_template_check()
 * refuses a template whose weights do not add up (Σ komponen = 100,
 * Σ sub = its komponen); lke_template_hash() fingerprints everything in
 * it, so an evaluation can state which exact template it was scored on.
 *
 * A worksheet (struct lke_lembar) holds one agency's answers for a year
 * and a stage (usulan / penetapan), under one method:
 *   R  one answer per sub-komponen, AA 100 … E 0:
 *      nilai_sub = bobot × value / 100
 *   P  one answer per kriterion, Y/T = 1/0, A…E = 1, .75, .5, .25, 0:
 *      nilai_sub = Σ answers / n_aktif × bobot (unanswered = 0; "NA"
 *      on a pemda-only kriterion leaves it out of n_aktif)
 * Every score is an exact fraction; only the total is rounded (half up,
 * two decimals) and the grade is read from that rounded total on the
 * AKIP scale with open lower bounds (90,00 → A, 90,01 → AA). */
#ifndef SAKIP_LKE_H
#define SAKIP_LKE_H

#include "num.h"
#include "tanggal.h"
#include "../util/arena.h"
#include "../util/err.h"
#include "../util/sbuf.h"

#include <stdint.h>

/* ---- template ---------------------------------------------------------- */

enum lke_jenis {
	LKE_YT = 1, /* Y / T */
	LKE_AE = 2, /* A … E */
};

#define LKE_K_PEMDA 1 /* kriterion only a pemda has (1.a.2 RPJPD): an
			 OPD answers "NA" and it leaves the mean */

struct lke_kriteria {
	const char *kode;   /* "1.b.3" */
	const char *uraian;
	int jenis;          /* enum lke_jenis */
	int flags;          /* LKE_K_* */
};

struct lke_sub {
	const char *kode;   /* "1.b" */
	const char *nama;
	struct num bobot;   /* 4.5 = {45, 1} */
	int nk;
	const struct lke_kriteria *k;
};

struct lke_komponen {
	const char *kode;   /* "1" */
	const char *nama;
	struct num bobot;
	int nsub;
	const struct lke_sub *sub;
};

enum lke_aturan_jenis {
	/* kriterion kode may not exceed kriterion syarat (method P) */
	LKE_ATURAN_SYARAT = 1,
	/* each kriterion of sub kode may not exceed the mean of sub syarat
	 * (method P); under R the answer of sub kode may not exceed the
	 * answer of sub syarat */
	LKE_ATURAN_RATA = 2,
};

struct lke_aturan {
	const char *nama;   /* reported name, e.g. "renja-tanpa-renstra" */
	int jenis;          /* enum lke_aturan_jenis */
	const char *kode;
	const char *syarat;
	const char *uraian; /* why, in a few words */
};

struct lke_template {
	const char *kode;   /* "lke-88-2021" */
	int versi;          /* 1, 2, … for variants loaded under one kode */
	const char *nama;
	int nkomponen;
	const struct lke_komponen *komponen;
	int naturan;
	const struct lke_aturan *aturan;
};

#define LKE_TEMPLATE_88_2021 "lke-88-2021"
extern const struct lke_template lke_template_88_2021;

/* The template shipped with the product with this kode, or NULL. */
const struct lke_template *lke_template_builtin(const char *kode);

/* 0, or SK_EINVAL naming the first problem: weights that do not add up,
 * an empty or badly coded komponen / sub / kriterion, a duplicate code,
 * a rule naming a code the template does not have. */
int lke_template_check(const struct lke_template *t, struct sk_err *e);

#define LKE_HASH_LEN 16 /* hex digits */
/* Fingerprint of every field of t (FNV-1a 64 of a canonical text), as
 * 16 hex digits and a NUL in out. */
void lke_template_hash(const struct lke_template *t,
		       char out[LKE_HASH_LEN + 1]);

/* Lookups by code; NULL when absent. *ps gets the sub-komponen of a
 * kriterion when ps is not NULL. */
const struct lke_kriteria *lke_kriteria_find(const struct lke_template *t,
					     const char *kode,
					     const struct lke_sub **ps);
const struct lke_sub *lke_sub_find(const struct lke_template *t,
				   const char *kode);
/* 1 when kode is a komponen or a sub-komponen of t (where an LHE note
 * or a recommendation may point). */
int lke_komponen_or_sub(const struct lke_template *t, const char *kode);
/* Number of kriteria in t. */
int lke_template_nkriteria(const struct lke_template *t);

/* ---- answers ----------------------------------------------------------- */

enum lke_metode {
	LKE_METODE_R = 1, /* the regulation's: AA … E per sub-komponen */
	LKE_METODE_P = 2, /* pemda practice: Y/T and A … E per kriterion */
};

enum lke_tahap {
	LKE_USULAN = 1,    /* the agency's self-assessment */
	LKE_PENETAPAN = 2, /* the evaluator's */
};

enum lke_nilai {
	LKE_KOSONG = 0,
	/* per kriterion (method P) */
	LKE_Y, LKE_T, LKE_A, LKE_B, LKE_C, LKE_D, LKE_E, LKE_NA,
	/* per sub-komponen (method R) */
	LKE_R_AA, LKE_R_A, LKE_R_BB, LKE_R_B, LKE_R_CC, LKE_R_C, LKE_R_D,
	LKE_R_E,
	LKE_NILAI__N
};

/* "Y", "A", "AA" …; "" for LKE_KOSONG. */
const char *lke_nilai_label(int v);
/* The answer written z, for a kriterion (per_sub 0: Y T A B C D E NA)
 * or a sub-komponen (per_sub 1: AA A BB B CC C D E); LKE_KOSONG when z
 * is not one of them. */
int lke_nilai_parse(const char *z, int per_sub);
/* A kriterion answer in quarters (Y 4, T 0, A 4, B 3, C 2, D 1, E 0);
 * -1 for NA, LKE_KOSONG and sub answers. */
int lke_nilai_perempat(int v);
/* A sub-komponen answer as 0 … 100; -1 for kriterion answers. */
int lke_nilai_r(int v);
/* Method R from a count of kriteria met (lke.md §2): E when none,
 * D ≤ 25 %, C ≤ 50 %, CC ≤ 75 %, B < 100 %, BB at 100 % (A and AA need
 * the evaluator's judgment and are never suggested). n > 0. */
int lke_nilai_r_dari(int terpenuhi, int n);

/* The words of an AKIP grade: "AA" → "Sangat Memuaskan"; "" if unknown. */
const char *lke_predikat_label(const char *predikat);
const char *lke_metode_kode(int metode); /* "R", "P" */
const char *lke_tahap_kode(int tahap);   /* "usulan", "penetapan" */
int lke_tahap_parse(const char *z);      /* 0 when unknown */

struct lke_jawaban {
	const char *kode;    /* "1.a.1" (method P) or "1.a" (method R) */
	int nilai;           /* enum lke_nilai */
	const char *catatan; /* NULL: none */
	const char **bukti;  /* links or file names */
	int nbukti;
	/* The answer sakip suggested from its data (lke_saran.h) and why;
	 * LKE_KOSONG when none. nilai == saran: the evaluator confirmed it,
	 * else overrode it. */
	int saran;
	const char *saran_bukti;
};

/* A note of the evaluator on a komponen or sub-komponen, for the LHE. */
struct lke_catatan {
	const char *kode;
	const char *teks;
};

enum lke_status {
	LKE_BELUM = 0, /* not followed up yet */
	LKE_PROSES,    /* followed up, not (yet) verified as done */
	LKE_SELESAI,   /* verified as done */
	LKE_DITOLAK,   /* rejected by the evaluator */
};

/* A recommendation of the LHE (penetapan only). */
struct lke_rekomendasi {
	int nomor;             /* 1, 2, … */
	const char *teks;
	const char *kode;      /* komponen, sub-komponen or kriterion; NULL */
	const char *prioritas; /* "tinggi", "sedang", "rendah"; NULL */
	const char *target;    /* target date YYYY-MM-DD; NULL */
	int status;            /* enum lke_status; kept by the store */
};

/* A follow-up the agency logged, and the evaluator's verification. */
struct lke_tindak_lanjut {
	const char *tanggal;    /* YYYY-MM-DD */
	const char *uraian;
	const char *bukti;      /* NULL: none */
	const char *diverifikasi_pada; /* NULL: not verified yet */
	const char *catatan_verifikasi;
};

const char *lke_status_kode(int status); /* "belum", "proses", … */
int lke_status_parse(const char *z);     /* -1 when unknown */

/* One worksheet: strings and arrays live in arena (or are static). */
struct lke_lembar {
	const char *template_kode;
	int template_versi;  /* 0: the newest */
	const char *instansi;
	/* kode of the agency's pemda; NULL: the only pemda holding an
	 * agency of that kode (a province database has many "dinkes") */
	const char *pemda;
	int tahun;
	int tahap;           /* enum lke_tahap */
	int metode;          /* enum lke_metode; 0 until lke_lembar_check */
	int n;
	struct lke_jawaban *j;
	/* the LHE (penetapan): identity, notes, recommendations */
	const char *lhe_nomor, *lhe_tanggal, *evaluator;
	int ncatatan;
	struct lke_catatan *catatan;
	int nrekomendasi;
	struct lke_rekomendasi *rekomendasi;
	/* set by the store when loading: the evaluation is published (shown
	 * to the agency); never read from or written to a file */
	int terbit;
	struct arena arena;
};

void lke_lembar_init(struct lke_lembar *l);
void lke_lembar_free(struct lke_lembar *l);
/* Answers with a suggestion: those that keep it, those that changed it. */
void lke_lembar_saran_hitung(const struct lke_lembar *l, int *dikonfirmasi,
			     int *diubah);
/* The answer with this code, or NULL. */
const struct lke_jawaban *lke_lembar_find(const struct lke_lembar *l,
					  const char *kode);

/* Checks l against t: every code known, each answer of its kriterion's
 * type (no Y on an A … E kriterion, NA only where allowed), one method
 * in the whole sheet (sets l->metode), no code twice, instansi, tahap
 * and tahun set; notes on komponen or sub-komponen codes of t;
 * recommendations only in a penetapan, numbered once each, with text,
 * a known code, priority and a real target date. Each problem is a
 * line "NAME: KEY: message" in errs, KEY as in the answer file ("jawaban.1.b.3", "tahun"); without "NAME: "
 * when name is NULL. 0 or SK_EINVAL. */
int lke_lembar_check(const struct lke_template *t, struct lke_lembar *l,
		     const char *name, struct sbuf *errs);

/* ---- scores ------------------------------------------------------------ */

/* An exact fraction n / d, d > 0, in lowest terms. */
struct lke_q {
	int64_t n, d;
};

/* q rounded half up to dec decimals (0 … 9). */
struct num lke_q_round(struct lke_q q, int dec);
/* -1, 0, 1. */
int lke_q_cmp(struct lke_q a, struct lke_q b);

struct lke_skor_sub {
	const struct lke_sub *sub;
	struct lke_q nilai;
	int jawaban;   /* method R: the sub's answer (LKE_KOSONG if none) */
	int ndijawab;  /* answers given (kriteria under P, 0/1 under R) */
	int naktif;    /* kriteria counted in the mean (P) */
};

struct lke_skor_komponen {
	const struct lke_komponen *k;
	struct lke_q nilai;
	struct lke_skor_sub *sub; /* k->nsub of them */
};

struct lke_skor {
	int metode;
	struct lke_q total;     /* exact */
	struct num total2;      /* rounded half up to 2 decimals */
	const char *predikat;   /* AKIP grade of total2 */
	int nkosong;            /* questions left unanswered */
	int nkomponen;
	struct lke_skor_komponen *komponen;
};

/* Scores a worksheet already accepted by lke_lembar_check. Arrays of out
 * are allocated in a. 0, SK_EINVAL (no method), SK_ELIMIT (a fraction
 * that does not fit 64 bits), SK_ENOMEM. */
int lke_hitung(const struct lke_template *t, const struct lke_lembar *l,
	       struct arena *a, struct lke_skor *out, struct sk_err *e);

/* ---- consistency between answers --------------------------------------- */

struct lke_langgar {
	const struct lke_aturan *aturan;
	const char *kode;    /* the answer that breaks the rule */
	const char *pesan;   /* "renja-tanpa-renstra: 1.a.4 is Y but …" */
};

/* Every rule of t broken by l, in template order, into *out (allocated
 * in a); unanswered and NA answers break nothing. Returns the count, or
 * SK_ENOMEM. */
int lke_periksa(const struct lke_template *t, const struct lke_lembar *l,
		struct arena *a, struct lke_langgar **out);

#endif
