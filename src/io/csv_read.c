/* csv_read: libcsv into the cells of one sheet. */
#include "csv_read.h"

#include <csv.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

struct crd {
	const struct xlsx_limits *lim;
	struct xlsx_book *b;
	struct xlsx_sheet *s;
	struct sk_err *e;
	struct xlsx_cell *a;
	size_t n, cap;
	int row, col, failed;
};

int csv_delimiter(const char *buf, size_t n)
{
	static const char cand[] = { ';', ',', '\t' };
	int count[3] = { 0, 0, 0 }, q = 0, best = -1, i, lines = 0;
	size_t k;

	for (k = 0; k < n && k < 65536 && lines < CSV_SNIFF_LINES; k++) {
		if (buf[k] == '"')
			q = !q;
		if (!q && buf[k] == '\n')
			lines++;
		for (i = 0; i < 3 && !q; i++)
			count[i] += buf[k] == cand[i];
	}
	for (i = 0; i < 3; i++)
		if (count[i] && (best < 0 || count[i] > count[best]))
			best = i;
	return best < 0 ? 0 : cand[best];
}

static int utf8_ok(const unsigned char *z, size_t n)
{
	size_t i = 0;

	while (i < n) {
		unsigned c = z[i];
		size_t len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 :
			     (c >> 3) == 30 ? 4 : 0;
		size_t k;

		if (!len || i + len > n || (len == 2 && c < 0xc2))
			return 0;
		for (k = 1; k < len; k++)
			if ((z[i + k] & 0xc0) != 0x80)
				return 0;
		if (len == 3 && ((c == 0xe0 && z[i + 1] < 0xa0) ||
				 (c == 0xed && z[i + 1] >= 0xa0)))
			return 0;
		if (len == 4 && ((c == 0xf0 && z[i + 1] < 0x90) || c > 0xf4 ||
				 (c == 0xf4 && z[i + 1] >= 0x90)))
			return 0;
		i += len;
	}
	return 1;
}

static void fail(struct crd *r, int code, int col, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
static void fail(struct crd *r, int code, int col, const char *fmt, ...)
{
	struct sbuf b = SBUF_INIT(1024);
	va_list ap;

	xlsx_where(&b, r->s->name, r->row, col);
	sbuf_adds(&b, ": ");
	va_start(ap, fmt);
	sbuf_vaddf(&b, fmt, ap);
	va_end(ap);
	sk_errf(r->e, code, "%s", b.z);
	sbuf_release(&b);
	r->failed = code;
}

static void on_field(void *p, size_t len, void *data)
{
	struct crd *r = data;
	struct xlsx_cell c;
	int col = r->col++;

	if (r->failed || !p || len == 0)
		return;
	if (r->row > r->lim->max_rows) {
		fail(r, SK_ELIMIT, col, "more than %d rows",
			    r->lim->max_rows);
		return;
	}
	if (col >= r->lim->max_cols) {
		fail(r, SK_ELIMIT, col, "more than %d columns",
			    r->lim->max_cols);
		return;
	}
	if (len > r->lim->max_text) {
		fail(r, SK_ELIMIT, col, "text longer than %zu bytes",
			    r->lim->max_text);
		return;
	}
	if (!utf8_ok(p, len)) {
		fail(r, SK_EINVAL, col, "not UTF-8 text");
		return;
	}
	if (r->n >= r->lim->max_cells) {
		fail(r, SK_ELIMIT, col, "more than %zu cells with a value",
			    r->lim->max_cells);
		return;
	}
	if (r->n == r->cap) {
		size_t cap = r->cap ? r->cap * 2 : 256;
		struct xlsx_cell *a = realloc(r->a, cap * sizeof *a);
		if (!a) {
			fail(r, SK_ENOMEM, col, "out of memory");
			return;
		}
		r->a = a;
		r->cap = cap;
	}
	memset(&c, 0, sizeof c);
	c.row = r->row;
	c.col = col;
	c.type = XLSX_TEXT;
	c.text = arena_strndup(&r->b->arena, p, len);
	if (!c.text) {
		fail(r, SK_ENOMEM, col, "out of memory");
		return;
	}
	r->a[r->n++] = c;
}

static void on_row(int ch, void *data)
{
	struct crd *r = data;

	(void)ch;
	r->row++;
	r->col = 0;
}

static int is_space(unsigned char c)
{
	return c == ' ';
}

static int finish(struct crd *r)
{
	if (xlsx_sheet_cells(r->b, r->s, r->a, r->n))
		return sk_errf(r->e, SK_ENOMEM, "out of memory");
	return 0;
}

int csv_read(const char *sheet, const char *buf, size_t n,
	     const struct xlsx_limits *lim, struct xlsx_book *b,
	     struct sk_err *e)
{
	struct xlsx_limits def;
	struct csv_parser p;
	struct crd r;
	int delim, rc = 0;

	memset(b, 0, sizeof *b);
	memset(&r, 0, sizeof r);
	if (!lim) {
		xlsx_limits_default(&def);
		lim = &def;
	}
	if (n >= 3 && memcmp(buf, "\xef\xbb\xbf", 3) == 0)
		buf += 3, n -= 3;
	delim = csv_delimiter(buf, n);
	b->nsheet = 1;
	b->sheet = arena_alloc(&b->arena, sizeof *b->sheet);
	if (!b->sheet || !(b->sheet->name = arena_strdup(&b->arena, sheet)))
		return sk_errf(e, SK_ENOMEM, "out of memory");
	r.lim = lim;
	r.b = b;
	r.s = b->sheet;
	r.e = e;
	r.row = 1;
	if (csv_init(&p, CSV_APPEND_NULL | CSV_EMPTY_IS_NULL))
		return sk_errf(e, SK_ENOMEM, "out of memory");
	csv_set_delim(&p, (unsigned char)(delim ? delim : ','));
	csv_set_space_func(&p, is_space);
	if (csv_parse(&p, buf, n, on_field, on_row, &r) != n && !r.failed)
		rc = sk_errf(e, SK_EINVAL, "%s: %s", sheet,
			     csv_strerror(csv_error(&p)));
	if (!rc && !r.failed)
		csv_fini(&p, on_field, on_row, &r);
	csv_free(&p);
	if (!rc)
		rc = r.failed ? r.failed : finish(&r);
	free(r.a);
	if (rc)
		xlsx_free(b);
	return rc;
}
