/* store_lke: worksheets of the AKIP evaluation (store_lke.h).
 *
 * The statements here are few and run a handful of times per command,
 * so they are prepared per call rather than kept in the store's cache.
 * Every value is bound. */
#include "store_lke_int.h"
#include "store_web.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

int lke_instansi_find(struct store *s, const char *pemda, const char *kode,
		      sqlite3_int64 *id, int *n, struct sk_err *e)
{
	sqlite3_stmt *st;
	int rc;

	*n = 0;
	if ((rc = lke_prep(s, "SELECT i.id FROM instansi i JOIN pemda p"
			   " ON p.id = i.pemda_id WHERE i.kode = ?1"
			   " AND (?2 IS NULL OR p.kode = ?2)", &st, e)))
		return rc;
	lke_bind_str(st, 1, kode);
	lke_bind_str(st, 2, pemda);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		*id = sqlite3_column_int64(st, 0);
		(*n)++;
	}
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? 0 : store_fail(s, rc, e, "finding instansi");
}

int lke_instansi_id(struct store *s, const char *pemda, const char *kode,
		    sqlite3_int64 *id, struct sk_err *e)
{
	int rc, n;

	if ((rc = lke_instansi_find(s, pemda, kode, id, &n, e)))
		return rc;
	if (n == 0 && pemda)
		return sk_errf(e, SK_ENOTFOUND, "instansi '%s' is not in pemda "
			       "'%s' in the database", kode, pemda);
	if (n == 0)
		return sk_errf(e, SK_ENOTFOUND, "instansi '%s' is not in the "
			       "database: import its sakip/1 package first",
			       kode);
	if (n > 1)
		return sk_errf(e, SK_ENOTFOUND, "instansi '%s' is in %d pemda: "
			       "name the pemda", kode, n);
	return 0;
}

/* ---- saving ---------------------------------------------------------------- */

/* The evaluation's id (0 when new), refusing another template and a
 * published evaluation (changed only after its publication is withdrawn). */
static int evaluasi_bound(struct store *s, sqlite3_int64 inst,
			  const struct lke_template *t,
			  const struct lke_lembar *l, const char *hash,
			  sqlite3_int64 *id, struct sk_err *e)
{
	sqlite3_stmt *st;
	int rc;

	*id = 0;
	if ((rc = lke_prep(s, "SELECT id, template_kode, template_versi,"
		       " template_hash, terbit FROM lke_evaluasi"
		       " WHERE instansi_id = ?1"
		       " AND tahun = ?2 AND tahap = ?3", &st, e)))
		return rc;
	sqlite3_bind_int64(st, 1, inst);
	sqlite3_bind_int(st, 2, l->tahun);
	lke_bind_str(st, 3, lke_tahap_kode(l->tahap));
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		const char *k = (const char *)sqlite3_column_text(st, 1);
		const char *h = (const char *)sqlite3_column_text(st, 3);
		int v = sqlite3_column_int(st, 2);
		*id = sqlite3_column_int64(st, 0);
		if (sqlite3_column_int(st, 4))
			rc = sk_errf(e, SK_EPERM, "the %s of instansi '%s' for "
				     "%d is published: withdraw its "
				     "publication before changing it",
				     lke_tahap_kode(l->tahap), l->instansi,
				     l->tahun);
		else if (strcmp(k, t->kode) != 0 || v != t->versi ||
		    strcmp(h, hash) != 0)
			rc = sk_errf(e, SK_EINVAL, "template: the %s evaluation "
				     "of instansi '%s' for %d is bound to "
				     "template %s version %d (%s); it cannot "
				     "be saved under %s version %d (%s)",
				     lke_tahap_kode(l->tahap), l->instansi,
				     l->tahun, k, v, h, t->kode, t->versi,
				     hash);
		else
			rc = 0;
	} else if (rc == SQLITE_DONE) {
		rc = 0;
	} else {
		rc = store_fail(s, rc, e, "reading an evaluation");
	}
	sqlite3_finalize(st);
	return rc;
}

static int save_head(struct store *s, sqlite3_int64 inst,
		     const struct lke_template *t, const struct lke_lembar *l,
		     const char *hash, sqlite3_int64 *id, struct sk_err *e)
{
	sqlite3_stmt *st;
	int rc;

	if (*id) {
		if ((rc = lke_prep(s, "DELETE FROM lke_jawaban WHERE evaluasi_id"
			       " = ?1", &st, e)))
			return rc;
		sqlite3_bind_int64(st, 1, *id);
		if ((rc = lke_run(s, st, e, "clearing answers")))
			return rc;
		if ((rc = lke_prep(s, "UPDATE lke_evaluasi SET metode = ?2,"
			       " updated_at = strftime('%Y-%m-%dT%H:%M:%SZ',"
			       " 'now') WHERE id = ?1", &st, e)))
			return rc;
		sqlite3_bind_int64(st, 1, *id);
		lke_bind_str(st, 2, lke_metode_kode(l->metode));
		return lke_run(s, st, e, "updating an evaluation");
	}
	if ((rc = lke_prep(s, "INSERT INTO lke_evaluasi (instansi_id, tahun, tahap,"
		       " template_kode, template_versi, template_hash, metode)"
		       " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)", &st, e)))
		return rc;
	sqlite3_bind_int64(st, 1, inst);
	sqlite3_bind_int(st, 2, l->tahun);
	lke_bind_str(st, 3, lke_tahap_kode(l->tahap));
	lke_bind_str(st, 4, t->kode);
	sqlite3_bind_int(st, 5, t->versi);
	lke_bind_str(st, 6, hash);
	lke_bind_str(st, 7, lke_metode_kode(l->metode));
	if ((rc = lke_run(s, st, e, "saving an evaluation")))
		return rc;
	*id = sqlite3_last_insert_rowid(s->db);
	return 0;
}

static int save_jawaban(struct store *s, sqlite3_int64 id, int urutan,
			const struct lke_jawaban *j, struct sk_err *e)
{
	sqlite3_stmt *st;
	char what[160];
	int rc, i;

	snprintf(what, sizeof what, "saving answer %.100s", j->kode);
	if ((rc = lke_prep(s, "INSERT INTO lke_jawaban (evaluasi_id, kode, urutan,"
		       " nilai, catatan, saran, saran_bukti)"
		       " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)", &st, e)))
		return rc;
	sqlite3_bind_int64(st, 1, id);
	lke_bind_str(st, 2, j->kode);
	sqlite3_bind_int(st, 3, urutan);
	lke_bind_str(st, 4, lke_nilai_label(j->nilai));
	lke_bind_str(st, 5, j->catatan);
	lke_bind_str(st, 6, j->saran ? lke_nilai_label(j->saran) : NULL);
	lke_bind_str(st, 7, j->saran_bukti);
	if ((rc = lke_run(s, st, e, what)))
		return rc;
	for (i = 0; i < j->nbukti; i++) {
		if ((rc = lke_prep(s, "INSERT INTO lke_bukti (evaluasi_id, kode,"
			       " urutan, bukti) VALUES (?1, ?2, ?3, ?4)", &st, e)))
			return rc;
		sqlite3_bind_int64(st, 1, id);
		lke_bind_str(st, 2, j->kode);
		sqlite3_bind_int(st, 3, i + 1);
		lke_bind_str(st, 4, j->bukti[i]);
		if ((rc = lke_run(s, st, e, what)))
			return rc;
	}
	return 0;
}

int lke_save_tx(struct store *s, const struct lke_template *t,
		const struct lke_lembar *l, struct sk_err *e)
{
	char hash[LKE_HASH_LEN + 1];
	sqlite3_int64 inst = 0, id = 0;
	int rc, i;

	if (l->metode != LKE_METODE_R && l->metode != LKE_METODE_P)
		return sk_errf(e, SK_EUSAGE, "evaluasi: the worksheet was not "
			       "checked (no method)");
	lke_template_hash(t, hash);
	rc = lke_instansi_id(s, l->pemda, l->instansi, &inst, e);
	if (!rc)
		rc = evaluasi_bound(s, inst, t, l, hash, &id, e);
	if (!rc)
		rc = save_head(s, inst, t, l, hash, &id, e);
	for (i = 0; i < l->n && !rc; i++)
		rc = save_jawaban(s, id, i + 1, &l->j[i], e);
	if (!rc)
		rc = lke_save_lhe(s, id, l, e);
	return rc;
}

/* ---- the audit rows --------------------------------------------------------- */

static void audit_item(struct sbuf *b, const char *kode, const char *nilai)
{
	if (b->n >= LKE_AUDIT_MAX - 120) {
		if (!strstr(b->z, " …"))
			sbuf_adds(b, " …");
		return;
	}
	sbuf_addf(b, "%s%.100s %s", b->n ? ", " : "", kode,
		  nilai && *nilai ? nilai : "-");
}

void lke_audit_diff(const struct lke_lembar *old, int ada,
		    const struct lke_lembar *l, struct sbuf *lama,
		    struct sbuf *baru)
{
	struct sbuf a = SBUF_INIT(LKE_AUDIT_MAX), b = SBUF_INIT(LKE_AUDIT_MAX);
	int i;

	for (i = 0; i < l->n; i++) {
		const struct lke_jawaban *o = lke_lembar_find(old, l->j[i].kode);
		const char *x = o ? lke_nilai_label(o->nilai) : "";
		const char *y = lke_nilai_label(l->j[i].nilai);
		if (ada && strcmp(x, y) != 0) {
			audit_item(&a, l->j[i].kode, x);
			audit_item(&b, l->j[i].kode, y);
		}
	}
	for (i = 0; ada && i < old->n; i++)
		if (!lke_lembar_find(l, old->j[i].kode)) {
			audit_item(&a, old->j[i].kode,
				   lke_nilai_label(old->j[i].nilai));
			audit_item(&b, old->j[i].kode, "");
		}
	if (ada)
		sbuf_addf(lama, "metode %s, %d jawaban%s%s",
			  lke_metode_kode(old->metode), old->n, a.n ? ": " : "",
			  a.z);
	sbuf_addf(baru, "metode %s, %d jawaban%s%s", lke_metode_kode(l->metode),
		  l->n, b.n ? ": " : ada ? " (jawaban sama)" : "", b.z);
	sbuf_release(&a);
	sbuf_release(&b);
}

int lke_audit_cli(struct store *s, const char *oleh, const char *action,
		  const char *entity, const char *key, const char *lama,
		  const char *baru, struct sk_err *e)
{
	struct web_actor who = { 0, (int64_t)time(NULL) };
	struct sbuf b = SBUF_INIT(0);
	int rc;

	sbuf_addf(&b, "%s (by %.100s)", baru, oleh && *oleh ? oleh : "cli");
	rc = b.err ? sk_errf(e, SK_ENOMEM, "%s: audit: out of memory", action)
		   : store_audit_add(s, &who, action, entity, key, lama, b.z, e);
	sbuf_release(&b);
	return rc;
}

/* Inside the save's transaction: the worksheet l replaces, into old
 * (*ada 0 when there is none). */
static int impor_old(struct store *s, const struct lke_lembar *l,
		     struct lke_lembar *old, int *ada, struct sk_err *e)
{
	char hash[LKE_HASH_LEN + 1];
	sqlite3_int64 inst = 0, id = 0;
	int rc;

	*ada = 0;
	if ((rc = lke_instansi_id(s, l->pemda, l->instansi, &inst, e)) ||
	    (rc = lke_evaluasi_id(s, inst, l->tahun, l->tahap, &id, e)) || !id)
		return rc;
	if ((rc = store_lke_load(s, l->pemda, l->instansi, l->tahun, l->tahap,
				 old, hash, e)))
		return rc;
	*ada = 1;
	return 0;
}

/* The import's audit row "lke.impor": the answers changed, old → new,
 * and for a penetapan the count of recommendations. */
static int impor_audit(struct store *s, const struct lke_lembar *old,
		       int ada, const struct lke_lembar *l, const char *oleh,
		       struct sk_err *e)
{
	struct sbuf lama = SBUF_INIT(LKE_AUDIT_MAX + 200);
	struct sbuf baru = SBUF_INIT(LKE_AUDIT_MAX + 200);
	char key[160];
	int rc;

	lke_audit_diff(old, ada, l, &lama, &baru);
	if (l->tahap == LKE_PENETAPAN) {
		if (ada)
			sbuf_addf(&lama, "; %d rekomendasi", old->nrekomendasi);
		sbuf_addf(&baru, "; %d rekomendasi", l->nrekomendasi);
	}
	snprintf(key, sizeof key, "%.100s/%d/%s", l->instansi, l->tahun,
		 lke_tahap_kode(l->tahap));
	rc = lama.err || baru.err
	     ? sk_errf(e, SK_ENOMEM, "evaluation audit: out of memory")
	     : lke_audit_cli(s, oleh, "lke.impor", "lke_evaluasi", key,
			     ada ? lama.z : NULL, baru.z, e);
	sbuf_release(&lama);
	sbuf_release(&baru);
	return rc;
}

int store_lke_save(struct store *s, const struct lke_template *t,
		   const struct lke_lembar *l, const char *oleh,
		   struct sk_err *e)
{
	struct lke_lembar old;
	int rc, ada = 0;

	if (l->metode != LKE_METODE_R && l->metode != LKE_METODE_P)
		return sk_errf(e, SK_EUSAGE, "evaluasi: the worksheet was not "
			       "checked (no method)");
	if ((rc = store_begin(s, e)))
		return rc;
	lke_lembar_init(&old);
	rc = impor_old(s, l, &old, &ada, e);
	if (!rc)
		rc = lke_save_tx(s, t, l, e);
	if (!rc)
		rc = impor_audit(s, &old, ada, l, oleh, e);
	rc = store_end(s, rc, e);
	lke_lembar_free(&old);
	return rc;
}

/* ---- loading --------------------------------------------------------------- */

static int load_bukti(struct store *s, sqlite3_int64 id,
		      struct lke_lembar *l, struct lke_jawaban *j,
		      struct sk_err *e)
{
	sqlite3_stmt *st;
	int rc;

	if ((rc = lke_prep(s, "SELECT bukti, (SELECT count(*) FROM lke_bukti"
		       " WHERE evaluasi_id = ?1 AND kode = ?2) FROM lke_bukti"
		       " WHERE evaluasi_id = ?1 AND kode = ?2 ORDER BY urutan",
		       &st, e)))
		return rc;
	sqlite3_bind_int64(st, 1, id);
	lke_bind_str(st, 2, j->kode);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (!j->bukti && !(j->bukti = store_rows(&l->arena, st, 1,
							 sizeof *j->bukti)))
			break;
		j->bukti[j->nbukti++] = store_col(&l->arena, st, 0);
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE && rc != SQLITE_ROW)
		return store_fail(s, rc, e, "loading evidence");
	return l->arena.err ? sk_errf(e, SK_ENOMEM, "out of memory") : 0;
}

static int load_jawaban(struct store *s, sqlite3_int64 id,
			struct lke_lembar *l, struct sk_err *e)
{
	sqlite3_stmt *st;
	int rc, i, n = 0, per_sub = l->metode == LKE_METODE_R;

	if ((rc = lke_prep(s, "SELECT kode, nilai, catatan, (SELECT count(*) FROM"
		       " lke_jawaban WHERE evaluasi_id = ?1), saran, saran_bukti"
		       " FROM lke_jawaban"
		       " WHERE evaluasi_id = ?1 ORDER BY urutan", &st, e)))
		return rc;
	sqlite3_bind_int64(st, 1, id);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct lke_jawaban *j;
		if (!l->j) {
			n = sqlite3_column_int(st, 3);
			l->j = arena_array(&l->arena, (size_t)n + 1,
					   sizeof *l->j);
			if (!l->j)
				break;
		}
		if (l->n >= n)
			break;
		j = &l->j[l->n++];
		j->kode = store_col(&l->arena, st, 0);
		j->nilai = lke_nilai_parse(
			(const char *)sqlite3_column_text(st, 1), per_sub);
		j->catatan = store_col(&l->arena, st, 2);
		j->saran = lke_nilai_parse(
			(const char *)sqlite3_column_text(st, 4), 0);
		j->saran_bukti = store_col(&l->arena, st, 5);
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE && rc != SQLITE_ROW)
		return store_fail(s, rc, e, "loading answers");
	if (l->arena.err)
		return sk_errf(e, SK_ENOMEM, "out of memory");
	for (i = 0; i < l->n; i++)
		if ((rc = load_bukti(s, id, l, &l->j[i], e)))
			return rc;
	return 0;
}

int store_lke_load(struct store *s, const char *pemda, const char *instansi,
		   int tahun, int tahap, struct lke_lembar *l,
		   char hash[LKE_HASH_LEN + 1], struct sk_err *e)
{
	sqlite3_stmt *st;
	sqlite3_int64 inst = 0, id = 0;
	const char *z;
	int rc;

	if ((rc = lke_instansi_id(s, pemda, instansi, &inst, e)))
		return rc;
	if ((rc = lke_prep(s, "SELECT id, tahap, template_kode, template_versi,"
		       " template_hash, metode, terbit FROM lke_evaluasi"
		       " WHERE instansi_id = ?1 AND tahun = ?2"
		       " AND (?3 IS NULL OR tahap = ?3)"
		       " ORDER BY tahap = 'penetapan' DESC LIMIT 1", &st, e)))
		return rc;
	sqlite3_bind_int64(st, 1, inst);
	sqlite3_bind_int(st, 2, tahun);
	lke_bind_str(st, 3, tahap ? lke_tahap_kode(tahap) : NULL);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		id = sqlite3_column_int64(st, 0);
		l->instansi = arena_strdup(&l->arena, instansi);
		l->pemda = pemda ? arena_strdup(&l->arena, pemda) : NULL;
		l->tahun = tahun;
		l->tahap = lke_tahap_parse(
			(const char *)sqlite3_column_text(st, 1));
		l->template_kode = store_col(&l->arena, st, 2);
		l->template_versi = sqlite3_column_int(st, 3);
		z = (const char *)sqlite3_column_text(st, 4);
		snprintf(hash, LKE_HASH_LEN + 1, "%s", z ? z : "");
		z = (const char *)sqlite3_column_text(st, 5);
		l->metode = z && z[0] == 'R' ? LKE_METODE_R : LKE_METODE_P;
		l->terbit = sqlite3_column_int(st, 6) != 0;
		rc = 0;
	} else if (rc == SQLITE_DONE) {
		rc = sk_errf(e, SK_ENOTFOUND, "instansi '%s' has no %s"
			     "evaluation for %d", instansi,
			     tahap == LKE_USULAN ? "usulan "
			     : tahap == LKE_PENETAPAN ? "penetapan " : "",
			     tahun);
	} else {
		rc = store_fail(s, rc, e, "loading an evaluation");
	}
	sqlite3_finalize(st);
	if (!rc)
		rc = load_jawaban(s, id, l, e);
	if (!rc)
		rc = lke_load_lhe(s, id, l, e);
	return rc;
}

int lke_evaluasi_id(struct store *s, sqlite3_int64 inst, int tahun,
		    int tahap, sqlite3_int64 *id, struct sk_err *e)
{
	sqlite3_stmt *st;
	int rc;

	*id = 0;
	if ((rc = lke_prep(s, "SELECT id FROM lke_evaluasi WHERE instansi_id"
			   " = ?1 AND tahun = ?2 AND tahap = ?3", &st, e)))
		return rc;
	sqlite3_bind_int64(st, 1, inst);
	sqlite3_bind_int(st, 2, tahun);
	lke_bind_str(st, 3, lke_tahap_kode(tahap));
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		*id = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0
	       : store_fail(s, rc, e, "finding an evaluation");
}

/* ---- templates ---------------------------------------------------------------- */

int store_lke_template_versi(struct store *s, const char *kode, int *versi,
			     struct sk_err *e)
{
	sqlite3_stmt *st;
	int rc;

	*versi = 0;
	if ((rc = lke_prep(s, "SELECT coalesce(max(versi), 0) FROM lke_template"
			   " WHERE kode = ?1", &st, e)))
		return rc;
	lke_bind_str(st, 1, kode);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		*versi = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	return rc == SQLITE_ROW ? 0 : store_fail(s, rc, e, "reading templates");
}

static int template_insert(struct store *s, const char *kode, int versi,
			   const char *hash, const char *definisi,
			   struct sk_err *e)
{
	sqlite3_stmt *st;
	int rc;

	if ((rc = lke_prep(s, "INSERT INTO lke_template (kode, versi, hash,"
			   " definisi) VALUES (?1, ?2, ?3, ?4)", &st, e)))
		return rc;
	lke_bind_str(st, 1, kode);
	sqlite3_bind_int(st, 2, versi);
	lke_bind_str(st, 3, hash);
	lke_bind_str(st, 4, definisi);
	rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc == SQLITE_DONE)
		return 0;
	if ((rc & 0xff) == SQLITE_CONSTRAINT)
		return sk_errf(e, SK_EINVAL, "template %s version %d is stored "
			       "already and never changes", kode, versi);
	return store_fail(s, rc, e, "saving a template");
}

int store_lke_template_save(struct store *s, const char *kode, int versi,
			    const char *hash, const char *definisi,
			    const char *oleh, struct sk_err *e)
{
	char key[160], baru[160];
	int rc;

	if ((rc = store_begin(s, e)))
		return rc;
	rc = template_insert(s, kode, versi, hash, definisi, e);
	if (!rc) {
		snprintf(key, sizeof key, "%.100s/%d", kode, versi);
		snprintf(baru, sizeof baru, "versi %d, hash %.40s", versi, hash);
		rc = lke_audit_cli(s, oleh, "lke.template", "lke_template", key,
				   NULL, baru, e);
	}
	return store_end(s, rc, e);
}

int store_lke_template_get(struct store *s, const char *kode, int versi,
			   char **out, char hash[LKE_HASH_LEN + 1],
			   struct sk_err *e)
{
	sqlite3_stmt *st;
	const char *z;
	int rc;

	*out = NULL;
	if ((rc = lke_prep(s, "SELECT definisi, hash FROM lke_template WHERE"
			   " kode = ?1 AND (?2 = 0 OR versi = ?2)"
			   " ORDER BY versi DESC LIMIT 1", &st, e)))
		return rc;
	lke_bind_str(st, 1, kode);
	sqlite3_bind_int(st, 2, versi);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		z = (const char *)sqlite3_column_text(st, 0);
		*out = strdup(z ? z : "");
		z = (const char *)sqlite3_column_text(st, 1);
		snprintf(hash, LKE_HASH_LEN + 1, "%s", z ? z : "");
		rc = *out ? 0 : sk_errf(e, SK_ENOMEM, "out of memory");
	} else if (rc == SQLITE_DONE) {
		rc = versi ? sk_errf(e, SK_ENOTFOUND, "no template %s version "
				     "%d", kode, versi)
			   : sk_errf(e, SK_ENOTFOUND, "no template %s", kode);
	} else {
		rc = store_fail(s, rc, e, "reading a template");
	}
	sqlite3_finalize(st);
	return rc;
}
