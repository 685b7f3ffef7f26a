/* page_instansi: one agency's year — the Renstra tree (tujuan → sasaran →
 * program → kegiatan → sub-kegiatan) with every indicator's target,
 * realisation, capaian and predikat, and each budget line's serapan. */
#include "page.h"

#include <string.h>

struct tree {
	struct req *r;
	struct resp *o;
	struct view *v;
	const struct instansi *in;
	int64_t *ids;          /* indicator ids, h.ind order */
	int entry;             /* the reader may enter realisations */
};

static void money_cells(struct sbuf *b, const struct hasil_anggaran *a)
{
	if (!a) {
		html_trusted(b, "<td></td><td></td><td></td>");
		return;
	}
	if (a->j.pagu_ok)
		html_printf(b, "<td class=\"angka\">%n</td>", a->j.pagu);
	else
		html_trusted(b, "<td class=\"angka\">–</td>");
	if (a->j.realisasi_ok)
		html_printf(b, "<td class=\"angka\">%n</td>", a->j.realisasi);
	else
		html_trusted(b, "<td class=\"angka\">–</td>");
	if (a->serapan_ok)
		html_printf(b, "<td class=\"angka\">%p %%</td>", a->serapan);
	else
		html_printf(b, "<td class=\"angka\" title=\"%a\">–</td>",
			    a->alasan ? a->alasan : "");
}

/* The realisation shown: the stored cell, else the value derived from
 * the periods. */
static void real_cell(struct sbuf *b, const struct hasil_indikator *h)
{
	char buf[NUM_BUFSZ];

	if (h->realisasi_nilai) {
		html_printf(b, "<td class=\"angka\">%s</td>",
			    h->realisasi_nilai->raw);
	} else if (h->realisasi.kind == VAL_ANGKA) {
		html_printf(b, "<td class=\"angka\">%s<br><span class=\"catatan\">"
			    "dari periode</span></td>",
			    num_format(h->realisasi.x, -1, NUM_ID, buf));
	} else {
		html_trusted(b, "<td class=\"angka\">–</td>");
	}
}

static void ind_row(struct tree *t, const struct indikator *ind, int depth)
{
	struct sbuf *b = &t->o->body;
	const struct hasil_indikator *h = hasil_ind(&t->v->h, ind);
	int64_t id = h && t->ids ? t->ids[h - t->v->h.ind] : 0;

	html_printf(b, "<tr><td>%s</td><td class=\"l%d\">", ind->kode,
		    depth > 4 ? 4 : depth);
	if (id)
		html_printf(b, "<a href=\"/indikator/%D?tahun=%d\">%s</a>", id,
			    t->v->tahun, ind->uraian ? ind->uraian : ind->kode);
	else
		html_printf(b, "%s", ind->uraian ? ind->uraian : ind->kode);
	if (ind->iku)
		html_trusted(b, " <span class=\"status\">IKU</span>");
	if (id && t->entry)
		html_printf(b, "<br><a href=\"/realisasi/%D?tahun=%d\">Isi "
			    "realisasi</a>", id, t->v->tahun);
	html_printf(b, "</td><td class=\"angka\">%s</td>",
		    h && h->target ? h->target->raw : "–");
	if (h) {
		real_cell(b, h);
		view_capaian_cell(b, &h->cap);
	} else {
		html_trusted(b, "<td></td><td></td>");
	}
	if (h && h->predikat)
		html_printf(b, "<td><span class=\"pred pred-%d\">%s</span></td>",
			    view_pred_rank(t->v, h->predikat), h->predikat);
	else
		html_trusted(b, "<td>–</td>");
	html_trusted(b, "<td></td><td></td><td></td></tr>\n");
}

static void node_rows(struct tree *t, const struct node *n, int depth)
{
	struct sbuf *b = &t->o->body;
	const struct hasil_sasaran *s = NULL;
	int i;

	html_printf(b, "<tr class=\"tingkat-%a\"><td>%s</td><td class=\"l%d\">"
		    "<span class=\"catatan\">%s</span> %s</td>",
		    tingkat_nama(n->tingkat), n->kode, depth > 4 ? 4 : depth,
		    view_tingkat(n->tingkat), n->uraian ? n->uraian : "");
	if (n->tingkat == TK_SASARAN)
		s = view_sasaran(t->v, t->in, n);
	html_trusted(b, "<td></td><td></td>");
	if (s && s->ok)
		html_printf(b, "<td class=\"angka\">%p %%</td><td><span "
			    "class=\"pred pred-%d\">%s</span></td>", s->capaian,
			    view_pred_rank(t->v, view_predikat(t->v, s->capaian)),
			    view_predikat(t->v, s->capaian));
	else
		html_trusted(b, "<td></td><td></td>");
	money_cells(b, view_anggaran(t->v, t->in, n));
	html_trusted(b, "</tr>\n");
	for (i = 0; i < n->nindikator; i++)
		ind_row(t, &n->indikator[i], depth + 1);
	for (i = 0; i < n->nanak; i++)
		node_rows(t, &n->anak[i], depth + 1);
}

static void head(struct tree *t, const struct web_instansi *w)
{
	struct sbuf *b = &t->o->body, path = SBUF_INIT(128);
	const struct hasil_sasaran *s = view_sasaran(t->v, t->in, NULL);
	const struct hasil_anggaran *a = view_anggaran(t->v, t->in, NULL);

	html_printf(b, "<h1>%s</h1>\n<p class=\"catatan\">%s — %s", w->nama ?
		    w->nama : w->kode, w->pemda_nama ? w->pemda_nama :
		    w->pemda_kode, w->kode);
	if (t->in->renstra_awal)
		html_printf(b, " · Renstra %d–%d", t->in->renstra_awal,
			    t->in->renstra_akhir);
	html_trusted(b, "</p>\n");
	layout_pesan(t->r, t->o);
	html_printf(&path, "/instansi/%D", w->id);
	view_tahun_nav(b, t->v, path.z);
	sbuf_release(&path);
	html_trusted(b, "<div class=\"ringkas\">");
	if (s && s->ok)
		html_printf(b, "<div>Capaian rata-rata %d<b>%p %%</b>%d sasaran"
			    "</div><div>Predikat<b>%s</b></div>", t->v->tahun,
			    s->capaian, s->n, view_predikat(t->v, s->capaian));
	else
		html_printf(b, "<div>Capaian rata-rata %d<b>–</b></div>",
			    t->v->tahun);
	if (a && a->serapan_ok)
		html_printf(b, "<div>Serapan anggaran<b>%p %%</b>Rp %n dari "
			    "Rp %n</div>", a->serapan, a->j.realisasi, a->j.pagu);
	html_trusted(b, "</div>\n");
}

static void entries(struct tree *t, int64_t instansi_id)
{
	struct web_entri_filter f = { NULL, instansi_id, 0, t->v->tahun, 20 };
	struct web_entri *a;
	struct sbuf *b = &t->o->body;
	struct sk_err e;
	int n, i;

	if (store_entri_list(t->r->db, &f, &t->r->arena, &a, &n, &e) || n == 0)
		return;
	html_trusted(b, "<h2>Entri realisasi</h2>\n<div class=\"tabel\"><table>"
		     "<thead><tr><th>Indikator</th><th>Periode</th>"
		     "<th class=\"angka\">Nilai</th><th>Status</th>"
		     "<th>Catatan verifikator</th></tr></thead><tbody>\n");
	for (i = 0; i < n; i++) {
		html_trusted(b, "<tr><td>");
		view_entri_indikator(b, &a[i], "/realisasi");
		html_printf(b, "</td><td>%s %d</td><td class=\"angka\">%s</td><td>"
			    "<span class=\"status status-%a\">%s</span></td>"
			    "<td>%s</td></tr>\n", view_periode_nama(a[i].periode,
			    a[i].ke), a[i].tahun, a[i].raw, a[i].status,
			    a[i].status, a[i].alasan ? a[i].alasan : "");
	}
	html_trusted(b, "</tbody></table></div>\n");
}

int page_instansi(struct req *r, struct resp *o)
{
	struct web_instansi w;
	struct view v;
	struct tree t;
	struct sk_err e;
	int i, rc;

	if (store_instansi_info(r->db, r->scope_id, &r->arena, &w, &e))
		return resp_error(r, o, 404, "Instansi tidak ditemukan.");
	rc = view_load(r, &v, w.pemda_kode, w.kode, (int)req_int(r, "tahun", 0),
		       &e);
	if (rc || v.p.ninstansi != 1) {
		view_free(&v);
		return resp_error(r, o, 500, "Data instansi tidak dapat dimuat.");
	}
	memset(&t, 0, sizeof t);
	t.r = r, t.o = o, t.v = &v, t.in = &v.p.instansi[0];
	t.ids = view_ind_ids(r, &v, w.id);
	t.entry = r->role == ROLE_OPERATOR;
	layout_begin(r, o, w.nama ? w.nama : w.kode);
	head(&t, &w);
	html_trusted(&o->body, "<h2>Renstra, target dan realisasi</h2>\n"
		     "<div class=\"tabel\"><table><thead><tr><th>Kode</th>"
		     "<th>Uraian / indikator</th><th class=\"angka\">Target</th>"
		     "<th class=\"angka\">Realisasi</th>"
		     "<th class=\"angka\">Capaian</th><th>Predikat</th>"
		     "<th class=\"angka\">Pagu (Rp)</th>"
		     "<th class=\"angka\">Realisasi (Rp)</th>"
		     "<th class=\"angka\">Serapan</th></tr></thead><tbody>\n");
	for (i = 0; i < t.in->ntujuan; i++)
		node_rows(&t, &t.in->tujuan[i], 0);
	html_trusted(&o->body, "</tbody></table></div>\n");
	entries(&t, w.id);
	layout_end(r, o);
	view_free(&v);
	return 0;
}
