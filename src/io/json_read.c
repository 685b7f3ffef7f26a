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
 * Fields and year lists are read by json_read_field.c, an agency by
 * json_read_instansi.c, its planning tree by json_read_node.c. */
#include "json.h"
#include "json_priv.h"
#include "../util/err.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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
	if (n >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0) { /* a UTF-8 BOM */
		buf += 3;
		n -= 3;
	}
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
