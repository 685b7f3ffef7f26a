/* page_indikator: one indicator — its definition, every year's target
 * against realisation with capaian and a trend chart, and the values of
 * its periods. */
#include "page.h"
#include "../core/value.h"

#include <stdio.h>
#include <string.h>

static const char *pol_nama(enum polaritas p)
{
	return p == POL_NEGATIF ? "negatif (makin kecil makin baik)" :
	       p == POL_RENTANG ? "rentang" : "positif (makin besar makin baik)";
}

static const char *agr_nama(enum agregasi a)
{
	return a == AGR_KUMULATIF ? "kumulatif" :
	       a == AGR_RATA_RATA ? "rata-rata" : "nilai terakhir";
}

static void def_row(struct sbuf *b, const char *k, const char *v)
{
	html_printf(b, "<tr><th>%s</th><td>%s</td></tr>\n", k,
		    v && *v ? v : "–");
}

static void definition(struct sbuf *b, const struct indikator *ind,
		       const struct node *n)
{
	char base[160];

	html_trusted(b, "<h2>Definisi</h2>\n<div class=\"tabel\"><table>\n");
	def_row(b, "Kode", ind->kode);
	def_row(b, "Indikator", ind->uraian);
	def_row(b, view_tingkat(n->tingkat), n->uraian);
	def_row(b, "Satuan", ind->satuan);
	def_row(b, "IKU", ind->iku ? "ya" : "tidak");
	def_row(b, "Polaritas", pol_nama(ind->polaritas));
	def_row(b, "Tipe", ind->tipe == TIPE_TEKS ? "teks" :
		ind->tipe == TIPE_PREDIKAT ? "predikat" : "angka");
	def_row(b, "Skala", ind->skala);
	def_row(b, "Agregasi periode", agr_nama(ind->agregasi));
	def_row(b, "Formula", ind->formula);
	def_row(b, "Sumber data", ind->sumber_data);
	base[0] = 0;
	if (ind->baseline.raw)
		snprintf(base, sizeof base, "%.120s (%d)", ind->baseline.raw,
			 ind->baseline_tahun);
	def_row(b, "Baseline", base);
	def_row(b, "Target akhir Renstra", ind->target_akhir.raw);
	html_trusted(b, "</table></div>\n");
}

static int ind_years(const struct indikator *ind, int *a, int max)
{
	const struct tahunan *t[] = { &ind->target, &ind->target_pk,
				      &ind->realisasi };
	int n = 0, i, j, k, y;

	for (i = 0; i < 3 + ind->nperiode; i++) {
		int cnt = i < 3 ? t[i]->n : 1;

		for (j = 0; j < cnt; j++) {
			y = i < 3 ? t[i]->a[j].tahun : ind->periode[i - 3].tahun;
			for (k = 0; k < n && a[k] != y; k++)
				;
			if (k == n && n < max)
				a[n++] = y;
		}
	}
	for (i = 1; i < n; i++)   /* few years: insertion sort */
		for (j = i; j > 0 && a[j - 1] > a[j]; j--)
			y = a[j], a[j] = a[j - 1], a[j - 1] = y;
	return n;
}

/* Every year of the indicator: hitung runs once per year over the agency
 * (an indicator's place in the results is the same every year). */
static void years_table(struct resp *o, struct view *v,
			const struct hasil_indikator *cur)
{
	const struct indikator *ind = cur->ind;
	struct trend_point pts[32];
	int ay[32], ny = ind_years(ind, ay, 32), i;
	size_t idx = (size_t)(cur - v->h.ind);
	struct sbuf rows = SBUF_INIT(0);
	struct num x;

	for (i = 0; i < ny; i++) {
		struct hasil h;
		const struct hasil_indikator *hi;
		char buf[NUM_BUFSZ];

		memset(&pts[i], 0, sizeof pts[i]);
		pts[i].tahun = ay[i];
		if (hitung_pkg(&v->p, ay[i], v->p.instansi[0].kode, &h, NULL))
			continue;
		hi = idx < (size_t)h.nind ? &h.ind[idx] : NULL;
		if (hi && hi->ind == ind) {
			html_printf(&rows, "<tr><td>%d</td><td class=\"angka\">%s"
				    "</td>", ay[i], hi->target ? hi->target->raw :
				    "–");
			if (hi->realisasi_nilai)
				html_printf(&rows, "<td class=\"angka\">%s</td>",
					    hi->realisasi_nilai->raw);
			else if (hi->realisasi.kind == VAL_ANGKA)
				html_printf(&rows, "<td class=\"angka\">%s</td>",
					    num_format(hi->realisasi.x, -1, NUM_ID,
						       buf));
			else
				html_trusted(&rows, "<td class=\"angka\">–</td>");
			view_capaian_cell(&rows, &hi->cap);
			html_printf(&rows, "<td>%s</td></tr>\n", hi->predikat ?
				    hi->predikat : "–");
			if (hi->target && value_number(&hi->target->v, &x))
				pts[i].has_target = 1, pts[i].target = num_to_double(x);
			if (value_number(&hi->realisasi, &x))
				pts[i].has_real = 1, pts[i].real = num_to_double(x);
		}
		hasil_free(&h);
	}
	html_trusted(&o->body, "<h2>Target dan realisasi per tahun</h2>\n"
		     "<div class=\"kartu\">");
	chart_trend(&o->body, "Target dan realisasi per tahun", pts, ny);
	html_trusted(&o->body, "</div>\n<div class=\"tabel\"><table><thead><tr>"
		     "<th>Tahun</th><th class=\"angka\">Target</th>"
		     "<th class=\"angka\">Realisasi</th>"
		     "<th class=\"angka\">Capaian</th><th>Predikat</th></tr>"
		     "</thead><tbody>\n");
	html_trusted(&o->body, rows.z);
	html_trusted(&o->body, "</tbody></table></div>\n");
	sbuf_release(&rows);
}

static void periods(struct resp *o, const struct indikator *ind)
{
	int i;

	if (ind->nperiode == 0)
		return;
	html_trusted(&o->body, "<h2>Realisasi per periode</h2>\n");
	for (i = 0; i < ind->nperiode; i++) {
		const struct periode *p = &ind->periode[i];

		html_printf(&o->body, "<h3>%d</h3>", p->tahun);
		view_periode_tabel(&o->body, p);
	}
}

int page_indikator(struct req *r, struct resp *o)
{
	struct web_instansi w;
	struct view v;
	const struct indikator *ind;
	const struct hasil_indikator *h;

	if (!(h = view_load_ind(r, o, &w, &v, "Data indikator tidak dapat "
				"dimuat.")))
		return 0;
	ind = h->ind;
	layout_begin(r, o, ind->uraian ? ind->uraian : ind->kode);
	html_printf(&o->body, "<h1>%s</h1>\n<p class=\"catatan\"><a href=\""
		    "/instansi/%D?tahun=%d\">%s</a> · %s</p>\n", ind->uraian ?
		    ind->uraian : ind->kode, w.id, v.tahun, w.nama ? w.nama :
		    w.kode, ind->kode);
	if (r->role == ROLE_OPERATOR)
		html_printf(&o->body, "<p><a href=\"/realisasi/%D?tahun=%d\">"
			    "Isi realisasi %d</a></p>\n", r->scope_id, v.tahun,
			    v.tahun);
	definition(&o->body, ind, h->node);
	years_table(o, &v, h);
	periods(o, ind);
	layout_end(r, o);
	view_free(&v);
	return 0;
}
