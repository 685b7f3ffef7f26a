/* xlsx_read_priv: what xlsx_read.c (zip, parts, workbook, styles, shared
 * strings) and xlsx_read_sheet.c (worksheets) share; not an API. */
#ifndef SAKIP_XLSX_READ_PRIV_H
#define SAKIP_XLSX_READ_PRIV_H

#include "xlsx_read.h"

#include <libxml/xmlreader.h>
#include <zip.h>

/* One read of a workbook. */
struct xr {
	zip_t *zip;
	const struct xlsx_limits *lim;
	struct xlsx_book *b;
	struct sk_err *e;
	size_t total;            /* uncompressed bytes inflated so far */
	size_t ncell;            /* cells kept so far, all sheets */
	const char **sst;        /* shared strings (in b->arena) */
	size_t nsst, capsst;
	unsigned char *xf_kind;  /* cellXfs index → XR_FMT_* */
	size_t nxf;
};

/* One XML part being read. */
struct xpart {
	struct xr *x;
	const char *name;        /* the part's path in the zip */
	zip_file_t *zf;
	zip_uint64_t declared;   /* uncompressed size the directory states */
	size_t got;              /* bytes inflated */
	int dtd;                 /* bytes of "<!DOCTYPE" matched so far */
	int failed;              /* the input callback put the error in x->e */
	xmlTextReaderPtr r;
	int xml_line;            /* first parser error */
	char xml_msg[200];
};

/* Opens the part name. Returns 0, 1 when it is absent and !required,
 * or a negative code with x->e set. */
int xr_part_open(struct xr *x, const char *name, int required,
		 struct xpart *p);
/* Moves to the next node: 1, 0 at the end, or a negative code with x->e
 * set (a parse error, a DTD, a size limit). */
int xr_part_next(struct xpart *p);
void xr_part_close(struct xpart *p);

/* The value of the attribute whose local name is local, copied into buf
 * (cap bytes), or NULL when absent or longer than cap - 1. Leaves the
 * reader on the element. */
const char *xr_attr(xmlTextReaderPtr r, const char *local, char *buf,
		    size_t cap);
/* The local name of the current node when it is an element start or end
 * (*end set), else NULL. */
const char *xr_elem(xmlTextReaderPtr r, int *end, int *empty);
/* 1 when the current node is text within an element. */
int xr_is_text(xmlTextReaderPtr r);
/* Appends text, turning Excel's _xHHHH_ escapes into characters. */
void xr_add_text(struct sbuf *b, const char *z);

/* Reads the worksheet part into s. */
int xr_sheet_read(struct xr *x, const char *part, struct xlsx_sheet *s);

/* "84.019999999999996" → "84.02": a number's text cut to 15 significant
 * digits, as a plain decimal, into out (cap ≥ 48). Returns 0, or -1 when
 * z is not a number. */
int xr_number_norm(const char *z, char *out, size_t cap);
/* A date serial ("45292.5") as "2024-01-01 12:00:00" into out (cap ≥ 32).
 * Returns 0, or -1 when out of range. */
int xr_date_format(const char *num, int date1904, char *out, size_t cap);
/* What an Excel number format code shows. */
enum { XR_FMT_NUMBER, XR_FMT_DATE, XR_FMT_PERCENT };
int xr_format_kind(const char *code);

#endif
