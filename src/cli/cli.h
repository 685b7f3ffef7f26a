/* cli: the subcommands of `sakip`. One command per cmd_*.c, registered in
 * main.c's table. Commands print to stdout and stderr and return the exit
 * status: 0 ok, 1 the data is wrong, 2 usage or I/O error. */
#ifndef SAKIP_CLI_H
#define SAKIP_CLI_H

#include "../util/err.h"

enum { EXIT_OK = 0, EXIT_DATA = 1, EXIT_USAGE = 2 };

struct cli {
	const char *db_path; /* --db, $SAKIP_DB, or ./sakip.db */
	int argc;            /* the command's own arguments, argv[0] its name */
	char **argv;
};

typedef int (*cmd_fn)(struct cli *c);

int cmd_import(struct cli *c);
int cmd_laporan(struct cli *c);
int cmd_export(struct cli *c);
int cmd_hitung(struct cli *c);
int cmd_evaluasi(struct cli *c);
int cmd_reviu(struct cli *c);
int cmd_template(struct cli *c);
int cmd_serve(struct cli *c);
int cmd_user(struct cli *c);
/* import of XLSX/CSV; -1 when the file is JSON (cmd_import goes on). */
int cmd_import_tabel(struct cli *c);

/* Prints "sakip: <msg>" to stderr and returns the exit status for e. */
int cli_fail(const struct sk_err *e);
/* Exit status for an error code. */
int cli_status(int code);

#endif
