/* reviu_riwayat: an agency's plan over the years — targets that jump
 * between years, and end targets already passed by the realisation. */
#include "reviu_priv.h"

#include <stdio.h>
#include <string.h>

/* A positive number a target stands for (not a grade without score). */
static int angka_positif(const struct value *v, struct num *out)
{
	if (v->kind == VAL_PREDIKAT && !v->has_skor)
		return 0;
	return value_number(v, out) && out->m > 0;
}

/* big / small ≥ k, exactly; a ratio too large to represent counts. */
static int lonjak(struct num big, struct num small, int k, pct_t *ratio)
{
	if (num_ratio_pct(big, small, ratio))
		return 1;
	return *ratio >= PCT(100) * k;
}

static void melonjak_satu(struct rv *c, const struct indikator *ind,
			  const struct nilai_thn *a, const struct nilai_thn *b)
{
	struct num x, y;
	struct rv_temuan t;
	pct_t ratio = 0;
	int naik;
	char nama[160], kunci[RV_KUNCI_MAX], f[NUM_BUFSZ];

	if (b->tahun != a->tahun + 1 || !angka_positif(&a->n.v, &x) ||
	    !angka_positif(&b->n.v, &y))
		return;
	naik = num_cmp(y, x) > 0;
	if (!lonjak(naik ? y : x, naik ? x : y, c->ambang->lonjakan_kali, &ratio))
		return;
	memset(&t, 0, sizeof t);
	t.kode = ind->kode;
	t.tahun = b->tahun;
	t.dilaporkan = b->n.raw;
	t.kunci = rv_kunci_value(&b->n.v, b->n.raw, ind->skala, kunci);
	t.benar = rv_benar_tidak_ada();
	rv_add(c, &t, "Target %s %s dari \"%s\" (%d) menjadi \"" RV_DIL "\" (%d), "
	       "%s kali lipat; periksa apakah target atau satuannya keliru.",
	       rv_nama_indikator(ind, nama, sizeof nama),
	       naik ? "melonjak" : "anjlok", a->n.raw, a->tahun, b->tahun,
	       ratio ? pct_format(ratio / 100, 1, NUM_ID, f) : "lebih dari 1000");
}

void reviu_cek_target_melonjak(struct rv *c)
{
	const struct hasil_indikator *hi;
	int i;

	EACH_IND(c, hi) {
		const struct tahunan *tt = &hi->ind->target;

		for (i = 1; i < tt->n; i++)
			melonjak_satu(c, hi->ind, &tt->a[i - 1], &tt->a[i]);
	}
}

/* The Renstra end target: target_akhir, else the target of the last
 * Renstra year. */
static const struct nilai *target_akhir(const struct instansi *in,
					const struct indikator *ind)
{
	if (ind->target_akhir.raw)
		return &ind->target_akhir;
	if (in->renstra_akhir)
		return tahunan_get(&ind->target, in->renstra_akhir);
	return NULL;
}

void reviu_cek_target_akhir(struct rv *c)
{
	const struct hasil_indikator *hi;
	char nama[160], kunci[RV_KUNCI_MAX], rb[NUM_BUFSZ];

	if (c->in->renstra_akhir && c->tahun >= c->in->renstra_akhir)
		return; /* in the last year, passing it is simply success */
	EACH_IND(c, hi) {
		const struct nilai *ta = target_akhir(c->in, hi->ind);
		struct num t, r;
		struct rv_temuan tm;
		int cmp;

		if (!ta || hi->ind->polaritas == POL_RENTANG ||
		    !rv_value_angka(&ta->v, hi->ind->skala, &t) ||
		    (hi->realisasi.kind == VAL_PREDIKAT && !hi->realisasi.has_skor) ||
		    !value_number(&hi->realisasi, &r))
			continue;
		cmp = num_cmp(r, t);
		if (hi->ind->polaritas == POL_POSITIF ? cmp <= 0 : cmp >= 0)
			continue;
		memset(&tm, 0, sizeof tm);
		tm.kode = hi->ind->kode;
		tm.tahun = c->tahun;
		tm.dilaporkan = ta->raw;
		tm.kunci = rv_kunci_value(&ta->v, ta->raw, hi->ind->skala, kunci);
		tm.benar = rv_benar_tidak_ada();
		rv_add(c, &tm, "Realisasi %s tahun %d (%s) sudah %s target akhir "
		       "Renstra (\"" RV_DIL "\"); target akhir dan target tahun "
		       "berikutnya perlu ditinjau.",
		       rv_nama_indikator(hi->ind, nama, sizeof nama), c->tahun,
		       hi->realisasi_nilai ? hi->realisasi_nilai->raw :
		       rv_fmt_num(r, rb),
		       hi->ind->polaritas == POL_POSITIF ? "melampaui" :
		       "lebih baik (lebih rendah) dari");
	}
}
