/* lke_json_template: LKE templates as `sakip-lke-template/1` JSON, so
 * that a pemda can load its own variant without touching code
 * (lke_json.h). */
#include "lke_json_priv.h"
#include "../util/err.h"

#include <stdio.h>
#include <string.h>

/* A required non-empty string o.k copied into the arena. */
static const char *str(struct lkj_rd *r, json_t *o, const char *k,
		       const char *key, int required)
{
	json_t *v = json_object_get(o, k);

	if (!v || json_is_null(v)) {
		if (required)
			lkj_bad(r, key, "%s is missing", k);
		return required ? "" : NULL;
	}
	if (!json_is_string(v) || !json_string_length(v)) {
		lkj_bad(r, key, "%s must be a non-empty string", k);
		return "";
	}
	return arena_strndup(r->a, json_string_value(v), json_string_length(v));
}

/* "4.5", 4.5 or 30 as an exact decimal (up to 6 places). */
static int parse_dec(const char *z, struct num *out)
{
	int64_t m = 0;
	int e = 0, frac = 0, nd = 0;

	for (; *z; z++) {
		if (*z == '.' && !frac) {
			frac = 1;
			continue;
		}
		if (*z < '0' || *z > '9' || nd >= 15 || (frac && e >= 6))
			return -1;
		m = m * 10 + (*z - '0');
		nd++;
		e += frac;
	}
	if (!nd)
		return -1;
	out->m = m;
	out->e = e;
	return 0;
}

static struct num bobot(struct lkj_rd *r, json_t *o, const char *key)
{
	json_t *v = json_object_get(o, "bobot");
	struct num n = { 0, 0 };
	char buf[64];
	const char *z = buf;

	if (json_is_string(v))
		z = json_string_value(v);
	else if (json_is_integer(v))
		snprintf(buf, sizeof buf, "%lld", (long long)json_integer_value(v));
	else if (json_is_real(v))
		snprintf(buf, sizeof buf, "%.10g", json_real_value(v));
	else
		z = NULL;
	if (!z || parse_dec(z, &n))
		lkj_bad(r, key, "bobot must be a number such as 4.5");
	return n;
}

static const char *const aJenis[] = { "", "YT", "AE" };

/* Room in the arena for the elements of v, a non-empty array (NULL when
 * out of memory); NULL and "KEY: msg" when v is not one. */
static void *items(struct lkj_rd *r, json_t *v, size_t size, const char *key,
		   const char *msg)
{
	if (!json_is_array(v) || !json_array_size(v)) {
		lkj_bad(r, key, "%s", msg);
		return NULL;
	}
	return arena_array(r->a, json_array_size(v), size);
}

static void read_kriteria(struct lkj_rd *r, json_t *v, struct lke_sub *s,
			  const char *skey)
{
	static const char *const aKey[] = { "kode", "uraian", "jenis", "pemda",
					    NULL };
	struct lke_kriteria *k;
	char key[160];
	size_t i;

	if (!(k = items(r, v, sizeof *k, skey, "kriteria must be a non-empty "
			"array")))
		return;
	for (i = 0; i < json_array_size(v); i++) {
		json_t *x = json_array_get(v, i);
		const char *j;
		snprintf(key, sizeof key, "%s.kriteria[%zu]", skey, i);
		if (!lkj_object(r, x, key, aKey, "must be an object"))
			continue;
		k[i].kode = str(r, x, "kode", key, 1);
		k[i].uraian = str(r, x, "uraian", key, 1);
		j = str(r, x, "jenis", key, 1);
		k[i].jenis = strcmp(j, "YT") == 0 ? LKE_YT
			   : strcmp(j, "AE") == 0 ? LKE_AE : 0;
		if (!k[i].jenis)
			lkj_bad(r, key, "jenis must be YT or AE");
		if (json_is_true(json_object_get(x, "pemda")))
			k[i].flags |= LKE_K_PEMDA;
	}
	s->k = k;
	s->nk = (int)json_array_size(v);
}

static void read_sub(struct lkj_rd *r, json_t *v, struct lke_komponen *km,
		     const char *kkey)
{
	static const char *const aKey[] = { "kode", "nama", "bobot",
					    "kriteria", NULL };
	struct lke_sub *s;
	char key[128];
	size_t i;

	if (!(s = items(r, v, sizeof *s, kkey, "sub must be a non-empty array")))
		return;
	for (i = 0; i < json_array_size(v); i++) {
		json_t *x = json_array_get(v, i);
		snprintf(key, sizeof key, "%s.sub[%zu]", kkey, i);
		if (!lkj_object(r, x, key, aKey, "must be an object"))
			continue;
		s[i].kode = str(r, x, "kode", key, 1);
		s[i].nama = str(r, x, "nama", key, 1);
		s[i].bobot = bobot(r, x, key);
		read_kriteria(r, json_object_get(x, "kriteria"), &s[i], key);
	}
	km->sub = s;
	km->nsub = (int)json_array_size(v);
}

static void read_komponen(struct lkj_rd *r, json_t *v, struct lke_template *t)
{
	static const char *const aKey[] = { "kode", "nama", "bobot", "sub",
					    NULL };
	struct lke_komponen *k;
	char key[64];
	size_t i;

	if (!(k = items(r, v, sizeof *k, "komponen", "must be a non-empty "
			"array")))
		return;
	for (i = 0; i < json_array_size(v); i++) {
		json_t *x = json_array_get(v, i);
		snprintf(key, sizeof key, "komponen[%zu]", i);
		if (!lkj_object(r, x, key, aKey, "must be an object"))
			continue;
		k[i].kode = str(r, x, "kode", key, 1);
		k[i].nama = str(r, x, "nama", key, 1);
		k[i].bobot = bobot(r, x, key);
		read_sub(r, json_object_get(x, "sub"), &k[i], key);
	}
	t->komponen = k;
	t->nkomponen = (int)json_array_size(v);
}

static void read_aturan(struct lkj_rd *r, json_t *v, struct lke_template *t)
{
	static const char *const aKey[] = { "nama", "jenis", "kode", "syarat",
					    "uraian", NULL };
	struct lke_aturan *a;
	char key[64];
	size_t i;

	if (!lkj_is(r, v, JSON_ARRAY, "aturan", "must be an array"))
		return;
	a = arena_array(r->a, json_array_size(v) + 1, sizeof *a);
	for (i = 0; a && i < json_array_size(v); i++) {
		json_t *x = json_array_get(v, i);
		const char *j;
		snprintf(key, sizeof key, "aturan[%zu]", i);
		if (!lkj_object(r, x, key, aKey, "must be an object"))
			continue;
		a[i].nama = str(r, x, "nama", key, 1);
		a[i].kode = str(r, x, "kode", key, 1);
		a[i].syarat = str(r, x, "syarat", key, 1);
		a[i].uraian = str(r, x, "uraian", key, 1);
		j = str(r, x, "jenis", key, 1);
		a[i].jenis = strcmp(j, "syarat") == 0 ? LKE_ATURAN_SYARAT
			   : strcmp(j, "rata") == 0 ? LKE_ATURAN_RATA : 0;
		if (!a[i].jenis)
			lkj_bad(r, key, "jenis must be syarat or rata");
	}
	t->aturan = a;
	t->naturan = (int)json_array_size(v);
}

void lke_template_mem_free(struct lke_template_mem *m)
{
	arena_free(&m->arena);
	memset(m, 0, sizeof *m);
}

int lke_json_template_read(const char *name, const char *buf, size_t n,
			   struct lke_template_mem *m, struct sbuf *errs)
{
	static const char *const aTop[] = { "format", "kode", "versi", "nama",
					    "komponen", "aturan", NULL };
	struct lkj_rd r = { name, errs, 0, &m->arena, NULL };
	struct lke_template *t = &m->t;
	struct sk_err e = { 0, "" };
	json_t *top, *v;
	const char *z;
	int versi;

	if (!(top = lkj_load(name, buf, n, errs)))
		return SK_EINVAL;
	if (!json_is_object(top)) {
		lkj_bad(&r, "(top level)", "must be an object");
	} else {
		lkj_keys(&r, top, "(top level)", aTop);
		z = str(&r, top, "format", "format", 1);
		if (strcmp(z, LKE_JSON_TEMPLATE_FORMAT) != 0)
			lkj_bad(&r, "format", "must be \"%s\"",
			    LKE_JSON_TEMPLATE_FORMAT);
		t->kode = str(&r, top, "kode", "kode", 1);
		t->nama = str(&r, top, "nama", "nama", 1);
		v = json_object_get(top, "versi");
		if (v && (!json_is_integer(v) || json_integer_value(v) < 1 ||
			  json_integer_value(v) > 1000000))
			lkj_bad(&r, "versi", "must be a whole number from 1");
		else if (v)
			t->versi = (int)json_integer_value(v);
		read_komponen(&r, json_object_get(top, "komponen"), t);
		read_aturan(&r, json_object_get(top, "aturan"), t);
	}
	json_decref(top);
	if (!r.nerr && !m->arena.err) {
		versi = t->versi;
		t->versi = versi ? versi : 1; /* checked as if numbered */
		if (lke_template_check(t, &e)) {
			size_t from = errs->n;

			sbuf_addf(errs, "%s: %s", name, e.msg);
			lkj_one_line(errs, from);
			sbuf_addc(errs, '\n');
			r.nerr++;
		}
		t->versi = versi;
	}
	if (r.nerr || m->arena.err) {
		lke_template_mem_free(m);
		return r.nerr ? SK_EINVAL : SK_ENOMEM;
	}
	return 0;
}

static void put_num(struct sbuf *out, struct num n)
{
	char buf[NUM_BUFSZ];

	while (n.e > 0 && n.m % 10 == 0) {
		n.m /= 10;
		n.e--;
	}
	sbuf_adds(out, num_format(n, -1, NUM_PLAIN, buf));
}

static void put_kv(struct sbuf *out, const char *k, const char *v)
{
	sbuf_addf(out, "\"%s\": ", k);
	lke_json_string(out, v);
}

static void put_sub(struct sbuf *out, const struct lke_sub *s, int last)
{
	int k;

	sbuf_adds(out, "        {");
	put_kv(out, "kode", s->kode);
	sbuf_adds(out, ", ");
	put_kv(out, "nama", s->nama);
	sbuf_adds(out, ", \"bobot\": ");
	put_num(out, s->bobot);
	sbuf_adds(out, ", \"kriteria\": [\n");
	for (k = 0; k < s->nk; k++) {
		sbuf_adds(out, "          {");
		put_kv(out, "kode", s->k[k].kode);
		sbuf_adds(out, ", ");
		put_kv(out, "uraian", s->k[k].uraian);
		sbuf_addf(out, ", \"jenis\": \"%s\"%s}%s\n",
			  aJenis[s->k[k].jenis == LKE_AE ? 2 : 1],
			  s->k[k].flags & LKE_K_PEMDA ? ", \"pemda\": true" : "",
			  k + 1 < s->nk ? "," : "");
	}
	sbuf_addf(out, "        ]}%s\n", last ? "" : ",");
}

void lke_json_template_write(const struct lke_template *t, struct sbuf *out)
{
	int i, j;

	sbuf_addf(out, "{\n  \"format\": \"%s\",\n  ", LKE_JSON_TEMPLATE_FORMAT);
	put_kv(out, "kode", t->kode);
	sbuf_addf(out, ",\n  \"versi\": %d,\n  ", t->versi);
	put_kv(out, "nama", t->nama);
	sbuf_adds(out, ",\n  \"komponen\": [\n");
	for (i = 0; i < t->nkomponen; i++) {
		const struct lke_komponen *k = &t->komponen[i];
		sbuf_adds(out, "    {");
		put_kv(out, "kode", k->kode);
		sbuf_adds(out, ", ");
		put_kv(out, "nama", k->nama);
		sbuf_adds(out, ", \"bobot\": ");
		put_num(out, k->bobot);
		sbuf_adds(out, ", \"sub\": [\n");
		for (j = 0; j < k->nsub; j++)
			put_sub(out, &k->sub[j], j + 1 == k->nsub);
		sbuf_addf(out, "      ]}%s\n", i + 1 < t->nkomponen ? "," : "");
	}
	sbuf_adds(out, "  ],\n  \"aturan\": [");
	for (i = 0; i < t->naturan; i++) {
		const struct lke_aturan *a = &t->aturan[i];
		sbuf_adds(out, i ? ",\n    {" : "\n    {");
		put_kv(out, "nama", a->nama);
		sbuf_addf(out, ", \"jenis\": \"%s\", ",
			  a->jenis == LKE_ATURAN_RATA ? "rata" : "syarat");
		put_kv(out, "kode", a->kode);
		sbuf_adds(out, ", ");
		put_kv(out, "syarat", a->syarat);
		sbuf_adds(out, ", ");
		put_kv(out, "uraian", a->uraian);
		sbuf_addc(out, '}');
	}
	sbuf_adds(out, t->naturan ? "\n  ]\n}\n" : "]\n}\n");
}
