/* page_realisasi: an operator enters an indicator's realisation for a
 * quarter, a month or the year, with a note and an evidence file, and
 * submits it for verification; and evidence files are downloaded. */
#include "page.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NILAI_MAX 200
#define CATATAN_MAX 2000

static void periode_options(struct sbuf *b, const struct periode *p)
{
	int k;

	html_trusted(b, "<select id=\"periode\" name=\"periode\">");
	if (!p || !p->bulanan)
		for (k = 1; k <= 4; k++)
			html_printf(b, "<option value=\"triwulan-%d\">%s</option>",
				    k, view_periode_nama("triwulan", k));
	if (!p || p->bulanan)
		for (k = 1; k <= 12; k++)
			html_printf(b, "<option value=\"bulan-%d\">%s</option>", k,
				    view_periode_nama("bulan", k));
	html_trusted(b, "<option value=\"tahun-0\">Tahunan (realisasi tahun)"
		     "</option></select>");
}

static void entry_table(struct req *r, struct resp *o, int64_t ind, int tahun)
{
	struct web_entri_filter f = { NULL, 0, ind, tahun, 100 };
	struct web_entri *a;
	struct sk_err e;
	int n, i;

	if (store_entri_list(r->db, &f, &r->arena, &a, &n, &e) || n == 0)
		return;
	html_trusted(&o->body, "<h2>Entri tahun ini</h2><div class=\"tabel\">"
		     "<table><thead><tr><th>Periode</th><th class=\"angka\">"
		     "Nilai</th><th>Catatan</th><th>Bukti</th><th>Status</th>"
		     "<th>Alasan dikembalikan</th></tr></thead><tbody>\n");
	for (i = 0; i < n; i++) {
		html_printf(&o->body, "<tr><td>%s</td><td class=\"angka\">%s</td>"
			    "<td>%s</td><td>", view_periode_nama(a[i].periode,
			    a[i].ke), a[i].raw, a[i].catatan ? a[i].catatan : "");
		if (a[i].bukti_path)
			html_printf(&o->body, "<a href=\"/bukti/%D\">%s</a>",
				    a[i].id, a[i].bukti_nama ? a[i].bukti_nama :
				    "bukti");
		html_printf(&o->body, "</td><td><span class=\"status status-%a\">"
			    "%s</span></td><td>%s</td></tr>\n", a[i].status,
			    a[i].status, a[i].alasan ? a[i].alasan : "");
	}
	html_trusted(&o->body, "</tbody></table></div>\n");
}

static void entry_form(struct req *r, struct resp *o, const struct periode *p,
		       int tahun)
{
	html_printf(&o->body, "<h2>Isi realisasi %d</h2>\n<form class=\"kartu\" "
		    "method=\"post\" enctype=\"multipart/form-data\" "
		    "action=\"/realisasi/%D\">", tahun, r->scope_id);
	layout_csrf(r, o);
	html_printf(&o->body, "<input type=\"hidden\" name=\"tahun\" "
		    "value=\"%d\"><label for=\"periode\">Periode</label>", tahun);
	periode_options(&o->body, p);
	html_printf(&o->body, "<label for=\"nilai\">Nilai realisasi</label>"
		    "<input id=\"nilai\" name=\"nilai\" maxlength=\"%d\" "
		    "required placeholder=\"mis. 84,02 atau 97,36%%\">"
		    "<label for=\"catatan\">Catatan</label>"
		    "<textarea id=\"catatan\" name=\"catatan\" maxlength=\"%d\">"
		    "</textarea><label for=\"bukti\">Bukti (PDF, JPG, PNG, XLSX "
		    "atau DOCX, paling besar %D KB)</label>"
		    "<input id=\"bukti\" name=\"bukti\" type=\"file\" "
		    "accept=\".pdf,.jpg,.jpeg,.png,.xlsx,.docx\">"
		    "<p><button type=\"submit\" name=\"aksi\" value=\"ajukan\">"
		    "Ajukan untuk verifikasi</button> <button class=\"kedua\" "
		    "type=\"submit\" name=\"aksi\" value=\"draf\">Simpan draf"
		    "</button></p></form>\n", NILAI_MAX, CATATAN_MAX,
		    (int64_t)(r->app->cfg.max_upload / 1024));
}

static void current_values(struct resp *o, const struct hasil_indikator *h,
			   const struct periode *p, int tahun)
{
	html_printf(&o->body, "<div class=\"ringkas\"><div>Target %d<b>%s</b>"
		    "</div><div>Realisasi tahunan<b>%s</b>%s</div></div>\n",
		    tahun, h->target ? h->target->raw : "–",
		    h->realisasi_nilai ? h->realisasi_nilai->raw : "–",
		    h->realisasi_nilai ? "ditetapkan; nilai per periode tidak "
		    "mengubah capaian tahun ini" : "");
	if (!p)
		return;
	view_periode_tabel(&o->body, p);
}

int page_realisasi(struct req *r, struct resp *o)
{
	struct web_instansi w;
	struct view v;
	struct sk_err e;
	const struct indikator *ind;
	const struct hasil_indikator *h;
	struct sbuf path = SBUF_INIT(128);
	int locked = 0;

	if (!(h = view_load_ind(r, o, &w, &v, "Data tidak dapat dimuat.")))
		return 0;
	ind = h->ind;
	store_tahun_locked(r->db, w.pemda_kode, v.tahun, &locked, &e);
	layout_begin(r, o, "Isi realisasi");
	html_printf(&o->body, "<h1>Realisasi: %s</h1>\n<p class=\"catatan\">"
		    "<a href=\"/instansi/%D?tahun=%d\">%s</a> · %s · satuan %s"
		    "</p>\n", ind->uraian ? ind->uraian : ind->kode, w.id,
		    v.tahun, w.nama ? w.nama : w.kode, ind->kode,
		    ind->satuan ? ind->satuan : "–");
	layout_pesan(r, o);
	html_printf(&path, "/realisasi/%D", r->scope_id);
	view_tahun_nav(&o->body, &v, path.z);
	sbuf_release(&path);
	current_values(o, h, indikator_periode(ind, v.tahun), v.tahun);
	entry_table(r, o, r->scope_id, v.tahun);
	if (locked)
		html_printf(&o->body, "<p class=\"galat\">Tahun %d sudah dikunci. "
			    "Perubahan memerlukan admin membuka kunci periode."
			    "</p>\n", v.tahun);
	else
		entry_form(r, o, indikator_periode(ind, v.tahun), v.tahun);
	layout_end(r, o);
	view_free(&v);
	return 0;
}

/* "triwulan-2" → ("triwulan", 2). */
static int periode_parse(const char *z, const char **periode, int *ke)
{
	static const char *const a[] = { "tahun", "triwulan", "bulan" };
	size_t i, n;
	char *end;

	for (i = 0; z && i < 3; i++) {
		n = strlen(a[i]);
		if (strncmp(z, a[i], n) == 0 && z[n] == '-') {
			*periode = a[i];
			*ke = (int)strtol(z + n + 1, &end, 10);
			return *end ? -1 : 0;
		}
	}
	return -1;
}

/* The name shown for an evidence file: without a client's folder
 * (C:\…\bukti.pdf), at most 120 bytes cut at a UTF-8 boundary. */
static const char *file_label(struct req *r, const char *name)
{
	const char *p = name, *q;
	size_t n;

	for (q = name; *q; q++)
		if (*q == '/' || *q == '\\')
			p = q + 1;
	n = strlen(p);
	if (n > 120) {
		n = 120;
		while (n > 0 && ((unsigned char)p[n] & 0xC0) == 0x80)
			n--;
	}
	return arena_strndup(&r->arena, p, n);
}

/* The uploaded evidence into in; 0 (also when there is none), or 1 with
 * the error page set. */
static int evidence(struct req *r, struct resp *o, struct web_entri_input *in)
{
	const char *type;
	char *rel;

	if (upload_accept(r, o, &rel, &type))
		return 1;
	if (!rel)
		return 0;
	in->bukti_path = rel;
	in->bukti_nama = file_label(r, r->file.filename);
	in->bukti_tipe = type;
	in->bukti_ukuran = (int64_t)r->file.data.n;
	return 0;
}

static int save_failed(struct req *r, struct resp *o, int rc, int tahun)
{
	struct sbuf msg = SBUF_INIT(512);

	if (rc == SK_EPERM) {
		html_printf(&msg, "Tahun %d sudah dikunci. Perubahan memerlukan "
			    "admin membuka kunci periode. Tidak ada yang "
			    "disimpan.", tahun);
		resp_error(r, o, 409, msg.z);
	} else if (rc == SK_EINVAL) {
		resp_error(r, o, 400, "Periode tidak sesuai dengan jenis periode "
			   "yang dilaporkan indikator ini pada tahun tersebut.");
	} else {
		resp_error(r, o, 500, "Realisasi tidak dapat disimpan.");
	}
	sbuf_release(&msg);
	return 0;
}

int page_realisasi_simpan(struct req *r, struct resp *o)
{
	struct web_entri_input in;
	struct web_actor who = req_actor(r);
	struct web_instansi w;
	struct sk_err e;
	struct sbuf to = SBUF_INIT(256);
	const char *nilai = req_form(r, "nilai"), *cat = req_form(r, "catatan");
	const char *aksi = req_form(r, "aksi");
	int64_t id;
	int rc, locked = 0;

	memset(&in, 0, sizeof in);
	in.indikator_id = r->scope_id;
	in.tahun = (int)req_int(r, "tahun", 0);
	in.ajukan = !aksi || strcmp(aksi, "draf") != 0;
	if (in.tahun < 1900 || in.tahun > 2199 ||
	    periode_parse(req_form(r, "periode"), &in.periode, &in.ke))
		return resp_error(r, o, 400, "Tahun atau periode tidak valid.");
	if (!nilai || !*nilai || strlen(nilai) > NILAI_MAX ||
	    (cat && strlen(cat) > CATATAN_MAX))
		return resp_error(r, o, 400, "Isi nilai realisasi (paling banyak "
				  "200 karakter) dan catatan (paling banyak "
				  "2000 karakter).");
	in.raw = nilai;
	in.catatan = cat;
	if (store_instansi_info(r->db, r->scope_instansi, &r->arena, &w, &e) ||
	    store_tahun_locked(r->db, w.pemda_kode, in.tahun, &locked, &e))
		return resp_error(r, o, 500, "Data tidak dapat dibaca.");
	if (locked)
		return save_failed(r, o, SK_EPERM, in.tahun);
	if (evidence(r, o, &in))
		return 0;
	if ((rc = store_entri_save(r->db, &who, &in, &id, &e))) {
		upload_remove(r, in.bukti_path);
		return save_failed(r, o, rc, in.tahun);
	}
	web_changed(r);
	html_printf(&to, "/realisasi/%D?tahun=%d&pesan=%s", r->scope_id,
		    in.tahun, in.ajukan ? "diajukan" : "draf");
	resp_redirect(r, o, to.z);
	sbuf_release(&to);
	return 0;
}

int page_bukti(struct req *r, struct resp *o)
{
	struct web_entri en;
	struct sk_err e;
	struct sbuf d = SBUF_INIT(256);
	int64_t size = 0;
	int fd;

	if (store_entri_get(r->db, r->scope_id, &r->arena, &en, &e) ||
	    !en.bukti_path || (fd = upload_open(r, en.bukti_path, &size)) < 0)
		return resp_error(r, o, 404, "Berkas bukti tidak ada.");
	o->fd = fd;
	o->fsize = size;
	o->ctype = upload_mime(en.bukti_tipe);
	html_printf(&d, "attachment; filename=\"bukti-%D.%s\"", en.id,
		    en.bukti_tipe ? en.bukti_tipe : "bin");
	o->disposition = req_strdup(r, d.z);
	sbuf_release(&d);
	return 0;
}
