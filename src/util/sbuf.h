/* sbuf: the one growable string of sakip.
 *
 * struct sbuf b = SBUF_INIT(limit);   limit 0 means SBUF_DEFAULT_LIMIT.
 * b.z is never NULL and always NUL-terminated. Going over the limit, or
 * running out of memory, sets the sticky b.err; later adds do nothing.
 * Check it once at the end. */
#ifndef SAKIP_SBUF_H
#define SAKIP_SBUF_H

#include <stdarg.h>
#include <stddef.h>

#define SBUF_DEFAULT_LIMIT ((size_t)1 << 30)

struct sbuf {
	char *z;      /* text; points at a static "" until something is added */
	size_t n;     /* bytes used, without the NUL */
	size_t cap;   /* bytes allocated, 0 while z is the static "" */
	size_t limit; /* most bytes this buffer may hold */
	int err;      /* sticky: 0, or SK_ENOMEM / SK_ELIMIT */
};

extern char sbuf_empty[];
#define SBUF_INIT(lim) { sbuf_empty, 0, 0, (lim), 0 }

void sbuf_init(struct sbuf *b, size_t limit);
void sbuf_add(struct sbuf *b, const void *p, size_t n);
void sbuf_adds(struct sbuf *b, const char *z);
void sbuf_addc(struct sbuf *b, char c);
void sbuf_addf(struct sbuf *b, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
void sbuf_vaddf(struct sbuf *b, const char *fmt, va_list ap);
void sbuf_reset(struct sbuf *b);
/* Hands the text to the caller (free() it) and leaves b empty; NULL on error. */
char *sbuf_take(struct sbuf *b);
void sbuf_release(struct sbuf *b);

#endif
