/* page_evaluasi_tabel: a worksheet drawn — the table in template order
 * (komponen and sub-komponen heading rows with their weights, a row per
 * answer with its answer, note and evidence, and beside it sakip's
 * suggestion or the usulan), the LHE part of a penetapan, the problems
 * of a refused save; as a form for who may save it, else read only. */
#include "page_evaluasi.h"

#include <stdlib.h>
#include <string.h>

/* ---- the table ----------------------------------------------------------------- */

static void opsi(struct sbuf *b, const char *v, const char *cur, int *found)
{
	int sel = strcmp(v, cur) == 0;

	*found |= sel;
	if (sel)
		html_printf(b, "<option value=\"%a\" selected>%s</option>", v,
			    *v ? v : "–");
	else
		html_printf(b, "<option value=\"%a\">%s</option>", v, *v ? v : "–");
}

static void pilih(struct sbuf *b, const struct isian *x)
{
	static const char *const aYT[] = { "", "Y", "T", NULL };
	static const char *const aAE[] = { "", "A", "B", "C", "D", "E", NULL };
	static const char *const aR[] = { "", "AA", "A", "BB", "B", "CC", "C",
					  "D", "E", NULL };
	const char *const *a = x->s ? aR : x->k->jenis == LKE_YT ? aYT : aAE;
	int i, found = 0;

	html_printf(b, "<select name=\"n.%a\" aria-label=\"Jawaban %a\">",
		    x->kode, x->kode);
	for (i = 0; a[i]; i++)
		opsi(b, a[i], x->nilai, &found);
	if (x->k && (x->k->flags & LKE_K_PEMDA))
		opsi(b, "NA", x->nilai, &found);
	if (!found) /* what was typed, kept to be corrected */
		html_printf(b, "<option value=\"%a\" selected>%s (tidak sah)"
			    "</option>", x->nilai, x->nilai);
	html_trusted(b, "</select>");
}

/* Evidence as links (http and https only) or text, one per line. */
static void bukti_lihat(struct sbuf *b, const char *z)
{
	const char *p = z;
	size_t n;
	char *line;

	while (p && *p) {
		n = strcspn(p, "\n");
		line = strndup(p, n);
		if (line && (!strncmp(line, "https://", 8) ||
			     !strncmp(line, "http://", 7)))
			html_printf(b, "<a href=\"%a\" rel=\"noopener noreferrer\">"
				    "%s</a><br>", line, line);
		else if (line)
			html_printf(b, "%s<br>", line);
		free(line);
		p += n + (p[n] != 0);
	}
}

/* The answer, note and evidence cells of a row. */
static void isian_sel(struct lembar *L, struct sbuf *b, const struct isian *x)
{
	if (!L->ubah) {
		html_printf(b, "<td><b>%s</b></td><td>%s</td><td>", x->nilai[0] ?
			    x->nilai : "–", x->catatan);
		bukti_lihat(b, x->bukti);
		html_trusted(b, "</td>");
		return;
	}
	html_trusted(b, "<td>");
	pilih(b, x);
	html_printf(b, "</td><td><textarea name=\"c.%a\" rows=\"2\" maxlength=\""
		    "%d\" aria-label=\"Catatan %a\">%s</textarea></td><td>"
		    "<textarea name=\"b.%a\" rows=\"2\" aria-label=\"Bukti %a\">"
		    "%s</textarea></td>", x->kode, CATATAN_MAX, x->kode,
		    x->catatan, x->kode, x->kode, x->bukti);
}

/* The last column: the suggestion (usulan) or the usulan (penetapan). */
static void samping_sel(struct lembar *L, struct sbuf *b,
			const struct isian *x)
{
	const char *u;

	if (L->tahap == LKE_USULAN) {
		if (x->saran)
			html_printf(b, "<td class=\"catatan\">Saran sakip: <b>%s</b> "
				    "— %s</td>", lke_nilai_label(x->saran->nilai),
				    x->saran->bukti);
		else
			html_trusted(b, "<td></td>");
		return;
	}
	if (!x->usl) {
		html_trusted(b, L->usl.ada ? "<td>–</td>" : "<td></td>");
		return;
	}
	u = lke_nilai_label(x->usl->nilai);
	html_trusted(b, strcmp(u, x->nilai) ? "<td class=\"beda\">" : "<td>");
	html_printf(b, "<b>%s</b>", u);
	if (x->usl->catatan)
		html_printf(b, "<br><span class=\"catatan\">%s</span>",
			    x->usl->catatan);
	html_trusted(b, "</td>");
}

static void baris(struct lembar *L, struct sbuf *b, const struct isian *x)
{
	html_trusted(b, x->s ? "<tr class=\"tingkat-sasaran\">" : "<tr>");
	if (x->s)
		html_printf(b, "<td>%s</td><td>%s — bobot %s", x->kode,
			    x->s->nama, eval_bobot(L->r, x->s->bobot));
	else
		html_printf(b, "<td>%s</td><td>%s", x->kode, x->k->uraian);
	if (x->galat)
		html_printf(b, "<div class=\"galat\">%s</div>", x->galat);
	html_trusted(b, "</td>");
	isian_sel(L, b, x);
	samping_sel(L, b, x);
	html_trusted(b, "</tr>\n");
}

static const struct isian *isian_of(const struct lembar *L, const char *kode)
{
	int i;

	for (i = 0; i < L->n; i++)
		if (strcmp(L->is[i].kode, kode) == 0)
			return &L->is[i];
	return NULL;
}

static void tabel(struct lembar *L, struct sbuf *b)
{
	const struct lke_template *t = L->t;
	const struct isian *x;
	int i, j, k;

	html_printf(b, "<div class=\"tabel\"><table><thead><tr><th>Kode</th>"
		    "<th>Uraian</th><th>Jawaban</th><th>Catatan</th><th>Bukti "
		    "(satu tautan per baris)</th><th>%s</th></tr></thead>"
		    "<tbody>\n", L->tahap == LKE_USULAN ? "Saran sakip" :
		    "Usulan instansi");
	for (i = 0; i < t->nkomponen; i++) {
		const struct lke_komponen *km = &t->komponen[i];
		html_printf(b, "<tr class=\"tingkat-tujuan\"><td>%s</td><td "
			    "colspan=\"%d\">%s — bobot %s</td></tr>\n", km->kode,
			    NCOL - 1, km->nama, eval_bobot(L->r, km->bobot));
		for (j = 0; j < km->nsub; j++) {
			const struct lke_sub *s = &km->sub[j];
			if ((x = isian_of(L, s->kode))) {
				baris(L, b, x);
			} else {
				html_printf(b, "<tr class=\"tingkat-sasaran\"><td>%s"
					    "</td><td colspan=\"%d\">%s — bobot "
					    "%s</td></tr>\n", s->kode, NCOL - 1,
					    s->nama, eval_bobot(L->r, s->bobot));
			}
			for (k = 0; k < s->nk; k++)
				if ((x = isian_of(L, s->k[k].kode)))
					baris(L, b, x);
				else /* method R: the kriteria to weigh */
					html_printf(b, "<tr><td>%s</td><td colspan"
						    "=\"%d\" class=\"catatan\">%s"
						    "</td></tr>\n", s->k[k].kode,
						    NCOL - 1, s->k[k].uraian);
		}
	}
	html_trusted(b, "</tbody></table></div>\n");
}

static void lhe_form(struct lembar *L, struct sbuf *b)
{
	int i, k;

	html_trusted(b, "<h2>Laporan hasil evaluasi</h2><div class=\"kartu\">");
	if (!L->ubah)
		html_printf(b, "<p>Nomor LHE: <b>%s</b> · tanggal: <b>%s</b> · "
			    "evaluator: <b>%s</b></p>", L->lhe_nomor ?
			    L->lhe_nomor : "–", L->lhe_tanggal ? L->lhe_tanggal :
			    "–", L->evaluator ? L->evaluator : "–");
	else
		html_printf(b, "<label for=\"lhe_nomor\">Nomor LHE</label><input "
			    "id=\"lhe_nomor\" name=\"lhe_nomor\" maxlength=\"%d\" "
			    "value=\"%a\"><label for=\"lhe_tanggal\">Tanggal LHE"
			    "</label><input id=\"lhe_tanggal\" name=\"lhe_tanggal\""
			    " type=\"date\" value=\"%a\"><label for=\"evaluator\">"
			    "Evaluator</label><input id=\"evaluator\" name=\""
			    "evaluator\" maxlength=\"%d\" value=\"%a\">", LHE_MAX,
			    L->lhe_nomor, L->lhe_tanggal, LHE_MAX, L->evaluator);
	html_trusted(b, "<h3>Catatan evaluator per komponen</h3>");
	for (i = 0; i < L->ncat; i++) {
		const struct lke_sub *s = lke_sub_find(L->t, L->cat[i].kode);
		const char *nama = s ? s->nama : "";
		for (k = 0; !s && k < L->t->nkomponen; k++)
			if (!strcmp(L->t->komponen[k].kode, L->cat[i].kode))
				nama = L->t->komponen[k].nama;
		if (!L->ubah) {
			html_printf(b, "<p><b>%s %s</b>: %s</p>", L->cat[i].kode,
				    nama, L->cat[i].teks[0] ? L->cat[i].teks : "–");
			continue;
		}
		html_printf(b, "<label for=\"k.%a\">%s %s</label><textarea id=\""
			    "k.%a\" name=\"k.%a\" maxlength=\"%d\">%s</textarea>",
			    L->cat[i].kode, L->cat[i].kode, nama, L->cat[i].kode,
			    L->cat[i].kode, CATATAN_MAX, L->cat[i].teks);
	}
	html_trusted(b, "</div>\n");
}

static void masalah(struct lembar *L, struct sbuf *b)
{
	int i;

	html_trusted(b, "<div class=\"galat\"><p>Lembar kerja belum disimpan: "
		     "tidak ada yang ditulis. Perbaiki isian berikut.</p><ul>\n");
	for (i = 0; i < L->npesan; i++)
		html_printf(b, "<li>%s</li>\n", L->pesan[i]);
	for (i = 0; i < L->n; i++)
		if (L->is[i].galat)
			html_printf(b, "<li>%s</li>\n", L->is[i].galat);
	html_trusted(b, "</ul></div>\n");
}

static void kepala(struct lembar *L, struct resp *o)
{
	struct sbuf *b = &o->body;
	const char *nama = L->kp.w.nama ? L->kp.w.nama : L->kp.w.kode;
	int i, j;

	html_printf(b, "<h1>Lembar kerja %s: %s — %d</h1>\n<p class=\"catatan\">"
		    "<a href=\"/evaluasi/%D?tahun=%d\">Evaluasi AKIP %s</a> · "
		    "templat %s versi %d · metode %s</p>\n", L->tahap ==
		    LKE_USULAN ? "usulan" : "penetapan", nama, L->kp.tahun, L->kp.w.id,
		    L->kp.tahun, nama, L->t->kode, L->t->versi,
		    lke_metode_kode(L->metode));
	eval_pesan(L->r, o);
	if (L->cur.ada) {
		html_trusted(b, "<div class=\"ringkas\"><div>Nilai tersimpan<b>");
		eval_total(L->r, b, &L->cur.s);
		html_printf(b, "</b>%s</div>", lke_predikat_label(
			    L->cur.s.predikat));
		lke_lembar_saran_hitung(&L->cur.l, &i, &j);
		if (i || j)
			html_printf(b, "<div>Saran sakip<b>%d dikonfirmasi</b>%d "
				    "diubah</div>", i, j);
		html_trusted(b, "</div>\n");
	} else if (L->tahap == LKE_USULAN) {
		html_trusted(b, "<p class=\"catatan\">Lembar kerja baru: jawaban "
			     "terisi dari saran sakip (data yang tersimpan); "
			     "periksa, lengkapi, lalu simpan.</p>\n");
	} else if (L->usl.ada) {
		html_trusted(b, "<p class=\"catatan\">Penetapan baru: jawaban "
			     "terisi dari usulan instansi.</p>\n");
	}
	if (L->kunci)
		html_printf(b, "<p class=\"pesan\">%s</p>\n", L->kunci);
}

void lembar_tampil(struct lembar *L, struct resp *o, int status)
{
	struct req *r = L->r;

	o->status = status;
	layout_begin(r, o, L->tahap == LKE_USULAN ? "Usulan evaluasi" :
		     "Penetapan evaluasi");
	kepala(L, o);
	if (status == 400)
		masalah(L, &o->body);
	if (L->ubah) {
		html_printf(&o->body, "<form method=\"post\" action=\"/evaluasi/%D"
			    "/%s\">", r->scope_id, L->tahap == LKE_USULAN ?
			    "usulan" : "penetapan");
		layout_csrf(r, o);
		html_printf(&o->body, "<input type=\"hidden\" name=\"tahun\" "
			    "value=\"%d\">", L->kp.tahun);
	}
	tabel(L, &o->body);
	if (L->tahap == LKE_PENETAPAN)
		lhe_form(L, &o->body);
	if (L->ubah)
		html_printf(&o->body, "<p><button type=\"submit\">%s</button></p>"
			    "</form>\n", L->tahap == LKE_USULAN ? "Simpan usulan" :
			    "Simpan penetapan (draf)");
	if (L->tahap == LKE_PENETAPAN && L->kp.hp)
		eval_terbit_form(r, o, L->kp.tahun, L->kp.hp->terbit);
	layout_end(r, o);
}

