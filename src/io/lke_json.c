/* lke_json: the `sakip-lke/1` answer file in and out, and scores as JSON
 * (lke_json.h). */
#include "lke_json_priv.h"
#include "../util/err.h"

#include <jansson.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- reading ----------------------------------------------------------- */

void lkj_one_line(struct sbuf *b, size_t from)
{
	size_t i;

	for (i = from; i < b->n; i++)
		if (b->z[i] == '\n' || b->z[i] == '\r')
			b->z[i] = ' ';
}

void lkj_bad(struct lkj_rd *r, const char *key, const char *fmt, ...)
{
	size_t from = r->errs->n;
	va_list ap;

	if (++r->nerr > LKJ_ERR_MAX)
		return;
	sbuf_addf(r->errs, "%s: %s: ", r->name, key);
	va_start(ap, fmt);
	sbuf_vaddf(r->errs, fmt, ap);
	va_end(ap);
	lkj_one_line(r->errs, from);
	sbuf_addc(r->errs, '\n');
}

void lkj_keys(struct lkj_rd *r, json_t *o, const char *key,
	      const char *const *keys)
{
	const char *k;
	json_t *v;
	int i, ok;

	json_object_foreach(o, k, v) {
		for (i = 0, ok = 0; keys[i] && !ok; i++)
			ok = strcmp(k, keys[i]) == 0;
		if (ok)
			continue;
		if (key)
			lkj_bad(r, key, "unknown key '%.100s'", k);
		else
			lkj_bad(r, k, "unknown key");
	}
}

int lkj_object(struct lkj_rd *r, json_t *x, const char *key,
	       const char *const *keys, const char *msg)
{
	if (!json_is_object(x)) {
		lkj_bad(r, key, "%s", msg);
		return 0;
	}
	lkj_keys(r, x, key, keys);
	return 1;
}

int lkj_is(struct lkj_rd *r, json_t *v, json_type t, const char *key,
	   const char *msg)
{
	if (!v || json_is_null(v))
		return 0;
	if (json_typeof(v) != t) {
		lkj_bad(r, key, "%s", msg);
		return 0;
	}
	return 1;
}

json_t *lkj_load(const char *name, const char *buf, size_t n,
		 struct sbuf *errs)
{
	json_error_t jerr;
	json_t *top = json_loadb(buf, n, JSON_REJECT_DUPLICATES, &jerr);
	size_t from = errs->n;

	if (!top) {
		sbuf_addf(errs, "%s:%d:%d: %s", name, jerr.line, jerr.column,
			  jerr.text);
		lkj_one_line(errs, from);
		sbuf_addc(errs, '\n');
	}
	return top;
}

/* o.k as a string copied into the sheet's arena; NULL when absent (and
 * reported when required) or not a string (reported). */
static const char *get_str(struct lkj_rd *r, json_t *o, const char *k,
			   const char *key, int required)
{
	json_t *v = json_object_get(o, k);

	if (!v || json_is_null(v)) {
		if (required)
			lkj_bad(r, key, "missing");
		return NULL;
	}
	if (!json_is_string(v)) {
		lkj_bad(r, key, "must be a string");
		return NULL;
	}
	return arena_strndup(r->a, json_string_value(v),
			     json_string_length(v));
}

static int get_int(struct lkj_rd *r, json_t *o, const char *k, int required,
		   long lo, long hi, int *out)
{
	json_t *v = json_object_get(o, k);

	if (!v || json_is_null(v)) {
		if (required)
			lkj_bad(r, k, "missing");
		return 0;
	}
	if (!json_is_integer(v) || json_integer_value(v) < lo ||
	    json_integer_value(v) > hi) {
		lkj_bad(r, k, "must be a whole number from %ld to %ld", lo, hi);
		return 0;
	}
	*out = (int)json_integer_value(v);
	return 1;
}

static void read_bukti(struct lkj_rd *r, json_t *v, const char *key,
		       struct lke_jawaban *j)
{
	char k2[160];
	size_t i;

	snprintf(k2, sizeof k2, "%s.bukti", key);
	if (!lkj_is(r, v, JSON_ARRAY, k2, "must be an array of links or file "
		    "names"))
		return;
	j->bukti = arena_array(r->a, json_array_size(v) + 1,
			       sizeof *j->bukti);
	if (!j->bukti)
		return;
	for (i = 0; i < json_array_size(v); i++) {
		json_t *x = json_array_get(v, i);
		if (!json_is_string(x) || json_string_length(x) == 0) {
			lkj_bad(r, k2, "item %zu must be a non-empty string", i);
			continue;
		}
		j->bukti[j->nbukti++] = arena_strndup(r->a,
			json_string_value(x), json_string_length(x));
	}
}

/* "saran": {"nilai": "Y", "bukti": "…"}, the suggestion sakip made. */
static void read_saran(struct lkj_rd *r, json_t *v, const char *key,
		       struct lke_jawaban *j)
{
	static const char *const aKey[] = { "nilai", "bukti", NULL };
	char k2[160], k3[176];
	const char *z;

	snprintf(k2, sizeof k2, "%s.saran", key);
	if (!lkj_is(r, v, JSON_OBJECT, k2, "must be an object such as "
		    "{\"nilai\": \"Y\", \"bukti\": \"…\"}"))
		return;
	lkj_keys(r, v, k2, aKey);
	snprintf(k3, sizeof k3, "%s.nilai", k2);
	z = get_str(r, v, "nilai", k3, 1);
	if (z && !(j->saran = lke_nilai_parse(z, 0)))
		lkj_bad(r, k3, "'%.20s' is not a kriterion answer", z);
	snprintf(k3, sizeof k3, "%s.bukti", k2);
	j->saran_bukti = get_str(r, v, "bukti", k3, 0);
}

/* A key with one dot is a sub-komponen, with two a kriterion. */
static int looks_sub(const char *k)
{
	const char *d = strchr(k, '.');

	return d && !strchr(d + 1, '.');
}

static void read_jawaban1(struct lkj_rd *r, const struct lke_template *t,
			  const char *kode, json_t *v)
{
	static const char *const aKey[] = { "nilai", "catatan", "bukti",
		"saran", NULL };
	struct lke_jawaban *j = &r->l->j[r->l->n];
	char key[128], k2[160];
	const char *z;
	int per_sub;

	snprintf(key, sizeof key, "jawaban.%.100s", kode);
	if (!lkj_object(r, v, key, aKey, "must be an object such as "
			"{\"nilai\": \"Y\"}"))
		return;
	snprintf(k2, sizeof k2, "%s.nilai", key);
	z = get_str(r, v, "nilai", k2, 1);
	if (!z)
		return;
	per_sub = t ? lke_sub_find(t, kode) != NULL : looks_sub(kode);
	j->nilai = lke_nilai_parse(z, per_sub);
	if (!j->nilai) /* the other kind: lke_lembar_check names the mix-up */
		j->nilai = lke_nilai_parse(z, !per_sub);
	if (!j->nilai) {
		lkj_bad(r, k2, "'%.20s' is not an answer (Y, T, A, B, C, D, E or "
		    "NA for a kriterion; AA, A, BB, B, CC, C, D or E for a "
		    "sub-komponen)", z);
		return;
	}
	j->kode = arena_strdup(r->a, kode);
	snprintf(k2, sizeof k2, "%s.catatan", key);
	j->catatan = get_str(r, v, "catatan", k2, 0);
	read_bukti(r, json_object_get(v, "bukti"), key, j);
	read_saran(r, json_object_get(v, "saran"), key, j);
	r->l->n++;
}

static void read_jawaban(struct lkj_rd *r, const struct lke_template *t,
			 json_t *o)
{
	const char *k;
	json_t *v;

	if (!o || json_is_null(o)) {
		lkj_bad(r, "jawaban", "missing");
		return;
	}
	if (!json_is_object(o)) {
		lkj_bad(r, "jawaban", "must be an object of answers by code");
		return;
	}
	r->l->j = arena_array(r->a, json_object_size(o) + 1,
			      sizeof *r->l->j);
	if (!r->l->j)
		return;
	json_object_foreach(o, k, v)
		read_jawaban1(r, t, k, v);
}

/* "lhe": {"nomor": …, "tanggal": "YYYY-MM-DD", "evaluator": …} */
static void read_lhe(struct lkj_rd *r, json_t *v)
{
	static const char *const aKey[] = { "nomor", "tanggal", "evaluator",
					    NULL };

	if (!lkj_is(r, v, JSON_OBJECT, "lhe", "must be an object {\"nomor\", "
		    "\"tanggal\", \"evaluator\"}"))
		return;
	lkj_keys(r, v, "lhe", aKey);
	r->l->lhe_nomor = get_str(r, v, "nomor", "lhe.nomor", 0);
	r->l->lhe_tanggal = get_str(r, v, "tanggal", "lhe.tanggal", 0);
	r->l->evaluator = get_str(r, v, "evaluator", "lhe.evaluator", 0);
}

/* "catatan": {"1": "…", "1.a": "…"} */
static void read_catatan(struct lkj_rd *r, json_t *v)
{
	struct lke_lembar *l = r->l;
	const char *k;
	json_t *x;
	char key[128];

	if (!lkj_is(r, v, JSON_OBJECT, "catatan", "must be an object of notes "
		    "by komponen or sub-komponen code"))
		return;
	l->catatan = arena_array(&l->arena, json_object_size(v) + 1,
				 sizeof *l->catatan);
	if (!l->catatan)
		return;
	json_object_foreach(v, k, x) {
		snprintf(key, sizeof key, "catatan.%.100s", k);
		if (!json_is_string(x) || !json_string_length(x)) {
			lkj_bad(r, key, "must be a non-empty string");
			continue;
		}
		l->catatan[l->ncatatan].kode = arena_strdup(&l->arena, k);
		l->catatan[l->ncatatan++].teks = arena_strndup(&l->arena,
			json_string_value(x), json_string_length(x));
	}
}

static void read_rekomendasi1(struct lkj_rd *r, json_t *x, size_t i)
{
	static const char *const aKey[] = { "nomor", "teks", "kode",
		"prioritas", "target", NULL };
	struct lke_rekomendasi *k = &r->l->rekomendasi[r->l->nrekomendasi];
	json_t *n = json_object_get(x, "nomor");
	char key[64], k2[96];

	snprintf(key, sizeof key, "rekomendasi[%zu]", i);
	if (!lkj_object(r, x, key, aKey, "must be an object {\"nomor\", "
			"\"teks\", …}"))
		return;
	snprintf(k2, sizeof k2, "%s.nomor", key);
	if (!json_is_integer(n) || json_integer_value(n) < 1 ||
	    json_integer_value(n) > 100000)
		lkj_bad(r, k2, "must be a whole number from 1");
	else
		k->nomor = (int)json_integer_value(n);
	snprintf(k2, sizeof k2, "%s.teks", key);
	k->teks = get_str(r, x, "teks", k2, 1);
	snprintf(k2, sizeof k2, "%s.kode", key);
	k->kode = get_str(r, x, "kode", k2, 0);
	snprintf(k2, sizeof k2, "%s.prioritas", key);
	k->prioritas = get_str(r, x, "prioritas", k2, 0);
	snprintf(k2, sizeof k2, "%s.target", key);
	k->target = get_str(r, x, "target", k2, 0);
	r->l->nrekomendasi++;
}

static void read_rekomendasi(struct lkj_rd *r, json_t *v)
{
	size_t i;

	if (!lkj_is(r, v, JSON_ARRAY, "rekomendasi", "must be an array"))
		return;
	r->l->rekomendasi = arena_array(r->a, json_array_size(v) + 1,
					sizeof *r->l->rekomendasi);
	for (i = 0; r->l->rekomendasi && i < json_array_size(v); i++)
		read_rekomendasi1(r, json_array_get(v, i), i);
}

static const struct lke_template *find_builtin(const char *kode, int versi,
					       void *ctx)
{
	const struct lke_template *t = lke_template_builtin(kode);

	(void)ctx;
	return t && (versi == 0 || versi == t->versi) ? t : NULL;
}

static const struct lke_template *read_head(struct lkj_rd *r, json_t *top,
					    lke_template_fn find, void *ctx)
{
	static const char *const aTop[] = { "format", "template",
		"template_versi", "instansi", "pemda", "tahun", "tahap", "lhe",
		"jawaban", "catatan", "rekomendasi", NULL };
	struct lke_lembar *l = r->l;
	const struct lke_template *t = NULL;
	const char *z;

	lkj_keys(r, top, NULL, aTop);
	z = get_str(r, top, "format", "format", 1);
	if (z && strcmp(z, LKE_JSON_FORMAT) != 0)
		lkj_bad(r, "format", "must be \"%s\", not \"%.40s\"",
		    LKE_JSON_FORMAT, z);
	get_int(r, top, "template_versi", 0, 1, 1000000, &l->template_versi);
	l->template_kode = get_str(r, top, "template", "template", 1);
	if (l->template_kode) {
		t = find(l->template_kode, l->template_versi, ctx);
		if (!t && l->template_versi &&
		    find(l->template_kode, 0, ctx))
			lkj_bad(r, "template_versi", "template %.100s has no "
			    "version %d", l->template_kode, l->template_versi);
		else if (!t)
			lkj_bad(r, "template", "no LKE template '%.100s' (known: "
			    "%s)", l->template_kode, LKE_TEMPLATE_88_2021);
	}
	l->instansi = get_str(r, top, "instansi", "instansi", 1);
	l->pemda = get_str(r, top, "pemda", "pemda", 0);
	if (l->pemda && !*l->pemda)
		lkj_bad(r, "pemda", "empty: leave the key out when the "
		    "agency's kode is in one pemda only");
	get_int(r, top, "tahun", 1, 1900, 2199, &l->tahun);
	z = get_str(r, top, "tahap", "tahap", 1);
	if (z && !(l->tahap = lke_tahap_parse(z)))
		lkj_bad(r, "tahap", "must be usulan or penetapan, not \"%.40s\"", z);
	return t;
}

int lke_json_read(const char *name, const char *buf, size_t n,
		  lke_template_fn find, void *ctx, struct lke_lembar *l,
		  const struct lke_template **pt, struct sbuf *errs)
{
	struct lkj_rd r = { name, errs, 0, &l->arena, l };
	const struct lke_template *t;
	json_t *top;
	int rc = 0;

	*pt = NULL;
	if (!(top = lkj_load(name, buf, n, errs)))
		return SK_EINVAL;
	if (!json_is_object(top)) {
		lkj_bad(&r, "(top level)", "must be an object");
		json_decref(top);
		return SK_EINVAL;
	}
	t = read_head(&r, top, find ? find : find_builtin, ctx);
	read_lhe(&r, json_object_get(top, "lhe"));
	read_jawaban(&r, t, json_object_get(top, "jawaban"));
	read_catatan(&r, json_object_get(top, "catatan"));
	read_rekomendasi(&r, json_object_get(top, "rekomendasi"));
	json_decref(top);
	if (r.nerr > LKJ_ERR_MAX)
		sbuf_addf(errs, "%s: %d more problems\n", name,
			  r.nerr - LKJ_ERR_MAX);
	if (!r.nerr && t)
		rc = lke_lembar_check(t, l, name, errs);
	if (l->arena.err)
		rc = SK_ENOMEM;
	else if (r.nerr || !t)
		rc = SK_EINVAL;
	if (rc) {
		lke_lembar_free(l);
		return rc;
	}
	l->template_versi = t->versi;
	*pt = t;
	return 0;
}

/* ---- writing ----------------------------------------------------------- */

void lke_json_string(struct sbuf *b, const char *z)
{
	const unsigned char *p = (const unsigned char *)(z ? z : "");

	sbuf_addc(b, '"');
	for (; *p; p++) {
		if (*p == '"' || *p == '\\') {
			sbuf_addc(b, '\\');
			sbuf_addc(b, (char)*p);
		} else if (*p == '\n') {
			sbuf_adds(b, "\\n");
		} else if (*p == '\t') {
			sbuf_adds(b, "\\t");
		} else if (*p < 0x20 || *p == 0x7f) {
			sbuf_addf(b, "\\u%04x", *p);
		} else {
			sbuf_addc(b, (char)*p);
		}
	}
	sbuf_addc(b, '"');
}

static void put_jawaban(struct sbuf *out, const struct lke_jawaban *j,
			int *first)
{
	int i;

	sbuf_adds(out, *first ? "\n    " : ",\n    ");
	*first = 0;
	lke_json_string(out, j->kode);
	sbuf_adds(out, ": {\"nilai\": ");
	lke_json_string(out, lke_nilai_label(j->nilai));
	if (j->catatan) {
		sbuf_adds(out, ", \"catatan\": ");
		lke_json_string(out, j->catatan);
	}
	if (j->nbukti) {
		sbuf_adds(out, ", \"bukti\": [");
		for (i = 0; i < j->nbukti; i++) {
			if (i)
				sbuf_adds(out, ", ");
			lke_json_string(out, j->bukti[i]);
		}
		sbuf_addc(out, ']');
	}
	if (j->saran) {
		sbuf_adds(out, ", \"saran\": {\"nilai\": ");
		lke_json_string(out, lke_nilai_label(j->saran));
		if (j->saran_bukti) {
			sbuf_adds(out, ", \"bukti\": ");
			lke_json_string(out, j->saran_bukti);
		}
		sbuf_addc(out, '}');
	}
	sbuf_addc(out, '}');
}

/* , "key": "value" when value is not NULL. */
static void put_opt(struct sbuf *out, int *first, const char *key,
		    const char *value)
{
	if (!value)
		return;
	sbuf_addf(out, "%s\"%s\": ", *first ? "" : ", ", key);
	lke_json_string(out, value);
	*first = 0;
}

static void put_lhe(struct sbuf *out, const struct lke_lembar *l)
{
	int first = 1;

	if (!l->lhe_nomor && !l->lhe_tanggal && !l->evaluator)
		return;
	sbuf_adds(out, "  \"lhe\": {");
	put_opt(out, &first, "nomor", l->lhe_nomor);
	put_opt(out, &first, "tanggal", l->lhe_tanggal);
	put_opt(out, &first, "evaluator", l->evaluator);
	sbuf_adds(out, "},\n");
}

/* Notes in template order: komponen, then its sub-komponen. */
static void put_catatan(struct sbuf *out, const struct lke_template *t,
			const struct lke_lembar *l)
{
	int i, s, k, first = 1;

	if (!l->ncatatan)
		return;
	sbuf_adds(out, ",\n  \"catatan\": {");
	for (i = 0; i < t->nkomponen; i++)
		for (s = -1; s < t->komponen[i].nsub; s++) {
			const char *kode = s < 0 ? t->komponen[i].kode
					 : t->komponen[i].sub[s].kode;
			for (k = 0; k < l->ncatatan; k++) {
				if (strcmp(l->catatan[k].kode, kode))
					continue;
				sbuf_adds(out, first ? "\n    " : ",\n    ");
				first = 0;
				lke_json_string(out, kode);
				sbuf_adds(out, ": ");
				lke_json_string(out, l->catatan[k].teks);
			}
		}
	sbuf_adds(out, "\n  }");
}

static int cmp_nomor(const void *a, const void *b)
{
	const struct lke_rekomendasi *x = a, *y = b;

	return (x->nomor > y->nomor) - (x->nomor < y->nomor);
}

static void put_rekomendasi(struct sbuf *out, const struct lke_lembar *l)
{
	struct lke_rekomendasi *v;
	int i, first;

	if (!l->nrekomendasi)
		return;
	v = malloc((size_t)l->nrekomendasi * sizeof *v);
	if (!v) {
		out->err = SK_ENOMEM;
		return;
	}
	memcpy(v, l->rekomendasi, (size_t)l->nrekomendasi * sizeof *v);
	qsort(v, (size_t)l->nrekomendasi, sizeof *v, cmp_nomor);
	sbuf_adds(out, ",\n  \"rekomendasi\": [");
	for (i = 0; i < l->nrekomendasi; i++) {
		sbuf_addf(out, "%s{\"nomor\": %d", i ? ",\n    " : "\n    ",
			  v[i].nomor);
		first = 0;
		put_opt(out, &first, "teks", v[i].teks);
		put_opt(out, &first, "kode", v[i].kode);
		put_opt(out, &first, "prioritas", v[i].prioritas);
		put_opt(out, &first, "target", v[i].target);
		sbuf_addc(out, '}');
	}
	sbuf_adds(out, "\n  ]");
	free(v);
}

void lke_json_write(const struct lke_template *t, const struct lke_lembar *l,
		    struct sbuf *out)
{
	const struct lke_jawaban *j;
	int i, s, k, first = 1;

	sbuf_addf(out, "{\n  \"format\": \"%s\",\n  \"template\": ",
		  LKE_JSON_FORMAT);
	lke_json_string(out, t->kode);
	sbuf_addf(out, ",\n  \"template_versi\": %d,\n  \"instansi\": ",
		  t->versi);
	lke_json_string(out, l->instansi);
	if (l->pemda) { /* only when named: one pemda needs none */
		sbuf_adds(out, ",\n  \"pemda\": ");
		lke_json_string(out, l->pemda);
	}
	sbuf_addf(out, ",\n  \"tahun\": %d,\n  \"tahap\": \"%s\",\n",
		  l->tahun, lke_tahap_kode(l->tahap));
	put_lhe(out, l);
	sbuf_adds(out, "  \"jawaban\": {");
	for (i = 0; i < t->nkomponen; i++)
		for (s = 0; s < t->komponen[i].nsub; s++) {
			const struct lke_sub *sub = &t->komponen[i].sub[s];
			if ((j = lke_lembar_find(l, sub->kode)))
				put_jawaban(out, j, &first);
			for (k = 0; k < sub->nk; k++)
				if ((j = lke_lembar_find(l, sub->k[k].kode)))
					put_jawaban(out, j, &first);
		}
	sbuf_adds(out, first ? "}" : "\n  }");
	put_catatan(out, t, l);
	put_rekomendasi(out, l);
	sbuf_adds(out, "\n}\n");
}

/* ---- scores ------------------------------------------------------------- */

static void put_q(struct sbuf *out, struct lke_q q)
{
	char buf[NUM_BUFSZ];

	sbuf_adds(out, num_format(lke_q_round(q, 2), 2, NUM_PLAIN, buf));
}

static void put_num(struct sbuf *out, struct num n)
{
	char buf[NUM_BUFSZ];

	sbuf_adds(out, num_format(n, -1, NUM_PLAIN, buf));
}

static void put_komponen(struct sbuf *out, const struct lke_skor_komponen *k)
{
	int j;

	sbuf_adds(out, "{\"kode\": ");
	lke_json_string(out, k->k->kode);
	sbuf_adds(out, ", \"nama\": ");
	lke_json_string(out, k->k->nama);
	sbuf_adds(out, ", \"bobot\": ");
	put_num(out, k->k->bobot);
	sbuf_adds(out, ", \"nilai\": ");
	put_q(out, k->nilai);
	sbuf_adds(out, ", \"sub\": [");
	for (j = 0; j < k->k->nsub; j++) {
		const struct lke_skor_sub *s = &k->sub[j];
		sbuf_adds(out, j ? ",\n      {\"kode\": " : "\n      {\"kode\": ");
		lke_json_string(out, s->sub->kode);
		sbuf_adds(out, ", \"nama\": ");
		lke_json_string(out, s->sub->nama);
		sbuf_adds(out, ", \"bobot\": ");
		put_num(out, s->sub->bobot);
		sbuf_adds(out, ", \"nilai\": ");
		put_q(out, s->nilai);
		if (s->jawaban) {
			sbuf_adds(out, ", \"jawaban\": ");
			lke_json_string(out, lke_nilai_label(s->jawaban));
		}
		sbuf_addc(out, '}');
	}
	sbuf_adds(out, "]}");
}

void lke_json_skor(const struct lke_lembar *l, const struct lke_template *t,
		   const struct lke_skor *s, const struct lke_langgar *v,
		   int nv, struct sbuf *out)
{
	char buf[NUM_BUFSZ];
	int i, ok, ubah;

	lke_lembar_saran_hitung(l, &ok, &ubah);
	sbuf_adds(out, "{\n  \"instansi\": ");
	lke_json_string(out, l->instansi);
	sbuf_addf(out, ",\n  \"tahun\": %d,\n  \"tahap\": \"%s\",\n"
		  "  \"template\": ", l->tahun, lke_tahap_kode(l->tahap));
	lke_json_string(out, t->kode);
	sbuf_addf(out, ",\n  \"template_versi\": %d,\n  \"total\": %s,\n"
		  "  \"predikat\": \"%s\",\n  \"metode\": \"%s\",\n"
		  "  \"belum_dijawab\": %d,\n"
		  "  \"saran\": {\"dikonfirmasi\": %d, \"diubah\": %d},\n"
		  "  \"komponen\": [", t->versi,
		  num_format(s->total2, 2, NUM_PLAIN, buf), s->predikat,
		  lke_metode_kode(s->metode), s->nkosong, ok, ubah);
	for (i = 0; i < s->nkomponen; i++) {
		sbuf_adds(out, i ? ",\n    " : "\n    ");
		put_komponen(out, &s->komponen[i]);
	}
	sbuf_adds(out, "\n  ],\n  \"pelanggaran\": [");
	for (i = 0; i < nv; i++) {
		sbuf_adds(out, i ? ",\n    {\"aturan\": " : "\n    {\"aturan\": ");
		lke_json_string(out, v[i].aturan->nama);
		sbuf_adds(out, ", \"kode\": ");
		lke_json_string(out, v[i].kode);
		sbuf_adds(out, ", \"pesan\": ");
		lke_json_string(out, v[i].pesan);
		sbuf_addc(out, '}');
	}
	sbuf_adds(out, nv ? "\n  ]\n}\n" : "]\n}\n");
}
