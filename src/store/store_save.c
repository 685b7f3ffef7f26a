/* store_save: store_save_pkg — a package into the database, all or nothing.
 *
 * One BEGIN IMMEDIATE … COMMIT: the pemda is upserted (keeping its id),
 * then each agency is checked against the pemda's locked years
 * (store_lock.c), upserted (keeping its id, so users and locks that
 * point at it stay valid), its earlier rows are deleted (node rows
 * cascade to everything under them; web entries lose their indikator_id)
 * and its new rows inserted; then the agency's entries are pointed at
 * the new indicators of their kode and the import's audit row written
 * (store_save_entri.c). Every
 * value is bound; the statements are prepared once per store and reused.
 * Bound text is SQLITE_STATIC: it lives in the package, which outlives
 * the save. */
#include "store_int.h"
#include "../util/sbuf.h"

#include <string.h>

struct save {
	struct store *s;
	struct sk_err *e;
	const struct pkg *p;
	struct store_save_info *info; /* may be NULL */
	struct save_entri entri;      /* of the agency being saved */
	int web;  /* 0: a database left at an older schema version by
		   * store_open_version (tests): the package tables only */
	sqlite3_int64 pemda_id, instansi_id;
	/* what is being saved, for messages; NULL when outside one */
	const struct instansi *in;
	const struct node *node;
	const struct indikator *ind;
};

static const char *kode_or(const char *z)
{
	return z ? z : "(no kode)";
}

/* Fills sv->e from SQLite's message, naming where in the package. */
static int fail(struct save *sv, int rc)
{
	struct sbuf b = SBUF_INIT(0);
	int code;

	sbuf_adds(&b, "saving");
	if (sv->in)
		sbuf_addf(&b, " instansi '%s'", kode_or(sv->in->kode));
	else
		sbuf_adds(&b, " pemda");
	if (sv->node)
		sbuf_addf(&b, ", %s '%s'", tingkat_nama(sv->node->tingkat),
			  kode_or(sv->node->kode));
	if (sv->ind)
		sbuf_addf(&b, ", indikator '%s'", kode_or(sv->ind->kode));
	code = store_fail(sv->s, rc, sv->e, b.z);
	sbuf_release(&b);
	return code;
}

static int prep(struct save *sv, int id, const char *sql, sqlite3_stmt **st)
{
	return store_stmt(sv->s, id, sql, st, sv->e);
}

/* Steps a statement that returns no row and resets it. */
static int run(struct save *sv, sqlite3_stmt *st)
{
	int rc = sqlite3_step(st);

	if (rc == SQLITE_DONE) {
		sqlite3_reset(st);
		return 0;
	}
	rc = fail(sv, rc);
	sqlite3_reset(st);
	return rc;
}

/* Steps an INSERT and gives the new row's id. */
static int insert(struct save *sv, sqlite3_stmt *st, sqlite3_int64 *id)
{
	int rc = run(sv, st);

	if (rc == 0)
		*id = sqlite3_last_insert_rowid(sv->s->db);
	return rc;
}

/* Binding fails only for a wrong index (a bug) or text over 1 GB, which
 * the package readers refuse long before: the results are not checked. */
static void bind_str(sqlite3_stmt *st, int i, const char *z)
{
	if (z)
		sqlite3_bind_text(st, i, z, -1, SQLITE_STATIC);
	else
		sqlite3_bind_null(st, i);
}

static void bind_id(sqlite3_stmt *st, int i, sqlite3_int64 id)
{
	if (id)
		sqlite3_bind_int64(st, i, id);
	else
		sqlite3_bind_null(st, i);
}

/* i: the amount (NULL when not given), i + 1: the string given, if any. */
static void bind_uang(sqlite3_stmt *st, int i, const struct uang *u)
{
	if (u->ok)
		sqlite3_bind_int64(st, i, u->rp);
	else
		sqlite3_bind_null(st, i);
	bind_str(st, i + 1, u->raw);
}

static const char zPemdaUpsert[] =
	"INSERT INTO pemda (kode, nama, rumus_negatif, has_rumus,"
	" batas_capaian, has_skala, efisiensi_metode, efisiensi_ambang,"
	" has_efisiensi, desimal, has_desimal)"
	" VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)"
	" ON CONFLICT (kode) DO UPDATE SET nama = excluded.nama,"
	" rumus_negatif = excluded.rumus_negatif,"
	" has_rumus = excluded.has_rumus,"
	" batas_capaian = excluded.batas_capaian,"
	" has_skala = excluded.has_skala,"
	" efisiensi_metode = excluded.efisiensi_metode,"
	" efisiensi_ambang = excluded.efisiensi_ambang,"
	" has_efisiensi = excluded.has_efisiensi,"
	" desimal = excluded.desimal, has_desimal = excluded.has_desimal"
	" RETURNING id";

static int save_skala(struct save *sv, const struct kebijakan *k)
{
	sqlite3_stmt *st;
	char min[NUM_BUFSZ];
	int i, rc;

	if ((rc = prep(sv, SQ_SKALA_DELETE,
		       "DELETE FROM skala_predikat WHERE pemda_id = ?1", &st)))
		return rc;
	sqlite3_bind_int64(st, 1, sv->pemda_id);
	if ((rc = run(sv, st)))
		return rc;
	for (i = 0; i < k->nskala; i++) {
		if ((rc = prep(sv, SQ_SKALA_INSERT,
			       "INSERT INTO skala_predikat (pemda_id, urutan,"
			       " min, label) VALUES (?1, ?2, ?3, ?4)", &st)))
			return rc;
		sqlite3_bind_int64(st, 1, sv->pemda_id);
		sqlite3_bind_int(st, 2, i);
		bind_str(st, 3, store_num_text(k->skala[i].min, min));
		bind_str(st, 4, k->skala[i].label);
		if ((rc = run(sv, st)))
			return rc;
	}
	return 0;
}

static int save_pemda(struct save *sv, const struct pkg *p)
{
	const struct kebijakan *k = &p->kebijakan;
	char batas[NUM_BUFSZ], ambang[NUM_BUFSZ];
	sqlite3_stmt *st;
	int rc;

	if ((rc = prep(sv, SQ_PEMDA_UPSERT, zPemdaUpsert, &st)))
		return rc;
	bind_str(st, 1, p->pemda_kode);
	bind_str(st, 2, p->pemda_nama);
	bind_str(st, 3, k->rumus_negatif == RUMUS_T_R ? "T/R" : "2T-R");
	sqlite3_bind_int(st, 4, k->has_rumus);
	bind_str(st, 5, k->has_batas ? store_num_text(k->batas_capaian, batas)
				     : NULL);
	sqlite3_bind_int(st, 6, k->has_skala);
	bind_str(st, 7, k->efisiensi_metode);
	bind_str(st, 8, store_num_text(k->efisiensi_ambang, ambang));
	sqlite3_bind_int(st, 9, k->has_efisiensi);
	sqlite3_bind_int(st, 10, k->desimal);
	sqlite3_bind_int(st, 11, k->has_desimal);
	rc = sqlite3_step(st);
	if (rc != SQLITE_ROW) {
		rc = fail(sv, rc);
		sqlite3_reset(st);
		return rc;
	}
	sv->pemda_id = sqlite3_column_int64(st, 0);
	sqlite3_reset(st);
	return save_skala(sv, k);
}

/* Agencies are listed in the order of the package that last saved them
 * all; a package with only some of them keeps the others' places and
 * puts new ones last. Sets *full when the package holds every stored
 * agency of the pemda, *next to the first free place. */
static int plan_urutan(struct save *sv, const struct pkg *p, int *full,
		       int *next)
{
	sqlite3_stmt *st;
	int i, rc, nstored = 0, nfound = 0;

	if ((rc = prep(sv, SQ_INSTANSI_COUNT,
		       "SELECT count(*), coalesce(max(urutan) + 1, 0)"
		       " FROM instansi WHERE pemda_id = ?1", &st)))
		return rc;
	sqlite3_bind_int64(st, 1, sv->pemda_id);
	if ((rc = sqlite3_step(st)) != SQLITE_ROW) {
		rc = fail(sv, rc);
		sqlite3_reset(st);
		return rc;
	}
	nstored = sqlite3_column_int(st, 0);
	*next = sqlite3_column_int(st, 1);
	sqlite3_reset(st);
	for (i = 0; i < p->ninstansi; i++) {
		if ((rc = prep(sv, SQ_INSTANSI_FIND,
			       "SELECT 1 FROM instansi"
			       " WHERE pemda_id = ?1 AND kode = ?2", &st)))
			return rc;
		sqlite3_bind_int64(st, 1, sv->pemda_id);
		bind_str(st, 2, p->instansi[i].kode);
		rc = sqlite3_step(st);
		if (rc == SQLITE_ROW)
			nfound++;
		else if (rc != SQLITE_DONE) {
			rc = fail(sv, rc);
			sqlite3_reset(st);
			return rc;
		}
		sqlite3_reset(st);
	}
	*full = nfound == nstored;
	return 0;
}

static const char zInstansiUpsert[] =
	"INSERT INTO instansi (pemda_id, kode, nama, urutan, renstra_awal,"
	" renstra_akhir, renstra_acuan, profil_json)"
	" VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"
	" ON CONFLICT (pemda_id, kode) DO UPDATE SET nama = excluded.nama,"
	" urutan = CASE WHEN ?9 THEN excluded.urutan ELSE urutan END,"
	" renstra_awal = excluded.renstra_awal,"
	" renstra_akhir = excluded.renstra_akhir,"
	" renstra_acuan = excluded.renstra_acuan,"
	" profil_json = excluded.profil_json"
	" RETURNING id";

static int upsert_instansi(struct save *sv, const struct instansi *in,
			   int urutan, int full)
{
	sqlite3_stmt *st;
	int rc;

	if ((rc = prep(sv, SQ_INSTANSI_UPSERT, zInstansiUpsert, &st)))
		return rc;
	sqlite3_bind_int64(st, 1, sv->pemda_id);
	bind_str(st, 2, in->kode);
	bind_str(st, 3, in->nama);
	sqlite3_bind_int(st, 4, urutan);
	bind_id(st, 5, in->renstra_awal);
	bind_id(st, 6, in->renstra_akhir);
	bind_str(st, 7, in->renstra_acuan);
	bind_str(st, 8, in->profil_json);
	sqlite3_bind_int(st, 9, full);
	rc = sqlite3_step(st);
	if (rc != SQLITE_ROW) {
		rc = fail(sv, rc);
		sqlite3_reset(st);
		return rc;
	}
	sv->instansi_id = sqlite3_column_int64(st, 0);
	sqlite3_reset(st);
	return 0;
}

/* Deletes what an earlier save wrote for the agency. */
static int clear_instansi(struct save *sv)
{
	static const struct {
		int id;
		const char *sql;
	} a[] = {
		{ SQ_CLEAR_ANGGARAN, "DELETE FROM anggaran WHERE instansi_id = ?1" },
		{ SQ_CLEAR_NODE, "DELETE FROM node WHERE instansi_id = ?1" },
		{ SQ_CLEAR_NARASI, "DELETE FROM narasi WHERE instansi_id = ?1" },
		{ SQ_CLEAR_PK, "DELETE FROM pk WHERE instansi_id = ?1" },
		{ SQ_CLEAR_PEJABAT, "DELETE FROM pejabat WHERE instansi_id = ?1" },
	};
	sqlite3_stmt *st;
	size_t i;
	int rc;

	for (i = 0; i < sizeof a / sizeof a[0]; i++) {
		if ((rc = prep(sv, a[i].id, a[i].sql, &st)))
			return rc;
		sqlite3_bind_int64(st, 1, sv->instansi_id);
		if ((rc = run(sv, st)))
			return rc;
	}
	return 0;
}

static int save_pejabat(struct save *sv, const char *peran,
			const struct pejabat *pj)
{
	sqlite3_stmt *st;
	int rc;

	if ((rc = prep(sv, SQ_PEJABAT_INSERT,
		       "INSERT INTO pejabat (instansi_id, peran, nama, nip,"
		       " jabatan, pangkat) VALUES (?1, ?2, ?3, ?4, ?5, ?6)", &st)))
		return rc;
	sqlite3_bind_int64(st, 1, sv->instansi_id);
	bind_str(st, 2, peran);
	bind_str(st, 3, pj->nama);
	bind_str(st, 4, pj->nip);
	bind_str(st, 5, pj->jabatan);
	bind_str(st, 6, pj->pangkat);
	return run(sv, st);
}

static int save_pk(struct save *sv, const struct pk *pk)
{
	sqlite3_stmt *st;
	int rc;

	if ((rc = prep(sv, SQ_PK_INSERT,
		       "INSERT INTO pk (instansi_id, tahun, tempat, tanggal,"
		       " has_perubahan, perubahan_tempat, perubahan_tanggal)"
		       " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)", &st)))
		return rc;
	sqlite3_bind_int64(st, 1, sv->instansi_id);
	sqlite3_bind_int(st, 2, pk->tahun);
	bind_str(st, 3, pk->ttd.tempat);
	bind_str(st, 4, pk->ttd.tanggal);
	sqlite3_bind_int(st, 5, pk->has_perubahan);
	bind_str(st, 6, pk->perubahan.tempat);
	bind_str(st, 7, pk->perubahan.tanggal);
	return run(sv, st);
}

/* Narrative of an agency (indikator_id 0) or of an indicator. */
static int save_narasi(struct save *sv, const struct narasi_list *l,
		       sqlite3_int64 indikator_id)
{
	sqlite3_stmt *st;
	int g, k, rc;

	for (g = 0; g < l->n; g++) {
		const struct narasi *na = &l->a[g];

		for (k = 0; k < na->n || (k == 0 && na->n == 0); k++) {
			if ((rc = prep(sv, SQ_NARASI_INSERT,
				       "INSERT INTO narasi (instansi_id,"
				       " indikator_id, tahun, ke, kunci, teks)"
				       " VALUES (?1, ?2, ?3, ?4, ?5, ?6)", &st)))
				return rc;
			bind_id(st, 1, indikator_id ? 0 : sv->instansi_id);
			bind_id(st, 2, indikator_id);
			sqlite3_bind_int(st, 3, na->tahun);
			sqlite3_bind_int(st, 4, k);
			bind_str(st, 5, na->n ? na->kunci[k] : NULL);
			bind_str(st, 6, na->n ? na->teks[k] : NULL);
			if ((rc = run(sv, st)))
				return rc;
		}
	}
	return 0;
}

static int save_cetak(struct save *sv, sqlite3_int64 anggaran_id, int urutan,
		      const struct anggaran_cetak *c)
{
	sqlite3_stmt *st;
	int rc;

	if ((rc = prep(sv, SQ_CETAK_INSERT,
		       "INSERT INTO anggaran_cetak (anggaran_id, urutan, sumber,"
		       " pagu, pagu_perubahan, realisasi, serapan)"
		       " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)", &st)))
		return rc;
	sqlite3_bind_int64(st, 1, anggaran_id);
	sqlite3_bind_int(st, 2, urutan);
	bind_str(st, 3, c->sumber);
	bind_str(st, 4, c->pagu);
	bind_str(st, 5, c->pagu_perubahan);
	bind_str(st, 6, c->realisasi);
	bind_str(st, 7, c->serapan);
	return run(sv, st);
}

static int save_rincian(struct save *sv, sqlite3_int64 anggaran_id,
			int urutan, const struct rincian *r)
{
	sqlite3_stmt *st;
	int rc;

	if ((rc = prep(sv, SQ_RINCIAN_INSERT,
		       "INSERT INTO rincian (anggaran_id, urutan, uraian, pagu,"
		       " pagu_raw, pagu_perubahan, pagu_perubahan_raw,"
		       " realisasi, realisasi_raw)"
		       " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)", &st)))
		return rc;
	sqlite3_bind_int64(st, 1, anggaran_id);
	sqlite3_bind_int(st, 2, urutan);
	bind_str(st, 3, r->uraian);
	bind_uang(st, 4, &r->pagu);
	bind_uang(st, 6, &r->pagu_perubahan);
	bind_uang(st, 8, &r->realisasi);
	return run(sv, st);
}

/* A node's budget line of a year, or (node_id 0) the agency's own line
 * holding only what documents printed for the agency totals. */
static int save_anggaran(struct save *sv, const struct anggaran *a,
			 sqlite3_int64 node_id)
{
	sqlite3_stmt *st;
	sqlite3_int64 id;
	int i, rc;

	if ((rc = prep(sv, SQ_ANGGARAN_INSERT,
		       "INSERT INTO anggaran (instansi_id, node_id, tahun, pagu,"
		       " pagu_raw, pagu_perubahan, pagu_perubahan_raw,"
		       " realisasi, realisasi_raw, pagu_pk, pagu_pk_raw,"
		       " pagu_pk_perubahan, pagu_pk_perubahan_raw) VALUES (?1,"
		       " ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
		       &st)))
		return rc;
	sqlite3_bind_int64(st, 1, sv->instansi_id);
	bind_id(st, 2, node_id);
	sqlite3_bind_int(st, 3, a->tahun);
	bind_uang(st, 4, &a->pagu);
	bind_uang(st, 6, &a->pagu_perubahan);
	bind_uang(st, 8, &a->realisasi);
	bind_uang(st, 10, &a->pagu_pk);
	bind_uang(st, 12, &a->pagu_pk_perubahan);
	if ((rc = insert(sv, st, &id)))
		return rc;
	for (i = 0; i < a->nrincian; i++)
		if ((rc = save_rincian(sv, id, i, &a->rincian[i])))
			return rc;
	for (i = 0; i < a->ndilaporkan; i++)
		if ((rc = save_cetak(sv, id, i, &a->dilaporkan[i])))
			return rc;
	return 0;
}

/* Printed figures of an indicator (node_id 0) or of a node. */
static int save_laporan(struct save *sv, const struct laporan_list *l,
			sqlite3_int64 indikator_id, sqlite3_int64 node_id)
{
	sqlite3_stmt *st;
	sqlite3_int64 id;
	int i, k, rc;

	for (i = 0; i < l->n; i++) {
		const struct laporan *lp = &l->a[i];

		if ((rc = prep(sv, SQ_LAPORAN_INSERT,
			       "INSERT INTO laporan (indikator_id, node_id,"
			       " urutan, tahun, kunci, as_list)"
			       " VALUES (?1, ?2, ?3, ?4, ?5, ?6)", &st)))
			return rc;
		bind_id(st, 1, indikator_id);
		bind_id(st, 2, node_id);
		sqlite3_bind_int(st, 3, i);
		sqlite3_bind_int(st, 4, lp->tahun);
		bind_str(st, 5, lp->kunci);
		sqlite3_bind_int(st, 6, lp->as_list);
		if ((rc = insert(sv, st, &id)))
			return rc;
		for (k = 0; k < lp->n; k++) {
			if ((rc = prep(sv, SQ_LAPORAN_CETAK_INSERT,
				       "INSERT INTO laporan_cetak (laporan_id,"
				       " ke, nilai, sumber)"
				       " VALUES (?1, ?2, ?3, ?4)", &st)))
				return rc;
			sqlite3_bind_int64(st, 1, id);
			sqlite3_bind_int(st, 2, k);
			bind_str(st, 3, lp->a[k].nilai);
			bind_str(st, 4, lp->a[k].sumber);
			if ((rc = run(sv, st)))
				return rc;
		}
	}
	return 0;
}

static int save_tahunan(struct save *sv, sqlite3_int64 id, const char *jenis,
			const struct tahunan *t)
{
	sqlite3_stmt *st;
	int i, rc;

	for (i = 0; i < t->n; i++) {
		if ((rc = prep(sv, SQ_NILAI_INSERT,
			       "INSERT INTO nilai (indikator_id, jenis, tahun,"
			       " raw, is_num) VALUES (?1, ?2, ?3, ?4, ?5)", &st)))
			return rc;
		sqlite3_bind_int64(st, 1, id);
		bind_str(st, 2, jenis);
		sqlite3_bind_int(st, 3, t->a[i].tahun);
		bind_str(st, 4, t->a[i].n.raw);
		sqlite3_bind_int(st, 5, t->a[i].n.is_num);
		if ((rc = run(sv, st)))
			return rc;
	}
	return 0;
}

/* A year of months or quarters goes in one statement: one step instead
 * of 12 halves the cost of the largest table of an import. */
#define PR(k, r, i) "(?1, ?2, ?3, " #k ", ?" #r ", ?" #i ")"
static const char zPeriode1[] =
	"INSERT INTO periode (indikator_id, tahun, jenis, ke, raw, is_num)"
	" VALUES (?1, ?2, ?3, ?6, ?4, ?5)";
static const char zPeriode4[] =
	"INSERT INTO periode (indikator_id, tahun, jenis, ke, raw, is_num)"
	" VALUES " PR(1, 4, 5) ", " PR(2, 6, 7) ", " PR(3, 8, 9) ", "
	PR(4, 10, 11);
static const char zPeriode12[] =
	"INSERT INTO periode (indikator_id, tahun, jenis, ke, raw, is_num)"
	" VALUES " PR(1, 4, 5) ", " PR(2, 6, 7) ", " PR(3, 8, 9) ", "
	PR(4, 10, 11) ", " PR(5, 12, 13) ", " PR(6, 14, 15) ", "
	PR(7, 16, 17) ", " PR(8, 18, 19) ", " PR(9, 20, 21) ", "
	PR(10, 22, 23) ", " PR(11, 24, 25) ", " PR(12, 26, 27);
#undef PR

/* Binds the columns of month or quarter k (0-based) of pr: in a one-row
 * statement (whole 0) or in a whole-year one. */
static void bind_periode(sqlite3_stmt *st, sqlite3_int64 id,
			 const struct periode *pr, int k, int whole)
{
	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_int(st, 2, pr->tahun);
	bind_str(st, 3, pr->bulanan ? "bulan" : "triwulan");
	bind_str(st, whole ? 4 + 2 * k : 4, pr->a[k].raw);
	sqlite3_bind_int(st, whole ? 5 + 2 * k : 5, pr->a[k].is_num);
	if (!whole)
		sqlite3_bind_int(st, 6, k + 1);
}

static int save_periode(struct save *sv, sqlite3_int64 id,
			const struct periode *pr)
{
	sqlite3_stmt *st;
	int k, rc;

	if (pr->n == 12 || pr->n == 4) {
		if ((rc = pr->n == 12
			  ? prep(sv, SQ_PERIODE_INSERT12, zPeriode12, &st)
			  : prep(sv, SQ_PERIODE_INSERT4, zPeriode4, &st)))
			return rc;
		for (k = 0; k < pr->n; k++)
			bind_periode(st, id, pr, k, 1);
		return run(sv, st);
	}
	for (k = 0; k < pr->n; k++) {
		if ((rc = prep(sv, SQ_PERIODE_INSERT, zPeriode1, &st)))
			return rc;
		bind_periode(st, id, pr, k, 0);
		if ((rc = run(sv, st)))
			return rc;
	}
	return 0;
}

static int save_pembanding(struct save *sv, sqlite3_int64 id, int urutan,
			   const struct pembanding *pb)
{
	sqlite3_stmt *st;
	sqlite3_int64 pid;
	int i, rc;

	if ((rc = prep(sv, SQ_PEMBANDING_INSERT,
		       "INSERT INTO pembanding (indikator_id, urutan, jenis)"
		       " VALUES (?1, ?2, ?3)", &st)))
		return rc;
	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_int(st, 2, urutan);
	bind_str(st, 3, pb->jenis);
	if ((rc = insert(sv, st, &pid)))
		return rc;
	for (i = 0; i < pb->nilai.n; i++) {
		const struct nilai_thn *v = &pb->nilai.a[i];

		if ((rc = prep(sv, SQ_PEMBANDING_NILAI_INSERT,
			       "INSERT INTO pembanding_nilai (pembanding_id,"
			       " tahun, raw, is_num) VALUES (?1, ?2, ?3, ?4)",
			       &st)))
			return rc;
		sqlite3_bind_int64(st, 1, pid);
		sqlite3_bind_int(st, 2, v->tahun);
		bind_str(st, 3, v->n.raw);
		sqlite3_bind_int(st, 4, v->n.is_num);
		if ((rc = run(sv, st)))
			return rc;
	}
	return 0;
}

static const char *const aPolaritas[] = { "positif", "negatif", "rentang" };
static const char *const aTipe[] = { "angka", "predikat", "teks" };
static const char *const aAgregasi[] = { "kumulatif", "terakhir", "rata_rata" };

static const char zIndikatorInsert[] =
	"INSERT INTO indikator (node_id, urutan, kode, uraian, satuan, iku,"
	" has_iku, polaritas, tipe, skala, agregasi, has_agregasi, formula,"
	" sumber_data, baseline_tahun, baseline_raw, baseline_is_num,"
	" target_akhir_raw, target_akhir_is_num) VALUES (?1, ?2, ?3, ?4, ?5,"
	" ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19)";

static int insert_indikator(struct save *sv, const struct indikator *ind,
			    sqlite3_int64 node_id, int urutan,
			    sqlite3_int64 *id)
{
	sqlite3_stmt *st;
	int rc;

	if ((rc = prep(sv, SQ_INDIKATOR_INSERT, zIndikatorInsert, &st)))
		return rc;
	sqlite3_bind_int64(st, 1, node_id);
	sqlite3_bind_int(st, 2, urutan);
	bind_str(st, 3, ind->kode);
	bind_str(st, 4, ind->uraian);
	bind_str(st, 5, ind->satuan);
	sqlite3_bind_int(st, 6, ind->iku);
	sqlite3_bind_int(st, 7, ind->has_iku);
	/* an enum out of range binds NULL, which the CHECK refuses */
	bind_str(st, 8, (unsigned)ind->polaritas < 3 ? aPolaritas[ind->polaritas]
						     : NULL);
	bind_str(st, 9, (unsigned)ind->tipe < 3 ? aTipe[ind->tipe] : NULL);
	bind_str(st, 10, ind->skala);
	bind_str(st, 11, (unsigned)ind->agregasi < 3 ? aAgregasi[ind->agregasi]
						     : NULL);
	sqlite3_bind_int(st, 12, ind->has_agregasi);
	bind_str(st, 13, ind->formula);
	bind_str(st, 14, ind->sumber_data);
	bind_id(st, 15, ind->baseline_tahun);
	bind_str(st, 16, ind->baseline.raw);
	sqlite3_bind_int(st, 17, ind->baseline.is_num);
	bind_str(st, 18, ind->target_akhir.raw);
	sqlite3_bind_int(st, 19, ind->target_akhir.is_num);
	return insert(sv, st, id);
}

static int save_indikator(struct save *sv, const struct indikator *ind,
			  sqlite3_int64 node_id, int urutan)
{
	sqlite3_int64 id;
	int i, rc;

	sv->ind = ind;
	if ((rc = insert_indikator(sv, ind, node_id, urutan, &id)) ||
	    (rc = save_tahunan(sv, id, "target", &ind->target)) ||
	    (rc = save_tahunan(sv, id, "target_pk", &ind->target_pk)) ||
	    (rc = save_tahunan(sv, id, "target_pk_perubahan",
			       &ind->target_pk_perubahan)) ||
	    (rc = save_tahunan(sv, id, "realisasi", &ind->realisasi)))
		return rc;
	for (i = 0; i < ind->nperiode; i++)
		if ((rc = save_periode(sv, id, &ind->periode[i])))
			return rc;
	for (i = 0; i < ind->npembanding; i++)
		if ((rc = save_pembanding(sv, id, i, &ind->pembanding[i])))
			return rc;
	if ((rc = save_laporan(sv, &ind->dilaporkan, id, 0)) ||
	    (rc = save_narasi(sv, &ind->narasi, id)))
		return rc;
	sv->ind = NULL;
	return 0;
}

static int save_node(struct save *sv, const struct node *n,
		     sqlite3_int64 parent_id, int urutan, int depth)
{
	sqlite3_stmt *st;
	sqlite3_int64 id;
	int i, rc;

	sv->node = n;
	if (depth > TK_SUBKEGIATAN || (unsigned)n->tingkat > TK_SUBKEGIATAN)
		return sk_errf(sv->e, SK_EINVAL,
			       "saving instansi '%s', node '%s': nested below "
			       "subkegiatan", kode_or(sv->in->kode),
			       kode_or(n->kode));
	if ((rc = prep(sv, SQ_NODE_INSERT,
		       "INSERT INTO node (instansi_id, parent_id, tingkat, kode,"
		       " uraian, urutan) VALUES (?1, ?2, ?3, ?4, ?5, ?6)", &st)))
		return rc;
	sqlite3_bind_int64(st, 1, sv->instansi_id);
	bind_id(st, 2, parent_id);
	bind_str(st, 3, tingkat_nama(n->tingkat));
	bind_str(st, 4, n->kode);
	bind_str(st, 5, n->uraian);
	sqlite3_bind_int(st, 6, urutan);
	if ((rc = insert(sv, st, &id)))
		return rc;
	for (i = 0; i < n->nindikator; i++)
		if ((rc = save_indikator(sv, &n->indikator[i], id, i)))
			return rc;
	for (i = 0; i < n->nanggaran; i++)
		if ((rc = save_anggaran(sv, &n->anggaran[i], id)))
			return rc;
	if ((rc = save_laporan(sv, &n->dilaporkan, 0, id)))
		return rc;
	for (i = 0; i < n->nanak; i++)
		if ((rc = save_node(sv, &n->anak[i], id, i, depth + 1)))
			return rc;
	sv->node = NULL;
	return 0;
}

static int save_instansi(struct save *sv, const struct instansi *in,
			 int urutan, int full)
{
	int i, rc;

	sv->in = in;
	if (sv->web && (rc = store_lock_check(sv->s, sv->pemda_id,
					      sv->p->pemda_kode, in, sv->e)))
		return rc;
	if ((rc = upsert_instansi(sv, in, urutan, full)) ||
	    (sv->web && (rc = store_entri_before(sv->s, sv->instansi_id,
						 &sv->entri, sv->e))) ||
	    (rc = clear_instansi(sv)))
		return rc;
	if (in->has_pimpinan && (rc = save_pejabat(sv, "pimpinan", &in->pimpinan)))
		return rc;
	if (in->has_atasan && (rc = save_pejabat(sv, "atasan", &in->atasan)))
		return rc;
	for (i = 0; i < in->npk; i++)
		if ((rc = save_pk(sv, &in->pk[i])))
			return rc;
	for (i = 0; i < in->nanggaran_dilaporkan; i++) {
		const struct anggaran_dilaporkan *ad = &in->anggaran_dilaporkan[i];
		struct anggaran a;

		memset(&a, 0, sizeof a);
		a.tahun = ad->tahun;
		a.ndilaporkan = ad->n;
		a.dilaporkan = ad->a;
		if ((rc = save_anggaran(sv, &a, 0)))
			return rc;
	}
	if ((rc = save_narasi(sv, &in->narasi, 0)))
		return rc;
	for (i = 0; i < in->ntujuan; i++)
		if ((rc = save_node(sv, &in->tujuan[i], 0, i, TK_TUJUAN)))
			return rc;
	if (sv->web &&
	    ((rc = store_entri_attach(sv->s, sv->instansi_id, &sv->entri,
				      sv->e)) ||
	     (rc = store_entri_after(sv->s, sv->p->pemda_kode, in,
				     sv->instansi_id, &sv->entri, sv->info,
				     sv->e))))
		return rc;
	sv->in = NULL;
	return 0;
}

static int save_all(struct save *sv, const struct pkg *p)
{
	int i, rc, full = 0, next = 0;

	if ((rc = save_pemda(sv, p)) || (rc = plan_urutan(sv, p, &full, &next)))
		return rc;
	for (i = 0; i < p->ninstansi; i++)
		if ((rc = save_instansi(sv, &p->instansi[i],
					full ? i : next + i, full)))
			return rc;
	return 0;
}

int store_save_pkg_as(struct store *s, const struct pkg *p,
		      struct store_save_info *info, struct sk_err *e)
{
	struct save sv;
	int rc;

	memset(&sv, 0, sizeof sv);
	sv.s = s;
	sv.e = e;
	sv.p = p;
	sv.info = info;
	sv.web = store_schema_version(s) == STORE_SCHEMA_VERSION;
	if (info) {
		info->nreattached = info->norphan = 0;
		info->orphan[0] = 0;
	}
	if ((rc = store_exec(s, "BEGIN IMMEDIATE", e)))
		return rc;
	rc = save_all(&sv, p);
	if (rc == 0)
		rc = store_exec(s, "COMMIT", e);
	if (rc) {
		store_reset_all(s);
		sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
		if (info) {
			info->nreattached = info->norphan = 0;
			info->orphan[0] = 0;
		}
	}
	return rc;
}

int store_save_pkg(struct store *s, const struct pkg *p, struct sk_err *e)
{
	return store_save_pkg_as(s, p, NULL, e);
}
