/* layout: the frame of every page — head, navigation by role, notices —
 * and the stylesheet served as /static/app.css (no inline style or
 * script anywhere: the Content-Security-Policy forbids both). */
#include "page.h"

#include <string.h>

const char web_css[] =
	"*{box-sizing:border-box}"
	"body{margin:0;font:16px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,"
	"sans-serif;color:#1d2733;background:#f4f6f8}"
	"header.atas{display:flex;flex-wrap:wrap;align-items:center;gap:.5rem 1rem;"
	"padding:.6rem 1rem;background:#0b4f6c;color:#fff}"
	"header.atas a{color:#fff;text-decoration:none}"
	".merek{font-weight:700;font-size:1.15rem;letter-spacing:.03em}"
	"nav{display:flex;flex-wrap:wrap;gap:.25rem .9rem;flex:1}"
	"nav a{padding:.15rem 0;border-bottom:2px solid transparent}"
	"nav a:hover{border-color:#9bd1e5}"
	".akun{display:flex;align-items:center;gap:.5rem;font-size:.9rem}"
	".akun button{background:transparent;color:#fff;border:1px solid #9bd1e5;"
	"border-radius:4px;padding:.2rem .6rem;cursor:pointer}"
	"main{max-width:72rem;margin:0 auto;padding:1rem}"
	"h1{font-size:1.5rem;margin:.4rem 0 1rem}h2{font-size:1.2rem;margin:1.5rem 0 .6rem}"
	"h3{font-size:1.05rem;margin:1rem 0 .4rem}"
	"a{color:#0b5e86}"
	".kartu{background:#fff;border:1px solid #dde3e8;border-radius:6px;"
	"padding:1rem;margin:0 0 1rem}"
	".ringkas{display:flex;flex-wrap:wrap;gap:1rem}"
	".ringkas div{flex:1 1 10rem;background:#fff;border:1px solid #dde3e8;"
	"border-radius:6px;padding:.7rem}"
	".ringkas b{display:block;font-size:1.4rem}"
	".tabel{overflow-x:auto}"
	"table{border-collapse:collapse;width:100%;background:#fff;font-size:.92rem}"
	"th,td{border:1px solid #dde3e8;padding:.35rem .5rem;text-align:left;"
	"vertical-align:top}"
	"th{background:#eef2f5}td.angka,th.angka{text-align:right;"
	"font-variant-numeric:tabular-nums;white-space:nowrap}"
	"tr.tingkat-tujuan td{background:#e3eef5;font-weight:600}"
	"tr.tingkat-sasaran td{background:#eef5f9;font-weight:600}"
	"tr.tingkat-program td{background:#f7fafc}"
	".l1{padding-left:1.2rem}.l2{padding-left:2.2rem}.l3{padding-left:3.2rem}"
	".l4{padding-left:4.2rem}"
	".pred{display:inline-block;padding:0 .4rem;border-radius:3px;"
	"background:#e8eef3;white-space:nowrap}"
	".pred-0{background:#d7f0dc}.pred-1{background:#e5f3d1}"
	".pred-2{background:#fbf1c9}.pred-3{background:#fbe0c6}"
	".pred-4{background:#f7d0d0}"
	".status{font-size:.85rem;padding:0 .4rem;border-radius:3px;"
	"background:#e8eef3}"
	".status-disetujui{background:#d7f0dc}.status-dikembalikan{background:#f7d0d0}"
	".status-diajukan{background:#fbf1c9}"
	".status-proses,.status-menunggu{background:#fbf1c9}"
	".status-selesai{background:#d7f0dc}"
	".status-ditolak,.status-terlambat{background:#f7d0d0}"
	"tr.terlambat td{background:#fdf3ec}"
	".pesan{background:#e3f4e8;border:1px solid #9fd3ae;padding:.6rem .8rem;"
	"border-radius:6px;margin-bottom:1rem}"
	".galat{background:#fbe6e6;border:1px solid #e3a5a5;padding:.6rem .8rem;"
	"border-radius:6px}"
	".catatan{color:#5b6670;font-size:.88rem}"
	"table td.beda{background:#fbf1c9;font-weight:600}"
	"form.baris{display:flex;flex-wrap:wrap;gap:.5rem;align-items:end;"
	"margin:.3rem 0}"
	"label{display:block;font-size:.9rem;margin:.4rem 0 .15rem}"
	"input,select,textarea{font:inherit;padding:.35rem .45rem;border:1px solid "
	"#b7c2cc;border-radius:4px;max-width:100%}"
	"textarea{width:100%;min-height:4rem}"
	"button{font:inherit;padding:.4rem .9rem;border-radius:4px;border:1px solid "
	"#0b4f6c;background:#0b4f6c;color:#fff;cursor:pointer}"
	"button.kedua{background:#fff;color:#0b4f6c}"
	"button.bahaya{background:#a33;border-color:#a33}"
	".tahun a,.tahun b{display:inline-block;margin:0 .5rem .3rem 0;"
	"padding:.1rem .5rem;border-radius:4px}"
	".tahun b{background:#0b4f6c;color:#fff}"
	"svg{max-width:100%;height:auto;background:#fff}"
	"svg text{font:12px system-ui,sans-serif;fill:#1d2733}"
	"footer{max-width:72rem;margin:2rem auto;padding:0 1rem;color:#6b7580;"
	"font-size:.85rem}"
	"@media (max-width:40rem){main{padding:.6rem}h1{font-size:1.25rem}"
	"th,td{padding:.3rem}}";

static void nav_link(struct sbuf *b, const char *href, const char *text)
{
	html_printf(b, "<a href=\"%a\">%s</a>", href, text);
}

static void nav(struct req *r, struct sbuf *b)
{
	html_trusted(b, "<nav>");
	if (r->role & PERM_DASBOR)
		nav_link(b, "/dasbor", "Dasbor");
	if (r->role == ROLE_OPERATOR && r->sess->user.instansi_id) {
		html_printf(b, "<a href=\"/instansi/%D\">Instansi saya</a>",
			    r->sess->user.instansi_id);
	}
	if (r->role & PERM_VERIFY)
		nav_link(b, "/verifikasi", "Verifikasi");
	if (r->role == ROLE_OPERATOR && r->sess->user.instansi_id)
		html_printf(b, "<a href=\"/evaluasi/%D\">Evaluasi</a>",
			    r->sess->user.instansi_id);
	else if (r->sess)
		nav_link(b, "/evaluasi", "Evaluasi");
	if (r->sess)
		nav_link(b, "/rekomendasi", "Rekomendasi");
	if (r->role & PERM_ADMIN) {
		nav_link(b, "/admin/pengguna", "Pengguna");
		nav_link(b, "/admin/periode", "Periode");
		nav_link(b, "/admin/kebijakan", "Kebijakan");
	}
	if (r->role & PERM_AUDIT)
		nav_link(b, "/audit", "Audit");
	nav_link(b, "/publik", "Publik");
	html_trusted(b, "</nav>");
	if (!r->sess) {
		html_trusted(b, "<div class=\"akun\"><a href=\"/masuk\">Masuk</a>"
			     "</div>");
		return;
	}
	html_printf(b, "<div class=\"akun\"><span>%s (%s)</span>"
		    "<form method=\"post\" action=\"/keluar\">"
		    "<input type=\"hidden\" name=\"csrf\" value=\"%a\">"
		    "<button type=\"submit\">Keluar</button></form></div>",
		    r->sess->user.username, r->sess->user.role, r->csrf);
}

void layout_begin(struct req *r, struct resp *o, const char *title)
{
	html_printf(&o->body, "<!DOCTYPE html>\n<html lang=\"id\"><head>"
		    "<meta charset=\"utf-8\">"
		    "<meta name=\"viewport\" content=\"width=device-width, "
		    "initial-scale=1\">"
		    "<title>%s — SAKIP</title>"
		    "<link rel=\"stylesheet\" href=\"/static/app.css\">"
		    "<link rel=\"icon\" href=\"data:,\">"
		    "</head>\n<body><header class=\"atas\">"
		    "<a class=\"merek\" href=\"/\">SAKIP</a>", title);
	nav(r, &o->body);
	html_trusted(&o->body, "</header>\n<main>\n");
}

void layout_end(struct req *r, struct resp *o)
{
	(void)r;
	html_trusted(&o->body, "</main>\n<footer>SAKIP — Sistem Akuntabilitas "
		     "Kinerja Instansi Pemerintah</footer>\n</body></html>\n");
}

void layout_csrf(struct req *r, struct resp *o)
{
	html_printf(&o->body, "<input type=\"hidden\" name=\"csrf\" "
		    "value=\"%a\">", r->csrf);
}

void layout_pesan(struct req *r, struct resp *o)
{
	static const struct { const char *kode, *teks; } a[] = {
		{ "tersimpan", "Perubahan tersimpan." },
		{ "draf", "Realisasi tersimpan sebagai draf." },
		{ "diajukan", "Realisasi diajukan untuk verifikasi." },
		{ "disetujui", "Realisasi disetujui dan masuk ke data indikator." },
		{ "dikembalikan", "Realisasi dikembalikan kepada operator." },
		{ "keluar", "Anda telah keluar." },
		{ "pengguna", "Pengguna ditambahkan." },
	};
	const char *k = req_query(r, "pesan");
	size_t i;

	for (i = 0; k && i < sizeof a / sizeof a[0]; i++)
		if (strcmp(k, a[i].kode) == 0)
			html_printf(&o->body, "<p class=\"pesan\">%s</p>\n",
				    a[i].teks);
}
