/* json_read_node: the planning tree of an agency for json_read.c —
 * NODE, INDIKATOR and `anggaran` of data-format.md. Same rules as there:
 * every problem is reported with its path, null is "no data". */
#include "json_priv.h"
#include "../core/money.h"

#include <stdlib.h>
#include <string.h>

static const char *const aLapKeys[] = { "capaian", "capaian_target_akhir",
	"predikat", "target", "realisasi", NULL };

/* At most 60 bytes of z[0..n), cut at a UTF-8 boundary, for messages. */
static int quote_len(const char *z, size_t n)
{
	if (n <= 60)
		return (int)n;
	n = 60;
	while (n > 0 && ((unsigned char)z[n] & 0xC0) == 0x80)
		n--;
	return (int)n;
}

/* ---- money -------------------------------------------------------------- */

static void rd_uang(struct rd *r, json_t *o, const char *k, struct uang *u)
{
	size_t old, n;
	json_t *v = rd_field(r, o, k, 0, &old);
	const char *z, *why = NULL;

	if (!v)
		return;
	if (json_is_integer(v)) {
		json_int_t x = json_integer_value(v);
		if (x < 0 || x > MONEY_MAX) {
			rd_bad(r, "amount out of range (0 to 10^18-1)");
		} else {
			u->ok = 1;
			u->rp = (int64_t)x;
		}
	} else if (json_is_string(v)) {
		z = json_string_value(v);
		n = json_string_length(v);
		if (money_parse(z, n, &u->rp, &why) == 0) {
			u->ok = 1;
			u->raw = arena_strndup(r->a, z, n);
		} else {
			rd_bad(r, "\"%.*s\": %s", quote_len(z, n), z,
			       why ? why : "not an amount");
		}
	} else if (json_is_real(v)) {
		rd_bad(r, "must be a whole number of Rupiah or a string");
	} else {
		rd_expect(r, v, T_INT | T_STR, "a number of Rupiah or a string");
	}
	rd_pop(r, old);
}

void rd_cetak_list(struct rd *r, json_t *v, struct anggaran_cetak **out,
		   int *n)
{
	static const char *const keys[] = { "sumber", "pagu", "pagu_perubahan",
					    "realisasi", "serapan", NULL };
	size_t i, len = json_array_size(v);

	*n = 0;
	if (!rd_expect(r, v, T_ARR, "an array of {sumber, pagu, pagu_perubahan, realisasi, serapan}"))
		return;
	*out = arena_array(r->a, len, sizeof **out);
	if (!*out)
		return;
	for (i = 0; i < len; i++) {
		size_t old = rd_push_idx(r, i);
		json_t *x = json_array_get(v, i);

		if (rd_expect(r, x, T_OBJ, "an object")) {
			struct anggaran_cetak *c = &(*out)[(*n)++];
			rd_check_keys(r, x, keys);
			c->sumber = rd_text(r, x, "sumber", 0);
			c->pagu = rd_text(r, x, "pagu", 0);
			c->pagu_perubahan = rd_text(r, x, "pagu_perubahan", 0);
			c->realisasi = rd_text(r, x, "realisasi", 0);
			c->serapan = rd_text(r, x, "serapan", 0);
		}
		rd_pop(r, old);
	}
}

static void rd_rincian(struct rd *r, json_t *v, struct anggaran *g)
{
	static const char *const keys[] = { "uraian", "pagu", "pagu_perubahan",
					    "realisasi", NULL };
	size_t i, len = json_array_size(v);

	if (!rd_expect(r, v, T_ARR, "an array of {uraian, pagu, realisasi}"))
		return;
	g->rincian = arena_array(r->a, len, sizeof *g->rincian);
	if (!g->rincian)
		return;
	for (i = 0; i < len; i++) {
		size_t old = rd_push_idx(r, i);
		json_t *x = json_array_get(v, i);

		if (rd_expect(r, x, T_OBJ, "an object")) {
			struct rincian *c = &g->rincian[g->nrincian++];
			rd_check_keys(r, x, keys);
			c->uraian = rd_str(r, x, "uraian", 0);
			rd_uang(r, x, "pagu", &c->pagu);
			rd_uang(r, x, "pagu_perubahan", &c->pagu_perubahan);
			rd_uang(r, x, "realisasi", &c->realisasi);
		}
		rd_pop(r, old);
	}
}

static void y_anggaran(struct rd *r, int tahun, json_t *v, void *ctx)
{
	static const char *const keys[] = { "pagu", "pagu_perubahan", "realisasi",
		"pagu_pk", "pagu_pk_perubahan", "rincian", "dilaporkan", NULL };
	struct node *nd = ctx;
	struct anggaran *g = &nd->anggaran[nd->nanggaran];
	size_t old;
	json_t *x;

	if (!rd_expect(r, v, T_OBJ, "an object"))
		return;
	rd_check_keys(r, v, keys);
	g->tahun = tahun;
	rd_uang(r, v, "pagu", &g->pagu);
	rd_uang(r, v, "pagu_perubahan", &g->pagu_perubahan);
	rd_uang(r, v, "realisasi", &g->realisasi);
	rd_uang(r, v, "pagu_pk", &g->pagu_pk);
	rd_uang(r, v, "pagu_pk_perubahan", &g->pagu_pk_perubahan);
	if ((x = rd_field(r, v, "rincian", 0, &old)) != NULL) {
		rd_rincian(r, x, g);
		rd_pop(r, old);
	}
	if ((x = rd_field(r, v, "dilaporkan", 0, &old)) != NULL) {
		rd_cetak_list(r, x, &g->dilaporkan, &g->ndilaporkan);
		rd_pop(r, old);
	}
	nd->nanggaran++;
}

/* ---- dilaporkan: printed figures ------------------------------------------ */

/* One key's value: a string (or number) or a list of {nilai, sumber}.
 * Returns 1 when e was filled, 0 for an empty list or a problem. */
static int rd_laporan_value(struct rd *r, json_t *x, struct laporan *e)
{
	static const char *const keys[] = { "nilai", "sumber", NULL };
	size_t i, len = json_array_size(x);

	if (!json_is_array(x)) {
		e->a = arena_alloc(r->a, sizeof *e->a);
		if (!e->a || !(e->a[0].nilai = rd_text_value(r, x)))
			return 0;
		e->n = 1;
		return 1;
	}
	e->as_list = 1;
	e->a = arena_array(r->a, len, sizeof *e->a);
	if (!e->a)
		return 0;
	for (i = 0; i < len; i++) {
		size_t old = rd_push_idx(r, i);
		json_t *c = json_array_get(x, i);

		if (rd_expect(r, c, T_OBJ, "an object {nilai, sumber}")) {
			rd_check_keys(r, c, keys);
			e->a[e->n].nilai = rd_text(r, c, "nilai", 1);
			e->a[e->n].sumber = rd_text(r, c, "sumber", 0);
			if (e->a[e->n].nilai)
				e->n++;
		}
		rd_pop(r, old);
	}
	return e->n > 0;
}

static void y_laporan(struct rd *r, int tahun, json_t *v, void *ctx)
{
	struct laporan_list *l = ctx;
	int i;

	if (!rd_expect(r, v, T_OBJ, "an object {capaian, capaian_target_akhir, predikat, target, realisasi}"))
		return;
	rd_check_keys(r, v, aLapKeys);
	for (i = 0; aLapKeys[i]; i++) {
		size_t old;
		json_t *x = rd_field(r, v, aLapKeys[i], 0, &old);
		struct laporan *e = &l->a[l->n];

		if (!x)
			continue;
		e->tahun = tahun;
		e->kunci = aLapKeys[i];
		if (rd_laporan_value(r, x, e))
			l->n++;
		else
			memset(e, 0, sizeof *e);
		rd_pop(r, old);
	}
}

static int cmp_laporan(const void *a, const void *b)
{
	const struct laporan *x = a, *y = b;

	if (x->tahun != y->tahun)
		return x->tahun < y->tahun ? -1 : 1;
	return strcmp(x->kunci, y->kunci);
}

static void rd_laporan(struct rd *r, json_t *v, struct laporan_list *l)
{
	size_t cap = 0;
	const char *k;
	json_t *x;

	json_object_foreach(v, k, x)
		cap += json_object_size(x);
	l->a = arena_array(r->a, cap, sizeof *l->a);
	if (!l->a)
		return;
	rd_each_year(r, v, y_laporan, l);
	if (l->n > 1)
		qsort(l->a, (size_t)l->n, sizeof *l->a, cmp_laporan);
}

/* ---- indikator ------------------------------------------------------------ */

static void y_periode(struct rd *r, int tahun, json_t *v, void *ctx)
{
	static const char *const keys[] = { "jenis", "nilai", NULL };
	static const char *const jenis[] = { "bulan", "triwulan", NULL };
	struct indikator *d = ctx;
	struct periode *pe = &d->periode[d->nperiode];
	size_t i, want, old;
	json_t *a;
	int j;

	if (!rd_expect(r, v, T_OBJ, "an object {jenis, nilai}"))
		return;
	rd_check_keys(r, v, keys);
	if (!rd_enum(r, v, "jenis", jenis, &j)) {
		if (!rd_field(r, v, "jenis", 1, &old))
			return;
		rd_pop(r, old);
		return;
	}
	want = j == 0 ? 12 : 4;
	if (!(a = rd_field(r, v, "nilai", 1, &old)))
		return;
	if (rd_expect(r, a, T_ARR, "an array") && json_array_size(a) != want) {
		rd_bad(r, "must have %zu values for jenis \"%s\", not %zu", want,
		       jenis[j], json_array_size(a));
	} else if (json_is_array(a) &&
		   (pe->a = arena_array(r->a, want, sizeof *pe->a)) != NULL) {
		for (i = 0; i < want; i++) {
			size_t o2 = rd_push_idx(r, i);
			json_t *x = json_array_get(a, i);
			if (!json_is_null(x))
				rd_nilai(r, x, &pe->a[i]);
			rd_pop(r, o2);
		}
		pe->tahun = tahun;
		pe->bulanan = j == 0;
		pe->n = (int)want;
		d->nperiode++;
	}
	rd_pop(r, old);
}

static int cmp_pembanding(const void *a, const void *b)
{
	return strcmp(((const struct pembanding *)a)->jenis,
		      ((const struct pembanding *)b)->jenis);
}

static void rd_pembanding(struct rd *r, json_t *v, struct indikator *d)
{
	const char *k;
	json_t *x;

	if (!rd_expect(r, v, T_OBJ, "an object {jenis: {year: value}}"))
		return;
	d->pembanding = arena_array(r->a, json_object_size(v),
				    sizeof *d->pembanding);
	if (!d->pembanding)
		return;
	json_object_foreach(v, k, x) {
		size_t old = rd_push_key(r, k);

		if (!*k) {
			rd_bad(r, "empty jenis");
		} else if (!json_is_null(x)) {
			struct pembanding *pb = &d->pembanding[d->npembanding];
			pb->jenis = arena_strdup(r->a, k);
			rd_tahunan(r, x, &pb->nilai);
			d->npembanding += pb->jenis != NULL; /* else arena failed */
		}
		rd_pop(r, old);
	}
	if (d->npembanding > 1)
		qsort(d->pembanding, (size_t)d->npembanding, sizeof *d->pembanding,
		      cmp_pembanding);
}

static void rd_baseline(struct rd *r, json_t *v, struct indikator *d)
{
	static const char *const keys[] = { "tahun", "nilai", NULL };
	size_t old;
	json_t *x;

	if (!rd_expect(r, v, T_OBJ, "an object {tahun, nilai}"))
		return;
	rd_check_keys(r, v, keys);
	rd_int(r, v, "tahun", 1900, 2199, &d->baseline_tahun);
	if ((x = rd_field(r, v, "nilai", 0, &old)) != NULL) {
		rd_nilai(r, x, &d->baseline);
		rd_pop(r, old);
	}
}

static void rd_indikator_head(struct rd *r, json_t *o, struct indikator *d)
{
	static const char *const pol[] = { "positif", "negatif", "rentang", NULL };
	static const char *const tipe[] = { "angka", "predikat", "teks", NULL };
	static const char *const agr[] = { "kumulatif", "terakhir", "rata_rata",
					   NULL };
	size_t old;
	int x;

	d->kode = rd_str(r, o, "kode", 1);
	d->uraian = rd_str(r, o, "uraian", 1);
	d->satuan = rd_str(r, o, "satuan", 0);
	d->has_iku = rd_bool(r, o, "iku", &d->iku);
	if (rd_enum(r, o, "polaritas", pol, &x))
		d->polaritas = (enum polaritas)x;
	if (rd_enum(r, o, "tipe", tipe, &x))
		d->tipe = (enum tipe_indikator)x;
	d->skala = rd_str(r, o, "skala", 0);
	if (rd_enum(r, o, "agregasi", agr, &x)) {
		d->agregasi = (enum agregasi)x;
		d->has_agregasi = 1;
	}
	d->formula = rd_str(r, o, "formula", 0);
	d->sumber_data = rd_str(r, o, "sumber_data", 0);
	if (d->tipe == TIPE_PREDIKAT && (!json_object_get(o, "skala") ||
					 json_is_null(json_object_get(o, "skala")))) {
		old = rd_push_key(r, "skala");
		rd_bad(r, "missing (required when tipe is \"predikat\")");
		rd_pop(r, old);
	}
}

static void tahunan_at(struct rd *r, json_t *o, const char *k, struct tahunan *t)
{
	size_t old;
	json_t *v = rd_field(r, o, k, 0, &old);

	if (!v)
		return;
	rd_tahunan(r, v, t);
	rd_pop(r, old);
}

static void rd_indikator_rest(struct rd *r, json_t *o, struct indikator *d)
{
	size_t old;
	json_t *v;

	if ((v = rd_field(r, o, "realisasi_periode", 0, &old)) != NULL) {
		d->periode = arena_array(r->a, json_object_size(v), sizeof *d->periode);
		if (d->periode)
			rd_each_year(r, v, y_periode, d);
		if (d->nperiode > 1)
			qsort(d->periode, (size_t)d->nperiode, sizeof *d->periode,
			      rd_cmp_tahun);
		rd_pop(r, old);
	}
	if ((v = rd_field(r, o, "pembanding", 0, &old)) != NULL) {
		rd_pembanding(r, v, d);
		rd_pop(r, old);
	}
	if ((v = rd_field(r, o, "dilaporkan", 0, &old)) != NULL) {
		rd_laporan(r, v, &d->dilaporkan);
		rd_pop(r, old);
	}
	if ((v = rd_field(r, o, "narasi", 0, &old)) != NULL) {
		rd_narasi(r, v, &d->narasi);
		rd_pop(r, old);
	}
}

static void rd_indikator(struct rd *r, json_t *o, struct indikator *d)
{
	static const char *const keys[] = { "kode", "uraian", "satuan", "iku",
		"polaritas", "tipe", "skala", "agregasi", "formula", "sumber_data",
		"baseline", "target", "target_akhir", "target_pk",
		"target_pk_perubahan", "realisasi", "realisasi_periode",
		"pembanding", "dilaporkan", "narasi", NULL };
	size_t old;
	json_t *v;

	if (!rd_expect(r, o, T_OBJ, "an object"))
		return;
	rd_check_keys(r, o, keys);
	rd_indikator_head(r, o, d);
	if ((v = rd_field(r, o, "baseline", 0, &old)) != NULL) {
		rd_baseline(r, v, d);
		rd_pop(r, old);
	}
	tahunan_at(r, o, "target", &d->target);
	if ((v = rd_field(r, o, "target_akhir", 0, &old)) != NULL) {
		rd_nilai(r, v, &d->target_akhir);
		rd_pop(r, old);
	}
	tahunan_at(r, o, "target_pk", &d->target_pk);
	tahunan_at(r, o, "target_pk_perubahan", &d->target_pk_perubahan);
	tahunan_at(r, o, "realisasi", &d->realisasi);
	rd_indikator_rest(r, o, d);
}

static void rd_indikator_list(struct rd *r, json_t *v, struct node *nd)
{
	size_t i, n = json_array_size(v);

	if (!rd_expect(r, v, T_ARR, "an array"))
		return;
	nd->indikator = arena_array(r->a, n, sizeof *nd->indikator);
	if (!nd->indikator)
		return;
	for (i = 0; i < n; i++) {
		size_t old = rd_push_idx(r, i), o2;
		struct indikator *d = &nd->indikator[nd->nindikator++];

		rd_indikator(r, json_array_get(v, i), d);
		o2 = rd_push_key(r, "kode");
		rd_dup_add(r, &r->dup_ind, d->kode);
		rd_pop(r, o2);
		rd_pop(r, old);
	}
}

/* ---- nodes ----------------------------------------------------------------- */

static void rd_node_keys(struct rd *r, json_t *o, enum tingkat t)
{
	static const char *const base[] = { "kode", "uraian", "indikator",
					     "dilaporkan", NULL };
	const char *child = tingkat_anak(t), *k;
	json_t *v;
	int i, lvl;

	json_object_foreach(o, k, v) {
		size_t old;

		for (i = 0; base[i] && strcmp(base[i], k) != 0; i++)
			;
		if (base[i] || (child && strcmp(k, child) == 0) ||
		    (t >= TK_PROGRAM && strcmp(k, "anggaran") == 0))
			continue;
		for (lvl = TK_TUJUAN; lvl <= TK_SUBKEGIATAN; lvl++)
			if (strcmp(k, tingkat_nama((enum tingkat)lvl)) == 0)
				break;
		old = rd_push_key(r, k);
		if (strcmp(k, "anggaran") == 0)
			rd_bad(r, "only allowed on program, kegiatan and subkegiatan");
		else if (lvl <= TK_SUBKEGIATAN && child)
			rd_bad(r, "a %s holds \"%s\", not \"%s\"", tingkat_nama(t), child, k);
		else if (lvl <= TK_SUBKEGIATAN)
			rd_bad(r, "a %s has no level below it", tingkat_nama(t));
		else
			rd_bad(r, "unknown key");
		rd_pop(r, old);
	}
}

static void rd_node(struct rd *r, json_t *o, enum tingkat t, struct node *nd)
{
	const char *child = tingkat_anak(t);
	size_t old;
	json_t *v;

	nd->tingkat = t;
	if (!rd_expect(r, o, T_OBJ, "an object"))
		return;
	rd_node_keys(r, o, t);
	nd->kode = rd_str(r, o, "kode", 1);
	nd->uraian = rd_str(r, o, "uraian", 1);
	old = rd_push_key(r, "kode");
	rd_dup_add(r, &r->dup_node, nd->kode);
	rd_pop(r, old);
	if ((v = rd_field(r, o, "indikator", 0, &old)) != NULL) {
		rd_indikator_list(r, v, nd);
		rd_pop(r, old);
	}
	if (t >= TK_PROGRAM && (v = rd_field(r, o, "anggaran", 0, &old)) != NULL) {
		nd->anggaran = arena_array(r->a, json_object_size(v), sizeof *nd->anggaran);
		if (nd->anggaran)
			rd_each_year(r, v, y_anggaran, nd);
		if (nd->nanggaran > 1)
			qsort(nd->anggaran, (size_t)nd->nanggaran, sizeof *nd->anggaran,
			      rd_cmp_tahun);
		rd_pop(r, old);
	}
	if ((v = rd_field(r, o, "dilaporkan", 0, &old)) != NULL) {
		rd_laporan(r, v, &nd->dilaporkan);
		rd_pop(r, old);
	}
	if (child && (v = rd_field(r, o, child, 0, &old)) != NULL) {
		rd_nodes(r, v, (enum tingkat)(t + 1), &nd->nanak, &nd->anak);
		rd_pop(r, old);
	}
}

void rd_nodes(struct rd *r, json_t *v, enum tingkat t, int *n,
	      struct node **out)
{
	size_t i, len = json_array_size(v);

	*n = 0;
	if (!rd_expect(r, v, T_ARR, "an array"))
		return;
	*out = arena_array(r->a, len, sizeof **out);
	if (!*out)
		return;
	for (i = 0; i < len; i++) {
		size_t old = rd_push_idx(r, i);
		rd_node(r, json_array_get(v, i), t, &(*out)[(*n)++]);
		rd_pop(r, old);
	}
}
