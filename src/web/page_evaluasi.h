/* page_evaluasi.h: what the AKIP evaluation pages share
 * (page_evaluasi.c: the pemda overview, publishing and the LHE;
 * page_evaluasi_instansi.c: an agency's year; page_evaluasi_lembar.c and
 * page_evaluasi_tabel.c: the worksheets). Not an API. */
#ifndef SAKIP_WEB_PAGE_EVALUASI_H
#define SAKIP_WEB_PAGE_EVALUASI_H

#include "page.h"
#include "../io/lke_load.h"
#include "../store/store_web_lke.h"

/* One stored worksheet, loaded with its template and scored. */
struct eval_lembar {
	int ada;                       /* 0: there is none */
	struct lke_lembar l;
	const struct lke_template *t;  /* kept in the caller's tpl set */
	struct lke_skor s;             /* in l.arena */
	struct lke_langgar *v;         /* consistency rules broken */
	int nv;
};

void eval_init(struct eval_lembar *x);
void eval_free(struct eval_lembar *x);
/* Loads the tahap worksheet of agency kode of pemda (the page's agency
 * is always named with its pemda: a kode like "dinkes" is in many) for
 * tahun and scores it with lke_hitung. 0 (x->ada 0 when there is none),
 * or an SK_* code with e filled (a template missing or changed, a sheet that no longer fits). */
int eval_muat(struct req *r, const char *pemda, const char *kode,
	      int tahun, int tahap,
	      struct lke_tpl_set *tpl, struct eval_lembar *x,
	      struct sk_err *e);

/* A score printed as the pages print it, 2 decimals Indonesian: "68,64"
 * (in r's arena). */
const char *eval_angka(struct req *r, struct num n);
const char *eval_q(struct req *r, struct lke_q q);
/* A weight as written: "30", "4,5" (r's arena). */
const char *eval_bobot(struct req *r, struct num n);
/* A grade badge, its words as a tooltip. */
void eval_predikat(struct sbuf *b, const char *predikat);
/* "68,64 (metode P)" with the grade badge: a worksheet's total. */
void eval_total(struct req *r, struct sbuf *b, const struct lke_skor *s);
/* 1 when the reader sees a penetapan that is not published yet (admin,
 * evaluator); the agency, verifiers and leaders see published ones. */
int eval_lihat_draf(const struct req *r);
/* The year asked for (?tahun= or the form's), else the latest of the
 * agency's evaluations in v, else last year. 0 when tahun is not a year
 * from EVAL_TAHUN_MIN to next year (today: req_today). */
#define EVAL_TAHUN_MIN 2000
int eval_tahun(struct req *r, const struct web_lke *v, int n);
/* The head of the tahap evaluation of tahun in v, or NULL. */
const struct web_lke *eval_cari(const struct web_lke *v, int n, int tahun,
				int tahap);
/* What every page of one agency's evaluation starts from: the agency of
 * the route's scope, the heads of its evaluations, the year asked for and
 * that year's penetapan head (NULL: none). */
struct eval_kepala {
	struct web_instansi w;
	struct web_lke *v;
	int nv;
	int tahun;
	const struct web_lke *hp;
};
/* Loads k for r; 0, or 1 with the error page set (500, or 400 for a
 * bad year). */
int eval_kepala_muat(struct req *r, struct resp *o, struct eval_kepala *k);
/* Year links "path?tahun=" for the years in v and the current one. */
void eval_tahun_nav(struct sbuf *b, const struct web_lke *v, int n,
		    int tahun, const char *path);
/* The publish / withdraw button of the penetapan (evaluator only). */
void eval_terbit_form(struct req *r, struct resp *o, int tahun, int terbit);
/* A broken consistency rule in Indonesian, naming the answers:
 * "1.a.4 dijawab Y, melebihi 1.a.3 (T)" (r's arena). */
const char *eval_langgar(struct req *r, const struct lke_lembar *l,
			 const struct lke_langgar *v);
/* A notice for ?pesan= of these pages (besides layout_pesan's). */
void eval_pesan(struct req *r, struct resp *o);

/* ---- the worksheets (page_evaluasi_lembar.c, page_evaluasi_tabel.c) ---- */

#define CATATAN_MAX 2000
#define BUKTI_N 20
#define BUKTI_LEN 500
#define LHE_MAX 200
#define NCOL 6

/* One answer row of the form. */
struct isian {
	const char *kode;
	const struct lke_kriteria *k;  /* method P */
	const struct lke_sub *s;       /* method R */
	const char *nilai, *catatan, *bukti; /* as shown or typed */
	const char *galat;             /* what is wrong, or NULL */
	const struct lke_saran *saran; /* the usulan's suggestion */
	const struct lke_jawaban *usl; /* the penetapan: the usulan's answer */
};

struct lembar {
	struct req *r;
	struct eval_kepala kp;    /* the agency, its year, the penetapan */
	int tahap;
	struct lke_tpl_set tpl;
	struct eval_lembar cur;   /* the stored worksheet of this tahap */
	struct eval_lembar usl;   /* the usulan, for the penetapan */
	const struct lke_template *t;
	int metode;
	int n;
	struct isian *is;
	int ncat;
	struct lke_catatan *cat;  /* komponen, then sub-komponen with notes */
	const char *lhe_nomor, *lhe_tanggal, *evaluator;
	const char *pesan[16];    /* problems that are not one row's */
	int npesan;
	int ubah;                 /* the reader may save */
	const char *kunci;        /* why not, or NULL */
	struct lke_saran *sar;
	int nsar;
};

/* Draws worksheet L as the page, with status (400: after a refused save,
 * its problems listed first). */
void lembar_tampil(struct lembar *L, struct resp *o, int status);

#endif
