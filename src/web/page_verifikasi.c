/* page_verifikasi: the verifier's queue — entries waiting, approved into
 * the indicator's data or returned to the operator with a reason. */
#include "page.h"

#include <stdio.h>
#include <string.h>

#define ALASAN_MAX 1000

static void queue_row(struct req *r, struct resp *o, const struct web_entri *a)
{
	struct sbuf *b = &o->body;

	html_printf(b, "<tr><td>%s</td><td>",
		    a->instansi_nama ? a->instansi_nama : a->instansi_kode);
	view_entri_indikator(b, a, "/indikator");
	html_printf(b, "<br><span class=\"catatan\">%s</span></td>"
		    "<td>%s %d</td><td class=\"angka\">%s</td><td>%s</td><td>",
		    a->indikator_uraian, view_periode_nama(a->periode, a->ke),
		    a->tahun, a->raw, a->catatan ? a->catatan : "");
	if (a->bukti_path)
		html_printf(b, "<a href=\"/bukti/%D\">%s</a>", a->id,
			    a->bukti_nama ? a->bukti_nama : "bukti");
	html_printf(b, "</td><td>%s<br><span class=\"catatan\">%s</span></td>"
		    "<td><form method=\"post\" action=\"/verifikasi/%D\">",
		    a->entered_by, a->updated_at, a->id);
	layout_csrf(r, o);
	if (a->indikator_id)
		html_trusted(b, "<button type=\"submit\" name=\"aksi\" "
			     "value=\"setujui\">Setujui</button></form>");
	else	/* nothing to approve into: it can only be returned */
		html_trusted(b, "<button type=\"submit\" name=\"aksi\" "
			     "value=\"setujui\" disabled title=\"" VIEW_ENTRI_YATIM
			     "\">Setujui</button></form>");
	html_printf(b, "<form method=\"post\" action=\"/verifikasi/%D\">", a->id);
	layout_csrf(r, o);
	html_printf(b, "<input name=\"alasan\" required maxlength=\"%d\" "
		    "placeholder=\"Alasan dikembalikan\" aria-label=\"Alasan "
		    "dikembalikan\"> <button class=\"bahaya\" type=\"submit\" "
		    "name=\"aksi\" value=\"kembalikan\">Kembalikan</button>"
		    "</form></td></tr>\n", ALASAN_MAX);
}

static void history(struct req *r, struct resp *o)
{
	struct web_entri_filter f = { NULL, 0, 0, 0, 30 };
	struct web_entri *a;
	struct sk_err e;
	int n, i, shown = 0;

	if (store_entri_list(r->db, &f, &r->arena, &a, &n, &e))
		return;
	for (i = 0; i < n; i++) {
		if (strcmp(a[i].status, "disetujui") != 0 &&
		    strcmp(a[i].status, "dikembalikan") != 0)
			continue;
		if (!shown++)
			html_trusted(&o->body, "<h2>Baru diverifikasi</h2><div "
				     "class=\"tabel\"><table><thead><tr><th>"
				     "Instansi</th><th>Indikator</th><th>Periode"
				     "</th><th class=\"angka\">Nilai</th><th>"
				     "Status</th><th>Oleh</th></tr></thead>"
				     "<tbody>\n");
		html_printf(&o->body, "<tr><td>%s</td><td>%s</td><td>%s %d</td>"
			    "<td class=\"angka\">%s</td><td><span class=\"status "
			    "status-%a\">%s</span> %s</td><td>%s</td></tr>\n",
			    a[i].instansi_kode, a[i].indikator_kode,
			    view_periode_nama(a[i].periode, a[i].ke), a[i].tahun,
			    a[i].raw, a[i].status, a[i].status,
			    a[i].alasan ? a[i].alasan : "",
			    a[i].verified_by ? a[i].verified_by : "");
	}
	if (shown)
		html_trusted(&o->body, "</tbody></table></div>\n");
}

int page_verifikasi(struct req *r, struct resp *o)
{
	struct web_entri_filter f = { "diajukan", 0, 0, 0, 500 };
	struct web_entri *a;
	struct sk_err e;
	int n, i;

	if (store_entri_list(r->db, &f, &r->arena, &a, &n, &e))
		return resp_error(r, o, 500, "Antrean tidak dapat dibaca.");
	layout_begin(r, o, "Verifikasi");
	html_printf(&o->body, "<h1>Verifikasi realisasi</h1>\n");
	layout_pesan(r, o);
	if (n == 0) {
		html_trusted(&o->body, "<p>Tidak ada entri yang menunggu "
			     "verifikasi.</p>\n");
	} else {
		html_printf(&o->body, "<p>%d entri menunggu verifikasi.</p>"
			    "<div class=\"tabel\"><table><thead><tr><th>Instansi"
			    "</th><th>Indikator</th><th>Periode</th>"
			    "<th class=\"angka\">Nilai</th><th>Catatan</th>"
			    "<th>Bukti</th><th>Diajukan</th><th>Tindakan</th>"
			    "</tr></thead><tbody>\n", n);
		for (i = 0; i < n; i++)
			queue_row(r, o, &a[i]);
		html_trusted(&o->body, "</tbody></table></div>\n");
	}
	history(r, o);
	layout_end(r, o);
	return 0;
}

/* An entry whose indicator a re-import removed has nowhere to be
 * approved into: 1 after answering 409 saying so, 0 when it has its
 * indicator (or cannot be read: store_entri_verify reports that). */
static int refuse_yatim(struct req *r, struct resp *o)
{
	struct web_entri w;
	struct sk_err e;
	char msg[400];

	if (store_entri_get(r->db, r->scope_id, &r->arena, &w, &e) ||
	    w.indikator_id)
		return 0;
	snprintf(msg, sizeof msg, "Entri ini tidak dapat disetujui: %.100s — "
		 VIEW_ENTRI_YATIM ". Kembalikan entri kepada operator, atau "
		 "impor kembali rencana yang memuat indikator itu.",
		 w.indikator_kode);
	resp_error(r, o, 409, msg);
	return 1;
}

int page_verifikasi_simpan(struct req *r, struct resp *o)
{
	struct web_actor who = req_actor(r);
	struct sk_err e;
	const char *aksi = req_form(r, "aksi"), *alasan = req_form(r, "alasan");
	int setuju, rc;

	if (!aksi || (strcmp(aksi, "setujui") && strcmp(aksi, "kembalikan")))
		return resp_error(r, o, 400, "Tindakan tidak dikenal.");
	setuju = strcmp(aksi, "setujui") == 0;
	if (!setuju && (!alasan || !*alasan || strlen(alasan) > ALASAN_MAX))
		return resp_error(r, o, 400, "Isi alasan pengembalian (paling "
				  "banyak 1000 karakter).");
	if (setuju && refuse_yatim(r, o))
		return 0;
	rc = store_entri_verify(r->db, &who, r->scope_id, setuju,
				setuju ? NULL : alasan, &e);
	if (rc == SK_EPERM)
		return resp_error(r, o, 409, "Tahun entri ini sudah dikunci. "
				  "Perubahan memerlukan admin membuka kunci "
				  "periode.");
	if (rc == SK_EINVAL)
		return resp_error(r, o, 409, "Entri ini tidak sedang menunggu "
				  "verifikasi, atau periodenya tidak sesuai "
				  "dengan data indikator.");
	if (rc)
		return resp_error(r, o, 500, "Verifikasi tidak dapat disimpan.");
	web_changed(r);
	return resp_redirect(r, o, setuju ? "/verifikasi?pesan=disetujui" :
			     "/verifikasi?pesan=dikembalikan");
}
