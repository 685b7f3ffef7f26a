/* store_web_rek: the LHE's recommendations and their follow-up for the
 * web app (store_web_rek.h). The follow-up and the verification
 * themselves are store_lke_rek.c's (lke_rek_tindak_lanjut,
 * lke_rek_verifikasi): the CLI and the web apply the same rules; here
 * they run in the web's transaction beside their audit row. */
#include "store_lke_int.h"
#include "store_web_int.h"
#include "store_web_rek.h"

#include <stdio.h>
#include <string.h>

#define REK_COLS \
	"SELECT r.id, i.id, i.kode, i.nama, v.tahun, v.terbit, v.lhe_nomor," \
	" v.lhe_tanggal, r.nomor, r.teks, r.kode, r.prioritas," \
	" r.target_tanggal, r.status," \
	" (SELECT count(*) FROM lke_tindak_lanjut t" \
	"  WHERE t.rekomendasi_id = r.id)," \
	" (SELECT count(*) FROM lke_tindak_lanjut t" \
	"  WHERE t.rekomendasi_id = r.id AND t.diverifikasi_pada IS NULL)," \
	" (SELECT max(t.tanggal) FROM lke_tindak_lanjut t" \
	"  WHERE t.rekomendasi_id = r.id)"
#define REK_FROM \
	" FROM lke_rekomendasi r" \
	" JOIN lke_evaluasi v ON v.id = r.evaluasi_id" \
	" JOIN instansi i ON i.id = v.instansi_id"
#define REK_NCOLS 17

static void rek_row(struct arena *a, sqlite3_stmt *st, struct web_rek *w)
{
	memset(w, 0, sizeof *w);
	w->id = sqlite3_column_int64(st, 0);
	w->instansi_id = sqlite3_column_int64(st, 1);
	w->instansi_kode = sw_col(a, st, 2);
	w->instansi_nama = sw_col(a, st, 3);
	w->tahun = sqlite3_column_int(st, 4);
	w->terbit = sqlite3_column_int(st, 5) != 0;
	w->lhe_nomor = sw_col(a, st, 6);
	w->lhe_tanggal = sw_col(a, st, 7);
	w->r.nomor = sqlite3_column_int(st, 8);
	w->r.teks = sw_col(a, st, 9);
	w->r.kode = sw_col(a, st, 10);
	w->r.prioritas = sw_col(a, st, 11);
	w->r.target = sw_col(a, st, 12);
	w->r.status = lke_status_parse((const char *)sqlite3_column_text(st,
									 13));
	w->ntl = sqlite3_column_int(st, 14);
	w->menunggu = sqlite3_column_int(st, 15);
	w->tl_terakhir = sw_col(a, st, 16);
}

int store_rek_list(struct store *s, const struct web_rek_filter *f,
		   struct arena *a, struct web_rek **out, int *n,
		   struct sk_err *e)
{
	sqlite3_stmt *st;
	struct web_rek *v = NULL;
	int rc, cap = 0;

	*out = NULL;
	*n = 0;
	if ((rc = sw_prep(s, REK_COLS ", count(*) OVER ()" REK_FROM
			  " WHERE v.tahap = 'penetapan'"
			  " AND (?1 = 0 OR i.id = ?1)"
			  " AND (?2 = 0 OR v.tahun = ?2)"
			  " AND (?3 IS NULL OR r.status = ?3)"
			  " AND (?4 OR v.terbit = 1)"
			  " ORDER BY i.kode, i.id, v.tahun, r.nomor LIMIT ?5",
			  &st, e)))
		return rc;
	sqlite3_bind_int64(st, 1, f->instansi_id);
	sqlite3_bind_int(st, 2, f->tahun);
	sw_bind_str(st, 3, f->status >= 0 ? lke_status_kode(f->status) : NULL);
	sqlite3_bind_int(st, 4, f->draf ? 1 : 0);
	sqlite3_bind_int(st, 5, WEB_REK_MAX);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (!v) {
			cap = sqlite3_column_int(st, REK_NCOLS);
			if (cap > WEB_REK_MAX)
				cap = WEB_REK_MAX;
			if (!(v = arena_array(a, (size_t)cap + 1, sizeof *v)))
				break;
		}
		if (*n >= cap)
			break;
		rek_row(a, st, &v[(*n)++]);
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE && rc != SQLITE_ROW)
		return store_fail(s, rc, e, "listing recommendations");
	if (a->err || (*n > 0 && !v))
		return sk_errf(e, SK_ENOMEM, "rekomendasi: out of memory");
	*out = v;
	return 0;
}

static int tl_list(struct store *s, int64_t id, struct arena *a,
		   struct web_tl **out, int *n, struct sk_err *e)
{
	sqlite3_stmt *st;
	struct web_tl *v = NULL;
	int rc, cap = 0;

	*out = NULL;
	*n = 0;
	if ((rc = sw_prep(s, "SELECT t.id, t.tanggal, t.uraian, t.bukti,"
			  " t.diverifikasi_pada, t.catatan_verifikasi,"
			  " u.username, count(*) OVER ()"
			  " FROM lke_tindak_lanjut t"
			  " LEFT JOIN users u ON u.id = t.diverifikasi_oleh"
			  " WHERE t.rekomendasi_id = ?1 ORDER BY t.id", &st, e)))
		return rc;
	sqlite3_bind_int64(st, 1, id);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct web_tl *w;

		if (!v) {
			cap = sqlite3_column_int(st, 7);
			if (!(v = arena_array(a, (size_t)cap + 1, sizeof *v)))
				break;
		}
		if (*n >= cap)
			break;
		w = &v[(*n)++];
		w->id = sqlite3_column_int64(st, 0);
		w->t.tanggal = sw_col(a, st, 1);
		w->t.uraian = sw_col(a, st, 2);
		w->t.bukti = sw_col(a, st, 3);
		w->t.diverifikasi_pada = sw_col(a, st, 4);
		w->t.catatan_verifikasi = sw_col(a, st, 5);
		w->diverifikasi_oleh = sw_col(a, st, 6);
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE && rc != SQLITE_ROW)
		return store_fail(s, rc, e, "loading follow-ups");
	*out = v;
	return 0;
}

int store_rek_get(struct store *s, int64_t id, struct arena *a,
		  struct web_rek *out, struct web_tl **tl, int *ntl,
		  struct sk_err *e)
{
	sqlite3_stmt *st;
	int rc;

	memset(out, 0, sizeof *out);
	if (tl) {
		*tl = NULL;
		*ntl = 0;
	}
	if ((rc = sw_prep(s, REK_COLS REK_FROM " WHERE r.id = ?1", &st, e)))
		return rc;
	sqlite3_bind_int64(st, 1, id);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		rek_row(a, st, out);
	sqlite3_finalize(st);
	if (rc == SQLITE_DONE)
		return sk_errf(e, SK_ENOTFOUND, "rekomendasi %lld not found",
			       (long long)id);
	if (rc != SQLITE_ROW)
		return store_fail(s, rc, e, "rekomendasi");
	if (tl && (rc = tl_list(s, id, a, tl, ntl, e)))
		return rc;
	return a->err ? sk_errf(e, SK_ENOMEM, "rekomendasi: out of memory") : 0;
}

int store_rek_instansi(struct store *s, int64_t id, int64_t *instansi_id,
		       struct sk_err *e)
{
	sqlite3_stmt *st;
	int rc;

	*instansi_id = 0;
	if ((rc = sw_prep(s, "SELECT v.instansi_id FROM lke_rekomendasi r"
			  " JOIN lke_evaluasi v ON v.id = r.evaluasi_id"
			  " WHERE r.id = ?1", &st, e)))
		return rc;
	sqlite3_bind_int64(st, 1, id);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		*instansi_id = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	if (rc == SQLITE_DONE)
		return sk_errf(e, SK_ENOTFOUND, "rekomendasi %lld not found",
			       (long long)id);
	return rc == SQLITE_ROW ? 0 : store_fail(s, rc, e, "rekomendasi");
}

/* Inside the transaction: recommendation id as lke_rek_* want it (its
 * agency's kode in a), and whether its penetapan is published. */
static int rek_ref(struct store *s, int64_t id, struct arena *a,
		   struct lke_rek_ref *ref, int *terbit, struct sk_err *e)
{
	sqlite3_stmt *st;
	int rc;

	memset(ref, 0, sizeof *ref);
	if ((rc = sw_prep(s, "SELECT r.status, i.kode, v.tahun, r.nomor,"
			  " v.terbit FROM lke_rekomendasi r"
			  " JOIN lke_evaluasi v ON v.id = r.evaluasi_id"
			  " JOIN instansi i ON i.id = v.instansi_id"
			  " WHERE r.id = ?1", &st, e)))
		return rc;
	sqlite3_bind_int64(st, 1, id);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		ref->id = id;
		ref->status = lke_status_parse(
			(const char *)sqlite3_column_text(st, 0));
		ref->instansi = sw_col(a, st, 1);
		ref->tahun = sqlite3_column_int(st, 2);
		ref->nomor = sqlite3_column_int(st, 3);
		*terbit = sqlite3_column_int(st, 4) != 0;
	}
	sqlite3_finalize(st);
	if (rc == SQLITE_DONE)
		return sk_errf(e, SK_ENOTFOUND, "rekomendasi %lld not found",
			       (long long)id);
	if (rc != SQLITE_ROW)
		return store_fail(s, rc, e, "rekomendasi");
	return a->err ? sk_errf(e, SK_ENOMEM, "rekomendasi: out of memory") : 0;
}

int store_rek_tindak_lanjut(struct store *s, const struct web_actor *who,
			    int64_t id, const struct lke_tindak_lanjut *tl,
			    int64_t *tl_id, struct sk_err *e)
{
	struct lke_pelaku by = { who, NULL };
	struct arena a = ARENA_INIT;
	struct lke_rek_ref ref;
	sqlite3_int64 row = 0;
	int rc, terbit = 0;

	if (!tl->uraian || !*tl->uraian || !tanggal_valid(tl->tanggal))
		return sk_errf(e, SK_EINVAL, "a follow-up needs uraian and a "
			       "tanggal YYYY-MM-DD");
	if ((rc = sw_begin(s, e)))
		return rc;
	rc = rek_ref(s, id, &a, &ref, &terbit, e);
	if (!rc && !terbit)
		rc = sk_errf(e, SK_ENOTFOUND, "rekomendasi %lld: the penetapan "
			     "of %s %d is not published", (long long)id,
			     ref.instansi, ref.tahun);
	if (!rc)
		rc = lke_rek_tindak_lanjut(s, &ref, tl, &by, &row, e);
	if (!rc && tl_id)
		*tl_id = row;
	rc = sw_end(s, rc, e);
	arena_free(&a);
	return rc;
}

int store_rek_verifikasi(struct store *s, const struct web_actor *who,
			 int64_t id, int status, const char *tanggal,
			 const char *catatan, struct sk_err *e)
{
	struct lke_pelaku by = { who, NULL };
	struct arena a = ARENA_INIT;
	struct lke_rek_ref ref;
	int rc, terbit = 0;

	if (!tanggal_valid(tanggal))
		return sk_errf(e, SK_EINVAL, "verifikasi: tanggal '%s' is not "
			       "a date YYYY-MM-DD", tanggal ? tanggal : "");
	if ((rc = sw_begin(s, e)))
		return rc;
	rc = rek_ref(s, id, &a, &ref, &terbit, e);
	if (!rc && !terbit) /* the agency has not seen it yet */
		rc = sk_errf(e, SK_EPERM, "rekomendasi %lld: the penetapan "
			     "of %s %d is not published", (long long)id,
			     ref.instansi, ref.tahun);
	if (!rc)
		rc = lke_rek_verifikasi(s, &ref, status, tanggal,
					catatan && *catatan ? catatan : NULL,
					&by, e);
	rc = sw_end(s, rc, e);
	arena_free(&a);
	return rc;
}
