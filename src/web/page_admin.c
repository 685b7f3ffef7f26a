/* page_admin: users (add, disable, enable, new password) and years
 * (lock, unlock, publish, withdraw) — admin only, by the route table. */
#include "page.h"

#include <stdlib.h>
#include <string.h>

static const char *const aRole[] = { WEB_ROLE_ADMIN, WEB_ROLE_OPERATOR,
				     WEB_ROLE_VERIFIKATOR, WEB_ROLE_EVALUATOR,
				     WEB_ROLE_PIMPINAN };

static void user_row(struct req *r, struct resp *o, const struct web_user *u)
{
	struct sbuf *b = &o->body;

	html_printf(b, "<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td>"
		    "<td>%s</td><td><form class=\"baris\" method=\"post\" "
		    "action=\"/admin/pengguna/%D\">", u->username, u->role,
		    u->instansi_nama ? u->instansi_nama : "–",
		    u->disabled ? "nonaktif" : "aktif", u->created_at, u->id);
	layout_csrf(r, o);
	html_printf(b, "<button class=\"kedua\" type=\"submit\" name=\"aksi\" "
		    "value=\"%a\">%s</button><button class=\"kedua\" "
		    "type=\"submit\" name=\"aksi\" value=\"sandi\">Kata sandi "
		    "baru</button></form></td></tr>\n",
		    u->disabled ? "aktif" : "nonaktif",
		    u->disabled ? "Aktifkan" : "Nonaktifkan");
}

static void add_form(struct req *r, struct resp *o)
{
	struct web_instansi *a;
	struct sk_err e;
	size_t i;
	int n, k;

	html_trusted(&o->body, "<h2>Tambah pengguna</h2><form class=\"kartu\" "
		     "method=\"post\" action=\"/admin/pengguna\">");
	layout_csrf(r, o);
	html_trusted(&o->body, "<label for=\"pengguna\">Nama pengguna (a-z, "
		     "0-9, . _ -)</label><input id=\"pengguna\" name=\"pengguna\" "
		     "required maxlength=\"64\"><label for=\"peran\">Peran</label>"
		     "<select id=\"peran\" name=\"peran\">");
	for (i = 0; i < sizeof aRole / sizeof aRole[0]; i++)
		html_printf(&o->body, "<option>%s</option>", aRole[i]);
	html_trusted(&o->body, "</select><label for=\"instansi\">Instansi "
		     "(hanya operator)</label><select id=\"instansi\" "
		     "name=\"instansi\"><option value=\"\">–</option>");
	if (store_instansi_list(r->db, &r->arena, &a, &n, &e) == 0)
		for (k = 0; k < n; k++)
			html_printf(&o->body, "<option value=\"%D\">%s — %s"
				    "</option>", a[k].id, a[k].pemda_kode,
				    a[k].nama ? a[k].nama : a[k].kode);
	html_trusted(&o->body, "</select><label for=\"sandi\">Kata sandi "
		     "(kosongkan untuk dibuatkan)</label><input id=\"sandi\" "
		     "name=\"sandi\" type=\"password\" autocomplete=\"new-password\">"
		     "<p><button type=\"submit\">Tambah</button></p></form>\n");
}

int page_pengguna(struct req *r, struct resp *o)
{
	struct web_user *u;
	struct sk_err e;
	int n, i;

	if (store_user_list(r->db, &r->arena, &u, &n, &e))
		return resp_error(r, o, 500, "Daftar pengguna tidak dapat dibaca.");
	layout_begin(r, o, "Pengguna");
	html_trusted(&o->body, "<h1>Pengguna</h1>\n");
	layout_pesan(r, o);
	html_trusted(&o->body, "<div class=\"tabel\"><table><thead><tr><th>Nama"
		     "</th><th>Peran</th><th>Instansi</th><th>Status</th><th>"
		     "Dibuat</th><th>Tindakan</th></tr></thead><tbody>\n");
	for (i = 0; i < n; i++)
		user_row(r, o, &u[i]);
	html_trusted(&o->body, "</tbody></table></div>\n");
	add_form(r, o);
	layout_end(r, o);
	return 0;
}

/* The page that shows a generated password once. */
static int show_password(struct req *r, struct resp *o, const char *user,
			 const char *pw)
{
	layout_begin(r, o, "Kata sandi");
	html_printf(&o->body, "<h1>Kata sandi untuk %s</h1>\n<p class=\"pesan\">"
		    "Kata sandi: <b>%s</b></p><p>Sampaikan kepada pengguna; "
		    "kata sandi ini tidak akan ditampilkan lagi.</p>"
		    "<p><a href=\"/admin/pengguna\">Kembali ke daftar pengguna"
		    "</a></p>\n", user, pw);
	layout_end(r, o);
	return 0;
}

int page_pengguna_tambah(struct req *r, struct resp *o)
{
	const char *user = req_form(r, "pengguna"), *role = req_form(r, "peran");
	const char *pw = req_form(r, "sandi");
	struct web_actor who = req_actor(r);
	struct web_instansi w;
	struct sk_err e;
	char gen[20], hash[256];
	int64_t inst = req_int(r, "instansi", 0), id;
	int rc;

	memset(&w, 0, sizeof w);
	if (inst && store_instansi_info(r->db, inst, &r->arena, &w, &e))
		return resp_error(r, o, 400, "Instansi tidak dikenal.");
	if (!pw || !*pw) {
		session_new_password(gen, sizeof gen);
		pw = gen;
	} else if (strlen(pw) < 10 || strlen(pw) > 1024) {
		return resp_error(r, o, 400, "Kata sandi paling sedikit 10 "
				  "karakter.");
	}
	if (session_hash_password(pw, hash, sizeof hash))
		return resp_error(r, o, 500, "Kata sandi tidak dapat diproses.");
	rc = store_user_add(r->db, &who, user, hash, role, w.pemda_kode, w.kode,
			    &id, &e);
	if (rc == SK_EINVAL)
		return resp_error(r, o, 400, "Pengguna tidak dapat ditambahkan: "
				  "nama sudah dipakai atau tidak valid, atau "
				  "instansi tidak sesuai dengan peran (operator "
				  "wajib memilih instansi; peran lain tidak).");
	if (rc)
		return resp_error(r, o, 500, "Pengguna tidak dapat disimpan.");
	web_changed(r);
	if (pw == gen)
		return show_password(r, o, user, gen);
	return resp_redirect(r, o, "/admin/pengguna?pesan=pengguna");
}

int page_pengguna_ubah(struct req *r, struct resp *o)
{
	const char *aksi = req_form(r, "aksi");
	struct web_actor who = req_actor(r);
	struct web_user u;
	struct sk_err e;
	char *end, gen[20], hash[256];
	long long id = strtoll(r->args[0], &end, 10);
	int rc;

	if (*end || id <= 0 || store_user_get(r->db, NULL, id, &r->arena, &u, &e))
		return resp_error(r, o, 404, "Pengguna tidak ditemukan.");
	if (!aksi)
		return resp_error(r, o, 400, "Tindakan tidak dikenal.");
	if (strcmp(aksi, "sandi") == 0) {
		session_new_password(gen, sizeof gen);
		if (session_hash_password(gen, hash, sizeof hash) ||
		    store_user_set_password(r->db, &who, id, hash, &e))
			return resp_error(r, o, 500, "Kata sandi tidak dapat "
					  "diganti.");
		return show_password(r, o, u.username, gen);
	}
	if (strcmp(aksi, "nonaktif") && strcmp(aksi, "aktif"))
		return resp_error(r, o, 400, "Tindakan tidak dikenal.");
	if (id == r->sess->user.id)
		return resp_error(r, o, 400, "Anda tidak dapat menonaktifkan akun "
				  "Anda sendiri.");
	rc = store_user_set_disabled(r->db, &who, id,
				     strcmp(aksi, "nonaktif") == 0, &e);
	if (rc)
		return resp_error(r, o, 500, "Pengguna tidak dapat diubah.");
	web_changed(r);
	return resp_redirect(r, o, "/admin/pengguna?pesan=tersimpan");
}

/* ---- years ------------------------------------------------------------------ */

static void year_row(struct req *r, struct resp *o, const char *pemda, int y,
		     const struct web_tahun *t)
{
	struct sbuf *b = &o->body;
	int locked = t && t->locked, pub = t && t->published;

	html_printf(b, "<tr><td>%d</td><td>%s%s%s</td><td>%s</td><td>"
		    "<form class=\"baris\" method=\"post\" action=\"/admin/"
		    "periode\">", y, locked ? "terkunci" : "terbuka",
		    locked && t->locked_by ? " oleh " : "",
		    locked && t->locked_by ? t->locked_by : "",
		    pub ? "diterbitkan" : "belum");
	layout_csrf(r, o);
	html_printf(b, "<input type=\"hidden\" name=\"pemda\" value=\"%a\">"
		    "<input type=\"hidden\" name=\"tahun\" value=\"%d\">"
		    "<button class=\"kedua\" type=\"submit\" name=\"aksi\" "
		    "value=\"%a\">%s</button><button class=\"kedua\" "
		    "type=\"submit\" name=\"aksi\" value=\"%a\">%s</button>"
		    "</form></td></tr>\n", pemda, y, locked ? "buka" : "kunci",
		    locked ? "Buka kunci" : "Kunci", pub ? "tarik" : "terbit",
		    pub ? "Tarik dari publik" : "Terbitkan");
}

int page_periode(struct req *r, struct resp *o)
{
	const char *pemda = req_query(r, "pemda");
	struct web_tahun *t;
	struct view v;
	struct sk_err e;
	int n, i, k, y;

	memset(&v, 0, sizeof v);
	if (!pemda || !*pemda)
		pemda = view_first_pemda(r);
	if (!pemda || strlen(pemda) > 64 ||
	    view_load(r, &v, pemda, NULL, 0, &e) ||
	    store_tahun_list(r->db, v.p.pemda_kode, &r->arena, &t, &n, &e)) {
		view_free(&v);
		return resp_error(r, o, 404, "Pemda tidak ditemukan.");
	}
	layout_begin(r, o, "Periode");
	view_pemda_nav(r, &o->body, v.p.pemda_kode, "/admin/periode");
	html_printf(&o->body, "<h1>Periode %s</h1>\n<p>Tahun yang dikunci "
		    "menolak setiap perubahan realisasi. Tahun yang diterbitkan "
		    "tampil di halaman publik.</p>\n", v.p.pemda_nama ?
		    v.p.pemda_nama : v.p.pemda_kode);
	layout_pesan(r, o);
	html_trusted(&o->body, "<div class=\"tabel\"><table><thead><tr><th>Tahun"
		     "</th><th>Kunci</th><th>Publik</th><th>Tindakan</th></tr>"
		     "</thead><tbody>\n");
	for (i = 0; i < v.ntahun; i++) {
		y = v.atahun[i];
		for (k = 0; k < n && t[k].tahun != y; k++)
			;
		year_row(r, o, v.p.pemda_kode, y, k < n ? &t[k] : NULL);
	}
	for (k = 0; k < n; k++) {   /* locked years without data */
		for (i = 0; i < v.ntahun && v.atahun[i] != t[k].tahun; i++)
			;
		if (i == v.ntahun)
			year_row(r, o, v.p.pemda_kode, t[k].tahun, &t[k]);
	}
	html_trusted(&o->body, "</tbody></table></div>\n");
	layout_end(r, o);
	view_free(&v);
	return 0;
}

int page_periode_simpan(struct req *r, struct resp *o)
{
	const char *pemda = req_form(r, "pemda"), *aksi = req_form(r, "aksi");
	struct web_actor who = req_actor(r);
	struct sk_err e;
	int tahun = (int)req_int(r, "tahun", 0), rc;

	if (!pemda || !aksi || tahun < 1900 || tahun > 2199)
		return resp_error(r, o, 400, "Pemda, tahun atau tindakan tidak "
				  "valid.");
	if (strcmp(aksi, "kunci") == 0 || strcmp(aksi, "buka") == 0)
		rc = store_tahun_set_lock(r->db, &who, pemda, tahun,
					  aksi[0] == 'k', &e);
	else if (strcmp(aksi, "terbit") == 0 || strcmp(aksi, "tarik") == 0)
		rc = store_tahun_set_published(r->db, &who, pemda, tahun,
					       aksi[1] == 'e', &e);
	else
		return resp_error(r, o, 400, "Tindakan tidak dikenal.");
	return view_pemda_tersimpan(r, o, rc, "/admin/periode", pemda,
				    "Periode tidak dapat diubah.");
}
