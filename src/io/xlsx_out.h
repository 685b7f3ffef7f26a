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
#include "../util/sbuf.h"

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

/* Cell text as OOXML stores it. A reader takes "_xHHHH_" (4 hex digits)
 * in a string for the character U+HHHH, so each literal "_x" that starts
 * such a sequence is written "_x005F_x" (the "_" itself escaped).
 * Returns z itself when it holds no such sequence (no allocation), else
 * tmp->z holding the escaped copy; NULL when tmp ran out (tmp->err). */
const char *xlsx_out_text(const char *z, struct sbuf *tmp);
/* worksheet_write_string() of xlsx_out_text(z): the one way our writers put
 * text in a cell. LXW_ERROR_MEMORY_MALLOC_FAILED when escaping ran out. */
lxw_error xlsx_out_write_text(lxw_worksheet *ws, lxw_row_t row, lxw_col_t col,
			  const char *z, lxw_format *f);

#endif
