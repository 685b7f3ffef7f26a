#include "cli.h"
#include "../io/file.h"
#include "../io/json.h"
#include "../io/tabular.h"
#include "../store/store.h"

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
	struct store *s = NULL;
	struct pkg p;
	int i, rc;

	for (i = 1; i < c->argc; i++) {
		const char *a = c->argv[i], *v = i + 1 < c->argc ? c->argv[i + 1] : NULL;

		if (strcmp(a, "--help") == 0) {
			fputs(zUsage, stdout);
			return EXIT_OK;
		} else if (strcmp(a, "--instansi") == 0 && v) {
			instansi = v, i++;
		} else if (strcmp(a, "--pemda") == 0 && v) {
			pemda = v, i++;
		} else if (strcmp(a, "--format") == 0 && v) {
			format = v, i++;
		} else if (strcmp(a, "-o") == 0 && v) {
			out = v, i++;
		} else {
			fprintf(stderr, "sakip export: unexpected '%s'\n%s", a, zUsage);
			return EXIT_USAGE;
		}
	}
	if (strcmp(format, "json") && strcmp(format, "xlsx") && strcmp(format, "csv")) {
		fprintf(stderr, "sakip export: unknown format '%s'\n", format);
		return EXIT_USAGE;
	}
	pkg_init(&p);
	rc = store_open(c->db_path, &s, &e);
	if (!rc)
		rc = store_load_pkg(s, pemda, instansi, &p, &e);
	store_close(s);
	if (!rc && strcmp(format, "json")) {
		rc = strcmp(format, "xlsx") == 0 ? tab_export_xlsx(&p, instansi, out, &e) :
			tab_export_csv(&p, instansi, &b) ?
			sk_errf(&e, SK_ENOTFOUND, "no instansi '%s'", instansi) :
			b.err ? sk_errf(&e, b.err, "export too large") :
			file_write(out, b.z, b.n, &e);
		sbuf_release(&b);
		pkg_free(&p);
		return rc ? cli_fail(&e) : EXIT_OK;
	}
	if (!rc && json_write_pkg(&p, instansi, &b))
		rc = sk_errf(&e, SK_ENOTFOUND, "no instansi '%s'", instansi);
	if (!rc && b.err)
		rc = sk_errf(&e, b.err, "export too large");
	if (!rc)
		rc = file_write(out, b.z, b.n, &e);
	sbuf_release(&b);
	pkg_free(&p);
	return rc ? cli_fail(&e) : EXIT_OK;
}
