/* tabular: header recognition, cell values, and tables whose rows name
 * existing indicators (templates, CSV, exported sheets). */
#include "tabular.h"
#include "../core/scale.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- indicators ------------------------------------------------------------ */

struct ind_vec {
	struct tab_ind *a;
	int n, cap, nomem;
};

static void collect(struct ind_vec *v, struct instansi *in, struct node *nd)
{
	int i;

	for (i = 0; i < nd->nindikator && !v->nomem; i++) {
		if (v->n == v->cap) {
			int cap = v->cap ? v->cap * 2 : 64;
			struct tab_ind *a = realloc(v->a, (size_t)cap * sizeof *a);
			if (!a) {
				v->nomem = 1;
				return;
			}
			v->a = a;
			v->cap = cap;
		}
		v->a[v->n].instansi = in;
		v->a[v->n].node = nd;
		v->a[v->n].ind = &nd->indikator[i];
		v->n++;
	}
	for (i = 0; i < nd->nanak; i++)
		collect(v, in, &nd->anak[i]);
}

int tab_indikator_list(struct instansi *in, struct tab_ind **out, int *n)
{
	struct ind_vec v = { NULL, 0, 0, 0 };
	int i;

	for (i = 0; i < in->ntujuan; i++)
		collect(&v, in, &in->tujuan[i]);
	if (v.nomem) {
		free(v.a);
		return SK_ENOMEM;
	}
	*out = v.a;
	*n = v.n;
	return 0;
}

const char *tab_polaritas_nama(enum polaritas p)
{
	return p == POL_NEGATIF ? "negatif" : p == POL_RENTANG ? "rentang" : "positif";
}

const char *tab_tipe_nama(enum tipe_indikator t)
{
	return t == TIPE_PREDIKAT ? "predikat" : t == TIPE_TEKS ? "teks" : "angka";
}

/* ---- headers -------------------------------------------------------------------- */

/* Lower case, '_' and '-' as spaces, single spaces, trimmed. */
static void norm_header(const char *z, char *out, size_t cap)
{
	size_t n = 0;

	for (; *z && n + 1 < cap; z++) {
		char c = *z == '_' || *z == '-' || *z == '\n' || *z == '\r' ||
			 *z == '\t' ? ' ' : (char)tolower((unsigned char)*z);
		if (c == ' ' && (n == 0 || out[n - 1] == ' '))
			continue;
		out[n++] = c;
	}
	while (n && out[n - 1] == ' ')
		n--;
	out[n] = 0;
}

static int parse_year(const char *w)
{
	int y;

	if (strlen(w) != 4 || !isdigit((unsigned char)w[0]) ||
	    !isdigit((unsigned char)w[1]) || !isdigit((unsigned char)w[2]) ||
	    !isdigit((unsigned char)w[3]))
		return 0;
	y = atoi(w);
	return y >= 1900 && y <= 2199 ? y : 0;
}

static int parse_quarter(const char *w)
{
	static const char *const roman[] = { "i", "ii", "iii", "iv" };
	int i;

	if (strncmp(w, "tw", 2) == 0 && w[2])
		w += 2;
	for (i = 0; i < 4; i++)
		if (strcmp(w, roman[i]) == 0)
			return i + 1;
	return w[0] >= '1' && w[0] <= '4' && !w[1] ? w[0] - '0' : 0;
}

/* "tw ii 2024", "triwulan 2", "tw2", "realisasi 2024 tw 2" */
static void header_triwulan(char **w, int nw, int tahun_default,
			    struct tab_col *out)
{
	int i = 0, q = 0, y = 0;

	if (nw >= 2 && strcmp(w[0], "realisasi") == 0 && (y = parse_year(w[1])))
		i = 2;
	if (i < nw && (strcmp(w[i], "tw") == 0 || strcmp(w[i], "triwulan") == 0))
		i++;
	else if (i < nw && strncmp(w[i], "tw", 2) != 0)
		return;
	if (i < nw)
		q = parse_quarter(w[i++]);
	if (!y && i < nw)
		y = parse_year(w[i++]);
	if (!y)
		y = tahun_default;
	if (q && y && i == nw) {
		out->kind = TAB_TRIWULAN;
		out->tahun = y;
		out->periode = q;
	}
}

void tab_header_parse(const char *text, int tahun_default, struct tab_col *out)
{
	char buf[128], *w[8], *save = NULL, *t;
	int nw = 0, y;

	out->kind = TAB_NONE;
	out->tahun = out->periode = 0;
	norm_header(text, buf, sizeof buf);
	for (t = strtok_r(buf, " ", &save); t && nw < 8; t = strtok_r(NULL, " ", &save))
		w[nw++] = t;
	if (nw == 0 || nw == 8)
		return;
	if ((nw == 2 && strcmp(w[0], "kode") == 0 && strcmp(w[1], "instansi") == 0) ||
	    (nw == 1 && strcmp(w[0], "instansi") == 0))
		out->kind = TAB_INSTANSI;
	else if ((nw == 2 && strcmp(w[0], "kode") == 0 && strcmp(w[1], "induk") == 0) ||
		 (nw == 1 && strcmp(w[0], "induk") == 0))
		out->kind = TAB_INDUK;
	else if ((nw == 2 && strcmp(w[0], "kode") == 0 && strcmp(w[1], "indikator") == 0) ||
		 (nw == 1 && strcmp(w[0], "kode") == 0))
		out->kind = TAB_KODE;
	else if (nw == 2 && strcmp(w[0], "target") == 0 && strcmp(w[1], "akhir") == 0)
		out->kind = TAB_TARGET_AKHIR;
	else if (nw == 2 && strcmp(w[0], "target") == 0 && (y = parse_year(w[1])))
		out->kind = TAB_TARGET, out->tahun = y;
	else if (nw == 2 && strcmp(w[0], "realisasi") == 0 && (y = parse_year(w[1])))
		out->kind = TAB_REALISASI, out->tahun = y;
	else
		header_triwulan(w, nw, tahun_default, out);
}

static int is_value_kind(enum tab_kind k)
{
	return k == TAB_TARGET || k == TAB_TARGET_AKHIR || k == TAB_REALISASI ||
	       k == TAB_TRIWULAN;
}

int tab_find_header(const struct xlsx_sheet *s, int tahun_default)
{
	int row;

	for (row = 1; row <= 10 && row <= s->nrow; row++) {
		int col, kode = 0, val = 0;
		for (col = 0; col < s->ncol; col++) {
			struct tab_col tc;
			tab_header_parse(xlsx_text(s, row, col), tahun_default, &tc);
			kode |= tc.kind == TAB_KODE;
			val |= is_value_kind(tc.kind);
		}
		if (kode && val)
			return row;
	}
	return 0;
}

/* ---- problems ------------------------------------------------------------------- */

void tab_err(struct sbuf *errs, int *nerr, const char *sheet, int row, int col,
	     const char *fmt, ...)
{
	va_list ap;

	if ((*nerr)++ >= TAB_ERR_MAX)
		return;
	xlsx_where(errs, sheet, row, col);
	sbuf_adds(errs, ": ");
	va_start(ap, fmt);
	sbuf_vaddf(errs, fmt, ap);
	va_end(ap);
	sbuf_addc(errs, '\n');
}

/* ---- values --------------------------------------------------------------------- */

static int check_tipe(const struct indikator *ind, const struct nilai *n,
		      char *why, size_t cap)
{
	const char *name = ind->kode ? ind->kode : ind->uraian ? ind->uraian : "?";
	const struct value *v = &n->v;
	const struct skala *sk = ind->skala ? skala_builtin(ind->skala) : NULL;

	if (ind->tipe == TIPE_TEKS)
		return 1;
	if (v->kind == VAL_TEKS) {
		if (v->alasan && strcmp(v->alasan, ALASAN_GALAT) == 0)
			snprintf(why, cap, "'%.60s' is a spreadsheet error, not a value",
				 n->raw);
		else if (ind->tipe == TIPE_PREDIKAT)
			snprintf(why, cap, "'%.60s' is not a grade of scale %s", n->raw,
				 ind->skala ? ind->skala : "(none)");
		else
			snprintf(why, cap, "'%.60s' is not a number (indicator %.80s is "
				 "tipe angka)", n->raw, name);
		return -1;
	}
	if (ind->tipe == TIPE_PREDIKAT && v->kind != VAL_PREDIKAT) {
		snprintf(why, cap, "'%.60s' is not a grade of scale %s (indicator "
			 "%.80s is tipe predikat)", n->raw,
			 ind->skala ? ind->skala : "(none)", name);
		return -1;
	}
	if (v->kind == VAL_PREDIKAT && sk && skala_find(sk, v->label) < 0) {
		snprintf(why, cap, "'%.60s' is not a grade of scale %s", n->raw,
			 ind->skala);
		return -1;
	}
	if (v->kind == VAL_PREDIKAT && ind->tipe == TIPE_ANGKA && !ind->skala) {
		snprintf(why, cap, "'%.60s' is not a number (indicator %.80s is tipe "
			 "angka, without a scale)", n->raw, name);
		return -1;
	}
	return 1;
}

int tab_nilai(struct arena *a, const struct xlsx_cell *c,
	      const struct indikator *ind, const struct nilai *cur,
	      struct nilai *out, char *why, size_t cap)
{
	const char *z;
	size_t n;

	memset(out, 0, sizeof *out);
	if (!c)
		return 0;
	switch (c->type) {
	case XLSX_DATE:
		snprintf(why, cap, "a date (%s) is not a value", c->text);
		return -1;
	case XLSX_BOOL:
		snprintf(why, cap, "%s is not a value", c->text);
		return -1;
	case XLSX_NUMBER:
		if (c->percent) {
			char buf[80], *dot;
			snprintf(buf, sizeof buf, "%s%%", c->text);
			if ((dot = strchr(buf, '.')))
				*dot = ',';
			out->raw = arena_strdup(a, buf);
			if (out->raw)
				value_parse(out->raw, strlen(out->raw), &out->v);
		} else {
			out->raw = arena_strdup(a, c->text);
			out->is_num = 1;
			if (out->raw)
				value_from_json_number(out->raw, strlen(out->raw), &out->v);
		}
		break;
	default:
		for (z = c->text; *z == ' ' || *z == '\t'; z++)
			;
		n = strlen(z);
		while (n && (z[n - 1] == ' ' || z[n - 1] == '\t'))
			n--;
		if (n == 0)
			return 0;
		out->raw = arena_strndup(a, z, n);
		if (out->raw)
			value_parse(out->raw, n, &out->v);
	}
	if (!out->raw) {
		snprintf(why, cap, "out of memory");
		return -1;
	}
	if (out->v.kind == VAL_KOSONG)
		return 0;
	if (cur && cur->raw && strcmp(cur->raw, out->raw) == 0) {
		*out = *cur;
		return 1;
	}
	return check_tipe(ind, out, why, cap);
}

int tab_tahunan_set(struct arena *a, struct tahunan *t, int tahun,
		    const struct nilai *n)
{
	struct nilai_thn *na;
	int i, k;

	for (i = 0; i < t->n; i++) {
		if (t->a[i].tahun != tahun)
			continue;
		if (n) {
			t->a[i].n = *n;
		} else {
			memmove(&t->a[i], &t->a[i + 1],
				(size_t)(t->n - i - 1) * sizeof *t->a);
			t->n--;
		}
		return 0;
	}
	if (!n)
		return 0;
	na = arena_array(a, (size_t)t->n + 1, sizeof *na);
	if (!na)
		return SK_ENOMEM;
	for (i = 0, k = 0; i < t->n && t->a[i].tahun < tahun; i++)
		na[k++] = t->a[i];
	na[k].tahun = tahun;
	na[k++].n = *n;
	for (; i < t->n; i++)
		na[k++] = t->a[i];
	t->a = na;
	t->n++;
	return 0;
}

static struct periode *periode_add(struct arena *a, struct indikator *ind,
				   int tahun)
{
	struct periode *np = arena_array(a, (size_t)ind->nperiode + 1, sizeof *np);
	int i, k = 0;

	if (!np)
		return NULL;
	for (i = 0; i < ind->nperiode && ind->periode[i].tahun < tahun; i++)
		np[k++] = ind->periode[i];
	np[k].tahun = tahun;
	np[k].bulanan = 0;
	np[k].n = 4;
	np[k].a = arena_array(a, 4, sizeof *np[k].a);
	if (!np[k].a)
		return NULL;
	for (i = k; i < ind->nperiode; i++)
		np[i + 1] = ind->periode[i];
	ind->periode = np;
	ind->nperiode++;
	return &np[k];
}

int tab_periode_set(struct arena *a, struct indikator *ind, int tahun, int q,
		    const struct nilai *n)
{
	const struct periode *found = indikator_periode(ind, tahun);
	struct periode *pr = found ? &ind->periode[found - ind->periode] : NULL;
	int i, any = 0;

	if (pr && pr->bulanan)
		return SK_EINVAL;
	if (!pr && !n)
		return 0;
	if (!pr && !(pr = periode_add(a, ind, tahun)))
		return SK_ENOMEM;
	if (n)
		pr->a[q - 1] = *n;
	else
		memset(&pr->a[q - 1], 0, sizeof pr->a[q - 1]);
	for (i = 0; i < pr->n; i++)
		any |= pr->a[i].raw != NULL;
	if (!any) {
		i = (int)(pr - ind->periode);
		memmove(pr, pr + 1, (size_t)(ind->nperiode - i - 1) * sizeof *pr);
		ind->nperiode--;
	}
	return 0;
}
