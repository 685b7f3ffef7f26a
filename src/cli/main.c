/* sakip — the SAKIP performance-accountability cycle in one binary. */
#include "cli.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const struct command {
	const char *name;
	cmd_fn fn;
	const char *help;
} aCmd[] = {
	/* sorted by name */
	{ "evaluasi", cmd_evaluasi, "AKIP evaluation: import, export and score LKE worksheets" },
	{ "export", cmd_export, "write the stored data as a sakip/1 package" },
	{ "hitung", cmd_hitung, "compute capaian, serapan, predikat and efisiensi" },
	{ "import", cmd_import, "import a sakip/1 JSON package, an XLSX or CSV table" },
	{ "laporan", cmd_laporan, "write the PK, the LKjIP or the LHE as DOCX, HTML or XLSX" },
	{ "reviu", cmd_reviu, "find every error a year's printed figures contain" },
	{ "serve", cmd_serve, "serve the web app (dashboards, entry, verification)" },
	{ "template", cmd_template, "write an XLSX template to fill in (renstra, realisasi)" },
	{ "user", cmd_user, "add, disable or reset accounts of the web app" },
};

static void usage(FILE *f)
{
	size_t i;

	fprintf(f, "usage: sakip [--db PATH] COMMAND [ARGS]\n\ncommands:\n");
	for (i = 0; i < sizeof aCmd / sizeof aCmd[0]; i++)
		fprintf(f, "  %-10s %s\n", aCmd[i].name, aCmd[i].help);
	fprintf(f, "\nThe database is --db PATH, else $SAKIP_DB, else ./sakip.db.\n"
		   "Run 'sakip COMMAND --help' for a command's options.\n");
}

int cli_status(int code)
{
	if (code == SK_EINVAL || code == SK_ENOTFOUND || code == SK_EPERM)
		return EXIT_DATA;
	return EXIT_USAGE;
}

int cli_fail(const struct sk_err *e)
{
	fprintf(stderr, "sakip: %s\n", e->msg[0] ? e->msg : "error");
	return cli_status(e->code);
}

int main(int argc, char **argv)
{
	struct cli c;
	int i = 1;
	size_t k;

	memset(&c, 0, sizeof c);
	c.db_path = getenv("SAKIP_DB");
	while (i < argc && argv[i][0] == '-') {
		if (strcmp(argv[i], "--db") == 0 && i + 1 < argc) {
			c.db_path = argv[i + 1];
			i += 2;
		} else if (strncmp(argv[i], "--db=", 5) == 0) {
			c.db_path = argv[i] + 5;
			i++;
		} else if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
			usage(stdout);
			return EXIT_OK;
		} else {
			fprintf(stderr, "sakip: unknown option '%s'\n", argv[i]);
			usage(stderr);
			return EXIT_USAGE;
		}
	}
	if (!c.db_path || !c.db_path[0])
		c.db_path = "sakip.db";
	if (i >= argc) {
		usage(stderr);
		return EXIT_USAGE;
	}
	for (k = 0; k < sizeof aCmd / sizeof aCmd[0]; k++) {
		if (strcmp(argv[i], aCmd[k].name) == 0) {
			c.argc = argc - i;
			c.argv = argv + i;
			return aCmd[k].fn(&c);
		}
	}
	fprintf(stderr, "sakip: unknown command '%s'\n", argv[i]);
	usage(stderr);
	return EXIT_USAGE;
}
