#include "cli.h"
#include "../core/hitung.h"
#include "../io/file.h"
#include "../io/hasil.h"
#include "../io/hasil_xlsx.h"

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
	struct sk_err e = { 0, "" };
	struct pkg p;
	struct hasil h;
	struct sbuf out = SBUF_INIT(0);
	int tahun = 0, rc;
	const struct cli_opt opts[] = {
		{ "--tahun", OPT_TAHUN, &tahun },
		{ "--instansi", OPT_STR, &instansi },
		{ "--pemda", OPT_STR, &pemda },
		{ "--format", OPT_STR, &format },
		{ "-o", OPT_STR, &path },
		{ NULL, 0, NULL },
	};
	static const char *const formats[] = { "text", "json", "csv", "xlsx", NULL };

	if ((rc = cli_parse(c, "hitung", zUsage, opts, NULL, 0)))
		return rc == CLI_HELP ? EXIT_OK : rc;
	if (!tahun) {
		fprintf(stderr, "sakip hitung: --tahun YYYY is required\n%s", zUsage);
		return EXIT_USAGE;
	}
	if (cli_one_of("hitung", "format", format, formats))
		return EXIT_USAGE;
	if ((rc = cli_load_pkg(c, pemda, instansi, &p, &e)))
		return cli_fail(&e);
	if ((rc = hitung_pkg(&p, tahun, instansi, &h, &e))) {
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
		rc = file_write_sbuf(path, &out, "output", &e);
	sbuf_release(&out);
	hasil_free(&h);
	pkg_free(&p);
	return rc ? cli_fail(&e) : EXIT_OK;
}
