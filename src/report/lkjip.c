/* lkjip: the yearly performance report (Laporan Kinerja Instansi
 * Pemerintah, PermenPANRB 53/2014; sakip-domain.md §6): cover, Kata
 * Pengantar, Ikhtisar Eksekutif, contents, BAB I-IV and the PK as annex.
 * BAB III (the measured performance) is in lkjip_bab3.c. */
#include "lkjip.h"
#include "../core/tanggal.h"
#include "../core/money.h"

#include <jansson.h>
#include <stdio.h>
#include <string.h>

/* Front matter (bab 0) numbers its tables i, ii, …: there is no BAB 0. */
const char *lk_tabel(struct lk *k, const char *judul)
{
	static const char *const aRomawi[] = { "i", "ii", "iii", "iv", "v" };

	if (k->bab == 0 && k->ntabel < 5)
		return doc_strf(k->d, "Tabel %s %s", aRomawi[k->ntabel++], judul);
	return doc_strf(k->d, "Tabel %d.%d %s", k->bab, ++k->ntabel, judul);
}

struct doc_table *lk_table(struct lk *k, const char *judul,
			   const char *sheet, int ncol, const int *w,
			   const char *const *head)
{
	struct doc_table *t = doc_table(k->d, lk_tabel(k, judul), sheet, ncol, w);

	if (head)
		tab_header(t, head, 0);
	return t;
}

const char *lk_gambar(struct lk *k, const char *judul)
{
	return doc_strf(k->d, "Gambar %d.%d %s", k->bab, ++k->ngambar, judul);
}

const struct hasil *lk_hasil(const struct lk *k, int tahun)
{
	int i;

	if (tahun == k->tahun)
		return &k->h;
	for (i = 0; i < k->ntahun; i++)
		if (k->tahun_ke[i] == tahun)
			return &k->hh[i];
	return NULL;
}

int lk_kinerja(const struct node *n)
{
	return n->tingkat == TK_TUJUAN || n->tingkat == TK_SASARAN;
}

const char *lk_predikat(const struct lk *k, pct_t p)
{
	return skala_label(&k->h.predikat, pct_to_num(pct_round(p, k->h.desimal)));
}

void lk_bab(struct lk *k, int no, const char *judul)
{
	k->bab = no;
	k->ntabel = k->ngambar = 0;
	doc_heading(k->d, 1, judul);
}

static void sampul(struct lk *k)
{
	struct doc *d = k->d;
	int terbit = k->tahun + 1;

	if (k->hari_ini && strlen(k->hari_ini) >= 4)
		sscanf(k->hari_ini, "%4d", &terbit);
	doc_text(d, ST_TITLE, "LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP)");
	doc_textf(d, ST_TITLE, "TAHUN %d", k->tahun);
	doc_text(d, ST_CENTER, "\n\n\n\n");
	doc_text(d, ST_SUBTITLE, isi_upper(d, k->in->nama));
	if (k->p->pemda_nama && k->p->pemda_nama[0])
		doc_text(d, ST_SUBTITLE, isi_upper(d, doc_strf(d, "Pemerintah %s",
							       k->p->pemda_nama)));
	doc_textf(d, ST_SUBTITLE, "TAHUN %d", terbit);
}

/* Place (from the PK) and the report's date, then the head's signature. */
static void ttd_pimpinan(struct lk *k)
{
	const struct pk *pk = instansi_pk(k->in, k->tahun);
	char where[32];

	snprintf(where, sizeof where, "pk.%d", k->tahun);
	isi_tempat_tanggal(k->d, pk ? pk->ttd.tempat : NULL, k->hari_ini, where);
	isi_tanda_tangan(k->d, "", &k->in->pimpinan, NULL, NULL);
}

struct hitungan {
	int node[5];       /* per tingkat */
	int ind_kinerja, iku;
};

static int count(const struct node *n, const struct node *parent, void *v)
{
	struct hitungan *c = v;
	int i;

	(void)parent;
	c->node[n->tingkat]++;
	for (i = 0; i < n->nindikator; i++) {
		if (lk_kinerja(n))
			c->ind_kinerja++;
		c->iku += n->indikator[i].iku;
	}
	return 0;
}

static void ringkasan_baris(struct doc_table *t, const char *uraian)
{
	tab_row(t);
	tab_text(t, uraian, 0);
}

static void ringkasan_angka(struct lk *k, const struct hitungan *c,
			    const struct hasil_sasaran *s,
			    const struct hasil_anggaran *a, int ok, int efisien)
{
	static const int w[] = { 14, 6 };
	static const char *const head[] = { "Uraian", "Nilai" };
	struct doc_table *t;

	t = lk_table(k, "Ringkasan Kinerja dan Anggaran", "Ringkasan", 2, w,
		     head);
	if (!t)
		return;
	ringkasan_baris(t, "Jumlah tujuan"), tab_int(t, c->node[TK_TUJUAN], 0);
	ringkasan_baris(t, "Jumlah sasaran"), tab_int(t, c->node[TK_SASARAN], 0);
	ringkasan_baris(t, "Indikator kinerja tujuan dan sasaran");
	tab_int(t, c->ind_kinerja, 0);
	ringkasan_baris(t, "\xE2\x80\x94 dengan capaian"), tab_int(t, ok, 0);
	ringkasan_baris(t, "\xE2\x80\x94 tanpa capaian");
	tab_int(t, c->ind_kinerja - ok, 0);
	ringkasan_baris(t, "Indikator Kinerja Utama (IKU)"), tab_int(t, c->iku, 0);
	ringkasan_baris(t, "Rata-rata capaian sasaran (%)");
	if (s && s->ok) {
		tab_pct(t, s->capaian, k->h.desimal, DOC_BOLD);
		ringkasan_baris(t, "Predikat rata-rata capaian");
		tab_text(t, lk_predikat(k, s->capaian), DOC_RIGHT);
	} else {
		tab_text(t, "tidak terhitung", DOC_RIGHT | DOC_ITALIC);
	}
	ringkasan_baris(t, "Jumlah program"), tab_int(t, c->node[TK_PROGRAM], 0);
	ringkasan_baris(t, "Jumlah kegiatan"), tab_int(t, c->node[TK_KEGIATAN], 0);
	ringkasan_baris(t, "Jumlah sub kegiatan");
	tab_int(t, c->node[TK_SUBKEGIATAN], 0);
	if (a && a->j.pagu_ok)
		ringkasan_baris(t, "Pagu anggaran (Rp)"), tab_money(t, a->j.pagu, 0);
	if (a && a->j.realisasi_ok) {
		ringkasan_baris(t, "Realisasi anggaran (Rp)");
		tab_money(t, a->j.realisasi, 0);
	}
	if (a && a->serapan_ok) {
		ringkasan_baris(t, "Serapan anggaran (%)");
		tab_pct(t, a->serapan, k->h.desimal, DOC_BOLD);
	}
	ringkasan_baris(t, "Sasaran dan program yang efisien");
	tab_textf(t, DOC_RIGHT, "%d dari %d", efisien, k->h.nefisiensi);
}

static void ikhtisar(struct lk *k)
{
	struct doc *d = k->d;
	struct hitungan c;
	const struct hasil_sasaran *s = isi_hasil_sasaran(&k->h, NULL);
	const struct hasil_anggaran *a = isi_hasil_anggaran(&k->h, NULL);
	struct doc_para *p;
	char b1[NUM_BUFSZ], b2[NUM_BUFSZ], b3[NUM_BUFSZ];
	int i, ok = 0, efisien = 0;

	memset(&c, 0, sizeof c);
	instansi_walk(k->in, count, &c);
	for (i = 0; i < k->h.nind; i++)
		if (lk_kinerja(k->h.ind[i].node) && k->h.ind[i].cap.ok)
			ok++;
	for (i = 0; i < k->h.nefisiensi; i++)
		efisien += k->h.efisiensi[i].efisien;
	p = doc_para(d, ST_NORMAL);
	para_addf(d, p, 0, "Pada tahun %d %s mengukur %d indikator kinerja "
		  "tujuan dan sasaran; %d di antaranya memiliki capaian.",
		  k->tahun, k->in->nama, c.ind_kinerja, ok);
	if (s && s->ok)
		para_addf(d, p, 0, " Rata-rata capaian sasaran %s%% (predikat "
			  "%s).", pct_format(s->capaian, k->h.desimal, NUM_ID, b1),
			  lk_predikat(k, s->capaian));
	if (a && a->j.pagu_ok && a->j.realisasi_ok && a->serapan_ok)
		para_addf(d, p, 0, " Realisasi anggaran Rp %s dari pagu Rp %s "
			  "(serapan %s%%).", money_format(a->j.realisasi, b1),
			  money_format(a->j.pagu, b2),
			  pct_format(a->serapan, k->h.desimal, NUM_ID, b3));
	ringkasan_angka(k, &c, s, a, ok, efisien);
	doc_text(d, ST_NOTE, "Capaian sasaran adalah rata-rata capaian "
		 "indikatornya; rata-rata instansi adalah rata-rata capaian "
		 "sasaran. Indikator tanpa capaian tidak ikut dirata-ratakan.");
	isi_narasi(d, &k->in->narasi, k->tahun, "ikhtisar_eksekutif",
		   "Uraikan secara singkat capaian kinerja utama, kendala dan "
		   "langkah perbaikan (1-2 halaman).");
}

static void depan(struct lk *k)
{
	struct doc *d = k->d;

	sampul(k);
	k->bab = 0;
	doc_heading(d, 1, "KATA PENGANTAR");
	isi_narasi(d, &k->in->narasi, k->tahun, "kata_pengantar",
		   "Tuliskan kata pengantar dari pimpinan instansi.");
	ttd_pimpinan(k);
	doc_heading(d, 1, "IKHTISAR EKSEKUTIF");
	ikhtisar(k);
	doc_pagebreak(d);
	doc_text(d, ST_SUBTITLE, "DAFTAR ISI");
	doc_marker(d, DOC_TOC);
	doc_pagebreak(d);
	doc_text(d, ST_SUBTITLE, "DAFTAR TABEL");
	doc_marker(d, DOC_LIST_TABLES);
	doc_text(d, ST_SUBTITLE, "DAFTAR GAMBAR");
	doc_marker(d, DOC_LIST_FIGURES);
}

/* ---- BAB I ---------------------------------------------------------- */

static int64_t json_jumlah(json_t *v)
{
	if (json_is_integer(v))
		return (int64_t)json_integer_value(v);
	if (json_is_real(v))
		return (int64_t)json_real_value(v);
	if (json_is_string(v)) {
		long long n = 0;

		sscanf(json_string_value(v), "%lld", &n);
		return n;
	}
	return 0;
}

static void profil_pegawai(struct lk *k, json_t *grp)
{
	static const int w[] = { 12, 4 };
	const char *menurut = json_string_value(json_object_get(grp, "menurut"));
	json_t *rincian = json_object_get(grp, "rincian"), *r;
	struct doc_table *t;
	int64_t total = 0;
	size_t i;

	t = lk_table(k, doc_strf(k->d, "Jumlah Pegawai menurut %s",
				 menurut ? menurut : "rincian"),
		     doc_strf(k->d, "Pegawai %s", menurut ? menurut : ""), 2, w,
		     NULL);
	if (!t)
		return;
	tab_head(t);
	tab_text(t, menurut ? menurut : "Uraian", 0);
	tab_text(t, "Jumlah", 0);
	json_array_foreach(rincian, i, r) {
		const char *label = json_string_value(json_object_get(r, "label"));
		int64_t n = json_jumlah(json_object_get(r, "jumlah"));

		tab_row(t);
		tab_text(t, label ? label : "-", 0);
		tab_int(t, n, 0);
		total += n;
	}
	tab_row_flags(t, DOC_TOTAL);
	tab_text(t, "Jumlah", 0);
	tab_int(t, total, 0);
}

static void profil_sarana(struct lk *k, json_t *sarana)
{
	static const int w[] = { 2, 12, 3, 5 };
	static const char *const head[] = { "No.", "Uraian", "Jumlah",
		"Kondisi" };
	struct doc_table *t;
	json_t *r;
	size_t i;

	t = lk_table(k, "Sarana dan Prasarana", "Sarana", 4, w, head);
	if (!t)
		return;
	json_array_foreach(sarana, i, r) {
		const char *u = json_string_value(json_object_get(r, "uraian"));
		const char *kd = json_string_value(json_object_get(r, "kondisi"));

		tab_row(t);
		tab_textf(t, DOC_CENTER, "%zu.", i + 1);
		tab_text(t, u ? u : "-", 0);
		tab_int(t, json_jumlah(json_object_get(r, "jumlah")), 0);
		tab_text(t, kd ? kd : "-", DOC_CENTER);
	}
}

/* Staff and facilities of `profil` for the year; 0 when there are none. */
static int profil(struct lk *k)
{
	json_t *root, *y, *peg, *g;
	char key[8];
	size_t i;
	int any = 0;

	if (!k->in->profil_json)
		return 0;
	root = json_loads(k->in->profil_json, 0, NULL);
	snprintf(key, sizeof key, "%d", k->tahun);
	y = json_object_get(root, key);
	if (json_is_object(y)) {
		peg = json_object_get(y, "pegawai");
		json_array_foreach(peg, i, g) {
			profil_pegawai(k, g);
			any = 1;
		}
		if (json_array_size(json_object_get(y, "sarana"))) {
			profil_sarana(k, json_object_get(y, "sarana"));
			any = 1;
		}
	}
	json_decref(root);
	return any;
}

static void bab1(struct lk *k)
{
	struct doc *d = k->d;
	const struct narasi_list *n = &k->in->narasi;

	lk_bab(k, 1, "BAB I PENDAHULUAN");
	doc_heading(d, 2, "1.1 Latar Belakang");
	isi_narasi(d, n, k->tahun, "latar_belakang", "Uraikan dasar hukum dan "
		   "maksud penyusunan LKjIP.");
	doc_heading(d, 2, "1.2 Tugas dan Fungsi");
	isi_narasi(d, n, k->tahun, "tugas_fungsi", "Uraikan tugas pokok dan "
		   "fungsi instansi menurut peraturan pembentukannya.");
	doc_heading(d, 2, "1.3 Struktur Organisasi");
	isi_narasi(d, n, k->tahun, "struktur_organisasi", "Uraikan susunan "
		   "organisasi (dan sertakan bagan struktur organisasi).");
	doc_heading(d, 2, "1.4 Sumber Daya");
	if (profil(k))
		isi_narasi_opsional(d, n, k->tahun, "sumber_daya");
	else
		isi_narasi(d, n, k->tahun, "sumber_daya", "Uraikan pegawai "
			   "menurut golongan, pendidikan dan jabatan serta "
			   "sarana prasarana (atau isi profil pada data).");
	doc_heading(d, 2, "1.5 Isu Strategis");
	isi_narasi(d, n, k->tahun, "isu_strategis", "Uraikan isu strategis dan "
		   "permasalahan utama yang dihadapi instansi.");
	doc_heading(d, 2, "1.6 Sistematika Laporan");
	doc_text(d, ST_NORMAL, "Laporan ini disusun dengan sistematika: Bab I "
		 "Pendahuluan; Bab II Perencanaan Kinerja (Rencana Strategis, "
		 "Indikator Kinerja Utama, Perjanjian Kinerja); Bab III "
		 "Akuntabilitas Kinerja (capaian kinerja organisasi dan "
		 "realisasi anggaran); Bab IV Penutup; dan Lampiran.");
}

/* ---- BAB II --------------------------------------------------------- */

static void renstra_tahun(const struct lk *k, int *awal, int *akhir)
{
	*awal = k->in->renstra_awal ? k->in->renstra_awal : k->tahun;
	*akhir = k->in->renstra_akhir ? k->in->renstra_akhir : k->tahun;
	if (*akhir < *awal || *akhir - *awal > 9)
		*akhir = *awal;
}

struct renstra_ctx {
	struct lk *k;
	struct doc_table *t;
	int awal, akhir, no, iku_only;
};

static void node_cells(struct renstra_ctx *c, const struct node *n, int first)
{
	if (first && n->tingkat == TK_TUJUAN)
		tab_textf(c->t, DOC_CENTER, "%d.", ++c->no);
	else /* a tujuan's number spans its sasaran */
		tab_vcont(c->t);
	if (first)
		tab_textf(c->t, n->tingkat == TK_SASARAN ? DOC_INDENT1 : DOC_BOLD,
			  "%s %s", n->kode, n->uraian);
	else
		tab_vcont(c->t);
}

static int row_renstra(const struct node *n, const struct node *parent,
		       void *vctx)
{
	struct renstra_ctx *c = vctx;
	int i, y;

	(void)parent;
	if (!lk_kinerja(n))
		return 0;
	if (n->nindikator == 0) {
		tab_row(c->t);
		node_cells(c, n, 1);
		tab_fill(c->t);
		return 0;
	}
	for (i = 0; i < n->nindikator; i++) {
		const struct indikator *ind = &n->indikator[i];

		tab_row(c->t);
		node_cells(c, n, i == 0);
		tab_text(c->t, ind->uraian, 0);
		tab_text(c->t, ind->satuan ? ind->satuan : "-", DOC_CENTER);
		if (ind->baseline.raw)
			tab_textf(c->t, DOC_CENTER, ind->baseline_tahun ?
				  "%s (%d)" : "%s", isi_nilai(c->k->d, &ind->baseline),
				  ind->baseline_tahun);
		else
			tab_text(c->t, "-", DOC_CENTER);
		for (y = c->awal; y <= c->akhir; y++)
			isi_tab_nilai(c->t, tahunan_get(&ind->target, y), 0);
		isi_tab_nilai(c->t, ind->target_akhir.raw ? &ind->target_akhir :
			      NULL, DOC_BOLD);
	}
	return 0;
}

static void tabel_renstra(struct lk *k)
{
	struct renstra_ctx c;
	int w[24], ncol, i, y;
	struct doc_table *t;

	memset(&c, 0, sizeof c);
	c.k = k;
	renstra_tahun(k, &c.awal, &c.akhir);
	ncol = 6 + (c.akhir - c.awal + 1);
	w[0] = 2, w[1] = 14, w[2] = 16, w[3] = 3, w[4] = 3;
	for (i = 5; i < ncol; i++)
		w[i] = 3;
	t = c.t = lk_table(k, doc_strf(k->d, "Rencana Strategis "
		"%d-%d: Tujuan, Sasaran, Indikator dan Target", c.awal, c.akhir),
		"Renstra", ncol, w, NULL);
	if (!t)
		return;
	tab_head(t);
	tab_text(t, "No.", 0);
	tab_text(t, "Tujuan / Sasaran", 0);
	tab_text(t, "Indikator", 0);
	tab_text(t, "Satuan", 0);
	tab_text(t, "Kondisi Awal", 0);
	tab_span(t, "Target", c.akhir - c.awal + 1, 0);
	tab_text(t, "Target Akhir", 0);
	tab_head(t);
	for (i = 0; i < 5; i++)
		tab_vcont(t);
	for (y = c.awal; y <= c.akhir; y++)
		tab_textf(t, 0, "%d", y);
	tab_vcont(t);
	instansi_walk(k->in, row_renstra, &c);
}

static int row_iku(const struct node *n, const struct node *parent, void *v)
{
	struct renstra_ctx *c = v;
	int i;

	(void)parent;
	for (i = 0; i < n->nindikator; i++) {
		const struct indikator *ind = &n->indikator[i];

		if (!ind->iku)
			continue;
		tab_row(c->t);
		tab_textf(c->t, DOC_CENTER, "%d.", ++c->no);
		tab_textf(c->t, 0, "%s %s", n->kode, n->uraian);
		tab_text(c->t, ind->uraian, 0);
		tab_text(c->t, ind->satuan ? ind->satuan : "-", DOC_CENTER);
		tab_text(c->t, ind->formula ? ind->formula : "-", 0);
		tab_text(c->t, ind->sumber_data ? ind->sumber_data : "-", 0);
	}
	return 0;
}

static void tabel_iku(struct lk *k)
{
	static const int w[] = { 2, 9, 10, 3, 12, 6 };
	static const char *const head[] = { "No.", "Tujuan / Sasaran",
		"Indikator", "Satuan", "Formula", "Sumber Data" };
	struct renstra_ctx c;

	memset(&c, 0, sizeof c);
	c.k = k;
	c.t = lk_table(k, "Indikator Kinerja Utama (IKU)", "IKU", 6, w, head);
	if (!c.t)
		return;
	instansi_walk(k->in, row_iku, &c);
	if (!c.no) {
		tab_row(c.t);
		tab_span(c.t, "Tidak ada indikator yang ditandai IKU (iku: true).",
			 6, DOC_ITALIC);
	}
}

struct anggaran_ctx {
	struct lk *k;
	struct doc_table *t;
	int no, pk_ok, pk_lebih;
	int64_t pk_total;
};

static int row_anggaran_pk(const struct node *n, const struct node *parent,
			   void *vctx)
{
	struct anggaran_ctx *c = vctx;
	const struct anggaran *a;
	struct jumlah j;

	(void)parent;
	if (n->tingkat != TK_PROGRAM)
		return 0;
	a = node_anggaran(n, c->k->tahun);
	hitung_jumlah(n, c->k->tahun, &j);
	tab_row(c->t);
	tab_textf(c->t, DOC_CENTER, "%d.", ++c->no);
	tab_text(c->t, n->uraian, 0);
	isi_tab_uang(c->t, a && a->pagu_pk.ok, a ? a->pagu_pk.rp : 0, 0);
	if (a && a->pagu_pk.ok) {
		if (money_add(&c->pk_total, a->pagu_pk.rp))
			c->pk_lebih = 1;
		c->pk_ok++;
	}
	isi_tab_uang(c->t, j.murni_ok, j.pagu_murni, 0);
	isi_tab_uang(c->t, j.pagu_ok, j.pagu, 0);
	return 0;
}

static void tabel_anggaran_pk(struct lk *k)
{
	static const int w[] = { 2, 14, 6, 6, 6 };
	static const char *const head[] = { "No.", "Program",
		"Anggaran PK (Rp)", "Pagu DPA (Rp)", "Pagu Setelah Perubahan (Rp)" };
	const struct hasil_anggaran *a = isi_hasil_anggaran(&k->h, NULL);
	struct anggaran_ctx c;
	char rp[NUM_BUFSZ], words[TERBILANG_BUFSZ];

	memset(&c, 0, sizeof c);
	c.k = k;
	c.t = lk_table(k, doc_strf(k->d, "Anggaran Program "
		"dalam Perjanjian Kinerja Tahun %d", k->tahun), "Anggaran PK",
		5, w, head);
	if (!c.t)
		return;
	instansi_walk(k->in, row_anggaran_pk, &c);
	tab_row_flags(c.t, DOC_TOTAL);
	tab_span(c.t, "JUMLAH", 2, DOC_CENTER);
	isi_tab_uang(c.t, c.pk_ok == c.no && c.no && !c.pk_lebih, c.pk_total, 0);
	isi_tab_uang(c.t, a && a->j.murni_ok, a ? a->j.pagu_murni : 0, 0);
	isi_tab_uang(c.t, a && a->j.pagu_ok, a ? a->j.pagu : 0, 0);
	if (c.pk_ok && c.pk_ok == c.no && !c.pk_lebih &&
	    terbilang(c.pk_total, words, sizeof words) >= 0)
		doc_textf(k->d, ST_NORMAL, "Jumlah anggaran dalam Perjanjian "
			  "Kinerja Tahun %d: Rp %s (%s rupiah).", k->tahun,
			  money_format(c.pk_total, rp), words);
	else if (c.no)
		doc_textf(k->d, ST_NOTE, "%d dari %d program tidak mencantumkan "
			  "anggaran PK (pagu_pk).", c.no - c.pk_ok, c.no);
}

static void bab2(struct lk *k)
{
	struct doc *d = k->d;
	const struct pk *pk = instansi_pk(k->in, k->tahun);
	int awal, akhir;
	char tgl[64];

	doc_section(d, 1); /* the Renstra matrix is wide: BAB II starts landscape */
	lk_bab(k, 2, "BAB II PERENCANAAN KINERJA");
	renstra_tahun(k, &awal, &akhir);
	doc_heading(d, 2, "2.1 Rencana Strategis");
	if (!isi_narasi_opsional(d, &k->in->narasi, k->tahun, "rencana_strategis"))
		doc_textf(d, ST_NORMAL, "Rencana Strategis %s periode %d-%d%s%s "
			  "memuat tujuan, sasaran, indikator dan target tahunan "
			  "berikut.", k->in->nama, awal, akhir,
			  k->in->renstra_acuan ? " mengacu pada " : "",
			  k->in->renstra_acuan ? k->in->renstra_acuan : "");
	tabel_renstra(k);
	doc_section(d, 0);
	doc_heading(d, 2, "2.2 Indikator Kinerja Utama");
	isi_narasi_opsional(d, &k->in->narasi, k->tahun, "iku");
	tabel_iku(k);
	doc_heading(d, 2, doc_strf(d, "2.3 Perjanjian Kinerja Tahun %d", k->tahun));
	if (!isi_narasi_opsional(d, &k->in->narasi, k->tahun, "perjanjian_kinerja")) {
		if (pk && tanggal_id(pk->ttd.tanggal, tgl, sizeof tgl))
			doc_textf(d, ST_NORMAL, "Perjanjian Kinerja Tahun %d "
				  "ditandatangani di %s pada %s. Target dan "
				  "anggarannya adalah sebagai berikut.", k->tahun,
				  pk->ttd.tempat ? pk->ttd.tempat : "-", tgl);
		else
			doc_textf(d, ST_NORMAL, "Target dan anggaran Perjanjian "
				  "Kinerja Tahun %d adalah sebagai berikut.",
				  k->tahun);
	}
	pk_tabel_sasaran(d, k->in, k->tahun, 0, lk_tabel(k, doc_strf(d,
		"Perjanjian Kinerja Tahun %d: Sasaran, Indikator dan Target",
		k->tahun)), "PK Target");
	tabel_anggaran_pk(k);
}

/* ---- BAB IV and annex ------------------------------------------------ */

static void bab4(struct lk *k)
{
	struct doc *d = k->d;
	const struct hasil_sasaran *s = isi_hasil_sasaran(&k->h, NULL);
	const struct hasil_anggaran *a = isi_hasil_anggaran(&k->h, NULL);
	char b1[NUM_BUFSZ], b2[NUM_BUFSZ];

	lk_bab(k, 4, "BAB IV PENUTUP");
	doc_heading(d, 2, "4.1 Kesimpulan");
	if (s && s->ok && a && a->serapan_ok)
		doc_textf(d, ST_NORMAL, "Rata-rata capaian sasaran tahun %d "
			  "adalah %s%% dengan serapan anggaran %s%%.", k->tahun,
			  pct_format(s->capaian, k->h.desimal, NUM_ID, b1),
			  pct_format(a->serapan, k->h.desimal, NUM_ID, b2));
	isi_narasi(d, &k->in->narasi, k->tahun, "penutup", "Tuliskan kesimpulan "
		   "umum capaian kinerja organisasi.");
	doc_heading(d, 2, "4.2 Langkah ke Depan");
	isi_narasi(d, &k->in->narasi, k->tahun, "saran", "Tuliskan strategi dan "
		   "langkah untuk meningkatkan kinerja di masa datang.");
	ttd_pimpinan(k);
}

static int lampiran(struct lk *k, struct sk_err *e)
{
	struct doc *d = k->d;
	const struct pk *pk = instansi_pk(k->in, k->tahun);
	int rc;

	lk_bab(k, 5, "LAMPIRAN");
	doc_heading(d, 2, doc_strf(d, "Lampiran 1 Perjanjian Kinerja Tahun %d",
				   k->tahun));
	if ((rc = pk_tulis(d, k->p, k->in, k->tahun, 0, e)))
		return rc;
	if (pk && pk->has_perubahan) {
		doc_heading(d, 2, doc_strf(d, "Lampiran 2 Perjanjian Kinerja "
					   "Perubahan Tahun %d", k->tahun));
		rc = pk_tulis(d, k->p, k->in, k->tahun, 1, e);
	}
	return rc;
}

/* Years before the report's (with a realisation) and the Renstra's, for
 * comparisons and trends. */
static int tahun_data(const struct node *n, const struct node *parent,
		      void *vctx)
{
	int *min = vctx, i;

	(void)parent;
	for (i = 0; i < n->nindikator; i++) {
		const struct tahunan *r = &n->indikator[i].realisasi;

		if (r->n && r->a[0].tahun < *min)
			*min = r->a[0].tahun;
	}
	return 0;
}

static int hitung_tahun(struct lk *k, struct sk_err *e)
{
	int awal, akhir, y, rc;

	awal = k->in->renstra_awal ? k->in->renstra_awal : k->tahun;
	akhir = k->in->renstra_akhir > k->tahun ? k->in->renstra_akhir : k->tahun;
	instansi_walk(k->in, tahun_data, &awal);
	if (awal < k->tahun - 5)
		awal = k->tahun - 5;
	for (y = awal; y <= akhir && k->ntahun < LK_MAX_TAHUN; y++) {
		if (y == k->tahun)
			continue;
		rc = hitung_pkg(k->p, y, k->in->kode, &k->hh[k->ntahun], e);
		if (rc) {
			hasil_free(&k->hh[k->ntahun]);
			return rc;
		}
		k->tahun_ke[k->ntahun++] = y;
	}
	return 0;
}

int laporan_lkjip(const struct pkg *p, const struct laporan_opsi *o,
		  struct doc *d, struct sk_err *e)
{
	struct lk *k = arena_alloc(&d->arena, sizeof *k);
	const struct instansi *in = isi_instansi(p, o->instansi, e);
	int rc, i;

	if (!in)
		return e->code;
	if (!k)
		return sk_errf(e, SK_ENOMEM, "out of memory");
	k->d = d;
	k->p = p;
	k->in = in;
	k->tahun = o->tahun;
	k->hari_ini = o->hari_ini;
	d->title = doc_strf(d, "Laporan Kinerja Instansi Pemerintah %s Tahun %d",
			    in->nama, o->tahun);
	d->subject = doc_str(d, "LKjIP");
	d->author = doc_str(d, in->nama);
	d->created = doc_str(d, o->hari_ini);
	d->footer = doc_strf(d, "LKjIP %s Tahun %d", in->nama, o->tahun);
	rc = hitung_pkg(p, o->tahun, in->kode, &k->h, e);
	if (!rc)
		rc = hitung_tahun(k, e);
	if (!rc) {
		depan(k);
		bab1(k);
		bab2(k);
		lk_bab3(k);
		bab4(k);
		rc = lampiran(k, e);
	}
	hasil_free(&k->h);
	for (i = 0; i < k->ntahun; i++)
		hasil_free(&k->hh[i]);
	if (!rc && doc_failed(d))
		rc = sk_errf(e, SK_ENOMEM, "out of memory building the LKjIP");
	return rc;
}
