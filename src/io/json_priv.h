/* json_priv: what the files of the `sakip/1` reader and writer share
 * (json_read*.c, json_write.c); not an API. */
#ifndef SAKIP_JSON_PRIV_H
#define SAKIP_JSON_PRIV_H

#include "../core/model.h"
#include "../util/arena.h"
#include "../util/sbuf.h"

#include <jansson.h>
#include <stddef.h>

/* Appends z[0..n) as a JSON string with its quotes. The bytes are valid
 * UTF-8 (jansson checked them); only '"', '\\' and control characters
 * are escaped, so the same text always gives the same bytes. */
void json_put_string(struct sbuf *b, const char *z, size_t n);

/* ---- reader state (json_read*.c) --------------------------------------- */

#define RD_ERR_MAX 100   /* problems listed; the rest are counted */
#define RD_PATH_MAX 1024

/* A number token of the input and the jansson node it became. */
struct rd_num {
	const json_t *j;
	const char *z;
	size_t n;
};

/* A kode seen in one scope, to report duplicates with both paths. */
struct rd_dup {
	const char *kode;
	const char *path;
	int seq;
};
struct rd_dupset {
	struct rd_dup *a;
	int n, cap;
};

struct rd {
	const char *name;    /* what the caller calls the input */
	struct pkg *p;
	struct arena *a;     /* p->arena */
	struct arena tmp;    /* paths kept for duplicate reports */
	struct sbuf *errs;
	int nerr;
	char path[RD_PATH_MAX];
	size_t plen;
	struct rd_num *nums; /* sorted by j, or NULL: use jansson's values */
	size_t nnums;
	int nomem;
	struct rd_dupset dup_node, dup_ind;
};

/* Problems: "name: path: message\n" into errs. */
void rd_bad(struct rd *r, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
void rd_bad_at(struct rd *r, const char *path, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* The path: push returns the old length for rd_pop. */
size_t rd_push_key(struct rd *r, const char *k);
size_t rd_push_idx(struct rd *r, size_t i);
void rd_pop(struct rd *r, size_t old);

/* Type checks; report "must be WHAT, not a number" and return 0. */
enum { T_OBJ = 1, T_ARR = 2, T_STR = 4, T_INT = 8, T_REAL = 16,
       T_BOOL = 32, T_NULL = 64, T_NUM = T_INT | T_REAL };
int rd_expect(struct rd *r, const json_t *v, int mask, const char *what);
/* Reports every key of o not in the NULL-terminated keys. */
void rd_check_keys(struct rd *r, json_t *o, const char *const *keys);

/* The exact text of a number node; buf (40 bytes) for the fallback. */
const char *rd_numtext(struct rd *r, const json_t *v, char *buf, size_t *n);

/* The value at o.k with the path pushed (pop with *old), or NULL with
 * the path as before for a missing key or null ("missing" when
 * required). */
json_t *rd_field(struct rd *r, json_t *o, const char *k, int required,
		 size_t *old);

/* Fields of object o at key k (the path says k in messages). A missing
 * key or null gives NULL / 0 unless the field is required. */
const char *rd_str(struct rd *r, json_t *o, const char *k, int required);
/* A string or a number (kept as its text). */
const char *rd_text_value(struct rd *r, json_t *v);
const char *rd_text(struct rd *r, json_t *o, const char *k, int required);
int rd_int(struct rd *r, json_t *o, const char *k, long lo, long hi, int *out);
int rd_bool(struct rd *r, json_t *o, const char *k, int *out);
/* names is NULL-terminated; *out gets the index. */
int rd_enum(struct rd *r, json_t *o, const char *k, const char *const *names,
	    int *out);
/* 1900 … 2199 from a four-digit key, else 0. */
int rd_year_key(const char *k);
/* Calls fn for each year key of v with the path at that key; reports
 * keys that are not years and skips null values. */
typedef void (*rd_year_fn)(struct rd *r, int tahun, json_t *v, void *ctx);
void rd_each_year(struct rd *r, json_t *v, rd_year_fn fn, void *ctx);
/* qsort comparator for structs whose first member is int tahun. */
int rd_cmp_tahun(const void *a, const void *b);

/* A target/realisation cell (v not null); 0 or -1 when reported. */
int rd_nilai(struct rd *r, json_t *v, struct nilai *out);
/* year → nilai at v. */
void rd_tahunan(struct rd *r, json_t *v, struct tahunan *t);
/* year → {section: text} at v. */
void rd_narasi(struct rd *r, json_t *v, struct narasi_list *l);

void rd_dup_add(struct rd *r, struct rd_dupset *d, const char *kode);
/* Reports duplicates (what: "node", "indikator") and empties d. */
void rd_dup_check(struct rd *r, struct rd_dupset *d, const char *what);

/* json_read_instansi.c: one agency at o (an element of "instansi"). */
void rd_instansi(struct rd *r, json_t *o, struct instansi *in);

/* json_read_node.c: the planning tree of an agency at v ("tujuan"). */
void rd_nodes(struct rd *r, json_t *o, enum tingkat t, int *n,
	      struct node **out);
/* A list of printed budget figures at v. */
void rd_cetak_list(struct rd *r, json_t *v, struct anggaran_cetak **out,
		   int *n);

#endif
