/* lke_xlsx: an LKE worksheet written as a workbook to fill in
 * (lke_xlsx.h); the layout both directions share. */
#include "lke_xlsx_priv.h"
#include "xlsx_out.h"
#include "xlsx_read.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- layout --------------------------------------------------------------- */

const char *const lkx_header[LKX_NCOL] = { "Kode", "Uraian", "Jenis",
	"Bobot", "Jawaban", "Catatan", "Bukti", "Saran", "Bukti saran" };
const char *const lkx_id_label[LKX_ID_N] = { "Instansi", "Tahun", "Tahap",
	"Template", "Versi template", "Metode", "Nomor LHE", "Tanggal LHE",
	"Evaluator" };
const char *const lkx_catatan_header[LKX_CC_N] = { "Kode", "Uraian",
	"Catatan" };
const char *const lkx_rekomendasi_header[LKX_RC_N] = { "Nomor", "Teks",
	"Kode", "Prioritas", "Target" };

int lkx_nid(int tahap)
{
	return tahap == LKE_PENETAPAN ? LKX_ID_N : LKX_ID_LHE_NOMOR;
}

int lkx_header_row(int tahap)
{
	/* title, identity rows, a line of instructions, the header */
	return LKX_ID_ROW0 + lkx_nid(tahap) + 1;
}

int lkx_row(const struct lke_template *t, int tahap, const char *kode)
{
	int row = lkx_header_row(tahap), i, s, k;

	for (i = 0; i < t->nkomponen; i++) {
		const struct lke_komponen *km = &t->komponen[i];
		row++;
		if (strcmp(km->kode, kode) == 0)
			return row;
		for (s = 0; s < km->nsub; s++) {
			const struct lke_sub *sb = &km->sub[s];
			row++;
			if (strcmp(sb->kode, kode) == 0)
				return row;
			for (k = 0; k < sb->nk; k++)
				if (strcmp(sb->k[k].kode, kode) == 0)
					return row + 1 + k;
			row += sb->nk;
		}
	}
	return 0;
}

char *lke_xlsx_cell(const struct lke_template *t, int tahap, const char *kode,
		    char buf[LKE_XLSX_CELLSZ])
{
	char ref[XLSX_REFSZ];
	int row = lkx_row(t, tahap, kode);

	if (row)
		snprintf(buf, LKE_XLSX_CELLSZ, "%s!%s", LKE_XLSX_SHEET,
			 xlsx_ref(row, LKX_C_JAWABAN, ref));
	else
		snprintf(buf, LKE_XLSX_CELLSZ, "%s", LKE_XLSX_SHEET);
	return buf;
}

/* ---- writing --------------------------------------------------------------- */

struct fmts {
	lxw_format *title, *label, *left, *note, *hdr, *in;
	lxw_format *komponen, *sub, *ro;  /* locked cells of a row */
	lxw_format *num2, *num2_b;
};

struct wr {
	const struct lke_template *t;
	const struct lke_lembar *l;
	int metode;             /* the level that carries answers */
	struct fmts f;
	struct sk_err *e;
	int rc;                 /* the first failure */
};

static lxw_format *fmt_cell(lxw_workbook *wb, int bold, unsigned fill)
{
	lxw_format *f = workbook_add_format(wb);

	format_set_border(f, LXW_BORDER_THIN);
	format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
	format_set_text_wrap(f);
	if (bold)
		format_set_bold(f);
	if (fill)
		format_set_bg_color(f, fill);
	return f;
}

static void make_formats(lxw_workbook *wb, struct fmts *f)
{
	f->title = workbook_add_format(wb);
	format_set_bold(f->title);
	format_set_font_size(f->title, 13);
	f->label = workbook_add_format(wb);
	format_set_bold(f->label);
	f->left = workbook_add_format(wb);
	format_set_align(f->left, LXW_ALIGN_LEFT);
	f->note = workbook_add_format(wb);
	format_set_italic(f->note);
	f->hdr = fmt_cell(wb, 1, 0xD9D9D9);
	format_set_align(f->hdr, LXW_ALIGN_CENTER);
	f->in = fmt_cell(wb, 0, 0xFFF2CC);
	format_set_unlocked(f->in);
	format_set_num_format(f->in, "@");
	f->komponen = fmt_cell(wb, 1, 0xDDEBF7);
	f->sub = fmt_cell(wb, 1, 0xF2F2F2);
	f->ro = fmt_cell(wb, 0, 0);
	f->num2 = fmt_cell(wb, 0, 0);
	format_set_num_format(f->num2, "0.00");
	f->num2_b = fmt_cell(wb, 1, 0xF2F2F2);
	format_set_num_format(f->num2_b, "0.00");
}

/* Records the first failure of libxlsxwriter, naming the cell. */
static void check(struct wr *w, lxw_worksheet *ws, int row, int col,
		  lxw_error err)
{
	struct sbuf at = SBUF_INIT(0);

	if (err == LXW_NO_ERROR || w->rc)
		return;
	xlsx_where(&at, ws->name, row, col);
	if (err == LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED)
		w->rc = sk_errf(w->e, SK_EINVAL, "%s: text longer than 32767 "
				"characters, the most a cell holds", at.z);
	else
		w->rc = sk_errf(w->e, SK_EIO, "%s: %s", at.z,
				lxw_strerror(err));
	sbuf_release(&at);
}

/* Text z (NULL or "": a blank cell in format f) at row (1-based), col. */
static void put(struct wr *w, lxw_worksheet *ws, int row, int col,
		const char *z, lxw_format *f)
{
	lxw_error err;

	if (z && *z)
		err = xlsx_out_write_text(ws, (lxw_row_t)(row - 1),
					  (lxw_col_t)col, z, f);
	else
		err = worksheet_write_blank(ws, (lxw_row_t)(row - 1),
					    (lxw_col_t)col, f);
	check(w, ws, row, col, err);
}

static void put_num(struct wr *w, lxw_worksheet *ws, int row, int col,
		    double v, lxw_format *f)
{
	check(w, ws, row, col, worksheet_write_number(ws, (lxw_row_t)(row - 1),
						      (lxw_col_t)col, v, f));
}

static void protect(lxw_worksheet *ws, int rows)
{
	lxw_protection prot;

	memset(&prot, 0, sizeof prot);
	prot.format_columns = 1;
	prot.format_rows = 1;
	prot.insert_rows = (uint8_t)rows;
	prot.delete_rows = (uint8_t)rows;
	worksheet_protect(ws, NULL, &prot);
}

/* ---- the LKE sheet ----------------------------------------------------------- */

static void ident_rows(struct wr *w, lxw_worksheet *ws)
{
	const struct lke_lembar *l = w->l;
	const char *val[LKX_ID_N] = { l->instansi, NULL,
		lke_tahap_kode(l->tahap), w->t->kode, NULL,
		lke_metode_kode(w->metode), l->lhe_nomor, l->lhe_tanggal,
		l->evaluator };
	int i, row, n = lkx_nid(l->tahap);

	put(w, ws, 1, 0, "Lembar Kerja Evaluasi (LKE) Akuntabilitas Kinerja "
	    "Instansi Pemerintah", w->f.title);
	for (i = 0; i < n; i++) {
		row = LKX_ID_ROW0 + i;
		put(w, ws, row, 0, lkx_id_label[i], w->f.label);
		if (i == LKX_ID_TAHUN)
			put_num(w, ws, row, 1, l->tahun, w->f.left);
		else if (i == LKX_ID_VERSI)
			put_num(w, ws, row, 1, w->t->versi, w->f.left);
		else
			put(w, ws, row, 1, val[i],
			    i >= LKX_ID_LHE_NOMOR ? w->f.in : NULL);
	}
	put(w, ws, LKX_ID_ROW0 + LKX_ID_TEMPLATE, 2, w->t->nama, w->f.note);
	put(w, ws, LKX_ID_ROW0 + LKX_ID_METODE, 2, w->metode == LKE_METODE_R
	    ? "R: satu jawaban per sub-komponen (AA, A, BB, B, CC, C, D, E)"
	    : "P: satu jawaban per kriteria (Y/T atau A-E)", w->f.note);
	put(w, ws, LKX_ID_ROW0 + n, 0, "Isi hanya sel berwarna kuning: "
	    "Jawaban (pilih dari daftar), Catatan, Bukti (satu tautan atau "
	    "nama berkas per baris). Sel lain terkunci; jangan mengubah kode.",
	    w->f.note);
}

static void header(struct wr *w, lxw_worksheet *ws, int row)
{
	static const double aWidth[LKX_NCOL] = { 15, 60, 8, 7, 9, 36, 36, 7,
						  40 };
	int c;

	for (c = 0; c < LKX_NCOL; c++) {
		put(w, ws, row, c, lkx_header[c], w->f.hdr);
		worksheet_set_column(ws, (lxw_col_t)c, (lxw_col_t)c, aWidth[c],
				     NULL);
	}
}

/* The list of answers of a row: k NULL for a sub-komponen (method R). */
static void validate(lxw_worksheet *ws, int row, const struct lke_kriteria *k)
{
	static const char *const aYT[] = { "Y", "T", "NA", NULL };
	static const char *const aAE[] = { "A", "B", "C", "D", "E", "NA",
					   NULL };
	static const char *const aR[] = { "AA", "A", "BB", "B", "CC", "C",
					  "D", "E", NULL };
	const char *list[10];
	lxw_data_validation dv;
	int i, n = 0;
	const char *const *src = !k ? aR : k->jenis == LKE_YT ? aYT : aAE;

	for (i = 0; src[i]; i++)
		if (strcmp(src[i], "NA") || (k && (k->flags & LKE_K_PEMDA)))
			list[n++] = src[i];
	list[n] = NULL;
	memset(&dv, 0, sizeof dv);
	dv.validate = LXW_VALIDATION_TYPE_LIST;
	dv.value_list = (char **)list;
	dv.input_title = "Jawaban";
	dv.input_message = !k ? "AA 100, A 90, BB 80, B 70, CC 60, C 50, D 30, "
			   "E 0. Kosongkan bila belum dijawab."
		: k->jenis == LKE_YT ? "Y (ya) atau T (tidak). Kosongkan bila "
			   "belum dijawab."
		: "A 1; B 0,75; C 0,5; D 0,25; E 0. Kosongkan bila belum "
		  "dijawab.";
	dv.error_title = "Bukan jawaban";
	dv.error_message = "Pilih salah satu jawaban dari daftar.";
	dv.error_type = LXW_VALIDATION_ERROR_TYPE_STOP;
	worksheet_data_validation_cell(ws, (lxw_row_t)(row - 1), LKX_C_JAWABAN,
				       &dv);
}

static void put_bukti(struct wr *w, lxw_worksheet *ws, int row,
		      const struct lke_jawaban *j, lxw_format *f)
{
	struct sbuf b = SBUF_INIT(0);
	int i;

	for (i = 0; j && i < j->nbukti; i++) {
		if (i)
			sbuf_addc(&b, '\n');
		sbuf_adds(&b, j->bukti[i]);
	}
	if (b.err && !w->rc)
		w->rc = sk_errf(w->e, SK_ENOMEM, "out of memory");
	put(w, ws, row, LKX_C_BUKTI, b.z, f);
	sbuf_release(&b);
}

/* One row: kode, uraian, jenis, bobot (NULL: none), and what the worksheet
 * holds for the code; the answer cells unlocked when the row carries
 * answers (k: its kriterion, NULL for a sub-komponen). */
static void row_put(struct wr *w, lxw_worksheet *ws, int row,
		    const char *kode, const char *uraian, const char *jenis,
		    const struct num *bobot, lxw_format *f, int answers,
		    const struct lke_kriteria *k)
{
	const struct lke_jawaban *j = lke_lembar_find(w->l, kode);
	lxw_format *in = answers ? w->f.in : f;

	put(w, ws, row, LKX_C_KODE, kode, f);
	put(w, ws, row, LKX_C_URAIAN, uraian, f);
	put(w, ws, row, LKX_C_JENIS, jenis, f);
	if (bobot)
		put_num(w, ws, row, LKX_C_BOBOT, num_to_double(*bobot), f);
	else
		put(w, ws, row, LKX_C_BOBOT, NULL, f);
	put(w, ws, row, LKX_C_JAWABAN, j ? lke_nilai_label(j->nilai) : NULL, in);
	put(w, ws, row, LKX_C_CATATAN, j ? j->catatan : NULL, in);
	put_bukti(w, ws, row, j, in);
	put(w, ws, row, LKX_C_SARAN, j ? lke_nilai_label(j->saran) : NULL, f);
	put(w, ws, row, LKX_C_SARAN_BUKTI, j ? j->saran_bukti : NULL, f);
	if (answers)
		validate(ws, row, k);
}

static const char *jenis_text(const struct lke_kriteria *k)
{
	if (k->jenis == LKE_YT)
		return k->flags & LKE_K_PEMDA ? "Y/T, NA" : "Y/T";
	return k->flags & LKE_K_PEMDA ? "A-E, NA" : "A-E";
}

static int lke_sheet(struct wr *w, lxw_workbook *wb)
{
	lxw_worksheet *ws = workbook_add_worksheet(wb, LKE_XLSX_SHEET);
	int r = w->metode == LKE_METODE_R, row, i, s, k;

	if (!ws)
		return SK_ENOMEM;
	ident_rows(w, ws);
	row = lkx_header_row(w->l->tahap);
	header(w, ws, row);
	for (i = 0; i < w->t->nkomponen; i++) {
		const struct lke_komponen *km = &w->t->komponen[i];
		row_put(w, ws, ++row, km->kode, km->nama, NULL, &km->bobot,
			w->f.komponen, 0, NULL);
		for (s = 0; s < km->nsub; s++) {
			const struct lke_sub *sb = &km->sub[s];
			row_put(w, ws, ++row, sb->kode, sb->nama,
				r ? "AA-E" : NULL, &sb->bobot, w->f.sub, r,
				NULL);
			for (k = 0; k < sb->nk; k++)
				row_put(w, ws, ++row, sb->k[k].kode,
					sb->k[k].uraian, jenis_text(&sb->k[k]),
					NULL, w->f.ro, !r, &sb->k[k]);
		}
	}
	row = lkx_header_row(w->l->tahap);
	worksheet_freeze_panes(ws, (lxw_row_t)row, 2);
	worksheet_repeat_rows(ws, (lxw_row_t)(row - 1), (lxw_row_t)(row - 1));
	worksheet_set_landscape(ws);
	worksheet_set_paper(ws, 9); /* A4 */
	worksheet_fit_to_pages(ws, 1, 0);
	protect(ws, 0);
	worksheet_activate(ws);
	return 0;
}

/* ---- the other sheets ---------------------------------------------------------- */

static void nilai_row(struct wr *w, lxw_worksheet *ws, int row,
		      const char *kode, const char *nama, struct num bobot,
		      struct lke_q q, int jawaban, int bold)
{
	lxw_format *f = bold ? w->f.sub : w->f.ro;

	put(w, ws, row, 0, kode, f);
	put(w, ws, row, 1, nama, f);
	put_num(w, ws, row, 2, num_to_double(bobot), f);
	put_num(w, ws, row, 3, num_to_double(lke_q_round(q, 2)),
		bold ? w->f.num2_b : w->f.num2);
	put(w, ws, row, 4, lke_nilai_label(jawaban), f);
}

static int nilai_sheet(struct wr *w, lxw_workbook *wb)
{
	static const char *const aHdr[] = { "Kode", "Komponen / sub-komponen",
		"Bobot", "Nilai", "Jawaban" };
	static const double aWidth[] = { 8, 50, 8, 10, 9 };
	lxw_worksheet *ws = workbook_add_worksheet(wb, LKX_NILAI);
	struct lke_lembar l = *w->l;   /* with the method set, not freed */
	struct arena a = ARENA_INIT;
	struct lke_skor s;
	struct sk_err e;
	char buf[128];
	int i, j, row = 3;

	if (!ws)
		return SK_ENOMEM;
	l.metode = w->metode;
	put(w, ws, 1, 0, "Nilai LKE: dihitung saat ekspor, hanya informasi "
	    "(tidak dibaca saat impor)", w->f.title);
	for (i = 0; i < 5; i++) {
		put(w, ws, row, i, aHdr[i], w->f.hdr);
		worksheet_set_column(ws, (lxw_col_t)i, (lxw_col_t)i, aWidth[i],
				     NULL);
	}
	if (lke_hitung(w->t, &l, &a, &s, &e)) {
		put(w, ws, row + 1, 0, e.msg, w->f.note);
	} else {
		for (i = 0; i < s.nkomponen; i++) {
			const struct lke_skor_komponen *km = &s.komponen[i];
			nilai_row(w, ws, ++row, km->k->kode, km->k->nama,
				  km->k->bobot, km->nilai, 0, 1);
			for (j = 0; j < km->k->nsub; j++)
				nilai_row(w, ws, ++row, km->sub[j].sub->kode,
					  km->sub[j].sub->nama,
					  km->sub[j].sub->bobot,
					  km->sub[j].nilai,
					  km->sub[j].jawaban, 0);
		}
		snprintf(buf, sizeof buf, "Total (metode %s)",
			 lke_metode_kode(s.metode));
		put(w, ws, row += 2, 1, buf, w->f.label);
		put_num(w, ws, row, 3, num_to_double(s.total2), w->f.num2_b);
		snprintf(buf, sizeof buf, "%s (%s)", s.predikat,
			 lke_predikat_label(s.predikat));
		put(w, ws, ++row, 1, "Predikat", w->f.label);
		put(w, ws, row, 3, buf, NULL);
		put(w, ws, ++row, 1, "Belum dijawab (dihitung 0)", w->f.label);
		put_num(w, ws, row, 3, s.nkosong, NULL);
	}
	arena_free(&a);
	protect(ws, 0);
	return 0;
}

static int catatan_sheet(struct wr *w, lxw_workbook *wb)
{
	static const double aWidth[] = { 8, 40, 80 };
	lxw_worksheet *ws = workbook_add_worksheet(wb, LKX_CATATAN);
	const struct lke_template *t = w->t;
	int i, s, k, row = 1;

	if (!ws)
		return SK_ENOMEM;
	for (i = 0; i < LKX_CC_N; i++) {
		put(w, ws, row, i, lkx_catatan_header[i], w->f.hdr);
		worksheet_set_column(ws, (lxw_col_t)i, (lxw_col_t)i, aWidth[i],
				     NULL);
	}
	for (i = 0; i < t->nkomponen; i++)
		for (s = -1; s < t->komponen[i].nsub; s++) {
			const char *kode = s < 0 ? t->komponen[i].kode
					 : t->komponen[i].sub[s].kode;
			const char *teks = NULL;
			for (k = 0; k < w->l->ncatatan; k++)
				if (strcmp(w->l->catatan[k].kode, kode) == 0)
					teks = w->l->catatan[k].teks;
			row++;
			put(w, ws, row, LKX_CC_KODE, kode,
			    s < 0 ? w->f.komponen : w->f.ro);
			put(w, ws, row, LKX_CC_URAIAN, s < 0 ? t->komponen[i].nama
			    : t->komponen[i].sub[s].nama,
			    s < 0 ? w->f.komponen : w->f.ro);
			put(w, ws, row, LKX_CC_TEKS, teks, w->f.in);
		}
	worksheet_freeze_panes(ws, 1, 0);
	protect(ws, 0);
	return 0;
}

static int cmp_nomor(const void *a, const void *b)
{
	const struct lke_rekomendasi *x = a, *y = b;

	return (x->nomor > y->nomor) - (x->nomor < y->nomor);
}

#define LKX_REK_KOSONG 20 /* blank rows to fill below the recommendations */

static void rekomendasi_validate(lxw_worksheet *ws, int last)
{
	static const char *const aPrio[] = { "tinggi", "sedang", "rendah",
					     NULL };
	lxw_data_validation dv;

	memset(&dv, 0, sizeof dv);
	dv.validate = LXW_VALIDATION_TYPE_LIST;
	dv.value_list = (char **)aPrio;
	dv.error_type = LXW_VALIDATION_ERROR_TYPE_STOP;
	worksheet_data_validation_range(ws, 1, LKX_RC_PRIORITAS,
					(lxw_row_t)(last - 1),
					LKX_RC_PRIORITAS, &dv);
	memset(&dv, 0, sizeof dv);
	dv.validate = LXW_VALIDATION_TYPE_INTEGER;
	dv.criteria = LXW_VALIDATION_CRITERIA_GREATER_THAN_OR_EQUAL_TO;
	dv.value_number = 1;
	dv.error_type = LXW_VALIDATION_ERROR_TYPE_STOP;
	worksheet_data_validation_range(ws, 1, LKX_RC_NOMOR,
					(lxw_row_t)(last - 1), LKX_RC_NOMOR,
					&dv);
	memset(&dv, 0, sizeof dv);
	dv.validate = LXW_VALIDATION_TYPE_ANY;
	dv.input_title = "Target";
	dv.input_message = "Tanggal YYYY-MM-DD, mis. 2025-06-30.";
	worksheet_data_validation_range(ws, 1, LKX_RC_TARGET,
					(lxw_row_t)(last - 1), LKX_RC_TARGET,
					&dv);
}

static int rekomendasi_sheet(struct wr *w, lxw_workbook *wb)
{
	static const double aWidth[] = { 7, 70, 8, 10, 12 };
	lxw_worksheet *ws = workbook_add_worksheet(wb, LKX_REKOMENDASI);
	const struct lke_lembar *l = w->l;
	struct lke_rekomendasi *v = NULL;
	int i, c, n = l->nrekomendasi, row;

	if (!ws)
		return SK_ENOMEM;
	if (n && !(v = malloc((size_t)n * sizeof *v)))
		return SK_ENOMEM;
	if (n) {
		memcpy(v, l->rekomendasi, (size_t)n * sizeof *v);
		qsort(v, (size_t)n, sizeof *v, cmp_nomor);
	}
	for (c = 0; c < LKX_RC_N; c++) {
		put(w, ws, 1, c, lkx_rekomendasi_header[c], w->f.hdr);
		worksheet_set_column(ws, (lxw_col_t)c, (lxw_col_t)c, aWidth[c],
				     NULL);
	}
	for (i = 0; i < n + LKX_REK_KOSONG; i++) {
		row = i + 2;
		if (i < n)
			put_num(w, ws, row, LKX_RC_NOMOR, v[i].nomor, w->f.in);
		else
			put(w, ws, row, LKX_RC_NOMOR, NULL, w->f.in);
		put(w, ws, row, LKX_RC_TEKS, i < n ? v[i].teks : NULL, w->f.in);
		put(w, ws, row, LKX_RC_KODE, i < n ? v[i].kode : NULL, w->f.in);
		put(w, ws, row, LKX_RC_PRIORITAS, i < n ? v[i].prioritas : NULL,
		    w->f.in);
		put(w, ws, row, LKX_RC_TARGET, i < n ? v[i].target : NULL,
		    w->f.in);
	}
	free(v);
	rekomendasi_validate(ws, n + LKX_REK_KOSONG + 1);
	worksheet_freeze_panes(ws, 1, 0);
	protect(ws, 1);
	return 0;
}

static int meta_sheet(struct wr *w, lxw_workbook *wb)
{
	lxw_worksheet *ws = workbook_add_worksheet(wb, LKX_META);
	char y[16], v[16];
	const char *rows[][2] = {
		{ "format", LKE_XLSX_FORMAT },
		{ "instansi", w->l->instansi },
		{ "tahun", y },
		{ "tahap", lke_tahap_kode(w->l->tahap) },
		{ "template", w->t->kode },
		{ "template_versi", v },
		{ "metode", lke_metode_kode(w->metode) },
		{ "lembar", LKE_XLSX_SHEET },
	};
	size_t i;

	if (!ws)
		return SK_ENOMEM;
	snprintf(y, sizeof y, "%d", w->l->tahun);
	snprintf(v, sizeof v, "%d", w->t->versi);
	for (i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		put(w, ws, (int)i + 1, 0, rows[i][0], NULL);
		put(w, ws, (int)i + 1, 1, rows[i][1], NULL);
	}
	protect(ws, 0);
	worksheet_hide(ws);
	return 0;
}

/* The level that carries answers: l's method, else that of its first
 * answer, else P. */
static int metode_of(const struct lke_template *t, const struct lke_lembar *l)
{
	int i;

	if (l->metode)
		return l->metode;
	for (i = 0; i < l->n; i++)
		if (l->j[i].nilai != LKE_KOSONG)
			return lke_sub_find(t, l->j[i].kode) ? LKE_METODE_R
							    : LKE_METODE_P;
	return LKE_METODE_P;
}

int lke_xlsx_write(const struct lke_template *t, const struct lke_lembar *l,
		   const char *path, struct sk_err *e)
{
	struct xlsx_out o;
	struct wr w;
	int rc;

	memset(&w, 0, sizeof w);
	w.t = t;
	w.l = l;
	w.e = e;
	w.metode = metode_of(t, l);
	if ((rc = xlsx_out_open(&o, path, "Lembar Kerja Evaluasi AKIP", e)))
		return rc;
	make_formats(o.wb, &w.f);
	rc = lke_sheet(&w, o.wb);
	if (!rc)
		rc = nilai_sheet(&w, o.wb);
	if (!rc && l->tahap == LKE_PENETAPAN)
		rc = catatan_sheet(&w, o.wb);
	if (!rc && l->tahap == LKE_PENETAPAN)
		rc = rekomendasi_sheet(&w, o.wb);
	if (!rc)
		rc = meta_sheet(&w, o.wb);
	if (rc && !w.rc)
		w.rc = sk_errf(e, rc, "%s: out of memory", path);
	if (w.rc) {
		xlsx_out_abort(&o);
		return w.rc;
	}
	return xlsx_out_close(&o, e);
}
