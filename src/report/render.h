/* render: a built document (doc.h) written as DOCX, HTML or XLSX.
 * Nothing here knows about SAKIP: the content is decided in pk.c and
 * lkjip.c; these decide only how it looks. */
#ifndef SAKIP_REPORT_RENDER_H
#define SAKIP_REPORT_RENDER_H

#include "../util/err.h"
#include "../util/sbuf.h"
#include "doc.h"

/* A WordprocessingML package (zip) in out. */
int docx_render(const struct doc *d, struct sbuf *out, struct sk_err *e);
/* One self-contained HTML file in out. */
int html_render(const struct doc *d, struct sbuf *out, struct sk_err *e);
/* An XLSX workbook in out, one sheet per table that has a sheet name
 * (libxlsxwriter writes through a temporary file in $TMPDIR or /tmp). */
int xlsx_render(const struct doc *d, struct sbuf *out, struct sk_err *e);

/* Parts shared by the renderers (docx_chart.c, svg.c). */
struct xml;
/* word/charts/chartN.xml of a chart; rid_data is the relationship id of
 * its embedded workbook. */
void docx_chart_xml(const struct doc_chart *c, struct sbuf *out);
/* The embedded workbook (a zip) holding the chart's data, so that Word's
 * "Edit Data" works. Returns 0 or SK_ENOMEM/SK_EIO. */
int docx_chart_xlsx(const struct doc_chart *c, long long mtime,
		    struct sbuf *out);
/* An inline SVG drawing of the chart. */
void svg_chart(struct xml *x, const struct doc_chart *c);

/* A small in-memory zip writer over libzip. */
struct zipw;
int zipw_open(struct zipw **out);
/* Adds a file; takes the content of b (b is left empty). */
int zipw_add(struct zipw *z, const char *name, struct sbuf *b);
/* Closes the archive and moves its bytes into out; frees z. */
int zipw_close(struct zipw *z, long long mtime, struct sbuf *out);
void zipw_discard(struct zipw *z);

/* Seconds since the epoch of "YYYY-MM-DD" (UTC midnight), 315532800
 * (1980-01-01, the earliest zip time) when it cannot be read. */
long long render_time(const char *ymd);

#endif
