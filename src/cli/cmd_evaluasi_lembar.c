/* cmd_evaluasi_lembar: `sakip evaluasi lembar` — a blank LKE worksheet
 * as XLSX for an agency to fill in, with the answers sakip suggests from
 * its data in the Saran columns (lke.md "Suggested answers"). */
#include "cmd_evaluasi.h"
#include "../core/lke_saran.h"
#include "../io/lke_load.h"
#include "../io/lke_xlsx.h"

#include <stdio.h>
#include <string.h>

/* The suggestions of the agency o names for the shipped template, into
 * *v (n of them, in a). */
static int saran_load(struct cli *c, const struct evaluasi_opts *o,
		      struct arena *a, struct lke_saran **v, int *n,
		      struct sk_err *e)
{
	struct lke_fakta f = { -1, 0, 0 };
	struct store *s = NULL;
	struct pkg p;
	int rc;

	pkg_init(&p);
	rc = store_open(c->db_path, &s, e);
	if (!rc)
		rc = store_load_pkg(s, o->pemda, o->instansi, &p, e);
	if (!rc && p.ninstansi != 1)
		rc = sk_errf(e, SK_ENOTFOUND, "no instansi '%s'", o->instansi);
	if (!rc)
		rc = lke_fakta_load(s, &p, o->instansi, o->tahun, &f, e);
	store_close(s);
	if (!rc && (*n = lke_saran(&lke_template_88_2021, &p.instansi[0],
				   o->tahun, &f, a, v)) < 0)
		rc = sk_errf(e, *n, "out of memory");
	pkg_free(&p);
	return rc;
}

int evaluasi_lembar(struct cli *c, const struct evaluasi_opts *o)
{
	const struct lke_template *t = &lke_template_88_2021;
	struct sk_err e = { 0, "" };
	struct arena a = ARENA_INIT;
	struct lke_saran *v = NULL;
	struct lke_lembar l;
	int rc, i, n = 0;

	if (o->format && strcmp(o->format, "xlsx"))
		return evaluasi_usage("lembar: --format '%s': xlsx", o->format);
	if (!o->instansi || !o->tahun)
		return evaluasi_usage("lembar: --instansi and --tahun are "
				      "required%s", "");
	if (!strcmp(o->out, "-"))
		return evaluasi_usage("lembar needs -o FILE.xlsx%s", " (a "
				      "workbook is not written to standard "
				      "output)");
	rc = saran_load(c, o, &a, &v, &n, &e);
	lke_lembar_init(&l);
	l.template_kode = t->kode;
	l.template_versi = t->versi;
	l.instansi = o->instansi;
	l.pemda = o->pemda;
	l.tahun = o->tahun;
	l.tahap = o->tahap ? o->tahap : LKE_USULAN;
	l.metode = LKE_METODE_P;
	if (!rc && n && !(l.j = arena_array(&a, (size_t)n, sizeof *l.j)))
		rc = sk_errf(&e, SK_ENOMEM, "out of memory");
	for (i = 0; !rc && i < n; i++) { /* no answer yet: the suggestion */
		l.j[i].kode = v[i].kode;
		l.j[i].saran = v[i].nilai;
		l.j[i].saran_bukti = v[i].bukti;
		l.n++;
	}
	if (!rc)
		rc = lke_xlsx_write(t, &l, o->out, &e);
	if (!rc)
		printf("%s: blank %s worksheet of %s %d, template %s versi %d, "
		       "%d suggestions\n", o->out, lke_tahap_kode(l.tahap),
		       o->instansi, o->tahun, t->kode, t->versi, n);
	arena_free(&a);
	return rc ? cli_fail(&e) : EXIT_OK;
}
