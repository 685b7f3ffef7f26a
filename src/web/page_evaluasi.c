/* page_evaluasi: the AKIP evaluation (LKE, lke.md) on the web — the
 * pemda's grades across agencies and years, one agency's year (usulan
 * beside penetapan), publishing the penetapan and its LHE. Every figure
 * comes from lke_hitung, printed with 2 decimals and the method beside
 * every total. A penetapan not yet published is seen by the evaluator
 * and the admin only; the worksheets are in page_evaluasi_lembar.c. */
#include "page_evaluasi.h"
#include "../report/lhe_load.h"
#include "../report/render.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

/* ---- shared with page_evaluasi_lembar.c ---------------------------------- */

void eval_init(struct eval_lembar *x)
{
	memset(x, 0, sizeof *x);
	lke_lembar_init(&x->l);
}

void eval_free(struct eval_lembar *x)
{
	lke_lembar_free(&x->l);
	x->ada = 0;
}

int eval_muat(struct req *r, const char *kode, int tahun, int tahap,
	      struct lke_tpl_set *tpl, struct eval_lembar *x,
	      struct sk_err *e)
{
	struct sbuf errs = SBUF_INIT(2048);
	int rc;

	rc = lke_load(r->db, kode, tahun, tahap, tpl, &x->l, &x->t, e);
	if (rc == SK_ENOTFOUND && !x->l.instansi)
		return 0; /* no such worksheet */
	if (!rc && lke_lembar_check(x->t, &x->l, NULL, &errs))
		rc = sk_errf(e, SK_EINVAL, "the stored worksheet does not fit "
			     "its template: %.300s", errs.z);
	sbuf_release(&errs);
	if (!rc)
		rc = lke_hitung(x->t, &x->l, &x->l.arena, &x->s, e);
	if (!rc && (x->nv = lke_periksa(x->t, &x->l, &x->l.arena, &x->v)) < 0)
		rc = sk_errf(e, x->nv, "out of memory");
	x->ada = rc == 0;
	return rc;
}

const char *eval_angka(struct req *r, struct num n)
{
	char buf[NUM_BUFSZ];

	return req_strdup(r, num_format(n, 2, NUM_ID, buf));
}

const char *eval_q(struct req *r, struct lke_q q)
{
	return eval_angka(r, lke_q_round(q, 2));
}

/* The colour class pred-N of an AKIP grade (5 colours for 7 grades). */
static int pred_rank(const char *p)
{
	static const struct { const char *p; int rank; } a[] = {
		{ "AA", 0 }, { "A", 0 }, { "BB", 1 }, { "B", 2 }, { "CC", 3 },
		{ "C", 3 }, { "D", 4 },
	};
	size_t i;

	for (i = 0; p && i < sizeof a / sizeof a[0]; i++)
		if (strcmp(p, a[i].p) == 0)
			return a[i].rank;
	return 4;
}

void eval_predikat(struct sbuf *b, const char *predikat)
{
	html_printf(b, "<span class=\"pred pred-%d\" title=\"%a\">%s</span>",
		    pred_rank(predikat), lke_predikat_label(predikat), predikat);
}

void eval_total(struct req *r, struct sbuf *b, const struct lke_skor *s)
{
	html_printf(b, "%s <span class=\"catatan\">(metode %s)</span> ",
		    eval_angka(r, s->total2), lke_metode_kode(s->metode));
	eval_predikat(b, s->predikat);
}

int eval_lihat_draf(const struct req *r)
{
	return r->role == ROLE_ADMIN || r->role == ROLE_EVALUATOR;
}

int eval_tahun(struct req *r, const struct web_lke *v, int n)
{
	const char *z = req_query(r, "tahun");
	struct tm tm;
	time_t now = (time_t)r->now;
	char *end;
	long y;
	int i, best = 0;

	if (!z || !*z)
		z = req_form(r, "tahun");
	if (z && *z) {
		y = strtol(z, &end, 10);
		return *end || y < 1900 || y > 2199 ? 0 : (int)y;
	}
	for (i = 0; i < n; i++)
		if (v[i].tahun > best)
			best = v[i].tahun;
	if (best)
		return best;
	gmtime_r(&now, &tm);
	return tm.tm_year + 1900 - 1;
}

const struct web_lke *eval_cari(const struct web_lke *v, int n, int tahun,
				int tahap)
{
	int i;

	for (i = 0; i < n; i++)
		if (v[i].tahun == tahun && v[i].tahap == tahap)
			return &v[i];
	return NULL;
}

void eval_tahun_nav(struct sbuf *b, const struct web_lke *v, int n,
		    int tahun, const char *path)
{
	int i, y, prev = 0, shown = 0;

	html_trusted(b, "<form class=\"baris tahun\" method=\"get\"");
	html_printf(b, " action=\"%a\">Tahun: ", path);
	/* v is by agency then year: walk the years in order */
	for (;;) {
		y = 0;
		for (i = 0; i < n; i++)
			if (v[i].tahun > prev && (!y || v[i].tahun < y))
				y = v[i].tahun;
		if (!shown && tahun > prev && (!y || tahun < y))
			y = tahun;
		if (!y)
			break;
		shown |= y == tahun;
		if (y == tahun)
			html_printf(b, "<b>%d</b>", y);
		else
			html_printf(b, "<a href=\"%a?tahun=%d\">%d</a>", path, y, y);
		prev = y;
	}
	html_printf(b, "<label for=\"tahun\">Tahun lain</label><input id=\"tahun\""
		    " name=\"tahun\" type=\"number\" min=\"1900\" max=\"2199\" "
		    "value=\"%d\"><button class=\"kedua\" type=\"submit\">Buka"
		    "</button></form>\n", tahun);
}

void eval_terbit_form(struct req *r, struct resp *o, int tahun, int terbit)
{
	if (r->role != ROLE_EVALUATOR)
		return;
	html_printf(&o->body, "<form class=\"baris\" method=\"post\" "
		    "action=\"/evaluasi/%D/terbit\">", r->scope_id);
	layout_csrf(r, o);
	html_printf(&o->body, "<input type=\"hidden\" name=\"tahun\" "
		    "value=\"%d\"><input type=\"hidden\" name=\"aksi\" "
		    "value=\"%s\"><button class=\"%s\" type=\"submit\">%s"
		    "</button></form>\n", tahun, terbit ? "tarik" : "terbit",
		    terbit ? "bahaya" : "", terbit ? "Tarik kembali (jadikan "
		    "draf)" : "Terbitkan hasil evaluasi");
}

void eval_pesan(struct req *r, struct resp *o)
{
	const char *k = req_query(r, "pesan");

	if (k && strcmp(k, "terbit") == 0)
		html_trusted(&o->body, "<p class=\"pesan\">Hasil evaluasi "
			     "diterbitkan: instansi kini melihat nilai "
			     "penetapan dan LHE.</p>\n");
	else if (k && strcmp(k, "tarik") == 0)
		html_trusted(&o->body, "<p class=\"pesan\">Hasil evaluasi ditarik "
			     "dan kembali menjadi draf.</p>\n");
	else
		layout_pesan(r, o);
}

/* ---- the pemda overview ---------------------------------------------------- */

struct ov_item {
	int tampil;           /* the reader may see it */
	int ok;               /* scored */
	struct num total;
	const char *predikat;
	int metode;
};

static void ov_muat(struct req *r, const struct web_lke *v, int n, int draf,
		    struct ov_item *it)
{
	struct lke_tpl_set tpl = { 0 };
	struct eval_lembar x;
	struct sk_err e;
	int i;

	for (i = 0; i < n; i++) {
		it[i].tampil = v[i].tahap == LKE_USULAN || v[i].terbit || draf;
		if (!it[i].tampil)
			continue;
		eval_init(&x);
		if (eval_muat(r, v[i].instansi_kode, v[i].tahun, v[i].tahap,
			      &tpl, &x, &e) == 0 && x.ada) {
			it[i].ok = 1;
			it[i].total = x.s.total2;
			it[i].predikat = x.s.predikat;
			it[i].metode = x.s.metode;
		}
		eval_free(&x);
		if (tpl.n == LKE_TPL_MAX) /* nothing points into it any more */
			lke_tpl_set_free(&tpl);
	}
	lke_tpl_set_free(&tpl);
}

static int ov_find(const struct web_lke *v, int n, int64_t inst, int tahun,
		   int tahap)
{
	int i;

	for (i = 0; i < n; i++)
		if (v[i].instansi_id == inst && v[i].tahun == tahun &&
		    v[i].tahap == tahap)
			return i;
	return -1;
}

static void ov_cell(struct req *r, struct sbuf *b, const struct web_lke *v,
		    const struct ov_item *it, int n, int64_t inst, int tahun)
{
	int u = ov_find(v, n, inst, tahun, LKE_USULAN);
	int p = ov_find(v, n, inst, tahun, LKE_PENETAPAN);

	if (u < 0 && p < 0) {
		html_trusted(b, "<td>–</td>");
		return;
	}
	html_printf(b, "<td><a href=\"/evaluasi/%D?tahun=%d\">", inst, tahun);
	if (p >= 0 && it[p].ok) {
		html_printf(b, "<b>%s</b> ", eval_angka(r, it[p].total));
		eval_predikat(b, it[p].predikat);
		html_printf(b, " <span class=\"catatan\">metode %s</span>",
			    lke_metode_kode(it[p].metode));
		if (!v[p].terbit)
			html_trusted(b, " <span class=\"status status-diajukan\">"
				     "draf</span>");
	} else if (p >= 0 && it[p].tampil) {
		html_trusted(b, "penetapan tidak dapat dinilai");
	} else if (p >= 0) {
		html_trusted(b, "<span class=\"catatan\">penetapan belum "
			     "diterbitkan</span>");
	} else {
		html_trusted(b, "<span class=\"catatan\">belum ada penetapan"
			     "</span>");
	}
	if (u >= 0 && it[u].ok)
		html_printf(b, "<br><span class=\"catatan\">usulan %s (metode %s)"
			    "</span>", eval_angka(r, it[u].total),
			    lke_metode_kode(it[u].metode));
	html_trusted(b, "</a></td>");
}

/* The years of v, ascending, into y (at most max); their count. */
static int ov_years(const struct web_lke *v, int n, int *y, int max)
{
	int i, k, m = 0;

	for (i = 0; i < n; i++) {
		for (k = 0; k < m && y[k] != v[i].tahun; k++)
			;
		if (k < m || m == max)
			continue;
		for (k = m++; k > 0 && y[k - 1] > v[i].tahun; k--)
			y[k] = y[k - 1];
		y[k] = v[i].tahun;
	}
	return m;
}

struct ov {
	const char *pemda;
	const struct web_instansi *ag;  /* the pemda's agencies */
	int nag;
	struct web_lke *v;
	int n;
	struct ov_item *it;
	int years[64], ny, tahun;
};

static void ov_chart(struct req *r, struct sbuf *b, const struct ov *x)
{
	struct bar *bars = arena_array(&r->arena, (size_t)x->nag + 1,
				       sizeof *bars);
	struct sbuf t = SBUF_INIT(256);
	int i, p, n = 0;

	if (!bars)
		return;
	for (i = 0; i < x->nag; i++) { /* agencies with a penetapan shown */
		p = ov_find(x->v, x->n, x->ag[i].id, x->tahun, LKE_PENETAPAN);
		if (p < 0 || !x->it[p].ok ||
		    num_to_pct(x->it[p].total, &bars[n].value))
			continue;
		bars[n].label = x->ag[i].nama ? x->ag[i].nama : x->ag[i].kode;
		bars[n++].ok = 1;
	}
	if (!n) {
		html_printf(b, "<p class=\"catatan\">Belum ada penetapan %d yang "
			    "dapat ditampilkan.</p>\n", x->tahun);
		return;
	}
	sbuf_addf(&t, "Nilai AKIP penetapan %d per instansi (skala 0–100)",
		  x->tahun);
	html_trusted(b, "<div class=\"kartu\">");
	chart_bars(b, t.z, bars, n);
	html_trusted(b, "</div>\n");
	sbuf_release(&t);
}

static void ov_table(struct req *r, struct sbuf *b, const struct ov *x)
{
	int i, k;

	html_trusted(b, "<div class=\"tabel\"><table><thead><tr><th>Instansi"
		     "</th>");
	for (k = 0; k < x->ny; k++)
		html_printf(b, "<th>%d</th>", x->years[k]);
	html_trusted(b, "</tr></thead><tbody>\n");
	for (i = 0; i < x->nag; i++) {
		html_printf(b, "<tr><td><a href=\"/evaluasi/%D?tahun=%d\">%s</a>"
			    "</td>", x->ag[i].id, x->tahun, x->ag[i].nama ?
			    x->ag[i].nama : x->ag[i].kode);
		for (k = 0; k < x->ny; k++)
			ov_cell(r, b, x->v, x->it, x->n, x->ag[i].id,
				x->years[k]);
		html_trusted(b, "</tr>\n");
	}
	html_trusted(b, "</tbody></table></div>\n<p class=\"catatan\">Per "
		     "tahun: nilai penetapan evaluator dengan predikat AKIP, di "
		     "bawahnya nilai usulan (penilaian mandiri instansi). Metode P: "
		     "jawaban Y/T dan A–E per kriteria (rata-rata × bobot); metode "
		     "R: jawaban AA–E per sub-komponen (nilai × bobot / 100). "
		     "Predikat dari nilai total yang dibulatkan 2 desimal.</p>\n");
}

/* The overview's body for (pemda, tahun, draf). */
static int ov_body(struct req *r, const char *pemda, int tahun, int draf,
		   struct sbuf *b)
{
	struct web_instansi *all = NULL;
	struct ov x;
	struct sk_err e;
	const char *nama = pemda;
	int i, k, nall = 0;

	memset(&x, 0, sizeof x);
	x.pemda = pemda;
	if (store_instansi_list(r->db, &r->arena, &all, &nall, &e) ||
	    store_web_lke_list(r->db, pemda, 0, &r->arena, &x.v, &x.n, &e))
		return SK_EIO;
	for (i = 0; i < nall && strcmp(all[i].pemda_kode, pemda); i++)
		;
	if (i == nall)
		return SK_ENOTFOUND;
	x.ag = &all[i];
	nama = all[i].pemda_nama ? all[i].pemda_nama : pemda;
	for (k = i; k < nall && strcmp(all[k].pemda_kode, pemda) == 0; k++)
		x.nag++;
	if (!(x.it = arena_array(&r->arena, (size_t)x.n + 1, sizeof *x.it)))
		return SK_ENOMEM;
	ov_muat(r, x.v, x.n, draf, x.it);
	x.ny = ov_years(x.v, x.n, x.years, 64);
	x.tahun = x.ny ? x.years[x.ny - 1] : 0;
	for (k = 0; k < x.ny; k++)
		if (x.years[k] == tahun)
			x.tahun = tahun;
	html_printf(b, "<h1>Evaluasi AKIP %s</h1>\n", nama);
	if (!x.ny) {
		html_trusted(b, "<p>Belum ada evaluasi AKIP. Instansi mengisi "
			     "lembar kerja usulan dari halaman evaluasinya.</p>\n");
	} else {
		html_trusted(b, "<p class=\"tahun\">Grafik tahun: ");
		for (k = 0; k < x.ny; k++)
			if (x.years[k] == x.tahun)
				html_printf(b, "<b>%d</b>", x.years[k]);
			else
				html_printf(b, "<a href=\"/evaluasi?pemda=%u&amp;"
					    "tahun=%d\">%d</a>", pemda,
					    x.years[k], x.years[k]);
		html_trusted(b, "</p>\n");
		ov_chart(r, b, &x);
	}
	ov_table(r, b, &x);
	return b->err;
}

int page_evaluasi(struct req *r, struct resp *o)
{
	const char *pemda = req_query(r, "pemda");
	struct sbuf key = SBUF_INIT(128), b = SBUF_INIT(0), to = SBUF_INIT(64);
	unsigned long gen = atomic_load(&r->app->generation);
	int tahun = (int)req_int(r, "tahun", 0), draf = eval_lihat_draf(r), rc;
	char *body;
	size_t n = 0;

	if (r->role == ROLE_OPERATOR) {
		html_printf(&to, "/evaluasi/%D", r->sess->user.instansi_id);
		resp_redirect(r, o, to.z);
		sbuf_release(&to);
		return 0;
	}
	if (pemda && strlen(pemda) > 64)
		return resp_error(r, o, 400, "Kode pemda terlalu panjang.");
	if (!pemda || !*pemda)
		pemda = view_first_pemda(r);
	if (!pemda)
		return resp_error(r, o, 404, "Belum ada data pemda. Impor paket "
				  "sakip/1 terlebih dahulu.");
	sbuf_addf(&key, "e:%s:%d:%d", pemda, tahun, draf);
	if (!(body = cache_get(r->app, key.z, &n))) {
		if ((rc = ov_body(r, pemda, tahun, draf, &b))) {
			sbuf_release(&key);
			sbuf_release(&b);
			return rc == SK_ENOTFOUND ?
				resp_error(r, o, 404, "Pemda tidak ditemukan.") :
				resp_error(r, o, 500, "Data evaluasi tidak dapat "
					   "dimuat.");
		}
		cache_put(r->app, key.z, b.z, b.n, gen);
		n = b.n;
		body = sbuf_take(&b);
	}
	sbuf_release(&key);
	resp_reserve(o, n + 4096);
	layout_begin(r, o, "Evaluasi AKIP");
	view_pemda_nav(r, &o->body, pemda, "/evaluasi");
	html_trusted(&o->body, body);
	layout_end(r, o);
	free(body);
	return 0;
}

/* ---- one agency's year --------------------------------------------------------- */

/* A weight as written: "30", "4,5". */
static const char *bobot_teks(struct req *r, struct num n)
{
	char buf[NUM_BUFSZ];

	return req_strdup(r, num_format(n, -1, NUM_ID, buf));
}

/* The score and (method R) answer of komponen or sub-komponen kode. */
static int cari_nilai(const struct eval_lembar *x, const char *kode,
		      struct lke_q *q, int *jawaban)
{
	int i, j;

	if (!x || !x->ada)
		return 0;
	for (i = 0; i < x->s.nkomponen; i++) {
		const struct lke_skor_komponen *k = &x->s.komponen[i];
		if (strcmp(k->k->kode, kode) == 0) {
			*q = k->nilai;
			*jawaban = 0;
			return 1;
		}
		for (j = 0; j < k->k->nsub; j++)
			if (strcmp(k->sub[j].sub->kode, kode) == 0) {
				*q = k->sub[j].nilai;
				*jawaban = k->sub[j].jawaban;
				return 1;
			}
	}
	return 0;
}

static void sel_nilai(struct req *r, struct sbuf *b, int ada, struct lke_q q,
		      int jawaban, int beda)
{
	html_trusted(b, beda ? "<td class=\"angka beda\">" : "<td class=\"angka\">");
	if (!ada) {
		html_trusted(b, "–</td>");
		return;
	}
	html_printf(b, "%s", eval_q(r, q));
	if (jawaban)
		html_printf(b, " (%s)", lke_nilai_label(jawaban));
	html_trusted(b, "</td>");
}

/* One komponen (sub 0) or sub-komponen row: usulan, then the penetapan
 * when the reader sees it (p not NULL), highlighted where they differ. */
static void banding_baris(struct req *r, struct sbuf *b, const char *kode,
			  const char *nama, struct num bobot, int sub,
			  const struct eval_lembar *u,
			  const struct eval_lembar *p)
{
	struct lke_q qu = { 0, 1 }, qp = { 0, 1 };
	int ju = 0, jp = 0;
	int au = cari_nilai(u, kode, &qu, &ju), ap = cari_nilai(p, kode, &qp, &jp);

	html_trusted(b, sub ? "<tr><td>" : "<tr class=\"tingkat-sasaran\"><td>");
	html_printf(b, "%s</td>", kode);
	html_trusted(b, sub ? "<td class=\"l1\">" : "<td>");
	html_printf(b, "%s</td><td class=\"angka\">%s</td>", nama,
		    bobot_teks(r, bobot));
	sel_nilai(r, b, au, qu, ju, 0);
	if (p)
		sel_nilai(r, b, ap, qp, jp, au && ap && (lke_q_cmp(qu, qp) ||
							  ju != jp));
	html_trusted(b, "</tr>\n");
}

static void sel_total(struct req *r, struct sbuf *b,
		      const struct eval_lembar *x, int beda, int predikat)
{
	html_trusted(b, beda ? "<td class=\"angka beda\">" : "<td class=\"angka\">");
	if (!x->ada)
		html_trusted(b, "–");
	else if (!predikat)
		html_printf(b, "<b>%s</b> (metode %s)", eval_angka(r, x->s.total2),
			    lke_metode_kode(x->s.metode));
	else {
		eval_predikat(b, x->s.predikat);
		html_printf(b, " %s", lke_predikat_label(x->s.predikat));
	}
	html_trusted(b, "</td>");
}

static void banding_tabel(struct req *r, struct sbuf *b,
			  const struct eval_lembar *u,
			  const struct eval_lembar *p)
{
	const struct lke_template *t = p && p->ada ? p->t : u->t;
	int i, j, beda;

	html_trusted(b, "<h2>Nilai per komponen</h2><div class=\"tabel\"><table>"
		     "<thead><tr><th>Kode</th><th>Komponen / sub-komponen</th>"
		     "<th class=\"angka\">Bobot</th><th class=\"angka\">Usulan"
		     "</th>");
	if (p)
		html_trusted(b, "<th class=\"angka\">Penetapan</th>");
	html_trusted(b, "</tr></thead><tbody>\n");
	for (i = 0; i < t->nkomponen; i++) {
		const struct lke_komponen *k = &t->komponen[i];
		banding_baris(r, b, k->kode, k->nama, k->bobot, 0, u, p);
		for (j = 0; j < k->nsub; j++)
			banding_baris(r, b, k->sub[j].kode, k->sub[j].nama,
				      k->sub[j].bobot, 1, u, p);
	}
	beda = p && u->ada && p->ada &&
	       (lke_q_cmp(u->s.total, p->s.total) || u->s.metode != p->s.metode);
	html_trusted(b, "<tr class=\"tingkat-tujuan\"><td></td><td>Nilai total"
		     "</td><td class=\"angka\">100</td>");
	sel_total(r, b, u, 0, 0);
	if (p)
		sel_total(r, b, p, beda, 0);
	html_trusted(b, "</tr>\n<tr><td></td><td>Predikat</td><td></td>");
	sel_total(r, b, u, 0, 1);
	if (p)
		sel_total(r, b, p, p->ada && u->ada &&
			  strcmp(p->s.predikat, u->s.predikat), 1);
	html_trusted(b, "</tr>\n</tbody></table></div>\n");
}

const char *eval_langgar(struct req *r, const struct lke_lembar *l,
			 const struct lke_langgar *v)
{
	const struct lke_jawaban *x = lke_lembar_find(l, v->kode);
	const struct lke_jawaban *y = lke_lembar_find(l, v->aturan->syarat);
	const char *lx = x ? lke_nilai_label(x->nilai) : "";
	struct sbuf b = SBUF_INIT(512);
	const char *z;

	if (v->aturan->jenis == LKE_ATURAN_SYARAT || y)
		sbuf_addf(&b, "%s dijawab %s, melebihi %s (%s)", v->kode, lx,
			  v->aturan->syarat, y ? lke_nilai_label(y->nilai) : "");
	else
		sbuf_addf(&b, "%s dijawab %s, melebihi rata-rata jawaban %s",
			  v->kode, lx, v->aturan->syarat);
	z = req_strdup(r, b.z);
	sbuf_release(&b);
	return z;
}

static void langgar_list(struct req *r, struct sbuf *b, const char *judul,
			 const struct eval_lembar *x)
{
	int i;

	if (!x->ada || !x->nv)
		return;
	html_printf(b, "<h3>Peringatan konsistensi — %s</h3><ul>\n", judul);
	for (i = 0; i < x->nv; i++)
		html_printf(b, "<li><b>%s</b>: %s</li>\n", x->v[i].aturan->nama,
			    eval_langgar(r, &x->l, &x->v[i]));
	html_trusted(b, "</ul>\n");
}

static const char *uraian_of(const struct lke_template *t, const char *kode)
{
	const struct lke_kriteria *k = lke_kriteria_find(t, kode, NULL);
	const struct lke_sub *s = k ? NULL : lke_sub_find(t, kode);

	return k ? k->uraian : s ? s->nama : "";
}

static void berubah_baris(struct sbuf *b, const struct lke_template *t,
			  const char *kode, const struct lke_jawaban *ju,
			  const struct lke_jawaban *jp)
{
	html_printf(b, "<tr><td>%s</td><td>%s</td><td>%s</td><td class=\"beda\">"
		    "%s</td><td>%s</td></tr>\n", kode, uraian_of(t, kode),
		    ju ? lke_nilai_label(ju->nilai) : "–",
		    jp ? lke_nilai_label(jp->nilai) : "–",
		    jp && jp->catatan ? jp->catatan : "");
}

static void berubah(struct sbuf *b, const struct eval_lembar *u,
		    const struct eval_lembar *p)
{
	int i, n = 0;

	html_trusted(b, "<h2>Jawaban yang diubah evaluator</h2>");
	for (i = 0; i < p->l.n + u->l.n; i++) {
		const struct lke_jawaban *jp = i < p->l.n ? &p->l.j[i] : NULL;
		const struct lke_jawaban *ju = jp ? lke_lembar_find(&u->l, jp->kode)
					     : &u->l.j[i - p->l.n];
		if (!jp && lke_lembar_find(&p->l, ju->kode))
			continue;
		if (jp && ju && ju->nilai == jp->nilai)
			continue;
		if (n++ == 0)
			html_trusted(b, "<div class=\"tabel\"><table><thead><tr>"
				     "<th>Kode</th><th>Uraian</th><th>Usulan</th>"
				     "<th>Penetapan</th><th>Catatan evaluator"
				     "</th></tr></thead><tbody>\n");
		berubah_baris(b, p->t, jp ? jp->kode : ju->kode, ju, jp);
	}
	html_trusted(b, n ? "</tbody></table></div>\n" :
		     "<p>Tidak ada: penetapan sama dengan usulan.</p>\n");
}

static void lhe_bagian(struct req *r, struct sbuf *b,
		       const struct eval_lembar *p, int tahun)
{
	const struct lke_lembar *l = &p->l;
	int i;

	html_printf(b, "<h2>Laporan hasil evaluasi</h2><p>Nomor LHE: <b>%s</b> · "
		    "tanggal: <b>%s</b> · evaluator: <b>%s</b></p>\n",
		    l->lhe_nomor ? l->lhe_nomor : "–",
		    l->lhe_tanggal ? l->lhe_tanggal : "–",
		    l->evaluator ? l->evaluator : "–");
	html_printf(b, "<p>Unduh LHE: <a href=\"/evaluasi/%D/lhe?tahun=%d&amp;"
		    "format=docx\">DOCX</a> · <a href=\"/evaluasi/%D/lhe?tahun="
		    "%d&amp;format=html\">HTML</a></p>\n", r->scope_id, tahun,
		    r->scope_id, tahun);
	if (l->ncatatan)
		html_trusted(b, "<h3>Catatan evaluator</h3><div class=\"tabel\">"
			     "<table><thead><tr><th>Kode</th><th>Komponen</th>"
			     "<th>Catatan</th></tr></thead><tbody>\n");
	for (i = 0; i < l->ncatatan; i++) {
		const struct lke_sub *s = lke_sub_find(p->t, l->catatan[i].kode);
		const char *nama = s ? s->nama : "";
		int k;
		for (k = 0; !s && k < p->t->nkomponen; k++)
			if (strcmp(p->t->komponen[k].kode, l->catatan[i].kode) == 0)
				nama = p->t->komponen[k].nama;
		html_printf(b, "<tr><td>%s</td><td>%s</td><td>%s</td></tr>\n",
			    l->catatan[i].kode, nama, l->catatan[i].teks);
	}
	if (l->ncatatan)
		html_trusted(b, "</tbody></table></div>\n");
	if (l->nrekomendasi)
		html_trusted(b, "<h3>Rekomendasi</h3><div class=\"tabel\"><table>"
			     "<thead><tr><th>No.</th><th>Rekomendasi</th><th>Kode"
			     "</th><th>Prioritas</th><th>Target</th><th>Status</th>"
			     "</tr></thead><tbody>\n");
	for (i = 0; i < l->nrekomendasi; i++) {
		const struct lke_rekomendasi *k = &l->rekomendasi[i];
		html_printf(b, "<tr><td>%d</td><td>%s</td><td>%s</td><td>%s</td>"
			    "<td>%s</td><td><span class=\"status\">%s</span></td>"
			    "</tr>\n", k->nomor, k->teks, k->kode, k->prioritas,
			    k->target, lke_status_kode(k->status));
	}
	if (l->nrekomendasi)
		html_trusted(b, "</tbody></table></div>\n");
}

static void ringkas(struct req *r, struct sbuf *b, const struct eval_lembar *u,
		    const struct eval_lembar *p, const struct web_lke *hp,
		    int lihat)
{
	html_trusted(b, "<div class=\"ringkas\"><div>Usulan (penilaian mandiri)");
	if (u->ada) {
		html_trusted(b, "<b>");
		eval_total(r, b, &u->s);
		html_printf(b, "</b>%s", lke_predikat_label(u->s.predikat));
	} else {
		html_trusted(b, "<b>–</b>Belum ada usulan");
	}
	html_trusted(b, "</div><div>Penetapan (evaluator)");
	if (!hp)
		html_trusted(b, "<b>–</b>Belum ada penetapan");
	else if (!lihat)
		html_trusted(b, "<b>–</b>Hasil evaluasi belum diterbitkan");
	else if (!p->ada)
		html_trusted(b, "<b>–</b>Penetapan tidak dapat dinilai");
	else {
		html_trusted(b, "<b>");
		eval_total(r, b, &p->s);
		html_printf(b, "</b>%s%s", lke_predikat_label(p->s.predikat),
			    hp->terbit ? " · diterbitkan" : " · draf, belum "
			    "diterbitkan");
	}
	html_trusted(b, "</div></div>\n");
}

static void tautan(struct req *r, struct resp *o, const struct web_lke *hp,
		   int tahun)
{
	struct sbuf *b = &o->body;

	html_printf(b, "<p><a href=\"/evaluasi/%D/usulan?tahun=%d\">%s</a>",
		    r->scope_id, tahun, r->role == ROLE_OPERATOR ?
		    "Lembar kerja usulan (isi / lihat)" : "Lembar kerja usulan");
	if (eval_lihat_draf(r))
		html_printf(b, " · <a href=\"/evaluasi/%D/penetapan?tahun=%d\">"
			    "Lembar kerja penetapan</a>", r->scope_id, tahun);
	html_trusted(b, "</p>\n");
	if (!hp || r->role != ROLE_EVALUATOR)
		return;
	if (!hp->terbit && (!hp->lhe_nomor || !hp->lhe_tanggal))
		html_trusted(b, "<p class=\"catatan\">Untuk menerbitkan, lengkapi "
			     "nomor dan tanggal LHE di lembar kerja penetapan."
			     "</p>\n");
	eval_terbit_form(r, o, tahun, hp->terbit);
}

static void instansi_body(struct req *r, struct resp *o,
			  const struct web_instansi *w, const struct web_lke *v,
			  int n, int tahun, struct eval_lembar *u,
			  struct eval_lembar *p)
{
	const struct web_lke *hp = eval_cari(v, n, tahun, LKE_PENETAPAN);
	int lihat = hp && (hp->terbit || eval_lihat_draf(r));
	const char *nama = w->nama ? w->nama : w->kode;
	struct sbuf path = SBUF_INIT(64);

	html_printf(&o->body, "<h1>Evaluasi AKIP %s — %d</h1>\n<p class=\""
		    "catatan\"><a href=\"/instansi/%D?tahun=%d\">%s</a> · %s</p>\n",
		    nama, tahun, w->id, tahun, nama, w->pemda_nama ?
		    w->pemda_nama : w->pemda_kode);
	eval_pesan(r, o);
	html_printf(&path, "/evaluasi/%D", w->id);
	eval_tahun_nav(&o->body, v, n, tahun, path.z);
	sbuf_release(&path);
	ringkas(r, &o->body, u, p, hp, lihat);
	tautan(r, o, hp, tahun);
	if (u->ada || (lihat && p->ada))
		banding_tabel(r, &o->body, u, lihat ? p : NULL);
	langgar_list(r, &o->body, "usulan", u);
	if (lihat)
		langgar_list(r, &o->body, "penetapan", p);
	if (lihat && u->ada && p->ada)
		berubah(&o->body, u, p);
	if (lihat && p->ada)
		lhe_bagian(r, &o->body, p, tahun);
}

int page_evaluasi_instansi(struct req *r, struct resp *o)
{
	struct lke_tpl_set tpl = { 0 };
	struct web_instansi w;
	struct web_lke *v = NULL;
	const struct web_lke *hp;
	struct eval_lembar u, p;
	struct sk_err e;
	int n = 0, tahun, rc;

	if (store_instansi_info(r->db, r->scope_id, &r->arena, &w, &e) ||
	    store_web_lke_list(r->db, NULL, w.id, &r->arena, &v, &n, &e))
		return resp_error(r, o, 500, "Data evaluasi tidak dapat dimuat.");
	if (!(tahun = eval_tahun(r, v, n)))
		return resp_error(r, o, 400, "Tahun tidak valid.");
	hp = eval_cari(v, n, tahun, LKE_PENETAPAN);
	eval_init(&u);
	eval_init(&p);
	rc = eval_muat(r, w.kode, tahun, LKE_USULAN, &tpl, &u, &e);
	if (!rc && hp && (hp->terbit || eval_lihat_draf(r)))
		rc = eval_muat(r, w.kode, tahun, LKE_PENETAPAN, &tpl, &p, &e);
	if (rc) {
		resp_error(r, o, 500, "Lembar kerja evaluasi tidak dapat dinilai "
			   "(templatnya tidak ada atau berubah).");
	} else {
		layout_begin(r, o, "Evaluasi AKIP");
		instansi_body(r, o, &w, v, n, tahun, &u, &p);
		layout_end(r, o);
	}
	eval_free(&u);
	eval_free(&p);
	lke_tpl_set_free(&tpl);
	return 0;
}

/* ---- publishing ------------------------------------------------------------------ */

int page_evaluasi_terbit(struct req *r, struct resp *o)
{
	struct web_actor who = req_actor(r);
	struct web_instansi w;
	struct sk_err e;
	struct sbuf to = SBUF_INIT(128);
	const char *aksi = req_form(r, "aksi");
	int tahun = (int)req_int(r, "tahun", 0), terbit, rc, berubah = 0;

	if (!aksi || (strcmp(aksi, "terbit") && strcmp(aksi, "tarik")) ||
	    tahun < 1900 || tahun > 2199)
		return resp_error(r, o, 400, "Aksi (terbit atau tarik) atau tahun "
				  "tidak valid.");
	terbit = strcmp(aksi, "terbit") == 0;
	if (store_instansi_info(r->db, r->scope_id, &r->arena, &w, &e))
		return resp_error(r, o, 500, "Data tidak dapat dibaca.");
	rc = store_web_lke_terbit(r->db, &who, NULL, w.kode, tahun, terbit,
				  &berubah, &e);
	if (rc == SK_ENOTFOUND)
		return resp_error(r, o, 404, "Belum ada penetapan untuk tahun "
				  "ini.");
	if (rc == SK_EINVAL)
		return resp_error(r, o, 409, "Nomor dan tanggal LHE belum "
				  "lengkap. Lengkapi di lembar kerja penetapan, "
				  "lalu terbitkan. Tidak ada yang berubah.");
	if (rc)
		return resp_error(r, o, 500, "Penetapan tidak dapat diterbitkan.");
	if (berubah)
		web_changed(r);
	html_printf(&to, "/evaluasi/%D?tahun=%d&pesan=%s", r->scope_id, tahun,
		    terbit ? "terbit" : "tarik");
	resp_redirect(r, o, to.z);
	sbuf_release(&to);
	return 0;
}

/* ---- the LHE as a file ------------------------------------------------------------ */

static int lhe_buat(struct req *r, const char *kode, int tahun, int docx,
		    struct sbuf *out)
{
	struct lhe_src k;
	struct doc d;
	struct sk_err e;
	time_t now = (time_t)r->now;
	struct tm tm;
	char hari[16];
	int rc;

	localtime_r(&now, &tm);
	strftime(hari, sizeof hari, "%Y-%m-%d", &tm);
	lhe_src_init(&k);
	doc_init(&d);
	rc = lhe_load(r->db, kode, tahun, hari, &k, &e);
	if (!rc)
		rc = laporan_lhe(&k.x, &d, &e);
	if (!rc)
		rc = docx ? docx_render(&d, out, &e) : html_render(&d, out, &e);
	doc_free(&d);
	lhe_src_free(&k);
	return rc;
}

int page_evaluasi_lhe(struct req *r, struct resp *o)
{
	struct web_instansi w;
	struct web_lke *v = NULL;
	const struct web_lke *hp;
	struct sbuf b = SBUF_INIT(0), d = SBUF_INIT(256);
	struct sk_err e;
	const char *fmt = req_query(r, "format"), *c;
	int n = 0, tahun, docx;

	fmt = fmt && *fmt ? fmt : "docx";
	if (strcmp(fmt, "docx") && strcmp(fmt, "html"))
		return resp_error(r, o, 400, "Format LHE: docx atau html.");
	docx = strcmp(fmt, "docx") == 0;
	if (store_instansi_info(r->db, r->scope_id, &r->arena, &w, &e) ||
	    store_web_lke_list(r->db, NULL, w.id, &r->arena, &v, &n, &e))
		return resp_error(r, o, 500, "Data evaluasi tidak dapat dimuat.");
	if (!(tahun = eval_tahun(r, v, n)))
		return resp_error(r, o, 400, "Tahun tidak valid.");
	hp = eval_cari(v, n, tahun, LKE_PENETAPAN);
	if (!hp || (!hp->terbit && !eval_lihat_draf(r)))
		return resp_error(r, o, 404, hp ? "Hasil evaluasi belum "
				  "diterbitkan." : "Belum ada penetapan untuk "
				  "tahun ini.");
	if (lhe_buat(r, w.kode, tahun, docx, &b)) {
		sbuf_release(&b);
		return resp_error(r, o, 500, "LHE tidak dapat dibuat.");
	}
	o->ctype = docx ? "application/vnd.openxmlformats-officedocument."
			  "wordprocessingml.document" : "text/html; charset=utf-8";
	sbuf_adds(&d, "attachment; filename=\"LHE-");
	for (c = w.kode; *c; c++) /* the kode, reduced to safe characters */
		sbuf_addc(&d, strchr("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMN"
				     "OPQRSTUVWXYZ0123456789-_.", *c) ? *c : '_');
	sbuf_addf(&d, "-%d.%s\"", tahun, fmt);
	o->disposition = req_strdup(r, d.z);
	sbuf_release(&d);
	n = (int)b.n;
	resp_body_take(o, sbuf_take(&b), (size_t)n);
	return 0;
}
