/* html: markup built with a printf whose %s always escapes.
 *
 *   html_printf(b, "<td><a href=\"/instansi/%D\">%s</a></td>", id, nama);
 *
 * Directives (no flags, widths or precisions):
 *   %s  const char *, HTML-escaped (& < > " ' become entities); NULL is ""
 *   %a  const char *, for an attribute value: escaped like %s
 *   %u  const char *, percent-encoded as a URL component (safe anywhere)
 *   %n  int64_t, an Indonesian integer: 1.234.567
 *   %p  pct_t, a percentage with 2 decimals, Indonesian: 86,38
 *   %d  int;  %D  int64_t (plain digits);  %%  a percent sign
 * There is no way to put an unescaped string through html_printf: a
 * fragment that is already markup goes through html_trusted(), a call
 * anyone can grep for. */
#ifndef SAKIP_WEB_HTML_H
#define SAKIP_WEB_HTML_H

#include "../util/sbuf.h"

#include <stdarg.h>

void html_printf(struct sbuf *b, const char *fmt, ...);
void html_vprintf(struct sbuf *b, const char *fmt, va_list ap);
/* Appends markup as it is: literals, or fragments built by html_printf. */
void html_trusted(struct sbuf *b, const char *fragment);
void html_escape(struct sbuf *b, const char *z);
void html_url(struct sbuf *b, const char *z);

#endif
