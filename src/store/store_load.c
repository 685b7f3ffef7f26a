/* store_load: store_load_pkg — a package back from the database.
 *
 * Reads in one read transaction (a consistent snapshot while a writer
 * works), one query per list of an owner, in the order it was saved
 * (urutan, or the year for year lists). Each query carries its row count
 * (count(*) OVER ()) so that the list is allocated once in the package's
 * arena. Values are re-parsed from their raw text. */
#include "store_int.h"

#include <string.h>

struct load {
	struct store *s;
	struct arena *a;
	struct sk_err *e;
	int rc; /* why alloc_n failed */
};

static int prep(struct load *ld, int id, const char *sql, sqlite3_stmt **st)
{
	return store_stmt(ld->s, id, sql, st, ld->e);
}

/* 1: a row, 0: the end (statement reset), < 0: an error. */
static int next(struct load *ld, sqlite3_stmt *st)
{
	int rc = sqlite3_step(st);

	if (rc == SQLITE_ROW)
		return 1;
	if (rc == SQLITE_DONE) {
		sqlite3_reset(st);
		return 0;
	}
	return store_fail(ld->s, rc, ld->e, "loading");
}

static int corrupt(struct load *ld, const char *what)
{
	return sk_errf(ld->e, SK_EIO, "loading: the database is inconsistent: %s",
		       what);
}

/* n elements of sz in the arena; NULL, with ld->rc and ld->e set, when
 * out of memory or when n is not a count. */
static void *alloc_n(struct load *ld, sqlite3_int64 n, size_t sz)
{
	void *p = n > 0 && n < INT32_MAX ? arena_array(ld->a, (size_t)n, sz)
					 : NULL;

	if (!p)
		ld->rc = sk_errf(ld->e, ld->a->err ? ld->a->err : SK_EIO,
				 "loading: cannot allocate a list of %lld",
				 (long long)n);
	return p;
}

static const char *col_str(struct load *ld, sqlite3_stmt *st, int i)
{
	const char *z = (const char *)sqlite3_column_text(st, i);

	return z ? arena_strndup(ld->a, z, (size_t)sqlite3_column_bytes(st, i))
		 : NULL;
}

/* A value: raw text at column i, is_num at column i + 1. */
static void col_nilai(struct load *ld, sqlite3_stmt *st, int i,
		      struct nilai *n)
{
	n->raw = col_str(ld, st, i);
	n->is_num = sqlite3_column_int(st, i + 1);
	if (!n->raw)
		return;
	if (n->is_num)
		value_from_json_number(n->raw, strlen(n->raw), &n->v);
	else
		value_parse(n->raw, strlen(n->raw), &n->v);
}

/* Money: the amount at column i (NULL: not given), the string at i + 1. */
static void col_uang(struct load *ld, sqlite3_stmt *st, int i, struct uang *u)
{
	u->ok = sqlite3_column_type(st, i) != SQLITE_NULL;
	u->rp = sqlite3_column_int64(st, i);
	u->raw = col_str(ld, st, i + 1);
}

/* Index of z in a[0..n), or -1. */
static int lookup(const char *const *a, int n, const char *z)
{
	int i;

	for (i = 0; z && i < n; i++)
		if (strcmp(a[i], z) == 0)
			return i;
	return -1;
}

/* Rows of grouped lists come ordered by group; a new key starts a group. */
struct grp {
	sqlite3_int64 key;
	int g; /* index of the current group, -1 before the first */
	int k; /* entries of the current group so far */
};

static int grp_row(struct grp *gr, sqlite3_int64 key)
{
	if (gr->g >= 0 && key == gr->key)
		return 0;
	gr->key = key;
	gr->g++;
	gr->k = 0;
	return 1;
}

static int load_skala(struct load *ld, sqlite3_int64 pemda_id,
		      struct kebijakan *k)
{
	sqlite3_stmt *st;
	int rc;

	if ((rc = prep(ld, SQ_SKALA_GET,
		       "SELECT min, label, count(*) OVER () FROM skala_predikat"
		       " WHERE pemda_id = ?1 ORDER BY urutan", &st)))
		return rc;
	sqlite3_bind_int64(st, 1, pemda_id);
	while ((rc = next(ld, st)) == 1) {
		struct skala_predikat_row *r;

		if (!k->skala && !(k->skala = alloc_n(ld, sqlite3_column_int64(
				      st, 2), sizeof *k->skala)))
			return ld->rc;
		r = &k->skala[k->nskala++];
		if (store_num_parse((const char *)sqlite3_column_text(st, 0),
				    &r->min))
			return corrupt(ld, "skala_predikat.min");
		r->label = col_str(ld, st, 1);
	}
	return rc;
}

/* Which pemda: the one named, or the only one. */
static int pick_pemda(struct load *ld, const char **kode)
{
	sqlite3_stmt *st;
	int rc, n = 0;

	if (*kode)
		return 0;
	if ((rc = prep(ld, SQ_PEMDA_ONLY, "SELECT kode FROM pemda LIMIT 2", &st)))
		return rc;
	while ((rc = next(ld, st)) == 1)
		if (n++ == 0)
			*kode = col_str(ld, st, 0);
	if (rc < 0)
		return rc;
	if (n == 0)
		return sk_errf(ld->e, SK_ENOTFOUND, "the database holds no pemda");
	if (n > 1)
		return sk_errf(ld->e, SK_EUSAGE,
			       "the database holds several pemda: name one");
	return 0;
}

static int load_pemda(struct load *ld, const char *kode, struct pkg *p,
		      sqlite3_int64 *id)
{
	struct kebijakan *k = &p->kebijakan;
	const char *batas;
	sqlite3_stmt *st;
	int rc;

	if ((rc = pick_pemda(ld, &kode)) ||
	    (rc = prep(ld, SQ_PEMDA_GET,
		       "SELECT id, kode, nama, rumus_negatif, has_rumus,"
		       " batas_capaian, has_skala, efisiensi_metode,"
		       " efisiensi_ambang, has_efisiensi, desimal, has_desimal"
		       " FROM pemda WHERE kode = ?1", &st)))
		return rc;
	sqlite3_bind_text(st, 1, kode, -1, SQLITE_TRANSIENT);
	if ((rc = next(ld, st)) <= 0)
		return rc ? rc : sk_errf(ld->e, SK_ENOTFOUND,
					 "pemda '%s' is not in the database",
					 kode);
	*id = sqlite3_column_int64(st, 0);
	p->pemda_kode = col_str(ld, st, 1);
	p->pemda_nama = col_str(ld, st, 2);
	k->rumus_negatif = strcmp((const char *)sqlite3_column_text(st, 3),
				  "T/R") == 0 ? RUMUS_T_R : RUMUS_2T_R;
	k->has_rumus = sqlite3_column_int(st, 4);
	batas = (const char *)sqlite3_column_text(st, 5);
	k->has_batas = batas != NULL;
	k->has_skala = sqlite3_column_int(st, 6);
	k->efisiensi_metode = col_str(ld, st, 7);
	k->has_efisiensi = sqlite3_column_int(st, 9);
	k->desimal = sqlite3_column_int(st, 10);
	k->has_desimal = sqlite3_column_int(st, 11);
	if ((batas && store_num_parse(batas, &k->batas_capaian)) ||
	    store_num_parse((const char *)sqlite3_column_text(st, 8),
			    &k->efisiensi_ambang))
		return corrupt(ld, "pemda kebijakan");
	sqlite3_reset(st);
	return load_skala(ld, *id, k);
}

static int load_cetak(struct load *ld, sqlite3_int64 anggaran_id,
		      struct anggaran_cetak **out, int *n)
{
	sqlite3_stmt *st;
	int rc;

	if ((rc = prep(ld, SQ_CETAK_GET,
		       "SELECT sumber, pagu, pagu_perubahan, realisasi, serapan,"
		       " count(*) OVER () FROM anggaran_cetak"
		       " WHERE anggaran_id = ?1 ORDER BY urutan", &st)))
		return rc;
	sqlite3_bind_int64(st, 1, anggaran_id);
	while ((rc = next(ld, st)) == 1) {
		struct anggaran_cetak *c;

		if (!*out && !(*out = alloc_n(ld, sqlite3_column_int64(st, 5),
					      sizeof **out)))
			return ld->rc;
		c = &(*out)[(*n)++];
		c->sumber = col_str(ld, st, 0);
		c->pagu = col_str(ld, st, 1);
		c->pagu_perubahan = col_str(ld, st, 2);
		c->realisasi = col_str(ld, st, 3);
		c->serapan = col_str(ld, st, 4);
	}
	return rc;
}

static int load_rincian(struct load *ld, sqlite3_int64 anggaran_id,
			struct anggaran *a)
{
	sqlite3_stmt *st;
	int rc;

	if ((rc = prep(ld, SQ_RINCIAN_GET,
		       "SELECT uraian, pagu, pagu_raw, pagu_perubahan,"
		       " pagu_perubahan_raw, realisasi, realisasi_raw,"
		       " count(*) OVER () FROM rincian WHERE anggaran_id = ?1"
		       " ORDER BY urutan", &st)))
		return rc;
	sqlite3_bind_int64(st, 1, anggaran_id);
	while ((rc = next(ld, st)) == 1) {
		struct rincian *r;

		if (!a->rincian && !(a->rincian = alloc_n(
				      ld, sqlite3_column_int64(st, 7),
				      sizeof *a->rincian)))
			return ld->rc;
		r = &a->rincian[a->nrincian++];
		r->uraian = col_str(ld, st, 0);
		col_uang(ld, st, 1, &r->pagu);
		col_uang(ld, st, 3, &r->pagu_perubahan);
		col_uang(ld, st, 5, &r->realisasi);
	}
	return rc;
}

static int load_anggaran(struct load *ld, sqlite3_int64 node_id,
			 struct node *n)
{
	sqlite3_stmt *st;
	int rc;

	if ((rc = prep(ld, SQ_ANGGARAN_NODE_GET,
		       "SELECT id, tahun, pagu, pagu_raw, pagu_perubahan,"
		       " pagu_perubahan_raw, realisasi, realisasi_raw, pagu_pk,"
		       " pagu_pk_raw, pagu_pk_perubahan, pagu_pk_perubahan_raw,"
		       " count(*) OVER () FROM anggaran WHERE node_id = ?1"
		       " ORDER BY tahun", &st)))
		return rc;
	sqlite3_bind_int64(st, 1, node_id);
	while ((rc = next(ld, st)) == 1) {
		sqlite3_int64 id = sqlite3_column_int64(st, 0);
		struct anggaran *a;

		if (!n->anggaran && !(n->anggaran = alloc_n(
				      ld, sqlite3_column_int64(st, 12),
				      sizeof *n->anggaran)))
			return ld->rc;
		a = &n->anggaran[n->nanggaran++];
		a->tahun = sqlite3_column_int(st, 1);
		col_uang(ld, st, 2, &a->pagu);
		col_uang(ld, st, 4, &a->pagu_perubahan);
		col_uang(ld, st, 6, &a->realisasi);
		col_uang(ld, st, 8, &a->pagu_pk);
		col_uang(ld, st, 10, &a->pagu_pk_perubahan);
		if ((rc = load_rincian(ld, id, a)) ||
		    (rc = load_cetak(ld, id, &a->dilaporkan, &a->ndilaporkan)))
			return rc;
	}
	return rc;
}

/* Narrative of an agency (stmt SQ_NARASI_INSTANSI_GET) or an indicator. */
static int load_narasi(struct load *ld, int which, sqlite3_int64 owner,
		       struct narasi_list *l)
{
	static const char *const aSql[] = {
		"SELECT tahun, kunci, teks, count(kunci) OVER (PARTITION BY tahun),"
		" (SELECT count(DISTINCT tahun) FROM narasi WHERE instansi_id = ?1)"
		" FROM narasi WHERE instansi_id = ?1 ORDER BY tahun, ke",
		"SELECT tahun, kunci, teks, count(kunci) OVER (PARTITION BY tahun),"
		" (SELECT count(DISTINCT tahun) FROM narasi WHERE indikator_id = ?1)"
		" FROM narasi WHERE indikator_id = ?1 ORDER BY tahun, ke",
	};
	struct grp gr = { 0, -1, 0 };
	sqlite3_stmt *st;
	struct narasi *na = NULL;
	int rc, nk;

	if ((rc = prep(ld, which, aSql[which != SQ_NARASI_INSTANSI_GET], &st)))
		return rc;
	sqlite3_bind_int64(st, 1, owner);
	while ((rc = next(ld, st)) == 1) {
		if (!l->a && !(l->a = alloc_n(ld, sqlite3_column_int64(st, 4),
					      sizeof *l->a)))
			return ld->rc;
		if (grp_row(&gr, sqlite3_column_int64(st, 0))) {
			if (gr.g >= sqlite3_column_int(st, 4))
				return corrupt(ld, "narasi");
			na = &l->a[l->n++];
			na->tahun = (int)gr.key;
			nk = sqlite3_column_int(st, 3);
			if (nk > 0 &&
			    (!(na->kunci = alloc_n(ld, nk, sizeof *na->kunci)) ||
			     !(na->teks = alloc_n(ld, nk, sizeof *na->teks))))
				return ld->rc;
		}
		if (sqlite3_column_type(st, 1) == SQLITE_NULL)
			continue; /* a year given with no section */
		if (na->n >= sqlite3_column_int(st, 3))
			return corrupt(ld, "narasi");
		na->kunci[na->n] = col_str(ld, st, 1);
		na->teks[na->n++] = col_str(ld, st, 2);
	}
	return rc;
}

/* Printed figures of an indicator (SQ_LAPORAN_INDIKATOR_GET) or a node. */
static int load_laporan(struct load *ld, int which, sqlite3_int64 owner,
			struct laporan_list *l)
{
	static const char *const aSql[] = {
		"SELECT l.id, l.tahun, l.kunci, l.as_list, c.ke, c.nilai,"
		" c.sumber, count(c.ke) OVER (PARTITION BY l.id),"
		" (SELECT count(*) FROM laporan WHERE indikator_id = ?1)"
		" FROM laporan l LEFT JOIN laporan_cetak c ON c.laporan_id = l.id"
		" WHERE l.indikator_id = ?1 ORDER BY l.urutan, c.ke",
		"SELECT l.id, l.tahun, l.kunci, l.as_list, c.ke, c.nilai,"
		" c.sumber, count(c.ke) OVER (PARTITION BY l.id),"
		" (SELECT count(*) FROM laporan WHERE node_id = ?1)"
		" FROM laporan l LEFT JOIN laporan_cetak c ON c.laporan_id = l.id"
		" WHERE l.node_id = ?1 ORDER BY l.urutan, c.ke",
	};
	struct grp gr = { 0, -1, 0 };
	sqlite3_stmt *st;
	struct laporan *lp = NULL;
	int rc, nc;

	if ((rc = prep(ld, which, aSql[which != SQ_LAPORAN_INDIKATOR_GET], &st)))
		return rc;
	sqlite3_bind_int64(st, 1, owner);
	while ((rc = next(ld, st)) == 1) {
		if (!l->a && !(l->a = alloc_n(ld, sqlite3_column_int64(st, 8),
					      sizeof *l->a)))
			return ld->rc;
		if (grp_row(&gr, sqlite3_column_int64(st, 0))) {
			if (gr.g >= sqlite3_column_int(st, 8))
				return corrupt(ld, "laporan");
			lp = &l->a[l->n++];
			lp->tahun = sqlite3_column_int(st, 1);
			lp->kunci = col_str(ld, st, 2);
			lp->as_list = sqlite3_column_int(st, 3);
			nc = sqlite3_column_int(st, 7);
			if (nc > 0 && !(lp->a = alloc_n(ld, nc, sizeof *lp->a)))
				return ld->rc;
		}
		if (sqlite3_column_type(st, 4) == SQLITE_NULL)
			continue; /* an empty list */
		if (lp->n >= sqlite3_column_int(st, 7))
			return corrupt(ld, "laporan_cetak");
		lp->a[lp->n].nilai = col_str(ld, st, 5);
		lp->a[lp->n++].sumber = col_str(ld, st, 6);
	}
	return rc;
}

static int load_nilai(struct load *ld, sqlite3_int64 id, struct indikator *ind)
{
	static const char *const aJenis[] = { "target", "target_pk",
					      "target_pk_perubahan", "realisasi" };
	struct tahunan *aT[] = { &ind->target, &ind->target_pk,
				 &ind->target_pk_perubahan, &ind->realisasi };
	sqlite3_stmt *st;
	struct tahunan *t;
	int rc, j;

	if ((rc = prep(ld, SQ_NILAI_GET,
		       "SELECT jenis, tahun, raw, is_num,"
		       " count(*) OVER (PARTITION BY jenis) FROM nilai"
		       " WHERE indikator_id = ?1 ORDER BY jenis, tahun", &st)))
		return rc;
	sqlite3_bind_int64(st, 1, id);
	while ((rc = next(ld, st)) == 1) {
		j = lookup(aJenis, 4, (const char *)sqlite3_column_text(st, 0));
		if (j < 0)
			return corrupt(ld, "nilai.jenis");
		t = aT[j];
		if (!t->a && !(t->a = alloc_n(ld, sqlite3_column_int64(st, 4),
					      sizeof *t->a)))
			return ld->rc;
		if (t->n >= sqlite3_column_int(st, 4))
			return corrupt(ld, "nilai");
		t->a[t->n].tahun = sqlite3_column_int(st, 1);
		col_nilai(ld, st, 2, &t->a[t->n++].n);
	}
	return rc;
}

static int load_periode(struct load *ld, sqlite3_int64 id,
			struct indikator *ind)
{
	struct grp gr = { 0, -1, 0 };
	sqlite3_stmt *st;
	struct periode *pr = NULL;
	int rc;

	if ((rc = prep(ld, SQ_PERIODE_GET,
		       "SELECT tahun, jenis, raw, is_num,"
		       " count(*) OVER (PARTITION BY tahun),"
		       " (SELECT count(DISTINCT tahun) FROM periode"
		       "  WHERE indikator_id = ?1)"
		       " FROM periode WHERE indikator_id = ?1 ORDER BY tahun, ke",
		       &st)))
		return rc;
	sqlite3_bind_int64(st, 1, id);
	while ((rc = next(ld, st)) == 1) {
		if (!ind->periode &&
		    !(ind->periode = alloc_n(ld, sqlite3_column_int64(st, 5),
					     sizeof *ind->periode)))
			return ld->rc;
		if (grp_row(&gr, sqlite3_column_int64(st, 0))) {
			if (gr.g >= sqlite3_column_int(st, 5))
				return corrupt(ld, "periode");
			pr = &ind->periode[ind->nperiode++];
			pr->tahun = (int)gr.key;
			pr->bulanan = strcmp((const char *)sqlite3_column_text(
						     st, 1), "bulan") == 0;
			if (!(pr->a = alloc_n(ld, sqlite3_column_int64(st, 4),
					      sizeof *pr->a)))
				return ld->rc;
		}
		if (pr->n >= sqlite3_column_int(st, 4))
			return corrupt(ld, "periode");
		col_nilai(ld, st, 2, &pr->a[pr->n++]);
	}
	return rc;
}

static int load_pembanding(struct load *ld, sqlite3_int64 id,
			   struct indikator *ind)
{
	struct grp gr = { 0, -1, 0 };
	sqlite3_stmt *st;
	struct pembanding *pb = NULL;
	int rc, nv;

	if ((rc = prep(ld, SQ_PEMBANDING_GET,
		       "SELECT p.id, p.jenis, v.tahun, v.raw, v.is_num,"
		       " count(v.tahun) OVER (PARTITION BY p.id),"
		       " (SELECT count(*) FROM pembanding WHERE indikator_id = ?1)"
		       " FROM pembanding p LEFT JOIN pembanding_nilai v"
		       " ON v.pembanding_id = p.id WHERE p.indikator_id = ?1"
		       " ORDER BY p.urutan, v.tahun", &st)))
		return rc;
	sqlite3_bind_int64(st, 1, id);
	while ((rc = next(ld, st)) == 1) {
		if (!ind->pembanding &&
		    !(ind->pembanding = alloc_n(ld, sqlite3_column_int64(st, 6),
						sizeof *ind->pembanding)))
			return ld->rc;
		if (grp_row(&gr, sqlite3_column_int64(st, 0))) {
			if (gr.g >= sqlite3_column_int(st, 6))
				return corrupt(ld, "pembanding");
			pb = &ind->pembanding[ind->npembanding++];
			pb->jenis = col_str(ld, st, 1);
			nv = sqlite3_column_int(st, 5);
			if (nv > 0 && !(pb->nilai.a = alloc_n(ld, nv,
							      sizeof *pb->nilai.a)))
				return ld->rc;
		}
		if (sqlite3_column_type(st, 2) == SQLITE_NULL)
			continue; /* a comparison with no year */
		if (pb->nilai.n >= sqlite3_column_int(st, 5))
			return corrupt(ld, "pembanding_nilai");
		pb->nilai.a[pb->nilai.n].tahun = sqlite3_column_int(st, 2);
		col_nilai(ld, st, 3, &pb->nilai.a[pb->nilai.n++].n);
	}
	return rc;
}

static const char *const aPolaritas[] = { "positif", "negatif", "rentang" };
static const char *const aTipe[] = { "angka", "predikat", "teks" };
static const char *const aAgregasi[] = { "kumulatif", "terakhir", "rata_rata" };

/* The columns of one indikator row; returns 0 or an error. */
static int col_indikator(struct load *ld, sqlite3_stmt *st,
			 struct indikator *ind)
{
	int pol = lookup(aPolaritas, 3, (const char *)sqlite3_column_text(st, 6));
	int tipe = lookup(aTipe, 3, (const char *)sqlite3_column_text(st, 7));
	int agr = lookup(aAgregasi, 3, (const char *)sqlite3_column_text(st, 9));

	if (pol < 0 || tipe < 0 || agr < 0)
		return corrupt(ld, "indikator polaritas, tipe or agregasi");
	ind->kode = col_str(ld, st, 1);
	ind->uraian = col_str(ld, st, 2);
	ind->satuan = col_str(ld, st, 3);
	ind->iku = sqlite3_column_int(st, 4);
	ind->has_iku = sqlite3_column_int(st, 5);
	ind->polaritas = (enum polaritas)pol;
	ind->tipe = (enum tipe_indikator)tipe;
	ind->skala = col_str(ld, st, 8);
	ind->agregasi = (enum agregasi)agr;
	ind->has_agregasi = sqlite3_column_int(st, 10);
	ind->formula = col_str(ld, st, 11);
	ind->sumber_data = col_str(ld, st, 12);
	ind->baseline_tahun = sqlite3_column_int(st, 13);
	col_nilai(ld, st, 14, &ind->baseline);
	col_nilai(ld, st, 16, &ind->target_akhir);
	return 0;
}

static int load_indikator(struct load *ld, sqlite3_int64 node_id,
			  struct node *n)
{
	sqlite3_stmt *st;
	int rc;

	if ((rc = prep(ld, SQ_INDIKATOR_GET,
		       "SELECT id, kode, uraian, satuan, iku, has_iku, polaritas,"
		       " tipe, skala, agregasi, has_agregasi, formula,"
		       " sumber_data, baseline_tahun, baseline_raw,"
		       " baseline_is_num, target_akhir_raw, target_akhir_is_num,"
		       " count(*) OVER () FROM indikator WHERE node_id = ?1"
		       " ORDER BY urutan", &st)))
		return rc;
	sqlite3_bind_int64(st, 1, node_id);
	while ((rc = next(ld, st)) == 1) {
		sqlite3_int64 id = sqlite3_column_int64(st, 0);
		struct indikator *ind;

		if (!n->indikator && !(n->indikator = alloc_n(
				       ld, sqlite3_column_int64(st, 18),
				       sizeof *n->indikator)))
			return ld->rc;
		ind = &n->indikator[n->nindikator++];
		if ((rc = col_indikator(ld, st, ind)) ||
		    (rc = load_nilai(ld, id, ind)) ||
		    (rc = load_periode(ld, id, ind)) ||
		    (rc = load_pembanding(ld, id, ind)) ||
		    (rc = load_laporan(ld, SQ_LAPORAN_INDIKATOR_GET, id,
				       &ind->dilaporkan)) ||
		    (rc = load_narasi(ld, SQ_NARASI_INDIKATOR_GET, id,
				      &ind->narasi)))
			return rc;
	}
	return rc;
}

static const char *const aTingkat[] = { "tujuan", "sasaran", "program",
					"kegiatan", "subkegiatan" };

/* The nodes of an agency below parent_id (0: its tujuan), at depth. */
static int load_nodes(struct load *ld, sqlite3_int64 instansi_id,
		      sqlite3_int64 parent_id, int depth, struct node **out,
		      int *nout)
{
	sqlite3_stmt *st;
	int rc, tk;

	if ((rc = prep(ld, SQ_NODE_GET + depth,
		       "SELECT id, tingkat, kode, uraian, count(*) OVER ()"
		       " FROM node WHERE instansi_id = ?1 AND parent_id IS ?2"
		       " ORDER BY urutan", &st)))
		return rc;
	sqlite3_bind_int64(st, 1, instansi_id);
	if (parent_id)
		sqlite3_bind_int64(st, 2, parent_id);
	while ((rc = next(ld, st)) == 1) {
		sqlite3_int64 id = sqlite3_column_int64(st, 0);
		struct node *n;

		if (!*out && !(*out = alloc_n(ld, sqlite3_column_int64(st, 4),
					      sizeof **out)))
			return ld->rc;
		n = &(*out)[(*nout)++];
		if ((tk = lookup(aTingkat, 5, (const char *)sqlite3_column_text(
					  st, 1))) < 0)
			return corrupt(ld, "node.tingkat");
		n->tingkat = (enum tingkat)tk;
		n->kode = col_str(ld, st, 2);
		n->uraian = col_str(ld, st, 3);
		if ((rc = load_indikator(ld, id, n)) ||
		    (rc = load_anggaran(ld, id, n)) ||
		    (rc = load_laporan(ld, SQ_LAPORAN_NODE_GET, id,
				       &n->dilaporkan)))
			return rc;
		if (depth + SQ_NODE_GET < SQ_NODE_GET_LAST &&
		    (rc = load_nodes(ld, instansi_id, id, depth + 1, &n->anak,
				     &n->nanak)))
			return rc;
	}
	return rc;
}

static int load_pejabat(struct load *ld, sqlite3_int64 id,
			struct instansi *in)
{
	sqlite3_stmt *st;
	struct pejabat *pj;
	int rc;

	if ((rc = prep(ld, SQ_PEJABAT_GET,
		       "SELECT peran, nama, nip, jabatan, pangkat FROM pejabat"
		       " WHERE instansi_id = ?1", &st)))
		return rc;
	sqlite3_bind_int64(st, 1, id);
	while ((rc = next(ld, st)) == 1) {
		if (strcmp((const char *)sqlite3_column_text(st, 0), "atasan")) {
			in->has_pimpinan = 1;
			pj = &in->pimpinan;
		} else {
			in->has_atasan = 1;
			pj = &in->atasan;
		}
		pj->nama = col_str(ld, st, 1);
		pj->nip = col_str(ld, st, 2);
		pj->jabatan = col_str(ld, st, 3);
		pj->pangkat = col_str(ld, st, 4);
	}
	return rc;
}

static int load_pk(struct load *ld, sqlite3_int64 id, struct instansi *in)
{
	sqlite3_stmt *st;
	struct pk *pk;
	int rc;

	if ((rc = prep(ld, SQ_PK_GET,
		       "SELECT tahun, tempat, tanggal, has_perubahan,"
		       " perubahan_tempat, perubahan_tanggal, count(*) OVER ()"
		       " FROM pk WHERE instansi_id = ?1 ORDER BY tahun", &st)))
		return rc;
	sqlite3_bind_int64(st, 1, id);
	while ((rc = next(ld, st)) == 1) {
		if (!in->pk && !(in->pk = alloc_n(ld, sqlite3_column_int64(st, 6),
						  sizeof *in->pk)))
			return ld->rc;
		pk = &in->pk[in->npk++];
		pk->tahun = sqlite3_column_int(st, 0);
		pk->ttd.tempat = col_str(ld, st, 1);
		pk->ttd.tanggal = col_str(ld, st, 2);
		pk->has_perubahan = sqlite3_column_int(st, 3);
		pk->perubahan.tempat = col_str(ld, st, 4);
		pk->perubahan.tanggal = col_str(ld, st, 5);
	}
	return rc;
}

/* The agency totals documents printed: the agency's own budget lines. */
static int load_anggaran_dilaporkan(struct load *ld, sqlite3_int64 id,
				    struct instansi *in)
{
	sqlite3_stmt *st;
	struct anggaran_dilaporkan *ad;
	int rc;

	if ((rc = prep(ld, SQ_ANGGARAN_INSTANSI_GET,
		       "SELECT id, tahun, count(*) OVER () FROM anggaran"
		       " WHERE instansi_id = ?1 AND node_id IS NULL"
		       " ORDER BY tahun", &st)))
		return rc;
	sqlite3_bind_int64(st, 1, id);
	while ((rc = next(ld, st)) == 1) {
		if (!in->anggaran_dilaporkan &&
		    !(in->anggaran_dilaporkan = alloc_n(
			      ld, sqlite3_column_int64(st, 2),
			      sizeof *in->anggaran_dilaporkan)))
			return ld->rc;
		ad = &in->anggaran_dilaporkan[in->nanggaran_dilaporkan++];
		ad->tahun = sqlite3_column_int(st, 1);
		if ((rc = load_cetak(ld, sqlite3_column_int64(st, 0), &ad->a,
				     &ad->n)))
			return rc;
	}
	return rc;
}

static int load_instansi(struct load *ld, sqlite3_stmt *st,
			 struct instansi *in)
{
	sqlite3_int64 id = sqlite3_column_int64(st, 0);
	int rc;

	in->kode = col_str(ld, st, 1);
	in->nama = col_str(ld, st, 2);
	in->renstra_awal = sqlite3_column_int(st, 3);
	in->renstra_akhir = sqlite3_column_int(st, 4);
	in->renstra_acuan = col_str(ld, st, 5);
	in->profil_json = col_str(ld, st, 6);
	if ((rc = load_pejabat(ld, id, in)) || (rc = load_pk(ld, id, in)) ||
	    (rc = load_anggaran_dilaporkan(ld, id, in)) ||
	    (rc = load_narasi(ld, SQ_NARASI_INSTANSI_GET, id, &in->narasi)) ||
	    (rc = load_nodes(ld, id, 0, 0, &in->tujuan, &in->ntujuan)))
		sk_err_prefix(ld->e, "instansi '%s'", in->kode ? in->kode : "?");
	return rc;
}

static int load_all(struct load *ld, const char *pemda_kode,
		    const char *instansi_kode, struct pkg *p)
{
	sqlite3_int64 pemda_id = 0;
	sqlite3_stmt *st;
	int rc;

	if ((rc = load_pemda(ld, pemda_kode, p, &pemda_id)) ||
	    (rc = prep(ld, SQ_INSTANSI_GET,
		       "SELECT id, kode, nama, renstra_awal, renstra_akhir,"
		       " renstra_acuan, profil_json, count(*) OVER ()"
		       " FROM instansi WHERE pemda_id = ?1"
		       " AND (?2 IS NULL OR kode = ?2) ORDER BY urutan, id", &st)))
		return rc;
	sqlite3_bind_int64(st, 1, pemda_id);
	if (instansi_kode)
		sqlite3_bind_text(st, 2, instansi_kode, -1, SQLITE_TRANSIENT);
	while ((rc = next(ld, st)) == 1) {
		if (!p->instansi &&
		    !(p->instansi = alloc_n(ld, sqlite3_column_int64(st, 7),
					    sizeof *p->instansi)))
			return ld->rc;
		if ((rc = load_instansi(ld, st, &p->instansi[p->ninstansi++])))
			return rc;
	}
	if (rc == 0 && instansi_kode && p->ninstansi == 0)
		return sk_errf(ld->e, SK_ENOTFOUND,
			       "instansi '%s' is not in pemda '%s'", instansi_kode,
			       p->pemda_kode);
	return rc;
}

int store_load_pkg(struct store *s, const char *pemda_kode,
		   const char *instansi_kode, struct pkg *p, struct sk_err *e)
{
	struct load ld;
	int rc;

	ld.s = s;
	ld.a = &p->arena;
	ld.e = e;
	ld.rc = 0;
	if ((rc = store_exec(s, "BEGIN", e)))
		return rc;
	rc = load_all(&ld, pemda_kode, instansi_kode, p);
	if (rc == 0 && p->arena.err)
		rc = sk_errf(e, p->arena.err, "loading: out of memory");
	store_reset_all(s);
	if (rc == 0)
		rc = store_exec(s, "COMMIT", e);
	if (rc) {
		sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
		pkg_free(p);
		pkg_init(p);
	}
	return rc;
}
