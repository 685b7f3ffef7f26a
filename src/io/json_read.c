/* json_read: the `sakip/1` reader (data-format.md), in three steps.
 *
 * 1. scan_bytes() walks the raw bytes once, skipping strings. It refuses
 *    nesting deeper than JSON_MAX_DEPTH before jansson (which recurses)
 *    sees the input, so 100 MB of "[[[[" is a quick, clean error, and it
 *    records where every number token starts and ends.
 * 2. json_loadb() with JSON_REJECT_DUPLICATES builds the tree; a syntax
 *    error comes back as "NAME:LINE:COL: message".
 * 3. pair_numbers() walks the tree in document order (jansson keeps
 *    object keys in insertion order) and pairs the k-th number node with
 *    the k-th number token. A value thus keeps its exact text: 84.02
 *    stays "84.02" (a double would print 84.019999999999996) and 85.50
 *    keeps its two decimals. Should the counts ever differ, jansson's own
 *    values are used instead (shortest text that reads back the same).
 *    Then the whole document is validated and copied into the package's
 *    arena, every problem collected with its path.
 *
 * The planning tree (nodes, indicators, budgets) is in json_read_node.c. */
#include "json.h"
#include "json_priv.h"
#include "../util/err.h"

#include <inttypes.h>
#include <stdarg.h>
#include <stdint.h>
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

/* ---- numbers ------------------------------------------------------------ */

static int is_numch(char c)
{
	return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' ||
	       c == 'e' || c == 'E';
}

/* Step 1: depth and number tokens. SK_EINVAL with the position when too
 * deep (the input is wrong, not too big), SK_ENOMEM. */
static int scan_bytes(struct rd *r, const char *buf, size_t n)
{
	size_t i = 0, line = 1, bol = 0, cap = 0;
	int depth = 0;

	while (i < n) {
		char c = buf[i];

		if (c == '"') {
			for (i++; i < n && buf[i] != '"'; i++)
				if (buf[i] == '\\')
					i++;
			i++;
			continue;
		}
		if (c == '[' || c == '{') {
			if (++depth > JSON_MAX_DEPTH) {
				sbuf_addf(r->errs, "%s:%zu:%zu: nested deeper than %d levels\n",
					  r->name, line, i - bol + 1, JSON_MAX_DEPTH);
				return SK_EINVAL; /* bad data, not a resource */
			}
		} else if (c == ']' || c == '}') {
			depth--;
		} else if (c == '\n') {
			line++;
			bol = i + 1;
		} else if (c == '-' || (c >= '0' && c <= '9')) {
			size_t start = i;
			while (i < n && is_numch(buf[i]))
				i++;
			if (r->nnums == cap) {
				struct rd_num *a;
				cap = cap ? cap * 2 : 256;
				a = realloc(r->nums, cap * sizeof *a);
				if (!a)
					return SK_ENOMEM;
				r->nums = a;
			}
			r->nums[r->nnums].j = NULL;
			r->nums[r->nnums].z = buf + start;
			r->nums[r->nnums++].n = i - start;
			continue;
		}
		i++;
	}
	return 0;
}

static void pair_walk(struct rd *r, const json_t *j, size_t *k)
{
	const char *key;
	json_t *v;
	size_t i;

	if (json_is_object(j)) {
		json_object_foreach((json_t *)j, key, v)
			pair_walk(r, v, k);
	} else if (json_is_array(j)) {
		json_array_foreach(j, i, v)
			pair_walk(r, v, k);
	} else if (json_is_number(j)) {
		if (*k < r->nnums)
			r->nums[*k].j = j;
		(*k)++;
	}
}

static int cmp_num(const void *a, const void *b)
{
	uintptr_t x = (uintptr_t)((const struct rd_num *)a)->j;
	uintptr_t y = (uintptr_t)((const struct rd_num *)b)->j;

	return (x > y) - (x < y);
}

/* Step 3a: number nodes ↔ tokens, sorted by node for rd_numtext. */
static void pair_numbers(struct rd *r, const json_t *root)
{
	size_t k = 0;

	pair_walk(r, root, &k);
	if (k != r->nnums) {
		free(r->nums);
		r->nums = NULL;
		r->nnums = 0;
		return;
	}
	if (r->nnums > 1)
		qsort(r->nums, r->nnums, sizeof *r->nums, cmp_num);
}

const char *rd_numtext(struct rd *r, const json_t *v, char *buf, size_t *n)
{
	struct rd_num key, *hit = NULL;
	int prec;

	key.j = v;
	if (r->nums)
		hit = bsearch(&key, r->nums, r->nnums, sizeof key, cmp_num);
	if (hit) {
		*n = hit->n;
		return hit->z;
	}
	if (json_is_integer(v)) {
		snprintf(buf, 40, "%" JSON_INTEGER_FORMAT, json_integer_value(v));
	} else {
		double d = json_real_value(v);
		for (prec = 1; prec < 17; prec++) {
			snprintf(buf, 40, "%.*g", prec, d);
			if (strtod(buf, NULL) == d)
				break;
		}
		snprintf(buf, 40, "%.*g", prec, d);
	}
	*n = strlen(buf);
	return buf;
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

/* A JSON number as an exact decimal (kebijakan). */
static int rd_num_field(struct rd *r, json_t *o, const char *k, int required,
			struct num *out)
{
	size_t old, n;
	json_t *v = rd_field(r, o, k, required, &old);
	struct value val;
	char buf[40];
	const char *z;
	int ok = 0;

	if (!v)
		return 0;
	if (rd_expect(r, v, T_NUM, "a number")) {
		z = rd_numtext(r, v, buf, &n);
		value_from_json_number(z, n, &val);
		if (val.kind == VAL_ANGKA) {
			*out = val.x;
			ok = 1;
		} else {
			rd_bad(r, "number out of range");
		}
	}
	rd_pop(r, old);
	return ok;
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

static int section_before(const char *a, const char *b)
{
	int ra = section_rank(a), rb = section_rank(b);

	return ra != rb ? ra < rb : strcmp(a, b) < 0;
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

static void narasi_add(struct narasi *na, const char *k, const char *t)
{
	int j = na->n++;

	for (; j > 0 && section_before(k, na->kunci[j - 1]); j--) {
		na->kunci[j] = na->kunci[j - 1];
		na->teks[j] = na->teks[j - 1];
	}
	na->kunci[j] = k;
	na->teks[j] = t;
}

static void y_narasi(struct rd *r, int tahun, json_t *v, void *ctx)
{
	struct narasi_list *l = ctx;
	struct narasi *na = &l->a[l->n];
	size_t cap = json_object_size(v);
	const char *k;
	json_t *x;

	if (!rd_expect(r, v, T_OBJ, "an object of sections"))
		return;
	na->tahun = tahun;
	na->kunci = arena_array(r->a, cap, sizeof *na->kunci);
	na->teks = arena_array(r->a, cap, sizeof *na->teks);
	if (!na->kunci || !na->teks)
		return;
	json_object_foreach(v, k, x) {
		size_t old = rd_push_key(r, k);

		if (!section_key_ok(k))
			rd_bad(r, "section key must be lowercase letters, digits or '_'");
		else if (!json_is_null(x) && rd_expect(r, x, T_STR, "a string"))
			narasi_add(na, arena_strdup(r->a, k), dup_str(r, x));
		rd_pop(r, old);
	}
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

/* ---- kebijakan ----------------------------------------------------------- */

static void rd_skala(struct rd *r, json_t *v, struct kebijakan *k)
{
	static const char *const keys[] = { "min", "label", NULL };
	size_t i, n = json_array_size(v);
	int ok;

	if (!rd_expect(r, v, T_ARR, "an array of {min, label}"))
		return;
	if (n == 0)
		rd_bad(r, "must not be empty");
	k->skala = arena_array(r->a, n, sizeof *k->skala);
	if (!k->skala)
		return;
	k->has_skala = 1;
	for (i = 0; i < n; i++) {
		size_t old = rd_push_idx(r, i);
		json_t *row = json_array_get(v, i);
		struct skala_predikat_row *s = &k->skala[k->nskala];

		if (rd_expect(r, row, T_OBJ, "an object {min, label}")) {
			rd_check_keys(r, row, keys);
			s->label = rd_str(r, row, "label", 1);
			ok = rd_num_field(r, row, "min", 1, &s->min);
			if (ok && k->nskala > 0 &&
			    num_cmp(s->min, k->skala[k->nskala - 1].min) >= 0) {
				rd_bad(r, "min must be lower than the row before (highest first)");
				ok = 0;
			}
			if (ok && s->label)
				k->nskala++;
		}
		rd_pop(r, old);
	}
}

static void rd_efisiensi(struct rd *r, json_t *v, struct kebijakan *k)
{
	static const char *const keys[] = { "metode", "ambang", NULL };
	static const char *const metode[] = { "selisih", NULL };
	int m;

	if (!rd_expect(r, v, T_OBJ, "an object {metode, ambang}"))
		return;
	rd_check_keys(r, v, keys);
	k->has_efisiensi = 1;
	if (rd_enum(r, v, "metode", metode, &m))
		k->efisiensi_metode = metode[m];
	rd_num_field(r, v, "ambang", 0, &k->efisiensi_ambang);
}

static void rd_kebijakan(struct rd *r, json_t *v, struct kebijakan *k)
{
	static const char *const keys[] = { "rumus_negatif", "batas_capaian",
		"skala_predikat", "efisiensi", "desimal", NULL };
	static const char *const rumus[] = { "2T-R", "T/R", NULL };
	json_t *x;
	size_t old;
	int i;

	if (!rd_expect(r, v, T_OBJ, "an object"))
		return;
	rd_check_keys(r, v, keys);
	if (rd_enum(r, v, "rumus_negatif", rumus, &i)) {
		k->has_rumus = 1;
		k->rumus_negatif = i == 0 ? RUMUS_2T_R : RUMUS_T_R;
	}
	k->has_batas = rd_num_field(r, v, "batas_capaian", 0, &k->batas_capaian);
	if ((x = rd_field(r, v, "skala_predikat", 0, &old)) != NULL) {
		rd_skala(r, x, k);
		rd_pop(r, old);
	}
	if ((x = rd_field(r, v, "efisiensi", 0, &old)) != NULL) {
		rd_efisiensi(r, x, k);
		rd_pop(r, old);
	}
	if (rd_int(r, v, "desimal", 0, 9, &k->desimal))
		k->has_desimal = 1;
}

/* ---- instansi ------------------------------------------------------------ */

static void rd_pejabat(struct rd *r, json_t *o, const char *k, int *has,
		       struct pejabat *pj)
{
	static const char *const keys[] = { "nama", "nip", "jabatan", "pangkat",
					    NULL };
	size_t old;
	json_t *v = rd_field(r, o, k, 0, &old);

	if (!v)
		return;
	if (rd_expect(r, v, T_OBJ, "an object")) {
		rd_check_keys(r, v, keys);
		*has = 1;
		pj->nama = rd_str(r, v, "nama", 0);
		pj->nip = rd_str(r, v, "nip", 0);
		pj->jabatan = rd_str(r, v, "jabatan", 0);
		pj->pangkat = rd_str(r, v, "pangkat", 0);
	}
	rd_pop(r, old);
}

static void rd_renstra(struct rd *r, json_t *v, struct instansi *in)
{
	static const char *const keys[] = { "awal", "akhir", "acuan", NULL };

	if (!rd_expect(r, v, T_OBJ, "an object"))
		return;
	rd_check_keys(r, v, keys);
	rd_int(r, v, "awal", 1900, 2199, &in->renstra_awal);
	rd_int(r, v, "akhir", 1900, 2199, &in->renstra_akhir);
	in->renstra_acuan = rd_str(r, v, "acuan", 0);
	if (in->renstra_awal && in->renstra_akhir &&
	    in->renstra_akhir < in->renstra_awal)
		rd_bad(r, "akhir %d is before awal %d", in->renstra_akhir,
		       in->renstra_awal);
}

static int date_ok(const char *s)
{
	static const int mdays[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	int i, y, m, d;

	for (i = 0; i < 10; i++)
		if (i == 4 || i == 7 ? s[i] != '-' : (s[i] < '0' || s[i] > '9'))
			return 0;
	if (s[10])
		return 0;
	y = atoi(s);
	m = atoi(s + 5);
	d = atoi(s + 8);
	if (m < 1 || m > 12 || d < 1 || d > mdays[m - 1])
		return 0;
	return !(m == 2 && d == 29 && (y % 4 || (y % 100 == 0 && y % 400)));
}

static void rd_ttd(struct rd *r, json_t *v, struct tempat_tanggal *t,
		   const char *const *keys)
{
	size_t old;

	rd_check_keys(r, v, keys);
	t->tempat = rd_str(r, v, "tempat", 0);
	t->tanggal = rd_str(r, v, "tanggal", 0);
	if (t->tanggal && !date_ok(t->tanggal)) {
		old = rd_push_key(r, "tanggal");
		rd_bad(r, "'%s' is not a date YYYY-MM-DD", t->tanggal);
		rd_pop(r, old);
	}
}

static void y_pk(struct rd *r, int tahun, json_t *v, void *ctx)
{
	static const char *const keys[] = { "tempat", "tanggal", "perubahan",
					    NULL };
	static const char *const keys2[] = { "tempat", "tanggal", NULL };
	struct instansi *in = ctx;
	struct pk *pk = &in->pk[in->npk];
	json_t *x;
	size_t old;

	if (!rd_expect(r, v, T_OBJ, "an object {tempat, tanggal, perubahan}"))
		return;
	pk->tahun = tahun;
	rd_ttd(r, v, &pk->ttd, keys);
	if ((x = rd_field(r, v, "perubahan", 0, &old)) != NULL) {
		if (rd_expect(r, x, T_OBJ, "an object {tempat, tanggal}")) {
			pk->has_perubahan = 1;
			rd_ttd(r, x, &pk->perubahan, keys2);
		}
		rd_pop(r, old);
	}
	in->npk++;
}

static void y_angdil(struct rd *r, int tahun, json_t *v, void *ctx)
{
	struct instansi *in = ctx;
	struct anggaran_dilaporkan *d =
		&in->anggaran_dilaporkan[in->nanggaran_dilaporkan];

	d->tahun = tahun;
	rd_cetak_list(r, v, &d->a, &d->n);
	in->nanggaran_dilaporkan++;
}

/* JSON as canonical compact text: keys sorted (strcmp), numbers as
 * written in the input. */
static void canon(struct rd *r, const json_t *j, struct sbuf *b)
{
	const char *k, **keys;
	json_t *v;
	size_t i, n = 0;
	char buf[40];

	switch (json_typeof(j)) {
	case JSON_OBJECT:
		keys = malloc((json_object_size(j) + 1) * sizeof *keys);
		if (!keys) {
			r->nomem = 1;
			return;
		}
		json_object_foreach((json_t *)j, k, v)
			keys[n++] = k;
		for (i = 1; i < n; i++) { /* insertion sort: profil is small */
			const char *t = keys[i];
			size_t m = i;
			for (; m > 0 && strcmp(t, keys[m - 1]) < 0; m--)
				keys[m] = keys[m - 1];
			keys[m] = t;
		}
		sbuf_addc(b, '{');
		for (i = 0; i < n; i++) {
			if (i)
				sbuf_addc(b, ',');
			json_put_string(b, keys[i], strlen(keys[i]));
			sbuf_addc(b, ':');
			canon(r, json_object_get(j, keys[i]), b);
		}
		sbuf_addc(b, '}');
		free(keys);
		break;
	case JSON_ARRAY:
		sbuf_addc(b, '[');
		json_array_foreach(j, i, v) {
			if (i)
				sbuf_addc(b, ',');
			canon(r, v, b);
		}
		sbuf_addc(b, ']');
		break;
	case JSON_STRING:
		json_put_string(b, json_string_value(j), json_string_length(j));
		break;
	case JSON_INTEGER:
	case JSON_REAL:
		k = rd_numtext(r, j, buf, &n);
		sbuf_add(b, k, n);
		break;
	default:
		sbuf_adds(b, json_is_true(j) ? "true" : json_is_false(j) ? "false" : "null");
	}
}

static void rd_profil(struct rd *r, json_t *v, struct instansi *in)
{
	struct sbuf b = SBUF_INIT(0);
	const char *k;
	json_t *x;

	if (!rd_expect(r, v, T_OBJ, "an object keyed by year"))
		return;
	json_object_foreach(v, k, x) {
		size_t old = rd_push_key(r, k);
		if (!rd_year_key(k))
			rd_bad(r, "not a year (four digits, 1900-2199)");
		else
			rd_expect(r, x, T_OBJ | T_NULL, "an object");
		rd_pop(r, old);
	}
	canon(r, v, &b);
	if (b.err)
		r->nomem = 1;
	else
		in->profil_json = arena_strndup(r->a, b.z, b.n);
	sbuf_release(&b);
}

/* The year-keyed parts of an agency; each array is sized from its object
 * and sorted by year. */
static void rd_instansi_years(struct rd *r, json_t *o, struct instansi *in)
{
	size_t old;
	json_t *v;

	if ((v = rd_field(r, o, "pk", 0, &old)) != NULL) {
		in->pk = arena_array(r->a, json_object_size(v), sizeof *in->pk);
		if (in->pk)
			rd_each_year(r, v, y_pk, in);
		if (in->npk > 1)
			qsort(in->pk, (size_t)in->npk, sizeof *in->pk, rd_cmp_tahun);
		rd_pop(r, old);
	}
	if ((v = rd_field(r, o, "anggaran_dilaporkan", 0, &old)) != NULL) {
		in->anggaran_dilaporkan = arena_array(r->a, json_object_size(v),
						      sizeof *in->anggaran_dilaporkan);
		if (in->anggaran_dilaporkan)
			rd_each_year(r, v, y_angdil, in);
		if (in->nanggaran_dilaporkan > 1)
			qsort(in->anggaran_dilaporkan, (size_t)in->nanggaran_dilaporkan,
			      sizeof *in->anggaran_dilaporkan, rd_cmp_tahun);
		rd_pop(r, old);
	}
	if ((v = rd_field(r, o, "narasi", 0, &old)) != NULL) {
		rd_narasi(r, v, &in->narasi);
		rd_pop(r, old);
	}
	if ((v = rd_field(r, o, "profil", 0, &old)) != NULL) {
		rd_profil(r, v, in);
		rd_pop(r, old);
	}
}

static void rd_instansi(struct rd *r, json_t *o, struct instansi *in)
{
	static const char *const keys[] = { "kode", "nama", "pimpinan", "atasan",
		"renstra", "pk", "anggaran_dilaporkan", "narasi", "profil",
		"tujuan", NULL };
	size_t old;
	json_t *v;

	if (!rd_expect(r, o, T_OBJ, "an object"))
		return;
	rd_check_keys(r, o, keys);
	in->kode = rd_str(r, o, "kode", 1);
	in->nama = rd_str(r, o, "nama", 1);
	rd_pejabat(r, o, "pimpinan", &in->has_pimpinan, &in->pimpinan);
	rd_pejabat(r, o, "atasan", &in->has_atasan, &in->atasan);
	if ((v = rd_field(r, o, "renstra", 0, &old)) != NULL) {
		rd_renstra(r, v, in);
		rd_pop(r, old);
	}
	rd_instansi_years(r, o, in);
	if ((v = rd_field(r, o, "tujuan", 0, &old)) != NULL) {
		rd_nodes(r, v, TK_TUJUAN, &in->ntujuan, &in->tujuan);
		rd_pop(r, old);
	}
	rd_dup_check(r, &r->dup_node, "node");
	rd_dup_check(r, &r->dup_ind, "indikator");
}

/* ---- the package ----------------------------------------------------------- */

static void rd_pemda(struct rd *r, json_t *o)
{
	static const char *const keys[] = { "kode", "nama", NULL };
	size_t old;
	json_t *v = rd_field(r, o, "pemda", 0, &old);

	if (!v)
		return;
	if (rd_expect(r, v, T_OBJ, "an object {kode, nama}")) {
		rd_check_keys(r, v, keys);
		r->p->pemda_kode = rd_str(r, v, "kode", 0);
		r->p->pemda_nama = rd_str(r, v, "nama", 0);
	}
	rd_pop(r, old);
}

static void rd_instansi_list(struct rd *r, json_t *v)
{
	struct pkg *p = r->p;
	struct rd_dupset ag = { NULL, 0, 0 };
	size_t i, n = json_array_size(v);

	if (!rd_expect(r, v, T_ARR, "an array"))
		return;
	p->instansi = arena_array(r->a, n, sizeof *p->instansi);
	if (!p->instansi)
		return;
	for (i = 0; i < n; i++) {
		size_t old = rd_push_idx(r, i);
		struct instansi *in = &p->instansi[p->ninstansi++];

		rd_instansi(r, json_array_get(v, i), in);
		if (in->kode) {
			size_t o2 = rd_push_key(r, "kode");
			rd_dup_add(r, &ag, in->kode);
			rd_pop(r, o2);
		}
		rd_pop(r, old);
	}
	rd_dup_check(r, &ag, "instansi");
	free(ag.a);
}

static void rd_pkg(struct rd *r, json_t *root)
{
	static const char *const keys[] = { "format", "pemda", "kebijakan",
					    "instansi", NULL };
	const char *fmt;
	size_t old;
	json_t *v;

	if (!rd_expect(r, root, T_OBJ, "an object"))
		return;
	rd_check_keys(r, root, keys);
	fmt = rd_str(r, root, "format", 1);
	if (fmt && strcmp(fmt, "sakip/1") != 0) {
		old = rd_push_key(r, "format");
		rd_bad(r, "must be \"sakip/1\", not \"%.40s\"", fmt);
		rd_pop(r, old);
	}
	rd_pemda(r, root);
	if ((v = rd_field(r, root, "kebijakan", 0, &old)) != NULL) {
		rd_kebijakan(r, v, &r->p->kebijakan);
		rd_pop(r, old);
	}
	if ((v = rd_field(r, root, "instansi", 1, &old)) != NULL) {
		rd_instansi_list(r, v);
		rd_pop(r, old);
	}
}

/* jansson's message, with bytes that are not printable ASCII as '?'
 * (it quotes the offending input, which may be invalid UTF-8). */
static void syntax_error(struct rd *r, const json_error_t *e)
{
	char text[sizeof e->text];
	size_t i;

	for (i = 0; e->text[i] && i + 1 < sizeof text; i++) {
		unsigned char c = (unsigned char)e->text[i];
		text[i] = c < 0x20 || c >= 0x7f ? '?' : (char)c;
	}
	text[i] = 0;
	sbuf_addf(r->errs, "%s:%d:%d: %s\n", r->name, e->line, e->column, text);
}

static int finish(struct rd *r, int rc)
{
	if (rc == 0 && (r->nomem || r->a->err))
		rc = r->a->err == SK_ELIMIT ? SK_ELIMIT : SK_ENOMEM;
	if (rc == 0 && r->nerr)
		rc = SK_EINVAL;
	if (r->nerr > RD_ERR_MAX)
		sbuf_addf(r->errs, "%s: %d more problems not shown\n", r->name,
			  r->nerr - RD_ERR_MAX);
	if (rc == SK_ENOMEM && !r->nerr)
		sbuf_addf(r->errs, "%s: out of memory\n", r->name);
	free(r->nums);
	free(r->dup_node.a);
	free(r->dup_ind.a);
	arena_free(&r->tmp);
	if (rc)
		pkg_free(r->p);
	return rc;
}

int json_read_pkg(const char *name, const char *buf, size_t n, struct pkg *p,
		  struct sbuf *errs)
{
	struct sbuf dummy = SBUF_INIT(0);
	struct rd r;
	json_error_t e;
	json_t *root;
	int rc;

	memset(&r, 0, sizeof r);
	r.name = name ? name : "input";
	r.p = p;
	r.a = &p->arena;
	r.errs = errs ? errs : &dummy;
	pkg_init(p);
	if (n > JSON_MAX_BYTES) {
		sbuf_addf(r.errs, "%s: %zu bytes, more than the limit of %zu\n",
			  r.name, n, JSON_MAX_BYTES);
		rc = finish(&r, SK_ELIMIT);
	} else if ((rc = scan_bytes(&r, buf, n)) != 0) {
		rc = finish(&r, rc);
	} else if (!(root = json_loadb(buf, n, JSON_REJECT_DUPLICATES, &e))) {
		syntax_error(&r, &e);
		rc = finish(&r, SK_EINVAL);
	} else {
		pair_numbers(&r, root);
		rd_pkg(&r, root);
		json_decref(root);
		rc = finish(&r, 0);
	}
	sbuf_release(&dummy);
	return rc;
}
