#include "xml.h"
#include "../util/err.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

/* Length of the well-formed UTF-8 sequence at p[0..n), 0 when it is not
 * one (a stray byte, an overlong form, a surrogate, above U+10FFFF).
 * *allowed says whether XML 1.0 may carry it (not U+FFFE, U+FFFF). */
static size_t utf8_len(const unsigned char *p, size_t n, int *allowed)
{
	unsigned long c;
	size_t len, i;

	*allowed = 1;
	if (p[0] < 0x80)
		return 1;
	if (p[0] >= 0xC2 && p[0] <= 0xDF)
		len = 2, c = p[0] & 0x1F;
	else if (p[0] >= 0xE0 && p[0] <= 0xEF)
		len = 3, c = p[0] & 0x0F;
	else if (p[0] >= 0xF0 && p[0] <= 0xF4)
		len = 4, c = p[0] & 0x07;
	else
		return 0;
	if (len > n)
		return 0;
	for (i = 1; i < len; i++) {
		if ((p[i] & 0xC0) != 0x80)
			return 0;
		c = (c << 6) | (p[i] & 0x3F);
	}
	if ((len == 3 && c < 0x800) || (len == 4 && c < 0x10000) ||
	    c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
		return 0;
	*allowed = c != 0xFFFE && c != 0xFFFF;
	return len;
}

static void esc(struct sbuf *out, const char *z, size_t n, int attr)
{
	const unsigned char *p = (const unsigned char *)z;
	size_t i = 0, run = 0, len;
	int allowed;

	while (i < n) {
		unsigned char ch = p[i];
		const char *rep = NULL;

		switch (ch) {
		case '&': rep = "&amp;"; break;
		case '<': rep = "&lt;"; break;
		case '>': rep = "&gt;"; break;
		case '"': rep = "&quot;"; break;
		case '\'': rep = "&#39;"; break;
		case '\t': rep = attr ? "&#9;" : NULL; break;
		case '\n': rep = attr ? "&#10;" : NULL; break;
		case '\r': rep = attr ? "&#13;" : NULL; break;
		default:
			if (ch < 0x20)
				rep = ""; /* not allowed in XML 1.0: dropped */
		}
		if (rep) {
			sbuf_add(out, p + run, i - run);
			sbuf_adds(out, rep);
			run = ++i;
			continue;
		}
		len = utf8_len(p + i, n - i, &allowed);
		if (len == 0 || !allowed) {
			sbuf_add(out, p + run, i - run);
			sbuf_adds(out, "\xEF\xBF\xBD"); /* U+FFFD */
			i += len ? len : 1;
			run = i;
			continue;
		}
		i += len;
	}
	sbuf_add(out, p + run, n - run);
}

void xml_escape(struct sbuf *out, const char *z, size_t n)
{
	esc(out, z, n, 0);
}

void xml_init(struct xml *x, struct sbuf *out, int html)
{
	memset(x, 0, sizeof *x);
	x->out = out;
	x->html = html;
}

void xml_decl(struct xml *x)
{
	sbuf_adds(x->out, "<?xml version=\"1.0\" encoding=\"UTF-8\" "
			  "standalone=\"yes\"?>\n");
}

static void close_open(struct xml *x)
{
	if (x->open) {
		sbuf_addc(x->out, '>');
		x->open = 0;
	}
}

void xml_start(struct xml *x, const char *name)
{
	if (x->err)
		return;
	if (x->depth >= XML_MAX_DEPTH) {
		x->err = SK_ELIMIT;
		return;
	}
	close_open(x);
	sbuf_addc(x->out, '<');
	sbuf_adds(x->out, name);
	x->stack[x->depth++] = name;
	x->open = 1;
}

void xml_attr(struct xml *x, const char *name, const char *value)
{
	if (x->err)
		return;
	if (!x->open) {
		x->err = SK_EUSAGE;
		return;
	}
	sbuf_addc(x->out, ' ');
	sbuf_adds(x->out, name);
	sbuf_adds(x->out, "=\"");
	if (value)
		esc(x->out, value, strlen(value), 1);
	sbuf_addc(x->out, '"');
}

void xml_attrf(struct xml *x, const char *name, const char *fmt, ...)
{
	struct sbuf b = SBUF_INIT(0);
	va_list ap;

	va_start(ap, fmt);
	sbuf_vaddf(&b, fmt, ap);
	va_end(ap);
	if (b.err && !x->err)
		x->err = b.err;
	xml_attr(x, name, b.z);
	sbuf_release(&b);
}

void xml_attri(struct xml *x, const char *name, long long v)
{
	char buf[32];

	snprintf(buf, sizeof buf, "%lld", v);
	xml_attr(x, name, buf);
}

void xml_textn(struct xml *x, const char *z, size_t n)
{
	if (x->err)
		return;
	close_open(x);
	esc(x->out, z, n, 0);
}

void xml_text(struct xml *x, const char *z)
{
	if (z)
		xml_textn(x, z, strlen(z));
	else
		close_open(x);
}

void xml_textf(struct xml *x, const char *fmt, ...)
{
	struct sbuf b = SBUF_INIT(0);
	va_list ap;

	va_start(ap, fmt);
	sbuf_vaddf(&b, fmt, ap);
	va_end(ap);
	if (b.err && !x->err)
		x->err = b.err;
	xml_textn(x, b.z, b.n);
	sbuf_release(&b);
}

static int html_void(const char *name)
{
	static const char *const aVoid[] = { "area", "base", "br", "col",
		"hr", "img", "input", "link", "meta", "wbr" };
	size_t i;

	for (i = 0; i < sizeof aVoid / sizeof aVoid[0]; i++)
		if (strcmp(name, aVoid[i]) == 0)
			return 1;
	return 0;
}

void xml_end(struct xml *x)
{
	const char *name;

	if (x->err)
		return;
	if (x->depth == 0) {
		x->err = SK_EUSAGE;
		return;
	}
	name = x->stack[--x->depth];
	if (x->open && !x->html) {
		sbuf_adds(x->out, "/>");
		x->open = 0;
		return;
	}
	if (x->open && html_void(name)) {
		sbuf_addc(x->out, '>');
		x->open = 0;
		return;
	}
	close_open(x);
	sbuf_adds(x->out, "</");
	sbuf_adds(x->out, name);
	sbuf_addc(x->out, '>');
}

void xml_leaf(struct xml *x, const char *name, const char *text)
{
	xml_start(x, name);
	xml_text(x, text);
	xml_end(x);
}

void xml_val(struct xml *x, const char *name, const char *v)
{
	xml_start(x, name);
	xml_attr(x, "w:val", v);
	xml_end(x);
}

void xml_trusted(struct xml *x, const char *markup)
{
	if (x->err)
		return;
	close_open(x);
	sbuf_adds(x->out, markup);
}

int xml_finish(struct xml *x)
{
	if (x->err)
		return x->err;
	if (x->out->err)
		return x->out->err;
	if (x->depth)
		return SK_EUSAGE;
	return 0;
}
