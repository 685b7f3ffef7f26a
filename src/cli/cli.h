/* cli: the subcommands of `sakip`. One command per cmd_*.c, registered in
 * main.c's table. Commands print to stdout and stderr and return the exit
 * status: 0 ok, 1 the data is wrong, 2 usage or I/O error. */
#ifndef SAKIP_CLI_H
#define SAKIP_CLI_H

#include "../util/err.h"

#include <stddef.h>

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

/* Options of a command, in a table ending with { NULL }. */
enum cli_opt_kind {
	OPT_STR,   /* dst is a const char ** */
	OPT_TAHUN, /* dst is an int *: a year 1900–2199 */
	OPT_INT,   /* dst is an int * */
	OPT_FLAG,  /* dst is an int *, set to 1 */
};
struct cli_opt {
	const char *name; /* "--tahun", "-o" */
	enum cli_opt_kind kind;
	void *dst;
};
#define CLI_HELP (-1) /* cli_parse printed --help: exit 0 */

/* Parses c->argv[1..] against opts; up to npos arguments that are not
 * options go to pos. Returns 0, CLI_HELP, or EXIT_USAGE after printing
 * what is wrong and the usage to stderr. */
int cli_parse(struct cli *c, const char *cmd, const char *usage,
	      const struct cli_opt *opts, const char **pos, int npos);
/* 0 when v is one of the NULL-terminated allowed words, else prints
 * "sakip CMD: unknown WHAT 'v' (a, b)" and returns EXIT_USAGE. */
int cli_one_of(const char *cmd, const char *what, const char *v,
	       const char *const *allowed);
struct pkg;
/* Opens the database and loads the pemda (or one agency) into p
 * (pkg_init'ed here; pkg_free'd on failure). */
int cli_load_pkg(const struct cli *c, const char *pemda, const char *instansi,
		 struct pkg *p, struct sk_err *e);

/* Today as YYYY-MM-DD into buf: $SAKIP_NOW when set and not empty (the
 * clock tests fix), else the local date. SK_EUSAGE naming SAKIP_NOW when
 * it is set to anything but a real date YYYY-MM-DD; every command that
 * needs today reads it here. */
int cli_today(char buf[11], struct sk_err *e);
/* Who the audit rows of a command's writes name: "cli:" and the OS user,
 * into buf. */
void cli_oleh(char *buf, size_t cap);

/* Prints "sakip: <msg>" to stderr and returns the exit status for e. */
int cli_fail(const struct sk_err *e);
/* Exit status for an error code. */
int cli_status(int code);

#endif
