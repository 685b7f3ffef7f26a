/* page_evaluasi_instansi: one agency's AKIP evaluation of a year — the
 * usulan beside the penetapan per komponen and sub-komponen, differences
 * highlighted, totals and grades with the method, the consistency rules
 * broken, the answers the evaluator changed, the LHE part. The
 * penetapan, and all that comes from it, is shown to the agency (and to
 * verifiers and leaders) only once it is published. */
#include "page_evaluasi.h"

#include <string.h>

/* ---- one agency's year --------------------------------------------------------- */

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
		    eval_bobot(r, bobot));
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
	struct eval_kepala k;
	struct eval_lembar u, p;
	struct sk_err e;
	int rc;

	if (eval_kepala_muat(r, o, &k))
		return 0;
	eval_init(&u);
	eval_init(&p);
	rc = eval_muat(r, k.w.pemda_kode, k.w.kode, k.tahun, LKE_USULAN, &tpl,
		       &u, &e);
	if (!rc && k.hp && (k.hp->terbit || eval_lihat_draf(r)))
		rc = eval_muat(r, k.w.pemda_kode, k.w.kode, k.tahun,
			       LKE_PENETAPAN, &tpl, &p, &e);
	if (rc) {
		resp_error(r, o, 500, "Lembar kerja evaluasi tidak dapat dinilai "
			   "(templatnya tidak ada atau berubah).");
	} else {
		layout_begin(r, o, "Evaluasi AKIP");
		instansi_body(r, o, &k.w, k.v, k.nv, k.tahun, &u, &p);
		layout_end(r, o);
	}
	eval_free(&u);
	eval_free(&p);
	lke_tpl_set_free(&tpl);
	return 0;
}

