#include "cli.h"
#include "../core/hitung.h"
#include "../io/file.h"
#include "../io/hasil.h"
#include "../io/hasil_xlsx.h"
#include "../store/store.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char zUsage[] =
	"usage: sakip hitung --tahun YYYY [--instansi KODE] [--pemda KODE]\n"
	"                    [--format text|json|csv|xlsx] [-o FILE]\n"
	"\n"
	"Computes every indicator's capaian (true and capped), capaian against\n"
	"the Renstra end target and predikat; serapan per budget line, sasaran\n"
	"and agency; efisiensi. --format json prints sakip-expected/1; xlsx\n"
	"writes a workbook (sheets Capaian, Sasaran, Anggaran, Efisiensi).\n";

int cmd_hitung(struct cli *c)
{
	const char *instansi = NULL, *pemda = NULL, *format = "text", *path = "-";
	struct store *s = NULL;
	struct sk_err e = { 0, "" };
	struct pkg p;
	struct hasil h;
	struct sbuf out = SBUF_INIT(0);
	int i, tahun = 0, rc;

	for (i = 1; i < c->argc; i++) {
		const char *a = c->argv[i], *v = i + 1 < c->argc ? c->argv[i + 1] : NULL;

		if (strcmp(a, "--help") == 0) {
			fputs(zUsage, stdout);
			return EXIT_OK;
		} else if (strcmp(a, "--tahun") == 0 && v) {
			tahun = atoi(v), i++;
		} else if (strcmp(a, "--instansi") == 0 && v) {
			instansi = v, i++;
		} else if (strcmp(a, "--pemda") == 0 && v) {
			pemda = v, i++;
		} else if (strcmp(a, "--format") == 0 && v) {
			format = v, i++;
		} else if (strcmp(a, "-o") == 0 && v) {
			path = v, i++;
		} else {
			fprintf(stderr, "sakip hitung: unexpected '%s'\n%s", a, zUsage);
			return EXIT_USAGE;
		}
	}
	if (tahun < 1900 || tahun > 2199) {
		fprintf(stderr, "sakip hitung: --tahun YYYY is required\n%s", zUsage);
		return EXIT_USAGE;
	}
	if (strcmp(format, "text") && strcmp(format, "json") && strcmp(format, "csv") &&
	    strcmp(format, "xlsx")) {
		fprintf(stderr, "sakip hitung: unknown format '%s'\n", format);
		return EXIT_USAGE;
	}
	pkg_init(&p);
	if ((rc = store_open(c->db_path, &s, &e)) ||
	    (rc = store_load_pkg(s, pemda, instansi, &p, &e)) ||
	    (rc = hitung_pkg(&p, tahun, instansi, &h, &e))) {
		store_close(s);
		pkg_free(&p);
		return cli_fail(&e);
	}
	if (strcmp(format, "xlsx") == 0)
		rc = hasil_write_xlsx(&h, path, &e);
	else if (strcmp(format, "json") == 0)
		hasil_write_json(&h, &out);
	else if (strcmp(format, "csv") == 0)
		hasil_write_csv(&h, &out);
	else
		hasil_write_text(&h, &out);
	if (strcmp(format, "xlsx"))
		rc = out.err ? sk_errf(&e, out.err, "output too large") :
			file_write(path, out.z, out.n, &e);
	sbuf_release(&out);
	hasil_free(&h);
	pkg_free(&p);
	store_close(s);
	return rc ? cli_fail(&e) : EXIT_OK;
}
