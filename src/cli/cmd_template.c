#include "cli.h"
#include "../io/xlsx_template.h"
#include "../store/store.h"

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
	struct store *s = NULL;
	enum template_jenis j;
	struct pkg p;
	int i, tahun = 0, rc;

	for (i = 1; i < c->argc; i++) {
		const char *a = c->argv[i], *v = i + 1 < c->argc ? c->argv[i + 1] : NULL;

		if (strcmp(a, "--help") == 0) {
			fputs(zUsage, stdout);
			return EXIT_OK;
		} else if (strcmp(a, "--jenis") == 0 && v) {
			jenis = v, i++;
		} else if (strcmp(a, "--instansi") == 0 && v) {
			instansi = v, i++;
		} else if (strcmp(a, "--pemda") == 0 && v) {
			pemda = v, i++;
		} else if (strcmp(a, "--tahun") == 0 && v) {
			tahun = atoi(v), i++;
		} else if (strcmp(a, "-o") == 0 && v) {
			out = v, i++;
		} else {
			fprintf(stderr, "sakip template: unexpected '%s'\n%s", a, zUsage);
			return EXIT_USAGE;
		}
	}
	if (!jenis || template_jenis_parse(jenis, &j) || !instansi || !out ||
	    tahun < 1900 || tahun > 2199) {
		fprintf(stderr, "sakip template: --jenis renstra|realisasi, "
			"--instansi, --tahun YYYY and -o FILE are required\n%s", zUsage);
		return EXIT_USAGE;
	}
	pkg_init(&p);
	rc = store_open(c->db_path, &s, &e);
	if (!rc)
		rc = store_load_pkg(s, pemda, instansi, &p, &e);
	store_close(s);
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
