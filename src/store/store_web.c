/* store_web: accounts, sessions and the scope of things (store_web.h).
 *
 * Years, policy and the audit trail are in store_web_admin.c, entered
 * realisations in store_web_entri.c. */
#include "store_web_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

char *store_time_text(int64_t t, char buf[21])
{
	time_t tt = (time_t)t;
	struct tm tm;

	gmtime_r(&tt, &tm);
	strftime(buf, 21, "%Y-%m-%dT%H:%M:%SZ", &tm);
	return buf;
}

int64_t store_time_parse(const char *z)
{
	struct tm tm;
	const char *end;

	if (!z)
		return -1;
	memset(&tm, 0, sizeof tm);
	end = strptime(z, "%Y-%m-%dT%H:%M:%SZ", &tm);
	if (!end || *end)
		return -1;
	return (int64_t)timegm(&tm);
}

int store_role_valid(const char *role)
{
	static const char *const a[] = { WEB_ROLE_ADMIN, WEB_ROLE_OPERATOR,
					 WEB_ROLE_VERIFIKATOR,
					 WEB_ROLE_EVALUATOR, WEB_ROLE_PIMPINAN };
	size_t i;

	for (i = 0; role && i < sizeof a / sizeof a[0]; i++)
		if (strcmp(role, a[i]) == 0)
			return 1;
	return 0;
}

int sw_pemda_id(struct store *s, const char *kode, int64_t *id,
		struct sk_err *e)
{
	sqlite3_int64 v = 0;
	int rc, n;

	if ((rc = store_count_id(s, kode ? "SELECT id FROM pemda WHERE kode = ?1"
					 : "SELECT id FROM pemda LIMIT 2",
				 kode, &v, &n, e, "finding pemda")))
		return rc;
	*id = v;
	if (n == 0)
		return sk_errf(e, SK_ENOTFOUND, "pemda '%s' is not in the "
			       "database", kode ? kode : "(any)");
	if (n > 1)
		return sk_errf(e, SK_EUSAGE, "there are several pemda: name one");
	return 0;
}

/* ---- users ------------------------------------------------------------------ */

#define USER_COLS \
	"SELECT u.id, u.username, u.role, u.password_hash, u.instansi_id," \
	" i.kode, i.nama, p.kode, u.disabled, u.created_at FROM users u" \
	" LEFT JOIN instansi i ON i.id = u.instansi_id" \
	" LEFT JOIN pemda p ON p.id = i.pemda_id"

static void user_row(struct arena *a, sqlite3_stmt *st, int c,
		     struct web_user *u)
{
	u->id = sqlite3_column_int64(st, c);
	u->username = sw_col(a, st, c + 1);
	u->role = sw_col(a, st, c + 2);
	u->password_hash = sw_col(a, st, c + 3);
	u->instansi_id = sqlite3_column_int64(st, c + 4);
	u->instansi_kode = sw_col(a, st, c + 5);
	u->instansi_nama = sw_col(a, st, c + 6);
	u->pemda_kode = sw_col(a, st, c + 7);
	u->disabled = sqlite3_column_int(st, c + 8);
	u->created_at = sw_col(a, st, c + 9);
}

/* The agency an operator is bound to. */
static int user_instansi(struct store *s, const char *pemda_kode,
			 const char *kode, int64_t *id, struct sk_err *e)
{
	sqlite3_stmt *st;
	int rc, n = 0;

	if ((rc = sw_prep(s, "SELECT i.id FROM instansi i JOIN pemda p"
			  " ON p.id = i.pemda_id WHERE i.kode = ?1"
			  " AND (?2 IS NULL OR p.kode = ?2)", &st, e)))
		return rc;
	sw_bind_str(st, 1, kode);
	sw_bind_str(st, 2, pemda_kode);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		*id = sqlite3_column_int64(st, 0);
		n++;
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return store_fail(s, rc, e, "finding instansi");
	if (n == 0 && pemda_kode)
		return sk_errf(e, SK_EINVAL, "instansi '%s' is not in pemda "
			       "'%s'", kode, pemda_kode);
	if (n == 0)
		return sk_errf(e, SK_EINVAL, "instansi '%s' is not in the "
			       "database", kode);
	if (n > 1)
		return sk_errf(e, SK_EINVAL, "instansi '%s' is in %d pemda: "
			       "name the pemda", kode, n);
	return 0;
}

static int user_insert(struct store *s, const struct web_actor *who,
		       const char *username, const char *hash,
		       const char *role, int64_t inst, int64_t *id,
		       struct sk_err *e)
{
	sqlite3_stmt *st;
	char now[21], idz[24], desc[160];
	int rc;

	if ((rc = sw_prep(s, "INSERT INTO users (username, password_hash,"
			  " role, instansi_id, created_at)"
			  " VALUES (?1, ?2, ?3, ?4, ?5)", &st, e)))
		return rc;
	sw_bind_str(st, 1, username);
	sw_bind_str(st, 2, hash);
	sw_bind_str(st, 3, role);
	if (inst)
		sqlite3_bind_int64(st, 4, inst);
	sw_bind_str(st, 5, store_time_text(who->now, now));
	rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if ((rc & 0xff) == SQLITE_CONSTRAINT)
		return sk_errf(e, SK_EINVAL, "user '%s' already exists",
			       username);
	if (rc != SQLITE_DONE)
		return store_fail(s, rc, e, "adding a user");
	*id = sqlite3_last_insert_rowid(s->db);
	snprintf(idz, sizeof idz, "%lld", (long long)*id);
	snprintf(desc, sizeof desc, "%.64s (%s)", username, role);
	return store_audit_add(s, who, "pengguna.tambah", "users", idz, NULL,
			       desc, e);
}

int store_user_add(struct store *s, const struct web_actor *who,
		   const char *username, const char *password_hash,
		   const char *role, const char *pemda_kode,
		   const char *instansi_kode, int64_t *id, struct sk_err *e)
{
	int64_t inst = 0;
	size_t i, n = username ? strlen(username) : 0;
	int rc;

	if (n == 0 || n > WEB_USERNAME_MAX)
		return sk_errf(e, SK_EINVAL, "username: 1 to %d characters",
			       WEB_USERNAME_MAX);
	for (i = 0; i < n; i++) {
		char c = username[i];

		if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
		      c == '.' || c == '_' || c == '-'))
			return sk_errf(e, SK_EINVAL, "username '%s': only a-z, "
				       "0-9, '.', '_' and '-'", username);
	}
	if (!store_role_valid(role))
		return sk_errf(e, SK_EINVAL, "role '%s': one of admin, operator, "
			       "verifikator, evaluator, pimpinan",
			       role ? role : "");
	if ((strcmp(role, WEB_ROLE_OPERATOR) == 0) !=
	    (instansi_kode && *instansi_kode))
		return sk_errf(e, SK_EINVAL, "role '%s': %s", role,
			       strcmp(role, WEB_ROLE_OPERATOR) == 0 ?
			       "an operator needs an instansi" :
			       "only an operator has an instansi");
	if ((rc = sw_begin(s, e)))
		return rc;
	if (instansi_kode && *instansi_kode)
		rc = user_instansi(s, pemda_kode, instansi_kode, &inst, e);
	if (rc == 0)
		rc = user_insert(s, who, username, password_hash, role, inst,
				 id, e);
	return sw_end(s, rc, e);
}

int store_user_get(struct store *s, const char *username, int64_t id,
		   struct arena *a, struct web_user *out, struct sk_err *e)
{
	sqlite3_stmt *st;
	int rc;

	memset(out, 0, sizeof *out);
	if ((rc = sw_prep(s, id ? USER_COLS " WHERE u.id = ?2"
			  : USER_COLS " WHERE u.username = ?1", &st, e)))
		return rc;
	sw_bind_str(st, 1, username);
	sqlite3_bind_int64(st, 2, id);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		user_row(a, st, 0, out);
	sqlite3_finalize(st);
	if (rc == SQLITE_DONE)
		return sk_errf(e, SK_ENOTFOUND, "user '%s' not found",
			       username ? username : "?");
	if (rc != SQLITE_ROW)
		return store_fail(s, rc, e, "reading a user");
	return a->err ? sk_errf(e, a->err, "reading a user: out of memory") : 0;
}

int store_user_list(struct store *s, struct arena *a, struct web_user **out,
		    int *n, struct sk_err *e)
{
	sqlite3_stmt *st;
	int rc, cap = 0;
	struct web_user *v = NULL;

	*out = NULL;
	*n = 0;
	if ((rc = sw_prep(s, USER_COLS " ORDER BY u.username", &st, e)))
		return rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (*n == cap) {
			struct web_user *g;

			cap = cap ? 2 * cap : 16;
			if (!(g = arena_array(a, (size_t)cap, sizeof *g)))
				break;
			if (*n)
				memcpy(g, v, (size_t)*n * sizeof *g);
			v = g;
		}
		user_row(a, st, 0, &v[(*n)++]);
	}
	sqlite3_finalize(st);
	if (a->err)
		return sk_errf(e, a->err, "listing users: out of memory");
	if (rc != SQLITE_DONE)
		return store_fail(s, rc, e, "listing users");
	*out = v;
	return 0;
}

static int sessions_end(struct store *s, int64_t user_id, struct sk_err *e)
{
	sqlite3_stmt *st;
	int rc;

	if ((rc = sw_prep(s, "DELETE FROM sessions WHERE user_id = ?1", &st, e)))
		return rc;
	sqlite3_bind_int64(st, 1, user_id);
	return sw_run(s, st, e, "ending sessions");
}

/* Runs an UPDATE of one user row (?1 id, ?2 text, ?3 num; a parameter
 * the statement lacks is not bound); SK_ENOTFOUND when there is none. */
static int user_update(struct store *s, const char *sql, int64_t id,
		       const char *text, int num, struct sk_err *e)
{
	sqlite3_stmt *st;
	int rc;

	if ((rc = sw_prep(s, sql, &st, e)))
		return rc;
	sqlite3_bind_int64(st, 1, id);
	sw_bind_str(st, 2, text);
	sqlite3_bind_int(st, 3, num);
	if ((rc = sw_run(s, st, e, "updating a user")))
		return rc;
	if (sqlite3_changes(s->db) == 0)
		return sk_errf(e, SK_ENOTFOUND, "user %lld not found",
			       (long long)id);
	return 0;
}

int store_user_set_password(struct store *s, const struct web_actor *who,
			    int64_t id, const char *password_hash,
			    struct sk_err *e)
{
	char idz[24];
	int rc;

	snprintf(idz, sizeof idz, "%lld", (long long)id);
	if ((rc = sw_begin(s, e)))
		return rc;
	rc = user_update(s, "UPDATE users SET password_hash = ?2"
			 " WHERE id = ?1", id, password_hash, 0, e);
	if (rc == 0)
		rc = sessions_end(s, id, e);
	if (rc == 0)
		rc = store_audit_add(s, who, "pengguna.sandi", "users", idz,
				     NULL, "(kata sandi baru)", e);
	return sw_end(s, rc, e);
}

int store_user_set_disabled(struct store *s, const struct web_actor *who,
			    int64_t id, int disabled, struct sk_err *e)
{
	char idz[24];
	int rc;

	snprintf(idz, sizeof idz, "%lld", (long long)id);
	if ((rc = sw_begin(s, e)))
		return rc;
	rc = user_update(s, "UPDATE users SET disabled = ?3"
			 " WHERE id = ?1", id, NULL,
			 disabled ? 1 : 0, e);
	if (rc == 0 && disabled)
		rc = sessions_end(s, id, e);
	if (rc == 0)
		rc = store_audit_add(s, who, disabled ? "pengguna.nonaktif" :
				     "pengguna.aktif", "users", idz,
				     disabled ? "aktif" : "nonaktif",
				     disabled ? "nonaktif" : "aktif", e);
	return sw_end(s, rc, e);
}

/* ---- sessions --------------------------------------------------------------- */

int store_session_add(struct store *s, const struct web_actor *who,
		      const char *id_hash, struct sk_err *e)
{
	sqlite3_stmt *st;
	char now[21], idz[24];
	int rc;

	if ((rc = sw_begin(s, e)))
		return rc;
	if ((rc = sw_prep(s, "INSERT INTO sessions (id_hash, user_id, created,"
			  " last_seen) VALUES (?1, ?2, ?3, ?3)", &st, e)) == 0) {
		sw_bind_str(st, 1, id_hash);
		sqlite3_bind_int64(st, 2, who->user_id);
		sw_bind_str(st, 3, store_time_text(who->now, now));
		rc = sw_run(s, st, e, "starting a session");
	}
	snprintf(idz, sizeof idz, "%lld", (long long)who->user_id);
	if (rc == 0)
		rc = store_audit_add(s, who, "sesi.masuk", "users", idz, NULL,
				     NULL, e);
	return sw_end(s, rc, e);
}

int store_session_get(struct store *s, const char *id_hash, struct arena *a,
		      struct web_session *out, struct sk_err *e)
{
	sqlite3_stmt *st;
	int rc;

	memset(out, 0, sizeof *out);
	if ((rc = sw_prep(s, "SELECT s.created, s.last_seen, u.id, u.username,"
			  " u.role, NULL, u.instansi_id, i.kode, i.nama,"
			  " p.kode, u.disabled, u.created_at FROM sessions s"
			  " JOIN users u ON u.id = s.user_id"
			  " LEFT JOIN instansi i ON i.id = u.instansi_id"
			  " LEFT JOIN pemda p ON p.id = i.pemda_id"
			  " WHERE s.id_hash = ?1 AND u.disabled = 0", &st, e)))
		return rc;
	sw_bind_str(st, 1, id_hash);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		out->created = store_time_parse(
			(const char *)sqlite3_column_text(st, 0));
		out->last_seen = store_time_parse(
			(const char *)sqlite3_column_text(st, 1));
		user_row(a, st, 2, &out->user);
	}
	sqlite3_finalize(st);
	if (rc == SQLITE_DONE)
		return sk_errf(e, SK_ENOTFOUND, "no such session");
	if (rc != SQLITE_ROW)
		return store_fail(s, rc, e, "reading a session");
	return a->err ? sk_errf(e, a->err, "session: out of memory") : 0;
}

int store_session_touch(struct store *s, const char *id_hash, int64_t now,
			struct sk_err *e)
{
	sqlite3_stmt *st;
	char t[21];
	int rc;

	if ((rc = sw_prep(s, "UPDATE sessions SET last_seen = ?2"
			  " WHERE id_hash = ?1", &st, e)))
		return rc;
	sw_bind_str(st, 1, id_hash);
	sw_bind_str(st, 2, store_time_text(now, t));
	return sw_run(s, st, e, "session activity");
}

int store_session_delete(struct store *s, const struct web_actor *who,
			 const char *id_hash, struct sk_err *e)
{
	sqlite3_stmt *st;
	char idz[24];
	int rc;

	if ((rc = sw_begin(s, e)))
		return rc;
	if ((rc = sw_prep(s, "DELETE FROM sessions WHERE id_hash = ?1", &st,
			  e)) == 0) {
		sw_bind_str(st, 1, id_hash);
		rc = sw_run(s, st, e, "ending a session");
	}
	if (rc == 0 && who && sqlite3_changes(s->db) > 0) {
		snprintf(idz, sizeof idz, "%lld", (long long)who->user_id);
		rc = store_audit_add(s, who, "sesi.keluar", "users", idz, NULL,
				     NULL, e);
	}
	return sw_end(s, rc, e);
}

int store_session_purge(struct store *s, int64_t idle_before,
			int64_t created_before, struct sk_err *e)
{
	sqlite3_stmt *st;
	char a[21], b[21];
	int rc;

	if ((rc = sw_prep(s, "DELETE FROM sessions WHERE last_seen < ?1"
			  " OR created < ?2", &st, e)))
		return rc;
	sw_bind_str(st, 1, store_time_text(idle_before, a));
	sw_bind_str(st, 2, store_time_text(created_before, b));
	return sw_run(s, st, e, "purging sessions");
}

/* ---- scope -------------------------------------------------------------------- */

/* Runs a one-column integer query with one integer parameter. */
static int one_id(struct store *s, const char *sql, int64_t in, int64_t *out,
		  const char *what, struct sk_err *e)
{
	sqlite3_stmt *st;
	int rc;

	if ((rc = sw_prep(s, sql, &st, e)))
		return rc;
	sqlite3_bind_int64(st, 1, in);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		*out = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	if (rc == SQLITE_DONE)
		return sk_errf(e, SK_ENOTFOUND, "%s %lld not found", what,
			       (long long)in);
	return rc == SQLITE_ROW ? 0 : store_fail(s, rc, e, what);
}

int store_indikator_instansi(struct store *s, int64_t indikator_id,
			     int64_t *instansi_id, struct sk_err *e)
{
	return one_id(s, "SELECT n.instansi_id FROM indikator k"
		      " JOIN node n ON n.id = k.node_id WHERE k.id = ?1",
		      indikator_id, instansi_id, "indikator", e);
}

int store_entri_instansi(struct store *s, int64_t entri_id,
			 int64_t *instansi_id, struct sk_err *e)
{
	return one_id(s, "SELECT instansi_id FROM realisasi_entri"
		      " WHERE id = ?1",
		      entri_id, instansi_id, "entri", e);
}

#define INSTANSI_COLS \
	"SELECT i.id, i.kode, i.nama, p.kode, p.nama FROM instansi i" \
	" JOIN pemda p ON p.id = i.pemda_id"

static void instansi_row(struct arena *a, sqlite3_stmt *st,
			 struct web_instansi *w)
{
	w->id = sqlite3_column_int64(st, 0);
	w->kode = sw_col(a, st, 1);
	w->nama = sw_col(a, st, 2);
	w->pemda_kode = sw_col(a, st, 3);
	w->pemda_nama = sw_col(a, st, 4);
}

int store_instansi_info(struct store *s, int64_t id, struct arena *a,
			struct web_instansi *out, struct sk_err *e)
{
	sqlite3_stmt *st;
	int rc;

	memset(out, 0, sizeof *out);
	if ((rc = sw_prep(s, INSTANSI_COLS " WHERE i.id = ?1", &st, e)))
		return rc;
	sqlite3_bind_int64(st, 1, id);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		instansi_row(a, st, out);
	sqlite3_finalize(st);
	if (rc == SQLITE_DONE)
		return sk_errf(e, SK_ENOTFOUND, "instansi %lld not found",
			       (long long)id);
	return rc == SQLITE_ROW ? 0 : store_fail(s, rc, e, "instansi");
}

int store_instansi_list(struct store *s, struct arena *a,
			struct web_instansi **out, int *n, struct sk_err *e)
{
	sqlite3_stmt *st;
	struct web_instansi *v = NULL, *g;
	int rc, cap = 0;

	*n = 0;
	if ((rc = sw_prep(s, INSTANSI_COLS " ORDER BY p.kode, i.urutan, i.id",
			  &st, e)))
		return rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (*n == cap) {
			cap = cap ? 2 * cap : 32;
			if (!(g = arena_array(a, (size_t)cap, sizeof *g)))
				break;
			if (*n)
				memcpy(g, v, (size_t)*n * sizeof *g);
			v = g;
		}
		instansi_row(a, st, &v[(*n)++]);
	}
	sqlite3_finalize(st);
	if (a->err)
		return sk_errf(e, a->err, "listing instansi: out of memory");
	if (rc != SQLITE_DONE)
		return store_fail(s, rc, e, "listing instansi");
	*out = v;
	return 0;
}

struct id_node {
	int64_t id, parent;
	int first_child, next, first_ind, nind;
};

/* Appends the indicators of node k and of its subtree, depth first. */
static void ids_walk(const struct id_node *v, int k, const int64_t *ind,
		     int64_t *out, int *n)
{
	int c, i;

	for (i = 0; i < v[k].nind; i++)
		out[(*n)++] = ind[v[k].first_ind + i];
	for (c = v[k].first_child; c >= 0; c = v[c].next)
		ids_walk(v, c, ind, out, n);
}

/* Reads the nodes of an agency (ordered by parent, urutan) and links
 * every one to its parent's child list in order. */
static int ids_nodes(struct store *s, int64_t inst, struct arena *a,
		     struct id_node **out, int *n, struct sk_err *e)
{
	sqlite3_stmt *st;
	struct id_node *v;
	int rc, cap = 0, i, j, *last;

	*n = 0;
	if ((rc = sw_prep(s, "SELECT count(*) FROM node WHERE instansi_id = ?1",
			  &st, e)))
		return rc;
	sqlite3_bind_int64(st, 1, inst);
	if (sqlite3_step(st) == SQLITE_ROW)
		cap = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	v = arena_array(a, (size_t)cap + 1, sizeof *v);
	last = arena_array(a, (size_t)cap + 1, sizeof *last);
	if (!v || !last)
		return sk_errf(e, SK_ENOMEM, "indikator ids: out of memory");
	if ((rc = sw_prep(s, "SELECT id, coalesce(parent_id, 0) FROM node"
			  " WHERE instansi_id = ?1 ORDER BY parent_id IS NOT"
			  " NULL, urutan", &st, e)))
		return rc;
	sqlite3_bind_int64(st, 1, inst);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW && *n < cap) {
		v[*n].id = sqlite3_column_int64(st, 0);
		v[*n].parent = sqlite3_column_int64(st, 1);
		v[*n].first_child = v[*n].next = -1;
		last[*n] = -1;
		(*n)++;
	}
	sqlite3_finalize(st);
	/* Rows come tujuan first then children by urutan; link each child
	 * after the previous child of the same parent (O(n²) on parent
	 * lookup, fine for the hundreds of nodes of an agency). */
	for (i = 0; i < *n; i++) {
		if (!v[i].parent)
			continue;
		for (j = 0; j < *n && v[j].id != v[i].parent; j++)
			;
		if (j == *n)
			continue;
		if (last[j] < 0)
			v[j].first_child = i;
		else
			v[last[j]].next = i;
		last[j] = i;
	}
	*out = v;
	return 0;
}

int store_indikator_ids(struct store *s, int64_t instansi_id,
			struct arena *a, int64_t **ids, int *n,
			struct sk_err *e)
{
	struct id_node *v;
	sqlite3_stmt *st;
	int64_t *ind, *res;
	int rc, nn, ni = 0, cap = 0, i, k = 0;

	*n = 0;
	if ((rc = ids_nodes(s, instansi_id, a, &v, &nn, e)))
		return rc;
	if ((rc = sw_prep(s, "SELECT count(*) FROM indikator k JOIN node n"
			  " ON n.id = k.node_id WHERE n.instansi_id = ?1",
			  &st, e)))
		return rc;
	sqlite3_bind_int64(st, 1, instansi_id);
	if (sqlite3_step(st) == SQLITE_ROW)
		cap = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	ind = arena_array(a, (size_t)cap + 1, sizeof *ind);
	res = arena_array(a, (size_t)cap + 1, sizeof *res);
	if (!ind || !res)
		return sk_errf(e, SK_ENOMEM, "indikator ids: out of memory");
	for (i = 0; i < nn; i++) {
		v[i].first_ind = ni;
		if ((rc = sw_prep(s, "SELECT id FROM indikator WHERE node_id = ?1"
				  " ORDER BY urutan", &st, e)))
			return rc;
		sqlite3_bind_int64(st, 1, v[i].id);
		while (sqlite3_step(st) == SQLITE_ROW && ni < cap)
			ind[ni++] = sqlite3_column_int64(st, 0);
		sqlite3_finalize(st);
		v[i].nind = ni - v[i].first_ind;
	}
	for (i = 0; i < nn; i++)
		if (!v[i].parent)
			ids_walk(v, i, ind, res, &k);
	*ids = res;
	*n = k;
	return 0;
}

void store_web_threads(void)
{
	sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}

int store_data_version(struct store *s, int64_t *out, struct sk_err *e)
{
	sqlite3_stmt *st;
	int rc;

	if ((rc = sw_prep(s, "PRAGMA data_version", &st, e)))
		return rc;
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		*out = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return rc == SQLITE_ROW ? 0 : store_fail(s, rc, e, "data version");
}
