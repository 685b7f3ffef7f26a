/* xlsx_write: the tables of a document as a workbook (libxlsxwriter), one
 * sheet per table that has a sheet name. Money, counts, decimals and
 * percentages are numbers with number formats ("#,##0", "0.00%"), which
 * Excel and LibreOffice show in the reader's locale: 1.234.567 and
 * 86,67% in Indonesian. Text stays text. */
#include "render.h"
#include "../io/xlsx_out.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <xlsxwriter.h>

#define NFMT 64

struct fmt_key {
	enum cell_kind kind;
	int dec;
	unsigned flags;   /* DOC_BOLD | DOC_ITALIC | DOC_PLACEHOLDER | align | indent */
	int header;
};

struct xctx {
	lxw_workbook *wb;
	int nfmt;
	struct fmt_key key[NFMT];
	lxw_format *fmt[NFMT];
	lxw_format *title;
	char names[256][32];
	int nnames;
};

static void num_format_of(enum cell_kind kind, int dec, char *buf, size_t cap)
{
	int i, k;

	if (kind == CELL_PCT)
		snprintf(buf, cap, "0");
	else
		snprintf(buf, cap, "#,##0");
	if (kind == CELL_PCT || kind == CELL_NUM) {
		k = (int)strlen(buf);
		if (dec > 0 && (size_t)(k + dec + 2) < cap) {
			buf[k++] = '.';
			for (i = 0; i < dec && i < 9; i++)
				buf[k++] = '0';
			buf[k] = 0;
		}
		if (kind == CELL_PCT)
			strncat(buf, "%", cap - strlen(buf) - 1);
	}
}

static lxw_format *fmt_get(struct xctx *c, enum cell_kind kind, int dec,
			   unsigned flags, int header)
{
	struct fmt_key k;
	lxw_format *f;
	char nf[32];
	int i;

	memset(&k, 0, sizeof k);
	k.kind = header ? CELL_TEXT : kind;
	k.dec = kind == CELL_PCT || kind == CELL_NUM ? dec : 0;
	k.flags = flags & (DOC_BOLD | DOC_ITALIC | DOC_PLACEHOLDER | DOC_CENTER |
			   DOC_RIGHT | DOC_INDENT1 | DOC_INDENT2 | DOC_INDENT3 |
			   DOC_TOTAL);
	k.header = header;
	for (i = 0; i < c->nfmt; i++)
		if (memcmp(&c->key[i], &k, sizeof k) == 0)
			return c->fmt[i];
	f = workbook_add_format(c->wb);
	if (!f)
		return NULL;
	format_set_border(f, LXW_BORDER_THIN);
	format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
	format_set_text_wrap(f);
	if (header) {
		format_set_bold(f);
		format_set_align(f, LXW_ALIGN_CENTER);
		format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
		format_set_pattern(f, LXW_PATTERN_SOLID);
		format_set_bg_color(f, 0xD9E2F3);
	} else if (k.flags & DOC_TOTAL) {
		format_set_pattern(f, LXW_PATTERN_SOLID);
		format_set_bg_color(f, 0xF2F2F2);
	}
	if (k.flags & (DOC_BOLD | DOC_TOTAL))
		format_set_bold(f);
	if (k.flags & (DOC_ITALIC | DOC_PLACEHOLDER))
		format_set_italic(f);
	if (k.flags & DOC_PLACEHOLDER)
		format_set_font_color(f, 0x9C0006);
	if (!header && (k.flags & DOC_CENTER))
		format_set_align(f, LXW_ALIGN_CENTER);
	if (k.flags & DOC_INDENT3)
		format_set_indent(f, 3);
	else if (k.flags & DOC_INDENT2)
		format_set_indent(f, 2);
	else if (k.flags & DOC_INDENT1)
		format_set_indent(f, 1);
	if (!header && k.kind != CELL_TEXT) {
		num_format_of(k.kind, k.dec, nf, sizeof nf);
		format_set_num_format(f, nf);
	}
	if (c->nfmt < NFMT) {
		c->key[c->nfmt] = k;
		c->fmt[c->nfmt++] = f;
	}
	return f;
}

/* A valid, unique sheet name: at most 31 characters, none of []:*?/\ */
static const char *sheet_name(struct xctx *c, const char *want)
{
	char buf[32];
	size_t n = 0, i;
	int k, dup = 1;

	for (i = 0; want[i] && i < 31; i++)
		buf[i] = strchr("[]:*?/\\", want[i]) ? '-' : want[i];
	n = i;
	if (want[n]) /* do not cut a UTF-8 sequence */
		while (n > 0 && ((unsigned char)want[n] & 0xC0) == 0x80)
			n--;
	buf[n] = 0;
	if (!n || buf[0] == '\'')
		snprintf(buf, sizeof buf, "Tabel %d", c->nnames + 1);
	if (c->nnames >= 256)
		return NULL;
	for (;;) {
		char *z = c->names[c->nnames];

		if (dup == 1)
			snprintf(z, 32, "%s", buf);
		else
			snprintf(z, 32, "%.24s (%d)", buf, dup % 1000);
		for (k = 0; k < c->nnames; k++)
			if (strcasecmp(c->names[k], z) == 0)
				break;
		if (k == c->nnames)
			return c->names[c->nnames++];
		dup++;
	}
}

static double cell_number(const struct doc_cell *cl)
{
	switch (cl->kind) {
	case CELL_MONEY:
	case CELL_INT:
		return (double)cl->rp;
	case CELL_PCT:
		/* 86,67 % is the number 0,8667 in a percentage cell */
		return (double)cl->pct / (double)PCT_ONE / 100.0;
	case CELL_NUM: {
		double v = (double)cl->num.m;
		int i;

		for (i = 0; i < cl->num.e; i++)
			v /= 10;
		return v;
	}
	default:
		return 0;
	}
}

static void write_cell(struct xctx *c, lxw_worksheet *ws, int row, int col,
		       const struct doc_row *r, const struct doc_cell *cl)
{
	lxw_format *f = fmt_get(c, cl->kind, cl->dec, cl->flags | r->flags,
				r->header);
	int down = doc_vspan(r, col);
	struct sbuf tmp = SBUF_INIT(0);

	if (cl->flags & DOC_VCONT)
		return; /* inside the merged range of the cell above */
	if ((down && cl->span == 1) || cl->span > 1) {
		/* a row span, or a column span (then its own row only) */
		const char *z = xlsx_out_text(cl->text, &tmp);
		int last = cl->span > 1 ? row : row + down;

		if (z)
			worksheet_merge_range(ws, (lxw_row_t)row, (lxw_col_t)col,
					      (lxw_row_t)last,
					      (lxw_col_t)(col + cl->span - 1),
					      z, f);
		sbuf_release(&tmp);
		return;
	}
	if (cl->kind != CELL_TEXT && !r->header)
		worksheet_write_number(ws, (lxw_row_t)row, (lxw_col_t)col,
				       cell_number(cl), f);
	else if (cl->text[0])
		xlsx_out_write_text(ws, (lxw_row_t)row, (lxw_col_t)col,
				    cl->text, f);
	else
		worksheet_write_blank(ws, (lxw_row_t)row, (lxw_col_t)col, f);
}

/* Lines a row needs when its text wraps in columns of cw characters:
 * spreadsheets do not grow a row for wrapped text they did not write. */
static int row_lines(const struct doc_table *t, const struct doc_row *r,
		     const double *cw)
{
	int i, k, best = 1;

	for (i = 0; i < t->ncol; i++) {
		const struct doc_cell *c = &r->cell[i];
		double w = 0;
		int chars = 0, lines = 1;
		const char *z;

		if (c->span < 1 || c->kind != CELL_TEXT)
			continue;
		for (k = i; k < i + c->span && k < t->ncol; k++)
			w += cw[k];
		for (z = c->text; *z; z++) {
			if (*z == '\n')
				lines++, chars = 0;
			else if ((*z & 0xC0) != 0x80 && ++chars > (int)w - 1)
				lines++, chars = 1;
		}
		lines = (lines + doc_vspan(r, i)) / (doc_vspan(r, i) + 1);
		if (lines > best)
			best = lines;
	}
	return best;
}

static void write_table(struct xctx *c, const struct doc_table *t)
{
	lxw_worksheet *ws;
	const struct doc_row *r;
	const char *name = sheet_name(c, t->sheet);
	int row = 0, i, nhead = 0, tw[64], lines;
	double cw[64], sum = 0;

	if (!name || t->ncol > 64 || !(ws = workbook_add_worksheet(c->wb, name)))
		return;
	/* the DOCX widths, as characters of the workbook's 11 pt font */
	doc_widths(t, t->ncol > 6 ? 13719 : 8787, DOC_CHAR_W, DOC_PAD, tw);
	for (i = 0; i < t->ncol; i++)
		sum += tw[i];
	for (i = 0; i < t->ncol; i++) {
		cw[i] = (t->ncol > 6 ? 150.0 : 95.0) * tw[i] / sum;
		worksheet_set_column(ws, (lxw_col_t)i, (lxw_col_t)i, cw[i], NULL);
	}
	if (t->caption) {
		xlsx_out_write_text(ws, 0, 0, t->caption, c->title);
		row = 2;
	}
	for (r = t->row; r; r = r->next) {
		for (i = 0; i < t->ncol; i++)
			if (r->cell[i].span > 0)
				write_cell(c, ws, row, i, r, &r->cell[i]);
		if ((lines = row_lines(t, r, cw)) > 1)
			worksheet_set_row(ws, (lxw_row_t)row, 15.0 * lines, NULL);
		if (r->header)
			nhead = row + 1;
		row++;
	}
	if (nhead) {
		worksheet_freeze_panes(ws, (lxw_row_t)nhead, 0);
		worksheet_repeat_rows(ws, t->caption ? 2 : 0, (lxw_row_t)(nhead - 1));
	}
	worksheet_set_paper(ws, 9); /* A4 */
	if (t->ncol > 6)
		worksheet_set_landscape(ws);
	worksheet_fit_to_pages(ws, 1, 0);
}

static int read_file(const char *path, struct sbuf *out)
{
	FILE *f = fopen(path, "rb");
	char buf[65536];
	size_t n;

	if (!f)
		return SK_EIO;
	while ((n = fread(buf, 1, sizeof buf, f)) > 0)
		sbuf_add(out, buf, n);
	n = (size_t)ferror(f);
	fclose(f);
	return n ? SK_EIO : out->err;
}

int xlsx_render(const struct doc *d, struct sbuf *out, struct sk_err *e)
{
	const char *tmpdir = getenv("TMPDIR");
	char path[4096];
	lxw_doc_properties props;
	struct xctx *c;
	const struct doc_block *b;
	lxw_error lerr;
	int fd, rc;

	if (doc_failed(d))
		return sk_errf(e, SK_ENOMEM, "out of memory building the document");
	snprintf(path, sizeof path, "%s/sakip-xlsx-XXXXXX",
		 tmpdir && tmpdir[0] ? tmpdir : "/tmp");
	if ((fd = mkstemp(path)) < 0)
		return sk_errf(e, SK_EIO, "%s: cannot create a temporary file", path);
	close(fd);
	if (!(c = calloc(1, sizeof *c))) {
		unlink(path);
		return sk_errf(e, SK_ENOMEM, "out of memory");
	}
	c->wb = workbook_new(path);
	if (!c->wb) {
		unlink(path);
		free(c);
		return sk_errf(e, SK_EIO, "%s: cannot create the workbook", path);
	}
	memset(&props, 0, sizeof props);
	props.title = (char *)d->title;
	props.subject = (char *)d->subject;
	props.author = (char *)d->author;
	props.created = (time_t)render_time(d->created);
	workbook_set_properties(c->wb, &props);
	c->title = workbook_add_format(c->wb);
	format_set_bold(c->title);
	format_set_font_size(c->title, 12);
	for (b = d->block; b; b = b->next)
		if (b->kind == DOC_TABLE && b->table && b->table->sheet)
			write_table(c, b->table);
	if (c->nnames == 0)
		workbook_add_worksheet(c->wb, "Kosong");
	lerr = workbook_close(c->wb);
	free(c);
	rc = lerr == LXW_NO_ERROR ? read_file(path, out) : SK_EIO;
	unlink(path);
	if (rc)
		return sk_errf(e, rc, "XLSX: %s",
			       lerr ? lxw_strerror(lerr) : "could not read the workbook back");
	return 0;
}
