#include "sbuf.h"
#include "err.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

char sbuf_empty[1];

void sbuf_init(struct sbuf *b, size_t limit)
{
	b->z = sbuf_empty;
	b->n = 0;
	b->cap = 0;
	b->limit = limit;
	b->err = 0;
}

static int sbuf_grow(struct sbuf *b, size_t extra)
{
	size_t limit = b->limit ? b->limit : SBUF_DEFAULT_LIMIT;
	size_t want, cap;
	char *z;

	if (b->err)
		return -1;
	if (extra > limit || b->n > limit - extra) {
		b->err = SK_ELIMIT;
		return -1;
	}
	want = b->n + extra + 1;
	if (want <= b->cap)
		return 0;
	cap = b->cap ? b->cap : 64;
	while (cap < want)
		cap = cap > ((size_t)-1) / 2 ? want : cap * 2;
	z = realloc(b->cap ? b->z : NULL, cap);
	if (!z) {
		b->err = SK_ENOMEM;
		return -1;
	}
	if (!b->cap)
		z[0] = 0;
	b->z = z;
	b->cap = cap;
	return 0;
}

void sbuf_add(struct sbuf *b, const void *p, size_t n)
{
	if (n == 0 || sbuf_grow(b, n))
		return;
	memcpy(b->z + b->n, p, n);
	b->n += n;
	b->z[b->n] = 0;
}

void sbuf_adds(struct sbuf *b, const char *z)
{
	sbuf_add(b, z, strlen(z));
}

void sbuf_addc(struct sbuf *b, char c)
{
	sbuf_add(b, &c, 1);
}

void sbuf_vaddf(struct sbuf *b, const char *fmt, va_list ap)
{
	va_list cp;
	int len;

	if (b->err)
		return;
	va_copy(cp, ap);
	len = vsnprintf(NULL, 0, fmt, cp);
	va_end(cp);
	if (len <= 0 || sbuf_grow(b, (size_t)len))
		return;
	vsnprintf(b->z + b->n, (size_t)len + 1, fmt, ap);
	b->n += (size_t)len;
}

void sbuf_addf(struct sbuf *b, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	sbuf_vaddf(b, fmt, ap);
	va_end(ap);
}

void sbuf_reset(struct sbuf *b)
{
	b->n = 0;
	if (b->cap)
		b->z[0] = 0;
	b->err = 0;
}

char *sbuf_take(struct sbuf *b)
{
	char *z;

	if (b->err) {
		sbuf_release(b);
		return NULL;
	}
	z = b->cap ? b->z : strdup("");
	sbuf_init(b, b->limit);
	return z;
}

void sbuf_release(struct sbuf *b)
{
	if (b->cap)
		free(b->z);
	sbuf_init(b, b->limit);
}
