/* lkjip_bab3: BAB III Akuntabilitas Kinerja — per indicator target,
 * realisasi and capaian with predikat, against earlier years, against the
 * Renstra end target and against a national or provincial comparison;
 * the analysis; efficiency; supporting programs; the budget with serapan
 * and exact totals; the charts. */
#include "lkjip.h"
#include "../core/money.h"
#include "../util/sbuf.h"

#include <stdio.h>
#include <string.h>

static const char *pct_id(pct_t p, int dec, char *buf)
{
	return pct_format(p, dec, NUM_ID, buf);
}

static void metode(struct lk *k)
{
	const struct kebijakan *kb = &k->p->kebijakan;
	static const int w[] = { 6, 10 };
	static const char *const head[] = { "Capaian paling rendah (%)",
		"Predikat" };
	struct doc_table *t;
	char buf[NUM_BUFSZ];
	int i;

	doc_textf(k->d, ST_NORMAL, "Capaian indikator dihitung dari target dan "
		  "realisasi tahun yang sama. Indikator positif (makin tinggi "
		  "makin baik): capaian = realisasi / target \xC3\x97 100. "
		  "Indikator negatif (makin rendah makin baik): %s. Indikator "
		  "rentang: 100 bila realisasi di dalam rentang target.",
		  kb->rumus_negatif == RUMUS_T_R ? "capaian = target / realisasi "
		  "\xC3\x97 100" : "capaian = (2 \xC3\x97 target \xE2\x88\x92 "
		  "realisasi) / target \xC3\x97 100");
	if (kb->has_batas)
		doc_textf(k->d, ST_NORMAL, "Capaian dibatasi pada %s%% untuk "
			  "rata-rata dan predikat; tabel menampilkan capaian "
			  "sebenarnya di samping capaian yang dibatasi.",
			  num_format(kb->batas_capaian, -1, NUM_ID, buf));
	t = lk_table(k, "Skala Predikat Capaian", "Skala Predikat", 2, w, head);
	if (!t)
		return;
	for (i = 0; i < k->h.predikat.n; i++) {
		tab_row(t);
		tab_num(t, k->h.predikat.t[i].min, DOC_CENTER);
		tab_text(t, k->h.predikat.t[i].label, DOC_CENTER);
	}
}

static const char *keterangan(struct lk *k, const struct hasil_indikator *r)
{
	struct sbuf b = SBUF_INIT(0);
	const char *z;

	if (r->cap.ambang == 1)
		sbuf_adds(&b, "ambang terpenuhi; ");
	else if (r->cap.ambang == 0)
		sbuf_adds(&b, "ambang tidak terpenuhi; ");
	if (r->target_jenis && strcmp(r->target_jenis, "target") && r->target)
		sbuf_addf(&b, "target %s; ", strcmp(r->target_jenis, "target_pk") ?
			  "PK Perubahan" : "PK");
	if (r->nperiode_hilang)
		sbuf_addf(&b, "%d periode belum dilaporkan; ", r->nperiode_hilang);
	if (r->cap.ok && r->cap.alasan)
		sbuf_addf(&b, "%s; ", isi_alasan(r->cap.alasan));
	if (b.n >= 2)
		b.z[b.n - 2] = 0;
	z = doc_str(k->d, b.z);
	sbuf_release(&b);
	return z;
}

static const char *realisasi_teks(struct lk *k, const struct hasil_indikator *r)
{
	char buf[NUM_BUFSZ];

	if (r->realisasi_nilai)
		return isi_nilai(k->d, r->realisasi_nilai);
	if (r->realisasi.kind == VAL_ANGKA)
		return doc_str(k->d, num_format(r->realisasi.x, -1, NUM_ID, buf));
	return "-";
}

/* The realisation as a value cell, or as text when there is none. */
static void tab_realisasi(struct lk *k, struct doc_table *t,
			  const struct hasil_indikator *r)
{
	if (r->realisasi_nilai)
		isi_tab_nilai(t, r->realisasi_nilai, 0);
	else
		tab_text(t, realisasi_teks(k, r), DOC_CENTER);
}

/* "1.", the indicator's kode and name, its unit. */
static void tab_indikator(struct doc_table *t, int no,
			  const struct indikator *ind)
{
	tab_textf(t, DOC_CENTER, "%d.", no);
	tab_textf(t, 0, "%s %s", ind->kode, ind->uraian);
	tab_text(t, ind->satuan ? ind->satuan : "-", DOC_CENTER);
}

/* The capaian table of the year's performance indicators. */
static void tabel_capaian(struct lk *k)
{
	int batas = k->p->kebijakan.has_batas, ncol = batas ? 10 : 9, i, no = 0;
	int w[10] = { 2, 9, 11, 3, 4, 4, 4, 4, 4, 5 };
	const struct node *prev = NULL;
	struct doc_table *t;

	if (!batas)
		w[7] = 4, w[8] = 5;
	t = lk_table(k, doc_strf(k->d, "Target, Realisasi dan Capaian Kinerja "
		"Tahun %d", k->tahun), "Capaian", ncol, w, NULL);
	if (!t)
		return;
	tab_head(t);
	tab_text(t, "No.", 0);
	tab_text(t, "Tujuan / Sasaran", 0);
	tab_text(t, "Indikator", 0);
	tab_text(t, "Satuan", 0);
	tab_text(t, "Target", 0);
	tab_text(t, "Realisasi", 0);
	tab_text(t, "Capaian (%)", 0);
	if (batas)
		tab_text(t, "Capaian dibatasi (%)", 0);
	tab_text(t, "Predikat", 0);
	tab_text(t, "Keterangan", 0);
	for (i = 0; i < k->h.nind; i++) {
		const struct hasil_indikator *r = &k->h.ind[i];

		if (!lk_kinerja(r->node))
			continue;
		tab_row(t);
		if (r->node != prev) {
			tab_textf(t, DOC_CENTER, "%d.", ++no);
			tab_textf(t, 0, "%s %s", r->node->kode, r->node->uraian);
		} else {
			tab_vcont(t);
			tab_vcont(t);
		}
		prev = r->node;
		tab_textf(t, 0, "%s %s", r->ind->kode, r->ind->uraian);
		tab_text(t, r->ind->satuan ? r->ind->satuan : "-", DOC_CENTER);
		isi_tab_nilai(t, r->target, 0);
		tab_realisasi(k, t, r);
		isi_tab_capaian(t, &r->cap, k->h.desimal);
		if (batas)
			isi_tab_terbatas(t, &r->cap, k->h.desimal);
		tab_text(t, r->predikat ? r->predikat : "-", DOC_CENTER);
		tab_text(t, keterangan(k, r), 0);
	}
	if (!no) {
		tab_row(t);
		tab_span(t, "Tidak ada indikator tujuan atau sasaran.", ncol,
			 DOC_ITALIC);
	}
}

static void grafik_capaian(struct lk *k)
{
	struct doc_chart *c;
	char buf[NUM_BUFSZ], b2[NUM_BUFSZ];
	int i, n = 0;

	for (i = 0; i < k->h.nind; i++)
		n += lk_kinerja(k->h.ind[i].node) && k->h.ind[i].cap.ok;
	if (!n)
		return;
	c = doc_chart(k->d, CHART_BAR, lk_gambar(k, doc_strf(k->d, "Capaian "
		"Indikator Kinerja Tahun %d (%%)", k->tahun)), "Capaian (%)", n, 1);
	if (!c)
		return;
	c->ser[0].name = "Capaian";
	c->has_ref = 1;
	c->ref = 100;
	n = 0;
	for (i = 0; i < k->h.nind; i++) {
		const struct hasil_indikator *r = &k->h.ind[i];

		if (!lk_kinerja(r->node) || !r->cap.ok)
			continue;
		c->cat[n] = r->ind->kode;
		pct_id(r->cap.nilai, k->h.desimal, buf);
		chart_set(k->d, c, 0, n++,
			  (double)pct_round(r->cap.nilai, 2) / (double)PCT_ONE,
			  r->cap.dibatasi ? doc_strf(k->d, "%s (dibatasi %s)", buf,
				pct_id(r->cap.terbatas, k->h.desimal, b2)) : buf);
	}
}

static void tabel_sasaran(struct lk *k)
{
	static const int w[] = { 2, 14, 4, 4, 4, 5 };
	static const char *const head[] = { "No.", "Sasaran",
		"Indikator dihitung", "Tanpa capaian", "Rata-rata capaian (%)",
		"Predikat" };
	struct doc_table *t;
	int i, no = 0;

	t = lk_table(k, "Capaian Sasaran", "Capaian Sasaran", 6, w, head);
	if (!t)
		return;
	for (i = 0; i < k->h.nsasaran; i++) {
		const struct hasil_sasaran *s = &k->h.sasaran[i];

		if (s->node) {
			tab_row(t);
			tab_textf(t, DOC_CENTER, "%d.", ++no);
			tab_textf(t, 0, "%s %s", s->node->kode, s->node->uraian);
		} else {
			tab_row_flags(t, DOC_TOTAL);
			tab_text(t, "", 0);
			tab_text(t, "Rata-rata instansi (rata-rata sasaran)", 0);
		}
		tab_int(t, s->n, 0);
		tab_int(t, s->ntanpa, 0);
		if (s->ok) {
			tab_pct(t, s->capaian, k->h.desimal, 0);
			tab_text(t, lk_predikat(k, s->capaian), DOC_CENTER);
		} else {
			tab_text(t, "tidak terhitung", DOC_ITALIC | DOC_CENTER);
			tab_text(t, "-", DOC_CENTER);
		}
	}
}

/* Earlier years in which some performance indicator has a realisation. */
static int tahun_banding(struct lk *k, int *out)
{
	int i, j, n = 0;

	for (i = 0; i < k->ntahun; i++) {
		int y = k->tahun_ke[i], ada = 0;

		if (y >= k->tahun)
			continue;
		for (j = 0; j < k->h.nind && !ada; j++)
			ada = lk_kinerja(k->h.ind[j].node) &&
			      tahunan_get(&k->h.ind[j].ind->realisasi, y);
		if (ada && n < LK_MAX_TAHUN - 1)
			out[n++] = y;
	}
	out[n++] = k->tahun;
	return n;
}

static void tabel_banding(struct lk *k)
{
	int years[LK_MAX_TAHUN], ny = tahun_banding(k, years), w[32], i, j, ncol;
	int prev = ny > 1 ? years[ny - 2] : 0;
	const struct hasil *hp = prev ? lk_hasil(k, prev) : NULL;
	struct doc_table *t;

	ncol = 3 + ny + (hp ? 2 : 1);
	w[0] = 2, w[1] = 16, w[2] = 3;
	for (i = 3; i < ncol; i++)
		w[i] = 4;
	t = lk_table(k, "Perbandingan Realisasi dan Capaian dengan Tahun "
		     "Sebelumnya", "Antar Tahun", ncol, w, NULL);
	if (!t)
		return;
	tab_head(t);
	tab_text(t, "No.", 0);
	tab_text(t, "Indikator", 0);
	tab_text(t, "Satuan", 0);
	tab_span(t, "Realisasi", ny, 0);
	tab_span(t, "Capaian (%)", hp ? 2 : 1, 0);
	tab_head(t);
	for (j = 0; j < 3; j++)
		tab_vcont(t);
	for (j = 0; j < ny; j++)
		tab_textf(t, 0, "%d", years[j]);
	if (hp)
		tab_textf(t, 0, "%d", prev);
	tab_textf(t, 0, "%d", k->tahun);
	for (i = 0, j = 0; i < k->h.nind; i++) {
		const struct hasil_indikator *r = &k->h.ind[i];
		int y;

		if (!lk_kinerja(r->node))
			continue;
		tab_row(t);
		tab_indikator(t, ++j, r->ind);
		for (y = 0; y < ny - 1; y++)
			isi_tab_nilai(t, tahunan_get(&r->ind->realisasi, years[y]), 0);
		tab_realisasi(k, t, r);
		if (hp) {
			const struct hasil_indikator *q = hasil_ind(hp, r->ind);

			isi_tab_capaian(t, q ? &q->cap : NULL, k->h.desimal);
		}
		isi_tab_capaian(t, &r->cap, k->h.desimal);
	}
}

static void set_point(struct doc *d, struct doc_chart *c, int s, int cat,
		      const struct nilai *n)
{
	struct num x;
	char buf[NUM_BUFSZ];

	if (n && value_number(&n->v, &x))
		chart_set(d, c, s, cat, num_to_double(x),
			  num_format(x, -1, NUM_ID, buf));
}

/* One trend chart per performance indicator: target and realisasi over
 * the Renstra years (and earlier years with data). */
static void grafik_tren(struct lk *k)
{
	int years[LK_MAX_TAHUN + 1], ny = 0, i, j, y;

	for (i = 0; i < k->ntahun; i++)
		years[ny++] = k->tahun_ke[i];
	years[ny++] = k->tahun;
	for (i = 1; i < ny; i++) /* insertion sort: a dozen years at most */
		for (j = i; j > 0 && years[j - 1] > years[j]; j--)
			y = years[j], years[j] = years[j - 1], years[j - 1] = y;
	for (i = 0; i < k->h.nind; i++) {
		const struct hasil_indikator *r = &k->h.ind[i];
		struct doc_chart *c;
		const char *jenis;
		struct num x;
		int pts = 0;

		if (!lk_kinerja(r->node))
			continue;
		for (j = 0; j < ny; j++) {
			const struct nilai *t = hitung_target(r->ind, years[j], &jenis);
			const struct nilai *v = tahunan_get(&r->ind->realisasi, years[j]);

			pts += (t && value_number(&t->v, &x)) ||
			       (v && value_number(&v->v, &x));
		}
		if (!pts)
			continue;
		c = doc_chart(k->d, CHART_LINE, lk_gambar(k, doc_strf(k->d,
			"Tren %s %s", r->ind->kode, r->ind->uraian)),
			r->ind->satuan ? r->ind->satuan : "", ny, 2);
		if (!c)
			return;
		c->ser[0].name = "Target";
		c->ser[1].name = "Realisasi";
		for (j = 0; j < ny; j++) {
			c->cat[j] = doc_strf(k->d, "%d", years[j]);
			set_point(k->d, c, 0, j, hitung_target(r->ind, years[j],
							       &jenis));
			set_point(k->d, c, 1, j,
				  tahunan_get(&r->ind->realisasi, years[j]));
		}
	}
}

static void tabel_akhir(struct lk *k)
{
	static const int w[] = { 2, 16, 4, 4, 5, 5, 6 };
	int akhir = k->in->renstra_akhir ? k->in->renstra_akhir : k->tahun, i, no = 0;
	struct doc_table *t;

	t = lk_table(k, doc_strf(k->d, "Realisasi %d terhadap Target Akhir "
		"Renstra %d", k->tahun, akhir), "Target Akhir", 7, w, NULL);
	if (!t)
		return;
	tab_head(t);
	tab_text(t, "No.", 0);
	tab_text(t, "Indikator", 0);
	tab_text(t, "Satuan", 0);
	tab_textf(t, 0, "Target Akhir (%d)", akhir);
	tab_textf(t, 0, "Realisasi %d", k->tahun);
	tab_text(t, "Capaian thd. Target Akhir (%)", 0);
	tab_text(t, "Keterangan", 0);
	for (i = 0; i < k->h.nind; i++) {
		const struct hasil_indikator *r = &k->h.ind[i];

		if (!lk_kinerja(r->node))
			continue;
		tab_row(t);
		tab_indikator(t, ++no, r->ind);
		isi_tab_nilai(t, r->has_akhir ? &r->ind->target_akhir : NULL, 0);
		tab_realisasi(k, t, r);
		if (!r->has_akhir) {
			tab_text(t, "-", DOC_CENTER);
			tab_text(t, "target akhir tidak ada", DOC_ITALIC);
			continue;
		}
		isi_tab_capaian(t, &r->cap_akhir, k->h.desimal);
		tab_text(t, !r->cap_akhir.ok ? "-" :
			 r->cap_akhir.nilai >= PCT(100) ? "target akhir tercapai" :
			 "belum mencapai target akhir", 0);
	}
}

static void tabel_pembanding(struct lk *k)
{
	static const int w[] = { 2, 14, 4, 5, 4, 6 };
	static const char *const head[] = { "No.", "Indikator", "Realisasi",
		"Pembanding", "Nilai Pembanding", "Keterangan" };
	struct doc_table *t = NULL;
	int i, p, no = 0;

	for (i = 0; i < k->h.nind; i++) {
		const struct hasil_indikator *r = &k->h.ind[i];

		for (p = 0; p < r->ind->npembanding; p++) {
			const struct pembanding *pb = &r->ind->pembanding[p];
			const struct nilai *v = tahunan_get(&pb->nilai, k->tahun);
			struct num b;

			if (!v)
				continue;
			if (!t) {
				t = lk_table(k, doc_strf(k->d,
					"Perbandingan dengan Standar Nasional/"
					"Provinsi Tahun %d", k->tahun),
					"Pembanding", 6, w, head);
				if (!t)
					return;
			}
			tab_row(t);
			tab_textf(t, DOC_CENTER, "%d.", ++no);
			tab_textf(t, 0, "%s %s", r->ind->kode, r->ind->uraian);
			tab_text(t, realisasi_teks(k, r), DOC_CENTER);
			tab_text(t, pb->jenis, DOC_CENTER);
			isi_tab_nilai(t, v, 0);
			if (r->realisasi.kind == VAL_ANGKA &&
			    value_number(&v->v, &b)) {
				int cmp = num_cmp(r->realisasi.x, b);

				if (r->ind->polaritas == POL_NEGATIF)
					cmp = -cmp;
				tab_text(t, cmp > 0 ? "lebih baik dari pembanding" :
					 cmp == 0 ? "sama dengan pembanding" :
					 "di bawah pembanding", 0);
			} else {
				tab_text(t, "tidak dapat dibandingkan", DOC_ITALIC);
			}
		}
	}
	if (!t)
		doc_textf(k->d, ST_NOTE, "Data pembanding nasional atau provinsi "
			  "untuk tahun %d tidak tersedia (kunci pembanding pada "
			  "indikator).", k->tahun);
}

static void analisis_indikator(struct lk *k, const struct hasil_indikator *r,
			       int umum)
{
	struct doc *d = k->d;
	struct doc_para *p;
	const struct hasil *hp = lk_hasil(k, k->tahun - 1);
	const struct nilai *rp = tahunan_get(&r->ind->realisasi, k->tahun - 1);
	char b1[NUM_BUFSZ], b2[NUM_BUFSZ];

	p = doc_para(d, ST_NORMAL);
	para_addf(d, p, DOC_BOLD, "%s %s", r->ind->kode, r->ind->uraian);
	p = doc_para(d, ST_NORMAL);
	para_addf(d, p, 0, "Target %s, realisasi %s", isi_nilai(d, r->target),
		  realisasi_teks(k, r));
	if (r->cap.ok) {
		para_addf(d, p, 0, ", capaian %s%%", pct_id(r->cap.nilai,
							    k->h.desimal, b1));
		if (r->cap.dibatasi)
			para_addf(d, p, 0, " (dibatasi menjadi %s%%)",
				  pct_id(r->cap.terbatas, k->h.desimal, b2));
		if (r->predikat)
			para_addf(d, p, 0, ", predikat %s", r->predikat);
		para_add(d, p, ".", 0);
	} else {
		para_addf(d, p, 0, "; capaian tidak terhitung (%s).",
			  isi_alasan(r->cap.alasan));
	}
	if (rp) {
		const struct hasil_indikator *q = hp ? hasil_ind(hp, r->ind) : NULL;

		para_addf(d, p, 0, " Realisasi %d: %s", k->tahun - 1, isi_nilai(d, rp));
		if (q && q->cap.ok)
			para_addf(d, p, 0, " (capaian %s%%)",
				  pct_id(q->cap.nilai, k->h.desimal, b1));
		para_add(d, p, ".", 0);
	}
	if (r->has_akhir && r->cap_akhir.ok)
		para_addf(d, p, 0, " Terhadap target akhir Renstra (%s) capaian "
			  "%s%%.", isi_nilai(d, &r->ind->target_akhir),
			  pct_id(r->cap_akhir.nilai, k->h.desimal, b1));
	if (umum)
		isi_narasi_opsional(d, &r->ind->narasi, k->tahun, "analisis");
	else
		isi_narasi(d, &r->ind->narasi, k->tahun, "analisis", doc_strf(d,
			   "Uraikan penyebab keberhasilan atau kegagalan %s serta "
			   "upaya yang telah dilakukan (narasi indikator).",
			   r->ind->kode));
	isi_narasi_opsional(d, &r->ind->narasi, k->tahun, "solusi");
}

static void analisis(struct lk *k)
{
	int umum, i;

	umum = isi_narasi_opsional(k->d, &k->in->narasi, k->tahun,
				   "analisis_capaian");
	for (i = 0; i < k->h.nind; i++)
		if (lk_kinerja(k->h.ind[i].node))
			analisis_indikator(k, &k->h.ind[i], umum);
}

static void tabel_efisiensi(struct lk *k)
{
	static const int w[] = { 2, 3, 14, 4, 4, 4, 3 };
	static const char *const head[] = { "No.", "Kode", "Sasaran / Program",
		"Capaian Kinerja (%)", "Serapan Anggaran (%)", "Selisih",
		"Efisien" };
	struct doc_table *t;
	char buf[NUM_BUFSZ];
	int i;

	if (!k->h.nefisiensi) {
		doc_text(k->d, ST_NOTE, "Efisiensi tidak dapat dihitung: tidak ada "
			 "sasaran atau program yang memiliki capaian dan serapan "
			 "anggaran sekaligus.");
		return;
	}
	doc_textf(k->d, ST_NORMAL, "Efisiensi membandingkan capaian kinerja "
		  "dengan serapan anggaran: efisien bila capaian \xE2\x88\x92 "
		  "serapan > %s.", pct_id(k->h.ambang, k->h.desimal, buf));
	t = lk_table(k, "Efisiensi Penggunaan Anggaran", "Efisiensi", 7, w, head);
	if (!t)
		return;
	for (i = 0; i < k->h.nefisiensi; i++) {
		const struct hasil_efisiensi *f = &k->h.efisiensi[i];

		tab_row(t);
		tab_textf(t, DOC_CENTER, "%d.", i + 1);
		tab_text(t, f->kode, DOC_CENTER);
		tab_text(t, f->node ? f->node->uraian : k->in->nama, 0);
		tab_pct(t, f->capaian, k->h.desimal, 0);
		tab_pct(t, f->serapan, k->h.desimal, 0);
		tab_pct(t, pct_round(f->capaian, k->h.desimal) -
			   pct_round(f->serapan, k->h.desimal), k->h.desimal, 0);
		tab_text(t, f->efisien ? "Ya" : "Tidak", DOC_CENTER);
	}
}

struct prog_ctx {
	struct lk *k;
	struct doc_table *t;
	int no;
};

static int row_program(const struct node *n, const struct node *parent,
		       void *vctx)
{
	struct prog_ctx *c = vctx;
	unsigned fl = n->tingkat == TK_PROGRAM ? DOC_BOLD : DOC_INDENT1;
	int i;

	(void)parent;
	if (n->tingkat != TK_PROGRAM && n->tingkat != TK_KEGIATAN)
		return 0;
	for (i = 0; i < n->nindikator || (i == 0 && !n->nindikator); i++) {
		const struct hasil_indikator *r = n->nindikator ?
			hasil_ind(&c->k->h, &n->indikator[i]) : NULL;

		tab_row(c->t);
		if (i == 0) {
			tab_text(c->t, n->kode, 0);
			tab_text(c->t, n->uraian, fl);
		} else {
			tab_vcont(c->t);
			tab_vcont(c->t);
		}
		if (!r) {
			tab_text(c->t, "-", DOC_CENTER);
			tab_fill(c->t);
			continue;
		}
		tab_text(c->t, r->ind->uraian, 0);
		isi_tab_nilai(c->t, r->target, 0);
		tab_realisasi(c->k, c->t, r);
		isi_tab_capaian(c->t, &r->cap, c->k->h.desimal);
		tab_text(c->t, r->predikat ? r->predikat : "-", DOC_CENTER);
		c->no++;
	}
	return 0;
}

static void tabel_program(struct lk *k)
{
	static const int w[] = { 3, 14, 14, 4, 4, 5, 4 };
	static const char *const head[] = { "Kode", "Program / Kegiatan",
		"Indikator", "Target", "Realisasi", "Capaian (%)", "Predikat" };
	struct prog_ctx c;

	memset(&c, 0, sizeof c);
	c.k = k;
	c.t = lk_table(k, doc_strf(k->d, "Capaian Kinerja "
		"Program dan Kegiatan Tahun %d", k->tahun), "Program Kegiatan",
		7, w, head);
	if (!c.t)
		return;
	instansi_walk(k->in, row_program, &c);
}

/* ---- 3.2 budget ------------------------------------------------------ */

struct agr_ctx {
	struct lk *k;
	struct doc_table *t;
};

static void agr_figures(struct lk *k, struct doc_table *t,
			const struct hasil_anggaran *a)
{
	if (a && a->j.pagu_ok)
		tab_money(t, a->j.pagu, 0);
	else
		tab_text(t, "tidak diketahui", DOC_ITALIC | DOC_CENTER);
	if (a && a->j.realisasi_ok)
		tab_money(t, a->j.realisasi, 0);
	else
		tab_text(t, "tidak diketahui", DOC_ITALIC | DOC_CENTER);
	if (a && a->serapan_ok)
		tab_pct(t, a->serapan, k->h.desimal, 0);
	else
		tab_text(t, "-", DOC_CENTER);
}

static void agr_rincian(struct lk *k, struct doc_table *t,
			const struct anggaran *a)
{
	int i;

	for (i = 0; a && i < a->nrincian; i++) {
		const struct rincian *r = &a->rincian[i];
		const struct uang *pg = r->pagu_perubahan.ok ? &r->pagu_perubahan :
					&r->pagu;
		pct_t s;

		tab_row(t);
		tab_text(t, "", 0);
		tab_text(t, r->uraian, DOC_INDENT3 | DOC_ITALIC);
		isi_tab_uang(t, pg->ok, pg->rp, DOC_ITALIC);
		isi_tab_uang(t, r->realisasi.ok, r->realisasi.rp, DOC_ITALIC);
		if (pg->ok && r->realisasi.ok &&
		    money_serapan(r->realisasi.rp, pg->rp, &s) == 0)
			tab_pct(t, s, k->h.desimal, DOC_ITALIC);
		else
			tab_text(t, "-", DOC_CENTER);
	}
}

static int row_anggaran(const struct node *n, const struct node *parent,
			void *vctx)
{
	struct agr_ctx *c = vctx;
	const struct hasil_anggaran *a;
	static const unsigned aFl[] = { 0, 0, DOC_BOLD, DOC_INDENT1, DOC_INDENT2 };

	(void)parent;
	if (n->tingkat == TK_SASARAN) {
		if ((a = isi_hasil_anggaran(&c->k->h, n))) {
			tab_row(c->t);
			tab_span(c->t, doc_strf(c->k->d, "Sasaran %s: %s", n->kode,
						n->uraian), 2, DOC_ITALIC);
			agr_figures(c->k, c->t, a);
		}
		return 0;
	}
	if (n->tingkat < TK_PROGRAM || !(a = isi_hasil_anggaran(&c->k->h, n)))
		return 0;
	tab_row(c->t);
	tab_text(c->t, n->kode, aFl[n->tingkat] & DOC_BOLD);
	tab_text(c->t, n->uraian, aFl[n->tingkat]);
	agr_figures(c->k, c->t, a);
	agr_rincian(c->k, c->t, node_anggaran(n, c->k->tahun));
	return 0;
}

static void anggaran(struct lk *k)
{
	static const int w[] = { 3, 15, 5, 5, 3 };
	static const char *const head[] = { "Kode", "Program / Kegiatan / Sub "
		"Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "Serapan (%)" };
	const struct hasil_anggaran *a = isi_hasil_anggaran(&k->h, NULL);
	struct agr_ctx c;
	char b1[NUM_BUFSZ], b2[NUM_BUFSZ], w1[TERBILANG_BUFSZ];

	c.k = k;
	c.t = lk_table(k, doc_strf(k->d, "Realisasi Anggaran "
		"Tahun %d per Program, Kegiatan dan Sub Kegiatan", k->tahun),
		"Realisasi Anggaran", 5, w, head);
	if (!c.t)
		return;
	instansi_walk(k->in, row_anggaran, &c);
	tab_row_flags(c.t, DOC_TOTAL);
	tab_span(c.t, "JUMLAH", 2, DOC_CENTER);
	agr_figures(k, c.t, a);
	doc_text(k->d, ST_NOTE, "Pagu adalah pagu setelah perubahan bila ada. "
		 "Jumlah setiap baris dihitung dari rinciannya.");
	if (a && a->j.pagu_ok && terbilang(a->j.pagu, w1, sizeof w1) >= 0)
		doc_textf(k->d, ST_NORMAL, "Pagu anggaran tahun %d sebesar Rp %s "
			  "(%s rupiah).", k->tahun, money_format(a->j.pagu, b1), w1);
	if (a && a->j.realisasi_ok && a->serapan_ok &&
	    terbilang(a->j.realisasi, w1, sizeof w1) >= 0)
		doc_textf(k->d, ST_NORMAL, "Realisasi sampai dengan 31 Desember "
			  "%d sebesar Rp %s (%s rupiah) atau %s%%.", k->tahun,
			  money_format(a->j.realisasi, b1), w1,
			  pct_id(a->serapan, k->h.desimal, b2));
	else if (a && a->j.hilang)
		doc_textf(k->d, ST_NOTE, "Jumlah tidak lengkap: angka baris %s "
			  "tidak ada.", a->j.hilang->kode);
	isi_narasi_opsional(k->d, &k->in->narasi, k->tahun, "realisasi_anggaran");
}

void lk_bab3(struct lk *k)
{
	struct doc *d = k->d;
	const struct narasi_list *n = &k->in->narasi;

	lk_bab(k, 3, "BAB III AKUNTABILITAS KINERJA");
	doc_heading(d, 2, "3.1 Capaian Kinerja Organisasi");
	metode(k);
	doc_section(d, 1);
	doc_heading(d, 3, doc_strf(d, "3.1.1 Target dan Realisasi Kinerja Tahun %d",
				   k->tahun));
	tabel_capaian(k);
	doc_section(d, 0);
	grafik_capaian(k);
	tabel_sasaran(k);
	doc_section(d, 1);
	doc_heading(d, 3, "3.1.2 Perbandingan dengan Tahun Sebelumnya");
	tabel_banding(k);
	doc_section(d, 0);
	grafik_tren(k);
	doc_heading(d, 3, "3.1.3 Perbandingan dengan Target Akhir Renstra");
	tabel_akhir(k);
	doc_heading(d, 3, "3.1.4 Perbandingan dengan Standar Nasional/Provinsi");
	tabel_pembanding(k);
	doc_heading(d, 3, "3.1.5 Analisis Keberhasilan dan Kegagalan");
	analisis(k);
	doc_heading(d, 3, "3.1.6 Efisiensi Penggunaan Sumber Daya");
	tabel_efisiensi(k);
	isi_narasi(d, n, k->tahun, "efisiensi", "Uraikan langkah efisiensi "
		   "penggunaan sumber daya dan penjelasan atas selisih capaian "
		   "dan serapan.");
	doc_section(d, 1);
	doc_heading(d, 3, "3.1.7 Program dan Kegiatan Pendukung");
	tabel_program(k);
	isi_narasi(d, n, k->tahun, "program_pendukung", "Uraikan program dan "
		   "kegiatan yang menunjang keberhasilan atau kegagalan "
		   "pencapaian kinerja.");
	doc_section(d, 0);
	doc_heading(d, 2, "3.2 Realisasi Anggaran");
	anggaran(k);
}
