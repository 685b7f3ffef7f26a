#include "hasil_xlsx.h"
#include "tabular.h"
#include "xlsx_out.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct hx {
	const struct hasil *h;
	lxw_workbook *wb;
	lxw_format *hdr, *pct, *rp;
};

static void head(const struct hx *x, lxw_worksheet *ws,
		 const char *const *names, int n, const double *width)
{
	int i;

	for (i = 0; i < n; i++) {
		xlsx_out_write_text(ws, 0, (lxw_col_t)i, names[i], x->hdr);
		worksheet_set_column(ws, (lxw_col_t)i, (lxw_col_t)i, width[i], NULL);
	}
	worksheet_freeze_panes(ws, 1, 0);
}

static void put_pct(const struct hx *x, lxw_worksheet *ws, int row, int col,
		    int ok, pct_t p)
{
	char buf[NUM_BUFSZ];

	if (ok)
		worksheet_write_number(ws, (lxw_row_t)row, (lxw_col_t)col,
				       strtod(pct_format(p, x->h->desimal, NUM_PLAIN,
							 buf), NULL), x->pct);
}

static void put_str(lxw_worksheet *ws, int row, int col, const char *z)
{
	if (z && z[0])
		xlsx_out_write_text(ws, (lxw_row_t)row, (lxw_col_t)col, z, NULL);
}

static void sheet_capaian(const struct hx *x)
{
	static const char *const h[] = { "Kode Instansi", "Kode Induk",
		"Kode Indikator", "Indikator", "Satuan", "Polaritas", "Target",
		"Jenis Target", "Realisasi", "Capaian (%)", "Capaian Terbatas (%)",
		"Capaian thd Target Akhir (%)", "Predikat", "Keterangan" };
	static const double w[] = { 16, 12, 16, 50, 12, 10, 14, 18, 14, 12, 12,
		14, 14, 20 };
	lxw_worksheet *ws = workbook_add_worksheet(x->wb, "Capaian");
	int i;

	head(x, ws, h, 14, w);
	for (i = 0; i < x->h->nind; i++) {
		const struct hasil_indikator *r = &x->h->ind[i];
		int row = i + 1;

		put_str(ws, row, 0, r->instansi->kode);
		put_str(ws, row, 1, r->node->kode);
		put_str(ws, row, 2, r->ind->kode);
		put_str(ws, row, 3, r->ind->uraian);
		put_str(ws, row, 4, r->ind->satuan);
		put_str(ws, row, 5, tab_polaritas_nama(r->ind->polaritas));
		put_str(ws, row, 6, r->target ? r->target->raw : NULL);
		put_str(ws, row, 7, r->target ? r->target_jenis : NULL);
		put_str(ws, row, 8, r->realisasi_nilai ? r->realisasi_nilai->raw :
			r->realisasi.kind != VAL_KOSONG ? "(dari periode)" : NULL);
		put_pct(x, ws, row, 9, r->cap.ok, r->cap.nilai);
		put_pct(x, ws, row, 10, r->cap.ok, r->cap.terbatas);
		put_pct(x, ws, row, 11, r->has_akhir && r->cap_akhir.ok,
			r->cap_akhir.nilai);
		put_str(ws, row, 12, r->predikat);
		put_str(ws, row, 13, r->cap.alasan);
	}
	if (x->h->nind)
		worksheet_autofilter(ws, 0, 0, (lxw_row_t)x->h->nind, 13);
}

static void sheet_sasaran(const struct hx *x)
{
	static const char *const h[] = { "Kode Instansi", "Kode", "Capaian (%)",
		"Jumlah Indikator", "Tanpa Capaian" };
	static const double w[] = { 16, 14, 12, 16, 14 };
	lxw_worksheet *ws = workbook_add_worksheet(x->wb, "Sasaran");
	int i;

	head(x, ws, h, 5, w);
	for (i = 0; i < x->h->nsasaran; i++) {
		const struct hasil_sasaran *s = &x->h->sasaran[i];

		put_str(ws, i + 1, 0, s->instansi->kode);
		put_str(ws, i + 1, 1, s->kode);
		put_pct(x, ws, i + 1, 2, s->ok, s->capaian);
		worksheet_write_number(ws, (lxw_row_t)(i + 1), 3, s->n, NULL);
		worksheet_write_number(ws, (lxw_row_t)(i + 1), 4, s->ntanpa, NULL);
	}
}

static void sheet_anggaran(const struct hx *x)
{
	static const char *const h[] = { "Kode Instansi", "Kode", "Pagu",
		"Realisasi", "Serapan (%)", "Keterangan" };
	static const double w[] = { 16, 14, 20, 20, 12, 18 };
	lxw_worksheet *ws = workbook_add_worksheet(x->wb, "Anggaran");
	int i;

	head(x, ws, h, 6, w);
	for (i = 0; i < x->h->nanggaran; i++) {
		const struct hasil_anggaran *a = &x->h->anggaran[i];
		lxw_row_t row = (lxw_row_t)(i + 1);

		put_str(ws, i + 1, 0, a->instansi->kode);
		put_str(ws, i + 1, 1, a->kode);
		if (a->j.pagu_ok)
			worksheet_write_number(ws, row, 2, (double)a->j.pagu, x->rp);
		if (a->j.realisasi_ok)
			worksheet_write_number(ws, row, 3, (double)a->j.realisasi, x->rp);
		put_pct(x, ws, i + 1, 4, a->serapan_ok, a->serapan);
		put_str(ws, i + 1, 5, a->serapan_ok ? NULL : a->alasan);
	}
}

static void sheet_efisiensi(const struct hx *x)
{
	static const char *const h[] = { "Kode Instansi", "Kode", "Capaian (%)",
		"Serapan (%)", "Efisien" };
	static const double w[] = { 16, 14, 12, 12, 10 };
	lxw_worksheet *ws = workbook_add_worksheet(x->wb, "Efisiensi");
	int i;

	head(x, ws, h, 5, w);
	for (i = 0; i < x->h->nefisiensi; i++) {
		const struct hasil_efisiensi *f = &x->h->efisiensi[i];

		put_str(ws, i + 1, 0, f->instansi->kode);
		put_str(ws, i + 1, 1, f->kode);
		put_pct(x, ws, i + 1, 2, 1, f->capaian);
		put_pct(x, ws, i + 1, 3, 1, f->serapan);
		put_str(ws, i + 1, 4, f->efisien ? "Ya" : "Tidak");
	}
}

int hasil_write_xlsx(const struct hasil *h, const char *path, struct sk_err *e)
{
	struct xlsx_out o;
	struct hx x;
	char fmt[32];
	int rc, d = h->desimal < 0 ? 0 : h->desimal > 9 ? 9 : h->desimal;

	if ((rc = xlsx_out_open(&o, path, "Capaian kinerja", e)))
		return rc;
	memset(&x, 0, sizeof x);
	x.h = h;
	x.wb = o.wb;
	x.hdr = workbook_add_format(o.wb);
	format_set_bold(x.hdr);
	format_set_bg_color(x.hdr, 0xD9D9D9);
	format_set_text_wrap(x.hdr);
	x.pct = workbook_add_format(o.wb);
	snprintf(fmt, sizeof fmt, "[$-421]#,##0%s%.*s", d ? "." : "", d,
		 "000000000");
	format_set_num_format(x.pct, fmt);
	x.rp = workbook_add_format(o.wb);
	format_set_num_format(x.rp, "[$-421]#,##0");
	sheet_capaian(&x);
	sheet_sasaran(&x);
	sheet_anggaran(&x);
	sheet_efisiensi(&x);
	return xlsx_out_close(&o, e);
}
