/* lke_xlsx: the AKIP evaluation worksheet (LKE) as an XLSX workbook, to
 * fill in Excel or LibreOffice and load back (lke.md "Answer file").
 *
 * Sheet "LKE": identity rows (Instansi, Tahun, Tahap, Template, Versi
 * template, Metode; for a penetapan also Nomor LHE, Tanggal LHE,
 * Evaluator), a line of instructions, then the header
 *
 *   Kode | Uraian | Jenis | Bobot | Jawaban | Catatan | Bukti | Saran |
 *   Bukti saran
 *
 * and one row per komponen, sub-komponen and kriterion in template
 * order. The rows that carry answers follow the worksheet's method
 * (P: kriteria; R: sub-komponen; an empty worksheet: P): there Jawaban,
 * Catatan and Bukti (one link or file name per line) are unlocked,
 * yellow, and Jawaban has a list of the answers that row allows. All
 * else is locked; the sheet is protected without a password. Saran and
 * Bukti saran show the suggestion an answer started from (lke_saran.h).
 *
 * Sheet "Nilai": the scores (lke_hitung), for information only: never
 * read back. For a penetapan, sheets "Catatan" (a note per komponen or
 * sub-komponen) and "Rekomendasi" (Nomor | Teks | Kode | Prioritas |
 * Target), and the LHE identity cells unlocked. A hidden sheet "Meta"
 * says what the workbook is: format LKE_XLSX_FORMAT, instansi, tahun,
 * tahap, template, template_versi (and metode, for information).
 *
 * Reading finds rows by their Kode, not their position. Answers are read
 * trimmed and case-insensitively; an empty cell, "-", a dash or
 * "kosong" is no answer. */
#ifndef SAKIP_LKE_XLSX_H
#define SAKIP_LKE_XLSX_H

#include "../core/lke.h"
#include "../util/err.h"
#include "../util/sbuf.h"
#include "lke_json.h"

#include <stddef.h>

#define LKE_XLSX_FORMAT "sakip-lke-xlsx/1"
#define LKE_XLSX_SHEET "LKE"

/* Writes worksheet l of template t to path ("-": standard output) as one
 * workbook, atomically. Answers without a nilai (LKE_KOSONG) write only
 * their suggestion (a blank worksheet to fill). Returns 0, SK_EINVAL (a
 * text too long for a cell, named) or SK_EIO; nothing is left behind on
 * failure. */
int lke_xlsx_write(const struct lke_template *t, const struct lke_lembar *l,
		   const char *path, struct sk_err *e);

/* Reads a workbook written by lke_xlsx_write (and filled) from
 * buf[0..n): the same contract as lke_json_read. The identity comes
 * from the Meta sheet, else from the identity rows. The sheet is checked
 * with lke_lembar_check; each problem is one line
 * "NAME: PLACE: KEY: message", PLACE the cell ("LKE!E12") or the sheet,
 * KEY as in an answer file ("jawaban.1.b.3", "template_versi",
 * "rekomendasi[0]"). On failure returns SK_EINVAL (or SK_ENOMEM) with l
 * freed. */
int lke_xlsx_read(const char *name, const char *buf, size_t n,
		  lke_template_fn find, void *ctx, struct lke_lembar *l,
		  const struct lke_template **pt, struct sbuf *errs);

/* The Jawaban cell of code kode ("LKE!E12") in the worksheet
 * lke_xlsx_write lays out for t and tahap, into buf; "LKE" when t has no
 * such code. Returns buf. */
#define LKE_XLSX_CELLSZ 40
char *lke_xlsx_cell(const struct lke_template *t, int tahap, const char *kode,
		    char buf[LKE_XLSX_CELLSZ]);

#endif
