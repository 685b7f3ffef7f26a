#include "cli.h"
#include "../io/file.h"
#include "../io/json.h"
#include "../store/store.h"

#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char zUsage[] =
	"usage: sakip import [--dry-run] FILE.json\n"
	"       sakip import [--dry-run] [--sebagian] [--instansi KODE] [--pemda KODE]\n"
	"                    [--tahun YYYY] [--mapping MAP.json] FILE.xlsx|FILE.csv\n"
	"\n"
	"Validates a sakip/1 package as a whole, then writes it in one\n"
	"transaction; an agency already stored is replaced, keeping the\n"
	"realisation entries made in the web app. A year locked there refuses\n"
	"an import that changes its figures. With --dry-run only validates.\n"
	"Exit status: 0 ok, 1 data errors or a locked year, 2 usage/IO errors.\n"
	"\n"
	"The format is found from the content: a zip is XLSX, first lines\n"
	"with ';', ',' or tabs are CSV. A workbook from 'sakip template', or a\n"
	"sheet or CSV with headers such as Kode Indikator, Realisasi 2024,\n"
	"Target 2025, TW II 2024, updates the values of stored indicators; any\n"
	"other table is read through --mapping (docs/spreadsheets.md). Every\n"
	"problem is listed with its cell (Realisasi!I12); nothing is written\n"
	"unless every row is valid, or with --sebagian the valid rows are.\n";

/* Who the audit rows name: "cli:" and the OS user. */
static void import_who(char *buf, size_t cap)
{
	const struct passwd *pw = getpwuid(geteuid());
	const char *u = pw ? pw->pw_name : getenv("USER");

	snprintf(buf, cap, "cli:%s", u && *u ? u : "?");
}

int cmd_import(struct cli *c)
{
	struct store_save_info info;
	char who[96];
	const char *path = NULL;
	struct sbuf buf, errs = SBUF_INIT(0);
	struct sk_err e = { 0, "" };
	struct store *s = NULL;
	struct pkg p;
	int i, dry = 0, rc;

	if ((rc = cmd_import_tabel(c)) >= 0)
		return rc;              /* a spreadsheet, not JSON */
	for (i = 1; i < c->argc; i++) {
		if (strcmp(c->argv[i], "--help") == 0) {
			fputs(zUsage, stdout);
			return EXIT_OK;
		} else if (strcmp(c->argv[i], "--dry-run") == 0) {
			dry = 1;
		} else if (!path && (c->argv[i][0] != '-' || !c->argv[i][1])) {
			path = c->argv[i];
		} else {
			fprintf(stderr, "sakip import: unexpected '%s'\n%s",
				c->argv[i], zUsage);
			return EXIT_USAGE;
		}
	}
	if (!path) {
		fputs(zUsage, stderr);
		return EXIT_USAGE;
	}
	if ((rc = file_read(path, JSON_MAX_BYTES, &buf, &e)))
		return cli_fail(&e);
	pkg_init(&p);
	rc = json_read_pkg(path, buf.z, buf.n, &p, &errs);
	sbuf_release(&buf);
	if (rc) {
		fputs(errs.z, stderr);
		if (errs.n && errs.z[errs.n - 1] != '\n')
			fputc('\n', stderr);
		fprintf(stderr, "sakip import: %s: nothing was written\n", path);
		sbuf_release(&errs);
		return rc == SK_EINVAL ? EXIT_DATA : EXIT_USAGE;
	}
	sbuf_release(&errs);
	if (!dry) {
		memset(&info, 0, sizeof info);
		import_who(who, sizeof who);
		info.who = who;
		rc = store_open(c->db_path, &s, &e);
		if (!rc)
			rc = store_save_pkg_as(s, &p, &info, &e);
		store_close(s);
		if (rc) {
			pkg_free(&p);
			return cli_fail(&e);
		}
		if (info.norphan)
			fprintf(stderr, "sakip import: warning: %d realisasi entri "
				"kept without an indikator (their kode is no longer "
				"in the plan): %s\n", info.norphan, info.orphan);
	}
	printf("%s: %s %d instansi%s\n", path, dry ? "valid:" : "imported",
	       p.ninstansi, dry ? " (nothing written)" : "");
	pkg_free(&p);
	return EXIT_OK;
}
