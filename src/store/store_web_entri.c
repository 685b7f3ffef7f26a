/* store_web_entri: realisations an operator enters per period and a
 * verifier approves or returns (store_web.h).
 *
 * An entry is one row per indicator, year and period. Approving it
 * writes its value into the package itself — the indicator's
 * realisasi_periode (table periode) or, for the year, its realisasi
 * (table nilai) — so that hitung, reports and exports see it. An entry
 * also records its agency and its indicator's kode, so that it outlives
 * a re-import of the agency (store_save_entri.c); one whose indicator an
 * import removed is orphaned (indikator_id NULL, 0 in struct web_entri):
 * still listed, returnable, never approvable. */
#include "store_web_int.h"

#include <stdio.h>
#include <string.h>

/* The pemda of an indicator, for the period lock. */
static int indikator_pemda(struct store *s, int64_t ind, int64_t *pid,
			   struct sk_err *e)
{
	sqlite3_stmt *st;
	int rc;

	if ((rc = sw_prep(s, "SELECT i.pemda_id FROM indikator k"
			  " JOIN node n ON n.id = k.node_id"
			  " JOIN instansi i ON i.id = n.instansi_id"
			  " WHERE k.id = ?1", &st, e)))
		return rc;
	sqlite3_bind_int64(st, 1, ind);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		*pid = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	if (rc == SQLITE_DONE)
		return sk_errf(e, SK_ENOTFOUND, "indikator %lld not found",
			       (long long)ind);
	return rc == SQLITE_ROW ? 0 : store_fail(s, rc, e, "indikator");
}

/* The kind of the periods stored for (ind, tahun): "bulan",
 * "triwulan", or "" when there are none; and how many rows. */
static int periode_jenis(struct store *s, int64_t ind, int tahun,
			 char jenis[16], int *n, struct sk_err *e)
{
	sqlite3_stmt *st;
	int rc;

	jenis[0] = 0;
	*n = 0;
	if ((rc = sw_prep(s, "SELECT jenis, count(*) FROM periode"
			  " WHERE indikator_id = ?1 AND tahun = ?2"
			  " GROUP BY jenis", &st, e)))
		return rc;
	sqlite3_bind_int64(st, 1, ind);
	sqlite3_bind_int(st, 2, tahun);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		snprintf(jenis, 16, "%s", (const char *)sqlite3_column_text(st, 0));
		*n += sqlite3_column_int(st, 1);
	}
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? 0 : store_fail(s, rc, e, "periode");
}

static int periode_check(const char *periode, int ke, struct sk_err *e)
{
	if (!periode)
		return sk_errf(e, SK_EINVAL, "periode missing");
	if (strcmp(periode, "tahun") == 0)
		return ke == 0 ? 0 : sk_errf(e, SK_EINVAL, "tahun: ke must be 0");
	if (strcmp(periode, "triwulan") == 0)
		return ke >= 1 && ke <= 4 ? 0 :
			sk_errf(e, SK_EINVAL, "triwulan %d: 1 to 4", ke);
	if (strcmp(periode, "bulan") == 0)
		return ke >= 1 && ke <= 12 ? 0 :
			sk_errf(e, SK_EINVAL, "bulan %d: 1 to 12", ke);
	return sk_errf(e, SK_EINVAL, "periode '%s': tahun, triwulan or bulan",
		       periode);
}

/* A period entry must use the kind of period the indicator already
 * reports that year. */
static int periode_fits(struct store *s, int64_t ind, int tahun,
			const char *periode, struct sk_err *e)
{
	char jenis[16];
	int rc, n;

	if (strcmp(periode, "tahun") == 0)
		return 0;
	if ((rc = periode_jenis(s, ind, tahun, jenis, &n, e)))
		return rc;
	if (jenis[0] && strcmp(jenis, periode) != 0)
		return sk_errf(e, SK_EINVAL, "indikator %lld reports %d by %s, "
			       "not by %s", (long long)ind, tahun, jenis,
			       periode);
	return 0;
}

/* The pemda of an agency, for the period lock. */
static int instansi_pemda(struct store *s, int64_t instansi_id, int64_t *pid,
			  struct sk_err *e)
{
	sqlite3_stmt *st;
	int rc;

	if ((rc = sw_prep(s, "SELECT pemda_id FROM instansi WHERE id = ?1",
			  &st, e)))
		return rc;
	sqlite3_bind_int64(st, 1, instansi_id);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		*pid = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	if (rc == SQLITE_DONE)
		return sk_errf(e, SK_ENOTFOUND, "instansi %lld not found",
			       (long long)instansi_id);
	return rc == SQLITE_ROW ? 0 : store_fail(s, rc, e, "instansi");
}

struct old_entri {
	int64_t id;
	char status[16];
	char text[300];
};

static int entri_find(struct store *s, const struct web_entri_input *in,
		      struct old_entri *o, struct sk_err *e)
{
	sqlite3_stmt *st;
	int rc;

	memset(o, 0, sizeof *o);
	if ((rc = sw_prep(s, "SELECT id, status, raw FROM realisasi_entri"
			  " WHERE indikator_id = ?1 AND tahun = ?2"
			  " AND periode = ?3 AND ke = ?4", &st, e)))
		return rc;
	sqlite3_bind_int64(st, 1, in->indikator_id);
	sqlite3_bind_int(st, 2, in->tahun);
	sw_bind_str(st, 3, in->periode);
	sqlite3_bind_int(st, 4, in->ke);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		const char *raw = (const char *)sqlite3_column_text(st, 2);

		o->id = sqlite3_column_int64(st, 0);
		snprintf(o->status, sizeof o->status, "%s",
			 (const char *)sqlite3_column_text(st, 1));
		snprintf(o->text, sizeof o->text, "%s: %.256s", o->status,
			 raw ? raw : "");
	}
	sqlite3_finalize(st);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 :
		store_fail(s, rc, e, "realisasi entri");
}

static int entri_write(struct store *s, const struct web_actor *who,
		       const struct web_entri_input *in, int64_t old_id,
		       struct sk_err *e)
{
	sqlite3_stmt *st;
	char now[21];
	int rc;

	if ((rc = sw_prep(s, old_id ?
			  "UPDATE realisasi_entri SET raw = ?5, is_num = 0,"
			  " status = ?6, catatan = ?7,"
			  " bukti_path = coalesce(?8, bukti_path),"
			  " bukti_nama = coalesce(?9, bukti_nama),"
			  " bukti_tipe = coalesce(?10, bukti_tipe),"
			  " bukti_ukuran = coalesce(?11, bukti_ukuran),"
			  " entered_by = ?12, updated_at = ?13,"
			  " submitted_at = CASE WHEN ?6 = 'diajukan' THEN ?13"
			  "  ELSE submitted_at END,"
			  " verified_by = NULL, verified_at = NULL, alasan = NULL"
			  " WHERE id = ?14" :
			  "INSERT INTO realisasi_entri (instansi_id,"
			  " indikator_kode, indikator_id, tahun, periode, ke, raw,"
			  " is_num, status, catatan, bukti_path, bukti_nama,"
			  " bukti_tipe, bukti_ukuran, entered_by, created_at,"
			  " updated_at, submitted_at) SELECT n.instansi_id,"
			  " k.kode, k.id, ?2, ?3, ?4, ?5, 0, ?6, ?7, ?8, ?9, ?10,"
			  " ?11, ?12, ?13, ?13, CASE WHEN ?6 = 'diajukan' THEN ?13"
			  " END FROM indikator k JOIN node n ON n.id = k.node_id"
			  " WHERE k.id = ?1", &st, e)))
		return rc;
	sqlite3_bind_int64(st, 1, in->indikator_id);
	sqlite3_bind_int(st, 2, in->tahun);
	sw_bind_str(st, 3, in->periode);
	sqlite3_bind_int(st, 4, in->ke);
	sw_bind_str(st, 5, in->raw);
	sw_bind_str(st, 6, in->ajukan ? "diajukan" : "draft");
	sw_bind_str(st, 7, in->catatan && *in->catatan ? in->catatan : NULL);
	sw_bind_str(st, 8, in->bukti_path);
	sw_bind_str(st, 9, in->bukti_nama);
	sw_bind_str(st, 10, in->bukti_tipe);
	if (in->bukti_path)
		sqlite3_bind_int64(st, 11, in->bukti_ukuran);
	if (who->user_id)
		sqlite3_bind_int64(st, 12, who->user_id);
	sw_bind_str(st, 13, store_time_text(who->now, now));
	if (old_id)
		sqlite3_bind_int64(st, 14, old_id);
	return sw_run(s, st, e, "saving a realisasi entri");
}

int store_entri_save(struct store *s, const struct web_actor *who,
		     const struct web_entri_input *in, int64_t *id,
		     struct sk_err *e)
{
	struct old_entri o;
	int64_t pid = 0;
	char idz[24], text[300];
	int rc;

	if ((rc = periode_check(in->periode, in->ke, e)))
		return rc;
	if (!in->raw || !*in->raw)
		return sk_errf(e, SK_EINVAL, "nilai missing");
	if ((rc = sw_begin(s, e)))
		return rc;
	if ((rc = indikator_pemda(s, in->indikator_id, &pid, e)) == 0 &&
	    (rc = sw_check_open(s, pid, in->tahun, e)) == 0 &&
	    (rc = periode_fits(s, in->indikator_id, in->tahun, in->periode,
			       e)) == 0 &&
	    (rc = entri_find(s, in, &o, e)) == 0)
		rc = entri_write(s, who, in, o.id, e);
	if (rc == 0) {
		*id = o.id ? o.id : sqlite3_last_insert_rowid(s->db);
		snprintf(idz, sizeof idz, "%lld", (long long)*id);
		snprintf(text, sizeof text, "%s: %.256s",
			 in->ajukan ? "diajukan" : "draft", in->raw);
		rc = store_audit_add(s, who, in->ajukan ? "realisasi.ajukan" :
				     "realisasi.draf", "realisasi_entri", idz,
				     o.id ? o.text : NULL, text, e);
	}
	return sw_end(s, rc, e);
}

#define ENTRI_COLS \
	"SELECT r.id, coalesce(r.indikator_id, 0), r.instansi_id, r.tahun," \
	" r.ke, r.periode, r.raw, r.catatan, r.status, r.alasan," \
	" r.bukti_path, r.bukti_nama, r.bukti_tipe," \
	" coalesce(r.bukti_ukuran, 0), ue.username, uv.username," \
	" r.updated_at, r.verified_at, r.indikator_kode, k.uraian, k.satuan," \
	" i.kode, i.nama, p.kode" \
	" FROM realisasi_entri r" \
	" LEFT JOIN indikator k ON k.id = r.indikator_id" \
	" JOIN instansi i ON i.id = r.instansi_id" \
	" JOIN pemda p ON p.id = i.pemda_id" \
	" LEFT JOIN users ue ON ue.id = r.entered_by" \
	" LEFT JOIN users uv ON uv.id = r.verified_by"

static void entri_row(struct arena *a, sqlite3_stmt *st, struct web_entri *r)
{
	r->id = sqlite3_column_int64(st, 0);
	r->indikator_id = sqlite3_column_int64(st, 1);
	r->instansi_id = sqlite3_column_int64(st, 2);
	r->tahun = sqlite3_column_int(st, 3);
	r->ke = sqlite3_column_int(st, 4);
	r->periode = sw_col(a, st, 5);
	r->raw = sw_col(a, st, 6);
	r->catatan = sw_col(a, st, 7);
	r->status = sw_col(a, st, 8);
	r->alasan = sw_col(a, st, 9);
	r->bukti_path = sw_col(a, st, 10);
	r->bukti_nama = sw_col(a, st, 11);
	r->bukti_tipe = sw_col(a, st, 12);
	r->bukti_ukuran = sqlite3_column_int64(st, 13);
	r->entered_by = sw_col(a, st, 14);
	r->verified_by = sw_col(a, st, 15);
	r->updated_at = sw_col(a, st, 16);
	r->verified_at = sw_col(a, st, 17);
	r->indikator_kode = sw_col(a, st, 18);
	r->indikator_uraian = sw_col(a, st, 19);
	r->satuan = sw_col(a, st, 20);
	r->instansi_kode = sw_col(a, st, 21);
	r->instansi_nama = sw_col(a, st, 22);
	r->pemda_kode = sw_col(a, st, 23);
}

int store_entri_get(struct store *s, int64_t id, struct arena *a,
		    struct web_entri *out, struct sk_err *e)
{
	sqlite3_stmt *st;
	int rc;

	memset(out, 0, sizeof *out);
	if ((rc = sw_prep(s, ENTRI_COLS " WHERE r.id = ?1", &st, e)))
		return rc;
	sqlite3_bind_int64(st, 1, id);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		entri_row(a, st, out);
	sqlite3_finalize(st);
	if (rc == SQLITE_DONE)
		return sk_errf(e, SK_ENOTFOUND, "entri %lld not found",
			       (long long)id);
	if (rc != SQLITE_ROW)
		return store_fail(s, rc, e, "realisasi entri");
	return a->err ? sk_errf(e, a->err, "entri: out of memory") : 0;
}

int store_entri_list(struct store *s, const struct web_entri_filter *f,
		     struct arena *a, struct web_entri **out, int *n,
		     struct sk_err *e)
{
	sqlite3_stmt *st;
	struct web_entri *v;
	int rc, lim = f->limit > 0 && f->limit <= 5000 ? f->limit : 500;

	*n = 0;
	if (!(v = arena_array(a, (size_t)lim, sizeof *v)))
		return sk_errf(e, SK_ENOMEM, "entri: out of memory");
	if ((rc = sw_prep(s, ENTRI_COLS
			  " WHERE (?1 IS NULL OR r.status = ?1)"
			  " AND (?2 = 0 OR r.instansi_id = ?2)"
			  " AND (?3 = 0 OR r.indikator_id = ?3)"
			  " AND (?4 = 0 OR r.tahun = ?4)"
			  " ORDER BY r.updated_at DESC, r.id DESC LIMIT ?5",
			  &st, e)))
		return rc;
	sw_bind_str(st, 1, f->status);
	sqlite3_bind_int64(st, 2, f->instansi_id);
	sqlite3_bind_int64(st, 3, f->indikator_id);
	sqlite3_bind_int(st, 4, f->tahun);
	sqlite3_bind_int(st, 5, lim);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW && *n < lim)
		entri_row(a, st, &v[(*n)++]);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE && rc != SQLITE_ROW)
		return store_fail(s, rc, e, "listing entri");
	*out = v;
	return a->err ? sk_errf(e, a->err, "entri: out of memory") : 0;
}

/* Writes an approved value into the package: the year's realisasi, or
 * one period (creating the year's empty periods when there are none).
 * old gets the value it replaces. */
static int approve_write(struct store *s, const struct web_entri *r,
			 char old[300], struct sk_err *e)
{
	sqlite3_stmt *st;
	char jenis[16];
	int rc, n, i, tahun = strcmp(r->periode, "tahun") == 0;

	old[0] = 0;
	if (!tahun) {
		if ((rc = periode_jenis(s, r->indikator_id, r->tahun, jenis, &n,
					e)))
			return rc;
		if (jenis[0] && strcmp(jenis, r->periode) != 0)
			return sk_errf(e, SK_EINVAL, "indikator reports %d by %s",
				       r->tahun, jenis);
		/* a year without periods gets all of them, unreported */
		for (i = 1; n == 0 && i <= (strcmp(r->periode, "bulan") ? 4 : 12);
		     i++) {
			if ((rc = sw_prep(s, "INSERT INTO periode (indikator_id,"
					  " tahun, jenis, ke) VALUES (?1, ?2,"
					  " ?3, ?4)", &st, e)))
				return rc;
			sqlite3_bind_int64(st, 1, r->indikator_id);
			sqlite3_bind_int(st, 2, r->tahun);
			sw_bind_str(st, 3, r->periode);
			sqlite3_bind_int(st, 4, i);
			if ((rc = sw_run(s, st, e, "adding periods")))
				return rc;
		}
	}
	if ((rc = sw_prep(s, tahun ? "SELECT raw FROM nilai WHERE"
			  " indikator_id = ?1 AND jenis = 'realisasi'"
			  " AND tahun = ?2" : "SELECT raw FROM periode"
			  " WHERE indikator_id = ?1 AND tahun = ?2 AND ke = ?3",
			  &st, e)))
		return rc;
	sqlite3_bind_int64(st, 1, r->indikator_id);
	sqlite3_bind_int(st, 2, r->tahun);
	sqlite3_bind_int(st, 3, r->ke);
	if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_text(st, 0))
		snprintf(old, 300, "%.256s",
			 (const char *)sqlite3_column_text(st, 0));
	sqlite3_finalize(st);
	if ((rc = sw_prep(s, tahun ? "INSERT OR REPLACE INTO nilai"
			  " (indikator_id, jenis, tahun, raw, is_num)"
			  " VALUES (?1, 'realisasi', ?2, ?4, 0)" :
			  "INSERT INTO periode (indikator_id, tahun, jenis, ke,"
			  " raw, is_num) VALUES (?1, ?2, ?5, ?3, ?4, 0)"
			  " ON CONFLICT (indikator_id, tahun, ke)"
			  " DO UPDATE SET raw = excluded.raw, is_num = 0",
			  &st, e)))
		return rc;
	sqlite3_bind_int64(st, 1, r->indikator_id);
	sqlite3_bind_int(st, 2, r->tahun);
	sqlite3_bind_int(st, 3, r->ke);
	sw_bind_str(st, 4, r->raw);
	sw_bind_str(st, 5, r->periode);
	return sw_run(s, st, e, "writing the realisasi");
}

static int verify_mark(struct store *s, const struct web_actor *who,
		       int64_t id, int setuju, const char *alasan,
		       struct sk_err *e)
{
	sqlite3_stmt *st;
	char now[21];
	int rc;

	if ((rc = sw_prep(s, "UPDATE realisasi_entri SET status = ?2,"
			  " verified_by = ?3, verified_at = ?4, alasan = ?5"
			  " WHERE id = ?1", &st, e)))
		return rc;
	sqlite3_bind_int64(st, 1, id);
	sw_bind_str(st, 2, setuju ? "disetujui" : "dikembalikan");
	if (who->user_id)
		sqlite3_bind_int64(st, 3, who->user_id);
	sw_bind_str(st, 4, store_time_text(who->now, now));
	sw_bind_str(st, 5, setuju ? NULL : alasan);
	return sw_run(s, st, e, "verifying an entri");
}

static int verify_tx(struct store *s, const struct web_actor *who,
		     const struct web_entri *r, int setuju, const char *alasan,
		     struct sk_err *e)
{
	int64_t pid = 0;
	char idz[24], old[300], oldt[340], newt[340];
	int rc;

	if (strcmp(r->status, "diajukan") != 0)
		return sk_errf(e, SK_EINVAL, "entri %lld is %s, not waiting for "
			       "verification", (long long)r->id, r->status);
	if (setuju && !r->indikator_id)
		return sk_errf(e, SK_EINVAL, "entri %lld: indikator '%s' is no "
			       "longer in the plan of instansi '%s' (an import "
			       "removed it); it can be returned, not approved",
			       (long long)r->id, r->indikator_kode,
			       r->instansi_kode);
	if ((rc = instansi_pemda(s, r->instansi_id, &pid, e)) ||
	    (rc = sw_check_open(s, pid, r->tahun, e)))
		return rc;
	if (setuju) {
		if ((rc = approve_write(s, r, old, e)))
			return rc;
		snprintf(idz, sizeof idz, "%lld", (long long)r->indikator_id);
		snprintf(oldt, sizeof oldt, "%d %s %d: %s", r->tahun,
			 r->periode, r->ke, old[0] ? old : "-");
		snprintf(newt, sizeof newt, "%d %s %d: %.256s", r->tahun,
			 r->periode, r->ke, r->raw);
		rc = store_audit_add(s, who, "realisasi.setujui", "indikator",
				     idz, oldt, newt, e);
	} else {
		snprintf(idz, sizeof idz, "%lld", (long long)r->id);
		snprintf(newt, sizeof newt, "dikembalikan: %.300s", alasan);
		rc = store_audit_add(s, who, "realisasi.kembalikan",
				     "realisasi_entri", idz, "diajukan", newt,
				     e);
	}
	return rc ? rc : verify_mark(s, who, r->id, setuju, alasan, e);
}

int store_entri_verify(struct store *s, const struct web_actor *who,
		       int64_t id, int setuju, const char *alasan,
		       struct sk_err *e)
{
	struct arena a = ARENA_INIT;
	struct web_entri r;
	int rc;

	if (!setuju && (!alasan || !*alasan))
		return sk_errf(e, SK_EINVAL, "a returned entri needs a reason");
	if ((rc = sw_begin(s, e)))
		return rc;
	rc = store_entri_get(s, id, &a, &r, e);
	if (rc == 0)
		rc = verify_tx(s, who, &r, setuju, alasan, e);
	rc = sw_end(s, rc, e);
	arena_free(&a);
	return rc;
}
