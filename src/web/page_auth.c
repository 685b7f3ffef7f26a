/* page_auth: the home redirect, login, logout and the stylesheet. */
#include "page.h"

#include <string.h>

int page_home(struct req *r, struct resp *o)
{
	struct sbuf b = SBUF_INIT(256);

	if (!r->sess)
		return resp_redirect(r, o, "/publik");
	if (r->role == ROLE_OPERATOR) {
		html_printf(&b, "/instansi/%D", r->sess->user.instansi_id);
		resp_redirect(r, o, b.z);
		sbuf_release(&b);
		return 0;
	}
	if (r->role == ROLE_VERIFIKATOR)
		return resp_redirect(r, o, "/verifikasi");
	return resp_redirect(r, o, "/dasbor");
}

/* A local path to go to after login: "/…" but not "//…" (another host). */
static const char *safe_next(const char *z)
{
	const char *p;

	if (!z || z[0] != '/' || z[1] == '/' || z[1] == '\\')
		return "/";
	for (p = z; *p; p++)
		if ((unsigned char)*p < 0x20 || *p == '\\')
			return "/";
	return z;
}

static void login_form(struct req *r, struct resp *o, const char *user,
		       const char *galat)
{
	const char *next = req_query(r, "lanjut");

	if (!next)
		next = req_form(r, "lanjut");
	layout_begin(r, o, "Masuk");
	html_trusted(&o->body, "<h1>Masuk</h1>\n");
	layout_pesan(r, o);
	if (galat)
		html_printf(&o->body, "<p class=\"galat\">%s</p>\n", galat);
	if (r->sess)
		html_printf(&o->body, "<p>Anda sudah masuk sebagai <b>%s</b>. "
			    "Masuk lagi akan mengganti sesi ini.</p>\n",
			    r->sess->user.username);
	html_trusted(&o->body, "<form class=\"kartu\" method=\"post\" "
		     "action=\"/masuk\">");
	layout_csrf(r, o);
	html_printf(&o->body, "<input type=\"hidden\" name=\"lanjut\" "
		    "value=\"%a\">"
		    "<label for=\"pengguna\">Nama pengguna</label>"
		    "<input id=\"pengguna\" name=\"pengguna\" value=\"%a\" "
		    "autocomplete=\"username\" required>"
		    "<label for=\"sandi\">Kata sandi</label>"
		    "<input id=\"sandi\" name=\"sandi\" type=\"password\" "
		    "autocomplete=\"current-password\" required>"
		    "<p><button type=\"submit\">Masuk</button></p></form>\n"
		    "<p class=\"catatan\">Dasbor yang sudah diterbitkan dapat "
		    "dibaca tanpa masuk di <a href=\"/publik\">halaman publik</a>."
		    "</p>\n", safe_next(next), user ? user : "");
	layout_end(r, o);
}

int page_masuk(struct req *r, struct resp *o)
{
	session_pre_token(r, o);
	login_form(r, o, NULL, NULL);
	return 0;
}

int page_masuk_kirim(struct req *r, struct resp *o)
{
	const char *user = req_form(r, "pengguna"), *pw = req_form(r, "sandi");
	struct web_user u;
	struct sk_err e;
	struct sbuf msg = SBUF_INIT(256);
	int wait, rc, ok;

	if (!user || !pw || !*user || strlen(user) > WEB_USERNAME_MAX ||
	    strlen(pw) > 1024) {
		o->status = 400;
		login_form(r, o, user, "Isi nama pengguna dan kata sandi.");
		return 0;
	}
	if ((wait = throttle_check(r->app, user, r->ip, r->now))) {
		html_printf(&msg, "Terlalu banyak percobaan masuk yang gagal. "
			    "Coba lagi dalam %d menit.", (wait + 59) / 60);
		resp_error(r, o, 429, msg.z);
		sbuf_release(&msg);
		return 0;
	}
	rc = store_user_get(r->db, user, 0, &r->arena, &u, &e);
	if (rc && rc != SK_ENOTFOUND)
		return resp_error(r, o, 500, "Basis data tidak dapat dibaca.");
	ok = session_check_password(pw, rc ? NULL : u.password_hash) &&
		!u.disabled;
	if (!ok) {
		throttle_fail(r->app, user, r->ip, r->now);
		o->status = 401;
		login_form(r, o, user, "Nama pengguna atau kata sandi salah.");
		return 0;
	}
	throttle_ok(r->app, user);
	if (session_login(r, o, u.id))
		return resp_error(r, o, 500, "Sesi tidak dapat dibuat.");
	return resp_redirect(r, o, safe_next(req_form(r, "lanjut")));
}

int page_keluar(struct req *r, struct resp *o)
{
	session_logout(r, o);
	return resp_redirect(r, o, "/masuk?pesan=keluar");
}

int page_css(struct req *r, struct resp *o)
{
	(void)r;
	o->ctype = "text/css; charset=utf-8";
	o->cache_public = 1;
	html_trusted(&o->body, web_css);
	return 0;
}
