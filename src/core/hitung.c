#include "hitung.h"
#include "../util/err.h"
#include "money.h"

#include <string.h>

const struct nilai *hitung_target(const struct indikator *ind, int tahun,
				  const char **jenis)
{
	const struct nilai *n;

	if ((n = tahunan_get(&ind->target_pk_perubahan, tahun))) {
		*jenis = "target_pk_perubahan";
		return n;
	}
	if ((n = tahunan_get(&ind->target_pk, tahun))) {
		*jenis = "target_pk";
		return n;
	}
	*jenis = "target";
	return tahunan_get(&ind->target, tahun);
}

void hitung_opsi(const struct kebijakan *k, struct skala *predikat,
		 struct capaian_opsi *o)
{
	const char *labels[SKALA_MAX];
	struct num mins[SKALA_MAX];
	int i;

	*predikat = skala_predikat_default;
	if (k->nskala > 0 && k->nskala <= SKALA_MAX) {
		for (i = 0; i < k->nskala; i++) {
			labels[i] = k->skala[i].label;
			mins[i] = k->skala[i].min;
		}
		if (skala_build(predikat, "kebijakan", 1, 0, k->nskala, labels,
				mins))
			*predikat = skala_predikat_default;
	}
	memset(o, 0, sizeof *o);
	o->rumus = k->rumus_negatif;
	o->has_batas = k->has_batas;
	o->batas = k->batas_capaian;
}

/* ---- budget sums ---------------------------------------------------- */

static void add_part(int64_t *acc, int *ok, int part_ok, int64_t part,
		     struct jumlah *out, const struct node *who)
{
	if (!part_ok) {
		if (*ok && !out->hilang)
			out->hilang = who;
		*ok = 0;
		return;
	}
	if (*ok && money_add(acc, part)) {
		out->terlalu_besar = 1;
		*ok = 0;
	}
}

static void own_figures(const struct node *n, int tahun, struct jumlah *out)
{
	const struct anggaran *a = node_anggaran(n, tahun);

	memset(out, 0, sizeof *out);
	if (!a)
		return;
	out->ada = a->pagu.ok || a->pagu_perubahan.ok || a->realisasi.ok;
	out->murni_ok = a->pagu.ok;
	out->pagu_murni = a->pagu.rp;
	out->pagu_ok = a->pagu_perubahan.ok || a->pagu.ok;
	out->pagu = a->pagu_perubahan.ok ? a->pagu_perubahan.rp : a->pagu.rp;
	out->realisasi_ok = a->realisasi.ok;
	out->realisasi = a->realisasi.rp;
	if (!out->pagu_ok || !out->realisasi_ok)
		out->hilang = n;
}

void hitung_jumlah(const struct node *n, int tahun, struct jumlah *out)
{
	struct jumlah sum, own;
	int i, any = 0;

	own_figures(n, tahun, &own);
	memset(&sum, 0, sizeof sum);
	sum.pagu_ok = sum.murni_ok = sum.realisasi_ok = 1;
	for (i = 0; i < n->nanak; i++) {
		struct jumlah c;

		hitung_jumlah(&n->anak[i], tahun, &c);
		if (!c.ada)
			continue; /* no figures at all: not part of the total */
		any = 1;
		if (c.hilang && !sum.hilang)
			sum.hilang = c.hilang;
		sum.terlalu_besar |= c.terlalu_besar;
		add_part(&sum.pagu, &sum.pagu_ok, c.pagu_ok, c.pagu, &sum, &n->anak[i]);
		add_part(&sum.pagu_murni, &sum.murni_ok, c.murni_ok, c.pagu_murni,
			 &sum, &n->anak[i]);
		add_part(&sum.realisasi, &sum.realisasi_ok, c.realisasi_ok,
			 c.realisasi, &sum, &n->anak[i]);
	}
	if (!any) {
		*out = own;
		return;
	}
	sum.ada = 1;
	/* Before the revision, lines often print only the revised amount:
	 * when the children's pagu murni is not complete, the line's own
	 * one stands. */
	if (!sum.murni_ok && own.murni_ok) {
		sum.murni_ok = 1;
		sum.pagu_murni = own.pagu_murni;
	}
	*out = sum;
}

/* Sum of the programs of a set of nodes (a sasaran, an agency). */
static void jumlah_program(const struct node *n, int tahun, struct jumlah *sum,
			   int *any)
{
	int i;

	if (n->tingkat == TK_PROGRAM) {
		struct jumlah c;

		hitung_jumlah(n, tahun, &c);
		if (!c.ada)
			return;
		*any = 1;
		if (c.hilang && !sum->hilang)
			sum->hilang = c.hilang;
		sum->terlalu_besar |= c.terlalu_besar;
		add_part(&sum->pagu, &sum->pagu_ok, c.pagu_ok, c.pagu, sum, n);
		add_part(&sum->pagu_murni, &sum->murni_ok, c.murni_ok, c.pagu_murni,
			 sum, n);
		add_part(&sum->realisasi, &sum->realisasi_ok, c.realisasi_ok,
			 c.realisasi, sum, n);
		return;
	}
	for (i = 0; i < n->nanak; i++)
		jumlah_program(&n->anak[i], tahun, sum, any);
}

static void jumlah_init(struct jumlah *j)
{
	memset(j, 0, sizeof *j);
	j->pagu_ok = j->murni_ok = j->realisasi_ok = 1;
}

static void serapan_of(struct hasil_anggaran *a)
{
	if (!a->j.pagu_ok) {
		a->alasan = "pagu_kosong";
	} else if (!a->j.realisasi_ok) {
		a->alasan = "realisasi_kosong";
	} else if (a->j.pagu == 0) {
		a->alasan = "pagu_nol";
	} else if (money_serapan(a->j.realisasi, a->j.pagu, &a->serapan)) {
		a->alasan = "di_luar_jangkauan";
	} else {
		a->serapan_ok = 1;
	}
	if (a->j.terlalu_besar) {
		a->serapan_ok = 0;
		a->alasan = "jumlah_terlalu_besar";
	}
}

/* ---- indicators ----------------------------------------------------- */

void hitung_realisasi(const struct indikator *ind, int tahun,
		      struct hasil_indikator *r)
{
	const struct nilai *n = tahunan_get(&ind->realisasi, tahun);
	const struct periode *p = indikator_periode(ind, tahun);
	struct value pv[12];
	int j;

	r->realisasi.kind = VAL_KOSONG;
	r->realisasi.alasan = ALASAN_KOSONG;
	if (n) {
		r->realisasi = n->v;
		r->realisasi_nilai = n;
		return;
	}
	if (!p)
		return;
	for (j = 0; j < p->n && j < 12; j++) {
		if (p->a[j].raw)
			pv[j] = p->a[j].v;
		else
			value_parse("", 0, &pv[j]);
	}
	realisasi_agregasi(pv, j, ind->agregasi, &r->realisasi,
			   &r->nperiode_hilang);
}

static void hitung_indikator(const struct hasil *h, const struct instansi *in,
			     const struct node *node, const struct indikator *ind,
			     struct hasil_indikator *r)
{
	struct capaian_opsi o = h->opsi;
	pct_t shown;

	memset(r, 0, sizeof *r);
	r->instansi = in;
	r->node = node;
	r->ind = ind;
	o.skala = skala_builtin(ind->skala);
	r->target = hitung_target(ind, h->tahun, &r->target_jenis);
	hitung_realisasi(ind, h->tahun, r);
	if (ind->tipe == TIPE_TEKS) {
		/* a text indicator needs a person's verdict, whatever it holds */
		r->cap.ambang = -1;
		r->cap.alasan = CAP_REALISASI_TEKS;
		r->cap_akhir = r->cap;
		r->has_akhir = ind->target_akhir.raw != NULL;
		return;
	}
	capaian_hitung(r->target ? &r->target->v : NULL, &r->realisasi,
		       ind->polaritas, &o, &r->cap);
	if (ind->target_akhir.raw) {
		r->has_akhir = 1;
		capaian_hitung(&ind->target_akhir.v, &r->realisasi, ind->polaritas,
			       &o, &r->cap_akhir);
	}
	if (r->cap.ok) {
		/* the predikat of the figure people read: rounded, capped */
		shown = pct_round(r->cap.terbatas, h->desimal);
		r->predikat = skala_label(&h->predikat, pct_to_num(shown));
	}
}

/* ---- the whole package ---------------------------------------------- */

struct ctx {
	struct hasil *h;
	const struct instansi *in;
	int cursor; /* the first result of the next node's indicators */
};

/* Mean of the capped capaian of the n results at r; indicators without a
 * capaian are left out and counted. */
static int mean_of(const struct hasil_indikator *r, int n, pct_t *out,
		   int *used, int *left)
{
	__int128 sum = 0;
	int i;

	*used = *left = 0;
	for (i = 0; i < n; i++) {
		if (!r[i].cap.ok) {
			(*left)++;
			continue;
		}
		sum += r[i].cap.terbatas;
		(*used)++;
	}
	if (*used == 0)
		return 0;
	*out = (pct_t)(sum / *used);
	return 1;
}

static struct hasil_anggaran *add_anggaran(struct hasil *h,
					   const struct instansi *in,
					   const struct node *n, const char *kode,
					   const struct jumlah *j)
{
	struct hasil_anggaran *a = &h->anggaran[h->nanggaran++];

	a->instansi = in;
	a->node = n;
	a->kode = kode;
	a->j = *j;
	serapan_of(a);
	return a;
}

static void add_efisiensi(struct hasil *h, const struct instansi *in,
			  const struct node *n, pct_t capaian,
			  const struct hasil_anggaran *a)
{
	struct hasil_efisiensi *f;

	if (!a->serapan_ok)
		return;
	f = &h->efisiensi[h->nefisiensi++];
	f->instansi = in;
	f->node = n;
	f->kode = n->kode;
	f->capaian = capaian;
	f->serapan = a->serapan;
	/* metode "selisih": efficient when capaian − serapan > ambang */
	f->efisien = money_efisien(capaian, a->serapan, h->ambang);
}

static int visit(const struct node *n, const struct node *parent, void *vctx)
{
	struct ctx *c = vctx;
	struct hasil *h = c->h;
	int i;

	(void)parent;
	for (i = 0; i < n->nindikator; i++)
		hitung_indikator(h, c->in, n, &n->indikator[i],
				 &h->ind[h->nind++]);
	return 0;
}

/* Budget lines, sasaran aggregates and efisiensi, once the indicators of
 * the agency are done. */
static int visit_totals(const struct node *n, const struct node *parent,
			void *vctx)
{
	struct ctx *c = vctx;
	struct hasil *h = c->h;
	struct jumlah j;
	struct hasil_anggaran *a = NULL;
	pct_t mean = 0;
	int used, left, any = 0, has_mean;

	(void)parent;
	/* both walks visit nodes in the same order */
	has_mean = mean_of(&h->ind[c->cursor], n->nindikator, &mean, &used,
			   &left);
	c->cursor += n->nindikator;
	if (n->tingkat >= TK_PROGRAM) {
		hitung_jumlah(n, h->tahun, &j);
		if (j.ada)
			a = add_anggaran(h, c->in, n, n->kode, &j);
	} else if (n->tingkat == TK_SASARAN) {
		struct hasil_sasaran *s = &h->sasaran[h->nsasaran++];

		s->instansi = c->in;
		s->node = n;
		s->kode = n->kode;
		s->ok = has_mean;
		s->capaian = has_mean ? mean : 0;
		s->n = used;
		s->ntanpa = left;
		jumlah_init(&j);
		jumlah_program(n, h->tahun, &j, &any);
		if (any) {
			j.ada = 1;
			a = add_anggaran(h, c->in, n, n->kode, &j);
		}
	}
	if (a && has_mean && n->tingkat <= TK_PROGRAM)
		add_efisiensi(h, c->in, n, mean, a);
	return 0;
}

static void agency_totals(struct hasil *h, const struct instansi *in,
			  int sasaran_from)
{
	struct hasil_sasaran *s;
	struct jumlah j;
	__int128 sum = 0;
	int i, k = 0, left = 0, any = 0;

	for (i = sasaran_from; i < h->nsasaran; i++) {
		if (h->sasaran[i].ok) {
			sum += h->sasaran[i].capaian;
			k++;
		} else {
			left++;
		}
	}
	s = &h->sasaran[h->nsasaran++];
	s->instansi = in;
	s->kode = in->kode;
	s->ok = k > 0;
	s->capaian = k ? (pct_t)(sum / k) : 0;
	s->n = k;
	s->ntanpa = left;

	jumlah_init(&j);
	for (i = 0; i < in->ntujuan; i++)
		jumlah_program(&in->tujuan[i], h->tahun, &j, &any);
	if (any) {
		j.ada = 1;
		add_anggaran(h, in, NULL, in->kode, &j);
	}
}

static int count_nodes(const struct node *n, const struct node *parent,
		       void *vctx)
{
	int *cnt = vctx;

	(void)parent;
	cnt[0] += n->nindikator;
	cnt[1] += 1;
	return 0;
}

int hitung_pkg(const struct pkg *p, int tahun, const char *instansi_kode,
	       struct hasil *h, struct sk_err *e)
{
	struct ctx c;
	int i, cnt[2] = { 0, 0 }, found = 0;

	memset(h, 0, sizeof *h);
	h->tahun = tahun;
	h->desimal = p->kebijakan.desimal >= 0 && p->kebijakan.desimal <= 9 ?
		p->kebijakan.desimal : 2;
	if (num_to_pct(p->kebijakan.efisiensi_ambang, &h->ambang))
		h->ambang = 0;
	hitung_opsi(&p->kebijakan, &h->predikat, &h->opsi);
	for (i = 0; i < p->ninstansi; i++) {
		if (instansi_kode && strcmp(p->instansi[i].kode, instansi_kode))
			continue;
		found++;
		cnt[1] += 1;
		instansi_walk(&p->instansi[i], count_nodes, cnt);
	}
	if (instansi_kode && !found)
		return sk_errf(e, SK_ENOTFOUND, "no instansi with kode '%s'",
			       instansi_kode);
	h->ind = arena_array(&h->arena, (size_t)cnt[0] + 1, sizeof *h->ind);
	h->anggaran = arena_array(&h->arena, (size_t)cnt[1] + 1, sizeof *h->anggaran);
	h->sasaran = arena_array(&h->arena, (size_t)cnt[1] + 1, sizeof *h->sasaran);
	h->efisiensi = arena_array(&h->arena, (size_t)cnt[1] + 1,
				   sizeof *h->efisiensi);
	if (h->arena.err)
		return sk_errf(e, SK_ENOMEM, "out of memory");
	c.h = h;
	for (i = 0; i < p->ninstansi; i++) {
		int from = h->nsasaran;

		if (instansi_kode && strcmp(p->instansi[i].kode, instansi_kode))
			continue;
		c.in = &p->instansi[i];
		c.cursor = h->nind;
		instansi_walk(c.in, visit, &c);
		instansi_walk(c.in, visit_totals, &c);
		agency_totals(h, c.in, from);
	}
	return 0;
}

void hasil_free(struct hasil *h)
{
	arena_free(&h->arena);
	memset(h, 0, sizeof *h);
}

const struct hasil_indikator *hasil_ind(const struct hasil *h,
					const struct indikator *ind)
{
	int i;

	for (i = 0; h && i < h->nind; i++)
		if (h->ind[i].ind == ind)
			return &h->ind[i];
	return NULL;
}
