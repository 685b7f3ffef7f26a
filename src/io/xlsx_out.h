/* xlsx_out: a libxlsxwriter workbook written atomically.
 *
 * libxlsxwriter writes to a file name; the workbook goes to a temporary
 * file beside the destination and is renamed into place when complete,
 * so a reader never sees half a workbook ("-": copied to standard output
 * and removed). The creation time in docProps is $SOURCE_DATE_EPOCH when
 * set, so the same data gives the same bytes. */
#ifndef SAKIP_XLSX_OUT_H
#define SAKIP_XLSX_OUT_H

#include "../util/err.h"

#include <xlsxwriter.h>

struct xlsx_out {
	lxw_workbook *wb;
	const char *path;
	char tmp[4096];
};

/* Opens o->wb for path. Returns 0, or SK_EIO. */
int xlsx_out_open(struct xlsx_out *o, const char *path, const char *title,
		  struct sk_err *e);
/* Closes the workbook and puts it in place. Returns 0, or SK_EIO with
 * nothing left behind. */
int xlsx_out_close(struct xlsx_out *o, struct sk_err *e);
/* Throws the workbook away. */
void xlsx_out_abort(struct xlsx_out *o);

#endif
