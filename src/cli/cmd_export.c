#include "cli.h"
#include "../io/file.h"
#include "../io/json.h"
#include "../io/tabular.h"

#include <stdio.h>
#include <string.h>

static const char zUsage[] =
	"usage: sakip export [--pemda KODE] [--instansi KODE] [--format json|xlsx|csv]\n"
	"                    [-o FILE]\n"
	"\n"
	"Writes the stored data as a canonical sakip/1 package: import, export,\n"
	"import and export again gives identical bytes. xlsx and csv write the\n"
	"indicators as a table (targets, realisasi, quarters) that 'sakip\n"
	"import' reads back; xlsx adds the budget lines.\n";

int cmd_export(struct cli *c)
{
	const char *instansi = NULL, *pemda = NULL, *format = "json", *out = "-";
	struct sbuf b = SBUF_INIT(0);
	struct sk_err e = { 0, "" };
	struct pkg p;
	int rc;
	const struct cli_opt opts[] = {
		{ "--instansi", OPT_STR, &instansi },
		{ "--pemda", OPT_STR, &pemda },
		{ "--format", OPT_STR, &format },
		{ "-o", OPT_STR, &out },
		{ NULL, 0, NULL },
	};
	static const char *const formats[] = { "json", "xlsx", "csv", NULL };

	if ((rc = cli_parse(c, "export", zUsage, opts, NULL, 0)))
		return rc == CLI_HELP ? EXIT_OK : rc;
	if (cli_one_of("export", "format", format, formats))
		return EXIT_USAGE;
	if ((rc = cli_load_pkg(c, pemda, instansi, &p, &e)))
		return cli_fail(&e);
	if (strcmp(format, "xlsx") == 0)
		rc = tab_export_xlsx(&p, instansi, out, &e);
	else if (strcmp(format, "csv") == 0 ? tab_export_csv(&p, instansi, &b) :
		 json_write_pkg(&p, instansi, &b))
		rc = sk_errf(&e, SK_ENOTFOUND, "no instansi '%s'", instansi);
	else
		rc = file_write_sbuf(out, &b, "export", &e);
	sbuf_release(&b);
	pkg_free(&p);
	return rc ? cli_fail(&e) : EXIT_OK;
}
