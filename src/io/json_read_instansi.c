/* json_read_instansi: one agency of a `sakip/1` package — officials,
 * Renstra, PK, printed totals, narratives, profil and its planning tree. */
#include "json_priv.h"

#include <stdlib.h>
#include <string.h>

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

static int cmp_key(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
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
		if (n > 1)
			qsort(keys, n, sizeof *keys, cmp_key);
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

static void profil_tahun(struct rd *r, int tahun, json_t *v, void *ctx)
{
	(void)tahun;
	(void)ctx;
	rd_expect(r, v, T_OBJ, "an object");
}

static void rd_profil(struct rd *r, json_t *v, struct instansi *in)
{
	struct sbuf b = SBUF_INIT(0);

	if (!rd_expect(r, v, T_OBJ, "an object keyed by year"))
		return;
	rd_each_year(r, v, profil_tahun, NULL);
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

void rd_instansi(struct rd *r, json_t *o, struct instansi *in)
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

