/* xml: a small streaming XML (and HTML5) writer.
 *
 *   struct xml x;
 *   xml_init(&x, &out, 0);
 *   xml_start(&x, "w:t");  xml_attr(&x, "xml:space", "preserve");
 *   xml_text(&x, zUraian);                    escaped, always
 *   xml_end(&x);
 *
 * Every attribute value and every text goes through xml_escape(): & < > "
 * and ' become entities, control characters XML 1.0 cannot carry are
 * dropped, invalid UTF-8 becomes U+FFFD. Markup that is not escaped must
 * be written with xml_trusted(), so that it can be found with grep.
 * Element names are not copied: pass string literals. Errors (nesting too
 * deep, an attribute after content, an end without a start) are sticky in
 * x.err, like the sbuf's; xml_finish() reports them once. */
#ifndef SAKIP_REPORT_XML_H
#define SAKIP_REPORT_XML_H

#include "../util/sbuf.h"

#include <stddef.h>

#define XML_MAX_DEPTH 64

struct xml {
	struct sbuf *out;
	int html;    /* 1: HTML5 (void elements as <br>, others never "/>") */
	int depth;
	int open;    /* a start tag waits for its '>' */
	int err;     /* sticky: 0, SK_ELIMIT (too deep), SK_EUSAGE (misuse) */
	const char *stack[XML_MAX_DEPTH];
};

void xml_init(struct xml *x, struct sbuf *out, int html);
/* <?xml version="1.0" encoding="UTF-8" standalone="yes"?> and a newline. */
void xml_decl(struct xml *x);
void xml_start(struct xml *x, const char *name);
void xml_attr(struct xml *x, const char *name, const char *value);
void xml_attrf(struct xml *x, const char *name, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
void xml_attri(struct xml *x, const char *name, long long v);
void xml_text(struct xml *x, const char *z);
void xml_textn(struct xml *x, const char *z, size_t n);
void xml_textf(struct xml *x, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* Closes the innermost open element: "/>" when it is empty (in HTML mode
 * "<br>" for void elements, "<p></p>" for the others). */
void xml_end(struct xml *x);
/* <name>text</name> */
void xml_leaf(struct xml *x, const char *name, const char *text);
/* <name val="v"/>, the WordprocessingML idiom. */
void xml_val(struct xml *x, const char *name, const char *v);
/* Appends markup as it is: only for constant, known-good fragments. */
void xml_trusted(struct xml *x, const char *markup);
/* 0, or the sticky error; SK_EUSAGE when elements are still open. */
int xml_finish(struct xml *x);

/* Appends z[0..n) escaped for text and attribute values. */
void xml_escape(struct sbuf *out, const char *z, size_t n);

#endif
