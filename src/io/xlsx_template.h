/* xlsx_template: the workbooks people fill in (`sakip template`).
 *
 * One row per indicator of an agency: codes, name, unit, polarity, type
 * and (realisasi) the year's target in locked cells; the values to fill in
 * unlocked yellow cells with data validation (a decimal number, or the
 * scale's grades as a list), prefilled with what is stored. The sheet is
 * protected without a password, its header rows frozen. A "Petunjuk"
 * sheet explains it in Indonesian; a hidden "Meta" sheet says what the
 * workbook is (format, kind, pemda, agency, year) so that `sakip import`
 * knows what it reads.
 *
 *   jenis realisasi: sheet "Realisasi", columns Target YYYY (locked),
 *                    Realisasi YYYY and TW I … TW IV YYYY
 *   jenis renstra:   sheet "Renstra", Target YYYY for each year of the
 *                    Renstra period and Target Akhir
 *
 * The headers are those tabular.h recognises, so a filled template is
 * imported by tab_apply() from TEMPLATE_HEADER_ROW. */
#ifndef SAKIP_XLSX_TEMPLATE_H
#define SAKIP_XLSX_TEMPLATE_H

#include "../core/model.h"
#include "../util/err.h"
#include "xlsx_read.h"

#define TEMPLATE_FORMAT "sakip-template/1"
#define TEMPLATE_META "Meta"
#define TEMPLATE_HEADER_ROW 4

enum template_jenis { TEMPLATE_RENSTRA, TEMPLATE_REALISASI };

struct template_meta {
	enum template_jenis jenis;
	char pemda[128], instansi[128], lembar[64];
	int tahun, awal, akhir, header_row;
};

/* "renstra" / "realisasi"; returns 0 or SK_EINVAL. */
int template_jenis_parse(const char *z, enum template_jenis *out);
const char *template_jenis_nama(enum template_jenis j);
/* The years of a Renstra template: the agency's Renstra period when it
 * has one that holds tahun, else tahun … tahun + 4. */
void template_periode(const struct instansi *in, int tahun, int *awal,
		      int *akhir);

/* Writes the template of agency `instansi` of p to path ("-": stdout).
 * Returns 0, SK_ENOTFOUND (no such agency), SK_EIO. */
int xlsx_template_write(struct pkg *p, const char *instansi,
			enum template_jenis j, int tahun, const char *path,
			struct sk_err *e);

/* Reads the Meta sheet of b. Returns 1 and fills m for a sakip template,
 * 0 when b has no Meta sheet, SK_EINVAL (e says which cell) for a Meta
 * sheet that is not a valid one. */
int template_meta_read(const struct xlsx_book *b, struct template_meta *m,
		       struct sk_err *e);

#endif
