/* arena: many small allocations freed at once (a loaded package, a request).
 * Memory is zeroed. Allocation failure is sticky: a->err is set and NULL is
 * returned; callers check once (arena_failed) after building. */
#ifndef SAKIP_ARENA_H
#define SAKIP_ARENA_H

#include <stddef.h>

struct arena_block;
struct arena {
	struct arena_block *head;
	size_t used;   /* bytes handed out, for limits and benchmarks */
	size_t limit;  /* 0 = no limit */
	int err;
};

#define ARENA_INIT { NULL, 0, 0, 0 }

void *arena_alloc(struct arena *a, size_t n);
/* n elements of size sz, checking the product for overflow. */
void *arena_array(struct arena *a, size_t n, size_t sz);
char *arena_strdup(struct arena *a, const char *z);
char *arena_strndup(struct arena *a, const char *z, size_t n);
void arena_free(struct arena *a);

#endif
