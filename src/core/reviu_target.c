/* reviu_target: one indicator's targets in several places — the Renstra,
 * the PK, and the tables of the document — and their years
 * (sakip-domain.md §8: target_berbeda, tahun_tidak_sesuai). */
#include "reviu_priv.h"

#include <stdio.h>
#include <string.h>

enum { TG_BEDA = 1, TG_GESER = 2 };

/* A target for a year set against the target used for that year. */
struct pasangan {
	const struct indikator *ind;
	int tahun;
	const char *raw;            /* the Renstra or the printed target */
	const struct value *v;
	int dicetak;                /* 0: the Renstra target against the PK */
	const char *sumber;         /* where it was printed, when known */
	const struct nilai *pakai;  /* the target the capaian uses */
	const char *pakai_jenis;
	int kelas;                  /* TG_BEDA or TG_GESER */
	int tahun_geser;            /* TG_GESER: the year it belongs to */
};

typedef void (*pasangan_fn)(struct rv *c, const struct pasangan *ps);

static const char *nama_jenis(const char *jenis)
{
	if (strcmp(jenis, "target_pk") == 0)
		return "PK";
	if (strcmp(jenis, "target_pk_perubahan") == 0)
		return "PK Perubahan";
	return "Renstra";
}

/* The year next to tahun whose target the value equals, or 0. The PK's
 * target is looked for among the Renstra targets (exactly), a printed
 * one among the targets used (at its printed precision). */
static int tahun_tetangga(const struct indikator *ind, int tahun,
			  const char *raw, const struct value *v, int dicetak)
{
	int d;

	for (d = -1; d <= 1; d += 2) {
		const char *j;
		const struct nilai *n = dicetak ?
			hitung_target(ind, tahun + d, &j) :
			tahunan_get(&ind->target, tahun + d);

		if (n && rv_value_sama(raw, v, n->raw, &n->v, ind->skala, dicetak))
			return tahun + d;
	}
	return 0;
}

static void classify(struct pasangan *ps, int dicetak)
{
	ps->tahun_geser = tahun_tetangga(ps->ind, ps->tahun, dicetak ? ps->raw :
					 ps->pakai->raw, dicetak ? ps->v :
					 &ps->pakai->v, dicetak);
	ps->kelas = ps->tahun_geser ? TG_GESER : TG_BEDA;
}

/* The Renstra target of each year against a PK target used instead. */
static void renstra_vs_pk(struct rv *c, const struct indikator *ind,
			  pasangan_fn fn)
{
	int i;

	for (i = 0; i < ind->target.n; i++) {
		const struct nilai_thn *r = &ind->target.a[i];
		struct pasangan ps;

		memset(&ps, 0, sizeof ps);
		ps.pakai = hitung_target(ind, r->tahun, &ps.pakai_jenis);
		if (!ps.pakai || strcmp(ps.pakai_jenis, "target") == 0 ||
		    rv_value_sama(r->n.raw, &r->n.v, ps.pakai->raw, &ps.pakai->v,
				  ind->skala, 0))
			continue;
		ps.ind = ind;
		ps.tahun = r->tahun;
		ps.raw = r->n.raw;
		ps.v = &r->n.v;
		classify(&ps, 0);
		fn(c, &ps);
	}
}

/* Each printed target against the target used for its year. */
static void cetak_vs_pakai(struct rv *c, const struct indikator *ind,
			   pasangan_fn fn)
{
	int k, i;

	for (k = 0; k < ind->dilaporkan.n; k++) {
		const struct laporan *l = &ind->dilaporkan.a[k];
		struct pasangan ps;
		struct value v;

		if (strcmp(l->kunci, "target"))
			continue;
		memset(&ps, 0, sizeof ps);
		ps.pakai = hitung_target(ind, l->tahun, &ps.pakai_jenis);
		if (!ps.pakai)
			continue;
		for (i = 0; i < l->n; i++) {
			const char *z = l->a[i].nilai;

			if (!rv_cetak_terbaca(z))
				continue; /* nilai_tidak_terbaca */
			value_parse(z, strlen(z), &v);
			if (rv_value_sama(z, &v, ps.pakai->raw, &ps.pakai->v,
					  ind->skala, 1))
				continue;
			ps.ind = ind;
			ps.tahun = l->tahun;
			ps.raw = z;
			ps.v = &v;
			ps.dicetak = 1;
			ps.sumber = l->a[i].sumber;
			classify(&ps, 1);
			fn(c, &ps);
		}
	}
}

static void each_pasangan(struct rv *c, pasangan_fn fn)
{
	const struct hasil_indikator *hi;

	EACH_IND(c, hi) {
		renstra_vs_pk(c, hi->ind, fn);
		cetak_vs_pakai(c, hi->ind, fn);
	}
}

static void temuan_dari(const struct pasangan *ps, struct rv_temuan *t,
			char *kunci)
{
	memset(t, 0, sizeof *t);
	t->kode = ps->ind->kode;
	t->tahun = ps->tahun;
	t->dilaporkan = ps->raw;
	t->kunci = rv_kunci_value(ps->v, ps->raw, ps->ind->skala, kunci);
	t->sumber = ps->sumber;
	t->benar = rv_benar_nilai(ps->pakai, ps->ind->skala);
}

/* ---- target_berbeda --------------------------------------------------- */

static void emit_beda(struct rv *c, const struct pasangan *ps)
{
	struct rv_temuan t;
	char nama[160], kunci[RV_KUNCI_MAX];

	if (ps->kelas != TG_BEDA)
		return;
	temuan_dari(ps, &t, kunci);
	rv_nama_indikator(ps->ind, nama, sizeof nama);
	if (!ps->dicetak)
		rv_add(c, &t, "Target %s tahun %d di Renstra/RKT \"" RV_DIL "\" "
		       "berbeda dengan target %s \"%s\" yang dipakai untuk "
		       "capaian.", nama, ps->tahun, nama_jenis(ps->pakai_jenis),
		       ps->pakai->raw);
	else
		rv_add(c, &t, "Target %s tahun %d dicetak \"" RV_DIL "\"%s, "
		       "berbeda dengan target %s \"%s\" yang dipakai untuk "
		       "capaian.", nama, ps->tahun, RV_SUMBER,
		       nama_jenis(ps->pakai_jenis), ps->pakai->raw);
}

void reviu_cek_target(struct rv *c)
{
	each_pasangan(c, emit_beda);
}

/* ---- tahun_tidak_sesuai ----------------------------------------------- */

static void emit_geser(struct rv *c, const struct pasangan *ps)
{
	struct rv_temuan t;
	char nama[160], kunci[RV_KUNCI_MAX];

	if (ps->kelas != TG_GESER)
		return;
	temuan_dari(ps, &t, kunci);
	rv_nama_indikator(ps->ind, nama, sizeof nama);
	if (!ps->dicetak)
		rv_add(c, &t, "Target %s %s tahun %d \"%s\" sama dengan target "
		       "Renstra tahun %d, bukan target Renstra tahun %d (\""
		       RV_DIL "\"): tergeser satu tahun.",
		       nama_jenis(ps->pakai_jenis), nama, ps->tahun,
		       ps->pakai->raw, ps->tahun_geser, ps->tahun);
	else
		rv_add(c, &t, "Target %s tahun %d dicetak \"" RV_DIL "\"%s, sama "
		       "dengan target tahun %d; target tahun %d adalah \"%s\" "
		       "(tergeser satu tahun).", nama, ps->tahun, RV_SUMBER,
		       ps->tahun_geser, ps->tahun, ps->pakai->raw);
}

void reviu_cek_target_tahun(struct rv *c)
{
	each_pasangan(c, emit_geser);
}

static void luar_periode(struct rv *c, const struct indikator *ind,
			 const struct tahunan *tt, const char *jenis)
{
	char nama[160], kunci[RV_KUNCI_MAX];
	int i;

	for (i = 0; i < tt->n; i++) {
		const struct nilai_thn *x = &tt->a[i];
		struct rv_temuan t;

		if (x->tahun >= c->in->renstra_awal &&
		    x->tahun <= c->in->renstra_akhir)
			continue;
		memset(&t, 0, sizeof t);
		t.kode = ind->kode;
		t.tahun = x->tahun;
		t.dilaporkan = x->n.raw;
		t.kunci = rv_kunci_value(&x->n.v, x->n.raw, ind->skala, kunci);
		t.benar = rv_benar_tidak_ada();
		rv_add(c, &t, "Target %s %s tahun %d (\"" RV_DIL "\") berada di "
		       "luar periode Renstra %d-%d.", nama_jenis(jenis),
		       rv_nama_indikator(ind, nama, sizeof nama), x->tahun,
		       c->in->renstra_awal, c->in->renstra_akhir);
	}
}

void reviu_cek_target_renstra(struct rv *c)
{
	const struct hasil_indikator *hi;

	if (!c->in->renstra_awal || !c->in->renstra_akhir)
		return; /* the period is not known */
	EACH_IND(c, hi) {
		luar_periode(c, hi->ind, &hi->ind->target, "target");
		luar_periode(c, hi->ind, &hi->ind->target_pk, "target_pk");
		luar_periode(c, hi->ind, &hi->ind->target_pk_perubahan,
			     "target_pk_perubahan");
	}
}
