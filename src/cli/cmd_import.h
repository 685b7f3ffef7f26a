/* cmd_import.h: what the files of `sakip import` share (cmd_import.c,
 * cmd_import_tabel.c); not an API. */
#ifndef SAKIP_CMD_IMPORT_H
#define SAKIP_CMD_IMPORT_H

#include "cli.h"
#include "../store/store.h"

enum import_fmt { IMPORT_JSON, IMPORT_XLSX, IMPORT_CSV };

struct import_opsi {
	const char *path;
	enum import_fmt fmt;
	int dry;
	/* for XLSX and CSV only */
	const char *mapping, *instansi, *pemda;
	int tahun, sebagian;
};

/* The format of path from its first bytes; the name decides only what
 * the content does not (an .xlsx that is no zip is a broken workbook). */
enum import_fmt import_format(const char *path);
/* Saves p into s as an import: audited as "cli:" and the OS user
 * (store_save_pkg_as), a warning on stderr naming the realisation
 * entries left without their indicator. */
int import_save(struct store *s, const struct pkg *p, struct sk_err *e);
/* Imports the spreadsheet o->path (o->fmt XLSX or CSV) into the database
 * at db; the exit status. */
int import_tabel(const char *db, const struct import_opsi *o);

#endif
