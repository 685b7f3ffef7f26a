/* cmd_evaluasi_tpl: `sakip evaluasi template impor FILE | ekspor`, a
 * pemda's own LKE templates (found through lke_tpl_find, lke_load.h). */
#include "cmd_evaluasi.h"
#include "../io/file.h"
#include "../store/store_lke.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- template impor ------------------------------------------------------------ */

/* 1 when version m->t.versi is stored with m's content. */
static int stored_same(struct store *s, const struct lke_template_mem *m)
{
	char stored[LKE_HASH_LEN + 1], now[LKE_HASH_LEN + 1];
	struct sk_err e = { 0, "" };
	char *def = NULL;

	if (store_lke_template_get(s, m->t.kode, m->t.versi, &def, stored, &e))
		return 0;
	free(def);
	lke_template_hash(&m->t, now);
	return strcmp(now, stored) == 0;
}

/* Numbers m's version. Without one in the file: the newest stored when
 * its content is the same (*same), else the next. With one: the next,
 * or one stored already with the same content. */
static int number(struct store *s, struct lke_template_mem *m, int *same,
		  struct sk_err *e)
{
	int rc, max = 0, stated = m->t.versi;

	*same = 0;
	if ((rc = store_lke_template_versi(s, m->t.kode, &max, e)))
		return rc;
	if (!stated) {
		m->t.versi = max;
		if (max > 0 && (*same = stored_same(s, m)))
			return 0;
		m->t.versi = max + 1;
		return 0;
	}
	if (stated > max + 1)
		return sk_errf(e, SK_EINVAL, "versi: template %s has %d "
			       "version(s); the next is %d, not %d", m->t.kode,
			       max, max + 1, stated);
	if (stated == max + 1 || (*same = stored_same(s, m)))
		return 0;
	return sk_errf(e, SK_EINVAL, "versi: template %s version %d is stored "
		       "with other content and never changes: load this one as "
		       "version %d", m->t.kode, stated, max + 1);
}

static int tpl_impor(struct cli *c, const struct evaluasi_opts *o)
{
	struct lke_template_mem m;
	struct sbuf buf, errs = SBUF_INIT(0), def = SBUF_INIT(0);
	struct sk_err e = { 0, "" };
	struct store *s = NULL;
	char hash[LKE_HASH_LEN + 1], oleh[96];
	int rc, same = 0;

	if (!o->file)
		return evaluasi_usage("template impor needs a FILE%s", "");
	if ((rc = file_read(o->file, LKE_JSON_MAX_BYTES, &buf, &e)))
		return cli_fail(&e);
	memset(&m, 0, sizeof m);
	rc = lke_json_template_read(o->file, buf.z, buf.n, &m, &errs);
	sbuf_release(&buf);
	if (rc) {
		fputs(errs.z, stderr);
		fprintf(stderr, "sakip evaluasi template impor: %s: nothing was "
			"written\n", o->file);
		sbuf_release(&errs);
		return cli_status(rc);
	}
	sbuf_release(&errs);
	if (lke_template_builtin(m.t.kode))
		rc = sk_errf(&e, SK_EINVAL, "kode: %s is the template sakip "
			     "ships; give a variant its own kode", m.t.kode);
	if (!rc)
		rc = store_open(c->db_path, &s, &e);
	if (!rc)
		rc = number(s, &m, &same, &e);
	if (!rc && !same && !o->dry) {
		lke_json_template_write(&m.t, &def);
		lke_template_hash(&m.t, hash);
		cli_oleh(oleh, sizeof oleh);
		rc = def.err ? sk_errf(&e, def.err, "template too large")
			     : store_lke_template_save(s, m.t.kode, m.t.versi,
						       hash, def.z, oleh, &e);
	}
	store_close(s);
	if (!rc && o->dry && !same)
		printf("%s: valid: template %s versi %d (%d kriteria) (nothing "
		       "written)\n", o->file, m.t.kode, m.t.versi,
		       lke_template_nkriteria(&m.t));
	else if (!rc)
		printf("%s: template %s versi %d %s (%d kriteria)\n", o->file,
		       m.t.kode, m.t.versi, same ? "already stored" : "stored",
		       lke_template_nkriteria(&m.t));
	sbuf_release(&def);
	lke_template_mem_free(&m);
	if (!rc)
		return EXIT_OK;
	sk_err_prefix(&e, "%s", o->file);
	return cli_fail(&e);
}

static int tpl_ekspor(struct cli *c, const struct evaluasi_opts *o)
{
	struct lke_tpl_set tpl = { 0 };
	const struct lke_template *t;
	struct sbuf b = SBUF_INIT(0);
	struct sk_err e = { 0, "" };
	const char *kode = o->kode ? o->kode : LKE_TEMPLATE_88_2021;
	int rc = 0;

	if (!lke_template_builtin(kode))
		rc = store_open(c->db_path, &tpl.s, &e);
	t = rc ? NULL : lke_tpl_find(kode, o->versi, &tpl);
	store_close(tpl.s);
	tpl.s = NULL;
	if (!rc && !t)
		rc = sk_errf(&e, SK_ENOTFOUND, "no template %s%s", kode,
			     o->versi ? " of that version" : "");
	if (!rc) {
		lke_json_template_write(t, &b);
		rc = file_write(o->out, b.z, b.n, &e);
	}
	sbuf_release(&b);
	lke_tpl_set_free(&tpl);
	return rc ? cli_fail(&e) : EXIT_OK;
}

int evaluasi_template_cmd(struct cli *c, const char *action,
			  const struct evaluasi_opts *o)
{
	if (strcmp(action, "impor") == 0)
		return tpl_impor(c, o);
	if (strcmp(action, "ekspor") == 0)
		return tpl_ekspor(c, o);
	return evaluasi_usage("template: impor or ekspor, not '%s'", action);
}
