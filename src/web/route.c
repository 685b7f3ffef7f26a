/* route: the table of every page, and the one dispatcher that enforces
 * what the table says.
 *
 * For each request, in this order: find the route ('*' matches one path
 * segment); load the session; an anonymous request to a page that needs
 * a login goes to the login form (GET) or is refused (POST); the role
 * must be in the route's permission; the route's scope segment is
 * resolved to its agency, and an operator of another agency is refused,
 * whatever the URL says; a state-changing form must carry the session's
 * CSRF token. Only then does the page run. Pages never repeat these
 * checks, and they read ids only from r->scope_id. */
#include "page.h"
#include "../store/store_web_rek.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct route {
	const char *method;
	const char *path;
	page_fn fn;
	int perm;          /* ROLE_* bits (PERM_*), | ROUTE_CSRF */
	enum scope scope;  /* what the first '*' names */
};

static const struct route aRoute[] = {
	/* sorted by path, then method */
	{ "GET", "/", page_home, PERM_PUBLIC, SCOPE_NONE },
	{ "GET", "/admin/kebijakan", page_kebijakan, PERM_ADMIN, SCOPE_NONE },
	{ "POST", "/admin/kebijakan", page_kebijakan_simpan,
	  PERM_ADMIN | ROUTE_CSRF, SCOPE_NONE },
	{ "GET", "/admin/pengguna", page_pengguna, PERM_ADMIN, SCOPE_NONE },
	{ "POST", "/admin/pengguna", page_pengguna_tambah,
	  PERM_ADMIN | ROUTE_CSRF, SCOPE_NONE },
	{ "POST", "/admin/pengguna/*", page_pengguna_ubah,
	  PERM_ADMIN | ROUTE_CSRF, SCOPE_NONE },
	{ "GET", "/admin/periode", page_periode, PERM_ADMIN, SCOPE_NONE },
	{ "POST", "/admin/periode", page_periode_simpan,
	  PERM_ADMIN | ROUTE_CSRF, SCOPE_NONE },
	{ "GET", "/audit", page_audit, PERM_AUDIT, SCOPE_NONE },
	{ "GET", "/bukti/*", page_bukti, PERM_READ, SCOPE_ENTRI },
	{ "GET", "/dasbor", page_dasbor, PERM_DASBOR, SCOPE_NONE },
	{ "GET", "/evaluasi", page_evaluasi, PERM_LOGIN, SCOPE_NONE },
	{ "GET", "/evaluasi/*", page_evaluasi_instansi, PERM_READ,
	  SCOPE_INSTANSI },
	{ "GET", "/evaluasi/*/lhe", page_evaluasi_lhe, PERM_READ,
	  SCOPE_INSTANSI },
	{ "GET", "/evaluasi/*/penetapan", page_evaluasi_penetapan,
	  PERM_EVALUASI_LIHAT, SCOPE_INSTANSI },
	{ "POST", "/evaluasi/*/penetapan", page_evaluasi_penetapan_simpan,
	  PERM_EVALUASI | ROUTE_CSRF, SCOPE_INSTANSI },
	{ "POST", "/evaluasi/*/terbit", page_evaluasi_terbit,
	  PERM_EVALUASI | ROUTE_CSRF, SCOPE_INSTANSI },
	{ "GET", "/evaluasi/*/usulan", page_evaluasi_usulan, PERM_READ,
	  SCOPE_INSTANSI },
	{ "POST", "/evaluasi/*/usulan", page_evaluasi_usulan_simpan,
	  PERM_ENTRY | ROUTE_CSRF, SCOPE_INSTANSI },
	{ "GET", "/indikator/*", page_indikator, PERM_READ, SCOPE_INDIKATOR },
	{ "GET", "/instansi/*", page_instansi, PERM_READ, SCOPE_INSTANSI },
	{ "POST", "/keluar", page_keluar, PERM_LOGIN | ROUTE_CSRF, SCOPE_NONE },
	{ "GET", "/masuk", page_masuk, PERM_PUBLIC, SCOPE_NONE },
	{ "POST", "/masuk", page_masuk_kirim, PERM_PUBLIC | ROUTE_CSRF,
	  SCOPE_NONE },
	{ "GET", "/publik", page_publik, PERM_PUBLIC, SCOPE_NONE },
	{ "GET", "/publik/*/*", page_publik_dasbor, PERM_PUBLIC, SCOPE_NONE },
	{ "GET", "/realisasi/*", page_realisasi, PERM_ENTRY, SCOPE_INDIKATOR },
	{ "POST", "/realisasi/*", page_realisasi_simpan,
	  PERM_ENTRY | ROUTE_CSRF, SCOPE_INDIKATOR },
	{ "GET", "/rekomendasi", page_rekomendasi_daftar, PERM_READ, SCOPE_NONE },
	{ "GET", "/rekomendasi/*", page_rekomendasi, PERM_READ,
	  SCOPE_REKOMENDASI },
	{ "GET", "/rekomendasi/*/bukti/*", page_rekomendasi_bukti, PERM_READ,
	  SCOPE_REKOMENDASI },
	{ "POST", "/rekomendasi/*/tindak-lanjut", page_rekomendasi_tindak_lanjut,
	  PERM_ENTRY | ROUTE_CSRF, SCOPE_REKOMENDASI },
	{ "POST", "/rekomendasi/*/verifikasi", page_rekomendasi_verifikasi,
	  ROLE_EVALUATOR | ROUTE_CSRF, SCOPE_REKOMENDASI },
	{ "GET", "/static/app.css", page_css, PERM_PUBLIC, SCOPE_NONE },
	{ "GET", "/verifikasi", page_verifikasi, PERM_VERIFY, SCOPE_NONE },
	{ "POST", "/verifikasi/*", page_verifikasi_simpan,
	  PERM_VERIFY | ROUTE_CSRF, SCOPE_ENTRI },
};

/* 1 when path matches pattern; the '*' segments go to r->args. */
static int match(struct req *r, const char *pat, const char *path)
{
	r->nargs = 0;
	while (*pat && *path) {
		if (*pat == '*') {
			const char *end = strchr(path, '/');
			size_t n = end ? (size_t)(end - path) : strlen(path);

			if (n == 0 || r->nargs == 3)
				return 0;
			r->args[r->nargs++] = arena_strndup(&r->arena, path, n);
			pat++;
			path += n;
			continue;
		}
		if (*pat++ != *path++)
			return 0;
	}
	return *pat == 0 && *path == 0;
}

static int role_bit(const char *role)
{
	static const struct { const char *name; int bit; } a[] = {
		{ WEB_ROLE_ADMIN, ROLE_ADMIN },
		{ WEB_ROLE_OPERATOR, ROLE_OPERATOR },
		{ WEB_ROLE_VERIFIKATOR, ROLE_VERIFIKATOR },
		{ WEB_ROLE_EVALUATOR, ROLE_EVALUATOR },
		{ WEB_ROLE_PIMPINAN, ROLE_PIMPINAN },
	};
	size_t i;

	for (i = 0; role && i < sizeof a / sizeof a[0]; i++)
		if (strcmp(role, a[i].name) == 0)
			return a[i].bit;
	return 0;
}

int resp_redirect(struct req *r, struct resp *o, const char *path)
{
	o->status = 302;
	o->location = req_strdup(r, path);
	sbuf_reset(&o->body);
	o->ctype = "text/plain; charset=utf-8";
	return 0;
}

void resp_body_take(struct resp *o, char *z, size_t n)
{
	sbuf_release(&o->body);
	o->body.z = z;
	o->body.n = n;
	o->body.cap = n + 1;
}

void resp_reserve(struct resp *o, size_t n)
{
	struct sbuf *b = &o->body;
	char *z;

	if (b->err || b->cap > n)
		return;
	z = realloc(b->cap ? b->z : NULL, n + 1);
	if (!z)
		return; /* the body grows as usual */
	if (!b->cap)
		z[0] = 0;
	b->z = z;
	b->cap = n + 1;
}

int resp_error(struct req *r, struct resp *o, int status, const char *msg)
{
	static const struct { int status; const char *title; } a[] = {
		{ 400, "Permintaan tidak valid" },
		{ 403, "Akses ditolak" },
		{ 404, "Tidak ditemukan" },
		{ 405, "Metode tidak diizinkan" },
		{ 409, "Tidak dapat disimpan" },
		{ 413, "Terlalu besar" },
		{ 415, "Jenis berkas tidak diizinkan" },
		{ 429, "Terlalu banyak percobaan" },
		{ 500, "Kesalahan server" },
	};
	const char *title = "Kesalahan";
	size_t i;

	for (i = 0; i < sizeof a / sizeof a[0]; i++)
		if (a[i].status == status)
			title = a[i].title;
	sbuf_reset(&o->body);
	o->status = status;
	o->ctype = NULL;
	o->location = NULL;
	layout_begin(r, o, title);
	html_printf(&o->body, "<h1>%s</h1>\n<p class=\"galat\">%s</p>\n"
		    "<p><a href=\"/\">Kembali ke beranda</a></p>\n", title, msg);
	layout_end(r, o);
	return 0;
}

/* Resolves the scope segment to its agency. SK_ENOTFOUND when the
 * object does not exist. */
static int scope_resolve(struct req *r, enum scope sc)
{
	struct sk_err e;
	char *end;
	long long id;

	if (sc == SCOPE_NONE)
		return 0;
	if (r->nargs < 1)
		return SK_ENOTFOUND;
	id = strtoll(r->args[0], &end, 10);
	if (*end || id <= 0)
		return SK_ENOTFOUND;
	r->scope_id = id;
	switch (sc) {
	case SCOPE_INSTANSI: {
		struct web_instansi w;
		int rc = store_instansi_info(r->db, id, &r->arena, &w, &e);

		r->scope_instansi = w.id;
		return rc;
	}
	case SCOPE_INDIKATOR:
		return store_indikator_instansi(r->db, id, &r->scope_instansi,
						&e);
	case SCOPE_ENTRI:
		return store_entri_instansi(r->db, id, &r->scope_instansi, &e);
	case SCOPE_REKOMENDASI:
		return store_rek_instansi(r->db, id, &r->scope_instansi, &e);
	default:
		return SK_ENOTFOUND;
	}
}

/* Constant-time comparison of two tokens. */
static int token_eq(const char *a, const char *b)
{
	size_t n = strlen(a), i;
	unsigned char d = 0;

	if (n == 0 || n != strlen(b))
		return 0;
	for (i = 0; i < n; i++)
		d |= (unsigned char)(a[i] ^ b[i]);
	return d == 0;
}

static const struct route *find(struct req *r, int *path_known)
{
	const char *m = strcmp(r->method, "HEAD") == 0 ? "GET" : r->method;
	size_t i;

	*path_known = 0;
	for (i = 0; i < sizeof aRoute / sizeof aRoute[0]; i++) {
		if (!match(r, aRoute[i].path, r->path))
			continue;
		*path_known = 1;
		if (strcmp(aRoute[i].method, m) == 0)
			return &aRoute[i];
	}
	return NULL;
}

/* Permission and login; 0 to go on, else the response is set. */
static int check_access(struct req *r, struct resp *o, const struct route *rt)
{
	int perm = rt->perm & PERM_LOGIN;
	struct sbuf to = SBUF_INIT(4096);

	if (perm == PERM_PUBLIC)
		return 0;
	if (!r->sess) {
		if (strcmp(rt->method, "GET") != 0)
			return resp_error(r, o, 403, "Silakan masuk terlebih "
					  "dahulu."), 1;
		sbuf_adds(&to, "/masuk?lanjut=");
		html_url(&to, r->path);
		resp_redirect(r, o, to.z);
		sbuf_release(&to);
		return 1;
	}
	if (!(perm & r->role))
		return resp_error(r, o, 403, "Peran Anda tidak diizinkan "
				  "membuka halaman ini."), 1;
	return 0;
}

void route_dispatch(struct req *r, struct resp *o)
{
	const struct route *rt;
	int known, rc;

	if (!(rt = find(r, &known))) {
		resp_error(r, o, known ? 405 : 404, known ?
			   "Metode ini tidak didukung untuk alamat ini." :
			   "Halaman yang Anda cari tidak ada.");
		return;
	}
	if (session_load(r)) {
		resp_error(r, o, 500, "Sesi tidak dapat dibaca.");
		return;
	}
	r->role = r->sess ? role_bit(r->sess->user.role) : 0;
	if (check_access(r, o, rt))
		return;
	rc = scope_resolve(r, rt->scope);
	if (rc == SK_ENOTFOUND) {
		resp_error(r, o, 404, "Data yang diminta tidak ada.");
		return;
	}
	if (rc) {
		resp_error(r, o, 500, "Basis data tidak dapat dibaca.");
		return;
	}
	if (rt->scope != SCOPE_NONE && r->role == ROLE_OPERATOR &&
	    r->scope_instansi != r->sess->user.instansi_id) {
		resp_error(r, o, 403, "Data ini milik instansi lain.");
		return;
	}
	if ((rt->perm & ROUTE_CSRF) &&
	    !token_eq(r->csrf, req_form(r, "csrf") ? req_form(r, "csrf") : "")) {
		resp_error(r, o, 403, "Token formulir tidak valid atau "
			   "kedaluwarsa. Muat ulang halaman lalu coba lagi.");
		return;
	}
	rt->fn(r, o);
}
