/* view: a package loaded for a page and its year computed (page.h). */
#include "page.h"
#include "../core/tanggal.h"
#include "../core/capaian.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

struct years {
	int n;
	int a[64];
	int latest_real; /* latest year with a realisation */
};

static void year_add(struct years *y, int t)
{
	int i;

	if (t < 1900 || t > 2199)
		return;
	for (i = 0; i < y->n; i++)
		if (y->a[i] == t)
			return;
	if (y->n < 64)
		y->a[y->n++] = t;
}

static void years_of(const struct tahunan *t, struct years *y)
{
	int i;

	for (i = 0; i < t->n; i++)
		year_add(y, t->a[i].tahun);
}

static int years_visit(const struct node *n, const struct node *parent,
		       void *ctx)
{
	struct years *y = ctx;
	int i, j, k;

	(void)parent;
	for (i = 0; i < n->nindikator; i++) {
		const struct indikator *ind = &n->indikator[i];

		years_of(&ind->target, y);
		years_of(&ind->target_pk, y);
		years_of(&ind->realisasi, y);
		for (j = 0; j < ind->realisasi.n; j++)
			if (ind->realisasi.a[j].tahun > y->latest_real)
				y->latest_real = ind->realisasi.a[j].tahun;
		for (j = 0; j < ind->nperiode; j++) {
			const struct periode *p = &ind->periode[j];

			year_add(y, p->tahun);
			for (k = 0; k < p->n; k++)
				if (p->a[k].raw && p->tahun > y->latest_real)
					y->latest_real = p->tahun;
		}
	}
	return 0;
}

static int cmp_int(const void *a, const void *b)
{
	return *(const int *)a - *(const int *)b;
}

int view_load(struct req *r, struct view *v, const char *pemda_kode,
	      const char *instansi_kode, int tahun, struct sk_err *e)
{
	struct years y;
	int i, rc;

	memset(v, 0, sizeof *v);
	pkg_init(&v->p);
	v->loaded = 1;
	if ((rc = store_load_pkg(r->db, pemda_kode, instansi_kode, &v->p, e)))
		return rc;
	memset(&y, 0, sizeof y);
	for (i = 0; i < v->p.ninstansi; i++)
		instansi_walk(&v->p.instansi[i], years_visit, &y);
	qsort(y.a, (size_t)y.n, sizeof y.a[0], cmp_int);
	v->ntahun = y.n;
	memcpy(v->atahun, y.a, sizeof y.a);
	if (tahun < 1900 || tahun > 2199) {
		tahun = y.latest_real;
		if (!tahun && y.n)
			tahun = y.a[y.n - 1];
		if (!tahun) {
			time_t now = time(NULL);
			struct tm tm;

			gmtime_r(&now, &tm);
			tahun = tm.tm_year + 1900;
		}
	}
	v->tahun = tahun;
	if ((rc = hitung_pkg(&v->p, tahun, instansi_kode, &v->h, e)))
		return rc;
	v->computed = 1;
	return 0;
}

void view_free(struct view *v)
{
	if (v->computed)
		hasil_free(&v->h);
	if (v->loaded)
		pkg_free(&v->p);
	v->computed = v->loaded = 0;
}

const struct hasil_sasaran *view_sasaran(const struct view *v,
					 const struct instansi *in,
					 const struct node *n)
{
	int i;

	for (i = 0; i < v->h.nsasaran; i++)
		if (v->h.sasaran[i].instansi == in && v->h.sasaran[i].node == n)
			return &v->h.sasaran[i];
	return NULL;
}

const struct hasil_anggaran *view_anggaran(const struct view *v,
					   const struct instansi *in,
					   const struct node *n)
{
	int i;

	for (i = 0; i < v->h.nanggaran; i++)
		if (v->h.anggaran[i].instansi == in && v->h.anggaran[i].node == n)
			return &v->h.anggaran[i];
	return NULL;
}

const char *view_predikat(const struct view *v, pct_t capaian)
{
	return skala_label(&v->h.predikat,
			   pct_to_num(pct_round(capaian, v->h.desimal)));
}

void view_tahun_nav(struct sbuf *b, const struct view *v, const char *path)
{
	int i;

	if (v->ntahun == 0)
		return;
	html_trusted(b, "<p class=\"tahun\">Tahun: ");
	for (i = 0; i < v->ntahun; i++) {
		if (v->atahun[i] == v->tahun)
			html_printf(b, "<b>%d</b>", v->atahun[i]);
		else
			html_printf(b, "<a href=\"%a%stahun=%d\">%d</a>",
				    path, strchr(path, '?') ? "&" : "?",
				    v->atahun[i], v->atahun[i]);
	}
	html_trusted(b, "</p>\n");
}

int64_t *view_ind_ids(struct req *r, const struct view *v,
		      int64_t instansi_id)
{
	int64_t *ids;
	int n;
	struct sk_err e;

	if (store_indikator_ids(r->db, instansi_id, &r->arena, &ids, &n, &e) ||
	    n != v->h.nind)
		return NULL;
	return ids;
}

const struct hasil_indikator *view_find_ind(struct req *r,
					    const struct view *v,
					    int64_t instansi_id, int64_t ind_id)
{
	int64_t *ids = view_ind_ids(r, v, instansi_id);
	int i;

	for (i = 0; ids && i < v->h.nind; i++)
		if (ids[i] == ind_id)
			return &v->h.ind[i];
	return NULL;
}

const struct hasil_indikator *view_load_ind(struct req *r, struct resp *o,
					    struct web_instansi *w,
					    struct view *v, const char *galat)
{
	const struct hasil_indikator *h;
	struct sk_err e;

	memset(v, 0, sizeof *v);
	if (store_instansi_info(r->db, r->scope_instansi, &r->arena, w, &e) ||
	    view_load(r, v, w->pemda_kode, w->kode, (int)req_int(r, "tahun", 0),
		      &e)) {
		view_free(v);
		resp_error(r, o, 500, galat);
		return NULL;
	}
	if (!(h = view_find_ind(r, v, w->id, r->scope_id))) {
		view_free(v);
		resp_error(r, o, 404, "Indikator tidak ditemukan.");
		return NULL;
	}
	return h;
}

void view_capaian_cell(struct sbuf *b, const struct capaian *c)
{
	if (c->ok) {
		html_printf(b, "<td class=\"angka\">%p %%", c->nilai);
		if (c->dibatasi)
			html_printf(b, "<br><span class=\"catatan\">"
				    "dibatasi %p %%</span>", c->terbatas);
		html_trusted(b, "</td>");
		return;
	}
	html_printf(b, "<td class=\"angka\" title=\"%a\">–</td>",
		    c->alasan ? c->alasan : "");
}

const char *view_tanggal(const char *ymd, char buf[VIEW_TANGGAL_MAX])
{
	if (!ymd || !*ymd)
		return "–";
	return tanggal_id(ymd, buf, VIEW_TANGGAL_MAX) ? buf : ymd;
}

const char *view_periode_nama(const char *periode, int ke)
{
	static const char *const tw[] = { "Triwulan I", "Triwulan II",
					   "Triwulan III", "Triwulan IV" };

	if (periode && strcmp(periode, "triwulan") == 0 && ke >= 1 && ke <= 4)
		return tw[ke - 1];
	if (periode && strcmp(periode, "bulan") == 0 && ke >= 1 && ke <= 12)
		return bulan_nama(ke);
	return "Tahunan";
}

void view_entri_indikator(struct sbuf *b, const struct web_entri *a,
			  const char *path)
{
	if (a->indikator_id)
		html_printf(b, "<a href=\"%s/%D?tahun=%d\">%s</a>", path,
			    a->indikator_id, a->tahun, a->indikator_kode);
	else
		html_printf(b, "%s <span class=\"status status-yatim\">%s</span>",
			    a->indikator_kode, VIEW_ENTRI_YATIM);
}

const char *view_first_pemda(struct req *r)
{
	char **a;
	const char *z = NULL;
	int n, i;

	if (store_list_pemda(r->db, &a, &n, NULL))
		return NULL;
	if (n > 0)
		z = req_strdup(r, a[0]);
	for (i = 0; i < n; i++)
		free(a[i]);
	free(a);
	return z;
}

void view_pemda_nav(struct req *r, struct sbuf *b, const char *current,
		    const char *path)
{
	char **a;
	int n, i;

	if (store_list_pemda(r->db, &a, &n, NULL))
		return;
	if (n > 1) {
		html_trusted(b, "<p class=\"tahun\">Pemda: ");
		for (i = 0; i < n; i++) {
			if (current && strcmp(a[i], current) == 0)
				html_printf(b, "<b>%s</b>", a[i]);
			else
				html_printf(b, "<a href=\"%a?pemda=%u\">%s</a>",
					    path, a[i], a[i]);
		}
		html_trusted(b, "</p>\n");
	}
	for (i = 0; i < n; i++)
		free(a[i]);
	free(a);
}

const char *view_tingkat(enum tingkat t)
{
	static const char *const a[] = { "Tujuan", "Sasaran", "Program",
					 "Kegiatan", "Sub-kegiatan" };

	return (unsigned)t < 5 ? a[t] : "";
}

int view_pred_rank(const struct view *v, const char *label)
{
	int k = label ? skala_find(&v->h.predikat, label) : -1;

	return k < 0 ? 4 : k > 4 ? 4 : k;
}

void view_periode_tabel(struct sbuf *b, const struct periode *p)
{
	int k;

	html_trusted(b, "<div class=\"tabel\"><table><thead><tr>");
	for (k = 0; k < p->n; k++)
		html_printf(b, "<th class=\"angka\">%s</th>",
			    view_periode_nama(p->bulanan ? "bulan" : "triwulan",
					      k + 1));
	html_trusted(b, "</tr></thead><tbody><tr>");
	for (k = 0; k < p->n; k++)
		html_printf(b, "<td class=\"angka\">%s</td>",
			    p->a[k].raw ? p->a[k].raw : "–");
	html_trusted(b, "</tr></tbody></table></div>\n");
}

int view_pemda_tersimpan(struct req *r, struct resp *o, int rc,
			 const char *path, const char *pemda,
			 const char *galat)
{
	struct sbuf to = SBUF_INIT(256);

	if (rc == SK_ENOTFOUND)
		return resp_error(r, o, 404, "Pemda tidak ditemukan.");
	if (rc)
		return resp_error(r, o, 500, galat);
	web_changed(r);
	html_trusted(&to, path);
	html_trusted(&to, "?pesan=tersimpan&pemda=");
	html_url(&to, pemda);
	resp_redirect(r, o, to.z);
	sbuf_release(&to);
	return 0;
}
