/* page_evaluasi: the AKIP evaluation (LKE, lke.md) on the web — what
 * its pages share (a worksheet loaded and scored with lke_hitung, scores
 * printed with 2 decimals and the method beside every total, who sees a
 * penetapan not yet published: the evaluator and the admin), the pemda's
 * grades across agencies and years, publishing the penetapan, and its
 * LHE as a file. An agency's year is in page_evaluasi_instansi.c, the
 * worksheets in page_evaluasi_lembar.c and page_evaluasi_tabel.c. */
#include "page_evaluasi.h"
#include "../report/lhe_load.h"
#include "../report/render.h"

#include <stdlib.h>
#include <string.h>

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

int eval_muat(struct req *r, const char *pemda, const char *kode,
	      int tahun, int tahap,
	      struct lke_tpl_set *tpl, struct eval_lembar *x,
	      struct sk_err *e)
{
	struct sbuf errs = SBUF_INIT(2048);
	int rc;

	rc = lke_load(r->db, pemda, kode, tahun, tahap, tpl, &x->l, &x->t, e);
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
	char today[11], *end;
	int i, best = 0, now;
	long y;

	now = atoi(req_today(r, today));
	if (!z || !*z)
		z = req_form(r, "tahun");
	if (z && *z) { /* evaluations are of years past, or the current */
		y = strtol(z, &end, 10);
		return *end || y < EVAL_TAHUN_MIN || y > now + 1 ? 0 : (int)y;
	}
	for (i = 0; i < n; i++)
		if (v[i].tahun > best)
			best = v[i].tahun;
	return best ? best : now - 1;
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

int eval_kepala_muat(struct req *r, struct resp *o, struct eval_kepala *k)
{
	struct sk_err e;

	memset(k, 0, sizeof *k);
	if (store_instansi_info(r->db, r->scope_id, &r->arena, &k->w, &e) ||
	    store_web_lke_list(r->db, NULL, k->w.id, &r->arena, &k->v, &k->nv,
			       &e))
		return resp_error(r, o, 500, "Data evaluasi tidak dapat "
				  "dimuat."), 1;
	if (!(k->tahun = eval_tahun(r, k->v, k->nv)))
		return resp_error(r, o, 400, "Tahun tidak valid."), 1;
	k->hp = eval_cari(k->v, k->nv, k->tahun, LKE_PENETAPAN);
	return 0;
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
		    " name=\"tahun\" type=\"number\" min=\"2000\" max=\"2199\" "
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

/* A weight as written: "30", "4,5". */
const char *eval_bobot(struct req *r, struct num n)
{
	char buf[NUM_BUFSZ];

	return req_strdup(r, num_format(n, -1, NUM_ID, buf));
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
		if (eval_muat(r, v[i].pemda_kode, v[i].instansi_kode,
			      v[i].tahun, v[i].tahap, &tpl, &x, &e) == 0 &&
		    x.ada) {
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

/* The years of v, ascending, into y: the newest max of them; their
 * count. */
static int ov_years(const struct web_lke *v, int n, int *y, int max)
{
	int i, k, m = 0;

	for (i = 0; i < n; i++) {
		for (k = 0; k < m && y[k] != v[i].tahun; k++)
			;
		if (k < m || (m == max && v[i].tahun < y[0]))
			continue;
		if (m == max) /* the oldest makes room */
			memmove(y, y + 1, (size_t)--m * sizeof *y);
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
	chart_bars(b, t.z, bars, n, &chart_nilai);
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
	rc = store_web_lke_terbit(r->db, &who, NULL, w.pemda_kode, w.kode,
				  tahun, terbit, &berubah, &e);
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

static int lhe_buat(struct req *r, const struct web_instansi *w, int tahun,
		    int docx, struct sbuf *out)
{
	struct lhe_src k;
	struct doc d;
	struct sk_err e;
	char hari[11];
	int rc;

	req_today(r, hari);
	lhe_src_init(&k);
	doc_init(&d);
	rc = lhe_load(r->db, w->pemda_kode, w->kode, tahun, hari, &k, &e);
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
	struct eval_kepala k;
	struct sbuf b = SBUF_INIT(0), d = SBUF_INIT(0);
	const char *fmt = req_query(r, "format"), *c;
	int n, docx;

	fmt = fmt && *fmt ? fmt : "docx";
	if (strcmp(fmt, "docx") && strcmp(fmt, "html"))
		return resp_error(r, o, 400, "Format LHE: docx atau html.");
	docx = strcmp(fmt, "docx") == 0;
	if (eval_kepala_muat(r, o, &k))
		return 0;
	if (!k.hp || (!k.hp->terbit && !eval_lihat_draf(r)))
		return resp_error(r, o, 404, k.hp ? "Hasil evaluasi belum "
				  "diterbitkan." : "Belum ada penetapan untuk "
				  "tahun ini.");
	if (lhe_buat(r, &k.w, k.tahun, docx, &b)) {
		sbuf_release(&b);
		return resp_error(r, o, 500, "LHE tidak dapat dibuat.");
	}
	o->ctype = docx ? "application/vnd.openxmlformats-officedocument."
			  "wordprocessingml.document" : "text/html; charset=utf-8";
	sbuf_adds(&d, "attachment; filename=\"LHE-");
	for (c = k.w.kode; *c; c++) /* the kode, reduced to safe characters */
		sbuf_addc(&d, strchr("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMN"
				     "OPQRSTUVWXYZ0123456789-_.", *c) ? *c : '_');
	sbuf_addf(&d, "-%d.%s\"", k.tahun, fmt);
	o->disposition = req_strdup(r, d.z);
	sbuf_release(&d);
	n = (int)b.n;
	resp_body_take(o, sbuf_take(&b), (size_t)n);
	return 0;
}
