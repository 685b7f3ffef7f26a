/* xlsx_read: the cells of an XLSX workbook, read safely.
 *
 * The workbook is a zip (libzip) of XML parts read with libxml2's
 * streaming reader: no network, no DTD (a part declaring one is refused
 * before the parser sees it, so entities never expand), libxml2's default
 * node-size limits. Sizes are checked in the zip directory and again
 * while inflating, so an entry lying about its size stops at the lie.
 * Rows, columns, cells, shared strings and text lengths have limits.
 *
 * What is read: sheet names and order (workbook.xml and its rels),
 * shared and inline strings, numbers, formulas (their cached values),
 * booleans, errors, dates (a number whose style is a date format),
 * percentages (a number whose style shows %, read as the figure shown), and
 * merged cells (the top-left value is copied over the range, marked
 * merged). Every problem names its place: "Realisasi!F12: message" or,
 * for a part, "xl/sharedStrings.xml: message".
 *
 * csv_read.h fills the same struct xlsx_book, so importers read one
 * table shape whatever the file was. */
#ifndef SAKIP_XLSX_READ_H
#define SAKIP_XLSX_READ_H

#include "../util/arena.h"
#include "../util/err.h"
#include "../util/sbuf.h"

#include <stddef.h>

#define XLSX_MAX_FILE ((size_t)64 << 20) /* compressed file size accepted */

struct xlsx_limits {
	size_t max_total;   /* uncompressed bytes of all entries */
	size_t max_entry;   /* uncompressed bytes of one entry */
	int max_entries;    /* entries in the zip */
	int max_sheets;
	int max_rows;       /* highest row number holding a value */
	int max_cols;       /* columns A … (max_cols) */
	size_t max_cells;   /* cells holding a value, all sheets, merges too */
	size_t max_strings; /* shared strings */
	size_t max_text;    /* bytes of one cell's text */
};

/* 256 MiB total, 128 MiB an entry, 10000 entries, 256 sheets, 100000
 * rows, 1024 columns, 2000000 cells, 1000000 strings, 64 KiB a text. */
void xlsx_limits_default(struct xlsx_limits *l);

enum xlsx_type {
	XLSX_NUMBER, /* text: a plain decimal, 15 significant digits at most
	                (what a spreadsheet shows): "84.02", "-0.5", "1200" */
	XLSX_TEXT,   /* text: the string as typed, possibly "84,02" */
	XLSX_BOOL,   /* text: "TRUE" or "FALSE" */
	XLSX_DATE,   /* text: "2024-01-02", "2024-01-02 13:30:00" or
	                "13:30:00"; num: the serial number as stored */
	XLSX_ERROR,  /* text: "#DIV/0!", "#N/A" … */
};

struct xlsx_cell {
	int row;            /* 1-based, as in "F12" */
	int col;            /* 0-based: A is 0 */
	enum xlsx_type type;
	const char *text;   /* never NULL */
	const char *num;    /* XLSX_DATE: the serial number, else NULL (and
	                       NULL for an ISO date cell, t="d") */
	unsigned char formula; /* the value is a formula's cached result */
	unsigned char merged;  /* copied from the top-left of a merged range */
	unsigned char percent; /* XLSX_NUMBER shown as a percentage: text is
	                          the figure shown ("97.36" for 0.9736) */
};

struct xlsx_sheet {
	const char *name;
	int hidden;             /* state hidden or veryHidden */
	int nrow, ncol;         /* highest row, highest column + 1 with a value */
	size_t ncell;
	struct xlsx_cell *cell; /* by row, then column; one per position */
};

struct xlsx_book {
	struct arena arena;     /* everything below lives here */
	int date1904;
	int nsheet;
	struct xlsx_sheet *sheet; /* in workbook order */
};

/* 1 when buf starts with a zip local header ("PK\3\4"). */
int xlsx_is_zip(const void *buf, size_t n);

/* Reads the workbook in buf[0..n). lim NULL: the defaults. Returns 0 and
 * fills b (call xlsx_free), or SK_EINVAL (not a workbook, a broken part,
 * a DTD), SK_ELIMIT (a limit) or SK_ENOMEM with e naming the place; b is
 * then empty. Messages name the place, not the file: the caller adds it. */
int xlsx_read(const void *buf, size_t n, const struct xlsx_limits *lim,
	      struct xlsx_book *b, struct sk_err *e);
void xlsx_free(struct xlsx_book *b);
/* For the readers: the n cells at a (by row, then column) copied into
 * b's arena as s's cells, with s->nrow and s->ncol. 0 or SK_ENOMEM. */
int xlsx_sheet_cells(struct xlsx_book *b, struct xlsx_sheet *s,
		     const struct xlsx_cell *a, size_t n);

/* The sheet called name (exact), or NULL. */
const struct xlsx_sheet *xlsx_sheet(const struct xlsx_book *b,
				    const char *name);
/* The cell at row (1-based), col (0-based), or NULL when it is empty. */
const struct xlsx_cell *xlsx_cell(const struct xlsx_sheet *s, int row,
				  int col);
/* Its text, or "" when the cell is empty. */
const char *xlsx_text(const struct xlsx_sheet *s, int row, int col);

/* "F12" into buf (XLSX_REFSZ bytes); col 0-based. */
#define XLSX_REFSZ 24
char *xlsx_ref(int row, int col, char *buf);
/* "AB" → 27; returns -1 for what is not a column name. n: bytes at z. */
int xlsx_col_parse(const char *z, size_t n);
/* "F12" → row 12, col 5; returns 0, or -1 for what is not a reference. */
int xlsx_ref_parse(const char *z, int *row, int *col);
/* Appends the place "Sheet!F12" ('My sheet'!F12 when the name needs
 * quotes); row 0 names the sheet only, col < 0 the row ("Sheet!12"). */
void xlsx_where(struct sbuf *b, const char *sheet, int row, int col);

#endif
