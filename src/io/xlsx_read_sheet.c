/* xlsx_read_sheet: one worksheet part into cells; numbers, dates and
 * merged ranges. */
#include "xlsx_read_priv.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define EXCEL_MAX_ROW 1048576
#define NORM_DIGITS 15

struct merge {
	int r1, c1, r2, c2;
};

struct sheet_rd {
	struct xr *x;
	struct xpart p;
	struct xlsx_sheet *s;
	struct xlsx_cell *a;     /* malloc'ed while reading */
	size_t n, cap;
	struct merge *m;
	size_t nm, capm;
	int row, col;            /* the current row, the last column */
	/* the cell being read */
	int crow, ccol, has_f, in_v, in_is, in_t, in_rph;
	long style;
	char t[16];
	struct sbuf v, is;
};

/* "Sheet!F12: message" into x->e. */
static int bad(struct sheet_rd *r, int code, int row, int col,
	       const char *fmt, ...) __attribute__((format(printf, 5, 6)));
static int bad(struct sheet_rd *r, int code, int row, int col,
	       const char *fmt, ...)
{
	struct sbuf b = SBUF_INIT(4096);
	va_list ap;

	xlsx_where(&b, r->s->name, row, col);
	sbuf_adds(&b, ": ");
	va_start(ap, fmt);
	sbuf_vaddf(&b, fmt, ap);
	va_end(ap);
	sk_errf(r->x->e, code, "%s", b.z);
	sbuf_release(&b);
	return code;
}

/* ---- numbers and dates --------------------------------------------------- */

/* 0.d[0..nd) × 10^pos as a plain decimal. */
static int render(int neg, const char *d, int nd, long pos, char *out,
		  size_t cap)
{
	size_t k = 0;
	int i;

	if (nd == 0) {
		snprintf(out, cap, "0");
		return 0;
	}
	if (pos > 30 || pos < -30 || cap < 64)
		return -1;
	if (neg)
		out[k++] = '-';
	if (pos <= 0) {
		out[k++] = '0';
		out[k++] = '.';
		for (i = 0; i < -pos; i++)
			out[k++] = '0';
		for (i = 0; i < nd; i++)
			out[k++] = d[i];
	} else {
		for (i = 0; i < nd || i < pos; i++) {
			if (i == pos)
				out[k++] = '.';
			out[k++] = i < nd ? d[i] : '0';
		}
	}
	out[k] = 0;
	return 0;
}

int xr_number_norm(const char *z, char *out, size_t cap)
{
	char d[NORM_DIGITS + 2];
	int nd = 0, neg = 0, any = 0, round = 0, i;
	long pos = 0, ex = 0;

	while (*z == ' ')
		z++;
	if (*z == '-' || *z == '+')
		neg = *z++ == '-';
	for (; *z >= '0' && *z <= '9'; z++, any = 1) {
		if (nd == 0 && *z == '0')
			continue;
		if (nd < NORM_DIGITS + 1)
			d[nd++] = *z;
		pos++;
	}
	if (*z == '.')
		for (z++; *z >= '0' && *z <= '9'; z++, any = 1) {
			if (nd == 0 && *z == '0')
				pos--;
			else if (nd < NORM_DIGITS + 1)
				d[nd++] = *z;
		}
	if (!any)
		return -1;
	if (*z == 'e' || *z == 'E') {
		int eneg = 0, edig = 0;
		z++;
		if (*z == '-' || *z == '+')
			eneg = *z++ == '-';
		for (; *z >= '0' && *z <= '9'; z++, edig = 1)
			if (ex < 100000)
				ex = ex * 10 + (*z - '0');
		if (!edig)
			return -1;
		if (eneg)
			ex = -ex;
	}
	while (*z == ' ')
		z++;
	if (*z)
		return -1;
	pos += ex;
	if (nd > NORM_DIGITS) {
		round = d[NORM_DIGITS] >= '5';
		nd = NORM_DIGITS;
	}
	for (i = nd - 1; round && i >= 0; i--) {
		round = d[i] == '9';
		d[i] = round ? '0' : (char)(d[i] + 1);
	}
	if (round) {
		d[0] = '1';
		nd = 1;
		pos++;
	}
	while (nd > 0 && d[nd - 1] == '0')
		nd--;
	return render(neg, d, nd, pos, out, cap);
}

/* Days since 1970-01-01 → civil date (H. Hinnant's algorithm). */
static void civil(long z, int *y, int *m, int *dd)
{
	long era, doe, yoe, doy, mp;

	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	*dd = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*y = (int)(yoe + era * 400 + (*m <= 2));
}

int xr_date_format(const char *num, int date1904, char *out, size_t cap)
{
	double v = strtod(num, NULL), fl;
	long days, secs;
	int y, m, d;

	if (!(v >= 0 && v < 2958466))
		return -1;
	fl = floor(v);
	days = (long)fl;
	secs = lround((v - fl) * 86400.0);
	if (secs >= 86400) {
		days++;
		secs = 0;
	}
	if (days == 0 && !date1904) {
		snprintf(out, cap, "%02ld:%02ld:%02ld", secs / 3600,
			 secs / 60 % 60, secs % 60);
		return 0;
	}
	if (date1904) {
		civil(days - 24107, &y, &m, &d);      /* 1904-01-01 */
	} else if (days == 60) {
		y = 1900, m = 2, d = 29;              /* the 1900 leap-year bug */
	} else {
		civil(days - (days < 60 ? 25568 : 25569), &y, &m, &d);
	}
	if (secs)
		snprintf(out, cap, "%04d-%02d-%02d %02ld:%02ld:%02ld", y, m, d,
			 secs / 3600, secs / 60 % 60, secs % 60);
	else
		snprintf(out, cap, "%04d-%02d-%02d", y, m, d);
	return 0;
}

int xr_format_kind(const char *code)
{
	const char *z = code;
	int pct = 0;

	while (*z) {
		char c = *z++;

		if (c == '"') {
			while (*z && *z != '"')
				z++;
			if (*z)
				z++;
		} else if (c == '\\' || c == '_' || c == '*') {
			if (*z)
				z++;
		} else if (c == '[') {
			const char *q = z;
			while (*z && *z != ']')
				z++;
			if ((*q == 'h' || *q == 'm' || *q == 's' || *q == 'H' ||
			     *q == 'M' || *q == 'S') && z - q <= 2)
				return XR_FMT_DATE; /* elapsed [h] [mm] [ss] */
			if (*z)
				z++;
		} else if (strchr("dDmMyYhHsS", c)) {
			return XR_FMT_DATE;
		} else if (c == '%') {
			pct = 1;
		}
	}
	return pct ? XR_FMT_PERCENT : XR_FMT_NUMBER;
}

/* ---- cells ----------------------------------------------------------------- */

static int push(struct sheet_rd *r, const struct xlsx_cell *c)
{
	if (r->x->ncell >= r->x->lim->max_cells)
		return bad(r, SK_ELIMIT, c->row, c->col, "more than %zu cells "
			   "with a value in the workbook", r->x->lim->max_cells);
	if (r->n == r->cap) {
		size_t cap = r->cap ? r->cap * 2 : 256;
		struct xlsx_cell *a = realloc(r->a, cap * sizeof *a);
		if (!a)
			return sk_errf(r->x->e, SK_ENOMEM, "out of memory");
		r->a = a;
		r->cap = cap;
	}
	r->a[r->n++] = *c;
	r->x->ncell++;
	return 0;
}

static const char *keep(struct sheet_rd *r, const char *z, size_t n)
{
	return arena_strndup(&r->x->b->arena, z, n);
}

/* The value of a number cell (no t, or t="n"). */
static int cell_number(struct sheet_rd *r, struct xlsx_cell *c)
{
	char norm[64], date[80];
	struct xr *x = r->x;
	int kind = r->style >= 0 && (size_t)r->style < x->nxf ?
		   x->xf_kind[r->style] : XR_FMT_NUMBER;

	if (xr_number_norm(r->v.z, norm, sizeof norm))
		return bad(r, SK_EINVAL, c->row, c->col, "'%.40s' is not a number",
			   r->v.z);
	c->type = XLSX_NUMBER;
	if (kind == XR_FMT_PERCENT) {
		snprintf(date, sizeof date, "%se2", norm);
		if (xr_number_norm(date, norm, sizeof norm) == 0)
			c->percent = 1;
		else
			xr_number_norm(r->v.z, norm, sizeof norm);
	}
	if (kind == XR_FMT_DATE &&
	    xr_date_format(norm, x->b->date1904, date, sizeof date) == 0) {
		c->type = XLSX_DATE;
		c->num = keep(r, norm, strlen(norm));
		c->text = keep(r, date, strlen(date));
	} else {
		c->text = keep(r, norm, strlen(norm));
	}
	return 0;
}

static int cell_sst(struct sheet_rd *r, struct xlsx_cell *c)
{
	char *end;
	unsigned long i = strtoul(r->v.z, &end, 10);

	if (!r->v.n || *end || r->v.z[0] == '-' || i >= r->x->nsst)
		return bad(r, SK_EINVAL, c->row, c->col, "shared string '%.20s' "
			   "does not exist", r->v.z);
	c->type = XLSX_TEXT;
	c->text = r->x->sst[i];
	return 0;
}

static int cell_end(struct sheet_rd *r)
{
	struct xlsx_cell c;
	const char *t = r->t;
	int rc = 0;

	memset(&c, 0, sizeof c);
	c.row = r->crow;
	c.col = r->ccol;
	c.formula = (unsigned char)r->has_f;
	if (r->v.err || r->is.err)
		return bad(r, r->v.err ? r->v.err : r->is.err, c.row, c.col,
			   "text longer than %zu bytes", r->x->lim->max_text);
	if (strcmp(t, "inlineStr") == 0) {
		if (!r->is.n)
			return 0;
		c.type = XLSX_TEXT;
		c.text = keep(r, r->is.z, r->is.n);
	} else if (!r->v.n) {
		return 0;                       /* no value */
	} else if (strcmp(t, "s") == 0) {
		rc = cell_sst(r, &c);
		if (!rc && !c.text[0])
			return 0;
	} else if (strcmp(t, "str") == 0) {
		c.type = XLSX_TEXT;
		c.text = keep(r, r->v.z, r->v.n);
	} else if (strcmp(t, "b") == 0) {
		c.type = XLSX_BOOL;
		c.text = strcmp(r->v.z, "1") == 0 || strcmp(r->v.z, "true") == 0 ?
			 "TRUE" : "FALSE";
	} else if (strcmp(t, "e") == 0) {
		c.type = XLSX_ERROR;
		c.text = keep(r, r->v.z, r->v.n);
	} else if (strcmp(t, "d") == 0) {
		c.type = XLSX_DATE;
		c.text = keep(r, r->v.z, r->v.n < 19 ? r->v.n : 19);
	} else if (!t[0] || strcmp(t, "n") == 0) {
		rc = cell_number(r, &c);
	} else {
		return bad(r, SK_EINVAL, c.row, c.col, "unknown cell type '%s'", t);
	}
	if (rc)
		return rc;
	if (!c.text)
		return sk_errf(r->x->e, SK_ENOMEM, "out of memory");
	if (c.row > r->x->lim->max_rows)
		return bad(r, SK_ELIMIT, c.row, c.col, "more than %d rows",
			   r->x->lim->max_rows);
	if (c.col >= r->x->lim->max_cols)
		return bad(r, SK_ELIMIT, c.row, c.col, "more than %d columns",
			   r->x->lim->max_cols);
	return push(r, &c);
}

static int cell_start(struct sheet_rd *r)
{
	char ref[32], v[32];

	if (r->row == 0)
		r->row = 1;              /* a cell outside any row */
	if (xr_attr(r->p.r, "r", ref, sizeof ref)) {
		int row, col;
		if (xlsx_ref_parse(ref, &row, &col) || row > EXCEL_MAX_ROW)
			return bad(r, SK_EINVAL, r->row, 0, "bad cell reference "
				   "'%s'", ref);
		r->crow = row;
		r->ccol = col;
	} else {
		r->crow = r->row;
		r->ccol = r->col + 1;
	}
	r->col = r->ccol;
	if (r->ccol > 16383)
		return bad(r, SK_EINVAL, r->crow, 0, "column beyond XFD");
	if (!xr_attr(r->p.r, "t", r->t, sizeof r->t))
		r->t[0] = 0;
	r->style = xr_attr(r->p.r, "s", v, sizeof v) ? strtol(v, NULL, 10) : -1;
	r->has_f = 0;
	sbuf_reset(&r->v);
	sbuf_reset(&r->is);
	return 0;
}

static int row_start(struct sheet_rd *r)
{
	char v[32];

	if (xr_attr(r->p.r, "r", v, sizeof v)) {
		char *end;
		long n = strtol(v, &end, 10);
		if (*end || n < 1 || n > EXCEL_MAX_ROW)
			return bad(r, SK_EINVAL, r->row + 1, -1, "bad row number "
				   "'%.20s'", v);
		r->row = (int)n;
	} else {
		r->row++;
	}
	r->col = -1;
	return 0;
}

static int merge_add(struct sheet_rd *r)
{
	char ref[64], *colon;
	struct merge m;

	if (!xr_attr(r->p.r, "ref", ref, sizeof ref) ||
	    !(colon = strchr(ref, ':')))
		return 0;
	*colon = 0;
	if (xlsx_ref_parse(ref, &m.r1, &m.c1) ||
	    xlsx_ref_parse(colon + 1, &m.r2, &m.c2) || m.r2 < m.r1 || m.c2 < m.c1)
		return bad(r, SK_EINVAL, 0, 0, "bad merged range '%s:%s'", ref,
			   colon + 1);
	if (r->nm == r->capm) {
		size_t cap = r->capm ? r->capm * 2 : 32;
		struct merge *a;
		if (r->nm >= r->x->lim->max_cells)
			return bad(r, SK_ELIMIT, m.r1, m.c1, "too many merged ranges");
		a = realloc(r->m, cap * sizeof *a);
		if (!a)
			return sk_errf(r->x->e, SK_ENOMEM, "out of memory");
		r->m = a;
		r->capm = cap;
	}
	r->m[r->nm++] = m;
	return 0;
}

/* One node of the sheet part. */
static int sheet_node(struct sheet_rd *r)
{
	int end, empty;
	const char *el = xr_elem(r->p.r, &end, &empty);

	if (!el) {
		if (xr_is_text(r->p.r) && !r->in_rph) {
			const char *z = (const char *)xmlTextReaderConstValue(r->p.r);
			if (r->in_v)
				sbuf_adds(&r->v, z);
			else if (r->in_t)
				xr_add_text(&r->is, z);
		}
		return 0;
	}
	if (strcmp(el, "row") == 0 && !end)
		return row_start(r);
	if (strcmp(el, "c") == 0) {
		int rc = end ? 0 : cell_start(r);
		return rc || (!end && !empty) ? rc : cell_end(r);
	}
	if (strcmp(el, "v") == 0)
		r->in_v = !end && !empty;
	else if (strcmp(el, "f") == 0)
		r->has_f = 1;
	else if (strcmp(el, "is") == 0)
		r->in_is = !end && !empty;
	else if (strcmp(el, "t") == 0)
		r->in_t = r->in_is && !end && !empty;
	else if (strcmp(el, "rPh") == 0)
		r->in_rph = !end && !empty;
	else if (strcmp(el, "mergeCell") == 0 && !end)
		return merge_add(r);
	return 0;
}

/* ---- ordering and merges ---------------------------------------------------- */

static int cell_cmp(const void *pa, const void *pb)
{
	const struct xlsx_cell *a = pa, *b = pb;

	if (a->row != b->row)
		return a->row < b->row ? -1 : 1;
	if (a->col != b->col)
		return a->col < b->col ? -1 : 1;
	return (int)a->merged - (int)b->merged;
}

/* Sorts by position; of several cells at one place the last (a merged
 * copy sorts after the hidden value it replaces) stays. */
static void sort_cells(struct sheet_rd *r)
{
	size_t i, k = 0;
	int sorted = 1;

	for (i = 1; i < r->n && sorted; i++)
		sorted = cell_cmp(&r->a[i - 1], &r->a[i]) < 0;
	if (!sorted)
		qsort(r->a, r->n, sizeof *r->a, cell_cmp);
	for (i = 0; i < r->n; i++) {
		if (k && r->a[k - 1].row == r->a[i].row &&
		    r->a[k - 1].col == r->a[i].col) {
			r->a[k - 1] = r->a[i];
			r->x->ncell--;
		} else {
			r->a[k++] = r->a[i];
		}
	}
	r->n = k;
}

static int merges_apply(struct sheet_rd *r)
{
	size_t nbase = r->n, i;

	for (i = 0; i < r->nm; i++) {
		struct merge m = r->m[i];
		const struct xlsx_cell *tl;
		struct xlsx_cell c;
		size_t area;
		int row, col, rc;
		struct xlsx_sheet s = { NULL, 0, 0, 0, nbase, r->a };

		tl = xlsx_cell(&s, m.r1, m.c1);
		if (!tl)
			continue;
		c = *tl;
		if (m.r2 > r->x->lim->max_rows)
			m.r2 = r->x->lim->max_rows;
		if (m.c2 >= r->x->lim->max_cols)
			m.c2 = r->x->lim->max_cols - 1;
		area = (size_t)(m.r2 - m.r1 + 1) * (size_t)(m.c2 - m.c1 + 1);
		if (area > r->x->lim->max_cells - r->x->ncell + 1)
			return bad(r, SK_ELIMIT, m.r1, m.c1, "merged range of %zu "
				   "cells over the limit of %zu cells", area,
				   r->x->lim->max_cells);
		c.merged = 1;
		for (row = m.r1; row <= m.r2; row++)
			for (col = m.c1; col <= m.c2; col++) {
				if (row == m.r1 && col == m.c1)
					continue;
				c.row = row;
				c.col = col;
				if ((rc = push(r, &c)))
					return rc;
			}
	}
	if (r->nm)
		sort_cells(r);
	return 0;
}

static int sheet_finish(struct sheet_rd *r)
{
	struct xlsx_sheet *s = r->s;
	int rc;

	sort_cells(r);
	if ((rc = merges_apply(r)))
		return rc;
	if (xlsx_sheet_cells(r->x->b, s, r->a, r->n))
		return sk_errf(r->x->e, SK_ENOMEM, "%s: out of memory",
			       s->name);
	return 0;
}

int xr_sheet_read(struct xr *x, const char *part, struct xlsx_sheet *s)
{
	struct sheet_rd r;
	int rc;

	memset(&r, 0, sizeof r);
	r.x = x;
	r.s = s;
	sbuf_init(&r.v, x->lim->max_text);
	sbuf_init(&r.is, x->lim->max_text);
	if ((rc = xr_part_open(x, part, 1, &r.p)))
		return rc;
	while ((rc = xr_part_next(&r.p)) == 1)
		if ((rc = sheet_node(&r)))
			break;
	xr_part_close(&r.p);
	if (rc == 0)
		rc = sheet_finish(&r);
	free(r.a);
	free(r.m);
	sbuf_release(&r.v);
	sbuf_release(&r.is);
	return rc < 0 ? rc : 0;
}
