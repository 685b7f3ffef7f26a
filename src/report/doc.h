/* doc: the document a report is built as once (pk.c, lkjip.c) and then
 * rendered three ways (docx.c, html.c, xlsx_write.c), so that the three
 * formats always carry the same content.
 *
 * A document is a list of blocks: headings (levels 1-3), paragraphs of
 * runs, tables, charts, page breaks, section changes (portrait or
 * landscape) and generated lists (table of contents, list of tables and
 * of figures). Table cells carry both the text every format shows,
 * already Indonesian-formatted, and the typed value (Rupiah, percentage,
 * decimal) XLSX stores as a number.
 *
 * All memory lives in the document's arena; doc_free() releases it. An
 * allocation failure is sticky (d->arena.err) and reported by the
 * renderers. Builder calls copy the strings they are given. */
#ifndef SAKIP_REPORT_DOC_H
#define SAKIP_REPORT_DOC_H

#include "../core/num.h"
#include "../util/arena.h"

#include <stdint.h>

enum doc_kind {
	DOC_HEADING,
	DOC_PARA,
	DOC_TABLE,
	DOC_CHART,
	DOC_PAGEBREAK,
	DOC_SECTION,       /* what follows is portrait or landscape */
	DOC_TOC,           /* table of contents (headings 1-3) */
	DOC_LIST_TABLES,   /* list of table captions */
	DOC_LIST_FIGURES,  /* list of chart captions */
};

/* Paragraph styles. */
enum doc_style {
	ST_NORMAL,
	ST_TITLE,       /* cover and letter titles: large, bold, centred */
	ST_SUBTITLE,    /* bold, centred */
	ST_CENTER,
	ST_RIGHT,
	ST_PLACEHOLDER, /* text people must still write: visible, boxed */
	ST_NOTE,        /* small print under a table */
	ST_LIST,        /* an item of a list ("1. …", "- …"), indented */
};

/* Run and cell flags. */
#define DOC_BOLD 0x01u
#define DOC_ITALIC 0x02u
#define DOC_CENTER 0x04u
#define DOC_RIGHT 0x08u
#define DOC_PLACEHOLDER 0x10u /* cell/run text is a placeholder */
#define DOC_INDENT1 0x20u     /* cell indented one level, … */
#define DOC_INDENT2 0x40u
#define DOC_INDENT3 0x80u
#define DOC_TOTAL 0x100u      /* a total row: bold, shaded */
#define DOC_VCONT 0x200u      /* cell merged with the one above (tab_vcont) */

struct doc_run {
	struct doc_run *next;
	const char *text;
	unsigned flags;
};

struct doc_para {
	enum doc_style style;
	struct doc_run *run, *last;
};

enum cell_kind {
	CELL_TEXT,
	CELL_MONEY,   /* rp: integer Rupiah */
	CELL_PCT,     /* pct rounded to dec decimals */
	CELL_NUM,     /* num, shown with dec decimals */
	CELL_INT,     /* rp holds a plain count */
};

struct doc_cell {
	enum cell_kind kind;
	const char *text;  /* what DOCX and HTML show; never NULL */
	int64_t rp;
	pct_t pct;
	struct num num;
	int dec;
	unsigned flags;
	int span;          /* columns spanned; 0: covered by a cell to the left */
};

struct doc_row {
	struct doc_row *next;
	int header;        /* repeated on every page */
	unsigned flags;    /* DOC_TOTAL */
	struct doc_cell *cell; /* ncol cells */
	int filled;
};

struct doc_table {
	struct doc *doc;
	const char *caption;  /* "Tabel 3.1 …", or NULL (a layout table) */
	const char *sheet;    /* XLSX sheet name, or NULL: not exported */
	int ncol;
	int *width;           /* relative column widths */
	int borderless;       /* layout only (signatures, "Nama : …") */
	struct doc_row *row, *last;
	int nrow;
};

struct doc_series {
	const char *name;
	double *v;
	unsigned char *has;   /* 0: no value for that category */
	const char **label;   /* the value as printed, Indonesian */
};

enum chart_kind { CHART_BAR, CHART_LINE };

struct doc_chart {
	enum chart_kind kind;
	const char *caption;  /* "Gambar 3.1 …" */
	const char *ytitle;
	int ncat;
	const char **cat;
	int nser;
	struct doc_series *ser;
	int has_ref;          /* a reference line (100 %) */
	double ref;
	const char *ref_label;
};

struct doc_block {
	struct doc_block *next;
	enum doc_kind kind;
	int level;             /* heading 1-3; section: 1 landscape, 0 portrait */
	const char *text;      /* heading text */
	const char *anchor;    /* heading or caption bookmark: "h12", "t3", "g1" */
	struct doc_para *para;
	struct doc_table *table;
	struct doc_chart *chart;
};

struct doc {
	struct arena arena;
	const char *title;     /* document properties */
	const char *subject;
	const char *author;
	const char *created;   /* YYYY-MM-DD */
	const char *footer;    /* text beside the page number */
	struct doc_block *block, *last;
	int nanchor;
};

void doc_init(struct doc *d);
void doc_free(struct doc *d);
/* 0, or SK_ENOMEM when an allocation failed while building. */
int doc_failed(const struct doc *d);

/* Copies of strings in the document's arena (never NULL, "" on failure). */
const char *doc_str(struct doc *d, const char *z);
const char *doc_strf(struct doc *d, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

void doc_heading(struct doc *d, int level, const char *text);
struct doc_para *doc_para(struct doc *d, enum doc_style st);
void para_add(struct doc *d, struct doc_para *p, const char *text,
	      unsigned flags);
void para_addf(struct doc *d, struct doc_para *p, unsigned flags,
	       const char *fmt, ...) __attribute__((format(printf, 4, 5)));
/* One paragraph with one run. */
void doc_text(struct doc *d, enum doc_style st, const char *text);
void doc_textf(struct doc *d, enum doc_style st, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/* People-written text: one paragraph per line, lines starting with "- ",
 * "a. " or "1. " as list items. */
void doc_narasi(struct doc *d, const char *text);
void doc_pagebreak(struct doc *d);
void doc_section(struct doc *d, int landscape);
void doc_marker(struct doc *d, enum doc_kind kind);

/* A table of ncol columns with relative widths (copied). */
struct doc_table *doc_table(struct doc *d, const char *caption,
			    const char *sheet, int ncol, const int *width);
/* Starts a header row (repeated across pages) or a body row. */
void tab_head(struct doc_table *t);
/* A header row of one cell per column, named head[0 … ncol-1]. */
void tab_header(struct doc_table *t, const char *const *head,
		unsigned flags);
void tab_row(struct doc_table *t);
void tab_row_flags(struct doc_table *t, unsigned flags);
/* Cells of the current row, left to right. */
void tab_text(struct doc_table *t, const char *z, unsigned flags);
void tab_textf(struct doc_table *t, unsigned flags, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
void tab_span(struct doc_table *t, const char *z, int span, unsigned flags);
void tab_money(struct doc_table *t, int64_t rp, unsigned flags);
void tab_int(struct doc_table *t, int64_t v, unsigned flags);
void tab_pct(struct doc_table *t, pct_t p, int dec, unsigned flags);
void tab_num(struct doc_table *t, struct num n, unsigned flags);
/* A cell merged with the cell above it (header rows: "No." over two). */
void tab_vcont(struct doc_table *t);
/* Rows below r (same column) merged into its cell i: 0 when none. */
int doc_vspan(const struct doc_row *r, int i);
/* Fills the rest of the row with empty cells. */
void tab_fill(struct doc_table *t);
/* Column widths summing to avail: proportional to t->width, but never
 * narrower than the column's longest word or number needs (char_w per
 * character plus pad), taken from the columns that have room. */
void doc_widths(const struct doc_table *t, int avail, int char_w, int pad,
		int *out);
/* A table character at 9 pt, and a cell's margins, in twips. */
#define DOC_CHAR_W 115
#define DOC_PAD 240

struct doc_chart *doc_chart(struct doc *d, enum chart_kind kind,
			    const char *caption, const char *ytitle,
			    int ncat, int nser);
/* Value of series s at category c, with its printed label. */
void chart_set(struct doc *d, struct doc_chart *c, int s, int cat,
	       double v, const char *label);

#endif
