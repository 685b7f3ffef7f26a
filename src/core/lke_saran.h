/* lke_saran: answers of the LKE suggested from the data sakip holds.
 *
 * For one agency and year, kriteria whose answer follows from the
 * package get a suggested method-P answer and its evidence, in
 * Indonesian as it goes into the worksheet: the Renstra, PK and budget
 * exist (1.a.3, 1.a.4, 1.a.6), indicators have a formula and data source
 * (2.a.2), realisations are entered for every period (2.b.4) and held in
 * an application (2.b.6, 2.b.7), the LKjIP narrative exists (3.a.1), the
 * reviu findings of the year's figures (3.b.1), and what the LKjIP sakip
 * generates can compare in BAB III (3.b.2 … 3.b.8), the share of last
 * year's recommendations followed up (4.c.1). A share maps to A … E with
 * the 4.c.1 bands: A > 90 %, B > 75 %, C > 40 %, D > 10 %, else E.
 * Pure: no I/O; facts that need the store or reviu come in lke_fakta. */
#ifndef SAKIP_LKE_SARAN_H
#define SAKIP_LKE_SARAN_H

#include "lke.h"
#include "model.h"

struct lke_fakta {
	int ntemuan;      /* reviu errors in the year's figures; -1: unknown */
	int nrekomendasi; /* recommendations of last year's LHE; 0: none */
	int nselesai;     /* of those, followed up (selesai) */
};

struct lke_saran {
	const char *kode;  /* kriterion */
	int nilai;         /* LKE_Y, LKE_T, LKE_A … LKE_E */
	const char *bukti; /* the evidence, one or two sentences */
};

/* A … E for k of n (n > 0) with the 4.c.1 bands. */
int lke_saran_pita(int k, int n);

/* The suggestions for agency in and year tahun, in template order, into
 * *out (allocated in a); only kriteria t has, of the type t gives them.
 * Returns the count, or SK_ENOMEM. */
int lke_saran(const struct lke_template *t, const struct instansi *in,
	      int tahun, const struct lke_fakta *f, struct arena *a,
	      struct lke_saran **out);

#endif
