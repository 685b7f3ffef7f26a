#include "cmd_laporan.h"
#include "../io/file.h"
#include "../report/laporan.h"
#include "../report/lhe_load.h"
#include "../report/render.h"
#include "../store/store.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static const char zUsage[] =
	"usage: sakip laporan pk    --instansi KODE --tahun YYYY [--perubahan]\n"
	"                           --format docx|html -o FILE [--pemda KODE]\n"
	"       sakip laporan lkjip --instansi KODE --tahun YYYY\n"
	"                           --format docx|html|xlsx -o FILE [--pemda KODE]\n"
	"       sakip laporan lhe   --instansi KODE --tahun YYYY\n"
	"                           --format docx|html [-o FILE] [--pemda KODE]\n"
	"\n"
	"Writes the Perjanjian Kinerja (PK Perubahan with --perubahan) or the\n"
	"LKjIP of an agency from the stored data. Narrative sections come from\n"
	"the package's narasi; empty ones are marked as placeholders.\n"
	"lhe writes the Laporan Hasil Evaluasi of the agency's AKIP evaluation:\n"
	"the year's penetapan scored beside last year's, the notes, the\n"
	"recommendations and the follow-up of last year's (to standard output\n"
	"without -o). `sakip evaluasi lhe` is the same command.\n"
	"--pemda names the agency's pemda; it is needed only when the\n"
	"database holds that agency kode in several pemda.\n"
	"The report's own date is today, or $SAKIP_NOW (YYYY-MM-DD) when set.\n"
	"FILE is written through a temporary file and renamed.\n"
	"--bench N does it all (load, compute, build, render, write) N times\n"
	"and prints the mean time of one run to standard error (pk, lkjip).\n";

struct args {
	const char *jenis, *instansi, *pemda, *format, *out;
	int tahun, perubahan, bench;
};

static int parse(struct cli *c, struct args *a)
{
	const struct cli_opt opts[] = {
		{ "--instansi", OPT_STR, &a->instansi },
		{ "--pemda", OPT_STR, &a->pemda },
		{ "--tahun", OPT_TAHUN, &a->tahun },
		{ "--format", OPT_STR, &a->format },
		{ "-o", OPT_STR, &a->out },
		{ "--bench", OPT_INT, &a->bench },
		{ "--perubahan", OPT_FLAG, &a->perubahan },
		{ NULL, 0, NULL },
	};

	memset(a, 0, sizeof *a);
	return cli_parse(c, "laporan", zUsage, opts, &a->jenis, 1);
}

static const char *check(const struct args *a)
{
	int lhe = a->jenis && strcmp(a->jenis, "lhe") == 0;

	if (!a->jenis || (strcmp(a->jenis, "pk") && strcmp(a->jenis, "lkjip") &&
			  !lhe))
		return "the document must be 'pk', 'lkjip' or 'lhe'";
	if (a->tahun < 1900 || a->tahun > 2199)
		return "--tahun YYYY is required";
	if (lhe && !a->instansi)
		return "--instansi KODE is required";
	if (!a->format)
		return "--format is required";
	if (strcmp(a->format, "docx") && strcmp(a->format, "html") &&
	    (strcmp(a->format, "xlsx") || strcmp(a->jenis, "lkjip")))
		return strcmp(a->jenis, "lkjip") == 0 ?
		       "--format must be docx, html or xlsx" :
		       "--format must be docx or html";
	if (a->perubahan && strcmp(a->jenis, "pk"))
		return "--perubahan is for 'pk' only";
	if (lhe && a->bench)
		return "--bench is for 'pk' and 'lkjip'";
	if (!a->out && !lhe)
		return "-o FILE is required";
	if (a->bench < 0 || a->bench > 100000)
		return "--bench N: N from 1 to 100000";
	return NULL;
}

static int render(const struct args *a, const struct doc *d, struct sbuf *out,
		  struct sk_err *e)
{
	if (strcmp(a->format, "docx") == 0)
		return docx_render(d, out, e);
	if (strcmp(a->format, "html") == 0)
		return html_render(d, out, e);
	return xlsx_render(d, out, e);
}

/* One whole run: load, compute, build, render, write. */
static int run(struct cli *c, const struct args *a, const struct laporan_opsi *o,
	       struct sk_err *e)
{
	struct sbuf out = SBUF_INIT(0);
	struct doc d;
	struct pkg p;
	int rc;

	if ((rc = cli_load_pkg(c, a->pemda, a->instansi, &p, e)))
		return rc;
	doc_init(&d);
	if (!rc)
		rc = strcmp(a->jenis, "pk") == 0 ? laporan_pk(&p, o, &d, e) :
						  laporan_lkjip(&p, o, &d, e);
	if (!rc)
		rc = render(a, &d, &out, e);
	if (!rc)
		rc = file_write(a->out, out.z, out.n, e);
	sbuf_release(&out);
	doc_free(&d);
	pkg_free(&p);
	return rc;
}

/* ---- lhe ------------------------------------------------------------------ */

int laporan_lhe_cmd(struct cli *c, const char *pemda, const char *instansi,
		    int tahun, const char *format, const char *out)
{
	struct sk_err e = { 0, "" };
	struct sbuf b = SBUF_INIT(0);
	struct store *s = NULL;
	struct lhe_src k;
	struct doc d;
	char tgl[16], buf[NUM_BUFSZ];
	int rc;

	if ((rc = cli_today(tgl, &e)))
		return cli_fail(&e);
	lhe_src_init(&k);
	doc_init(&d);
	rc = store_open(c->db_path, &s, &e);
	if (!rc)
		rc = lhe_load(s, pemda, instansi, tahun, tgl, &k, &e);
	store_close(s);
	if (!rc)
		rc = laporan_lhe(&k.x, &d, &e);
	if (!rc)
		rc = strcmp(format, "docx") == 0 ? docx_render(&d, &b, &e)
						 : html_render(&d, &b, &e);
	if (!rc)
		rc = file_write(out, b.z, b.n, &e);
	if (!rc && strcmp(out, "-") != 0)
		printf("%s: LHE %s %d, %s (metode %s), predikat %s\n", out,
		       instansi, tahun, num_format(k.s.total2, 2, NUM_ID, buf),
		       lke_metode_kode(k.s.metode), k.s.predikat);
	sbuf_release(&b);
	doc_free(&d);
	lhe_src_free(&k);
	return rc ? cli_fail(&e) : EXIT_OK;
}

static double now_ms(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec * 1e3 + (double)t.tv_nsec / 1e6;
}

int cmd_laporan(struct cli *c)
{
	struct args a;
	struct laporan_opsi o;
	struct sk_err e = { 0, "" };
	char tgl[16];
	const char *why;
	double t0;
	int rc, i;

	if ((rc = parse(c, &a)))
		return rc < 0 ? EXIT_OK : rc;
	if ((why = check(&a))) {
		fprintf(stderr, "sakip laporan: %s\n%s", why, zUsage);
		return EXIT_USAGE;
	}
	if (strcmp(a.jenis, "lhe") == 0)
		return laporan_lhe_cmd(c, a.pemda, a.instansi, a.tahun,
				       a.format, a.out ? a.out : "-");
	if ((rc = cli_today(tgl, &e)))
		return cli_fail(&e);
	memset(&o, 0, sizeof o);
	o.tahun = a.tahun;
	o.instansi = a.instansi;
	o.perubahan = a.perubahan;
	o.hari_ini = tgl;
	t0 = now_ms();
	rc = run(c, &a, &o, &e);
	for (i = 1; !rc && i < a.bench; i++)
		rc = run(c, &a, &o, &e);
	if (!rc && a.bench)
		fprintf(stderr, "sakip laporan: %d runs, %.2f ms/run\n", a.bench,
			(now_ms() - t0) / a.bench);
	return rc ? cli_fail(&e) : EXIT_OK;
}
