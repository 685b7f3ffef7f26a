#include "arena.h"
#include "err.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

struct arena_block {
	struct arena_block *next;
	size_t cap, used;
	max_align_t data[];
};

#define BLOCK_SIZE (64 * 1024)

void *arena_alloc(struct arena *a, size_t n)
{
	struct arena_block *b = a->head;
	size_t al = sizeof(max_align_t);
	char *p;

	if (a->err)
		return NULL;
	n = (n + al - 1) / al * al;
	if (n == 0)
		n = al;
	if (a->limit && (n > a->limit || a->used > a->limit - n)) {
		a->err = SK_ELIMIT;
		return NULL;
	}
	if (!b || b->cap - b->used < n) {
		size_t cap = n > BLOCK_SIZE ? n : BLOCK_SIZE;
		b = malloc(sizeof *b + cap);
		if (!b) {
			a->err = SK_ENOMEM;
			return NULL;
		}
		b->cap = cap;
		b->used = 0;
		/* A big one-off block goes behind the current one so that the
		 * current one keeps serving small requests. */
		if (a->head && cap > BLOCK_SIZE) {
			b->next = a->head->next;
			a->head->next = b;
		} else {
			b->next = a->head;
			a->head = b;
		}
	}
	p = (char *)b->data + b->used;
	b->used += n;
	a->used += n;
	memset(p, 0, n);
	return p;
}

void *arena_array(struct arena *a, size_t n, size_t sz)
{
	if (sz && n > SIZE_MAX / sz) {
		a->err = SK_ELIMIT;
		return NULL;
	}
	return arena_alloc(a, n * sz);
}

char *arena_strndup(struct arena *a, const char *z, size_t n)
{
	char *p;

	if (!z)
		return NULL;
	p = arena_alloc(a, n + 1);
	if (p) {
		memcpy(p, z, n);
		p[n] = 0;
	}
	return p;
}

char *arena_strdup(struct arena *a, const char *z)
{
	return z ? arena_strndup(a, z, strlen(z)) : NULL;
}

void arena_free(struct arena *a)
{
	struct arena_block *b = a->head, *next;

	for (; b; b = next) {
		next = b->next;
		free(b);
	}
	a->head = NULL;
	a->used = 0;
	a->err = 0;
}
