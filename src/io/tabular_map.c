/* tabular_map: the mapping file read, columns resolved, a new agency
 * started. Rows are applied in tabular_map_apply.c. */
#include "tabular_map_priv.h"

#include <ctype.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

struct mrd {
	struct tab_map *m;
	struct sk_err *e;
	int rc;
};

static int bad(struct mrd *r, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
static int bad(struct mrd *r, const char *fmt, ...)
{
	char msg[400];
	va_list ap;

	if (r->rc)
		return r->rc;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	return r->rc = sk_errf(r->e, SK_EINVAL, "%s: %s", r->m->name, msg);
}

static const char *str_dup(struct mrd *r, const json_t *v, const char *key)
{
	const char *z;

	if (!json_is_string(v)) {
		bad(r, "%s: must be a string", key);
		return NULL;
	}
	z = arena_strdup(&r->m->a, json_string_value(v));
	if (!z)
		bad(r, "out of memory");
	return z;
}

static int get_int(struct mrd *r, const json_t *v, const char *key, int lo,
		   int hi)
{
	if (!json_is_integer(v) || json_integer_value(v) < lo ||
	    json_integer_value(v) > hi)
		return bad(r, "%s: must be a whole number %d … %d", key, lo, hi), 0;
	return (int)json_integer_value(v);
}

/* "G" (1 to 3 capital letters) is a column; other text a header. */
static void get_col(struct mrd *r, const json_t *v, const char *key,
		    struct map_col *c)
{
	const char *z = str_dup(r, v, key);
	size_t n;

	c->key = arena_strdup(&r->m->a, key);
	if (!z)
		return;
	n = strlen(z);
	if (n >= 1 && n <= 3 && strspn(z, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") == n) {
		c->col = xlsx_col_parse(z, n);
		return;
	}
	if (!z[0])
		bad(r, "%s: empty column", key);
	c->judul = z;
}

/* {"2021": "G", …} or {"kolom_awal": "G", "tahun_awal": 2021,
 * "tahun_akhir": 2026} */
static void get_years(struct mrd *r, const json_t *v, const char *key,
		      struct map_year *a, int *n)
{
	const char *k;
	json_t *x;
	char path[64];

	if (!json_is_object(v)) {
		bad(r, "%s: must be an object of year → column", key);
		return;
	}
	if (json_object_get(v, "kolom_awal")) {
		const char *c0 = NULL;
		int y0 = 0, y1 = 0, y, col;
		json_object_foreach((json_t *)v, k, x) {
			snprintf(path, sizeof path, "%s.%s", key, k);
			if (strcmp(k, "kolom_awal") == 0)
				c0 = str_dup(r, x, path);
			else if (strcmp(k, "tahun_awal") == 0)
				y0 = get_int(r, x, path, 1900, 2199);
			else if (strcmp(k, "tahun_akhir") == 0)
				y1 = get_int(r, x, path, 1900, 2199);
			else
				bad(r, "%s: unknown key", path);
		}
		col = c0 ? xlsx_col_parse(c0, strlen(c0)) : -1;
		if (r->rc)
			return;
		if (col < 0 || !y0 || !y1 || y1 < y0 || y1 - y0 >= MAP_YEARS)
			bad(r, "%s: needs kolom_awal (a column letter), tahun_awal "
			    "and tahun_akhir (at most %d years)", key, MAP_YEARS);
		for (y = y0; !r->rc && y <= y1; y++, (*n)++) {
			a[*n].tahun = y;
			a[*n].c.col = col + (y - y0);
			a[*n].c.key = c0;
		}
		return;
	}
	json_object_foreach((json_t *)v, k, x) {
		int y = atoi(k);
		snprintf(path, sizeof path, "%s.%s", key, k);
		if (strlen(k) != 4 || y < 1900 || y > 2199) {
			bad(r, "%s: the key must be a year", path);
			return;
		}
		if (*n >= MAP_YEARS) {
			bad(r, "%s: more than %d years", key, MAP_YEARS);
			return;
		}
		a[*n].tahun = y;
		a[*n].c.col = -1;
		get_col(r, x, path, &a[*n].c);
		(*n)++;
	}
}

static void read_kolom(struct mrd *r, const json_t *o)
{
	static const char *const names[] = { "tujuan", "kode_tujuan", "sasaran",
		"kode_sasaran", "indikator", "kode", "satuan", "polaritas",
		"baseline", "target_akhir", NULL };
	struct tab_map *m = r->m;
	struct map_col *cols[] = { &m->tujuan, &m->kode_tujuan, &m->sasaran,
		&m->kode_sasaran, &m->indikator, &m->kode, &m->satuan,
		&m->polaritas, &m->baseline, &m->target_akhir };
	const char *k;
	json_t *v;
	char path[64];
	int i;

	if (!json_is_object(o)) {
		bad(r, "kolom: must be an object");
		return;
	}
	json_object_foreach((json_t *)o, k, v) {
		snprintf(path, sizeof path, "kolom.%s", k);
		for (i = 0; names[i] && strcmp(names[i], k); i++)
			;
		if (names[i])
			get_col(r, v, path, cols[i]);
		else if (strcmp(k, "target") == 0)
			get_years(r, v, path, m->target, &m->ntarget);
		else if (strcmp(k, "realisasi") == 0)
			get_years(r, v, path, m->realisasi, &m->nrealisasi);
		else
			bad(r, "%s: unknown key (see docs/spreadsheets.md)", path);
	}
}

static void read_kode_nama(struct mrd *r, const json_t *v, const char *key,
			   const char **kode, const char **nama)
{
	if (json_is_string(v)) {
		*kode = str_dup(r, v, key);
		return;
	}
	if (!json_is_object(v) || !json_is_string(json_object_get(v, "kode")) ||
	    json_object_size(v) > 2 ||
	    (json_object_size(v) == 2 &&
	     !json_is_string(json_object_get(v, "nama")))) {
		bad(r, "%s: a code, or {\"kode\": …, \"nama\": …}", key);
		return;
	}
	*kode = str_dup(r, json_object_get(v, "kode"), key);
	if (json_object_get(v, "nama"))
		*nama = str_dup(r, json_object_get(v, "nama"), key);
}

static void read_top(struct mrd *r, const json_t *root)
{
	struct tab_map *m = r->m;
	const char *k;
	json_t *v;

	json_object_foreach((json_t *)root, k, v) {
		if (strcmp(k, "format") == 0) {
			if (!json_is_string(v) ||
			    strcmp(json_string_value(v), TAB_MAP_FORMAT))
				bad(r, "format: must be \"%s\"", TAB_MAP_FORMAT);
		} else if (strcmp(k, "lembar") == 0) {
			m->lembar = str_dup(r, v, k);
		} else if (strcmp(k, "baris_judul") == 0) {
			m->baris_judul = get_int(r, v, k, 1, 1000);
		} else if (strcmp(k, "baris_data") == 0) {
			m->baris_data = get_int(r, v, k, 1, 1048576);
		} else if (strcmp(k, "baris_akhir") == 0) {
			m->baris_akhir = get_int(r, v, k, 1, 1048576);
		} else if (strcmp(k, "baseline_tahun") == 0) {
			m->baseline_tahun = get_int(r, v, k, 1900, 2199);
		} else if (strcmp(k, "tambah") == 0) {
			if (!json_is_boolean(v))
				bad(r, "tambah: must be true or false");
			m->tambah = json_is_true(v);
		} else if (strcmp(k, "instansi") == 0) {
			read_kode_nama(r, v, k, &m->instansi_kode, &m->instansi_nama);
		} else if (strcmp(k, "pemda") == 0) {
			read_kode_nama(r, v, k, &m->pemda_kode, &m->pemda_nama);
		} else if (strcmp(k, "kolom") == 0) {
			read_kolom(r, v);
		} else {
			bad(r, "%s: unknown key (see docs/spreadsheets.md)", k);
		}
	}
}

static void init_cols(struct tab_map *m)
{
	struct map_col *c[16];
	int i, n = map_cols(m, c, 16);

	for (i = 0; i < n; i++)
		c[i]->col = -1;
}

int map_cols(struct tab_map *m, struct map_col **out, int max)
{
	struct map_col *fixed[] = { &m->tujuan, &m->kode_tujuan, &m->sasaran,
		&m->kode_sasaran, &m->indikator, &m->kode, &m->satuan,
		&m->polaritas, &m->baseline, &m->target_akhir };
	int i, n = 0;

	for (i = 0; i < 10 && n < max; i++)
		out[n++] = fixed[i];
	for (i = 0; i < m->ntarget && n < max; i++)
		out[n++] = &m->target[i].c;
	for (i = 0; i < m->nrealisasi && n < max; i++)
		out[n++] = &m->realisasi[i].c;
	return n;
}

static void check(struct mrd *r)
{
	struct tab_map *m = r->m;

	if (r->rc)
		return;
	if (m->indikator.col < 0 && !m->indikator.judul &&
	    m->kode.col < 0 && !m->kode.judul)
		bad(r, "kolom: needs 'indikator' or 'kode' to find the indicators");
	else if (!m->ntarget && !m->nrealisasi && m->target_akhir.col < 0 &&
		 !m->target_akhir.judul && m->baseline.col < 0 && !m->baseline.judul)
		bad(r, "kolom: needs a value column (target, target_akhir, "
		    "realisasi or baseline)");
	else if ((m->baseline.col >= 0 || m->baseline.judul) && !m->baseline_tahun)
		bad(r, "baseline_tahun: required with kolom.baseline");
	else if (m->baris_akhir && m->baris_data && m->baris_akhir < m->baris_data)
		bad(r, "baris_akhir: before baris_data");
}

int tab_map_read(const char *name, const char *buf, size_t n,
		 struct tab_map **out, struct sk_err *e)
{
	struct tab_map *m = calloc(1, sizeof *m);
	json_error_t je;
	json_t *root;
	struct mrd r;

	*out = NULL;
	if (!m)
		return sk_errf(e, SK_ENOMEM, "out of memory");
	m->name = name;
	r.m = m;
	r.e = e;
	r.rc = 0;
	init_cols(m);
	root = json_loadb(buf, n, JSON_REJECT_DUPLICATES, &je);
	if (!root)
		bad(&r, "%d:%d: %s", je.line, je.column, je.text);
	else if (!json_is_object(root))
		bad(&r, "must be a JSON object");
	else
		read_top(&r, root);
	for (int i = 0; !r.rc && i < MAP_YEARS; i++)
		if (i < m->ntarget && m->target[i].c.col < 0 && !m->target[i].c.judul)
			bad(&r, "kolom.target: bad column");
	check(&r);
	json_decref(root);
	if (r.rc) {
		tab_map_free(m);
		return r.rc;
	}
	*out = m;
	return 0;
}

void tab_map_free(struct tab_map *m)
{
	if (!m)
		return;
	arena_free(&m->a);
	free(m);
}

/* ---- plan -------------------------------------------------------------------- */

static int same_header(const char *a, const char *b)
{
	while (*a || *b) {
		while (*a == ' ' || *a == '\n' || *a == '\r' || *a == '\t')
			a++;
		while (*b == ' ' || *b == '\n' || *b == '\r' || *b == '\t')
			b++;
		if (tolower((unsigned char)*a) != tolower((unsigned char)*b))
			return 0;
		if (*a)
			a++, b++;
	}
	return 1;
}

static int resolve_col(struct tab_map *m, const struct xlsx_sheet *s,
		       struct map_col *c, struct sk_err *e)
{
	int col;

	if (!c->judul)
		return 0;
	if (!m->baris_judul)
		return sk_errf(e, SK_EINVAL, "%s: %s: a header text ('%s') needs "
			       "baris_judul", m->name, c->key, c->judul);
	for (col = 0; col < s->ncol; col++)
		if (same_header(xlsx_text(s, m->baris_judul, col), c->judul)) {
			c->col = col;
			return 0;
		}
	return sk_errf(e, SK_EINVAL, "%s: %s: no column '%s' in row %d of sheet "
		       "'%s'", m->name, c->key, c->judul, m->baris_judul, s->name);
}

static int is_csv_name(const char *z)
{
	size_t n = strlen(z);

	return n > 4 && strcasecmp(z + n - 4, ".csv") == 0;
}

int tab_map_plan(struct tab_map *m, const struct xlsx_book *b,
		 const struct xlsx_sheet **sheet, struct tab_opsi *opsi,
		 struct sk_err *e)
{
	struct map_col *cols[16 + 2 * MAP_YEARS];
	int i, n, rc;

	*sheet = m->lembar ? xlsx_sheet(b, m->lembar) : &b->sheet[0];
	if (!*sheet && b->nsheet == 1 && is_csv_name(b->sheet[0].name))
		*sheet = &b->sheet[0];     /* a CSV file has one sheet, unnamed */
	if (!*sheet)
		return sk_errf(e, SK_EINVAL, "%s: lembar: no sheet '%s' in the "
			       "workbook", m->name, m->lembar);
	n = map_cols(m, cols, (int)(sizeof cols / sizeof cols[0]));
	for (i = 0; i < n; i++)
		if ((rc = resolve_col(m, *sheet, cols[i], e)))
			return rc;
	if (!opsi->instansi)
		opsi->instansi = m->instansi_kode;
	if (!opsi->instansi)
		return sk_errf(e, SK_EINVAL, "%s: instansi: which agency the table "
			       "is of (or --instansi)", m->name);
	opsi->header_row = m->baris_judul;
	return 0;
}

/* ---- a new agency -------------------------------------------------------------- */

int tab_map_new_instansi(const struct tab_map *m, struct store *s,
			 const char *pemda, const char *instansi, struct pkg *p,
			 struct sk_err *e)
{
	struct instansi *in;
	int rc;

	if (!m->tambah)
		return sk_errf(e, SK_ENOTFOUND, "%s: instansi '%s' is not in the "
			       "database (\"tambah\": true adds it)", m->name, instansi);
	rc = store_load_pkg(s, pemda ? pemda : m->pemda_kode, NULL, p, e);
	if (rc == SK_ENOTFOUND && m->pemda_kode && m->pemda_nama) {
		pkg_free(p);
		pkg_init(p);
		p->pemda_kode = arena_strdup(&p->arena, m->pemda_kode);
		p->pemda_nama = arena_strdup(&p->arena, m->pemda_nama);
		rc = 0;
	} else if (rc == SK_ENOTFOUND) {
		return sk_errf(e, SK_ENOTFOUND, "%s: no pemda in the database: import "
			       "a sakip/1 package first, or give \"pemda\": {\"kode\", "
			       "\"nama\"} in the mapping", m->name);
	}
	if (rc)
		return rc;
	in = arena_alloc(&p->arena, sizeof *in);
	if (!in)
		return sk_errf(e, SK_ENOMEM, "out of memory");
	in->kode = arena_strdup(&p->arena, instansi);
	in->nama = arena_strdup(&p->arena, m->instansi_nama ? m->instansi_nama :
				instansi);
	p->instansi = in;     /* the others stay as they are in the database */
	p->ninstansi = 1;
	return p->arena.err ? sk_errf(e, SK_ENOMEM, "out of memory") : 0;
}
