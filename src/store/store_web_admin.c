/* store_web_admin: locked and published years, the pemda policy and the
 * audit trail (store_web.h). */
#include "store_web_int.h"
#include "../core/model.h"
#include "../util/sbuf.h"

#include <stdio.h>
#include <string.h>

int store_audit_add(struct store *s, const struct web_actor *who,
		    const char *action, const char *entity,
		    const char *entity_id, const char *old_value,
		    const char *new_value, struct sk_err *e)
{
	sqlite3_stmt *st;
	char now[21];
	int rc;

	if ((rc = sw_prep(s, "INSERT INTO audit_log (at, user_id, action,"
			  " entity, entity_id, old_value, new_value)"
			  " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)", &st, e)))
		return rc;
	sw_bind_str(st, 1, store_time_text(who->now, now));
	if (who->user_id)
		sqlite3_bind_int64(st, 2, who->user_id);
	sw_bind_str(st, 3, action);
	sw_bind_str(st, 4, entity);
	sw_bind_str(st, 5, entity_id);
	sw_bind_str(st, 6, old_value);
	sw_bind_str(st, 7, new_value);
	return sw_run(s, st, e, "writing the audit log");
}

static int empty(const char *z)
{
	return !z || !*z;
}

int store_audit_list(struct store *s, const struct web_audit_filter *f,
		     struct arena *a, struct web_audit **out, int *n,
		     struct sk_err *e)
{
	sqlite3_stmt *st;
	struct web_audit *v;
	int rc, lim = f->limit > 0 && f->limit <= 1000 ? f->limit : 100;

	*n = 0;
	if (!(v = arena_array(a, (size_t)lim, sizeof *v)))
		return sk_errf(e, SK_ENOMEM, "audit: out of memory");
	if ((rc = sw_prep(s, "SELECT l.id, l.at, coalesce(u.username, '(cli)'),"
			  " l.action, l.entity, l.entity_id, l.old_value,"
			  " l.new_value FROM audit_log l"
			  " LEFT JOIN users u ON u.id = l.user_id"
			  " WHERE (?1 IS NULL OR u.username = ?1)"
			  " AND (?2 IS NULL OR l.action LIKE ?2 || '%')"
			  " AND (?3 IS NULL OR l.entity = ?3)"
			  " AND (?4 IS NULL OR l.at >= ?4)"
			  " AND (?5 IS NULL OR l.at < date(?5, '+1 day'))"
			  " ORDER BY l.id DESC LIMIT ?6 OFFSET ?7", &st, e)))
		return rc;
	sw_bind_str(st, 1, empty(f->username) ? NULL : f->username);
	sw_bind_str(st, 2, empty(f->action) ? NULL : f->action);
	sw_bind_str(st, 3, empty(f->entity) ? NULL : f->entity);
	sw_bind_str(st, 4, empty(f->dari) ? NULL : f->dari);
	sw_bind_str(st, 5, empty(f->sampai) ? NULL : f->sampai);
	sqlite3_bind_int(st, 6, lim);
	sqlite3_bind_int(st, 7, f->offset > 0 ? f->offset : 0);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW && *n < lim) {
		struct web_audit *r = &v[(*n)++];

		r->id = sqlite3_column_int64(st, 0);
		r->at = sw_col(a, st, 1);
		r->username = sw_col(a, st, 2);
		r->action = sw_col(a, st, 3);
		r->entity = sw_col(a, st, 4);
		r->entity_id = sw_col(a, st, 5);
		r->old_value = sw_col(a, st, 6);
		r->new_value = sw_col(a, st, 7);
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE && rc != SQLITE_ROW)
		return store_fail(s, rc, e, "reading the audit log");
	*out = v;
	return a->err ? sk_errf(e, a->err, "audit: out of memory") : 0;
}

/* ---- years ------------------------------------------------------------------- */

int sw_check_open(struct store *s, int64_t pemda_id, int tahun,
		  struct sk_err *e)
{
	sqlite3_stmt *st;
	int rc;

	if ((rc = sw_prep(s, "SELECT 1 FROM period_lock WHERE pemda_id = ?1"
			  " AND tahun = ?2", &st, e)))
		return rc;
	sqlite3_bind_int64(st, 1, pemda_id);
	sqlite3_bind_int(st, 2, tahun);
	rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc == SQLITE_ROW)
		return sk_errf(e, SK_EPERM, "year %d is locked", tahun);
	return rc == SQLITE_DONE ? 0 : store_fail(s, rc, e, "period lock");
}

int store_tahun_locked(struct store *s, const char *pemda_kode, int tahun,
		       int *locked, struct sk_err *e)
{
	int64_t pid;
	int rc;

	*locked = 0;
	if ((rc = sw_pemda_id(s, pemda_kode, &pid, e)))
		return rc;
	rc = sw_check_open(s, pid, tahun, e);
	if (rc == SK_EPERM) {
		*locked = 1;
		return 0;
	}
	return rc;
}

int store_tahun_published(struct store *s, const char *pemda_kode, int tahun,
			  int *published, struct sk_err *e)
{
	sqlite3_stmt *st;
	int rc;

	*published = 0;
	if ((rc = sw_prep(s, "SELECT 1 FROM publikasi t JOIN pemda p"
			  " ON p.id = t.pemda_id WHERE p.kode = ?1"
			  " AND t.tahun = ?2", &st, e)))
		return rc;
	sw_bind_str(st, 1, pemda_kode);
	sqlite3_bind_int(st, 2, tahun);
	rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc == SQLITE_ROW)
		*published = 1;
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 :
		store_fail(s, rc, e, "publication");
}

int store_tahun_list(struct store *s, const char *pemda_kode, struct arena *a,
		     struct web_tahun **out, int *n, struct sk_err *e)
{
	sqlite3_stmt *st;
	struct web_tahun *v;
	int rc, cap = 64;

	*n = 0;
	if (!(v = arena_array(a, (size_t)cap, sizeof *v)))
		return sk_errf(e, SK_ENOMEM, "years: out of memory");
	if ((rc = sw_prep(s, "WITH y(pemda_id, tahun) AS ("
			  " SELECT pemda_id, tahun FROM period_lock UNION"
			  " SELECT pemda_id, tahun FROM publikasi)"
			  " SELECT y.tahun, l.tahun IS NOT NULL,"
			  " t.tahun IS NOT NULL, u.username, l.locked_at"
			  " FROM y JOIN pemda p ON p.id = y.pemda_id"
			  " LEFT JOIN period_lock l ON l.pemda_id = y.pemda_id"
			  "  AND l.tahun = y.tahun"
			  " LEFT JOIN publikasi t ON t.pemda_id = y.pemda_id"
			  "  AND t.tahun = y.tahun"
			  " LEFT JOIN users u ON u.id = l.locked_by"
			  " WHERE p.kode = ?1 ORDER BY y.tahun", &st, e)))
		return rc;
	sw_bind_str(st, 1, pemda_kode);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW && *n < cap) {
		struct web_tahun *t = &v[(*n)++];

		t->tahun = sqlite3_column_int(st, 0);
		t->locked = sqlite3_column_int(st, 1);
		t->published = sqlite3_column_int(st, 2);
		t->locked_by = sw_col(a, st, 3);
		t->locked_at = sw_col(a, st, 4);
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE && rc != SQLITE_ROW)
		return store_fail(s, rc, e, "listing years");
	*out = v;
	return a->err ? sk_errf(e, a->err, "years: out of memory") : 0;
}

/* Inserts or deletes the row of (pemda, tahun) in a year table, with its
 * audit row. */
static int tahun_set(struct store *s, const struct web_actor *who,
		     const char *pemda_kode, int tahun, int on,
		     const char *sql_on, const char *sql_off,
		     const char *action_on, const char *action_off,
		     struct sk_err *e)
{
	sqlite3_stmt *st;
	int64_t pid = 0;
	char now[21], key[96];
	int rc, changed;

	if (tahun < 1900 || tahun > 2199)
		return sk_errf(e, SK_EINVAL, "tahun %d: not a year", tahun);
	if ((rc = sw_begin(s, e)))
		return rc;
	rc = sw_pemda_id(s, pemda_kode, &pid, e);
	if (rc == 0 && (rc = sw_prep(s, on ? sql_on : sql_off, &st, e)) == 0) {
		sqlite3_bind_int64(st, 1, pid);
		sqlite3_bind_int(st, 2, tahun);
		if (who->user_id)
			sqlite3_bind_int64(st, 3, who->user_id);
		sw_bind_str(st, 4, store_time_text(who->now, now));
		rc = sw_run(s, st, e, "setting a year");
	}
	changed = rc == 0 ? sqlite3_changes(s->db) : 0;
	snprintf(key, sizeof key, "%.64s/%d", pemda_kode ? pemda_kode : "",
		 tahun);
	if (rc == 0 && changed)
		rc = store_audit_add(s, who, on ? action_on : action_off,
				     "tahun", key, on ? "tidak" : "ya",
				     on ? "ya" : "tidak", e);
	return sw_end(s, rc, e);
}

int store_tahun_set_lock(struct store *s, const struct web_actor *who,
			 const char *pemda_kode, int tahun, int locked,
			 struct sk_err *e)
{
	return tahun_set(s, who, pemda_kode, tahun, locked,
			 "INSERT OR IGNORE INTO period_lock (pemda_id, tahun,"
			 " locked_by, locked_at) VALUES (?1, ?2, ?3, ?4)",
			 "DELETE FROM period_lock WHERE pemda_id = ?1"
			 " AND tahun = ?2",
			 "tahun.kunci", "tahun.buka", e);
}

int store_tahun_set_published(struct store *s, const struct web_actor *who,
			      const char *pemda_kode, int tahun, int published,
			      struct sk_err *e)
{
	return tahun_set(s, who, pemda_kode, tahun, published,
			 "INSERT OR IGNORE INTO publikasi (pemda_id, tahun,"
			 " published_by, published_at) VALUES (?1, ?2, ?3, ?4)",
			 "DELETE FROM publikasi WHERE pemda_id = ?1"
			 " AND tahun = ?2",
			 "tahun.terbit", "tahun.tarik", e);
}

int store_terbit_list(struct store *s, struct arena *a, struct web_terbit **out,
		      int *n, struct sk_err *e)
{
	sqlite3_stmt *st;
	struct web_terbit *v;
	int rc, cap = 256;

	*n = 0;
	if (!(v = arena_array(a, (size_t)cap, sizeof *v)))
		return sk_errf(e, SK_ENOMEM, "publications: out of memory");
	if ((rc = sw_prep(s, "SELECT p.kode, p.nama, t.tahun FROM publikasi t"
			  " JOIN pemda p ON p.id = t.pemda_id"
			  " ORDER BY p.kode, t.tahun DESC", &st, e)))
		return rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW && *n < cap) {
		v[*n].pemda_kode = sw_col(a, st, 0);
		v[*n].pemda_nama = sw_col(a, st, 1);
		v[*n].tahun = sqlite3_column_int(st, 2);
		(*n)++;
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE && rc != SQLITE_ROW)
		return store_fail(s, rc, e, "listing publications");
	*out = v;
	return a->err ? sk_errf(e, a->err, "publications: out of memory") : 0;
}

/* ---- policy ------------------------------------------------------------------- */

/* "rumus 2T-R; batas 120; skala 91 Sangat Tinggi, 76 Tinggi" of the row
 * as stored now, for the audit trail. */
static int policy_text(struct store *s, int64_t pid, struct sbuf *b,
		       struct sk_err *e)
{
	sqlite3_stmt *st;
	int rc, i = 0;

	if ((rc = sw_prep(s, "SELECT rumus_negatif, batas_capaian FROM pemda"
			  " WHERE id = ?1", &st, e)))
		return rc;
	sqlite3_bind_int64(st, 1, pid);
	if (sqlite3_step(st) == SQLITE_ROW) {
		const char *batas = (const char *)sqlite3_column_text(st, 1);

		sbuf_addf(b, "rumus %s; batas %s; skala ",
			  (const char *)sqlite3_column_text(st, 0),
			  batas ? batas : "-");
	}
	sqlite3_finalize(st);
	if ((rc = sw_prep(s, "SELECT min, label FROM skala_predikat"
			  " WHERE pemda_id = ?1 ORDER BY urutan", &st, e)))
		return rc;
	sqlite3_bind_int64(st, 1, pid);
	while (sqlite3_step(st) == SQLITE_ROW)
		sbuf_addf(b, "%s%s %s", i++ ? ", " : "",
			  (const char *)sqlite3_column_text(st, 0),
			  (const char *)sqlite3_column_text(st, 1));
	sqlite3_finalize(st);
	if (i == 0)
		sbuf_adds(b, "bawaan");
	return b->err ? sk_errf(e, b->err, "policy text too long") : 0;
}

static int policy_write(struct store *s, int64_t pid,
			const struct kebijakan *k, struct sk_err *e)
{
	sqlite3_stmt *st;
	char buf[NUM_BUFSZ];
	int rc, i;

	if ((rc = sw_prep(s, "UPDATE pemda SET rumus_negatif = ?2,"
			  " has_rumus = 1, batas_capaian = ?3, has_skala = ?4"
			  " WHERE id = ?1", &st, e)))
		return rc;
	sqlite3_bind_int64(st, 1, pid);
	sw_bind_str(st, 2, k->rumus_negatif == RUMUS_T_R ? "T/R" : "2T-R");
	sw_bind_str(st, 3, k->has_batas ? store_num_text(k->batas_capaian, buf)
					: NULL);
	sqlite3_bind_int(st, 4, k->nskala > 0);
	if ((rc = sw_run(s, st, e, "updating the policy")))
		return rc;
	if ((rc = sw_prep(s, "DELETE FROM skala_predikat WHERE pemda_id = ?1",
			  &st, e)))
		return rc;
	sqlite3_bind_int64(st, 1, pid);
	if ((rc = sw_run(s, st, e, "updating the policy")))
		return rc;
	for (i = 0; i < k->nskala; i++) {
		if ((rc = sw_prep(s, "INSERT INTO skala_predikat (pemda_id,"
				  " urutan, min, label) VALUES (?1, ?2, ?3, ?4)",
				  &st, e)))
			return rc;
		sqlite3_bind_int64(st, 1, pid);
		sqlite3_bind_int(st, 2, i);
		sw_bind_str(st, 3, store_num_text(k->skala[i].min, buf));
		sw_bind_str(st, 4, k->skala[i].label);
		if ((rc = sw_run(s, st, e, "updating the predicate scale")))
			return rc;
	}
	return 0;
}

int store_policy_set(struct store *s, const struct web_actor *who,
		     const char *pemda_kode, const struct kebijakan *k,
		     struct sk_err *e)
{
	struct sbuf before = SBUF_INIT(8192), after = SBUF_INIT(8192);
	int64_t pid = 0;
	int rc;

	if ((rc = sw_begin(s, e)))
		return rc;
	rc = sw_pemda_id(s, pemda_kode, &pid, e);
	if (rc == 0)
		rc = policy_text(s, pid, &before, e);
	if (rc == 0)
		rc = policy_write(s, pid, k, e);
	if (rc == 0)
		rc = policy_text(s, pid, &after, e);
	if (rc == 0)
		rc = store_audit_add(s, who, "kebijakan.ubah", "pemda",
				     pemda_kode, before.z, after.z, e);
	rc = sw_end(s, rc, e);
	sbuf_release(&before);
	sbuf_release(&after);
	return rc;
}
