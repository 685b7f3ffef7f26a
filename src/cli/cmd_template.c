#include "cli.h"
#include "../io/xlsx_template.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char zUsage[] =
	"usage: sakip template --jenis renstra|realisasi --instansi KODE\n"
	"                      --tahun YYYY [--pemda KODE] -o FILE.xlsx\n"
	"\n"
	"Writes a workbook to fill in: one row per indicator of the agency with\n"
	"its codes, name, unit, polarity and target locked, and input cells for\n"
	"the year's realisasi and quarters (realisasi) or the Renstra period's\n"
	"targets (renstra), prefilled with what is stored. Fill it in and give\n"
	"it back to 'sakip import'.\n";

int cmd_template(struct cli *c)
{
	const char *instansi = NULL, *pemda = NULL, *jenis = NULL, *out = NULL;
	struct sk_err e = { 0, "" };
	enum template_jenis j;
	struct pkg p;
	int tahun = 0, rc;
	const struct cli_opt opts[] = {
		{ "--jenis", OPT_STR, &jenis },
		{ "--instansi", OPT_STR, &instansi },
		{ "--pemda", OPT_STR, &pemda },
		{ "--tahun", OPT_TAHUN, &tahun },
		{ "-o", OPT_STR, &out },
		{ NULL, 0, NULL },
	};

	if ((rc = cli_parse(c, "template", zUsage, opts, NULL, 0)))
		return rc == CLI_HELP ? EXIT_OK : rc;
	if (!jenis || template_jenis_parse(jenis, &j) || !instansi || !out ||
	    !tahun) {
		fprintf(stderr, "sakip template: --jenis renstra|realisasi, "
			"--instansi, --tahun YYYY and -o FILE are required\n%s", zUsage);
		return EXIT_USAGE;
	}
	rc = cli_load_pkg(c, pemda, instansi, &p, &e);
	if (!rc)
		rc = xlsx_template_write(&p, instansi, j, tahun, out, &e);
	pkg_free(&p);
	if (rc)
		return cli_fail(&e);
	if (strcmp(out, "-"))
		fprintf(stderr, "%s: %s template of %s, %d\n", out, jenis, instansi,
			tahun);
	return EXIT_OK;
}
