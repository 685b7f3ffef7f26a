#include "cmd_import.h"
#include "../io/file.h"
#include "../io/json.h"
#include "../store/store.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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

int import_save(struct store *s, const struct pkg *p, struct sk_err *e)
{
	struct store_save_info info;
	char who[96];
	int rc;

	memset(&info, 0, sizeof info);
	cli_oleh(who, sizeof who);
	info.who = who;
	if ((rc = store_save_pkg_as(s, p, &info, e)))
		return rc;
	if (info.norphan)
		fprintf(stderr, "sakip import: warning: %d realisasi entri "
			"kept without an indikator (their kode is no longer "
			"in the plan): %s\n", info.norphan, info.orphan);
	return 0;
}

int cmd_import(struct cli *c)
{
	struct import_opsi o;
	const char *path = NULL;
	struct sbuf buf, errs = SBUF_INIT(0);
	struct sk_err e = { 0, "" };
	struct store *s = NULL;
	struct pkg p;
	int rc;
	const struct cli_opt opts[] = {
		{ "--dry-run", OPT_FLAG, &o.dry },
		{ "--sebagian", OPT_FLAG, &o.sebagian },
		{ "--mapping", OPT_STR, &o.mapping },
		{ "--instansi", OPT_STR, &o.instansi },
		{ "--pemda", OPT_STR, &o.pemda },
		{ "--tahun", OPT_TAHUN, &o.tahun },
		{ NULL, 0, NULL },
	};

	memset(&o, 0, sizeof o);
	if ((rc = cli_parse(c, "import", zUsage, opts, &o.path, 1)))
		return rc == CLI_HELP ? EXIT_OK : rc;
	if (!(path = o.path)) {
		fputs(zUsage, stderr);
		return EXIT_USAGE;
	}
	if ((o.fmt = import_format(path)) != IMPORT_JSON)
		return import_tabel(c->db_path, &o);
	if (o.sebagian || o.mapping || o.instansi || o.pemda || o.tahun) {
		fprintf(stderr, "sakip import: %s is JSON; --sebagian, --mapping, "
			"--instansi, --pemda and --tahun are for XLSX and CSV\n",
			path);
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
	if (!o.dry) {
		rc = store_open(c->db_path, &s, &e);
		if (!rc)
			rc = import_save(s, &p, &e);
		store_close(s);
		if (rc) {
			pkg_free(&p);
			return cli_fail(&e);
		}
	}
	printf("%s: %s %d instansi%s\n", path, o.dry ? "valid:" : "imported",
	       p.ninstansi, o.dry ? " (nothing written)" : "");
	pkg_free(&p);
	return EXIT_OK;
}
