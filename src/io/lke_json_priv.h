/* lke_json_priv: what the readers of answer files (lke_json.c) and of
 * templates (lke_json_template.c) share; not an API. */
#ifndef SAKIP_LKE_JSON_PRIV_H
#define SAKIP_LKE_JSON_PRIV_H

#include "lke_json.h"

#include <jansson.h>

#define LKJ_ERR_MAX 100   /* problems listed; the rest are counted */

/* The state of one read. */
struct lkj_rd {
	const char *name;      /* what the caller calls the input */
	struct sbuf *errs;     /* one line per problem */
	int nerr;
	struct arena *a;       /* where what is read is copied */
	struct lke_lembar *l;  /* the answer file (lke_json.c), else NULL */
};

/* Adds "NAME: KEY: message" (the first LKJ_ERR_MAX; all are counted). */
void lkj_bad(struct lkj_rd *r, const char *key, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/* A problem is one line: a line break in what the file says (a key, a
 * code in a message), from byte from of b on, is made a space. */
void lkj_one_line(struct sbuf *b, size_t from);
/* Reports the keys of o that are not in the NULL-terminated list:
 * "KEY: unknown key 'k'", or "k: unknown key" when key is NULL. */
void lkj_keys(struct lkj_rd *r, json_t *o, const char *key,
	      const char *const *keys);
/* 1 when x, the value at key, is an object (its keys checked against
 * keys); 0 when it is not, reported as "KEY: msg". */
int lkj_object(struct lkj_rd *r, json_t *x, const char *key,
	       const char *const *keys, const char *msg);
/* 1 when v is there and of type t; 0 when it is absent (or null), or
 * when it is something else, reported as "KEY: msg". */
int lkj_is(struct lkj_rd *r, json_t *v, json_type t, const char *key,
	   const char *msg);
/* buf[0..n) parsed, duplicate keys refused; NULL with
 * "NAME:LINE:COLUMN: message" in errs when it is not JSON. */
json_t *lkj_load(const char *name, const char *buf, size_t n,
		 struct sbuf *errs);

#endif
