/* html: the escaping printf of html.h. */
#include "html.h"
#include "../core/num.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

void html_escape(struct sbuf *b, const char *z)
{
	const char *p = z ? z : "", *run = p;

	for (; *p; p++) {
		const char *ent;

		switch (*p) {
		case '&': ent = "&amp;"; break;
		case '<': ent = "&lt;"; break;
		case '>': ent = "&gt;"; break;
		case '"': ent = "&quot;"; break;
		case '\'': ent = "&#39;"; break;
		default: continue;
		}
		sbuf_add(b, run, (size_t)(p - run));
		sbuf_adds(b, ent);
		run = p + 1;
	}
	sbuf_add(b, run, (size_t)(p - run));
}

void html_url(struct sbuf *b, const char *z)
{
	static const char hex[] = "0123456789ABCDEF";
	const unsigned char *p = (const unsigned char *)(z ? z : "");

	for (; *p; p++) {
		if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
		    (*p >= '0' && *p <= '9') || *p == '-' || *p == '.' ||
		    *p == '_' || *p == '~') {
			sbuf_addc(b, (char)*p);
		} else {
			sbuf_addc(b, '%');
			sbuf_addc(b, hex[*p >> 4]);
			sbuf_addc(b, hex[*p & 15]);
		}
	}
}

void html_trusted(struct sbuf *b, const char *fragment)
{
	sbuf_adds(b, fragment ? fragment : "");
}

void html_vprintf(struct sbuf *b, const char *fmt, va_list ap)
{
	const char *p = fmt, *run = fmt;
	char buf[NUM_BUFSZ];

	for (; *p; p++) {
		if (*p != '%')
			continue;
		sbuf_add(b, run, (size_t)(p - run));
		switch (*++p) {
		case 's':
		case 'a':
			html_escape(b, va_arg(ap, const char *));
			break;
		case 'u':
			html_url(b, va_arg(ap, const char *));
			break;
		case 'n':
			sbuf_adds(b, int_format(va_arg(ap, int64_t), NUM_ID, buf));
			break;
		case 'p':
			sbuf_adds(b, pct_format(va_arg(ap, pct_t), 2, NUM_ID, buf));
			break;
		case 'd':
			snprintf(buf, sizeof buf, "%d", va_arg(ap, int));
			sbuf_adds(b, buf);
			break;
		case 'D':
			snprintf(buf, sizeof buf, "%lld",
				 (long long)va_arg(ap, int64_t));
			sbuf_adds(b, buf);
			break;
		case '%':
			sbuf_addc(b, '%');
			break;
		default:
			/* an unknown directive is a programming error: show it
			 * rather than read an argument of unknown type */
			sbuf_adds(b, "%?");
			if (!*p)
				return;
		}
		run = p + 1;
	}
	sbuf_add(b, run, (size_t)(p - run));
}

void html_printf(struct sbuf *b, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	html_vprintf(b, fmt, ap);
	va_end(ap);
}
