/* lke_xlsx_priv: the layout the writer (lke_xlsx.c) and the reader
 * (lke_xlsx_read.c) of LKE workbooks share; not an API. Rows are 1-based
 * as Excel shows them, columns 0-based (A is 0). */
#ifndef SAKIP_LKE_XLSX_PRIV_H
#define SAKIP_LKE_XLSX_PRIV_H

#include "lke_xlsx.h"

#define LKX_NILAI "Nilai"
#define LKX_CATATAN "Catatan"
#define LKX_REKOMENDASI "Rekomendasi"
#define LKX_META "Meta"

/* Columns of the LKE sheet. */
enum {
	LKX_C_KODE, LKX_C_URAIAN, LKX_C_JENIS, LKX_C_BOBOT, LKX_C_JAWABAN,
	LKX_C_CATATAN, LKX_C_BUKTI, LKX_C_SARAN, LKX_C_SARAN_BUKTI, LKX_NCOL
};
extern const char *const lkx_header[LKX_NCOL];

/* The identity rows of the LKE sheet, in order: label in A, value in B.
 * The last three (the LHE) only in a penetapan. */
enum {
	LKX_ID_INSTANSI, LKX_ID_TAHUN, LKX_ID_TAHAP, LKX_ID_TEMPLATE,
	LKX_ID_VERSI, LKX_ID_METODE, LKX_ID_LHE_NOMOR, LKX_ID_LHE_TANGGAL,
	LKX_ID_EVALUATOR, LKX_ID_N
};
extern const char *const lkx_id_label[LKX_ID_N];
#define LKX_ID_ROW0 2 /* row of the first identity row (row 1: title) */

/* Sheet "Catatan": Kode | Uraian | Catatan; "Rekomendasi": Nomor | Teks
 * | Kode | Prioritas | Target; both with the header on row 1. */
enum { LKX_CC_KODE, LKX_CC_URAIAN, LKX_CC_TEKS, LKX_CC_N };
extern const char *const lkx_catatan_header[LKX_CC_N];
enum { LKX_RC_NOMOR, LKX_RC_TEKS, LKX_RC_KODE, LKX_RC_PRIORITAS,
       LKX_RC_TARGET, LKX_RC_N };
extern const char *const lkx_rekomendasi_header[LKX_RC_N];

/* Identity rows a worksheet of this tahap has. */
int lkx_nid(int tahap);
/* Row of the header of the LKE sheet. */
int lkx_header_row(int tahap);
/* Row of code kode on the LKE sheet (komponen, sub-komponen or
 * kriterion of t), 0 when t has no such code. */
int lkx_row(const struct lke_template *t, int tahap, const char *kode);

#endif
