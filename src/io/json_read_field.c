/* json_read_field: the building blocks of the `sakip/1` reader — problem
 * reports with paths, type checks, plain fields, year-keyed lists,
 * narratives and duplicate kode. */
#include "json_priv.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- errors and paths ------------------------------------------------- */

static void vbad(struct rd *r, const char *path, const char *fmt, va_list ap)
{
	if (++r->nerr > RD_ERR_MAX)
		return;
	sbuf_addf(r->errs, "%s: %s: ", r->name, *path ? path : "(top level)");
	sbuf_vaddf(r->errs, fmt, ap);
	sbuf_addc(r->errs, '\n');
}

void rd_bad(struct rd *r, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vbad(r, r->path, fmt, ap);
	va_end(ap);
}

void rd_bad_at(struct rd *r, const char *path, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vbad(r, path, fmt, ap);
	va_end(ap);
}

/* Appends s to the path, control characters shown as '?', a long key cut
 * at 80 bytes; what does not fit is left out. */
static void path_add(struct rd *r, const char *s, size_t n)
{
	size_t i;

	if (n > 80)
		n = 80;
	for (i = 0; i < n && r->plen + 1 < RD_PATH_MAX; i++) {
		unsigned char c = (unsigned char)s[i];
		r->path[r->plen++] = c < 0x20 || c == 0x7f ? '?' : (char)c;
	}
	r->path[r->plen] = 0;
}

size_t rd_push_key(struct rd *r, const char *k)
{
	size_t old = r->plen;

	if (r->plen)
		path_add(r, ".", 1);
	path_add(r, k, strlen(k));
	return old;
}

size_t rd_push_idx(struct rd *r, size_t i)
{
	size_t old = r->plen;
	char buf[32];

	snprintf(buf, sizeof buf, "[%zu]", i);
	path_add(r, buf, strlen(buf));
	return old;
}

void rd_pop(struct rd *r, size_t old)
{
	r->plen = old;
	r->path[old] = 0;
}

/* ---- types and primitive fields ---------------------------------------- */

static int tmask(const json_t *v)
{
	switch (json_typeof(v)) {
	case JSON_OBJECT: return T_OBJ;
	case JSON_ARRAY: return T_ARR;
	case JSON_STRING: return T_STR;
	case JSON_INTEGER: return T_INT;
	case JSON_REAL: return T_REAL;
	case JSON_TRUE:
	case JSON_FALSE: return T_BOOL;
	default: return T_NULL;
	}
}

static const char *type_name(const json_t *v)
{
	switch (tmask(v)) {
	case T_OBJ: return "an object";
	case T_ARR: return "an array";
	case T_STR: return "a string";
	case T_INT:
	case T_REAL: return "a number";
	case T_BOOL: return json_is_true(v) ? "true" : "false";
	default: return "null";
	}
}

int rd_expect(struct rd *r, const json_t *v, int mask, const char *what)
{
	if (tmask(v) & mask)
		return 1;
	rd_bad(r, "must be %s, not %s", what, type_name(v));
	return 0;
}

void rd_check_keys(struct rd *r, json_t *o, const char *const *keys)
{
	const char *k;
	json_t *v;
	int i;

	json_object_foreach(o, k, v) {
		for (i = 0; keys[i] && strcmp(keys[i], k) != 0; i++)
			;
		if (!keys[i]) {
			size_t old = rd_push_key(r, k);
			rd_bad(r, "unknown key");
			rd_pop(r, old);
		}
	}
}

static const char *dup_str(struct rd *r, const json_t *v)
{
	return arena_strndup(r->a, json_string_value(v), json_string_length(v));
}

json_t *rd_field(struct rd *r, json_t *o, const char *k, int required,
		 size_t *old)
{
	json_t *v = json_object_get(o, k);

	*old = rd_push_key(r, k);
	if (!v || json_is_null(v)) {
		if (required)
			rd_bad(r, "missing");
		rd_pop(r, *old);
		return NULL;
	}
	return v;
}

const char *rd_str(struct rd *r, json_t *o, const char *k, int required)
{
	size_t old;
	json_t *v = rd_field(r, o, k, required, &old);
	const char *s = NULL;

	if (!v)
		return NULL;
	if (rd_expect(r, v, T_STR, "a string"))
		s = dup_str(r, v);
	rd_pop(r, old);
	return s;
}

const char *rd_text_value(struct rd *r, json_t *v)
{
	size_t n;
	char buf[40];
	const char *z;

	if (json_is_number(v)) {
		z = rd_numtext(r, v, buf, &n);
		return arena_strndup(r->a, z, n);
	}
	if (rd_expect(r, v, T_STR, "a string"))
		return dup_str(r, v);
	return NULL;
}

const char *rd_text(struct rd *r, json_t *o, const char *k, int required)
{
	size_t old;
	json_t *v = rd_field(r, o, k, required, &old);
	const char *s;

	if (!v)
		return NULL;
	s = rd_text_value(r, v);
	rd_pop(r, old);
	return s;
}

int rd_int(struct rd *r, json_t *o, const char *k, long lo, long hi, int *out)
{
	size_t old;
	json_t *v = rd_field(r, o, k, 0, &old);
	int ok = 0;

	if (!v)
		return 0;
	if (rd_expect(r, v, T_INT, "an integer")) {
		json_int_t x = json_integer_value(v);
		if (x < lo || x > hi) {
			rd_bad(r, "must be between %ld and %ld", lo, hi);
		} else {
			*out = (int)x;
			ok = 1;
		}
	}
	rd_pop(r, old);
	return ok;
}

int rd_bool(struct rd *r, json_t *o, const char *k, int *out)
{
	size_t old;
	json_t *v = rd_field(r, o, k, 0, &old);
	int ok = 0;

	if (!v)
		return 0;
	if (rd_expect(r, v, T_BOOL, "true or false")) {
		*out = json_is_true(v);
		ok = 1;
	}
	rd_pop(r, old);
	return ok;
}

int rd_enum(struct rd *r, json_t *o, const char *k, const char *const *names,
	    int *out)
{
	size_t old;
	json_t *v = rd_field(r, o, k, 0, &old);
	struct sbuf all = SBUF_INIT(0);
	int i, ok = 0;

	if (!v)
		return 0;
	if (rd_expect(r, v, T_STR, "a string")) {
		for (i = 0; names[i]; i++)
			if (strcmp(names[i], json_string_value(v)) == 0)
				break;
		if (names[i]) {
			*out = i;
			ok = 1;
		} else {
			for (i = 0; names[i]; i++)
				sbuf_addf(&all, "%s\"%s\"", i ? ", " : "", names[i]);
			rd_bad(r, "must be one of %s", all.z);
			sbuf_release(&all);
		}
	}
	rd_pop(r, old);
	return ok;
}

int rd_year_key(const char *k)
{
	int i, y = 0;

	for (i = 0; i < 4; i++) {
		if (k[i] < '0' || k[i] > '9')
			return 0;
		y = y * 10 + (k[i] - '0');
	}
	return k[4] == 0 && y >= 1900 && y <= 2199 ? y : 0;
}

void rd_each_year(struct rd *r, json_t *v, rd_year_fn fn, void *ctx)
{
	const char *k;
	json_t *x;

	if (!rd_expect(r, v, T_OBJ, "an object keyed by year"))
		return;
	json_object_foreach(v, k, x) {
		size_t old = rd_push_key(r, k);
		int y = rd_year_key(k);

		if (!y)
			rd_bad(r, "not a year (four digits, 1900-2199)");
		else if (!json_is_null(x))
			fn(r, y, x, ctx);
		rd_pop(r, old);
	}
}

int rd_cmp_tahun(const void *a, const void *b)
{
	int x = *(const int *)a, y = *(const int *)b;

	return (x > y) - (x < y);
}

int rd_nilai(struct rd *r, json_t *v, struct nilai *out)
{
	char buf[40];
	size_t n;

	if (json_is_string(v)) {
		out->raw = dup_str(r, v);
		out->is_num = 0;
		value_parse(json_string_value(v), json_string_length(v), &out->v);
	} else if (json_is_number(v)) {
		const char *z = rd_numtext(r, v, buf, &n);
		out->raw = arena_strndup(r->a, z, n);
		out->is_num = 1;
		value_from_json_number(z, n, &out->v);
	} else {
		rd_expect(r, v, T_STR | T_NUM, "a number or a string");
		return -1;
	}
	return out->raw ? 0 : -1;
}

/* ---- year lists ------------------------------------------------------- */

static void y_nilai(struct rd *r, int tahun, json_t *v, void *ctx)
{
	struct tahunan *t = ctx;
	struct nilai_thn *e = &t->a[t->n];

	if (rd_nilai(r, v, &e->n) == 0) {
		e->tahun = tahun;
		t->n++;
	}
}

void rd_tahunan(struct rd *r, json_t *v, struct tahunan *t)
{
	t->n = 0;
	t->a = arena_array(r->a, json_object_size(v), sizeof *t->a);
	if (!t->a)
		return;
	rd_each_year(r, v, y_nilai, t);
	if (t->n > 1)
		qsort(t->a, (size_t)t->n, sizeof *t->a, rd_cmp_tahun);
}

/* Section keys in reading order: known ones first, penutup last, the
 * others alphabetically between. */
static int section_rank(const char *k)
{
	static const char *const a[] = { "latar_belakang", "tugas_fungsi",
					 "analisis" };
	int i;

	for (i = 0; i < 3; i++)
		if (strcmp(k, a[i]) == 0)
			return i;
	return strcmp(k, "penutup") == 0 ? 4 : 3;
}

static int cmp_section(const void *a, const void *b)
{
	const char *x = *(const char *const *)a, *y = *(const char *const *)b;
	int rx = section_rank(x), ry = section_rank(y);

	return rx != ry ? (rx > ry) - (rx < ry) : strcmp(x, y);
}

static int section_key_ok(const char *k)
{
	if (!*k)
		return 0;
	for (; *k; k++)
		if (!((*k >= 'a' && *k <= 'z') || (*k >= '0' && *k <= '9') ||
		      *k == '_'))
			return 0;
	return 1;
}

/* The sections of one year, in section order. Pairs (key, text) are
 * sorted together in a scratch array, then split into kunci/teks. */
static void y_narasi(struct rd *r, int tahun, json_t *v, void *ctx)
{
	struct narasi_list *l = ctx;
	struct narasi *na = &l->a[l->n];
	size_t i, cap = json_object_size(v), n = 0;
	const char *k, **pair;
	json_t *x;

	if (!rd_expect(r, v, T_OBJ, "an object of sections"))
		return;
	na->tahun = tahun;
	na->kunci = arena_array(r->a, cap, sizeof *na->kunci);
	na->teks = arena_array(r->a, cap, sizeof *na->teks);
	pair = malloc((cap + 1) * 2 * sizeof *pair);
	if (!na->kunci || !na->teks || !pair) {
		r->nomem = 1;
		free(pair);
		return;
	}
	json_object_foreach(v, k, x) {
		size_t old = rd_push_key(r, k);

		if (!section_key_ok(k)) {
			rd_bad(r, "section key must be lowercase letters, digits or '_'");
		} else if (!json_is_null(x) && rd_expect(r, x, T_STR, "a string")) {
			pair[2 * n] = arena_strdup(r->a, k);
			pair[2 * n + 1] = dup_str(r, x);
			n += pair[2 * n] && pair[2 * n + 1]; /* else arena failed */
		}
		rd_pop(r, old);
	}
	if (n > 1)
		qsort(pair, n, 2 * sizeof *pair, cmp_section);
	for (i = 0; i < n; i++) {
		na->kunci[i] = pair[2 * i];
		na->teks[i] = pair[2 * i + 1];
	}
	na->n = (int)n;
	free(pair);
	l->n++;
}

void rd_narasi(struct rd *r, json_t *v, struct narasi_list *l)
{
	l->n = 0;
	l->a = arena_array(r->a, json_object_size(v), sizeof *l->a);
	if (!l->a)
		return;
	rd_each_year(r, v, y_narasi, l);
	if (l->n > 1)
		qsort(l->a, (size_t)l->n, sizeof *l->a, rd_cmp_tahun);
}

/* ---- duplicate kode ----------------------------------------------------- */

void rd_dup_add(struct rd *r, struct rd_dupset *d, const char *kode)
{
	if (!kode)
		return;
	if (d->n == d->cap) {
		int cap = d->cap ? d->cap * 2 : 64;
		struct rd_dup *a = realloc(d->a, (size_t)cap * sizeof *a);
		if (!a) {
			r->nomem = 1;
			return;
		}
		d->a = a;
		d->cap = cap;
	}
	d->a[d->n].kode = kode;
	d->a[d->n].path = arena_strdup(&r->tmp, r->path);
	d->a[d->n].seq = d->n;
	if (d->a[d->n].path)
		d->n++;
	else
		r->nomem = 1;
}

static int cmp_dup(const void *a, const void *b)
{
	const struct rd_dup *x = a, *y = b;
	int c = strcmp(x->kode, y->kode);

	return c ? c : (x->seq > y->seq) - (x->seq < y->seq);
}

void rd_dup_check(struct rd *r, struct rd_dupset *d, const char *what)
{
	int i, first = 0;

	if (d->n > 1)
		qsort(d->a, (size_t)d->n, sizeof *d->a, cmp_dup);
	for (i = 1; i < d->n; i++) {
		if (strcmp(d->a[i].kode, d->a[first].kode) != 0) {
			first = i;
			continue;
		}
		rd_bad_at(r, d->a[i].path, "duplicate %s kode '%s' (first at %s)",
			  what, d->a[i].kode, d->a[first].path);
	}
	d->n = 0;
}

