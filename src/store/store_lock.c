/* store_lock: a year locked for a pemda (table period_lock, set by an
 * admin in the web app) keeps its figures through an import.
 *
 * Before an agency's rows are replaced, the agency as stored is loaded
 * (in the save's transaction) and compared with the incoming one, year by
 * locked year (core/model_diff.c): targets of every kind, realisasi,
 * realisasi_periode and budget amounts. Any difference refuses the whole
 * import; an import that leaves them identical goes through. */
#include "store_int.h"
#include "../core/model_diff.h"
#include "../util/sbuf.h"

#include <stdlib.h>

/* Differences named in the message; the rest are counted. */
#define LOCK_SHOWN 3

struct lock_ctx {
	int n;
	struct sbuf list;
};

static int on_diff(const struct model_diff *d, void *ctx)
{
	struct lock_ctx *c = ctx;

	if (c->n++ < LOCK_SHOWN) {
		if (c->n > 1)
			sbuf_adds(&c->list, "; ");
		model_diff_text(d, &c->list);
	}
	return 0;
}

/* The locked years of the pemda, ascending, into *out (malloc'ed). */
static int locked_years(struct store *s, sqlite3_int64 pemda_id, int **out,
			int *n, struct sk_err *e)
{
	sqlite3_stmt *st;
	int rc, cap = 0, *a = NULL, *grown;

	*out = NULL;
	*n = 0;
	if ((rc = store_stmt(s, SQ_LOCK_YEARS, "SELECT tahun FROM period_lock"
			     " WHERE pemda_id = ?1 ORDER BY tahun", &st, e)))
		return rc;
	sqlite3_bind_int64(st, 1, pemda_id);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (*n == cap) {
			cap = cap ? cap * 2 : 8;
			if (!(grown = realloc(a, (size_t)cap * sizeof *a))) {
				sqlite3_reset(st);
				free(a);
				*n = 0;
				return sk_errf(e, SK_ENOMEM, "locked years: out of "
					       "memory");
			}
			a = grown;
		}
		a[(*n)++] = sqlite3_column_int(st, 0);
	}
	if (rc != SQLITE_DONE) {
		rc = store_fail(s, rc, e, "reading the locked years");
		sqlite3_reset(st);
		free(a);
		*n = 0;
		return rc;
	}
	sqlite3_reset(st);
	*out = a;
	return 0;
}

/* SK_EPERM when year tahun differs between stored and in. */
static int check_year(const struct instansi *stored, const struct instansi *in,
		      const char *pemda_kode, int tahun, struct sk_err *e)
{
	struct lock_ctx c = { 0, SBUF_INIT(4096) };
	int rc = model_diff_tahun(stored, in, tahun, on_diff, &c);

	if (rc)
		rc = sk_errf(e, rc, "instansi '%s': comparing year %d: out of "
			     "memory", in->kode, tahun);
	else if (c.n)
		rc = sk_errf(e, SK_EPERM, "instansi '%s': year %d is locked for "
			     "pemda '%s' and the import would change %d of its "
			     "figures: %s%s; nothing was written (an admin must "
			     "unlock %d first)", in->kode, tahun, pemda_kode, c.n,
			     c.list.z, c.n > LOCK_SHOWN ? "; ..." : "", tahun);
	sbuf_release(&c.list);
	return rc;
}

int store_lock_check(struct store *s, sqlite3_int64 pemda_id,
		     const char *pemda_kode, const struct instansi *in,
		     struct sk_err *e)
{
	const struct instansi *stored = NULL;
	struct pkg old;
	int *years, n, i, rc;

	if ((rc = locked_years(s, pemda_id, &years, &n, e)) || n == 0)
		return rc;
	pkg_init(&old);
	rc = store_load_tx(s, pemda_kode, in->kode, &old, e);
	if (rc == 0 && old.ninstansi == 1)
		stored = &old.instansi[0];
	else if (rc == SK_ENOTFOUND) {
		rc = 0; /* a new agency: every figure of a locked year is new */
		if (e) {
			e->code = 0;
			e->msg[0] = 0;
		}
	}
	for (i = 0; rc == 0 && i < n; i++)
		rc = check_year(stored, in, pemda_kode, years[i], e);
	pkg_free(&old);
	free(years);
	return rc;
}
