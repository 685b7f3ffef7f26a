/* store_web_lke: evaluation worksheets saved and penetapan published
 * from the web, each with its audit row in one transaction
 * (store_web_lke.h). */
#include "store_lke_int.h"
#include "store_web_int.h"
#include "store_web_lke.h"

#include <stdio.h>
#include <string.h>

/* ---- listing ------------------------------------------------------------ */

#define LKE_COLS \
	"SELECT i.id, i.kode, i.nama, p.kode, e.tahun, e.tahap, e.metode," \
	" e.terbit, e.lhe_nomor, e.lhe_tanggal, e.evaluator, e.updated_at" \
	" FROM lke_evaluasi e JOIN instansi i ON i.id = e.instansi_id" \
	" JOIN pemda p ON p.id = i.pemda_id" \
	" WHERE (?1 IS NULL OR p.kode = ?1) AND (?2 = 0 OR i.id = ?2)"

static void lke_row(struct arena *a, sqlite3_stmt *st, struct web_lke *r)
{
	const char *m;

	r->instansi_id = sqlite3_column_int64(st, 0);
	r->instansi_kode = sw_col(a, st, 1);
	r->instansi_nama = sw_col(a, st, 2);
	r->pemda_kode = sw_col(a, st, 3);
	r->tahun = sqlite3_column_int(st, 4);
	r->tahap = lke_tahap_parse((const char *)sqlite3_column_text(st, 5));
	m = (const char *)sqlite3_column_text(st, 6);
	r->metode = m && m[0] == 'R' ? LKE_METODE_R : LKE_METODE_P;
	r->terbit = sqlite3_column_int(st, 7) != 0;
	r->lhe_nomor = sw_col(a, st, 8);
	r->lhe_tanggal = sw_col(a, st, 9);
	r->evaluator = sw_col(a, st, 10);
	r->updated_at = sw_col(a, st, 11);
}

int store_web_lke_list(struct store *s, const char *pemda_kode,
		       int64_t instansi_id, struct arena *a,
		       struct web_lke **out, int *n, struct sk_err *e)
{
	sqlite3_stmt *st;
	struct web_lke *v;
	int rc, cap = 0;

	*n = 0;
	*out = NULL;
	if ((rc = sw_prep(s, "SELECT count(*) FROM (" LKE_COLS ")", &st, e)))
		return rc;
	sw_bind_str(st, 1, pemda_kode);
	sqlite3_bind_int64(st, 2, instansi_id);
	if ((rc = sqlite3_step(st)) == SQLITE_ROW)
		cap = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	if (rc != SQLITE_ROW)
		return store_fail(s, rc, e, "counting evaluations");
	if (!(v = arena_array(a, (size_t)cap + 1, sizeof *v)))
		return sk_errf(e, SK_ENOMEM, "evaluations: out of memory");
	if ((rc = sw_prep(s, LKE_COLS " ORDER BY p.kode, i.urutan, i.kode,"
			  " e.tahun, e.tahap = 'penetapan'", &st, e)))
		return rc;
	sw_bind_str(st, 1, pemda_kode);
	sqlite3_bind_int64(st, 2, instansi_id);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW && *n < cap)
		lke_row(a, st, &v[(*n)++]);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE && rc != SQLITE_ROW)
		return store_fail(s, rc, e, "listing evaluations");
	*out = v;
	return a->err ? sk_errf(e, a->err, "evaluations: out of memory") : 0;
}

/* ---- one evaluation's head ------------------------------------------------ */

struct kepala {
	sqlite3_int64 id;   /* 0: none */
	int terbit;
	char nomor[256], tanggal[16];
};

static int kepala_get(struct store *s, sqlite3_int64 inst, int tahun,
		      int tahap, struct kepala *k, struct sk_err *e)
{
	sqlite3_stmt *st;
	const char *z;
	int rc;

	memset(k, 0, sizeof *k);
	if ((rc = sw_prep(s, "SELECT id, terbit, lhe_nomor, lhe_tanggal FROM"
			  " lke_evaluasi WHERE instansi_id = ?1 AND tahun = ?2"
			  " AND tahap = ?3", &st, e)))
		return rc;
	sqlite3_bind_int64(st, 1, inst);
	sqlite3_bind_int(st, 2, tahun);
	sw_bind_str(st, 3, lke_tahap_kode(tahap));
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		k->id = sqlite3_column_int64(st, 0);
		k->terbit = sqlite3_column_int(st, 1) != 0;
		z = (const char *)sqlite3_column_text(st, 2);
		snprintf(k->nomor, sizeof k->nomor, "%s", z ? z : "");
		z = (const char *)sqlite3_column_text(st, 3);
		snprintf(k->tanggal, sizeof k->tanggal, "%s", z ? z : "");
	}
	sqlite3_finalize(st);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0
	       : store_fail(s, rc, e, "reading an evaluation");
}

/* ---- saving ----------------------------------------------------------------- */

/* Inside the transaction: the rules, the old worksheet, the save. */
static int save_tx(struct store *s, const struct lke_template *t,
		   const struct lke_lembar *l, struct lke_lembar *old,
		   int *ada, struct sk_err *e)
{
	char hash[LKE_HASH_LEN + 1];
	struct kepala k;
	struct lke_lembar x;
	sqlite3_int64 inst = 0;
	int rc;

	*ada = 0;
	if ((rc = lke_instansi_id(s, l->pemda, l->instansi, &inst, e)))
		return rc;
	if (l->tahap == LKE_USULAN) {
		if ((rc = kepala_get(s, inst, l->tahun, LKE_PENETAPAN, &k, e)))
			return rc;
		if (k.id)
			return sk_errf(e, SK_EPERM, "the usulan of %s %d was "
				       "assessed already (its penetapan exists)",
				       l->instansi, l->tahun);
	}
	if ((rc = kepala_get(s, inst, l->tahun, l->tahap, &k, e)))
		return rc;
	if (k.id && k.terbit)
		return sk_errf(e, SK_EPERM, "the penetapan of %s %d is "
			       "published: withdraw it first", l->instansi,
			       l->tahun);
	if (k.id) {
		if ((rc = store_lke_load(s, l->pemda, l->instansi, l->tahun,
					 l->tahap, old, hash, e)))
			return rc;
		*ada = 1;
	}
	x = *l; /* a shallow copy, never freed: l keeps the strings */
	x.nrekomendasi = l->tahap == LKE_PENETAPAN ? old->nrekomendasi : 0;
	x.rekomendasi = l->tahap == LKE_PENETAPAN ? old->rekomendasi : NULL;
	return lke_save_tx(s, t, &x, e);
}

int store_web_lke_save(struct store *s, const struct web_actor *who,
		       const struct lke_template *t,
		       const struct lke_lembar *l, struct sk_err *e)
{
	struct sbuf lama = SBUF_INIT(LKE_AUDIT_MAX + 200);
	struct sbuf baru = SBUF_INIT(LKE_AUDIT_MAX + 200);
	struct lke_lembar old;
	char key[160];
	int rc, ada = 0;

	if (l->tahap != LKE_USULAN && l->tahap != LKE_PENETAPAN)
		return sk_errf(e, SK_EUSAGE, "evaluasi: no tahap");
	lke_lembar_init(&old);
	if ((rc = sw_begin(s, e)))
		return rc;
	rc = save_tx(s, t, l, &old, &ada, e);
	if (!rc) {
		lke_audit_diff(&old, ada, l, &lama, &baru);
		snprintf(key, sizeof key, "%.100s/%d/%s", l->instansi, l->tahun,
			 lke_tahap_kode(l->tahap));
		rc = lama.err || baru.err ? sk_errf(e, SK_ENOMEM, "evaluation "
						    "audit: out of memory")
		     : store_audit_add(s, who, "lke.simpan", "lke_evaluasi", key,
				       ada ? lama.z : NULL, baru.z, e);
	}
	rc = sw_end(s, rc, e);
	sbuf_release(&lama);
	sbuf_release(&baru);
	lke_lembar_free(&old);
	return rc;
}

/* ---- publishing ------------------------------------------------------------- */

static int terbit_tx(struct store *s, const struct web_actor *who,
		     const char *oleh, const char *pemda,
		     const char *instansi, int tahun, int terbit,
		     int *berubah, struct sk_err *e)
{
	sqlite3_stmt *st;
	sqlite3_int64 inst = 0;
	struct kepala k;
	char key[160], baru[200];
	int rc;

	if ((rc = lke_instansi_id(s, pemda, instansi, &inst, e)) ||
	    (rc = kepala_get(s, inst, tahun, LKE_PENETAPAN, &k, e)))
		return rc;
	if (!k.id)
		return sk_errf(e, SK_ENOTFOUND, "instansi '%s' has no penetapan "
			       "for %d", instansi, tahun);
	if (k.terbit == terbit)
		return 0;
	if (terbit && (!k.nomor[0] || !k.tanggal[0]))
		return sk_errf(e, SK_EINVAL, "the LHE of the penetapan of %s %d "
			       "has no %s: a penetapan is published with its "
			       "LHE's nomor and tanggal", instansi, tahun,
			       !k.nomor[0] && !k.tanggal[0] ? "nomor and tanggal"
			       : !k.nomor[0] ? "nomor" : "tanggal");
	if ((rc = sw_prep(s, "UPDATE lke_evaluasi SET terbit = ?2 WHERE id = ?1",
			  &st, e)))
		return rc;
	sqlite3_bind_int64(st, 1, k.id);
	sqlite3_bind_int(st, 2, terbit);
	if ((rc = sw_run(s, st, e, "publishing a penetapan")))
		return rc;
	*berubah = 1;
	snprintf(key, sizeof key, "%.100s/%d/penetapan", instansi, tahun);
	snprintf(baru, sizeof baru, "%s%s%.100s%s", terbit ? "terbit" : "draf",
		 oleh ? " (by " : "", oleh ? oleh : "", oleh ? ")" : "");
	return store_audit_add(s, who, terbit ? "lke.terbit" : "lke.tarik",
			       "lke_evaluasi", key, terbit ? "draf" : "terbit",
			       baru, e);
}

int store_web_lke_terbit(struct store *s, const struct web_actor *who,
			 const char *oleh, const char *pemda,
			 const char *instansi, int tahun, int terbit,
			 int *berubah, struct sk_err *e)
{
	int rc;

	*berubah = 0;
	if ((rc = sw_begin(s, e)))
		return rc;
	rc = terbit_tx(s, who, oleh, pemda, instansi, tahun, terbit ? 1 : 0,
		       berubah, e);
	rc = sw_end(s, rc, e);
	if (rc)
		*berubah = 0;
	return rc;
}
