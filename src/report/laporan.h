/* laporan: the documents an agency signs and publishes, built from a
 * package as a doc (doc.h) and rendered by render.h.
 *
 *   Perjanjian Kinerja (PK), and PK Perubahan after a revision;
 *   LKjIP, the yearly performance report (sakip-domain.md §6).
 *
 * Numbers come from core/hitung (capaian, serapan, totals) and are
 * printed Indonesian-style. Narrative parts come from the package's
 * `narasi` (docs/documents.md lists the section keys); an empty one
 * becomes a visible placeholder saying what must be written. */
#ifndef SAKIP_REPORT_LAPORAN_H
#define SAKIP_REPORT_LAPORAN_H

#include "../core/model.h"
#include "../util/err.h"
#include "doc.h"

struct laporan_opsi {
	int tahun;
	const char *instansi;  /* agency kode; NULL: the only agency */
	int perubahan;         /* PK Perubahan */
	const char *hari_ini;  /* YYYY-MM-DD: the report's own date */
};

/* Builds the PK of o->instansi for o->tahun into d (doc_init'ed).
 * SK_ENOTFOUND: no such agency; SK_EINVAL: --perubahan for a year
 * without a revised target or budget. */
int laporan_pk(const struct pkg *p, const struct laporan_opsi *o,
	       struct doc *d, struct sk_err *e);
/* Builds the LKjIP of o->instansi for o->tahun into d. */
int laporan_lkjip(const struct pkg *p, const struct laporan_opsi *o,
		  struct doc *d, struct sk_err *e);


#endif
