/* store_lke_rek: the LHE part of an evaluation — identity, notes,
 * recommendations — and the follow-up of recommendations (store_lke.h).
 *
 * Recommendations are matched by nomor when a penetapan is imported
 * again: text, code, priority and target are updated, status and
 * follow-ups kept; one the file no longer has is dropped, unless it was
 * followed up already. */
#include "store_lke_int.h"
#include "store_web.h"

#include <stdio.h>
#include <string.h>

/* ---- saving with a worksheet ------------------------------------------------ */

static int save_catatan(struct store *s, sqlite3_int64 id,
			const struct lke_lembar *l, struct sk_err *e)
{
	sqlite3_stmt *st;
	int rc, i;

	if ((rc = lke_prep(s, "DELETE FROM lke_catatan WHERE evaluasi_id = ?1",
			   &st, e)))
		return rc;
	sqlite3_bind_int64(st, 1, id);
	if ((rc = lke_run(s, st, e, "clearing notes")))
		return rc;
	for (i = 0; i < l->ncatatan; i++) {
		if ((rc = lke_prep(s, "INSERT INTO lke_catatan (evaluasi_id,"
				   " kode, teks) VALUES (?1, ?2, ?3)", &st, e)))
			return rc;
		sqlite3_bind_int64(st, 1, id);
		lke_bind_str(st, 2, l->catatan[i].kode);
		lke_bind_str(st, 3, l->catatan[i].teks);
		if ((rc = lke_run(s, st, e, "saving a note")))
			return rc;
	}
	return 0;
}

static int in_file(const struct lke_lembar *l, int nomor)
{
	int i;

	for (i = 0; i < l->nrekomendasi; i++)
		if (l->rekomendasi[i].nomor == nomor)
			return 1;
	return 0;
}

/* Drops the recommendations the file no longer has. */
static int drop_rekomendasi(struct store *s, sqlite3_int64 id,
			    const struct lke_lembar *l, struct sk_err *e)
{
	sqlite3_stmt *st, *del;
	int rc, nomor;

	if ((rc = lke_prep(s, "SELECT r.id, r.nomor, (SELECT count(*) FROM"
			   " lke_tindak_lanjut t WHERE t.rekomendasi_id = r.id)"
			   " FROM lke_rekomendasi r WHERE r.evaluasi_id = ?1",
			   &st, e)))
		return rc;
	sqlite3_bind_int64(st, 1, id);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		nomor = sqlite3_column_int(st, 1);
		if (in_file(l, nomor))
			continue;
		if (sqlite3_column_int(st, 2) > 0) {
			sqlite3_finalize(st);
			return sk_errf(e, SK_EINVAL, "rekomendasi: nomor %d was "
				       "followed up already and cannot be "
				       "dropped", nomor);
		}
		if ((rc = lke_prep(s, "DELETE FROM lke_rekomendasi WHERE id = ?1",
				   &del, e)))
			break;
		sqlite3_bind_int64(del, 1, sqlite3_column_int64(st, 0));
		if ((rc = lke_run(s, del, e, "dropping a recommendation")))
			break;
	}
	sqlite3_finalize(st);
	if (rc == SQLITE_DONE)
		return 0;
	return rc < 0 ? rc : store_fail(s, rc, e, "reading recommendations");
}

static int save_rekomendasi(struct store *s, sqlite3_int64 id,
			    const struct lke_lembar *l, struct sk_err *e)
{
	sqlite3_stmt *st;
	int rc, i;

	if ((rc = drop_rekomendasi(s, id, l, e)))
		return rc;
	for (i = 0; i < l->nrekomendasi; i++) {
		const struct lke_rekomendasi *r = &l->rekomendasi[i];
		if ((rc = lke_prep(s, "INSERT INTO lke_rekomendasi (evaluasi_id,"
				   " nomor, teks, kode, prioritas, target_tanggal)"
				   " VALUES (?1, ?2, ?3, ?4, ?5, ?6)"
				   " ON CONFLICT (evaluasi_id, nomor) DO UPDATE"
				   " SET teks = excluded.teks, kode = excluded.kode,"
				   " prioritas = excluded.prioritas,"
				   " target_tanggal = excluded.target_tanggal",
				   &st, e)))
			return rc;
		sqlite3_bind_int64(st, 1, id);
		sqlite3_bind_int(st, 2, r->nomor);
		lke_bind_str(st, 3, r->teks);
		lke_bind_str(st, 4, r->kode);
		lke_bind_str(st, 5, r->prioritas);
		lke_bind_str(st, 6, r->target);
		if ((rc = lke_run(s, st, e, "saving a recommendation")))
			return rc;
	}
	return 0;
}

int lke_save_lhe(struct store *s, sqlite3_int64 id,
		 const struct lke_lembar *l, struct sk_err *e)
{
	sqlite3_stmt *st;
	int rc;

	if ((rc = lke_prep(s, "UPDATE lke_evaluasi SET lhe_nomor = ?2,"
			   " lhe_tanggal = ?3, evaluator = ?4 WHERE id = ?1",
			   &st, e)))
		return rc;
	sqlite3_bind_int64(st, 1, id);
	lke_bind_str(st, 2, l->lhe_nomor);
	lke_bind_str(st, 3, l->lhe_tanggal);
	lke_bind_str(st, 4, l->evaluator);
	if ((rc = lke_run(s, st, e, "saving the LHE")))
		return rc;
	if ((rc = save_catatan(s, id, l, e)))
		return rc;
	return save_rekomendasi(s, id, l, e);
}

/* ---- loading with a worksheet ------------------------------------------------ */

static int load_catatan(struct store *s, sqlite3_int64 id,
			struct lke_lembar *l, struct sk_err *e)
{
	sqlite3_stmt *st;
	int rc;

	if ((rc = lke_prep(s, "SELECT kode, teks, (SELECT count(*) FROM"
			   " lke_catatan WHERE evaluasi_id = ?1) FROM lke_catatan"
			   " WHERE evaluasi_id = ?1 ORDER BY kode", &st, e)))
		return rc;
	sqlite3_bind_int64(st, 1, id);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (!l->catatan && !(l->catatan = store_rows(&l->arena, st, 2,
							     sizeof *l->catatan)))
			break;
		l->catatan[l->ncatatan].kode = store_col(&l->arena, st, 0);
		l->catatan[l->ncatatan++].teks = store_col(&l->arena, st, 1);
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE && rc != SQLITE_ROW)
		return store_fail(s, rc, e, "loading notes");
	return 0;
}

static void rek_row(struct arena *a, sqlite3_stmt *st, int c,
		    struct lke_rekomendasi *r)
{
	r->nomor = sqlite3_column_int(st, c);
	r->teks = store_col(a, st, c + 1);
	r->kode = store_col(a, st, c + 2);
	r->prioritas = store_col(a, st, c + 3);
	r->target = store_col(a, st, c + 4);
	r->status = lke_status_parse((const char *)sqlite3_column_text(st,
								      c + 5));
}

#define REK_COLS "r.nomor, r.teks, r.kode, r.prioritas, r.target_tanggal," \
		 " r.status"

static int load_rekomendasi(struct store *s, sqlite3_int64 id,
			    struct lke_lembar *l, struct sk_err *e)
{
	sqlite3_stmt *st;
	int rc;

	if ((rc = lke_prep(s, "SELECT " REK_COLS ", (SELECT count(*) FROM"
			   " lke_rekomendasi WHERE evaluasi_id = ?1)"
			   " FROM lke_rekomendasi r WHERE r.evaluasi_id = ?1"
			   " ORDER BY r.nomor", &st, e)))
		return rc;
	sqlite3_bind_int64(st, 1, id);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (!l->rekomendasi &&
		    !(l->rekomendasi = store_rows(&l->arena, st, 6,
						  sizeof *l->rekomendasi)))
			break;
		rek_row(&l->arena, st, 0, &l->rekomendasi[l->nrekomendasi++]);
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE && rc != SQLITE_ROW)
		return store_fail(s, rc, e, "loading recommendations");
	return 0;
}

int lke_load_lhe(struct store *s, sqlite3_int64 id, struct lke_lembar *l,
		 struct sk_err *e)
{
	sqlite3_stmt *st;
	int rc;

	if ((rc = lke_prep(s, "SELECT lhe_nomor, lhe_tanggal, evaluator FROM"
			   " lke_evaluasi WHERE id = ?1", &st, e)))
		return rc;
	sqlite3_bind_int64(st, 1, id);
	if ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		l->lhe_nomor = store_col(&l->arena, st, 0);
		l->lhe_tanggal = store_col(&l->arena, st, 1);
		l->evaluator = store_col(&l->arena, st, 2);
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return store_fail(s, rc, e, "loading the LHE");
	if ((rc = load_catatan(s, id, l, e)))
		return rc;
	if ((rc = load_rekomendasi(s, id, l, e)))
		return rc;
	return l->arena.err ? sk_errf(e, SK_ENOMEM, "out of memory") : 0;
}

/* ---- recommendations on their own -------------------------------------------- */

int store_lke_rekomendasi_hitung(struct store *s, const char *pemda,
				 const char *instansi, int tahun, int *n, int *selesai,
				 struct sk_err *e)
{
	sqlite3_stmt *st;
	sqlite3_int64 inst = 0;
	int rc;

	*n = *selesai = 0;
	if ((rc = lke_instansi_id(s, pemda, instansi, &inst, e)))
		return rc;
	if ((rc = lke_prep(s, "SELECT count(*), coalesce(sum(r.status ="
			   " 'selesai'), 0) FROM lke_rekomendasi r JOIN"
			   " lke_evaluasi v ON v.id = r.evaluasi_id WHERE"
			   " v.instansi_id = ?1 AND v.tahun = ?2 AND v.tahap ="
			   " 'penetapan' AND v.terbit = 1", &st, e)))
		return rc;
	sqlite3_bind_int64(st, 1, inst);
	sqlite3_bind_int(st, 2, tahun);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		*n = sqlite3_column_int(st, 0);
		*selesai = sqlite3_column_int(st, 1);
		rc = 0;
	} else {
		rc = store_fail(s, rc, e, "counting recommendations");
	}
	sqlite3_finalize(st);
	return rc;
}

static int load_tl(struct store *s, sqlite3_int64 rid, struct arena *a,
		   struct lke_rek_info *ri, struct sk_err *e)
{
	sqlite3_stmt *st;
	int rc;

	if ((rc = lke_prep(s, "SELECT tanggal, uraian, bukti, diverifikasi_pada,"
			   " catatan_verifikasi, (SELECT count(*) FROM"
			   " lke_tindak_lanjut WHERE rekomendasi_id = ?1)"
			   " FROM lke_tindak_lanjut WHERE rekomendasi_id = ?1"
			   " ORDER BY id", &st, e)))
		return rc;
	sqlite3_bind_int64(st, 1, rid);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct lke_tindak_lanjut *t;
		if (!ri->tl && !(ri->tl = store_rows(a, st, 5, sizeof *ri->tl)))
			break;
		t = &ri->tl[ri->ntl++];
		t->tanggal = store_col(a, st, 0);
		t->uraian = store_col(a, st, 1);
		t->bukti = store_col(a, st, 2);
		t->diverifikasi_pada = store_col(a, st, 3);
		t->catatan_verifikasi = store_col(a, st, 4);
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE && rc != SQLITE_ROW)
		return store_fail(s, rc, e, "loading follow-ups");
	return 0;
}

int store_lke_rekomendasi_list(struct store *s, const char *pemda,
			       const char *instansi, int tahun, struct arena *a,
			       struct lke_rek_info **out, int *n,
			       struct sk_err *e)
{
	sqlite3_stmt *st;
	struct lke_rek_info *v = NULL;
	sqlite3_int64 *ids = NULL, inst = 0;
	int rc, cap = 0, i;

	*out = NULL;
	*n = 0;
	if (instansi && !pemda) { /* one kode in several pemda: name one */
		if ((rc = lke_instansi_find(s, NULL, instansi, &inst, &i, e)))
			return rc;
		if (i > 1) /* refused, with the message of every lookup */
			return lke_instansi_id(s, NULL, instansi, &inst, e);
	}
	if ((rc = lke_prep(s, "SELECT i.kode, v.tahun, " REK_COLS ", r.id,"
			   " count(*) OVER () FROM lke_rekomendasi r"
			   " JOIN lke_evaluasi v ON v.id = r.evaluasi_id"
			   " JOIN instansi i ON i.id = v.instansi_id"
			   " JOIN pemda p ON p.id = i.pemda_id"
			   " WHERE v.tahap = 'penetapan'"
			   " AND (?1 IS NULL OR i.kode = ?1)"
			   " AND (?2 = 0 OR v.tahun = ?2)"
			   " AND (?3 IS NULL OR p.kode = ?3)"
			   " ORDER BY i.kode, v.tahun, r.nomor", &st, e)))
		return rc;
	lke_bind_str(st, 1, instansi);
	sqlite3_bind_int(st, 2, tahun);
	lke_bind_str(st, 3, pemda);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (!v) {
			cap = sqlite3_column_int(st, 9);
			v = arena_array(a, (size_t)cap + 1, sizeof *v);
			ids = arena_array(a, (size_t)cap + 1, sizeof *ids);
			if (!v || !ids)
				break;
		}
		if (*n >= cap)
			break;
		v[*n].instansi = store_col(a, st, 0);
		v[*n].tahun = sqlite3_column_int(st, 1);
		rek_row(a, st, 2, &v[*n].r);
		ids[(*n)++] = sqlite3_column_int64(st, 8);
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE && rc != SQLITE_ROW)
		return store_fail(s, rc, e, "listing recommendations");
	for (i = 0; i < *n; i++)
		if ((rc = load_tl(s, ids[i], a, &v[i], e)))
			return rc;
	if (a->err)
		return sk_errf(e, SK_ENOMEM, "out of memory");
	*out = v;
	return 0;
}

/* The recommendation nomor of agency instansi's LHE of tahun, which must
 * be published (a draft's are not followed up nor verified). */
static int find_rek(struct store *s, const char *pemda, const char *instansi,
		    int tahun, int nomor, struct lke_rek_ref *ref,
		    struct sk_err *e)
{
	sqlite3_stmt *st;
	sqlite3_int64 inst = 0, vid = 0;
	int rc;

	ref->instansi = instansi;
	ref->tahun = tahun;
	ref->nomor = nomor;
	if ((rc = lke_instansi_id(s, pemda, instansi, &inst, e)) ||
	    (rc = lke_evaluasi_id(s, inst, tahun, LKE_PENETAPAN, &vid, e)))
		return rc;
	if ((rc = lke_prep(s, "SELECT id, status, (SELECT terbit FROM"
			   " lke_evaluasi WHERE id = ?1) FROM lke_rekomendasi"
			   " WHERE evaluasi_id = ?1 AND nomor = ?2", &st, e)))
		return rc;
	sqlite3_bind_int64(st, 1, vid);
	sqlite3_bind_int(st, 2, nomor);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		ref->id = sqlite3_column_int64(st, 0);
		ref->status = lke_status_parse(
			(const char *)sqlite3_column_text(st, 1));
		rc = sqlite3_column_int(st, 2) ? 0 :
			sk_errf(e, SK_EPERM, "the LHE %d of instansi '%s' is "
				"not published: its recommendations are "
				"followed up once it is", tahun, instansi);
	} else if (rc == SQLITE_DONE) {
		rc = sk_errf(e, SK_ENOTFOUND, "instansi '%s' has no "
			     "recommendation nomor %d in its LHE %d",
			     instansi, nomor, tahun);
	} else {
		rc = store_fail(s, rc, e, "finding a recommendation");
	}
	sqlite3_finalize(st);
	return rc;
}

static int set_status(struct store *s, sqlite3_int64 rid, int status,
		      struct sk_err *e)
{
	sqlite3_stmt *st;
	int rc;

	if ((rc = lke_prep(s, "UPDATE lke_rekomendasi SET status = ?2 WHERE"
			   " id = ?1", &st, e)))
		return rc;
	sqlite3_bind_int64(st, 1, rid);
	lke_bind_str(st, 2, lke_status_kode(status));
	return lke_run(s, st, e, "updating a recommendation");
}

/* The audit row of a follow-up or verification of r, by by. */
static int rek_audit(struct store *s, const struct lke_pelaku *by,
		     const char *action, const struct lke_rek_ref *r,
		     const char *baru, struct sk_err *e)
{
	char idz[24];

	snprintf(idz, sizeof idz, "%lld", (long long)r->id);
	if (!by->who)
		return lke_audit_cli(s, by->oleh, action, "lke_rekomendasi", idz,
				     lke_status_kode(r->status), baru, e);
	return store_audit_add(s, by->who, action, "lke_rekomendasi", idz,
			       lke_status_kode(r->status), baru, e);
}

int lke_rek_tindak_lanjut(struct store *s, const struct lke_rek_ref *r,
			  const struct lke_tindak_lanjut *tl,
			  const struct lke_pelaku *by, sqlite3_int64 *tl_id,
			  struct sk_err *e)
{
	sqlite3_stmt *st;
	char text[400];
	int rc;

	if (r->status == LKE_SELESAI || r->status == LKE_DITOLAK)
		return sk_errf(e, SK_EINVAL, "recommendation %d of %s %d is %s "
			       "already", r->nomor, r->instansi, r->tahun,
			       lke_status_kode(r->status));
	if ((rc = lke_prep(s, "INSERT INTO lke_tindak_lanjut"
			   " (rekomendasi_id, tanggal, uraian, bukti)"
			   " VALUES (?1, ?2, ?3, ?4)", &st, e)))
		return rc;
	sqlite3_bind_int64(st, 1, r->id);
	lke_bind_str(st, 2, tl->tanggal);
	lke_bind_str(st, 3, tl->uraian);
	lke_bind_str(st, 4, tl->bukti);
	if ((rc = lke_run(s, st, e, "saving a follow-up")))
		return rc;
	if (tl_id)
		*tl_id = sqlite3_last_insert_rowid(s->db);
	if (r->status == LKE_BELUM && (rc = set_status(s, r->id, LKE_PROSES, e)))
		return rc;
	snprintf(text, sizeof text, "%s: %s %.200s%s%.80s",
		 lke_status_kode(r->status == LKE_BELUM ? LKE_PROSES : r->status),
		 tl->tanggal, tl->uraian, tl->bukti ? " — bukti " : "",
		 tl->bukti ? tl->bukti : "");
	return rek_audit(s, by, "rekomendasi.tindaklanjut", r, text, e);
}

int lke_rek_verifikasi(struct store *s, const struct lke_rek_ref *r,
		       int status, const char *tanggal, const char *catatan,
		       const struct lke_pelaku *by, struct sk_err *e)
{
	sqlite3_stmt *st;
	char text[400];
	int rc;

	if (status != LKE_PROSES && status != LKE_SELESAI &&
	    status != LKE_DITOLAK)
		return sk_errf(e, SK_EUSAGE, "a verification sets proses, "
			       "selesai or ditolak");
	if ((rc = lke_prep(s, "UPDATE lke_tindak_lanjut SET"
			   " diverifikasi_pada = ?2, catatan_verifikasi = ?3,"
			   " diverifikasi_oleh = ?4 WHERE id = (SELECT"
			   " max(id) FROM lke_tindak_lanjut WHERE"
			   " rekomendasi_id = ?1 AND diverifikasi_pada"
			   " IS NULL)", &st, e)))
		return rc;
	sqlite3_bind_int64(st, 1, r->id);
	lke_bind_str(st, 2, tanggal);
	lke_bind_str(st, 3, catatan);
	if (by->who && by->who->user_id)
		sqlite3_bind_int64(st, 4, by->who->user_id);
	if ((rc = lke_run(s, st, e, "verifying a follow-up")))
		return rc;
	if (sqlite3_changes(s->db) == 0 && status == LKE_SELESAI)
		return sk_errf(e, SK_EINVAL, "recommendation %d of %s %d "
			       "has no follow-up waiting for "
			       "verification: it cannot be selesai",
			       r->nomor, r->instansi, r->tahun);
	if ((rc = set_status(s, r->id, status, e)))
		return rc;
	snprintf(text, sizeof text, "%s: %s%s%.300s", lke_status_kode(status),
		 tanggal, catatan && *catatan ? " " : "", catatan ? catatan : "");
	return rek_audit(s, by, "rekomendasi.verifikasi", r, text, e);
}

int store_lke_tindak_lanjut(struct store *s, const char *pemda,
			    const char *instansi, int tahun, int nomor,
			    const struct lke_tindak_lanjut *tl,
			    const char *oleh, struct sk_err *e)
{
	struct lke_pelaku by = { NULL, oleh };
	struct lke_rek_ref ref = { 0 };
	int rc;

	if ((rc = store_begin(s, e)))
		return rc;
	rc = find_rek(s, pemda, instansi, tahun, nomor, &ref, e);
	if (!rc)
		rc = lke_rek_tindak_lanjut(s, &ref, tl, &by, NULL, e);
	return store_end(s, rc, e);
}

int store_lke_verifikasi(struct store *s, const char *pemda,
			 const char *instansi, int tahun, int nomor, int status,
			 const char *tanggal, const char *catatan,
			 const char *oleh, struct sk_err *e)
{
	struct lke_pelaku by = { NULL, oleh };
	struct lke_rek_ref ref = { 0 };
	int rc;

	if ((rc = store_begin(s, e)))
		return rc;
	rc = find_rek(s, pemda, instansi, tahun, nomor, &ref, e);
	if (!rc)
		rc = lke_rek_verifikasi(s, &ref, status, tanggal, catatan, &by,
					e);
	return store_end(s, rc, e);
}
