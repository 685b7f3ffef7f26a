/* page_dasbor: the pemda dashboard — every agency with its mean capaian,
 * predikat and serapan, and a bar chart — for signed-in readers, and its
 * published years for the public. The rendered body is cached per
 * (pemda, year, audience) until the data changes. */
#include "page.h"

#include <malloc.h>
#include <stdlib.h>
#include <string.h>

static void pred_cell(struct sbuf *b, const struct view *v, const char *label)
{
	if (!label) {
		html_trusted(b, "<td>–</td>");
		return;
	}
	html_printf(b, "<td><span class=\"pred pred-%d\">%s</span></td>",
		    view_pred_rank(v, label), label);
}

struct total {
	int nmean;
	pct_t mean[512];
	int64_t pagu, real;
	int uang_ok, uang_any;
};

static void agency_row(struct sbuf *b, const struct view *v,
		       const struct instansi *in, int64_t id, struct total *t)
{
	const struct hasil_sasaran *s = view_sasaran(v, in, NULL);
	const struct hasil_anggaran *a = view_anggaran(v, in, NULL);

	if (id)
		html_printf(b, "<tr><td><a href=\"/instansi/%D?tahun=%d\">%s</a>"
			    "</td>", id, v->tahun, in->nama ? in->nama : in->kode);
	else
		html_printf(b, "<tr><td>%s</td>", in->nama ? in->nama : in->kode);
	if (s && s->ok) {
		html_printf(b, "<td class=\"angka\">%p %%</td>", s->capaian);
		pred_cell(b, v, view_predikat(v, s->capaian));
		if (t->nmean < 512)
			t->mean[t->nmean++] = s->capaian;
	} else {
		html_trusted(b, "<td class=\"angka\">–</td><td>–</td>");
	}
	html_printf(b, "<td class=\"angka\">%d / %d</td>", s ? s->n : 0,
		    s ? s->n + s->ntanpa : 0);
	if (a && a->serapan_ok) {
		html_printf(b, "<td class=\"angka\">%p %%</td></tr>\n", a->serapan);
	} else {
		html_trusted(b, "<td class=\"angka\">–</td></tr>\n");
	}
	if (a && a->j.pagu_ok && a->j.realisasi_ok) {
		t->pagu += a->j.pagu;
		t->real += a->j.realisasi;
		t->uang_any = 1;
	} else if (a) {
		t->uang_ok = 0;
	}
}

static void summary(struct sbuf *b, const struct view *v, const struct total *t)
{
	pct_t mean, serapan;

	html_printf(b, "<div class=\"ringkas\"><div>Instansi<b>%d</b></div>",
		    v->p.ninstansi);
	if (t->nmean) {
		mean = pct_mean(t->mean, (size_t)t->nmean);
		html_printf(b, "<div>Rata-rata capaian<b>%p %%</b></div>"
			    "<div>Predikat<b>%s</b></div>", mean,
			    view_predikat(v, mean));
	} else {
		html_trusted(b, "<div>Rata-rata capaian<b>–</b></div>");
	}
	if (t->uang_any && t->uang_ok && t->pagu > 0 &&
	    num_ratio_pct(num_int(t->real), num_int(t->pagu), &serapan) == 0)
		html_printf(b, "<div>Serapan anggaran<b>%p %%</b>Rp %n dari "
			    "Rp %n</div>", serapan, t->real, t->pagu);
	html_trusted(b, "</div>\n");
}

/* Finds the database id of an agency by pemda and kode. */
static int64_t instansi_id(const struct web_instansi *a, int n,
			   const char *pemda, const char *kode)
{
	int i;

	for (i = 0; i < n; i++)
		if (strcmp(a[i].pemda_kode, pemda) == 0 &&
		    strcmp(a[i].kode, kode) == 0)
			return a[i].id;
	return 0;
}

/* The body of a dashboard; links to agency pages unless publik. */
static int dasbor_body(struct req *r, struct view *v, struct sbuf *b,
		       int publik)
{
	struct web_instansi *all = NULL;
	struct sbuf rows = SBUF_INIT(0), path = SBUF_INIT(256);
	struct bar *bars;
	struct total *t;
	struct sk_err e;
	int i, nall = 0;

	if (!publik && store_instansi_list(r->db, &r->arena, &all, &nall, &e))
		return SK_EIO;
	bars = arena_array(&r->arena, (size_t)v->p.ninstansi + 1, sizeof *bars);
	t = arena_alloc(&r->arena, sizeof *t);
	if (!bars || !t)
		return SK_ENOMEM;
	t->uang_ok = 1;
	for (i = 0; i < v->p.ninstansi; i++) {
		const struct instansi *in = &v->p.instansi[i];
		const struct hasil_sasaran *s = view_sasaran(v, in, NULL);

		agency_row(&rows, v, in, publik ? 0 : instansi_id(all, nall,
				v->p.pemda_kode, in->kode), t);
		bars[i].label = in->nama ? in->nama : in->kode;
		bars[i].ok = s && s->ok;
		bars[i].value = s && s->ok ? s->capaian : 0;
	}
	html_printf(b, "<h1>Kinerja %s %d</h1>\n", v->p.pemda_nama ?
		    v->p.pemda_nama : v->p.pemda_kode, v->tahun);
	if (!publik) {
		html_trusted(&path, "/dasbor?pemda=");
		html_url(&path, v->p.pemda_kode);
		view_tahun_nav(b, v, path.z);
	}
	summary(b, v, t);
	html_trusted(b, "<div class=\"kartu\">");
	chart_bars(b, "Capaian rata-rata per instansi", bars, v->p.ninstansi,
		   &chart_capaian);
	html_trusted(b, "</div>\n<div class=\"tabel\"><table><thead><tr>"
		     "<th>Instansi</th><th class=\"angka\">Capaian rata-rata</th>"
		     "<th>Predikat</th><th class=\"angka\">Sasaran dengan "
		     "capaian</th><th class=\"angka\">Serapan anggaran</th></tr>"
		     "</thead><tbody>\n");
	html_trusted(b, rows.z);
	html_trusted(b, "</tbody></table></div>\n<p class=\"catatan\">Capaian "
		     "instansi = rata-rata capaian sasarannya; capaian sasaran = "
		     "rata-rata capaian indikatornya (angka yang dibatasi bila "
		     "ada batas capaian). Predikat menurut skala pemda.</p>\n");
	i = rows.err;
	sbuf_release(&rows);
	sbuf_release(&path);
	return b->err ? b->err : i;
}

static pthread_mutex_t render_lock = PTHREAD_MUTEX_INITIALIZER;

/* The cached or freshly rendered dashboard body of (pemda, tahun). */
static int dasbor_get(struct req *r, const char *pemda, int tahun, int publik,
		      struct view *v, char **out, size_t *n)
{
	struct sbuf key = SBUF_INIT(256), b = SBUF_INIT(0);
	unsigned long gen = atomic_load(&r->app->generation);
	struct sk_err e;
	int rc;

	sbuf_addf(&key, "d:%s:%d:%d", pemda ? pemda : "", tahun, publik);
	if ((*out = cache_get(r->app, key.z, n))) {
		sbuf_release(&key);
		return 0;
	}
	/* One render at a time: a miss under load (after a write) would
	 * otherwise load the whole pemda once per waiting worker. */
	pthread_mutex_lock(&render_lock);
	if ((*out = cache_get(r->app, key.z, n))) {
		pthread_mutex_unlock(&render_lock);
		sbuf_release(&key);
		return 0;
	}
	gen = atomic_load(&r->app->generation);
	rc = view_load(r, v, pemda, NULL, tahun, &e);
	if (rc == 0)
		rc = dasbor_body(r, v, &b, publik);
	if (rc == 0) {
		cache_put(r->app, key.z, b.z, b.n, gen);
		*n = b.n;
		*out = sbuf_take(&b);
	}
	pthread_mutex_unlock(&render_lock);
	sbuf_release(&b);
	sbuf_release(&key);
	return rc;
}

static int render(struct req *r, struct resp *o, const char *pemda, int tahun,
		  int publik)
{
	struct view v;
	char *body = NULL;
	size_t n = 0;
	int rc;

	memset(&v, 0, sizeof v);
	if (!pemda)
		return resp_error(r, o, 404, "Belum ada data pemda. Impor paket "
				  "sakip/1 terlebih dahulu.");
	rc = dasbor_get(r, pemda, tahun, publik, &v, &body, &n);
	if (v.loaded) {
		/* a whole pemda was loaded and computed (megabytes for 40
		 * agencies): give the freed pages back, the server is meant
		 * to stay small between the rare cache misses */
		view_free(&v);
		malloc_trim(0);
	}
	if (rc == SK_ENOTFOUND)
		return resp_error(r, o, 404, "Pemda tidak ditemukan.");
	if (rc)
		return resp_error(r, o, 500, "Data tidak dapat dimuat.");
	resp_reserve(o, n + 4096);
	layout_begin(r, o, "Dasbor");
	if (!publik)
		view_pemda_nav(r, &o->body, pemda, "/dasbor");
	html_trusted(&o->body, body);
	layout_end(r, o);
	free(body);
	return 0;
}

int page_dasbor(struct req *r, struct resp *o)
{
	const char *pemda = req_query(r, "pemda");

	if (pemda && strlen(pemda) > 64)
		return resp_error(r, o, 400, "Kode pemda terlalu panjang.");
	return render(r, o, pemda && *pemda ? pemda : view_first_pemda(r),
		      (int)req_int(r, "tahun", 0), 0);
}

/* The public dashboard. Anonymous readers all get the same page, so the
 * whole page is cached (publishing or withdrawing a year is a write and
 * makes it stale); a signed-in reader gets it with their own header. */
int page_publik_dasbor(struct req *r, struct resp *o)
{
	unsigned long gen = atomic_load(&r->app->generation);
	struct sbuf key = SBUF_INIT(256);
	struct sk_err e;
	char *end, *z;
	long tahun = strtol(r->args[1], &end, 10);
	size_t n;
	int pub = 0;

	if (*end || tahun < 1900 || tahun > 2199 || strlen(r->args[0]) > 64)
		return resp_error(r, o, 404, "Dasbor tahun ini belum "
				  "diterbitkan.");
	sbuf_addf(&key, "p:%s:%ld", r->args[0], tahun);
	if (!r->sess && (z = cache_get(r->app, key.z, &n))) {
		sbuf_release(&key);
		resp_body_take(o, z, n);
		return 0;
	}
	if (store_tahun_published(r->db, r->args[0], (int)tahun, &pub, &e) ||
	    !pub) {
		sbuf_release(&key);
		return resp_error(r, o, 404, "Dasbor tahun ini belum "
				  "diterbitkan.");
	}
	render(r, o, r->args[0], (int)tahun, 1);
	if (!r->sess && o->status == 200 && !o->body.err)
		cache_put(r->app, key.z, o->body.z, o->body.n, gen);
	sbuf_release(&key);
	return 0;
}

int page_publik(struct req *r, struct resp *o)
{
	struct web_terbit *a;
	struct sk_err e;
	int n, i;

	if (store_terbit_list(r->db, &r->arena, &a, &n, &e))
		return resp_error(r, o, 500, "Data tidak dapat dimuat.");
	layout_begin(r, o, "Publik");
	html_trusted(&o->body, "<h1>Kinerja yang diterbitkan</h1>\n");
	layout_pesan(r, o);
	if (n == 0)
		html_trusted(&o->body, "<p>Belum ada dasbor yang diterbitkan.</p>\n");
	else
		html_trusted(&o->body, "<ul>\n");
	for (i = 0; i < n; i++)
		html_printf(&o->body, "<li><a href=\"/publik/%u/%d\">%s — %d</a>"
			    "</li>\n", a[i].pemda_kode, a[i].tahun,
			    a[i].pemda_nama ? a[i].pemda_nama : a[i].pemda_kode,
			    a[i].tahun);
	if (n)
		html_trusted(&o->body, "</ul>\n");
	layout_end(r, o);
	return 0;
}
