/* page_kebijakan: the pemda's calculation policy — the formula for
 * negative indicators, the cap on capaian, the predicate scale. */
#include "page.h"
#include "../core/value.h"

#include <stdio.h>
#include <string.h>

#define SKALA_ROWS 8

static void form(struct req *r, struct resp *o, const struct pkg *p)
{
	const struct kebijakan *k = &p->kebijakan;
	const struct skala *def = &skala_predikat_default;
	struct sbuf *b = &o->body;
	char buf[NUM_BUFSZ];
	int i, t_r = k->rumus_negatif == RUMUS_T_R;

	html_trusted(b, "<form class=\"kartu\" method=\"post\" "
		     "action=\"/admin/kebijakan\">");
	layout_csrf(r, o);
	html_printf(b, "<input type=\"hidden\" name=\"pemda\" value=\"%a\">"
		    "<label for=\"rumus\">Rumus capaian indikator negatif</label>"
		    "<select id=\"rumus\" name=\"rumus\"><option value=\"2T-R\"%s>"
		    "(2T − R) / T × 100</option><option value=\"T/R\"%s>T / R × "
		    "100</option></select><label for=\"batas\">Batas capaian "
		    "(%%, kosongkan bila tanpa batas)</label><input id=\"batas\" "
		    "name=\"batas\" value=\"%a\" inputmode=\"decimal\">"
		    "<h3>Skala predikat (dari tertinggi)</h3><div class=\"tabel\">"
		    "<table><thead><tr><th>Batas bawah (≥)</th><th>Predikat</th>"
		    "</tr></thead><tbody>\n", p->pemda_kode,
		    t_r ? "" : " selected", t_r ? " selected" : "",
		    k->has_batas ? num_format(k->batas_capaian, -1, NUM_ID, buf)
				 : "");
	for (i = 0; i < SKALA_ROWS; i++) {
		const char *min = "", *label = "";

		if (k->nskala > 0 && i < k->nskala) {
			min = num_format(k->skala[i].min, -1, NUM_ID, buf);
			label = k->skala[i].label;
		} else if (k->nskala == 0 && i < def->n) {
			min = num_format(def->t[i].min, -1, NUM_ID, buf);
			label = def->t[i].label;
		}
		html_printf(b, "<tr><td><input name=\"min%d\" value=\"%a\" "
			    "inputmode=\"decimal\" aria-label=\"batas %d\"></td>"
			    "<td><input name=\"label%d\" value=\"%a\" maxlength=\"40\""
			    " aria-label=\"predikat %d\"></td></tr>\n", i, min,
			    i + 1, i, label, i + 1);
	}
	html_trusted(b, "</tbody></table></div><p><button type=\"submit\">"
		     "Simpan kebijakan</button></p></form>\n");
}

int page_kebijakan(struct req *r, struct resp *o)
{
	const char *pemda = req_query(r, "pemda");
	struct sk_err e;
	struct pkg p;

	if (!pemda || !*pemda)
		pemda = view_first_pemda(r);
	pkg_init(&p);
	if (!pemda || strlen(pemda) > 64 ||
	    store_load_pkg(r->db, pemda, NULL, &p, &e)) {
		pkg_free(&p);
		return resp_error(r, o, 404, "Pemda tidak ditemukan.");
	}
	layout_begin(r, o, "Kebijakan");
	html_printf(&o->body, "<h1>Kebijakan perhitungan %s</h1>\n",
		    p.pemda_nama ? p.pemda_nama : p.pemda_kode);
	view_pemda_nav(r, &o->body, p.pemda_kode, "/admin/kebijakan");
	layout_pesan(r, o);
	html_trusted(&o->body, "<p>Berlaku untuk semua instansi pemda ini: "
		     "dasbor dan laporan dihitung ulang dengan kebijakan yang "
		     "baru.</p>\n");
	form(r, o, &p);
	layout_end(r, o);
	pkg_free(&p);
	return 0;
}

static int parse_num(const char *z, struct num *out)
{
	const char *why;
	size_t n = z ? strlen(z) : 0;

	while (n > 0 && (z[n - 1] == ' ' || z[n - 1] == '%'))
		n--;
	return n == 0 || value_parse_number(z, n, out, &why) ? -1 : 0;
}

/* The scale rows of the form into k (arena of r); -1 when a row is
 * half filled or the bounds do not decrease. */
static int read_scale(struct req *r, struct kebijakan *k)
{
	struct skala s;
	const char *labels[SKALA_ROWS];
	struct num mins[SKALA_ROWS];
	char key[24];
	int i, n = 0;

	k->skala = arena_array(&r->arena, SKALA_ROWS, sizeof *k->skala);
	if (!k->skala)
		return -1;
	for (i = 0; i < SKALA_ROWS; i++) {
		const char *min, *label;

		snprintf(key, sizeof key, "min%d", i);
		min = req_form(r, key);
		snprintf(key, sizeof key, "label%d", i);
		label = req_form(r, key);
		if ((!min || !*min) && (!label || !*label))
			continue;
		if (!label || !*label || strlen(label) > 40 ||
		    parse_num(min, &mins[n]))
			return -1;
		labels[n] = req_strdup(r, label);
		k->skala[n].label = labels[n];
		k->skala[n].min = mins[n];
		n++;
	}
	k->nskala = n;
	return n == 0 || skala_build(&s, "kebijakan", 1, 0, n, labels, mins) ?
		-1 : 0;
}

int page_kebijakan_simpan(struct req *r, struct resp *o)
{
	const char *pemda = req_form(r, "pemda"), *rumus = req_form(r, "rumus");
	const char *batas = req_form(r, "batas");
	struct web_actor who = req_actor(r);
	struct kebijakan k;
	struct sk_err e;
	int rc;

	memset(&k, 0, sizeof k);
	if (!pemda || !rumus || (strcmp(rumus, "2T-R") && strcmp(rumus, "T/R")))
		return resp_error(r, o, 400, "Rumus tidak dikenal.");
	k.rumus_negatif = strcmp(rumus, "T/R") == 0 ? RUMUS_T_R : RUMUS_2T_R;
	if (batas && *batas) {
		if (parse_num(batas, &k.batas_capaian) ||
		    num_cmp(k.batas_capaian, num_int(0)) <= 0)
			return resp_error(r, o, 400, "Batas capaian harus angka "
					  "positif, misalnya 100 atau 120.");
		k.has_batas = 1;
	}
	if (read_scale(r, &k))
		return resp_error(r, o, 400, "Skala predikat tidak valid: setiap "
				  "baris perlu batas bawah dan predikat, dengan "
				  "batas yang menurun dari atas ke bawah.");
	rc = store_policy_set(r->db, &who, pemda, &k, &e);
	return view_pemda_tersimpan(r, o, rc, "/admin/kebijakan", pemda,
				    "Kebijakan tidak dapat disimpan.");
}
