/* lke_saran: suggested answers from the data (lke_saran.h). */
#include "lke_saran.h"
#include "../util/sbuf.h"

#include <string.h>

#define KURANG_MAX 5 /* codes named in "belum: …" */

/* k of n indicators (or lines) pass a test; the first failing codes. */
struct stat {
	int n, ok;
	struct sbuf kurang;
	int nkurang;
};

struct kumpul {
	int tahun;
	int ntujuan, nsasaran;
	struct stat formula, berkala, ungkap, target, menengah, lalu, banding,
		analisis, efisiensi;
	int nkinerja;    /* indicators of tujuan and sasaran */
	int nrealisasi;  /* indicators (any level) with a realisation */
	int ntarget_pk;  /* indicators with a PK target */
	int npagu;       /* budget lines with a pagu */
};

static void stat_add(struct stat *s, int ok, const char *kode)
{
	s->n++;
	if (ok) {
		s->ok++;
		return;
	}
	if (s->nkurang < KURANG_MAX)
		sbuf_addf(&s->kurang, "%s%s", s->nkurang ? ", " : "",
			  kode ? kode : "?");
	s->nkurang++;
}

/* "; belum: A, B, C, D, E dan 3 lainnya" when some fall short. */
static void add_kurang(struct sbuf *b, const struct stat *s)
{
	if (!s->nkurang)
		return;
	sbuf_addf(b, "; belum: %s", s->kurang.z);
	if (s->nkurang > KURANG_MAX)
		sbuf_addf(b, " dan %d lainnya", s->nkurang - KURANG_MAX);
}

static int periode_lengkap(const struct periode *p)
{
	int i;

	if (!p || p->n <= 0)
		return 0;
	for (i = 0; i < p->n; i++)
		if (!p->a[i].raw)
			return 0;
	return 1;
}

static int ada_realisasi(const struct indikator *ind, int tahun)
{
	const struct periode *p = indikator_periode(ind, tahun);
	int i;

	if (tahunan_get(&ind->realisasi, tahun))
		return 1;
	for (i = 0; p && i < p->n; i++)
		if (p->a[i].raw)
			return 1;
	return 0;
}

static int ada_target(const struct indikator *ind, int tahun)
{
	return tahunan_get(&ind->target, tahun) ||
	       tahunan_get(&ind->target_pk, tahun) ||
	       tahunan_get(&ind->target_pk_perubahan, tahun);
}

static int ada_pembanding(const struct indikator *ind, int tahun)
{
	int i;

	for (i = 0; i < ind->npembanding; i++)
		if (tahunan_get(&ind->pembanding[i].nilai, tahun))
			return 1;
	return 0;
}

static void kinerja(struct kumpul *k, const struct indikator *ind)
{
	int y = k->tahun, r = ada_realisasi(ind, y);

	k->nkinerja++;
	stat_add(&k->formula, ind->formula && ind->formula[0] &&
		 ind->sumber_data && ind->sumber_data[0], ind->kode);
	if (ada_target(ind, y)) {
		stat_add(&k->berkala, periode_lengkap(indikator_periode(ind, y)),
			 ind->kode);
		stat_add(&k->ungkap, r, ind->kode);
	}
	stat_add(&k->target, r && ada_target(ind, y), ind->kode);
	stat_add(&k->menengah, r && ind->target_akhir.raw, ind->kode);
	stat_add(&k->lalu, r && (tahunan_get(&ind->realisasi, y - 1) ||
				 ind->baseline.raw), ind->kode);
	stat_add(&k->banding, r && ada_pembanding(ind, y), ind->kode);
	stat_add(&k->analisis, narasi_get(&ind->narasi, y, "analisis") != NULL,
		 ind->kode);
}

static int visit(const struct node *n, const struct node *parent, void *ctx)
{
	struct kumpul *k = ctx;
	const struct anggaran *ag = node_anggaran(n, k->tahun);
	int i;

	(void)parent;
	if (n->tingkat == TK_TUJUAN)
		k->ntujuan++;
	if (n->tingkat == TK_SASARAN)
		k->nsasaran++;
	for (i = 0; i < n->nindikator; i++) {
		const struct indikator *ind = &n->indikator[i];
		if (n->tingkat == TK_TUJUAN || n->tingkat == TK_SASARAN)
			kinerja(k, ind);
		if (ada_realisasi(ind, k->tahun))
			k->nrealisasi++;
		if (tahunan_get(&ind->target_pk, k->tahun))
			k->ntarget_pk++;
	}
	if (ag && (ag->pagu.ok || ag->pagu_perubahan.ok))
		k->npagu++;
	if (n->tingkat == TK_PROGRAM)
		stat_add(&k->efisiensi, ag && (ag->pagu.ok ||
			 ag->pagu_perubahan.ok) && ag->realisasi.ok, n->kode);
	return 0;
}

int lke_saran_pita(int k, int n)
{
	long p = 100L * k;

	if (p > 90L * n)
		return LKE_A;
	if (p > 75L * n)
		return LKE_B;
	if (p > 40L * n)
		return LKE_C;
	if (p > 10L * n)
		return LKE_D;
	return LKE_E;
}

/* ---- the list ---------------------------------------------------------------- */

struct daftar {
	const struct lke_template *t;
	struct arena *a;
	struct lke_saran *v;
	int n, cap;
	struct sbuf b;
};

/* Adds kode → nilai with the evidence in d->b, when t has kode and the
 * answer fits its type. */
static void tambah(struct daftar *d, const char *kode, int nilai)
{
	const struct lke_kriteria *k = lke_kriteria_find(d->t, kode, NULL);
	int yt = nilai == LKE_Y || nilai == LKE_T;

	if (k && d->n < d->cap && (k->jenis == LKE_YT) == yt) {
		d->v[d->n].kode = k->kode;
		d->v[d->n].nilai = nilai;
		d->v[d->n].bukti = arena_strdup(d->a, d->b.z);
		d->n++;
	}
	sbuf_reset(&d->b);
}

/* A share of indicators as A … E, naming the ones that fall short. */
static void tambah_pangsa(struct daftar *d, const char *kode,
			  const struct stat *s, const char *apa)
{
	if (s->n == 0)
		return;
	sbuf_addf(&d->b, "%d dari %d indikator kinerja %s", s->ok, s->n, apa);
	add_kurang(&d->b, s);
	sbuf_addc(&d->b, '.');
	tambah(d, kode, lke_saran_pita(s->ok, s->n));
}

static void saran_dokumen(struct daftar *d, const struct instansi *in,
			  const struct kumpul *k)
{
	const struct pk *pk = instansi_pk(in, k->tahun);
	int y = k->tahun;

	if (in->renstra_awal && in->renstra_awal <= y && y <= in->renstra_akhir
	    && k->ntujuan) {
		sbuf_addf(&d->b, "Renstra %d-%d", in->renstra_awal,
			  in->renstra_akhir);
		if (in->renstra_acuan)
			sbuf_addf(&d->b, " (acuan: %s)", in->renstra_acuan);
		sbuf_addf(&d->b, " memuat %d tujuan, %d sasaran dan %d "
			  "indikator kinerja.", k->ntujuan, k->nsasaran,
			  k->nkinerja);
		tambah(d, "1.a.3", LKE_Y);
	} else {
		sbuf_addf(&d->b, "Tidak ada Renstra yang mencakup tahun %d.", y);
		tambah(d, "1.a.3", LKE_T);
	}
	if (pk) {
		sbuf_addf(&d->b, "PK %d ditandatangani", y);
		if (pk->ttd.tempat)
			sbuf_addf(&d->b, " di %s", pk->ttd.tempat);
		if (pk->ttd.tanggal)
			sbuf_addf(&d->b, " tanggal %s", pk->ttd.tanggal);
		sbuf_addf(&d->b, "; %d indikator bertarget PK %d.",
			  k->ntarget_pk, y);
		tambah(d, "1.a.4", LKE_Y);
	} else {
		sbuf_addf(&d->b, "Tidak ada PK tahun %d.", y);
		tambah(d, "1.a.4", LKE_T);
	}
	if (k->npagu) {
		sbuf_addf(&d->b, "Pagu %d tercatat pada %d baris anggaran "
			  "(program, kegiatan, sub-kegiatan).", y, k->npagu);
		tambah(d, "1.a.6", LKE_Y);
	} else {
		sbuf_addf(&d->b, "Tidak ada pagu tahun %d.", y);
		tambah(d, "1.a.6", LKE_T);
	}
}

static void saran_ukur(struct daftar *d, const struct kumpul *k)
{
	const struct stat *s = &k->formula;

	if (s->n) {
		sbuf_addf(&d->b, "%d dari %d indikator kinerja punya formula "
			  "dan sumber data", s->ok, s->n);
		add_kurang(&d->b, s);
		sbuf_addc(&d->b, '.');
		tambah(d, "2.a.2", s->ok == s->n ? LKE_Y : LKE_T);
	}
	s = &k->berkala;
	if (s->n) {
		sbuf_addf(&d->b, "%d dari %d indikator kinerja bertarget %d "
			  "punya realisasi setiap periode (bulan/triwulan)",
			  s->ok, s->n, k->tahun);
		add_kurang(&d->b, s);
		sbuf_addc(&d->b, '.');
		tambah(d, "2.b.4", s->ok == s->n ? LKE_Y : LKE_T);
	}
	if (k->nrealisasi) {
		sbuf_addf(&d->b, "Realisasi %d dari %d indikator dikumpulkan "
			  "dalam aplikasi sakip.", k->tahun, k->nrealisasi);
		tambah(d, "2.b.6", LKE_Y);
		sbuf_addf(&d->b, "Capaian %d dihitung oleh aplikasi sakip dari "
			  "realisasi %d indikator.", k->tahun, k->nrealisasi);
		tambah(d, "2.b.7", LKE_Y);
	}
}

static void saran_lapor(struct daftar *d, const struct instansi *in,
			const struct kumpul *k, const struct lke_fakta *f)
{
	const struct narasi *nr = NULL;
	int i;

	for (i = 0; i < in->narasi.n; i++)
		if (in->narasi.a[i].tahun == k->tahun)
			nr = &in->narasi.a[i];
	if (nr && nr->n) {
		sbuf_addf(&d->b, "Narasi LKjIP %d tersedia:", k->tahun);
		for (i = 0; i < nr->n; i++)
			sbuf_addf(&d->b, "%s %s", i ? "," : "",
				  nr->kunci[i] ? nr->kunci[i] : "(umum)");
		sbuf_addc(&d->b, '.');
		tambah(d, "3.a.1", LKE_Y);
	}
	if (f && f->ntemuan >= 0) {
		int v = f->ntemuan == 0 ? LKE_A : f->ntemuan <= 2 ? LKE_B
		      : f->ntemuan <= 5 ? LKE_C : f->ntemuan <= 10 ? LKE_D
		      : LKE_E;
		sbuf_addf(&d->b, "Reviu sakip atas angka %d: %d kesalahan "
			  "belum diperbaiki.", k->tahun, f->ntemuan);
		tambah(d, "3.b.1", v);
	}
	tambah_pangsa(d, "3.b.2", &k->ungkap, "bertarget sudah diungkap "
		      "realisasinya");
	tambah_pangsa(d, "3.b.3", &k->target, "dapat dibandingkan dengan "
		      "target tahunan di BAB III");
	tambah_pangsa(d, "3.b.4", &k->menengah, "dapat dibandingkan dengan "
		      "target akhir Renstra");
	tambah_pangsa(d, "3.b.5", &k->lalu, "dapat dibandingkan dengan "
		      "realisasi tahun lalu atau baseline");
	tambah_pangsa(d, "3.b.6", &k->banding, "punya pembanding "
		      "(nasional/provinsi) untuk tahun ini");
	tambah_pangsa(d, "3.b.7", &k->analisis, "punya narasi analisis "
		      "capaian, upaya dan hambatan");
	if (k->efisiensi.n) {
		const struct stat *s = &k->efisiensi;
		sbuf_addf(&d->b, "%d dari %d program punya pagu dan realisasi "
			  "%d untuk analisis efisiensi", s->ok, s->n, k->tahun);
		add_kurang(&d->b, s);
		sbuf_addc(&d->b, '.');
		tambah(d, "3.b.8", lke_saran_pita(s->ok, s->n));
	}
}

static void stat_release(struct kumpul *k)
{
	struct stat *a[] = { &k->formula, &k->berkala, &k->ungkap, &k->target,
		&k->menengah, &k->lalu, &k->banding, &k->analisis,
		&k->efisiensi };
	size_t i;

	for (i = 0; i < sizeof a / sizeof a[0]; i++)
		sbuf_release(&a[i]->kurang);
}

int lke_saran(const struct lke_template *t, const struct instansi *in,
	      int tahun, const struct lke_fakta *f, struct arena *a,
	      struct lke_saran **out)
{
	struct kumpul k;
	struct daftar d = { t, a, NULL, 0, 24, SBUF_INIT(0) };
	struct lke_saran *sorted;
	int i, j, n = 0;

	memset(&k, 0, sizeof k);
	k.tahun = tahun;
	*out = NULL;
	instansi_walk(in, visit, &k);
	if (!(d.v = arena_array(a, (size_t)d.cap, sizeof *d.v)))
		goto end;
	saran_dokumen(&d, in, &k);
	saran_ukur(&d, &k);
	saran_lapor(&d, in, &k, f);
	if (f && f->nrekomendasi > 0) {
		sbuf_addf(&d.b, "%d dari %d rekomendasi LHE %d selesai "
			  "ditindaklanjuti.", f->nselesai, f->nrekomendasi,
			  tahun - 1);
		tambah(&d, "4.c.1", lke_saran_pita(f->nselesai, f->nrekomendasi));
	}
	/* template order */
	if (!(sorted = arena_array(a, (size_t)d.n + 1, sizeof *sorted)))
		goto end;
	for (i = 0; i < t->nkomponen; i++) {
		const struct lke_komponen *km = &t->komponen[i];
		int s, c;
		for (s = 0; s < km->nsub; s++)
			for (c = 0; c < km->sub[s].nk; c++)
				for (j = 0; j < d.n; j++)
					if (d.v[j].kode == km->sub[s].k[c].kode)
						sorted[n++] = d.v[j];
	}
	*out = sorted;
end:
	sbuf_release(&d.b);
	stat_release(&k);
	return a->err || d.b.err ? SK_ENOMEM : n;
}
