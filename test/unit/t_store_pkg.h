/* t_store_pkg.h: for t_store.c — a package built by hand with every kind
 * of field of model.h (build_pkg), and a field-by-field comparison of two
 * packages (eq_pkg and its parts) that fails the running cmocka test on
 * the first difference, naming the field. Include after cmocka.h. */
#ifndef T_STORE_PKG_H
#define T_STORE_PKG_H

#include "core/model.h"

#include <stdio.h>
#include <string.h>

/* ---- building a package by hand ---------------------------------- */

static struct arena *A;

static const char *S(const char *z)
{
	return arena_strdup(A, z);
}

static struct nilai N(const char *raw, int is_num)
{
	struct nilai n;

	memset(&n, 0, sizeof n);
	if (!raw)
		return n;
	n.raw = S(raw);
	n.is_num = is_num;
	if (is_num)
		value_from_json_number(raw, strlen(raw), &n.v);
	else
		value_parse(raw, strlen(raw), &n.v);
	return n;
}

/* n years from y0, with raws[i] (is_num when raws[i] starts with '#'). */
static struct tahunan T(int y0, int n, const char *const *raws)
{
	struct tahunan t = { n, n ? arena_array(A, (size_t)n, sizeof *t.a) : NULL };
	int i;

	for (i = 0; i < n; i++) {
		t.a[i].tahun = y0 + i;
		t.a[i].n = raws[i][0] == '#' ? N(raws[i] + 1, 1) : N(raws[i], 0);
	}
	return t;
}

static struct uang U(int64_t rp, const char *raw)
{
	struct uang u = { 1, rp, raw ? S(raw) : NULL };
	return u;
}

static const struct uang U_NULL = { 0, 0, NULL };

static struct pejabat pejabat(const char *nama, const char *pangkat)
{
	struct pejabat pj = { S(nama), S("198001012005011001"), S("Kepala"),
			      pangkat ? S(pangkat) : NULL };
	return pj;
}

static void build_kebijakan(struct kebijakan *k)
{
	k->rumus_negatif = RUMUS_T_R;
	k->has_rumus = 1;
	k->has_batas = 1;
	k->batas_capaian = (struct num){ 1205, 1 };
	k->has_skala = 1;
	k->nskala = 3;
	k->skala = arena_array(A, 3, sizeof *k->skala);
	k->skala[0] = (struct skala_predikat_row){ { 9100, 2 }, S("Sangat Tinggi") };
	k->skala[1] = (struct skala_predikat_row){ { 76, 0 }, S("Tinggi") };
	k->skala[2] = (struct skala_predikat_row){ { 0, 0 }, S("Rendah") };
	k->has_efisiensi = 1;
	k->efisiensi_metode = S("selisih");
	k->efisiensi_ambang = (struct num){ -25, 1 };
	k->has_desimal = 1;
	k->desimal = 3;
}

static struct laporan_list laporan_full(void)
{
	struct laporan_list l = { 3, arena_array(A, 3, sizeof *l.a) };

	l.a[0] = (struct laporan){ 2024, S("capaian"), 0, 1,
				   arena_array(A, 1, sizeof(struct cetak)) };
	l.a[0].a[0] = (struct cetak){ S("99"), NULL };
	l.a[1] = (struct laporan){ 2024, S("predikat"), 1, 2,
				   arena_array(A, 2, sizeof(struct cetak)) };
	l.a[1].a[0] = (struct cetak){ S("Tinggi"), S("Tabel 3.1") };
	l.a[1].a[1] = (struct cetak){ S("Sangat Tinggi"), S("Tabel 3.6") };
	l.a[2] = (struct laporan){ 2025, S("target"), 1, 0, NULL };
	return l;
}

/* Two years: 2024 with sections, 2025 given empty. */
static struct narasi_list narasi_full(const char *k1, const char *k2)
{
	struct narasi_list l = { 2, arena_array(A, 2, sizeof *l.a) };

	l.a[0].tahun = 2024;
	l.a[0].n = k2 ? 2 : 1;
	l.a[0].kunci = arena_array(A, 2, sizeof(char *));
	l.a[0].teks = arena_array(A, 2, sizeof(char *));
	l.a[0].kunci[0] = S(k1);
	l.a[0].teks[0] = S("Teks pertama, dengan \"kutip\" dan baris\nbaru.");
	if (k2) {
		l.a[0].kunci[1] = S(k2);
		l.a[0].teks[1] = S("");
	}
	l.a[1].tahun = 2025;
	return l;
}

/* 2024 by quarter with a gap, 2025 by month, 2026 two quarters only */
static void build_periode(struct indikator *ind)
{
	static const char *const q[] = { "80", NULL, "83,9", "#84.02" };
	struct periode *pr;
	int k;

	ind->nperiode = 3;
	ind->periode = pr = arena_array(A, 3, sizeof *ind->periode);
	pr[0] = (struct periode){ 2024, 0, 4,
				  arena_array(A, 4, sizeof(struct nilai)) };
	for (k = 0; k < 4; k++)
		pr[0].a[k] = !q[k] ? N(NULL, 0)
			     : q[k][0] == '#' ? N(q[k] + 1, 1) : N(q[k], 0);
	pr[1] = (struct periode){ 2025, 1, 12,
				  arena_array(A, 12, sizeof(struct nilai)) };
	for (k = 0; k < 12; k++)
		if (k % 3 != 2)
			pr[1].a[k] = N(k % 2 ? "7" : "1.234,5", 0);
	pr[2] = (struct periode){ 2026, 0, 2,
				  arena_array(A, 2, sizeof(struct nilai)) };
	pr[2].a[0] = N("1", 1);
	pr[2].a[1] = N("B (69)", 0);
}

static void build_indikator_full(struct indikator *ind)
{
	static const char *const tgt[] = { "#85", "B (69)", "> 3,51" };
	static const char *const tpk[] = { "84,5" };
	static const char *const tpkp[] = { "3 ± 1" };
	static const char *const real[] = { "83,50", "#84.02" };
	static const char *const nas[] = { "82", "#1e2" };

	ind->kode = S("IKU-1");
	ind->uraian = S("Indeks Kepuasan Masyarakat");
	ind->satuan = S("%");
	ind->iku = ind->has_iku = 1;
	ind->polaritas = POL_NEGATIF;
	ind->tipe = TIPE_PREDIKAT;
	ind->skala = S("akip");
	ind->agregasi = AGR_TERAKHIR;
	ind->has_agregasi = 1;
	ind->formula = S("Jumlah nilai / jumlah unsur");
	ind->sumber_data = S("Survei");
	ind->baseline_tahun = 2020;
	ind->baseline = N("80", 1);
	ind->target = T(2024, 3, tgt);
	ind->target_pk = T(2024, 1, tpk);
	ind->target_pk_perubahan = T(2024, 1, tpkp);
	ind->realisasi = T(2023, 2, real);
	ind->target_akhir = N("90", 0);
	build_periode(ind);
	ind->npembanding = 2;
	ind->pembanding = arena_array(A, 2, sizeof *ind->pembanding);
	ind->pembanding[0].jenis = S("nasional");
	ind->pembanding[0].nilai = T(2023, 2, nas);
	ind->pembanding[1].jenis = S("provinsi"); /* given with no year */
	ind->dilaporkan = laporan_full();
	ind->narasi = narasi_full("analisis", NULL);
}

static void build_indikator_min(struct indikator *ind, const char *kode)
{
	static const char *const tgt[] = { "Tidak ada temuan" };

	ind->kode = kode ? S(kode) : NULL;
	ind->uraian = S("Opini BPK");
	ind->tipe = TIPE_TEKS;
	ind->target = T(2024, 1, tgt);
}

static struct node *nodes(int n, enum tingkat tk, const char *kode0)
{
	struct node *a = arena_array(A, (size_t)n, sizeof *a);
	char kode[32];
	int i;

	for (i = 0; i < n; i++) {
		a[i].tingkat = tk;
		snprintf(kode, sizeof kode, "%s%d", kode0, i + 1);
		a[i].kode = S(kode);
		a[i].uraian = S(kode);
	}
	return a;
}

static void build_anggaran(struct node *p)
{
	struct anggaran *a;

	p->nanggaran = 2;
	p->anggaran = a = arena_array(A, 2, sizeof *a);
	a[0].tahun = 2024;
	a[0].pagu = U(9487138421LL, NULL);
	a[0].pagu_perubahan = U(9500000000LL, "Rp 9.500.000.000");
	a[0].realisasi = U(0, "Rp -");
	a[0].pagu_pk = U(999999999999999LL, NULL);
	a[0].pagu_pk_perubahan = U_NULL;
	a[0].nrincian = 2;
	a[0].rincian = arena_array(A, 2, sizeof *a[0].rincian);
	a[0].rincian[0] = (struct rincian){ S("Kelurahan Bajak"),
					    U(239297600, NULL), U_NULL,
					    U(230000000, NULL) };
	a[0].rincian[1] = (struct rincian){ NULL, U(1500000, "Rp 1.500.000,00"),
					    U_NULL, U_NULL };
	a[0].ndilaporkan = 2;
	a[0].dilaporkan = arena_array(A, 2, sizeof *a[0].dilaporkan);
	a[0].dilaporkan[0] = (struct anggaran_cetak){ S("Tabel 3.5"),
		S("9.487.138.421"), NULL, NULL, S("97,36%") };
	a[0].dilaporkan[1] = (struct anggaran_cetak){ NULL, NULL, NULL,
		S("9.236.881.246"), NULL };
	a[1].tahun = 2025;
	a[1].pagu = U(-5, NULL);
}

/* tujuan T1 → sasaran S1, S2; S1 → program P1 → kegiatan K1 →
 * subkegiatan SK1, SK2; tujuan T2 with nothing below. */
static void build_tree(struct instansi *in)
{
	struct node *t, *s, *p, *k;

	in->ntujuan = 2;
	in->tujuan = t = nodes(2, TK_TUJUAN, "T");
	t[0].nanak = 2;
	t[0].anak = s = nodes(2, TK_SASARAN, "S");
	s[0].nindikator = 2;
	s[0].indikator = arena_array(A, 2, sizeof *s[0].indikator);
	build_indikator_full(&s[0].indikator[0]);
	build_indikator_min(&s[0].indikator[1], "IK-2");
	s[0].dilaporkan = laporan_full();
	s[0].nanak = 1;
	s[0].anak = p = nodes(1, TK_PROGRAM, "P");
	build_anggaran(&p[0]);
	p[0].nanak = 1;
	p[0].anak = k = nodes(1, TK_KEGIATAN, "K");
	k[0].nanak = 2;
	k[0].anak = nodes(2, TK_SUBKEGIATAN, "SK");
	build_anggaran(&k[0].anak[1]);
	k[0].anak[1].nanggaran = 1;
}

static void build_instansi_full(struct instansi *in)
{
	struct anggaran_dilaporkan *ad;

	in->kode = S("dinas-a");
	in->nama = S("Dinas A");
	in->has_pimpinan = in->has_atasan = 1;
	in->pimpinan = pejabat("Budi", "Pembina (IV/a)");
	in->atasan = pejabat("Wali Kota", NULL);
	in->renstra_awal = 2024;
	in->renstra_akhir = 2026;
	in->renstra_acuan = S("RPD Kota Bengkulu 2024-2026");
	in->npk = 2;
	in->pk = arena_array(A, 2, sizeof *in->pk);
	in->pk[0] = (struct pk){ 2024, { S("Bengkulu"), S("2024-01-02") }, 1,
				 { S("Bengkulu"), S("2024-10-01") } };
	in->pk[1] = (struct pk){ 2025, { NULL, S("2025-01-03") }, 0, { 0, 0 } };
	in->nanggaran_dilaporkan = 2;
	in->anggaran_dilaporkan = ad = arena_array(A, 2, sizeof *ad);
	ad[0].tahun = 2024;
	ad[0].n = 2;
	ad[0].a = arena_array(A, 2, sizeof *ad[0].a);
	ad[0].a[0] = (struct anggaran_cetak){ S("Tabel 3.5"), S("16.279.712.340"),
		NULL, S("14.109.622.973"), S("86,67%") };
	ad[1].tahun = 2025; /* an empty list */
	in->narasi = narasi_full("latar_belakang", "penutup");
	in->profil_json = S("{\"2024\":{\"pegawai\":[]}}");
	build_tree(in);
}

static void build_instansi_min(struct instansi *in, const char *kode,
			       const char *ind_kode)
{
	in->kode = S(kode);
	in->nama = S("Kecamatan B");
	in->ntujuan = 1;
	in->tujuan = nodes(1, TK_TUJUAN, "T");
	in->tujuan[0].nanak = 1;
	in->tujuan[0].anak = nodes(1, TK_SASARAN, "S");
	in->tujuan[0].anak[0].nindikator = 1;
	in->tujuan[0].anak[0].indikator =
		arena_array(A, 1, sizeof(struct indikator));
	build_indikator_min(&in->tujuan[0].anak[0].indikator[0], ind_kode);
}

/* pemda 1771 with "dinas-a" (every kind of field) and "bag-b". */
static void build_pkg(struct pkg *p)
{
	pkg_init(p);
	A = &p->arena;
	p->pemda_kode = S("1771");
	p->pemda_nama = S("Kota Bengkulu");
	build_kebijakan(&p->kebijakan);
	p->ninstansi = 2;
	p->instansi = arena_array(A, 2, sizeof *p->instansi);
	build_instansi_full(&p->instansi[0]);
	build_instansi_min(&p->instansi[1], "bag-b", "IK-B1");
	assert_int_equal(p->arena.err, 0);
}

/* ---- comparing two packages field by field ------------------------ */

#define EQ_STR(a, b) eq_str((a), (b), #a, __LINE__)
#define EQ_INT(a, b) assert_int_equal((a), (b))

static void eq_str(const char *a, const char *b, const char *what, int line)
{
	if ((a == NULL) != (b == NULL) || (a && strcmp(a, b) != 0)) {
		print_error("line %d: %s: '%s' != '%s'\n", line, what,
			    a ? a : "(null)", b ? b : "(null)");
		fail();
	}
}

static void eq_num(struct num a, struct num b)
{
	EQ_INT(a.m, b.m);
	EQ_INT(a.e, b.e);
}

static void eq_nilai(const struct nilai *a, const struct nilai *b)
{
	EQ_STR(a->raw, b->raw);
	EQ_INT(a->is_num, b->is_num);
	EQ_INT(a->v.kind, b->v.kind);
	eq_num(a->v.x, b->v.x);
	eq_num(a->v.y, b->v.y);
	EQ_INT(a->v.has_skor, b->v.has_skor);
	EQ_INT(a->v.op, b->v.op);
	EQ_STR(a->v.label, b->v.label);
	EQ_STR(a->v.satuan, b->v.satuan);
	EQ_STR(a->v.alasan, b->v.alasan);
}

static void eq_tahunan(const struct tahunan *a, const struct tahunan *b)
{
	int i;

	EQ_INT(a->n, b->n);
	for (i = 0; i < a->n; i++) {
		EQ_INT(a->a[i].tahun, b->a[i].tahun);
		eq_nilai(&a->a[i].n, &b->a[i].n);
	}
}

static void eq_uang(const struct uang *a, const struct uang *b)
{
	EQ_INT(a->ok, b->ok);
	EQ_INT(a->rp, b->rp);
	EQ_STR(a->raw, b->raw);
}

static void eq_laporan(const struct laporan_list *a,
		       const struct laporan_list *b)
{
	int i, k;

	EQ_INT(a->n, b->n);
	for (i = 0; i < a->n; i++) {
		EQ_INT(a->a[i].tahun, b->a[i].tahun);
		EQ_STR(a->a[i].kunci, b->a[i].kunci);
		EQ_INT(a->a[i].as_list, b->a[i].as_list);
		EQ_INT(a->a[i].n, b->a[i].n);
		for (k = 0; k < a->a[i].n; k++) {
			EQ_STR(a->a[i].a[k].nilai, b->a[i].a[k].nilai);
			EQ_STR(a->a[i].a[k].sumber, b->a[i].a[k].sumber);
		}
	}
}

static void eq_narasi(const struct narasi_list *a, const struct narasi_list *b)
{
	int i, k;

	EQ_INT(a->n, b->n);
	for (i = 0; i < a->n; i++) {
		EQ_INT(a->a[i].tahun, b->a[i].tahun);
		EQ_INT(a->a[i].n, b->a[i].n);
		for (k = 0; k < a->a[i].n; k++) {
			EQ_STR(a->a[i].kunci[k], b->a[i].kunci[k]);
			EQ_STR(a->a[i].teks[k], b->a[i].teks[k]);
		}
	}
}

static void eq_cetak(const struct anggaran_cetak *a,
		     const struct anggaran_cetak *b)
{
	EQ_STR(a->sumber, b->sumber);
	EQ_STR(a->pagu, b->pagu);
	EQ_STR(a->pagu_perubahan, b->pagu_perubahan);
	EQ_STR(a->realisasi, b->realisasi);
	EQ_STR(a->serapan, b->serapan);
}

static void eq_anggaran(const struct anggaran *a, const struct anggaran *b)
{
	int i;

	EQ_INT(a->tahun, b->tahun);
	eq_uang(&a->pagu, &b->pagu);
	eq_uang(&a->pagu_perubahan, &b->pagu_perubahan);
	eq_uang(&a->realisasi, &b->realisasi);
	eq_uang(&a->pagu_pk, &b->pagu_pk);
	eq_uang(&a->pagu_pk_perubahan, &b->pagu_pk_perubahan);
	EQ_INT(a->nrincian, b->nrincian);
	for (i = 0; i < a->nrincian; i++) {
		EQ_STR(a->rincian[i].uraian, b->rincian[i].uraian);
		eq_uang(&a->rincian[i].pagu, &b->rincian[i].pagu);
		eq_uang(&a->rincian[i].pagu_perubahan,
			&b->rincian[i].pagu_perubahan);
		eq_uang(&a->rincian[i].realisasi, &b->rincian[i].realisasi);
	}
	EQ_INT(a->ndilaporkan, b->ndilaporkan);
	for (i = 0; i < a->ndilaporkan; i++)
		eq_cetak(&a->dilaporkan[i], &b->dilaporkan[i]);
}

static void eq_indikator(const struct indikator *a, const struct indikator *b)
{
	int i, k;

	EQ_STR(a->kode, b->kode);
	EQ_STR(a->uraian, b->uraian);
	EQ_STR(a->satuan, b->satuan);
	EQ_INT(a->iku, b->iku);
	EQ_INT(a->has_iku, b->has_iku);
	EQ_INT(a->polaritas, b->polaritas);
	EQ_INT(a->tipe, b->tipe);
	EQ_STR(a->skala, b->skala);
	EQ_INT(a->agregasi, b->agregasi);
	EQ_INT(a->has_agregasi, b->has_agregasi);
	EQ_STR(a->formula, b->formula);
	EQ_STR(a->sumber_data, b->sumber_data);
	EQ_INT(a->baseline_tahun, b->baseline_tahun);
	eq_nilai(&a->baseline, &b->baseline);
	eq_tahunan(&a->target, &b->target);
	eq_tahunan(&a->target_pk, &b->target_pk);
	eq_tahunan(&a->target_pk_perubahan, &b->target_pk_perubahan);
	eq_tahunan(&a->realisasi, &b->realisasi);
	eq_nilai(&a->target_akhir, &b->target_akhir);
	EQ_INT(a->nperiode, b->nperiode);
	for (i = 0; i < a->nperiode; i++) {
		EQ_INT(a->periode[i].tahun, b->periode[i].tahun);
		EQ_INT(a->periode[i].bulanan, b->periode[i].bulanan);
		EQ_INT(a->periode[i].n, b->periode[i].n);
		for (k = 0; k < a->periode[i].n; k++)
			eq_nilai(&a->periode[i].a[k], &b->periode[i].a[k]);
	}
	EQ_INT(a->npembanding, b->npembanding);
	for (i = 0; i < a->npembanding; i++) {
		EQ_STR(a->pembanding[i].jenis, b->pembanding[i].jenis);
		eq_tahunan(&a->pembanding[i].nilai, &b->pembanding[i].nilai);
	}
	eq_laporan(&a->dilaporkan, &b->dilaporkan);
	eq_narasi(&a->narasi, &b->narasi);
}

static void eq_node(const struct node *a, const struct node *b)
{
	int i;

	EQ_INT(a->tingkat, b->tingkat);
	EQ_STR(a->kode, b->kode);
	EQ_STR(a->uraian, b->uraian);
	EQ_INT(a->nindikator, b->nindikator);
	for (i = 0; i < a->nindikator; i++)
		eq_indikator(&a->indikator[i], &b->indikator[i]);
	EQ_INT(a->nanggaran, b->nanggaran);
	for (i = 0; i < a->nanggaran; i++)
		eq_anggaran(&a->anggaran[i], &b->anggaran[i]);
	eq_laporan(&a->dilaporkan, &b->dilaporkan);
	EQ_INT(a->nanak, b->nanak);
	for (i = 0; i < a->nanak; i++)
		eq_node(&a->anak[i], &b->anak[i]);
}

static void eq_pejabat(const struct pejabat *a, const struct pejabat *b)
{
	EQ_STR(a->nama, b->nama);
	EQ_STR(a->nip, b->nip);
	EQ_STR(a->jabatan, b->jabatan);
	EQ_STR(a->pangkat, b->pangkat);
}

static void eq_instansi(const struct instansi *a, const struct instansi *b)
{
	int i, k;

	EQ_STR(a->kode, b->kode);
	EQ_STR(a->nama, b->nama);
	EQ_INT(a->has_pimpinan, b->has_pimpinan);
	EQ_INT(a->has_atasan, b->has_atasan);
	eq_pejabat(&a->pimpinan, &b->pimpinan);
	eq_pejabat(&a->atasan, &b->atasan);
	EQ_INT(a->renstra_awal, b->renstra_awal);
	EQ_INT(a->renstra_akhir, b->renstra_akhir);
	EQ_STR(a->renstra_acuan, b->renstra_acuan);
	EQ_INT(a->npk, b->npk);
	for (i = 0; i < a->npk; i++) {
		EQ_INT(a->pk[i].tahun, b->pk[i].tahun);
		EQ_STR(a->pk[i].ttd.tempat, b->pk[i].ttd.tempat);
		EQ_STR(a->pk[i].ttd.tanggal, b->pk[i].ttd.tanggal);
		EQ_INT(a->pk[i].has_perubahan, b->pk[i].has_perubahan);
		EQ_STR(a->pk[i].perubahan.tempat, b->pk[i].perubahan.tempat);
		EQ_STR(a->pk[i].perubahan.tanggal, b->pk[i].perubahan.tanggal);
	}
	EQ_INT(a->nanggaran_dilaporkan, b->nanggaran_dilaporkan);
	for (i = 0; i < a->nanggaran_dilaporkan; i++) {
		EQ_INT(a->anggaran_dilaporkan[i].tahun,
		       b->anggaran_dilaporkan[i].tahun);
		EQ_INT(a->anggaran_dilaporkan[i].n, b->anggaran_dilaporkan[i].n);
		for (k = 0; k < a->anggaran_dilaporkan[i].n; k++)
			eq_cetak(&a->anggaran_dilaporkan[i].a[k],
				 &b->anggaran_dilaporkan[i].a[k]);
	}
	eq_narasi(&a->narasi, &b->narasi);
	EQ_STR(a->profil_json, b->profil_json);
	EQ_INT(a->ntujuan, b->ntujuan);
	for (i = 0; i < a->ntujuan; i++)
		eq_node(&a->tujuan[i], &b->tujuan[i]);
}

static void eq_kebijakan(const struct kebijakan *a, const struct kebijakan *b)
{
	int i;

	EQ_INT(a->rumus_negatif, b->rumus_negatif);
	EQ_INT(a->has_rumus, b->has_rumus);
	EQ_INT(a->has_batas, b->has_batas);
	EQ_INT(a->has_skala, b->has_skala);
	EQ_INT(a->has_efisiensi, b->has_efisiensi);
	EQ_INT(a->has_desimal, b->has_desimal);
	eq_num(a->batas_capaian, b->batas_capaian);
	EQ_INT(a->nskala, b->nskala);
	for (i = 0; i < a->nskala; i++) {
		eq_num(a->skala[i].min, b->skala[i].min);
		EQ_STR(a->skala[i].label, b->skala[i].label);
	}
	EQ_STR(a->efisiensi_metode, b->efisiensi_metode);
	eq_num(a->efisiensi_ambang, b->efisiensi_ambang);
	EQ_INT(a->desimal, b->desimal);
}

static void eq_pkg(const struct pkg *a, const struct pkg *b)
{
	int i;

	EQ_STR(a->pemda_kode, b->pemda_kode);
	EQ_STR(a->pemda_nama, b->pemda_nama);
	eq_kebijakan(&a->kebijakan, &b->kebijakan);
	EQ_INT(a->ninstansi, b->ninstansi);
	for (i = 0; i < a->ninstansi; i++)
		eq_instansi(&a->instansi[i], &b->instansi[i]);
}

#endif
