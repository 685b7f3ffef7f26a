/* cmd_evaluasi_terbit: `sakip evaluasi terbit` — the evaluator's
 * penetapan of a year published to the agency (it then sees the scores,
 * the grade and the LHE on the web), or withdrawn with --batal. Audited
 * like the CLI's other writes: no web user, the OS user named. */
#include "cmd_evaluasi.h"
#include "../store/store_web_lke.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

int evaluasi_terbit(struct cli *c, const struct evaluasi_opts *o)
{
	struct web_actor who = { 0, (int64_t)time(NULL) };
	struct sk_err e = { 0, "" };
	struct store *s = NULL;
	char oleh[96];
	int rc, berubah = 0;

	if (!o->instansi || !o->tahun)
		return evaluasi_usage("terbit: --instansi and --tahun are "
				      "required%s", "");
	cli_oleh(oleh, sizeof oleh);
	rc = store_open(c->db_path, &s, &e);
	if (!rc)
		rc = store_web_lke_terbit(s, &who, oleh, o->pemda, o->instansi,
					  o->tahun, !o->batal, &berubah, &e);
	store_close(s);
	if (rc)
		return cli_fail(&e);
	printf("penetapan %s %d: %s\n", o->instansi, o->tahun,
	       berubah ? (o->batal ? "withdrawn" : "published")
	       : (o->batal ? "not published (nothing written)"
		  : "published already (nothing written)"));
	return EXIT_OK;
}
