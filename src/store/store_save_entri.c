/* store_save_entri: what saving an agency does beside its package rows —
 * the web's realisation entries are kept, and the import is audited.
 *
 * An entry (realisasi_entri) belongs to its agency and names its
 * indicator by kode. Deleting the old plan sets its indikator_id to NULL
 * (ON DELETE SET NULL); once the new plan is in, each entry takes the
 * indicator of its kode (store_entri_attach). Entries whose kode the new
 * plan lacks stay, orphaned, with their value, status and evidence, and
 * are named in the audit row and in store_save_info; an import that
 * brings the kode back re-attaches them. */
#include "store_int.h"
#include "store_web.h"
#include "../util/sbuf.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

/* Orphans named in the audit row. */
#define ORPHANS_SHOWN 5

int store_entri_before(struct store *s, sqlite3_int64 instansi_id,
		       struct save_entri *se, struct sk_err *e)
{
	sqlite3_stmt *st;
	int rc;

	memset(se, 0, sizeof *se);
	if ((rc = store_stmt(s, SQ_ENTRI_BEFORE,
			     "SELECT (SELECT count(*) FROM node"
			     "  WHERE instansi_id = ?1),"
			     " (SELECT count(*) FROM node n JOIN indikator k"
			     "  ON k.node_id = n.id WHERE n.instansi_id = ?1),"
			     " (SELECT count(*) FROM realisasi_entri"
			     "  WHERE instansi_id = ?1)", &st, e)))
		return rc;
	sqlite3_bind_int64(st, 1, instansi_id);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		se->node = sqlite3_column_int64(st, 0);
		se->indikator = sqlite3_column_int64(st, 1);
		se->entri = sqlite3_column_int64(st, 2);
		rc = 0;
	} else {
		rc = store_fail(s, rc, e, "counting the stored plan");
	}
	sqlite3_reset(st);
	return rc;
}

int store_entri_attach(struct store *s, sqlite3_int64 instansi_id,
		       struct save_entri *se, struct sk_err *e)
{
	sqlite3_stmt *st;
	int rc;

	/* indicators of the agency outside, entries by (instansi_id,
	 * indikator_kode) inside: one pass over each */
	if ((rc = store_stmt(s, SQ_ENTRI_ATTACH,
			     "UPDATE realisasi_entri SET indikator_id = k.id"
			     " FROM node n JOIN indikator k ON k.node_id = n.id"
			     " WHERE n.instansi_id = ?1"
			     " AND realisasi_entri.instansi_id = ?1"
			     " AND realisasi_entri.indikator_kode = k.kode",
			     &st, e)))
		return rc;
	sqlite3_bind_int64(st, 1, instansi_id);
	rc = sqlite3_step(st);
	sqlite3_reset(st);
	if (rc != SQLITE_DONE)
		return store_fail(s, rc, e, "re-attaching realisasi entri");
	se->nattached = sqlite3_changes(s->db);
	return 0;
}

/* What the package brings for one agency, for the audit row. */
struct isi {
	long long node, indikator, nilai, periode, anggaran;
};

static int count_node(const struct node *n, const struct node *parent,
		      void *ctx)
{
	struct isi *c = ctx;
	int i;

	(void)parent;
	c->node++;
	c->anggaran += n->nanggaran;
	for (i = 0; i < n->nindikator; i++) {
		const struct indikator *k = &n->indikator[i];

		c->indikator++;
		c->nilai += k->target.n + k->target_pk.n +
			    k->target_pk_perubahan.n + k->realisasi.n;
		c->periode += k->nperiode;
	}
	return 0;
}

/* One entry as "IKU-9 2024 triwulan 2 (diajukan)", from the columns of
 * SQ_ENTRI_ORPHANS. */
static void orphan_text(sqlite3_stmt *st, char *buf, size_t cap)
{
	int ke = sqlite3_column_int(st, 3);
	char kez[16] = "";

	if (ke)
		snprintf(kez, sizeof kez, " %d", ke);
	snprintf(buf, cap, "%.60s %d %s%s (%s)",
		 (const char *)sqlite3_column_text(st, 0),
		 sqlite3_column_int(st, 1),
		 (const char *)sqlite3_column_text(st, 2), kez,
		 (const char *)sqlite3_column_text(st, 4));
}

/* Appends "kode entry" to info->orphan while it fits, then "; ..." once. */
static void info_orphan(struct store_save_info *info, const char *kode,
			const char *one)
{
	size_t used = strlen(info->orphan), cap = sizeof info->orphan;

	if (used >= 5 && strcmp(info->orphan + used - 5, "; ...") == 0)
		return;
	if (used + strlen(one) + 70 < cap)
		snprintf(info->orphan + used, cap - used, "%s%.60s %s",
			 used ? "; " : "", kode, one);
	else
		snprintf(info->orphan + used, cap - used, "; ...");
}

/* The agency's orphaned entries: the first ORPHANS_SHOWN into list (and
 * how many more), as many as fit into info->orphan; *n counts them. */
static int orphans(struct store *s, sqlite3_int64 instansi_id,
		   const char *instansi_kode, struct sbuf *list,
		   struct store_save_info *info, int *n, struct sk_err *e)
{
	sqlite3_stmt *st;
	char one[200];
	int rc;

	*n = 0;
	if ((rc = store_stmt(s, SQ_ENTRI_ORPHANS,
			     "SELECT indikator_kode, tahun, periode, ke, status"
			     " FROM realisasi_entri WHERE instansi_id = ?1"
			     " AND indikator_id IS NULL"
			     " ORDER BY indikator_kode, tahun, periode, ke",
			     &st, e)))
		return rc;
	sqlite3_bind_int64(st, 1, instansi_id);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		orphan_text(st, one, sizeof one);
		if (*n < ORPHANS_SHOWN)
			sbuf_addf(list, "%s%s", *n ? ", " : "", one);
		if (info)
			info_orphan(info, instansi_kode, one);
		(*n)++;
	}
	if (*n > ORPHANS_SHOWN)
		sbuf_addf(list, ", %d more", *n - ORPHANS_SHOWN);
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? 0 : store_fail(s, rc, e, "listing orphaned "
						  "realisasi entri");
}

int store_entri_after(struct store *s, const char *pemda_kode,
		      const struct instansi *in, sqlite3_int64 instansi_id,
		      const struct save_entri *se,
		      struct store_save_info *info, struct sk_err *e)
{
	struct sbuf lama = SBUF_INIT(4096), baru = SBUF_INIT(4096);
	struct sbuf list = SBUF_INIT(4096);
	struct web_actor who = { 0, 0 };
	struct isi c;
	char key[160];
	int rc, norphan = 0;

	memset(&c, 0, sizeof c);
	instansi_walk(in, count_node, &c);
	if ((rc = orphans(s, instansi_id, in->kode, &list, info, &norphan, e)))
		goto end;
	sbuf_addf(&lama, "%lld node, %lld indikator, %lld entri", se->node,
		  se->indikator, se->entri);
	sbuf_addf(&baru, "by %s: %lld node, %lld indikator, %lld nilai, %lld "
		  "realisasi_periode, %lld anggaran; entri: %d re-attached",
		  info && info->who && *info->who ? info->who : "cli", c.node,
		  c.indikator, c.nilai, c.periode, c.anggaran, se->nattached);
	if (norphan)
		sbuf_addf(&baru, ", %d orphaned (%s)", norphan, list.z);
	who.now = info && info->now ? info->now : (long long)time(NULL);
	snprintf(key, sizeof key, "%.64s/%.64s", pemda_kode ? pemda_kode : "",
		 in->kode ? in->kode : "");
	if (lama.err || baru.err || list.err)
		rc = sk_errf(e, SK_ENOMEM, "import audit: out of memory");
	else
		rc = store_audit_add(s, &who, "import", "instansi", key, lama.z,
				     baru.z, e);
	if (rc == 0 && info) {
		info->nreattached += se->nattached;
		info->norphan += norphan;
	}
end:
	sbuf_release(&lama);
	sbuf_release(&baru);
	sbuf_release(&list);
	return rc;
}
