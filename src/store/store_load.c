/* store_load: store_load_pkg — a package back from the database.
 *
 * Reads in one read transaction (a consistent snapshot while a writer
 * works), one query per list of an owner, in the order it was saved
 * (urutan, or the year for year lists). Each query is stepped twice: once
 * to count its rows, then to fill a list allocated once in the package's
 * arena; the rows of nested lists (the months of the years, the figures
 * of a printed key) share one array cut in slices. Every query reads an
 * index in its ORDER BY order: no sorting, no window, no temporary b-tree
 * (each one costs a page-cache allocation per execution). Values are
 * re-parsed from their raw text. */
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

/* 1: a row, 0: the end (statement reset, bindings kept), < 0: an error. */
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
static void *alloc_n(struct load *ld, int n, size_t sz)
{
	void *p = n > 0 ? arena_array(ld->a, (size_t)n, sz) : NULL;

	if (!p)
		ld->rc = sk_errf(ld->e, ld->a->err ? ld->a->err : SK_EIO,
				 "loading: cannot allocate a list of %d", n);
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

/* Rows of a grouped list come ordered by group; a new key starts one. */
struct grp {
	sqlite3_int64 key;
	int g; /* groups seen */
};

static int grp_row(struct grp *gr, sqlite3_int64 key)
{
	if (gr->g > 0 && key == gr->key)
		return 0;
	gr->key = key;
	gr->g++;
	return 1;
}

/* The first pass over a bound query: counts its rows in *nrow, the
 * groups (a new value of column kcol starts one; kcol < 0: none) in
 * *ngrp, and the rows whose column icol is not NULL (the items of the
 * groups) in *nitem. Leaves st reset, bindings kept, for the second. */
static int count_rows(struct load *ld, sqlite3_stmt *st, int kcol, int icol,
		      int *nrow, int *ngrp, int *nitem)
{
	struct grp gr = { 0, 0 };
	int rc;

	*nrow = *nitem = 0;
	while ((rc = next(ld, st)) == 1) {
		(*nrow)++;
		if (kcol >= 0)
			grp_row(&gr, sqlite3_column_int64(st, kcol));
		if (icol >= 0 && sqlite3_column_type(st, icol) != SQLITE_NULL)
			(*nitem)++;
	}
	*ngrp = gr.g;
	return rc;
}

/* Counts the rows of st and allocates that many elements of sz in *out
 * (NULL for none). */
static int alloc_rows(struct load *ld, sqlite3_stmt *st, void *out, size_t sz,
		      int *n)
{
	int rc, ngrp, nitem;
	void **pOut = out;

	*pOut = NULL;
	if ((rc = count_rows(ld, st, -1, -1, n, &ngrp, &nitem)) || *n == 0)
		return rc;
	return (*pOut = alloc_n(ld, *n, sz)) ? 0 : ld->rc;
}

static int load_skala(struct load *ld, sqlite3_int64 pemda_id,
		      struct kebijakan *k)
{
	sqlite3_stmt *st;
	int rc, n;

	if ((rc = prep(ld, SQ_SKALA_GET,
		       "SELECT min, label FROM skala_predikat WHERE pemda_id = ?1"
		       " ORDER BY urutan", &st)))
		return rc;
	sqlite3_bind_int64(st, 1, pemda_id);
	if ((rc = alloc_rows(ld, st, &k->skala, sizeof *k->skala, &n)))
		return rc;
	while ((rc = next(ld, st)) == 1) {
		struct skala_predikat_row *r;

		if (k->nskala >= n)
			return corrupt(ld, "skala_predikat");
		r = &k->skala[k->nskala++];
		if (store_num_parse((const char *)sqlite3_column_text(st, 0),
				    &r->min))
			return corrupt(ld, "skala_predikat.min");
		r->label = col_str(ld, st, 1);
	}
	return rc;
}

/* Which pemda: the one named, or the only one. */
/* The pemda to load when none is named: the only one in the database,
 * or the only one holding agency instansi (when named). */
static int pick_pemda(struct load *ld, const char **kode, const char *instansi)
{
	sqlite3_stmt *st;
	int rc, n = 0;

	if (*kode)
		return 0;
	if ((rc = prep(ld, SQ_PEMDA_ONLY, "SELECT kode FROM pemda p"
		       " WHERE ?1 IS NULL OR EXISTS (SELECT 1 FROM instansi i"
		       "  WHERE i.pemda_id = p.id AND i.kode = ?1)"
		       " ORDER BY kode LIMIT 2", &st)))
		return rc;
	if (instansi)
		sqlite3_bind_text(st, 1, instansi, -1, SQLITE_TRANSIENT);
	while ((rc = next(ld, st)) == 1)
		if (n++ == 0)
			*kode = col_str(ld, st, 0);
	if (rc < 0)
		return rc;
	if (n == 0 && instansi)
		return sk_errf(ld->e, SK_ENOTFOUND, "instansi '%s' is not in "
			       "the database", instansi);
	if (n == 0)
		return sk_errf(ld->e, SK_ENOTFOUND, "the database holds no pemda");
	if (n > 1 && instansi)
		return sk_errf(ld->e, SK_EUSAGE, "instansi '%s' is in several "
			       "pemda: name one", instansi);
	if (n > 1)
		return sk_errf(ld->e, SK_EUSAGE,
			       "the database holds several pemda: name one");
	return 0;
}

static int load_pemda(struct load *ld, const char *kode,
		      const char *instansi, struct pkg *p, sqlite3_int64 *id)
{
	struct kebijakan *k = &p->kebijakan;
	const char *batas;
	sqlite3_stmt *st;
	int rc;

	if ((rc = pick_pemda(ld, &kode, instansi)) ||
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
	int rc, nrow;

	if ((rc = prep(ld, SQ_CETAK_GET,
		       "SELECT sumber, pagu, pagu_perubahan, realisasi, serapan"
		       " FROM anggaran_cetak WHERE anggaran_id = ?1"
		       " ORDER BY urutan", &st)))
		return rc;
	sqlite3_bind_int64(st, 1, anggaran_id);
	if ((rc = alloc_rows(ld, st, out, sizeof **out, &nrow)))
		return rc;
	while ((rc = next(ld, st)) == 1) {
		struct anggaran_cetak *c;

		if (*n >= nrow)
			return corrupt(ld, "anggaran_cetak");
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
	int rc, nrow;

	if ((rc = prep(ld, SQ_RINCIAN_GET,
		       "SELECT uraian, pagu, pagu_raw, pagu_perubahan,"
		       " pagu_perubahan_raw, realisasi, realisasi_raw"
		       " FROM rincian WHERE anggaran_id = ?1 ORDER BY urutan",
		       &st)))
		return rc;
	sqlite3_bind_int64(st, 1, anggaran_id);
	if ((rc = alloc_rows(ld, st, &a->rincian, sizeof *a->rincian, &nrow)))
		return rc;
	while ((rc = next(ld, st)) == 1) {
		struct rincian *r;

		if (a->nrincian >= nrow)
			return corrupt(ld, "rincian");
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
	int rc, nrow;

	if ((rc = prep(ld, SQ_ANGGARAN_NODE_GET,
		       "SELECT id, tahun, pagu, pagu_raw, pagu_perubahan,"
		       " pagu_perubahan_raw, realisasi, realisasi_raw, pagu_pk,"
		       " pagu_pk_raw, pagu_pk_perubahan, pagu_pk_perubahan_raw"
		       " FROM anggaran WHERE node_id = ?1 ORDER BY tahun", &st)))
		return rc;
	sqlite3_bind_int64(st, 1, node_id);
	if ((rc = alloc_rows(ld, st, &n->anggaran, sizeof *n->anggaran, &nrow)))
		return rc;
	while ((rc = next(ld, st)) == 1) {
		sqlite3_int64 id = sqlite3_column_int64(st, 0);
		struct anggaran *a;

		if (n->nanggaran >= nrow)
			return corrupt(ld, "anggaran");
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
		"SELECT tahun, kunci, teks FROM narasi WHERE instansi_id = ?1"
		" ORDER BY tahun, ke",
		"SELECT tahun, kunci, teks FROM narasi WHERE indikator_id = ?1"
		" ORDER BY tahun, ke",
	};
	struct grp gr = { 0, 0 };
	sqlite3_stmt *st;
	struct narasi *na = NULL;
	const char **kunci = NULL, **teks = NULL;
	int rc, nrow, ngrp, nitem, used = 0;

	if ((rc = prep(ld, which, aSql[which != SQ_NARASI_INSTANSI_GET], &st)))
		return rc;
	sqlite3_bind_int64(st, 1, owner);
	if ((rc = count_rows(ld, st, 0, 1, &nrow, &ngrp, &nitem)) || nrow == 0)
		return rc;
	if (!(l->a = alloc_n(ld, ngrp, sizeof *l->a)) ||
	    (nitem && (!(kunci = alloc_n(ld, nitem, sizeof *kunci)) ||
		       !(teks = alloc_n(ld, nitem, sizeof *teks)))))
		return ld->rc;
	while ((rc = next(ld, st)) == 1) {
		if (grp_row(&gr, sqlite3_column_int64(st, 0))) {
			if (l->n >= ngrp)
				return corrupt(ld, "narasi");
			na = &l->a[l->n++];
			na->tahun = (int)gr.key;
			na->kunci = kunci ? kunci + used : NULL;
			na->teks = teks ? teks + used : NULL;
		}
		if (sqlite3_column_type(st, 1) == SQLITE_NULL)
			continue; /* a year given with no section */
		if (used >= nitem)
			return corrupt(ld, "narasi");
		kunci[used] = col_str(ld, st, 1);
		teks[used++] = col_str(ld, st, 2);
		na->n++;
	}
	return rc;
}

/* Printed figures of an indicator (SQ_LAPORAN_INDIKATOR_GET) or a node. */
static int load_laporan(struct load *ld, int which, sqlite3_int64 owner,
			struct laporan_list *l)
{
	static const char *const aSql[] = {
		"SELECT l.id, l.tahun, l.kunci, l.as_list, c.ke, c.nilai,"
		" c.sumber FROM laporan l"
		" LEFT JOIN laporan_cetak c ON c.laporan_id = l.id"
		" WHERE l.indikator_id = ?1 ORDER BY l.urutan, c.ke",
		"SELECT l.id, l.tahun, l.kunci, l.as_list, c.ke, c.nilai,"
		" c.sumber FROM laporan l"
		" LEFT JOIN laporan_cetak c ON c.laporan_id = l.id"
		" WHERE l.node_id = ?1 ORDER BY l.urutan, c.ke",
	};
	struct grp gr = { 0, 0 };
	sqlite3_stmt *st;
	struct laporan *lp = NULL;
	struct cetak *pool = NULL;
	int rc, nrow, ngrp, nitem, used = 0;

	if ((rc = prep(ld, which, aSql[which != SQ_LAPORAN_INDIKATOR_GET], &st)))
		return rc;
	sqlite3_bind_int64(st, 1, owner);
	if ((rc = count_rows(ld, st, 0, 4, &nrow, &ngrp, &nitem)) || nrow == 0)
		return rc;
	if (!(l->a = alloc_n(ld, ngrp, sizeof *l->a)) ||
	    (nitem && !(pool = alloc_n(ld, nitem, sizeof *pool))))
		return ld->rc;
	while ((rc = next(ld, st)) == 1) {
		if (grp_row(&gr, sqlite3_column_int64(st, 0))) {
			if (l->n >= ngrp)
				return corrupt(ld, "laporan");
			lp = &l->a[l->n++];
			lp->tahun = sqlite3_column_int(st, 1);
			lp->kunci = col_str(ld, st, 2);
			lp->as_list = sqlite3_column_int(st, 3);
			lp->a = pool ? pool + used : NULL;
		}
		if (sqlite3_column_type(st, 4) == SQLITE_NULL)
			continue; /* an empty list */
		if (used >= nitem)
			return corrupt(ld, "laporan_cetak");
		pool[used].nilai = col_str(ld, st, 5);
		pool[used++].sumber = col_str(ld, st, 6);
		lp->n++;
	}
	return rc;
}

static int load_nilai(struct load *ld, sqlite3_int64 id, struct indikator *ind)
{
	static const char *const aJenis[] = { "target", "target_pk",
					      "target_pk_perubahan", "realisasi" };
	struct tahunan *aT[] = { &ind->target, &ind->target_pk,
				 &ind->target_pk_perubahan, &ind->realisasi };
	struct nilai_thn *pool;
	int aN[4] = { 0, 0, 0, 0 };
	sqlite3_stmt *st;
	int rc, j, nrow = 0, used = 0;

	if ((rc = prep(ld, SQ_NILAI_GET,
		       "SELECT jenis, tahun, raw, is_num FROM nilai"
		       " WHERE indikator_id = ?1 ORDER BY jenis, tahun", &st)))
		return rc;
	sqlite3_bind_int64(st, 1, id);
	while ((rc = next(ld, st)) == 1) {
		j = lookup(aJenis, 4, (const char *)sqlite3_column_text(st, 0));
		if (j < 0)
			return corrupt(ld, "nilai.jenis");
		aN[j]++;
		nrow++;
	}
	if (rc || nrow == 0)
		return rc;
	if (!(pool = alloc_n(ld, nrow, sizeof *pool)))
		return ld->rc;
	for (j = 0; j < 4; j++) {
		aT[j]->a = aN[j] ? pool + used : NULL;
		used += aN[j];
	}
	while ((rc = next(ld, st)) == 1) {
		struct tahunan *t;

		j = lookup(aJenis, 4, (const char *)sqlite3_column_text(st, 0));
		if (j < 0 || aT[j]->n >= aN[j])
			return corrupt(ld, "nilai");
		t = aT[j];
		t->a[t->n].tahun = sqlite3_column_int(st, 1);
		col_nilai(ld, st, 2, &t->a[t->n++].n);
	}
	return rc;
}

static int load_periode(struct load *ld, sqlite3_int64 id,
			struct indikator *ind)
{
	struct grp gr = { 0, 0 };
	sqlite3_stmt *st;
	struct periode *pr = NULL;
	struct nilai *pool;
	int rc, nrow, ngrp, nitem, used = 0;

	if ((rc = prep(ld, SQ_PERIODE_GET,
		       "SELECT tahun, jenis, raw, is_num FROM periode"
		       " WHERE indikator_id = ?1 ORDER BY tahun, ke", &st)))
		return rc;
	sqlite3_bind_int64(st, 1, id);
	if ((rc = count_rows(ld, st, 0, -1, &nrow, &ngrp, &nitem)) || nrow == 0)
		return rc;
	if (!(ind->periode = alloc_n(ld, ngrp, sizeof *ind->periode)) ||
	    !(pool = alloc_n(ld, nrow, sizeof *pool)))
		return ld->rc;
	while ((rc = next(ld, st)) == 1) {
		if (grp_row(&gr, sqlite3_column_int64(st, 0))) {
			if (ind->nperiode >= ngrp)
				return corrupt(ld, "periode");
			pr = &ind->periode[ind->nperiode++];
			pr->tahun = (int)gr.key;
			pr->bulanan = strcmp((const char *)sqlite3_column_text(
						     st, 1), "bulan") == 0;
			pr->a = pool + used;
		}
		if (used >= nrow)
			return corrupt(ld, "periode");
		col_nilai(ld, st, 2, &pool[used++]);
		pr->n++;
	}
	return rc;
}

static int load_pembanding(struct load *ld, sqlite3_int64 id,
			   struct indikator *ind)
{
	struct grp gr = { 0, 0 };
	sqlite3_stmt *st;
	struct pembanding *pb = NULL;
	struct nilai_thn *pool = NULL;
	int rc, nrow, ngrp, nitem, used = 0;

	if ((rc = prep(ld, SQ_PEMBANDING_GET,
		       "SELECT p.id, p.jenis, v.tahun, v.raw, v.is_num"
		       " FROM pembanding p LEFT JOIN pembanding_nilai v"
		       " ON v.pembanding_id = p.id WHERE p.indikator_id = ?1"
		       " ORDER BY p.urutan, v.tahun", &st)))
		return rc;
	sqlite3_bind_int64(st, 1, id);
	if ((rc = count_rows(ld, st, 0, 2, &nrow, &ngrp, &nitem)) || nrow == 0)
		return rc;
	if (!(ind->pembanding = alloc_n(ld, ngrp, sizeof *ind->pembanding)) ||
	    (nitem && !(pool = alloc_n(ld, nitem, sizeof *pool))))
		return ld->rc;
	while ((rc = next(ld, st)) == 1) {
		if (grp_row(&gr, sqlite3_column_int64(st, 0))) {
			if (ind->npembanding >= ngrp)
				return corrupt(ld, "pembanding");
			pb = &ind->pembanding[ind->npembanding++];
			pb->jenis = col_str(ld, st, 1);
			pb->nilai.a = pool ? pool + used : NULL;
		}
		if (sqlite3_column_type(st, 2) == SQLITE_NULL) {
			pb->nilai.a = NULL; /* a comparison with no year */
			continue;
		}
		if (used >= nitem)
			return corrupt(ld, "pembanding_nilai");
		pool[used].tahun = sqlite3_column_int(st, 2);
		col_nilai(ld, st, 3, &pool[used++].n);
		pb->nilai.n++;
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
	int rc, nrow;

	if ((rc = prep(ld, SQ_INDIKATOR_GET,
		       "SELECT id, kode, uraian, satuan, iku, has_iku, polaritas,"
		       " tipe, skala, agregasi, has_agregasi, formula,"
		       " sumber_data, baseline_tahun, baseline_raw,"
		       " baseline_is_num, target_akhir_raw, target_akhir_is_num"
		       " FROM indikator WHERE node_id = ?1 ORDER BY urutan", &st)))
		return rc;
	sqlite3_bind_int64(st, 1, node_id);
	if ((rc = alloc_rows(ld, st, &n->indikator, sizeof *n->indikator,
			     &nrow)))
		return rc;
	while ((rc = next(ld, st)) == 1) {
		sqlite3_int64 id = sqlite3_column_int64(st, 0);
		struct indikator *ind;

		if (n->nindikator >= nrow)
			return corrupt(ld, "indikator");
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

/* The nodes of an agency below parent_id (0: its tujuan), at depth 0 … 4:
 * one statement per level, as a level's query stays open while the
 * levels below it are read. */
static int load_nodes(struct load *ld, sqlite3_int64 instansi_id,
		      sqlite3_int64 parent_id, int depth, struct node **out,
		      int *nout)
{
	sqlite3_stmt *st;
	int rc, tk, nrow;

	if ((rc = prep(ld, SQ_NODE_GET + depth,
		       "SELECT id, tingkat, kode, uraian FROM node"
		       " WHERE instansi_id = ?1 AND parent_id IS ?2"
		       " ORDER BY urutan", &st)))
		return rc;
	sqlite3_bind_int64(st, 1, instansi_id);
	if (parent_id)
		sqlite3_bind_int64(st, 2, parent_id);
	if ((rc = alloc_rows(ld, st, out, sizeof **out, &nrow)))
		return rc;
	while ((rc = next(ld, st)) == 1) {
		sqlite3_int64 id = sqlite3_column_int64(st, 0);
		struct node *n;

		if (*nout >= nrow)
			return corrupt(ld, "node");
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
		if (SQ_NODE_GET + depth < SQ_NODE_GET_LAST &&
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
	int rc, nrow;

	if ((rc = prep(ld, SQ_PK_GET,
		       "SELECT tahun, tempat, tanggal, has_perubahan,"
		       " perubahan_tempat, perubahan_tanggal FROM pk"
		       " WHERE instansi_id = ?1 ORDER BY tahun", &st)))
		return rc;
	sqlite3_bind_int64(st, 1, id);
	if ((rc = alloc_rows(ld, st, &in->pk, sizeof *in->pk, &nrow)))
		return rc;
	while ((rc = next(ld, st)) == 1) {
		if (in->npk >= nrow)
			return corrupt(ld, "pk");
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
	int rc, nrow;

	if ((rc = prep(ld, SQ_ANGGARAN_INSTANSI_GET,
		       "SELECT id, tahun FROM anggaran"
		       " WHERE instansi_id = ?1 AND node_id IS NULL"
		       " ORDER BY tahun", &st)))
		return rc;
	sqlite3_bind_int64(st, 1, id);
	if ((rc = alloc_rows(ld, st, &in->anggaran_dilaporkan,
			     sizeof *in->anggaran_dilaporkan, &nrow)))
		return rc;
	while ((rc = next(ld, st)) == 1) {
		if (in->nanggaran_dilaporkan >= nrow)
			return corrupt(ld, "anggaran");
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
	int rc, nrow;

	if ((rc = load_pemda(ld, pemda_kode, instansi_kode, p,
			      &pemda_id)) ||
	    (rc = prep(ld, SQ_INSTANSI_GET,
		       "SELECT id, kode, nama, renstra_awal, renstra_akhir,"
		       " renstra_acuan, profil_json FROM instansi"
		       " WHERE pemda_id = ?1 AND (?2 IS NULL OR kode = ?2)"
		       " ORDER BY urutan, id", &st)))
		return rc;
	sqlite3_bind_int64(st, 1, pemda_id);
	if (instansi_kode)
		sqlite3_bind_text(st, 2, instansi_kode, -1, SQLITE_TRANSIENT);
	if ((rc = alloc_rows(ld, st, &p->instansi, sizeof *p->instansi, &nrow)))
		return rc;
	while ((rc = next(ld, st)) == 1) {
		if (p->ninstansi >= nrow)
			return corrupt(ld, "instansi");
		if ((rc = load_instansi(ld, st, &p->instansi[p->ninstansi++])))
			return rc;
	}
	if (rc == 0 && instansi_kode && p->ninstansi == 0)
		return sk_errf(ld->e, SK_ENOTFOUND,
			       "instansi '%s' is not in pemda '%s'", instansi_kode,
			       p->pemda_kode);
	return rc;
}

/* The load itself, in the caller's transaction; statements reset after. */
static int load_tx(struct store *s, const char *pemda_kode,
		   const char *instansi_kode, struct pkg *p, struct sk_err *e)
{
	struct load ld;
	int rc;

	ld.s = s;
	ld.a = &p->arena;
	ld.e = e;
	ld.rc = 0;
	rc = load_all(&ld, pemda_kode, instansi_kode, p);
	if (rc == 0 && p->arena.err)
		rc = sk_errf(e, p->arena.err, "loading: out of memory");
	store_reset_all(s);
	return rc;
}

int store_load_tx(struct store *s, const char *pemda_kode,
		  const char *instansi_kode, struct pkg *p, struct sk_err *e)
{
	int rc = load_tx(s, pemda_kode, instansi_kode, p, e);

	if (rc) {
		pkg_free(p);
		pkg_init(p);
	}
	return rc;
}

int store_load_pkg(struct store *s, const char *pemda_kode,
		   const char *instansi_kode, struct pkg *p, struct sk_err *e)
{
	int rc;

	if ((rc = store_exec(s, "BEGIN", e)))
		return rc;
	rc = load_tx(s, pemda_kode, instansi_kode, p, e);
	if (rc == 0)
		rc = store_exec(s, "COMMIT", e);
	if (rc) {
		sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
		pkg_free(p);
		pkg_init(p);
	}
	return rc;
}
