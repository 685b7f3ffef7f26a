/* csv_read: a CSV file as a one-sheet struct xlsx_book (xlsx_read.h), so
 * that tables are read the same way whatever the file was.
 *
 * The delimiter is the one of ';', ',' and tab that the first lines have
 * most of outside quotes (Indonesian spreadsheets export with ';', their
 * decimal mark being ','). Fields are XLSX_TEXT, exactly as written;
 * empty fields are no cell. A UTF-8 byte order mark is skipped; the text
 * must be UTF-8. The rows, columns, cells and text-length limits of
 * struct xlsx_limits apply. Problems name "name!C12". */
#ifndef SAKIP_CSV_READ_H
#define SAKIP_CSV_READ_H

#include "xlsx_read.h"

/* The delimiter the first lines have most of (a title line may have
 * none), or 0 when they have none. */
#define CSV_SNIFF_LINES 10
int csv_delimiter(const char *buf, size_t n);

/* Reads buf[0..n) into b, its one sheet called sheet (a file's base
 * name). lim NULL: the defaults. Returns 0 (call xlsx_free), SK_EINVAL,
 * SK_ELIMIT, SK_ENOMEM with e naming the place. */
int csv_read(const char *sheet, const char *buf, size_t n,
	     const struct xlsx_limits *lim, struct xlsx_book *b,
	     struct sk_err *e);

#endif
