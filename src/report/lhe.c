/* lhe: the Laporan Hasil Evaluasi AKIP (lhe.h). */
#include "lhe.h"
#include "../core/tanggal.h"
#include "isi.h"

#include <stdio.h>
#include <string.h>

static const char *nilai2(struct doc *d, struct lke_q q)
{
	char buf[NUM_BUFSZ];

	return doc_str(d, num_format(lke_q_round(q, 2), 2, NUM_ID, buf));
}

static const char *bobot(struct doc *d, struct num n)
{
	char buf[NUM_BUFSZ];

	return doc_str(d, num_format(n, 2, NUM_ID, buf));
}

static const char *tanggal(struct doc *d, const char *ymd)
{
	char buf[64];
	const char *z = ymd ? tanggal_id(ymd, buf, sizeof buf) : NULL;

	return z ? doc_str(d, z) : NULL;
}

static void identitas(struct doc *d, const struct lhe_data *x)
{
	static const int w[] = { 3, 1, 9 };
	const struct lke_lembar *l = x->l;
	struct doc_table *t = doc_table(d, NULL, NULL, 3, w);
	const char *rows[6][2];
	int i;

	if (!t)
		return;
	t->borderless = 1;
	rows[0][0] = "Nomor";
	rows[0][1] = l->lhe_nomor;
	rows[1][0] = "Tanggal";
	rows[1][1] = tanggal(d, l->lhe_tanggal);
	rows[2][0] = "Instansi";
	rows[2][1] = x->in && x->in->nama ? x->in->nama : l->instansi;
	rows[3][0] = "Pemerintah Daerah";
	rows[3][1] = x->pemda_nama;
	rows[4][0] = "Periode evaluasi";
	rows[4][1] = doc_strf(d, "Tahun %d", l->tahun);
	rows[5][0] = "Evaluator";
	rows[5][1] = l->evaluator;
	for (i = 0; i < 6; i++) {
		tab_row(t);
		tab_text(t, rows[i][0], 0);
		tab_text(t, ":", 0);
		if (rows[i][1] && rows[i][1][0])
			tab_text(t, rows[i][1], 0);
		else
			tab_text(t, "[belum diisi]", DOC_PLACEHOLDER);
	}
}

static void hasil(struct doc *d, const struct lhe_data *x)
{
	const struct lke_skor *s = x->s;
	struct doc_para *p;
	struct num dlt;
	char a[NUM_BUFSZ], b[NUM_BUFSZ];

	doc_heading(d, 1, "A. Hasil Evaluasi");
	p = doc_para(d, ST_NORMAL);
	para_addf(d, p, 0, "Nilai hasil evaluasi akuntabilitas kinerja %s "
		  "tahun %d adalah ", x->in && x->in->nama ? x->in->nama
		  : x->l->instansi, x->l->tahun);
	para_addf(d, p, DOC_BOLD, "%s (metode %s) dengan predikat %s",
		  num_format(s->total2, 2, NUM_ID, a),
		  lke_metode_kode(s->metode), s->predikat);
	para_addf(d, p, 0, " (%s).", lke_predikat_label(s->predikat));
	p = doc_para(d, ST_NORMAL);
	if (x->lalu && num_sub(s->total2, x->lalu->total2, &dlt) == 0) {
		para_addf(d, p, 0, "Tahun %d: %s (metode %s), predikat %s; ",
			  x->l->tahun - 1,
			  num_format(x->lalu->total2, 2, NUM_ID, b),
			  lke_metode_kode(x->lalu->metode), x->lalu->predikat);
		para_addf(d, p, 0, "perubahan %s%s.", dlt.m >= 0 ? "+" : "",
			  num_format(dlt, 2, NUM_ID, a));
	} else {
		para_addf(d, p, 0, "Belum ada hasil evaluasi (penetapan) tahun "
			  "%d sebagai pembanding.", x->l->tahun - 1);
	}
	if (s->nkosong)
		doc_textf(d, ST_NOTE, "%d isian belum dijawab dan dihitung 0.",
			  s->nkosong);
}

/* The sub-komponen scores of last year, when its template has the code. */
static const struct lke_skor_sub *sub_lalu(const struct lke_skor *lalu,
					   const char *kode)
{
	int i, j;

	for (i = 0; lalu && i < lalu->nkomponen; i++)
		for (j = 0; j < lalu->komponen[i].k->nsub; j++)
			if (strcmp(lalu->komponen[i].sub[j].sub->kode, kode) == 0)
				return &lalu->komponen[i].sub[j];
	return NULL;
}

static const struct lke_skor_komponen *komp_lalu(const struct lke_skor *lalu,
						 const char *kode)
{
	int i;

	for (i = 0; lalu && i < lalu->nkomponen; i++)
		if (strcmp(lalu->komponen[i].k->kode, kode) == 0)
			return &lalu->komponen[i];
	return NULL;
}

static void tabel_nilai(struct doc *d, const struct lhe_data *x)
{
	static const int w[] = { 2, 9, 2, 3, 3 };
	const struct lke_skor *s = x->s;
	struct doc_table *t;
	int i, j;

	t = doc_table(d, doc_strf(d, "Tabel 1 Nilai per komponen dan "
				   "sub-komponen (metode %s)",
				   lke_metode_kode(s->metode)), "Nilai", 5, w);
	if (!t)
		return;
	tab_head(t);
	tab_text(t, "Kode", DOC_BOLD);
	tab_text(t, "Komponen / sub-komponen", DOC_BOLD);
	tab_text(t, "Bobot", DOC_BOLD | DOC_RIGHT);
	tab_textf(t, DOC_BOLD | DOC_RIGHT, "Nilai %d", x->l->tahun);
	tab_textf(t, DOC_BOLD | DOC_RIGHT, "Nilai %d", x->l->tahun - 1);
	for (i = 0; i < s->nkomponen; i++) {
		const struct lke_skor_komponen *k = &s->komponen[i];
		const struct lke_skor_komponen *kl = komp_lalu(x->lalu,
							       k->k->kode);
		tab_row_flags(t, DOC_BOLD);
		tab_text(t, k->k->kode, DOC_BOLD);
		tab_text(t, k->k->nama, DOC_BOLD);
		tab_text(t, bobot(d, k->k->bobot), DOC_BOLD | DOC_RIGHT);
		tab_text(t, nilai2(d, k->nilai), DOC_BOLD | DOC_RIGHT);
		tab_text(t, kl ? nilai2(d, kl->nilai) : "-", DOC_BOLD | DOC_RIGHT);
		for (j = 0; j < k->k->nsub; j++) {
			const struct lke_skor_sub *ss = &k->sub[j];
			const struct lke_skor_sub *sl = sub_lalu(x->lalu,
								 ss->sub->kode);
			tab_row(t);
			tab_text(t, ss->sub->kode, 0);
			tab_text(t, ss->sub->nama, DOC_INDENT1);
			tab_text(t, bobot(d, ss->sub->bobot), DOC_RIGHT);
			tab_text(t, nilai2(d, ss->nilai), DOC_RIGHT);
			tab_text(t, sl ? nilai2(d, sl->nilai) : "-", DOC_RIGHT);
		}
	}
	tab_row_flags(t, DOC_TOTAL);
	tab_text(t, "", 0);
	tab_textf(t, DOC_BOLD, "Nilai akhir (metode %s)",
		  lke_metode_kode(s->metode));
	tab_text(t, "100,00", DOC_BOLD | DOC_RIGHT);
	tab_textf(t, DOC_BOLD | DOC_RIGHT, "%s (%s)",
		  bobot(d, s->total2), s->predikat);
	if (x->lalu)
		tab_textf(t, DOC_BOLD | DOC_RIGHT, "%s (%s)",
			  bobot(d, x->lalu->total2), x->lalu->predikat);
	else
		tab_text(t, "-", DOC_RIGHT);
}

static const char *catatan_of(const struct lke_lembar *l, const char *kode)
{
	int i;

	for (i = 0; i < l->ncatatan; i++)
		if (strcmp(l->catatan[i].kode, kode) == 0)
			return l->catatan[i].teks;
	return NULL;
}

static void catatan(struct doc *d, const struct lhe_data *x)
{
	const struct lke_template *t = x->t;
	const char *z;
	int i, j, ada;

	doc_heading(d, 1, "B. Catatan Hasil Evaluasi per Komponen");
	for (i = 0; i < t->nkomponen; i++) {
		const struct lke_komponen *k = &t->komponen[i];
		doc_heading(d, 2, doc_strf(d, "%s. %s", k->kode, k->nama));
		ada = 0;
		if ((z = catatan_of(x->l, k->kode))) {
			doc_narasi(d, z);
			ada = 1;
		}
		for (j = 0; j < k->nsub; j++)
			if ((z = catatan_of(x->l, k->sub[j].kode))) {
				doc_textf(d, ST_NORMAL, "%s %s:", k->sub[j].kode,
					  k->sub[j].nama);
				doc_narasi(d, z);
				ada = 1;
			}
		if (!ada)
			doc_text(d, ST_PLACEHOLDER, "[catatan evaluator untuk "
				 "komponen ini belum diisi]");
	}
}

static void rekomendasi(struct doc *d, const struct lhe_data *x)
{
	const struct lke_lembar *l = x->l;
	int i;

	doc_heading(d, 1, "C. Rekomendasi");
	if (!l->nrekomendasi) {
		doc_text(d, ST_PLACEHOLDER, "[rekomendasi belum diisi]");
		return;
	}
	for (i = 0; i < l->nrekomendasi; i++) {
		const struct lke_rekomendasi *r = &l->rekomendasi[i];
		struct doc_para *p = doc_para(d, ST_LIST);
		para_addf(d, p, 0, "%d. %s", r->nomor, r->teks);
		if (r->kode || r->prioritas || r->target) {
			para_add(d, p, " (", 0);
			if (r->kode)
				para_addf(d, p, 0, "kriteria %s", r->kode);
			if (r->prioritas)
				para_addf(d, p, 0, "%sprioritas %s",
					  r->kode ? "; " : "", r->prioritas);
			if (r->target)
				para_addf(d, p, 0, "%starget %s",
					  r->kode || r->prioritas ? "; " : "",
					  tanggal(d, r->target));
			para_add(d, p, ")", 0);
		}
	}
}

static void tindak_lanjut(struct doc *d, const struct lhe_data *x)
{
	static const int w[] = { 1, 7, 2, 7 };
	static const char *const head[] = { "No", "Rekomendasi", "Status",
		"Tindak lanjut" };
	struct doc_table *t;
	int i, selesai = 0;

	doc_heading(d, 1, doc_strf(d, "D. Tindak Lanjut Rekomendasi Tahun %d",
				   x->l->tahun - 1));
	if (!x->ntl) {
		doc_textf(d, ST_NORMAL, "Tidak ada rekomendasi hasil evaluasi "
			  "tahun %d yang tercatat.", x->l->tahun - 1);
		return;
	}
	for (i = 0; i < x->ntl; i++)
		selesai += x->tl[i].r.status == LKE_SELESAI;
	doc_textf(d, ST_NORMAL, "%d dari %d rekomendasi telah selesai "
		  "ditindaklanjuti.", selesai, x->ntl);
	t = doc_table(d, "Tabel 2 Tindak lanjut rekomendasi", "Tindak lanjut",
		      4, w);
	if (!t)
		return;
	tab_header(t, head, DOC_BOLD);
	for (i = 0; i < x->ntl; i++) {
		const struct lke_rek_info *ri = &x->tl[i];
		const struct lke_tindak_lanjut *last =
			ri->ntl ? &ri->tl[ri->ntl - 1] : NULL;
		tab_row(t);
		tab_int(t, ri->r.nomor, 0);
		tab_text(t, ri->r.teks, 0);
		tab_text(t, lke_status_kode(ri->r.status), 0);
		if (last)
			tab_textf(t, 0, "%s: %s%s", last->tanggal, last->uraian,
				  last->diverifikasi_pada ? " (diverifikasi)"
				  : "");
		else
			tab_text(t, "-", 0);
	}
}

static void tanda_tangan(struct doc *d, const struct lhe_data *x)
{
	struct pejabat pj = { x->l->evaluator, NULL, "Inspektur", NULL };
	const char *tgl = tanggal(d, x->l->lhe_tanggal ? x->l->lhe_tanggal
				  : x->hari_ini);

	doc_text(d, ST_RIGHT, tgl ? tgl : "");
	isi_tanda_tangan(d, "Evaluator,", &pj, NULL, NULL);
}

/* The filled worksheet: every kriterion with its answer and note; under
 * method R the sub-komponen carry the answer. */
static void lampiran(struct doc *d, const struct lhe_data *x)
{
	static const int w[] = { 2, 10, 2, 6 };
	static const char *const head[] = { "Kode", "Kriteria", "Jawaban",
		"Catatan" };
	const struct lke_template *tp = x->t;
	struct doc_table *t;
	int i, j, k;

	doc_pagebreak(d);
	doc_heading(d, 1, "Lampiran: Lembar Kerja Evaluasi");
	t = doc_table(d, doc_strf(d, "Tabel 3 Lembar kerja evaluasi %d "
				   "(%s versi %d, metode %s)", x->l->tahun,
				   tp->kode, tp->versi,
				   lke_metode_kode(x->s->metode)), "LKE", 4, w);
	if (!t)
		return;
	tab_header(t, head, DOC_BOLD);
	for (i = 0; i < tp->nkomponen; i++)
		for (j = 0; j < tp->komponen[i].nsub; j++) {
			const struct lke_sub *s = &tp->komponen[i].sub[j];
			const struct lke_jawaban *a = lke_lembar_find(x->l, s->kode);
			tab_row_flags(t, DOC_BOLD);
			tab_text(t, s->kode, DOC_BOLD);
			tab_textf(t, DOC_BOLD, "%s %s (bobot %s, nilai %s)",
				  tp->komponen[i].nama, s->nama,
				  bobot(d, s->bobot),
				  nilai2(d, x->s->komponen[i].sub[j].nilai));
			tab_text(t, a ? lke_nilai_label(a->nilai) : "", DOC_BOLD);
			tab_text(t, a && a->catatan ? a->catatan : "", 0);
			for (k = 0; k < s->nk; k++) {
				a = lke_lembar_find(x->l, s->k[k].kode);
				tab_row(t);
				tab_text(t, s->k[k].kode, 0);
				tab_text(t, s->k[k].uraian, DOC_INDENT1);
				tab_text(t, a ? lke_nilai_label(a->nilai) : "-",
					 DOC_CENTER);
				tab_text(t, a && a->catatan ? a->catatan : "", 0);
			}
		}
}

int laporan_lhe(const struct lhe_data *x, struct doc *d, struct sk_err *e)
{
	const char *nama = x->in && x->in->nama ? x->in->nama : x->l->instansi;

	if (x->l->tahap != LKE_PENETAPAN)
		return sk_errf(e, SK_EINVAL, "an LHE is made from a penetapan, "
			       "not a %s", lke_tahap_kode(x->l->tahap));
	d->title = doc_strf(d, "LHE AKIP %s %d", nama, x->l->tahun);
	d->subject = "Laporan Hasil Evaluasi Akuntabilitas Kinerja";
	d->created = x->l->lhe_tanggal ? x->l->lhe_tanggal : x->hari_ini;
	d->footer = doc_strf(d, "LHE AKIP %s %d", nama, x->l->tahun);
	doc_text(d, ST_TITLE, "LAPORAN HASIL EVALUASI");
	doc_text(d, ST_TITLE, "AKUNTABILITAS KINERJA INSTANSI PEMERINTAH");
	doc_text(d, ST_SUBTITLE, isi_upper(d, nama));
	doc_textf(d, ST_SUBTITLE, "TAHUN %d", x->l->tahun);
	identitas(d, x);
	hasil(d, x);
	tabel_nilai(d, x);
	catatan(d, x);
	rekomendasi(d, x);
	tindak_lanjut(d, x);
	tanda_tangan(d, x);
	lampiran(d, x);
	return doc_failed(d) ? sk_errf(e, SK_ENOMEM, "LHE: out of memory") : 0;
}
