/* tabular_export: the indicators as one table, CSV or XLSX, that
 * tab_apply() reads back. */
#include "tabular.h"
#include "xlsx_out.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define Y0 1900
#define NY 300

enum { F_INSTANSI, F_INDUK, F_KODE, F_URAIAN, F_SATUAN, F_POLARITAS, F_TIPE,
       NFIXED };

static const char *const zFixedCsv[] = { "kode_instansi", "kode_induk",
	"kode_indikator", "indikator", "satuan", "polaritas", "tipe" };
static const char *const zFixedXlsx[] = { "Kode Instansi", "Kode Induk",
	"Kode Indikator", "Indikator", "Satuan", "Polaritas", "Tipe" };

struct ecol {
	int fixed;          /* F_*, or -1 for a value column */
	struct tab_col v;
};

struct tabel {
	struct tab_ind *a;
	int n;
	struct ecol *col;
	int ncol;
};

static int add_ind(struct tabel *t, struct instansi *in)
{
	struct tab_ind *one, *a;
	int n;

	if (tab_indikator_list(in, &one, &n))
		return SK_ENOMEM;
	a = realloc(t->a, ((size_t)t->n + (size_t)n + 1) * sizeof *a);
	if (!a) {
		free(one);
		return SK_ENOMEM;
	}
	if (n)
		memcpy(a + t->n, one, (size_t)n * sizeof *a);
	t->a = a;
	t->n += n;
	free(one);
	return 0;
}

static void mark_years(const struct indikator *ind, unsigned char *tg,
		       unsigned char *rl, unsigned char *tw, int *akhir)
{
	int i;

	for (i = 0; i < ind->target.n; i++)
		if (ind->target.a[i].tahun >= Y0 && ind->target.a[i].tahun < Y0 + NY)
			tg[ind->target.a[i].tahun - Y0] = 1;
	for (i = 0; i < ind->realisasi.n; i++)
		if (ind->realisasi.a[i].tahun >= Y0 &&
		    ind->realisasi.a[i].tahun < Y0 + NY)
			rl[ind->realisasi.a[i].tahun - Y0] = 1;
	for (i = 0; i < ind->nperiode; i++)
		if (!ind->periode[i].bulanan && ind->periode[i].tahun >= Y0 &&
		    ind->periode[i].tahun < Y0 + NY)
			tw[ind->periode[i].tahun - Y0] = 1;
	*akhir |= ind->target_akhir.raw != NULL;
}

static void push_col(struct tabel *t, int fixed, enum tab_kind k, int tahun,
		     int q)
{
	struct ecol *c = &t->col[t->ncol++];

	c->fixed = fixed;
	c->v.kind = k;
	c->v.tahun = tahun;
	c->v.periode = q;
	c->v.col = t->ncol - 1;
}

static int build(struct pkg *p, const char *instansi, struct tabel *t)
{
	unsigned char tg[NY] = { 0 }, rl[NY] = { 0 }, tw[NY] = { 0 };
	int i, y, q, akhir = 0, found = 0;

	memset(t, 0, sizeof *t);
	for (i = 0; i < p->ninstansi; i++) {
		if (instansi && strcmp(p->instansi[i].kode, instansi))
			continue;
		found = 1;
		if (add_ind(t, &p->instansi[i]))
			return SK_ENOMEM;
	}
	if (instansi && !found)
		return SK_ENOTFOUND;
	for (i = 0; i < t->n; i++)
		mark_years(t->a[i].ind, tg, rl, tw, &akhir);
	t->col = malloc((NFIXED + 7 * NY + 1) * sizeof *t->col);
	if (!t->col)
		return SK_ENOMEM;
	for (i = 0; i < NFIXED; i++)
		push_col(t, i, TAB_NONE, 0, 0);
	for (y = 0; y < NY; y++)
		if (tg[y])
			push_col(t, -1, TAB_TARGET, Y0 + y, 0);
	if (akhir)
		push_col(t, -1, TAB_TARGET_AKHIR, 0, 0);
	for (y = 0; y < NY; y++) {
		if (rl[y] || tw[y])
			push_col(t, -1, TAB_REALISASI, Y0 + y, 0);
		for (q = 1; tw[y] && q <= 4; q++)
			push_col(t, -1, TAB_TRIWULAN, Y0 + y, q);
	}
	return 0;
}

static void tabel_free(struct tabel *t)
{
	free(t->a);
	free(t->col);
}

static const char *header(const struct ecol *c, int csv, char *buf, size_t cap)
{
	static const char *const tw[] = { "I", "II", "III", "IV" };

	if (c->fixed >= 0)
		return csv ? zFixedCsv[c->fixed] : zFixedXlsx[c->fixed];
	switch (c->v.kind) {
	case TAB_TARGET:
		snprintf(buf, cap, csv ? "target_%d" : "Target %d", c->v.tahun);
		break;
	case TAB_TARGET_AKHIR:
		snprintf(buf, cap, csv ? "target_akhir" : "Target Akhir");
		break;
	case TAB_REALISASI:
		snprintf(buf, cap, csv ? "realisasi_%d" : "Realisasi %d", c->v.tahun);
		break;
	default:
		if (csv)
			snprintf(buf, cap, "realisasi_%d_tw%d", c->v.tahun, c->v.periode);
		else
			snprintf(buf, cap, "TW %s %d", tw[c->v.periode - 1], c->v.tahun);
	}
	return buf;
}

static const char *fixed_text(const struct tab_ind *t, int f)
{
	const char *z;

	switch (f) {
	case F_INSTANSI: z = t->instansi->kode; break;
	case F_INDUK: z = t->node->kode; break;
	case F_KODE: z = t->ind->kode; break;
	case F_URAIAN: z = t->ind->uraian; break;
	case F_SATUAN: z = t->ind->satuan; break;
	case F_POLARITAS: z = tab_polaritas_nama(t->ind->polaritas); break;
	default: z = tab_tipe_nama(t->ind->tipe);
	}
	return z ? z : "";
}

static const struct nilai *value_of(const struct indikator *ind,
				    const struct tab_col *c)
{
	const struct periode *p;

	switch (c->kind) {
	case TAB_TARGET:
		return tahunan_get(&ind->target, c->tahun);
	case TAB_TARGET_AKHIR:
		return ind->target_akhir.raw ? &ind->target_akhir : NULL;
	case TAB_REALISASI:
		return tahunan_get(&ind->realisasi, c->tahun);
	default:
		p = indikator_periode(ind, c->tahun);
		return p && !p->bulanan && p->a[c->periode - 1].raw ?
		       &p->a[c->periode - 1] : NULL;
	}
}

/* ---- CSV ------------------------------------------------------------------- */

static void csv_field(struct sbuf *out, const char *z)
{
	size_t n = strlen(z);

	if (!strpbrk(z, ";\"\r\n") && !(n && (z[0] == ' ' || z[n - 1] == ' '))) {
		sbuf_add(out, z, n);
		return;
	}
	sbuf_addc(out, '"');
	for (; *z; z++) {
		if (*z == '"')
			sbuf_addc(out, '"');
		sbuf_addc(out, *z);
	}
	sbuf_addc(out, '"');
}

int tab_export_csv(struct pkg *p, const char *instansi, struct sbuf *out)
{
	struct tabel t;
	char buf[64];
	int i, j, rc = build(p, instansi, &t);

	for (j = 0; !rc && j < t.ncol; j++) {
		if (j)
			sbuf_addc(out, ';');
		sbuf_adds(out, header(&t.col[j], 1, buf, sizeof buf));
	}
	if (!rc)
		sbuf_adds(out, "\r\n");
	for (i = 0; !rc && i < t.n; i++) {
		for (j = 0; j < t.ncol; j++) {
			const struct nilai *v;
			if (j)
				sbuf_addc(out, ';');
			if (t.col[j].fixed >= 0)
				csv_field(out, fixed_text(&t.a[i], t.col[j].fixed));
			else if ((v = value_of(t.a[i].ind, &t.col[j].v)))
				csv_field(out, v->raw);
		}
		sbuf_adds(out, "\r\n");
	}
	tabel_free(&t);
	return rc;
}

/* ---- XLSX ------------------------------------------------------------------- */

static void xlsx_value(lxw_worksheet *ws, int row, int col,
		       const struct nilai *v, lxw_format *num)
{
	if (!v)
		return;
	if (v->is_num)
		worksheet_write_number(ws, (lxw_row_t)row, (lxw_col_t)col,
				       strtod(v->raw, NULL), num);
	else
		xlsx_out_write_text(ws, (lxw_row_t)row, (lxw_col_t)col, v->raw,
				    NULL);
}

static void sheet_indikator(lxw_workbook *wb, const struct tabel *t)
{
	lxw_worksheet *ws = workbook_add_worksheet(wb, "Indikator");
	lxw_format *hdr = workbook_add_format(wb), *num = workbook_add_format(wb);
	char buf[64];
	int i, j;

	format_set_bold(hdr);
	format_set_bg_color(hdr, 0xD9D9D9);
	format_set_num_format(num, "[$-421]#,##0.00##");
	for (j = 0; j < t->ncol; j++)
		xlsx_out_write_text(ws, 0, (lxw_col_t)j,
				    header(&t->col[j], 0, buf, sizeof buf), hdr);
	for (i = 0; i < t->n; i++)
		for (j = 0; j < t->ncol; j++) {
			if (t->col[j].fixed >= 0)
				xlsx_out_write_text(ws, (lxw_row_t)(i + 1), (lxw_col_t)j,
						    fixed_text(&t->a[i], t->col[j].fixed),
						    NULL);
			else
				xlsx_value(ws, i + 1, j, value_of(t->a[i].ind, &t->col[j].v),
					   num);
		}
	worksheet_set_column(ws, 0, 2, 16, NULL);
	worksheet_set_column(ws, 3, 3, 50, NULL);
	worksheet_set_column(ws, 4, (lxw_col_t)(t->ncol > 5 ? t->ncol - 1 : 4), 13,
			     NULL);
	worksheet_freeze_panes(ws, 1, 3);
	if (t->n)
		worksheet_autofilter(ws, 0, 0, (lxw_row_t)t->n, (lxw_col_t)(t->ncol - 1));
}

struct agg_rd {
	lxw_worksheet *ws;
	lxw_format *rp;
	const char *instansi;
	int row;
};

static void uang(struct agg_rd *g, int col, const struct uang *u)
{
	if (u->ok)
		worksheet_write_number(g->ws, (lxw_row_t)g->row, (lxw_col_t)col,
				       (double)u->rp, g->rp);
}

static int agg_node(const struct node *n, const struct node *parent, void *ctx)
{
	struct agg_rd *g = ctx;
	int i;

	(void)parent;
	for (i = 0; i < n->nanggaran; i++) {
		const struct anggaran *a = &n->anggaran[i];
		g->row++;
		xlsx_out_write_text(g->ws, (lxw_row_t)g->row, 0, g->instansi, NULL);
		xlsx_out_write_text(g->ws, (lxw_row_t)g->row, 1,
				    tingkat_nama(n->tingkat), NULL);
		xlsx_out_write_text(g->ws, (lxw_row_t)g->row, 2, n->kode, NULL);
		xlsx_out_write_text(g->ws, (lxw_row_t)g->row, 3,
				    n->uraian ? n->uraian : "", NULL);
		worksheet_write_number(g->ws, (lxw_row_t)g->row, 4, a->tahun, NULL);
		uang(g, 5, &a->pagu);
		uang(g, 6, &a->pagu_perubahan);
		uang(g, 7, &a->realisasi);
	}
	return 0;
}

static void sheet_anggaran(lxw_workbook *wb, struct pkg *p, const char *instansi)
{
	static const char *const h[] = { "Kode Instansi", "Tingkat", "Kode",
		"Uraian", "Tahun", "Pagu", "Pagu Perubahan", "Realisasi" };
	struct agg_rd g;
	lxw_format *hdr = workbook_add_format(wb);
	int i;

	memset(&g, 0, sizeof g);
	g.ws = workbook_add_worksheet(wb, "Anggaran");
	g.rp = workbook_add_format(wb);
	format_set_num_format(g.rp, "[$-421]#,##0");
	format_set_bold(hdr);
	format_set_bg_color(hdr, 0xD9D9D9);
	for (i = 0; i < 8; i++)
		xlsx_out_write_text(g.ws, 0, (lxw_col_t)i, h[i], hdr);
	worksheet_set_column(g.ws, 3, 3, 50, NULL);
	worksheet_set_column(g.ws, 5, 7, 18, NULL);
	for (i = 0; i < p->ninstansi; i++) {
		if (instansi && strcmp(p->instansi[i].kode, instansi))
			continue;
		g.instansi = p->instansi[i].kode;
		instansi_walk(&p->instansi[i], agg_node, &g);
	}
	worksheet_freeze_panes(g.ws, 1, 0);
}

int tab_export_xlsx(struct pkg *p, const char *instansi, const char *path,
		    struct sk_err *e)
{
	struct xlsx_out o;
	struct tabel t;
	int rc = build(p, instansi, &t);

	if (rc) {
		tabel_free(&t);
		return rc == SK_ENOTFOUND ?
		       sk_errf(e, rc, "no instansi '%s'", instansi) :
		       sk_errf(e, rc, "out of memory");
	}
	if (!(rc = xlsx_out_open(&o, path, "Ekspor sakip", e))) {
		sheet_indikator(o.wb, &t);
		sheet_anggaran(o.wb, p, instansi);
		rc = xlsx_out_close(&o, e);
	}
	tabel_free(&t);
	return rc;
}
