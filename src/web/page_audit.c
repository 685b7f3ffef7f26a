/* page_audit: the audit trail — who did what when, old value → new —
 * filtered by user, action, entity and dates, newest first. */
#include "page.h"

#include <string.h>

#define PER_PAGE 100

static const char *arg(struct req *r, const char *k)
{
	const char *z = req_query(r, k);

	return z && *z && strlen(z) <= 64 ? z : NULL;
}

static void filter_form(struct resp *o, const struct web_audit_filter *f)
{
	html_printf(&o->body, "<form class=\"baris kartu\" method=\"get\" "
		    "action=\"/audit\"><div><label for=\"pengguna\">Pengguna"
		    "</label><input id=\"pengguna\" name=\"pengguna\" "
		    "value=\"%a\"></div><div><label for=\"aksi\">Aksi (awalan)"
		    "</label><input id=\"aksi\" name=\"aksi\" value=\"%a\" "
		    "placeholder=\"realisasi.\"></div><div><label for=\"entitas\">"
		    "Entitas</label><input id=\"entitas\" name=\"entitas\" "
		    "value=\"%a\"></div><div><label for=\"dari\">Dari</label>"
		    "<input id=\"dari\" name=\"dari\" type=\"date\" value=\"%a\">"
		    "</div><div><label for=\"sampai\">Sampai</label><input "
		    "id=\"sampai\" name=\"sampai\" type=\"date\" value=\"%a\">"
		    "</div><div><button type=\"submit\">Saring</button></div>"
		    "</form>\n", f->username ? f->username : "",
		    f->action ? f->action : "", f->entity ? f->entity : "",
		    f->dari ? f->dari : "", f->sampai ? f->sampai : "");
}

/* The link to another page of the same filter. */
static void page_link(struct resp *o, const struct web_audit_filter *f,
		      int offset, const char *text)
{
	html_printf(&o->body, "<a href=\"/audit?pengguna=%u&amp;aksi=%u&amp;"
		    "entitas=%u&amp;dari=%u&amp;sampai=%u&amp;mulai=%d\">%s</a> ",
		    f->username ? f->username : "", f->action ? f->action : "",
		    f->entity ? f->entity : "", f->dari ? f->dari : "",
		    f->sampai ? f->sampai : "", offset, text);
}

int page_audit(struct req *r, struct resp *o)
{
	struct web_audit_filter f;
	struct web_audit *a;
	struct sk_err e;
	int n, i;

	memset(&f, 0, sizeof f);
	f.username = arg(r, "pengguna");
	f.action = arg(r, "aksi");
	f.entity = arg(r, "entitas");
	f.dari = arg(r, "dari");
	f.sampai = arg(r, "sampai");
	f.limit = PER_PAGE;
	f.offset = (int)req_int(r, "mulai", 0);
	if (f.offset < 0 || f.offset > 10000000)
		f.offset = 0;
	if (store_audit_list(r->db, &f, &r->arena, &a, &n, &e))
		return resp_error(r, o, 500, "Log audit tidak dapat dibaca.");
	layout_begin(r, o, "Audit");
	html_trusted(&o->body, "<h1>Log audit</h1>\n");
	filter_form(o, &f);
	html_trusted(&o->body, "<div class=\"tabel\"><table><thead><tr><th>Waktu "
		     "(UTC)</th><th>Pengguna</th><th>Aksi</th><th>Entitas</th>"
		     "<th>Nilai lama</th><th>Nilai baru</th></tr></thead>"
		     "<tbody>\n");
	for (i = 0; i < n; i++)
		html_printf(&o->body, "<tr><td>%s</td><td>%s</td><td>%s</td>"
			    "<td>%s %s</td><td>%s</td><td>%s</td></tr>\n",
			    a[i].at, a[i].username, a[i].action, a[i].entity,
			    a[i].entity_id ? a[i].entity_id : "",
			    a[i].old_value ? a[i].old_value : "–",
			    a[i].new_value ? a[i].new_value : "–");
	html_trusted(&o->body, "</tbody></table></div>\n<p>");
	if (n == 0)
		html_trusted(&o->body, "Tidak ada catatan yang cocok. ");
	if (f.offset > 0)
		page_link(o, &f, f.offset > PER_PAGE ? f.offset - PER_PAGE : 0,
			  "← Lebih baru");
	if (n == PER_PAGE)
		page_link(o, &f, f.offset + PER_PAGE, "Lebih lama →");
	html_trusted(&o->body, "</p>\n");
	layout_end(r, o);
	return 0;
}
