/* lhe: the Laporan Hasil Evaluasi (LHE) of an AKIP evaluation, built as
 * a doc (doc.h) from a scored penetapan (lke.md §3): identity, total and
 * grade this year against last, the table of komponen and sub-komponen
 * weights and scores, the evaluator's notes per komponen, the
 * recommendations, the follow-up of last year's, a signature block and
 * the filled worksheet as annex. The method is printed beside every
 * total. */
#ifndef SAKIP_REPORT_LHE_H
#define SAKIP_REPORT_LHE_H

#include "../core/lke.h"
#include "../core/model.h"
#include "../store/store_lke.h"
#include "../util/err.h"
#include "doc.h"

struct lhe_data {
	const struct lke_template *t;
	const struct lke_lembar *l;      /* the year's penetapan */
	const struct lke_skor *s;        /* its scores */
	const struct lke_skor *lalu;     /* last year's penetapan, or NULL */
	const struct instansi *in;       /* names; may be NULL */
	const char *pemda_nama;          /* may be NULL */
	const struct lke_rek_info *tl;   /* last year's recommendations */
	int ntl;
	const char *hari_ini;            /* YYYY-MM-DD, the report's date */
};

/* Builds the LHE into d (doc_init'ed). SK_EINVAL when x->l is not a
 * penetapan. */
int laporan_lhe(const struct lhe_data *x, struct doc *d, struct sk_err *e);

#endif
