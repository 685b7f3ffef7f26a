#include "doc.h"
#include "../core/money.h"
#include "../util/err.h"
#include "../util/sbuf.h"

#include <ctype.h>
#include <stdarg.h>
#include <string.h>

void doc_init(struct doc *d)
{
	memset(d, 0, sizeof *d);
	d->title = d->subject = d->author = d->footer = "";
	d->created = "1980-01-01";
}

void doc_free(struct doc *d)
{
	arena_free(&d->arena);
	memset(d, 0, sizeof *d);
}

int doc_failed(const struct doc *d)
{
	return d->arena.err ? SK_ENOMEM : 0;
}

const char *doc_str(struct doc *d, const char *z)
{
	char *c = arena_strdup(&d->arena, z ? z : "");

	return c ? c : "";
}

static const char *doc_vstrf(struct doc *d, const char *fmt, va_list ap)
{
	struct sbuf b = SBUF_INIT(0);
	const char *z;

	sbuf_vaddf(&b, fmt, ap);
	if (b.err)
		d->arena.err = SK_ENOMEM;
	z = doc_str(d, b.z);
	sbuf_release(&b);
	return z;
}

const char *doc_strf(struct doc *d, const char *fmt, ...)
{
	const char *z;
	va_list ap;

	va_start(ap, fmt);
	z = doc_vstrf(d, fmt, ap);
	va_end(ap);
	return z;
}

static struct doc_block *add_block(struct doc *d, enum doc_kind kind)
{
	struct doc_block *b = arena_alloc(&d->arena, sizeof *b);

	if (!b)
		return NULL;
	b->kind = kind;
	if (d->last)
		d->last->next = b;
	else
		d->block = b;
	d->last = b;
	return b;
}

void doc_heading(struct doc *d, int level, const char *text)
{
	struct doc_block *b = add_block(d, DOC_HEADING);

	if (!b)
		return;
	b->level = level < 1 ? 1 : level > 3 ? 3 : level;
	b->text = doc_str(d, text);
	b->anchor = doc_strf(d, "h%d", ++d->nanchor);
}

struct doc_para *doc_para(struct doc *d, enum doc_style st)
{
	struct doc_block *b = add_block(d, DOC_PARA);
	static struct doc_para dummy; /* the target of writes after ENOMEM */

	if (!b || !(b->para = arena_alloc(&d->arena, sizeof *b->para))) {
		memset(&dummy, 0, sizeof dummy);
		return &dummy;
	}
	b->para->style = st;
	return b->para;
}

void para_add(struct doc *d, struct doc_para *p, const char *text,
	      unsigned flags)
{
	struct doc_run *r;

	if (d->arena.err || !(r = arena_alloc(&d->arena, sizeof *r)))
		return;
	r->text = doc_str(d, text);
	r->flags = flags;
	if (p->last)
		p->last->next = r;
	else
		p->run = r;
	p->last = r;
}

void para_addf(struct doc *d, struct doc_para *p, unsigned flags,
	       const char *fmt, ...)
{
	va_list ap;
	const char *z;

	va_start(ap, fmt);
	z = doc_vstrf(d, fmt, ap);
	va_end(ap);
	para_add(d, p, z, flags);
}

void doc_text(struct doc *d, enum doc_style st, const char *text)
{
	struct doc_para *p = doc_para(d, st);

	para_add(d, p, text, st == ST_PLACEHOLDER ? DOC_PLACEHOLDER : 0);
}

void doc_textf(struct doc *d, enum doc_style st, const char *fmt, ...)
{
	va_list ap;
	const char *z;

	va_start(ap, fmt);
	z = doc_vstrf(d, fmt, ap);
	va_end(ap);
	doc_text(d, st, z);
}

/* "- x", "• x", "1. x", "a. x", "1) x", "a) x" */
static int is_list_item(const char *z, size_t n)
{
	size_t i = 0;

	if (n >= 2 && (z[0] == '-' || z[0] == '*') && z[1] == ' ')
		return 1;
	if (n >= 4 && memcmp(z, "\xE2\x80\xA2 ", 4) == 0)
		return 1;
	while (i < n && i < 3 && isdigit((unsigned char)z[i]))
		i++;
	if (i == 0 && n > 0 && islower((unsigned char)z[0]))
		i = 1;
	return i > 0 && i + 1 < n && (z[i] == '.' || z[i] == ')') &&
	       z[i + 1] == ' ';
}

void doc_narasi(struct doc *d, const char *text)
{
	const char *z = text, *e;

	while (*z) {
		size_t n;
		const char *s;
		char *line;

		e = strchr(z, '\n');
		n = e ? (size_t)(e - z) : strlen(z);
		s = z;
		while (n && isspace((unsigned char)*s))
			s++, n--;
		while (n && isspace((unsigned char)s[n - 1]))
			n--;
		if (n) {
			line = arena_strndup(&d->arena, s, n);
			if (line)
				doc_text(d, is_list_item(s, n) ? ST_LIST :
					 ST_NORMAL, line);
		}
		if (!e)
			break;
		z = e + 1;
	}
}

void doc_pagebreak(struct doc *d)
{
	add_block(d, DOC_PAGEBREAK);
}

void doc_section(struct doc *d, int landscape)
{
	struct doc_block *b = add_block(d, DOC_SECTION);

	if (b)
		b->level = landscape ? 1 : 0;
}

void doc_marker(struct doc *d, enum doc_kind kind)
{
	add_block(d, kind);
}

struct doc_table *doc_table(struct doc *d, const char *caption,
			    const char *sheet, int ncol, const int *width)
{
	struct doc_block *b = add_block(d, DOC_TABLE);
	struct doc_table *t;
	int i;

	if (!b || !(t = arena_alloc(&d->arena, sizeof *t)))
		return NULL;
	b->table = t;
	t->doc = d;
	t->caption = caption ? doc_str(d, caption) : NULL;
	t->sheet = sheet ? doc_str(d, sheet) : NULL;
	t->ncol = ncol;
	t->width = arena_array(&d->arena, (size_t)ncol, sizeof *t->width);
	if (!t->width)
		return NULL;
	for (i = 0; i < ncol; i++)
		t->width[i] = width && width[i] > 0 ? width[i] : 1;
	if (caption)
		b->anchor = doc_strf(d, "h%d", ++d->nanchor);
	return t;
}

static void add_row(struct doc_table *t, int header, unsigned flags)
{
	struct doc_row *r;

	if (!t)
		return;
	r = arena_alloc(&t->doc->arena, sizeof *r);
	if (!r || !(r->cell = arena_array(&t->doc->arena, (size_t)t->ncol,
					    sizeof *r->cell)))
		return;
	r->header = header;
	r->flags = flags;
	if (t->last)
		t->last->next = r;
	else
		t->row = r;
	t->last = r;
	t->nrow++;
}

void tab_head(struct doc_table *t)
{
	add_row(t, 1, 0);
}

void tab_header(struct doc_table *t, const char *const *head,
		unsigned flags)
{
	int i;

	if (!t)
		return;
	tab_head(t);
	for (i = 0; i < t->ncol; i++)
		tab_text(t, head[i], flags);
}

void tab_row(struct doc_table *t)
{
	add_row(t, 0, 0);
}

void tab_row_flags(struct doc_table *t, unsigned flags)
{
	add_row(t, 0, flags);
}

/* The next free cell of the current row, spanning span columns. */
static struct doc_cell *next_cell(struct doc_table *t, int span)
{
	struct doc_row *r;
	struct doc_cell *c;
	int i;

	if (!t || !(r = t->last) || !r->cell || r->filled >= t->ncol)
		return NULL;
	if (span < 1)
		span = 1;
	if (span > t->ncol - r->filled)
		span = t->ncol - r->filled;
	c = &r->cell[r->filled];
	c->span = span;
	c->text = "";
	for (i = 1; i < span; i++) {
		r->cell[r->filled + i].span = 0;
		r->cell[r->filled + i].text = "";
	}
	r->filled += span;
	c->flags = r->flags & DOC_TOTAL ? DOC_BOLD : 0;
	return c;
}

void tab_span(struct doc_table *t, const char *z, int span, unsigned flags)
{
	struct doc_cell *c = next_cell(t, span);

	if (!c)
		return;
	c->kind = CELL_TEXT;
	c->text = doc_str(t->doc, z);
	c->flags |= flags;
}

void tab_text(struct doc_table *t, const char *z, unsigned flags)
{
	tab_span(t, z, 1, flags);
}

void tab_textf(struct doc_table *t, unsigned flags, const char *fmt, ...)
{
	va_list ap;
	const char *z;

	if (!t)
		return;
	va_start(ap, fmt);
	z = doc_vstrf(t->doc, fmt, ap);
	va_end(ap);
	tab_text(t, z, flags);
}

void tab_money(struct doc_table *t, int64_t rp, unsigned flags)
{
	struct doc_cell *c = next_cell(t, 1);
	char buf[NUM_BUFSZ];

	if (!c)
		return;
	c->kind = CELL_MONEY;
	c->rp = rp;
	c->text = doc_str(t->doc, money_format(rp, buf));
	c->flags |= flags | DOC_RIGHT;
}

void tab_int(struct doc_table *t, int64_t v, unsigned flags)
{
	struct doc_cell *c = next_cell(t, 1);
	char buf[NUM_BUFSZ];

	if (!c)
		return;
	c->kind = CELL_INT;
	c->rp = v;
	c->text = doc_str(t->doc, int_format(v, NUM_ID, buf));
	c->flags |= flags | DOC_RIGHT;
}

void tab_pct(struct doc_table *t, pct_t p, int dec, unsigned flags)
{
	struct doc_cell *c = next_cell(t, 1);
	char buf[NUM_BUFSZ];

	if (!c)
		return;
	c->kind = CELL_PCT;
	c->pct = pct_round(p, dec);
	c->dec = dec;
	c->text = doc_str(t->doc, pct_format(p, dec, NUM_ID, buf));
	c->flags |= flags | DOC_RIGHT;
}

void tab_num(struct doc_table *t, struct num n, unsigned flags)
{
	struct doc_cell *c = next_cell(t, 1);
	char buf[NUM_BUFSZ];

	if (!c)
		return;
	c->kind = CELL_NUM;
	c->num = n;
	c->dec = n.e;
	c->text = doc_str(t->doc, num_format(n, -1, NUM_ID, buf));
	c->flags |= flags | DOC_RIGHT;
}

void tab_vcont(struct doc_table *t)
{
	tab_text(t, "", DOC_VCONT);
}

int doc_vspan(const struct doc_row *r, int i)
{
	int n = 0;

	int header = r->header;

	for (r = r->next; r && r->header == header &&
	     (r->cell[i].flags & DOC_VCONT); r = r->next)
		n++;
	return n;
}

void tab_fill(struct doc_table *t)
{
	while (t && t->last && t->last->cell && t->last->filled < t->ncol)
		tab_text(t, "", 0);
}

struct doc_chart *doc_chart(struct doc *d, enum chart_kind kind,
			    const char *caption, const char *ytitle,
			    int ncat, int nser)
{
	struct doc_block *b = add_block(d, DOC_CHART);
	struct doc_chart *c;
	int s;

	if (!b || !(c = arena_alloc(&d->arena, sizeof *c)))
		return NULL;
	b->chart = c;
	b->anchor = doc_strf(d, "h%d", ++d->nanchor);
	c->kind = kind;
	c->caption = doc_str(d, caption);
	c->ytitle = doc_str(d, ytitle);
	c->ncat = ncat;
	c->nser = nser;
	c->cat = arena_array(&d->arena, (size_t)ncat + 1, sizeof *c->cat);
	c->ser = arena_array(&d->arena, (size_t)nser + 1, sizeof *c->ser);
	if (!c->cat || !c->ser)
		return NULL;
	for (s = 0; s < nser; s++) {
		c->ser[s].name = "";
		c->ser[s].v = arena_array(&d->arena, (size_t)ncat + 1,
					  sizeof(double));
		c->ser[s].has = arena_array(&d->arena, (size_t)ncat + 1, 1);
		c->ser[s].label = arena_array(&d->arena, (size_t)ncat + 1,
					      sizeof(char *));
		if (!c->ser[s].v || !c->ser[s].has || !c->ser[s].label)
			return NULL;
	}
	for (s = 0; s < ncat; s++)
		c->cat[s] = "";
	return c;
}

void chart_set(struct doc *d, struct doc_chart *c, int s, int cat, double v,
	       const char *label)
{
	if (!c || s < 0 || s >= c->nser || cat < 0 || cat >= c->ncat)
		return;
	c->ser[s].v[cat] = v;
	c->ser[s].has[cat] = 1;
	c->ser[s].label[cat] = doc_str(d, label);
}

/* Width of the longest word of z (a number cell: all of it) in half
 * characters: separators and narrow letters count half. */
static int longest_word(const char *z, int whole)
{
	int best = 0, cur = 0;

	for (; *z; z++) {
		if ((*z & 0xC0) == 0x80)
			continue; /* a UTF-8 continuation byte */
		if (!whole && (*z == ' ' || *z == '\n' || *z == '/' || *z == '-')) {
			cur = 0;
			continue;
		}
		cur += strchr(".,:;()'il| ", *z) ? 1 : 2;
		if (cur > best)
			best = cur;
	}
	return best;
}

void doc_widths(const struct doc_table *t, int avail, int char_w, int pad,
		int *out)
{
	const struct doc_row *r;
	long long sum = 0, room = 0, deficit = 0;
	int need[64], i, n = t->ncol < 64 ? t->ncol : 64;

	for (i = 0; i < n; i++) {
		sum += t->width[i];
		need[i] = 0;
	}
	for (r = t->row; r; r = r->next) {
		for (i = 0; i < n; i++) {
			const struct doc_cell *c = &r->cell[i];
			int w;

			if (c->span != 1)
				continue;
			w = longest_word(c->text, c->kind != CELL_TEXT) * char_w / 2;
			if (r->header || (c->flags & DOC_BOLD) ||
			    (r->flags & DOC_TOTAL))
				w += w / 6; /* bold is wider */
			w += pad;
			if (w > need[i])
				need[i] = w;
		}
	}
	for (i = 0; i < n; i++) {
		out[i] = (int)(avail * t->width[i] / (sum ? sum : 1));
		if (need[i] > out[i])
			deficit += need[i] - out[i];
		else
			room += out[i] - need[i];
	}
	if (!deficit || room <= 0)
		return;
	if (deficit > room)
		deficit = room;
	for (i = 0; i < n; i++) {
		if (need[i] > out[i])
			out[i] = need[i];
		else
			out[i] -= (int)((out[i] - need[i]) * deficit / room);
	}
}
