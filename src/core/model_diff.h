/* model_diff: the figures of one year that differ between two versions of
 * an agency — the one stored and the one an import brings (used to keep
 * a locked year's figures as they are).
 *
 * Compared for the year: each indicator's target, target_pk,
 * target_pk_perubahan and realisasi (the raw text, as printed), its
 * realisasi_periode (kind and each period's raw text), and each node's
 * budget line (pagu, pagu_perubahan, realisasi, pagu_pk,
 * pagu_pk_perubahan and each rincian's pagu, pagu_perubahan and
 * realisasi, as rupiah amounts). Indicators are matched by kode, nodes by
 * kode (both unique within an agency). An item on one side only differs
 * when it carries a figure of the year. Definitions, printed figures
 * (dilaporkan), narrative and PK signatures are not figures and are not
 * compared. Pure: no I/O. */
#ifndef SAKIP_MODEL_DIFF_H
#define SAKIP_MODEL_DIFF_H

#include "model.h"
#include "../util/sbuf.h"

struct model_diff {
	int tahun;
	const char *objek;  /* "indikator", or a node's tingkat ("program") */
	const char *kode;
	const char *field;  /* "target", "realisasi_periode", "pagu", … */
	const char *jenis;  /* realisasi_periode: "triwulan" or "bulan"; else NULL */
	int ke;             /* the period (1 …), 0 for the year or the kind */
	int rincian;        /* budget: the rincian (1 …), 0 for the line */
	const char *lama;   /* the stored value's text; NULL: none */
	const char *baru;   /* the incoming value's text; NULL: none */
};

/* Called once per difference; the strings live until it returns. A
 * non-zero return stops the walk. */
typedef int (*model_diff_fn)(const struct model_diff *d, void *ctx);

/* Calls fn for each figure of year tahun that differs between agency a
 * (stored; NULL: an agency with nothing) and b (incoming; NULL likewise),
 * indicators first, by kode, then nodes, by kode. Returns 0, fn's
 * non-zero return, or SK_ENOMEM. */
int model_diff_tahun(const struct instansi *a, const struct instansi *b,
		     int tahun, model_diff_fn fn, void *ctx);

/* One difference as a line: "indikator IKU-1 target 2024: '85' -> '86'",
 * "program P1 anggaran 2024 rincian 2 pagu: 100 -> (none)". Values are
 * cut at 40 bytes. */
void model_diff_text(const struct model_diff *d, struct sbuf *b);

#endif
