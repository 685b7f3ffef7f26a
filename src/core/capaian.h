/* capaian: the achievement of one indicator (sakip-domain.md §2, §3).
 *
 * capaian_hitung() takes the year's target and realisation as parsed
 * values and the pemda's policy, and gives the true and the capped
 * percentage, or a reason why there is none. It never divides by zero
 * and never gives NaN: every input has a defined result. */
#ifndef SAKIP_CAPAIAN_H
#define SAKIP_CAPAIAN_H

#include "model.h"
#include "num.h"
#include "scale.h"
#include "value.h"

struct capaian_opsi {
	enum rumus_negatif rumus;
	int has_batas;
	struct num batas;           /* cap, e.g. 100 or 120 */
	const struct skala *skala;  /* for graded values; NULL: found by label */
};

/* Reasons there is no capaian (capaian.alasan), as in sakip-expected/1. */
#define CAP_BELUM_ADA_DATA "belum_ada_data"   /* no realisation */
#define CAP_REALISASI_TEKS "realisasi_teks"   /* realisation is text */
#define CAP_TARGET_KOSONG "target_kosong"     /* no target */
#define CAP_TARGET_TEKS "target_teks"         /* target is text */
#define CAP_TARGET_NOL "target_nol"           /* target 0: no ratio */
#define CAP_REALISASI_NOL "realisasi_nol"     /* R = 0 under T/R, no cap */
#define CAP_SKALA "skala_tidak_dikenal"       /* grade not on any scale */
#define CAP_JENIS "jenis_tidak_sebanding"     /* grade against a number */
#define CAP_JANGKAUAN "di_luar_jangkauan"     /* too large to represent */

struct capaian {
	int ok;
	pct_t nilai;        /* the true capaian */
	pct_t terbatas;     /* capped by batas; equals nilai when no cap */
	int dibatasi;       /* 1 when the cap changed the figure */
	int ambang;         /* target a threshold: 1 met, 0 not; -1 otherwise */
	const char *alasan; /* !ok: why; ok: a note (CAP_REALISASI_NOL) or NULL */
};

void capaian_hitung(const struct value *target, const struct value *realisasi,
		    enum polaritas pol, const struct capaian_opsi *o,
		    struct capaian *out);

/* The year's realisation from its periods (sakip-domain.md §2):
 * kumulatif adds them up, terakhir takes the last reported one, rata_rata
 * the mean of the reported ones (rounded half away from zero to two more
 * decimals than the most precise period). Periods of kind VAL_KOSONG are
 * not reported; *nhilang counts them. The result is VAL_KOSONG when none
 * is reported and VAL_TEKS when a reported one is not a number. */
void realisasi_agregasi(const struct value *periode, int n, enum agregasi a,
			struct value *out, int *nhilang);

#endif
