/* reviu_indikator: the checks of an indicator's printed figures — capaian,
 * predikat, targets, realisasi — against what the data computes. */
#include "reviu_priv.h"

#include <stdio.h>
#include <string.h>

/* ---- shared ---------------------------------------------------------- */

static const char *potong(const char *z, char *buf, size_t cap)
{
	size_t n = strlen(z);

	if (n < cap)
		return z;
	n = cap - 4;
	while (n > 0 && ((unsigned char)z[n] & 0xC0) == 0x80)
		n--;
	memcpy(buf, z, n);
	strcpy(buf + n, "...");
	return buf;
}

const char *rv_nama_indikator(const struct indikator *ind, char *buf,
			      size_t cap)
{
	char u[96];

	if (!ind->uraian || !ind->uraian[0])
		snprintf(buf, cap, "%s", ind->kode);
	else
		snprintf(buf, cap, "%s (%s)", ind->kode,
			 potong(ind->uraian, u, sizeof u));
	return buf;
}

const char *rv_nama_node(const struct node *n, char *buf, size_t cap)
{
	char u[96];

	if (!n->uraian || !n->uraian[0])
		snprintf(buf, cap, "%s %s", tingkat_nama(n->tingkat), n->kode);
	else
		snprintf(buf, cap, "%s %s (%s)", tingkat_nama(n->tingkat), n->kode,
			 potong(n->uraian, u, sizeof u));
	return buf;
}

void rv_indikator_tahun(const struct rv *c, const struct hasil_indikator *hi,
			int tahun, struct hasil_indikator *out)
{
	const struct indikator *ind = hi->ind;
	struct capaian_opsi o = c->h->opsi;

	if (tahun == c->tahun) {
		*out = *hi;
		return;
	}
	memset(out, 0, sizeof *out);
	out->instansi = hi->instansi;
	out->node = hi->node;
	out->ind = ind;
	o.skala = skala_builtin(ind->skala);
	out->target = hitung_target(ind, tahun, &out->target_jenis);
	hitung_realisasi(ind, tahun, out);
	capaian_hitung(out->target ? &out->target->v : NULL, &out->realisasi,
		       ind->polaritas, &o, &out->cap);
	if (ind->target_akhir.raw) {
		out->has_akhir = 1;
		capaian_hitung(&ind->target_akhir.v, &out->realisasi,
			       ind->polaritas, &o, &out->cap_akhir);
	}
	if (out->cap.ok)
		out->predikat = skala_label(&c->h->predikat,
			pct_to_num(pct_round(out->cap.terbatas, c->h->desimal)));
}

/* The realisation as written, for messages. */
static const char *realisasi_teks(const struct hasil_indikator *y, char *buf)
{
	struct num x;

	if (y->realisasi_nilai)
		return y->realisasi_nilai->raw;
	if (value_number(&y->realisasi, &x))
		return rv_fmt_num(x, buf);
	return "-";
}

int rv_cetak_terbaca(const char *z)
{
	struct rv_bacaan b;

	rv_baca_persen(z, &b);
	return b.jenis != CT_KOSONG && b.jenis != CT_GALAT;
}

/* ---- capaian_tidak_sesuai -------------------------------------------- */

static void capaian_satu(struct rv *c, const struct hasil_indikator *hi,
			 const struct laporan *l)
{
	struct hasil_indikator y;
	const struct capaian *cap;
	char nama[160], kunci[RV_KUNCI_MAX], a[NUM_BUFSZ], r[NUM_BUFSZ];
	int akhir = strcmp(l->kunci, "capaian_target_akhir") == 0, i;

	rv_indikator_tahun(c, hi, l->tahun, &y);
	cap = akhir ? (y.has_akhir ? &y.cap_akhir : NULL) : &y.cap;
	if (!cap || !cap->ok)
		return; /* nothing to compare with; a printed "-" agrees */
	for (i = 0; i < l->n; i++) {
		const struct cetak *ct = &l->a[i];
		struct rv_bacaan b;
		struct rv_temuan t;

		rv_baca_persen(ct->nilai, &b);
		if (b.jenis == CT_KOSONG || b.jenis == CT_GALAT)
			continue; /* nilai_tidak_terbaca */
		if (b.jenis == CT_ANGKA && (rv_sama_persen(b.x, cap->nilai) ||
		    (cap->dibatasi && rv_sama_persen(b.x, cap->terbatas))))
			continue;
		memset(&t, 0, sizeof t);
		t.kode = hi->ind->kode;
		t.tahun = l->tahun;
		t.dilaporkan = ct->nilai;
		t.kunci = rv_kunci_persen(&b, ct->nilai, kunci);
		t.sumber = ct->sumber;
		t.benar = rv_benar_persen(cap->nilai);
		rv_add(c, &t, "Capaian %s%s tahun %d dicetak \"" RV_DIL "\"%s, "
		       "seharusnya %s %% (realisasi %s terhadap target %s%s).",
		       akhir ? "terhadap target akhir Renstra " : "",
		       rv_nama_indikator(hi->ind, nama, sizeof nama), l->tahun,
		       RV_SUMBER, rv_fmt_persen(cap->nilai, a),
		       realisasi_teks(&y, r),
		       akhir ? hi->ind->target_akhir.raw :
		       (y.target ? y.target->raw : "-"),
		       cap->dibatasi ? "; dibatasi pada batas capaian" : "");
	}
}

void reviu_cek_capaian(struct rv *c)
{
	const struct hasil_indikator *hi;
	int k;

	EACH_IND(c, hi) {
		const struct laporan_list *ll = &hi->ind->dilaporkan;

		for (k = 0; k < ll->n; k++)
			if (strcmp(ll->a[k].kunci, "capaian") == 0 ||
			    strcmp(ll->a[k].kunci, "capaian_target_akhir") == 0)
				capaian_satu(c, hi, &ll->a[k]);
	}
}

void reviu_cek_capaian_sasaran(struct rv *c)
{
	char nama[160], kunci[RV_KUNCI_MAX], a[NUM_BUFSZ];
	int s, i;

	for (s = 0; s < c->h->nsasaran; s++) {
		const struct hasil_sasaran *hs = &c->h->sasaran[s];
		const struct laporan *l;

		if (hs->instansi != c->in || !hs->node || !hs->ok)
			continue;
		l = laporan_get(&hs->node->dilaporkan, c->tahun, "capaian");
		for (i = 0; l && i < l->n; i++) {
			const struct cetak *ct = &l->a[i];
			struct rv_bacaan b;
			struct rv_temuan t;

			rv_baca_persen(ct->nilai, &b);
			if (b.jenis == CT_KOSONG || b.jenis == CT_GALAT ||
			    (b.jenis == CT_ANGKA && rv_sama_persen(b.x, hs->capaian)))
				continue;
			memset(&t, 0, sizeof t);
			t.kode = hs->node->kode;
			t.tahun = c->tahun;
			t.dilaporkan = ct->nilai;
			t.kunci = rv_kunci_persen(&b, ct->nilai, kunci);
			t.sumber = ct->sumber;
			t.benar = rv_benar_persen(hs->capaian);
			rv_add(c, &t, "Capaian %s tahun %d dicetak \"" RV_DIL "\"%s, "
			       "seharusnya %s %% (rata-rata capaian %d indikator%s).",
			       rv_nama_node(hs->node, nama, sizeof nama), c->tahun,
			       RV_SUMBER, rv_fmt_persen(hs->capaian, a), hs->n,
			       hs->ntanpa ? "; indikator tanpa capaian tidak dihitung" : "");
		}
	}
}

/* ---- predikat_tidak_sesuai ------------------------------------------- */

void reviu_cek_predikat(struct rv *c)
{
	const struct hasil_indikator *hi;
	char nama[160], a[NUM_BUFSZ];
	int k, i;

	EACH_IND(c, hi) {
		const struct laporan_list *ll = &hi->ind->dilaporkan;

		for (k = 0; k < ll->n; k++) {
			const struct laporan *l = &ll->a[k];
			struct hasil_indikator y;

			if (strcmp(l->kunci, "predikat"))
				continue;
			rv_indikator_tahun(c, hi, l->tahun, &y);
			if (!y.cap.ok || !y.predikat || !y.predikat[0])
				continue;
			for (i = 0; i < l->n; i++) {
				const struct cetak *ct = &l->a[i];
				struct rv_temuan t;

				if (!rv_cetak_terbaca(ct->nilai) ||
				    rv_kata_sama(ct->nilai, y.predikat))
					continue;
				memset(&t, 0, sizeof t);
				t.kode = hi->ind->kode;
				t.tahun = l->tahun;
				t.dilaporkan = ct->nilai;
				t.sumber = ct->sumber;
				t.benar.jenis = BENAR_TEKS;
				t.benar.teks = y.predikat;
				rv_add(c, &t, "Predikat %s tahun %d dicetak \"" RV_DIL
				       "\"%s, seharusnya \"%s\" untuk capaian %s %%.",
				       rv_nama_indikator(hi->ind, nama, sizeof nama),
				       l->tahun, RV_SUMBER, y.predikat,
				       rv_fmt_persen(pct_round(y.cap.terbatas,
							       c->h->desimal), a));
			}
		}
	}
}

/* ---- realisasi_berbeda ------------------------------------------------ */

static struct reviu_nilai benar_realisasi(const struct hasil_indikator *y,
					  const char *skala)
{
	struct reviu_nilai r;

	if (y->realisasi_nilai)
		return rv_benar_nilai(y->realisasi_nilai, skala);
	memset(&r, 0, sizeof r);
	r.jenis = value_number(&y->realisasi, &r.angka) ? BENAR_ANGKA :
		BENAR_TIDAK_ADA;
	return r;
}

static void realisasi_satu(struct rv *c, const struct hasil_indikator *hi,
			   const struct laporan *l)
{
	struct hasil_indikator y;
	char nama[160], kunci[RV_KUNCI_MAX], buf[NUM_BUFSZ];
	const char *benar;
	int i;

	rv_indikator_tahun(c, hi, l->tahun, &y);
	if (y.realisasi.kind == VAL_KOSONG)
		return;
	benar = realisasi_teks(&y, buf);
	for (i = 0; i < l->n; i++) {
		const struct cetak *ct = &l->a[i];
		struct rv_temuan t;
		struct value v;

		if (!rv_cetak_terbaca(ct->nilai))
			continue;
		value_parse(ct->nilai, strlen(ct->nilai), &v);
		if (rv_value_sama(ct->nilai, &v, benar, &y.realisasi,
				  hi->ind->skala, 1))
			continue;
		memset(&t, 0, sizeof t);
		t.kode = hi->ind->kode;
		t.tahun = l->tahun;
		t.dilaporkan = ct->nilai;
		t.kunci = rv_kunci_value(&v, ct->nilai, hi->ind->skala, kunci);
		t.sumber = ct->sumber;
		t.benar = benar_realisasi(&y, hi->ind->skala);
		rv_add(c, &t, "Realisasi %s tahun %d dicetak \"" RV_DIL "\"%s, "
		       "berbeda dengan realisasi yang dipakai untuk capaian \"%s\".",
		       rv_nama_indikator(hi->ind, nama, sizeof nama), l->tahun,
		       RV_SUMBER, benar);
	}
}

void reviu_cek_realisasi(struct rv *c)
{
	const struct hasil_indikator *hi;
	int k;

	EACH_IND(c, hi) {
		const struct laporan_list *ll = &hi->ind->dilaporkan;

		for (k = 0; k < ll->n; k++)
			if (strcmp(ll->a[k].kunci, "realisasi") == 0)
				realisasi_satu(c, hi, &ll->a[k]);
	}
}

/* ---- indikator_tanpa_realisasi ---------------------------------------- */

static int ada_narasi(const struct indikator *ind, int tahun)
{
	int i, j;

	for (i = 0; i < ind->narasi.n; i++) {
		const struct narasi *n = &ind->narasi.a[i];

		if (n->tahun != tahun)
			continue;
		for (j = 0; j < n->n; j++)
			if (n->teks[j] && n->teks[j][0])
				return 1;
	}
	return 0;
}

void reviu_cek_tanpa_realisasi(struct rv *c)
{
	const struct hasil_indikator *hi;
	char nama[160];

	EACH_IND(c, hi) {
		struct rv_temuan t;

		if (!hi->ind->iku || !hi->target ||
		    hi->target->v.kind == VAL_KOSONG ||
		    hi->realisasi.kind != VAL_KOSONG ||
		    ada_narasi(hi->ind, c->tahun))
			continue;
		memset(&t, 0, sizeof t);
		t.kode = hi->ind->kode;
		t.tahun = c->tahun;
		t.benar = rv_benar_tidak_ada();
		rv_add(c, &t, "IKU %s memiliki target tahun %d (\"%s\") tetapi "
		       "tidak ada realisasi dan tidak ada penjelasan.",
		       rv_nama_indikator(hi->ind, nama, sizeof nama), c->tahun,
		       hi->target->raw);
	}
}

/* ---- nilai_tidak_terbaca (indicators and sasaran) --------------------- */

static struct reviu_nilai benar_kunci(const struct hasil_indikator *y,
				      const char *kunci)
{
	struct reviu_nilai r = rv_benar_tidak_ada();

	if (strcmp(kunci, "capaian") == 0 && y->cap.ok)
		r = rv_benar_persen(y->cap.nilai);
	else if (strcmp(kunci, "capaian_target_akhir") == 0 && y->has_akhir &&
		 y->cap_akhir.ok)
		r = rv_benar_persen(y->cap_akhir.nilai);
	else if (strcmp(kunci, "target") == 0 && y->target)
		r = rv_benar_nilai(y->target, y->ind->skala);
	else if (strcmp(kunci, "realisasi") == 0)
		r = benar_realisasi(y, y->ind->skala);
	else if (strcmp(kunci, "predikat") == 0 && y->predikat && y->predikat[0]) {
		r.jenis = BENAR_TEKS;
		r.teks = y->predikat;
	}
	return r;
}

static void tak_terbaca(struct rv *c, const char *kode, const char *nama,
			const struct laporan *l, struct reviu_nilai benar)
{
	char buf[NUM_BUFSZ + 8], p[NUM_BUFSZ];
	int i;

	buf[0] = 0;
	if (benar.jenis == BENAR_PERSEN)
		snprintf(buf, sizeof buf, "; seharusnya %s %%",
			 rv_fmt_persen(benar.persen, p));
	else if (benar.jenis == BENAR_ANGKA)
		snprintf(buf, sizeof buf, "; seharusnya %s",
			 rv_fmt_num(benar.angka, p));
	for (i = 0; i < l->n; i++) {
		struct rv_temuan t;

		if (rv_cetak_terbaca(l->a[i].nilai))
			continue;
		memset(&t, 0, sizeof t);
		t.kode = kode;
		t.tahun = l->tahun;
		t.dilaporkan = l->a[i].nilai;
		t.sumber = l->a[i].sumber;
		t.benar = benar;
		rv_add(c, &t, "Nilai %s %s tahun %d dicetak \"" RV_DIL "\"%s: "
		       "bukan nilai yang terbaca%s%s%s.", l->kunci, nama, l->tahun,
		       RV_SUMBER, buf, benar.jenis == BENAR_TEKS ?
		       "; seharusnya " : "", benar.jenis == BENAR_TEKS ?
		       benar.teks : "");
	}
}

void reviu_cek_nilai_indikator(struct rv *c)
{
	const struct hasil_indikator *hi;
	char nama[160];
	int k, s;

	EACH_IND(c, hi) {
		const struct laporan_list *ll = &hi->ind->dilaporkan;

		rv_nama_indikator(hi->ind, nama, sizeof nama);
		for (k = 0; k < ll->n; k++) {
			struct hasil_indikator y;

			rv_indikator_tahun(c, hi, ll->a[k].tahun, &y);
			tak_terbaca(c, hi->ind->kode, nama, &ll->a[k],
				    benar_kunci(&y, ll->a[k].kunci));
		}
	}
	for (s = 0; s < c->h->nsasaran; s++) {
		const struct hasil_sasaran *hs = &c->h->sasaran[s];
		const struct laporan_list *ll;

		if (hs->instansi != c->in || !hs->node)
			continue;
		ll = &hs->node->dilaporkan;
		rv_nama_node(hs->node, nama, sizeof nama);
		for (k = 0; k < ll->n; k++)
			tak_terbaca(c, hs->node->kode, nama, &ll->a[k],
				    ll->a[k].tahun == c->tahun && hs->ok &&
				    strcmp(ll->a[k].kunci, "capaian") == 0 ?
				    rv_benar_persen(hs->capaian) :
				    rv_benar_tidak_ada());
	}
}
