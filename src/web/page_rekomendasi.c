/* page_rekomendasi: the recommendations of the LHE and their follow-up
 * (lke.md "Recommendations and follow-up").
 *
 * The list, with filters by year, status, agency and "overdue", and a
 * summary; one recommendation with its follow-ups; the operator logs a
 * follow-up with a link or an evidence file; the evaluator verifies it
 * (proses, selesai, ditolak); the evidence file is downloaded as an
 * attachment. An operator sees only his agency's (the dispatcher's
 * scope) and only of a published penetapan; the evaluator and the admin
 * also see the drafts, marked as such. */
#include "page.h"
#include "../store/store_web_rek.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#define URAIAN_MAX 2000
#define CATATAN_MAX 1000
#define TAUTAN_MAX 500

/* Past its target date on today, and neither selesai nor ditolak (the
 * CLI's `rekomendasi --terlambat`). */
static int terlambat(const struct lke_rekomendasi *k, const char *today)
{
	return k->target && strcmp(k->target, today) < 0 &&
	       k->status != LKE_SELESAI && k->status != LKE_DITOLAK;
}

/* The roles that also see recommendations of unpublished penetapan. */
static int lihat_draf(const struct req *r)
{
	return (r->role & (ROLE_ADMIN | ROLE_EVALUATOR)) != 0;
}

/* 1 when z is an http(s) link without spaces or control characters. */
static int tautan_valid(const char *z)
{
	const unsigned char *p;

	if (strncmp(z, "https://", 8) != 0 && strncmp(z, "http://", 7) != 0)
		return 0;
	for (p = (const unsigned char *)z; *p; p++)
		if (*p <= ' ' || *p == 0x7f)
			return 0;
	return strlen(z) > 8;
}

static void status_badges(struct sbuf *b, const struct web_rek *w,
			  const char *today)
{
	html_printf(b, "<span class=\"status status-%a\">%s</span>",
		    lke_status_kode(w->r.status), lke_status_kode(w->r.status));
	if (terlambat(&w->r, today))
		html_trusted(b, " <span class=\"status status-terlambat\">"
			     "terlambat</span>");
	if (w->menunggu && w->r.status != LKE_SELESAI &&
	    w->r.status != LKE_DITOLAK)
		html_trusted(b, " <span class=\"status status-menunggu\">"
			     "menunggu verifikasi</span>");
	if (!w->terbit)
		html_trusted(b, " <span class=\"status status-draf\">draf</span>");
}

/* ---- the list ----------------------------------------------------------------- */

struct ringkasan {
	int n, selesai, terlambat;
};

static void filter_form(struct req *r, struct resp *o,
			const struct web_rek_filter *f, int only_late)
{
	struct sbuf *b = &o->body;
	struct web_instansi *in;
	struct sk_err e;
	int i, nin;

	html_trusted(b, "<form class=\"baris\" method=\"get\" "
		     "action=\"/rekomendasi\"><div><label for=\"tahun\">Tahun LHE"
		     "</label><input id=\"tahun\" name=\"tahun\" type=\"number\" "
		     "min=\"1900\" max=\"2199\"");
	if (f->tahun)
		html_printf(b, " value=\"%d\"", f->tahun);
	html_trusted(b, "></div><div><label for=\"status\">Status</label><select "
		     "id=\"status\" name=\"status\"><option value=\"\">semua"
		     "</option>");
	for (i = LKE_BELUM; i <= LKE_DITOLAK; i++)
		html_printf(b, "<option value=\"%a\"%s>%s</option>",
			    lke_status_kode(i), f->status == i ? " selected" : "",
			    lke_status_kode(i));
	html_trusted(b, "</select></div>");
	if (r->role != ROLE_OPERATOR &&
	    store_instansi_list(r->db, &r->arena, &in, &nin, &e) == 0) {
		html_trusted(b, "<div><label for=\"instansi\">Instansi</label>"
			     "<select id=\"instansi\" name=\"instansi\">"
			     "<option value=\"\">semua</option>");
		for (i = 0; i < nin; i++)
			html_printf(b, "<option value=\"%D\"%s>%s</option>",
				    in[i].id, in[i].id == f->instansi_id ?
				    " selected" : "", in[i].nama ? in[i].nama :
				    in[i].kode);
		html_trusted(b, "</select></div>");
	}
	html_printf(b, "<div><label><input type=\"checkbox\" name=\"terlambat\" "
		    "value=\"1\"%s> hanya yang terlambat</label></div>"
		    "<div><button type=\"submit\">Tampilkan</button></div>"
		    "</form>\n", only_late ? " checked" : "");
}

static void list_row(struct sbuf *b, const struct web_rek *w,
		     const char *today)
{
	char tgl[VIEW_TANGGAL_MAX];

	html_trusted(b, terlambat(&w->r, today) ? "<tr class=\"terlambat\">" :
		     "<tr>");
	html_printf(b, "<td>%s</td><td>%d</td><td class=\"angka\">%d</td>"
		    "<td><a href=\"/rekomendasi/%D\">%s</a></td><td>%s</td>"
		    "<td>%s</td><td>%s</td><td>", w->instansi_nama ?
		    w->instansi_nama : w->instansi_kode, w->tahun, w->r.nomor,
		    w->id, w->r.teks, w->r.kode ? w->r.kode : "–",
		    w->r.prioritas ? w->r.prioritas : "–",
		    view_tanggal(w->r.target, tgl));
	status_badges(b, w, today);
	html_printf(b, "</td><td>%s</td></tr>\n",
		    w->tl_terakhir ? w->tl_terakhir : "–");
}

static void summary(struct sbuf *b, const struct ringkasan *s)
{
	pct_t share = s->n ? (pct_t)s->selesai * PCT(100) / s->n : 0;

	html_printf(b, "<p class=\"kartu\" id=\"ringkasan\">%d rekomendasi, "
		    "%d selesai, %d terlambat; %p %% selesai ditindaklanjuti."
		    "</p>\n", s->n, s->selesai, s->terlambat, share);
}

/* The filter of the query string; an operator's agency is his own. */
static void list_filter(struct req *r, struct web_rek_filter *f)
{
	const char *st = req_query(r, "status");
	int64_t tahun = req_int(r, "tahun", 0);

	f->tahun = tahun >= 1900 && tahun <= 2199 ? (int)tahun : 0;
	f->status = st && *st ? lke_status_parse(st) : -1;
	f->instansi_id = req_int(r, "instansi", 0);
	if (f->instansi_id < 0)
		f->instansi_id = 0;
	if (r->role == ROLE_OPERATOR)
		f->instansi_id = r->sess->user.instansi_id;
	f->draf = lihat_draf(r);
}

int page_rekomendasi_daftar(struct req *r, struct resp *o)
{
	struct web_rek_filter f;
	struct web_rek *v;
	struct ringkasan s = { 0, 0, 0 };
	struct sk_err e;
	const char *late = req_query(r, "terlambat");
	int only_late = late && strcmp(late, "1") == 0;
	char today[11], tgl[VIEW_TANGGAL_MAX];
	int i, n, shown = 0;

	req_today(r, today);
	list_filter(r, &f);
	if (store_rek_list(r->db, &f, &r->arena, &v, &n, &e))
		return resp_error(r, o, 500, "Rekomendasi tidak dapat dibaca.");
	for (i = 0; i < n; i++) {
		s.n++;
		s.selesai += v[i].r.status == LKE_SELESAI;
		s.terlambat += terlambat(&v[i].r, today);
	}
	layout_begin(r, o, "Rekomendasi");
	html_printf(&o->body, "<h1>Rekomendasi hasil evaluasi (LHE)</h1>\n"
		    "<p class=\"catatan\">Per %s. Terlambat: lewat tanggal target "
		    "dan belum selesai atau ditolak.</p>\n",
		    view_tanggal(today, tgl));
	filter_form(r, o, &f, only_late);
	summary(&o->body, &s);
	for (i = 0; i < n; i++) {
		if (only_late && !terlambat(&v[i].r, today))
			continue;
		if (!shown++)
			html_trusted(&o->body, "<div class=\"tabel\"><table><thead>"
				     "<tr><th>Instansi</th><th>Tahun LHE</th>"
				     "<th class=\"angka\">No.</th><th>Rekomendasi"
				     "</th><th>Kriteria</th><th>Prioritas</th>"
				     "<th>Target</th><th>Status</th><th>Tindak "
				     "lanjut terakhir</th></tr></thead><tbody>\n");
		list_row(&o->body, &v[i], today);
	}
	if (shown)
		html_trusted(&o->body, "</tbody></table></div>\n");
	else
		html_trusted(&o->body, "<p>Tidak ada rekomendasi yang sesuai."
			     "</p>\n");
	layout_end(r, o);
	return 0;
}

/* ---- one recommendation --------------------------------------------------------- */

/* Recommendation r->scope_id with its follow-ups, when the user may see
 * it; else the error page is set (404 for an operator's unpublished one,
 * as if it did not exist) and 1 returned. */
static int rek_load(struct req *r, struct resp *o, struct web_rek *w,
		    struct web_tl **tl, int *ntl)
{
	struct sk_err e;
	int rc = store_rek_get(r->db, r->scope_id, &r->arena, w, tl, ntl, &e);

	if (rc == SK_ENOTFOUND || (!rc && !w->terbit && !lihat_draf(r)))
		return resp_error(r, o, 404, "Rekomendasi ini tidak ada atau "
				  "belum diterbitkan."), 1;
	if (rc)
		return resp_error(r, o, 500, "Rekomendasi tidak dapat dibaca."), 1;
	return 0;
}

static void bukti_cell(struct sbuf *b, const struct web_rek *w,
		       const struct web_tl *t)
{
	const char *z = t->t.bukti;

	if (!z || !*z)
		html_trusted(b, "–");
	else if (upload_rel_valid(z))
		html_printf(b, "<a href=\"/rekomendasi/%D/bukti/%D\">Berkas %s</a>",
			    w->id, t->id, z + 39);
	else if (tautan_valid(z))
		html_printf(b, "<a href=\"%a\" rel=\"noopener noreferrer\">%s</a>",
			    z, z);
	else
		html_printf(b, "%s", z);
}

static void tl_table(struct sbuf *b, const struct web_rek *w,
		     const struct web_tl *tl, int ntl)
{
	char tgl[VIEW_TANGGAL_MAX];
	int i;

	html_trusted(b, "<h2>Tindak lanjut</h2>\n");
	if (ntl == 0) {
		html_trusted(b, "<p>Belum ada tindak lanjut.</p>\n");
		return;
	}
	html_trusted(b, "<div class=\"tabel\"><table><thead><tr><th>Tanggal</th>"
		     "<th>Uraian</th><th>Bukti</th><th>Diverifikasi</th>"
		     "<th>Catatan verifikasi</th></tr></thead><tbody>\n");
	for (i = 0; i < ntl; i++) {
		const struct web_tl *t = &tl[i];

		html_printf(b, "<tr><td>%s</td><td>%s</td><td>",
			    view_tanggal(t->t.tanggal, tgl),
			    t->t.uraian);
		bukti_cell(b, w, t);
		if (t->t.diverifikasi_pada)
			html_printf(b, "</td><td>%s%s%s</td>",
				    t->t.diverifikasi_pada,
				    t->diverifikasi_oleh ? " oleh " : "",
				    t->diverifikasi_oleh ? t->diverifikasi_oleh :
				    "");
		else
			html_trusted(b, "</td><td><span class=\"status "
				     "status-menunggu\">menunggu verifikasi"
				     "</span></td>");
		html_printf(b, "<td>%s</td></tr>\n", t->t.catatan_verifikasi ?
			    t->t.catatan_verifikasi : "");
	}
	html_trusted(b, "</tbody></table></div>\n");
}

static void tl_form(struct req *r, struct resp *o, const struct web_rek *w,
		    const char *today)
{
	if (w->r.status == LKE_SELESAI || w->r.status == LKE_DITOLAK) {
		html_printf(&o->body, "<p class=\"catatan\">Rekomendasi ini sudah "
			    "%s; tindak lanjut tidak dapat dicatat lagi.</p>\n",
			    lke_status_kode(w->r.status));
		return;
	}
	html_printf(&o->body, "<h2>Catat tindak lanjut</h2>\n<form class=\"kartu\""
		    " method=\"post\" enctype=\"multipart/form-data\" "
		    "action=\"/rekomendasi/%D/tindak-lanjut\">", w->id);
	layout_csrf(r, o);
	html_printf(&o->body, "<label for=\"uraian\">Uraian tindak lanjut</label>"
		    "<textarea id=\"uraian\" name=\"uraian\" required "
		    "maxlength=\"%d\"></textarea><label for=\"tanggal\">Tanggal"
		    "</label><input id=\"tanggal\" name=\"tanggal\" type=\"date\" "
		    "value=\"%a\" max=\"%a\"><label for=\"tautan\">Tautan bukti "
		    "(http:// atau https://)</label><input id=\"tautan\" "
		    "name=\"tautan\" type=\"url\" maxlength=\"%d\"><label "
		    "for=\"bukti\">atau berkas bukti (PDF, JPG, PNG, XLSX atau "
		    "DOCX, paling besar %D KB)</label><input id=\"bukti\" "
		    "name=\"bukti\" type=\"file\" accept=\".pdf,.jpg,.jpeg,.png,"
		    ".xlsx,.docx\"><p><button type=\"submit\">Catat tindak lanjut"
		    "</button></p></form>\n", URAIAN_MAX, today, today,
		    TAUTAN_MAX, (int64_t)(r->app->cfg.max_upload / 1024));
}

static void verif_form(struct req *r, struct resp *o, const struct web_rek *w)
{
	int i, pilih = w->menunggu ? LKE_SELESAI : LKE_PROSES;

	html_printf(&o->body, "<h2>Verifikasi</h2>\n<p class=\"catatan\">%s</p>\n"
		    "<form class=\"kartu\" method=\"post\" "
		    "action=\"/rekomendasi/%D/verifikasi\">", w->menunggu ?
		    "Tindak lanjut terakhir menunggu verifikasi." :
		    "Tidak ada tindak lanjut yang menunggu verifikasi: status "
		    "selesai memerlukan tindak lanjut yang belum diverifikasi.",
		    w->id);
	layout_csrf(r, o);
	html_trusted(&o->body, "<label for=\"status\">Status</label><select "
		     "id=\"status\" name=\"status\">");
	for (i = LKE_PROSES; i <= LKE_DITOLAK; i++)
		html_printf(&o->body, "<option value=\"%a\"%s>%s</option>",
			    lke_status_kode(i), i == pilih ? " selected" : "",
			    lke_status_kode(i));
	html_printf(&o->body, "</select><label for=\"catatan\">Catatan</label>"
		    "<textarea id=\"catatan\" name=\"catatan\" maxlength=\"%d\">"
		    "</textarea><p><button type=\"submit\">Simpan verifikasi"
		    "</button></p></form>\n", CATATAN_MAX);
}

static void rek_pesan(struct req *r, struct resp *o)
{
	const char *k = req_query(r, "pesan");

	if (k && strcmp(k, "tindaklanjut") == 0)
		html_trusted(&o->body, "<p class=\"pesan\">Tindak lanjut "
			     "tercatat dan menunggu verifikasi.</p>\n");
	else if (k && strcmp(k, "diverifikasi") == 0)
		html_trusted(&o->body, "<p class=\"pesan\">Verifikasi tersimpan."
			     "</p>\n");
}

static void rek_head(struct resp *o, const struct web_rek *w,
		     const char *today)
{
	struct sbuf *b = &o->body;
	char tgl[VIEW_TANGGAL_MAX];

	html_printf(b, "<h1>Rekomendasi %d — LHE %d</h1>\n<p class=\"catatan\">"
		    "<a href=\"/instansi/%D?tahun=%d\">%s</a>", w->r.nomor,
		    w->tahun, w->instansi_id, w->tahun, w->instansi_nama ?
		    w->instansi_nama : w->instansi_kode);
	if (w->lhe_nomor)
		html_printf(b, " · LHE nomor %s", w->lhe_nomor);
	if (w->lhe_tanggal)
		html_printf(b, " tanggal %s", view_tanggal(w->lhe_tanggal, tgl));
	html_printf(b, " · <a href=\"/rekomendasi?tahun=%d\">semua rekomendasi"
		    "</a></p>\n", w->tahun);
	html_printf(b, "<div class=\"kartu\"><p>%s</p><p>Kriteria %s · prioritas "
		    "%s · target %s · ", w->r.teks, w->r.kode ? w->r.kode : "–",
		    w->r.prioritas ? w->r.prioritas : "–",
		    view_tanggal(w->r.target, tgl));
	status_badges(b, w, today);
	html_trusted(b, "</p></div>\n");
}

int page_rekomendasi(struct req *r, struct resp *o)
{
	struct web_rek w;
	struct web_tl *tl;
	char today[11];
	int ntl;

	if (rek_load(r, o, &w, &tl, &ntl))
		return 0;
	req_today(r, today);
	layout_begin(r, o, "Rekomendasi");
	rek_head(o, &w, today);
	rek_pesan(r, o);
	tl_table(&o->body, &w, tl, ntl);
	if (r->role == ROLE_OPERATOR)
		tl_form(r, o, &w, today);
	if (r->role == ROLE_EVALUATOR)
		verif_form(r, o, &w);
	layout_end(r, o);
	return 0;
}

/* ---- the evidence file of a follow-up ------------------------------------------- */

int page_rekomendasi_bukti(struct req *r, struct resp *o)
{
	struct web_rek w;
	struct web_tl *tl = NULL;
	struct sbuf d = SBUF_INIT(256);
	char *end;
	long long n = r->nargs > 1 ? strtoll(r->args[1], &end, 10) : 0;
	int64_t size = 0;
	int ntl = 0, i, fd = -1;

	if (n <= 0 || *end)
		return resp_error(r, o, 404, "Berkas bukti tidak ada.");
	if (rek_load(r, o, &w, &tl, &ntl))
		return 0;
	for (i = 0; i < ntl && tl[i].id != n; i++)
		;
	if (i == ntl || !upload_rel_valid(tl[i].t.bukti) ||
	    (fd = upload_open(r, tl[i].t.bukti, &size)) < 0)
		return resp_error(r, o, 404, "Berkas bukti tidak ada.");
	o->fd = fd;
	o->fsize = size;
	o->ctype = upload_mime(tl[i].t.bukti + 39);
	html_printf(&d, "attachment; filename=\"tindak-lanjut-%D.%s\"", tl[i].id,
		    tl[i].t.bukti + 39);
	o->disposition = req_strdup(r, d.z);
	sbuf_release(&d);
	return 0;
}

/* ---- writes --------------------------------------------------------------- */

/* The form's fields into tl; 0, or 1 with a 400 page set. */
static int tl_fields(struct req *r, struct resp *o,
		     struct lke_tindak_lanjut *tl, const char *today)
{
	const char *uraian = req_form(r, "uraian");
	const char *tgl = req_form(r, "tanggal");
	const char *tautan = req_form(r, "tautan");
	int berkas = r->file.field && r->file.filename && r->file.filename[0];

	if (!uraian || !*uraian || strlen(uraian) > URAIAN_MAX)
		return resp_error(r, o, 400, "Isi uraian tindak lanjut (paling "
				  "banyak 2000 karakter)."), 1;
	if (tgl && *tgl && (!tanggal_valid(tgl) || strcmp(tgl, today) > 0))
		return resp_error(r, o, 400, "Tanggal tindak lanjut harus "
				  "tanggal yang ada (TTTT-BB-HH) dan tidak "
				  "setelah hari ini."), 1;
	if (tautan && *tautan && (strlen(tautan) > TAUTAN_MAX ||
				  !tautan_valid(tautan)))
		return resp_error(r, o, 400, "Tautan bukti harus diawali "
				  "http:// atau https://, tanpa spasi, paling "
				  "banyak 500 karakter."), 1;
	if (tautan && *tautan && berkas)
		return resp_error(r, o, 400, "Isi tautan bukti atau unggah "
				  "berkas bukti, tidak keduanya."), 1;
	tl->uraian = uraian;
	tl->tanggal = tgl && *tgl ? tgl : req_strdup(r, today);
	tl->bukti = tautan && *tautan ? tautan : NULL;
	return 0;
}

static int tl_refused(struct req *r, struct resp *o, int rc)
{
	struct sbuf msg = SBUF_INIT(512);
	struct web_rek w;
	struct sk_err e;

	if (rc == SK_ENOTFOUND)
		return resp_error(r, o, 404, "Rekomendasi ini tidak ada atau "
				  "belum diterbitkan. Tidak ada yang disimpan.");
	if (rc != SK_EINVAL)
		return resp_error(r, o, 500, "Tindak lanjut tidak dapat "
				  "disimpan.");
	if (store_rek_get(r->db, r->scope_id, &r->arena, &w, NULL, NULL, &e))
		w.r.status = LKE_SELESAI;
	html_printf(&msg, "Rekomendasi ini sudah %s; tindak lanjut tidak dapat "
		    "dicatat lagi. Tidak ada yang disimpan.",
		    lke_status_kode(w.r.status));
	resp_error(r, o, 409, msg.z);
	sbuf_release(&msg);
	return 0;
}

int page_rekomendasi_tindak_lanjut(struct req *r, struct resp *o)
{
	struct lke_tindak_lanjut tl = { 0 };
	struct web_actor who = req_actor(r);
	struct sk_err e;
	struct sbuf to = SBUF_INIT(128);
	char today[11], *rel = NULL;
	const char *type;
	int rc;

	req_today(r, today);
	if (tl_fields(r, o, &tl, today) || upload_accept(r, o, &rel, &type))
		return 0;
	if (rel)
		tl.bukti = rel;
	if ((rc = store_rek_tindak_lanjut(r->db, &who, r->scope_id, &tl, NULL,
					  &e))) {
		upload_remove(r, rel);
		return tl_refused(r, o, rc);
	}
	web_changed(r);
	html_printf(&to, "/rekomendasi/%D?pesan=tindaklanjut", r->scope_id);
	resp_redirect(r, o, to.z);
	sbuf_release(&to);
	return 0;
}

int page_rekomendasi_verifikasi(struct req *r, struct resp *o)
{
	struct web_actor who = req_actor(r);
	struct sk_err e;
	struct sbuf to = SBUF_INIT(128);
	const char *cat = req_form(r, "catatan");
	int status = lke_status_parse(req_form(r, "status")), rc;
	char today[11];

	if (status != LKE_PROSES && status != LKE_SELESAI &&
	    status != LKE_DITOLAK)
		return resp_error(r, o, 400, "Pilih status proses, selesai atau "
				  "ditolak.");
	if (cat && strlen(cat) > CATATAN_MAX)
		return resp_error(r, o, 400, "Catatan verifikasi paling banyak "
				  "1000 karakter.");
	rc = store_rek_verifikasi(r->db, &who, r->scope_id, status,
				  req_today(r, today), cat, &e);
	if (rc == SK_ENOTFOUND)
		return resp_error(r, o, 404, "Rekomendasi ini tidak ada.");
	if (rc == SK_EPERM)
		return resp_error(r, o, 409, "LHE rekomendasi ini belum "
				  "diterbitkan: instansi belum dapat "
				  "menindaklanjutinya. Tidak ada yang disimpan.");
	if (rc == SK_EINVAL)
		return resp_error(r, o, 409, "Belum ada tindak lanjut yang "
				  "menunggu verifikasi: rekomendasi belum dapat "
				  "dinyatakan selesai. Tidak ada yang disimpan.");
	if (rc)
		return resp_error(r, o, 500, "Verifikasi tidak dapat disimpan.");
	web_changed(r);
	html_printf(&to, "/rekomendasi/%D?pesan=diverifikasi", r->scope_id);
	resp_redirect(r, o, to.z);
	sbuf_release(&to);
	return 0;
}
