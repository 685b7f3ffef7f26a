/* xlsx_template: `sakip template` workbooks, and their Meta sheet read
 * back. */
#include "xlsx_template.h"
#include "../core/hitung.h"
#include "../core/scale.h"
#include "tabular.h"
#include "xlsx_out.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Fixed columns, both kinds. */
enum { C_NO, C_INDUK, C_KODE, C_URAIAN, C_SATUAN, C_POLARITAS, C_TIPE, C_NILAI };

#define DATA_ROW0 TEMPLATE_HEADER_ROW /* 0-based first data row */

struct fmts {
	lxw_format *title, *sub, *hdr, *ro, *ro_wrap, *in_num, *in_txt, *locked_in;
	lxw_format *wrap;
};

int template_jenis_parse(const char *z, enum template_jenis *out)
{
	if (strcmp(z, "renstra") == 0)
		*out = TEMPLATE_RENSTRA;
	else if (strcmp(z, "realisasi") == 0)
		*out = TEMPLATE_REALISASI;
	else
		return SK_EINVAL;
	return 0;
}

const char *template_jenis_nama(enum template_jenis j)
{
	return j == TEMPLATE_RENSTRA ? "renstra" : "realisasi";
}

void template_periode(const struct instansi *in, int tahun, int *awal,
		      int *akhir)
{
	if (in->renstra_awal && in->renstra_akhir >= in->renstra_awal &&
	    in->renstra_akhir - in->renstra_awal < 10 &&
	    tahun >= in->renstra_awal && tahun <= in->renstra_akhir) {
		*awal = in->renstra_awal;
		*akhir = in->renstra_akhir;
	} else {
		*awal = tahun;
		*akhir = tahun + 4;
	}
}

static void make_formats(lxw_workbook *wb, struct fmts *f)
{
	f->title = workbook_add_format(wb);
	format_set_bold(f->title);
	format_set_font_size(f->title, 13);
	f->sub = workbook_add_format(wb);
	format_set_italic(f->sub);
	f->hdr = workbook_add_format(wb);
	format_set_bold(f->hdr);
	format_set_text_wrap(f->hdr);
	format_set_align(f->hdr, LXW_ALIGN_CENTER);
	format_set_align(f->hdr, LXW_ALIGN_VERTICAL_CENTER);
	format_set_bg_color(f->hdr, 0xD9D9D9);
	format_set_border(f->hdr, LXW_BORDER_THIN);
	f->ro = workbook_add_format(wb);
	format_set_border(f->ro, LXW_BORDER_THIN);
	format_set_bg_color(f->ro, 0xF2F2F2);
	format_set_align(f->ro, LXW_ALIGN_VERTICAL_TOP);
	f->ro_wrap = workbook_add_format(wb);
	format_set_border(f->ro_wrap, LXW_BORDER_THIN);
	format_set_bg_color(f->ro_wrap, 0xF2F2F2);
	format_set_align(f->ro_wrap, LXW_ALIGN_VERTICAL_TOP);
	format_set_text_wrap(f->ro_wrap);
	f->in_num = workbook_add_format(wb);
	format_set_unlocked(f->in_num);
	format_set_border(f->in_num, LXW_BORDER_THIN);
	format_set_bg_color(f->in_num, 0xFFF2CC);
	format_set_align(f->in_num, LXW_ALIGN_VERTICAL_TOP);
	format_set_num_format(f->in_num, "[$-421]#,##0.00##");
	f->in_txt = workbook_add_format(wb);
	format_set_unlocked(f->in_txt);
	format_set_border(f->in_txt, LXW_BORDER_THIN);
	format_set_bg_color(f->in_txt, 0xFFF2CC);
	format_set_align(f->in_txt, LXW_ALIGN_VERTICAL_TOP);
	format_set_num_format(f->in_txt, "@");
	f->locked_in = workbook_add_format(wb);
	format_set_italic(f->locked_in);
	format_set_border(f->locked_in, LXW_BORDER_THIN);
	format_set_bg_color(f->locked_in, 0xF2F2F2);
	f->wrap = workbook_add_format(wb);
	format_set_text_wrap(f->wrap);
	format_set_align(f->wrap, LXW_ALIGN_VERTICAL_TOP);
}

/* ---- one indicator row ------------------------------------------------------ */

static void write_nilai(lxw_worksheet *ws, int row, int col,
			const struct nilai *n, lxw_format *f)
{
	if (!n || !n->raw)
		worksheet_write_blank(ws, (lxw_row_t)row, (lxw_col_t)col, f);
	else if (n->is_num)
		worksheet_write_number(ws, (lxw_row_t)row, (lxw_col_t)col,
				       strtod(n->raw, NULL), f);
	else
		xlsx_out_write_text(ws, (lxw_row_t)row, (lxw_col_t)col, n->raw, f);
}

/* Data validation of the input cells c1 … c2 of a row. */
static void validate(lxw_worksheet *ws, int row, int c1, int c2,
		     const struct indikator *ind)
{
	const struct skala *sk = ind->skala ? skala_builtin(ind->skala) : NULL;
	char *list[SKALA_MAX + 1];
	lxw_data_validation dv;
	int i;

	memset(&dv, 0, sizeof dv);
	if (ind->tipe == TIPE_ANGKA && !ind->skala) {
		dv.validate = LXW_VALIDATION_TYPE_DECIMAL;
		dv.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
		dv.minimum_number = -1e15;
		dv.maximum_number = 1e15;
		dv.input_title = "Isian angka";
		dv.input_message = "Angka saja, mis. 84,02 (tanpa satuan). "
				   "Kosongkan bila belum ada data.";
		dv.error_title = "Bukan angka";
		dv.error_message = "Isi dengan angka, misalnya 84,02, tanpa "
				   "satuan atau teks.";
	} else if (ind->tipe == TIPE_PREDIKAT && sk) {
		for (i = 0; i < sk->n; i++)
			list[i] = (char *)sk->t[i].label;
		list[i] = NULL;
		dv.validate = LXW_VALIDATION_TYPE_LIST;
		dv.value_list = list;
		dv.input_title = "Isian predikat";
		dv.input_message = "Pilih dari daftar. Kosongkan bila belum ada "
				   "data.";
		dv.error_title = "Bukan predikat";
		dv.error_message = "Pilih salah satu predikat dari daftar.";
	} else {
		return;
	}
	dv.error_type = LXW_VALIDATION_ERROR_TYPE_STOP;
	worksheet_data_validation_range(ws, (lxw_row_t)row, (lxw_col_t)c1,
					(lxw_row_t)row, (lxw_col_t)c2, &dv);
}

static const char *tipe_text(const struct indikator *ind, char *buf, size_t cap)
{
	if (ind->skala)
		snprintf(buf, cap, "%s (%s)", tab_tipe_nama(ind->tipe), ind->skala);
	else
		snprintf(buf, cap, "%s", tab_tipe_nama(ind->tipe));
	return buf;
}

static void write_fixed(lxw_worksheet *ws, int row, int no,
			const struct tab_ind *t, const struct fmts *f)
{
	char buf[96];
	lxw_row_t r = (lxw_row_t)row;

	worksheet_write_number(ws, r, C_NO, no, f->ro);
	xlsx_out_write_text(ws, r, C_INDUK, t->node->kode, f->ro);
	xlsx_out_write_text(ws, r, C_KODE, t->ind->kode, f->ro);
	xlsx_out_write_text(ws, r, C_URAIAN, t->ind->uraian ? t->ind->uraian : "",
			    f->ro_wrap);
	xlsx_out_write_text(ws, r, C_SATUAN, t->ind->satuan ? t->ind->satuan : "",
			    f->ro_wrap);
	xlsx_out_write_text(ws, r, C_POLARITAS,
			    tab_polaritas_nama(t->ind->polaritas), f->ro);
	xlsx_out_write_text(ws, r, C_TIPE, tipe_text(t->ind, buf, sizeof buf),
			    f->ro);
}

static lxw_format *input_format(const struct indikator *ind,
				const struct fmts *f)
{
	return ind->tipe == TIPE_ANGKA ? f->in_num : f->in_txt;
}

static void row_realisasi(lxw_worksheet *ws, int row, const struct tab_ind *t,
			  int tahun, const struct fmts *f)
{
	const struct indikator *ind = t->ind;
	const struct periode *pr = indikator_periode(ind, tahun);
	const char *jenis;
	lxw_format *in = input_format(ind, f);
	int q;

	write_nilai(ws, row, C_NILAI, hitung_target(ind, tahun, &jenis), f->ro);
	write_nilai(ws, row, C_NILAI + 1, tahunan_get(&ind->realisasi, tahun), in);
	for (q = 0; q < 4; q++) {
		if (pr && pr->bulanan)
			xlsx_out_write_text(ws, (lxw_row_t)row,
					    (lxw_col_t)(C_NILAI + 2 + q),
					    "(bulanan)", f->locked_in);
		else
			write_nilai(ws, row, C_NILAI + 2 + q,
				    pr ? &pr->a[q] : NULL, in);
	}
	validate(ws, row, C_NILAI + 1, pr && pr->bulanan ? C_NILAI + 1 : C_NILAI + 5,
		 ind);
}

static void row_renstra(lxw_worksheet *ws, int row, const struct tab_ind *t,
			int awal, int akhir, const struct fmts *f)
{
	const struct indikator *ind = t->ind;
	lxw_format *in = input_format(ind, f);
	int y;

	for (y = awal; y <= akhir; y++)
		write_nilai(ws, row, C_NILAI + (y - awal),
			    tahunan_get(&ind->target, y), in);
	write_nilai(ws, row, C_NILAI + (akhir - awal + 1),
		    ind->target_akhir.raw ? &ind->target_akhir : NULL, in);
	validate(ws, row, C_NILAI, C_NILAI + (akhir - awal + 1), ind);
}

/* ---- sheets ------------------------------------------------------------------ */

struct tpl {
	struct pkg *p;
	struct instansi *in;
	enum template_jenis jenis;
	int tahun, awal, akhir;
	const char *lembar;
	struct fmts f;
};

static void header_row(lxw_worksheet *ws, const struct tpl *t)
{
	static const char *const fixed[] = { "No", "Kode Induk", "Kode Indikator",
		"Indikator", "Satuan", "Polaritas", "Tipe" };
	static const double width[] = { 5, 12, 16, 50, 14, 10, 14 };
	static const char *const tw[] = { "I", "II", "III", "IV" };
	char buf[64];
	lxw_row_t r = TEMPLATE_HEADER_ROW - 1;
	int i, col = C_NILAI;

	for (i = 0; i < C_NILAI; i++) {
		xlsx_out_write_text(ws, r, (lxw_col_t)i, fixed[i], t->f.hdr);
		worksheet_set_column(ws, (lxw_col_t)i, (lxw_col_t)i, width[i], NULL);
	}
	if (t->jenis == TEMPLATE_REALISASI) {
		snprintf(buf, sizeof buf, "Target %d", t->tahun);
		xlsx_out_write_text(ws, r, (lxw_col_t)col++, buf, t->f.hdr);
		snprintf(buf, sizeof buf, "Realisasi %d", t->tahun);
		xlsx_out_write_text(ws, r, (lxw_col_t)col++, buf, t->f.hdr);
		for (i = 0; i < 4; i++) {
			snprintf(buf, sizeof buf, "TW %s %d", tw[i], t->tahun);
			xlsx_out_write_text(ws, r, (lxw_col_t)col++, buf, t->f.hdr);
		}
	} else {
		for (i = t->awal; i <= t->akhir; i++) {
			snprintf(buf, sizeof buf, "Target %d", i);
			xlsx_out_write_text(ws, r, (lxw_col_t)col++, buf, t->f.hdr);
		}
		xlsx_out_write_text(ws, r, (lxw_col_t)col++, "Target Akhir",
				    t->f.hdr);
	}
	worksheet_set_column(ws, C_NILAI, (lxw_col_t)(col - 1), 14, NULL);
	worksheet_set_row(ws, r, 32, NULL);
}

static int data_sheet(lxw_workbook *wb, struct tpl *t)
{
	lxw_worksheet *ws = workbook_add_worksheet(wb, t->lembar);
	lxw_protection prot;
	struct tab_ind *inds;
	char buf[512];
	int n, i;

	if (!ws || tab_indikator_list(t->in, &inds, &n))
		return SK_ENOMEM;
	if (t->jenis == TEMPLATE_REALISASI)
		snprintf(buf, sizeof buf, "Realisasi Kinerja Tahun %d", t->tahun);
	else
		snprintf(buf, sizeof buf, "Target Renstra %d-%d", t->awal, t->akhir);
	xlsx_out_write_text(ws, 0, 0, buf, t->f.title);
	snprintf(buf, sizeof buf, "%s (%s)%s%s", t->in->nama ? t->in->nama : "",
		 t->in->kode, t->p->pemda_nama ? " - " : "",
		 t->p->pemda_nama ? t->p->pemda_nama : "");
	xlsx_out_write_text(ws, 1, 0, buf, NULL);
	xlsx_out_write_text(ws, 2, 0, "Isi sel berwarna kuning saja; sel abu-abu "
			    "terkunci. Lihat lembar Petunjuk.", t->f.sub);
	header_row(ws, t);
	for (i = 0; i < n; i++) {
		write_fixed(ws, DATA_ROW0 + i, i + 1, &inds[i], &t->f);
		if (t->jenis == TEMPLATE_REALISASI)
			row_realisasi(ws, DATA_ROW0 + i, &inds[i], t->tahun, &t->f);
		else
			row_renstra(ws, DATA_ROW0 + i, &inds[i], t->awal, t->akhir, &t->f);
	}
	free(inds);
	worksheet_freeze_panes(ws, TEMPLATE_HEADER_ROW, C_URAIAN + 1);
	memset(&prot, 0, sizeof prot);
	prot.format_columns = 1;
	prot.format_rows = 1;
	worksheet_protect(ws, NULL, &prot);
	worksheet_activate(ws);
	return 0;
}

static const char *const zPetunjuk[] = {
	"Petunjuk pengisian",
	"",
	"1. Isi hanya sel berwarna kuning. Sel abu-abu (kode, indikator, satuan, "
	"polaritas, tipe, target) terkunci dan tidak perlu diubah.",
	"2. Jangan menambah, menghapus atau memindahkan baris dan kolom; jangan "
	"mengganti nama lembar. Lembar tersembunyi \"Meta\" dibaca saat impor.",
	"3. Indikator bertipe angka: isi angka saja tanpa satuan, misalnya 84,02. "
	"Angka dengan koma (84,02) maupun titik desimal (84.02) diterima.",
	"4. Indikator bertipe predikat: pilih predikat dari daftar (mis. BB, A, "
	"WTP).",
	"5. Sel kosong atau tanda \"-\" berarti belum ada data; nilai yang "
	"tersimpan untuk sel itu dihapus saat impor.",
	"6. Realisasi triwulan (TW I - TW IV) boleh diisi; bila kolom Realisasi "
	"tahunan kosong, realisasi tahunan dihitung dari triwulan menurut "
	"agregasi indikator. \"(bulanan)\" berarti indikator dilaporkan per bulan.",
	"7. Impor: sakip import NAMA-BERKAS.xlsx. Semua kesalahan dilaporkan "
	"dengan lembar dan sel (mis. Realisasi!I12); tidak ada yang disimpan "
	"sampai seluruh berkas benar, kecuali dengan --sebagian (baris yang benar "
	"disimpan, baris lain didaftar).",
	NULL
};

static void petunjuk_sheet(lxw_workbook *wb, const struct tpl *t)
{
	lxw_worksheet *ws = workbook_add_worksheet(wb, "Petunjuk");
	int i;

	if (!ws)
		return;
	worksheet_set_column(ws, 0, 0, 110, NULL);
	for (i = 0; zPetunjuk[i]; i++)
		xlsx_out_write_text(ws, (lxw_row_t)i, 0, zPetunjuk[i],
				    i == 0 ? t->f.title : t->f.wrap);
}

static void meta_sheet(lxw_workbook *wb, const struct tpl *t)
{
	lxw_worksheet *ws = workbook_add_worksheet(wb, TEMPLATE_META);
	char y[16], a[16], b[16], h[16];
	const char *rows[][2] = {
		{ "format", TEMPLATE_FORMAT },
		{ "jenis", template_jenis_nama(t->jenis) },
		{ "pemda", t->p->pemda_kode ? t->p->pemda_kode : "" },
		{ "instansi", t->in->kode },
		{ "tahun", y },
		{ "tahun_awal", a },
		{ "tahun_akhir", b },
		{ "lembar", t->lembar },
		{ "baris_judul", h },
	};
	size_t i;

	if (!ws)
		return;
	snprintf(y, sizeof y, "%d", t->tahun);
	snprintf(a, sizeof a, "%d", t->jenis == TEMPLATE_RENSTRA ? t->awal : t->tahun);
	snprintf(b, sizeof b, "%d", t->jenis == TEMPLATE_RENSTRA ? t->akhir : t->tahun);
	snprintf(h, sizeof h, "%d", TEMPLATE_HEADER_ROW);
	for (i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		xlsx_out_write_text(ws, (lxw_row_t)i, 0, rows[i][0], NULL);
		xlsx_out_write_text(ws, (lxw_row_t)i, 1, rows[i][1], NULL);
	}
	worksheet_protect(ws, NULL, NULL);
	worksheet_hide(ws);
}

int xlsx_template_write(struct pkg *p, const char *instansi,
			enum template_jenis j, int tahun, const char *path,
			struct sk_err *e)
{
	struct xlsx_out o;
	struct tpl t;
	int i, rc;

	memset(&t, 0, sizeof t);
	for (i = 0; i < p->ninstansi; i++)
		if (strcmp(p->instansi[i].kode, instansi) == 0)
			t.in = &p->instansi[i];
	if (!t.in)
		return sk_errf(e, SK_ENOTFOUND, "no instansi '%s'", instansi);
	t.p = p;
	t.jenis = j;
	t.tahun = tahun;
	t.lembar = j == TEMPLATE_RENSTRA ? "Renstra" : "Realisasi";
	template_periode(t.in, tahun, &t.awal, &t.akhir);
	if ((rc = xlsx_out_open(&o, path, "Templat sakip", e)))
		return rc;
	make_formats(o.wb, &t.f);
	if ((rc = data_sheet(o.wb, &t))) {
		xlsx_out_abort(&o);
		return sk_errf(e, rc, "out of memory");
	}
	petunjuk_sheet(o.wb, &t);
	meta_sheet(o.wb, &t);
	return xlsx_out_close(&o, e);
}

/* ---- Meta read back -------------------------------------------------------------- */

static int meta_int(const struct xlsx_sheet *s, int row, const char *v, int *out,
		    struct sk_err *e)
{
	char *end;
	long n = strtol(v, &end, 10);

	if (!v[0] || *end || n < 1900 || n > 2199)
		return sk_errf(e, SK_EINVAL, "%s!B%d: '%s' is not a year", s->name,
			       row, v);
	*out = (int)n;
	return 0;
}

static int meta_field(const struct xlsx_sheet *s, int row, const char *k,
		      const char *v, struct template_meta *m, struct sk_err *e)
{
	if (strcmp(k, "format") == 0 && strcmp(v, TEMPLATE_FORMAT) != 0)
		return sk_errf(e, SK_EINVAL, "%s!B%d: format '%s', expected '%s'",
			       s->name, row, v, TEMPLATE_FORMAT);
	if (strcmp(k, "jenis") == 0 && template_jenis_parse(v, &m->jenis))
		return sk_errf(e, SK_EINVAL, "%s!B%d: unknown template kind '%s'",
			       s->name, row, v);
	if (strcmp(k, "pemda") == 0)
		snprintf(m->pemda, sizeof m->pemda, "%s", v);
	if (strcmp(k, "instansi") == 0)
		snprintf(m->instansi, sizeof m->instansi, "%s", v);
	if (strcmp(k, "lembar") == 0)
		snprintf(m->lembar, sizeof m->lembar, "%s", v);
	if (strcmp(k, "tahun") == 0)
		return meta_int(s, row, v, &m->tahun, e);
	if (strcmp(k, "tahun_awal") == 0)
		return meta_int(s, row, v, &m->awal, e);
	if (strcmp(k, "tahun_akhir") == 0)
		return meta_int(s, row, v, &m->akhir, e);
	if (strcmp(k, "baris_judul") == 0) {
		m->header_row = atoi(v);
		if (m->header_row < 1 || m->header_row > 100)
			return sk_errf(e, SK_EINVAL, "%s!B%d: bad header row '%s'",
				       s->name, row, v);
	}
	return 0;
}

int template_meta_read(const struct xlsx_book *b, struct template_meta *m,
		       struct sk_err *e)
{
	const struct xlsx_sheet *s = xlsx_sheet(b, TEMPLATE_META);
	int row, rc, has_format = 0;

	memset(m, 0, sizeof *m);
	if (!s)
		return 0;
	for (row = 1; row <= s->nrow && row <= 50; row++) {
		const char *k = xlsx_text(s, row, 0), *v = xlsx_text(s, row, 1);
		has_format |= strcmp(k, "format") == 0;
		if ((rc = meta_field(s, row, k, v, m, e)))
			return rc;
	}
	if (!has_format)
		return sk_errf(e, SK_EINVAL, "%s!A1: no 'format' row: not a sakip "
			       "template", s->name);
	if (!m->instansi[0] || !m->tahun || !m->lembar[0] || !m->header_row)
		return sk_errf(e, SK_EINVAL, "%s: incomplete (instansi, tahun, lembar "
			       "and baris_judul are required)", s->name);
	if (!xlsx_sheet(b, m->lembar))
		return sk_errf(e, SK_EINVAL, "%s: the sheet '%s' is missing; was it "
			       "renamed?", s->name, m->lembar);
	return 1;
}
