/* html: a document as one self-contained, printable HTML file: inline CSS,
 * inline SVG charts, no scripts, no external resources. Every text goes
 * through the XML writer's escaping. */
#include "render.h"
#include "xml.h"

#include <stdio.h>
#include <string.h>

static const char zCss[] =
	"@page{size:A4;margin:2.5cm 2.5cm 2.5cm 3cm}"
	"@page wide{size:A4 landscape;margin:2cm 2.5cm}"
	"body{font-family:Arial,'Liberation Sans',Helvetica,sans-serif;font-size:11pt;"
	"line-height:1.4;color:#000;background:#f4f4f4;margin:0}"
	"main{max-width:21cm;margin:0 auto;background:#fff;padding:1.5cm 2cm}"
	"section.wide{max-width:none}"
	"p{margin:0 0 .5em;text-align:justify}"
	"p.title{font-size:16pt;font-weight:bold;text-align:center;margin:1em 0}"
	"p.subtitle{font-size:12pt;font-weight:bold;text-align:center;margin:.6em 0}"
	"p.center{text-align:center}p.right{text-align:right}"
	"p.li{margin-left:1.5em;text-indent:-.75em}"
	"p.note{font-size:9pt;font-style:italic}"
	".ph{background:#FFF2CC;color:#9C0006;font-style:italic;border:1px dashed #C00000;padding:.2em .4em}"
	"h1{font-size:14pt;text-align:center;margin:2em 0 1em;break-before:page}"
	"h2{font-size:12pt;margin:1.2em 0 .5em;break-after:avoid}"
	"h3{font-size:11pt;font-style:italic;margin:1em 0 .4em;break-after:avoid}"
	"figure{margin:1em 0}figcaption{font-weight:bold;text-align:center;font-size:10pt;margin:.4em 0}"
	"table{border-collapse:collapse;width:100%;table-layout:fixed;font-size:9pt}"
	"th,td{border:1px solid #000;padding:2px 4px;vertical-align:top;overflow-wrap:break-word}"
	"th{background:#D9E2F3;text-align:center}"
	"tr.tot td{background:#F2F2F2;font-weight:bold}"
	"table.layout td{border:none;padding:1px 4px}"
	"td.r{text-align:right;white-space:nowrap}td.c{text-align:center}"
	"td.b{font-weight:bold}td.i{font-style:italic}"
	"td.i1{padding-left:1em}td.i2{padding-left:2em}td.i3{padding-left:3em}"
	"tr{break-inside:avoid}thead{display:table-header-group}"
	"nav ol{list-style:none;padding:0}nav li.l2{padding-left:1.5em}nav li.l3{padding-left:3em}"
	"nav a{color:#000;text-decoration:none}"
	"svg{width:100%;height:auto;font-family:inherit}"
	"svg .tick,svg .val{font-size:10px}svg .cat{font-size:11px}svg .axis{font-size:11px;font-weight:bold}"
	".pb{break-after:page}"
	"@media print{body{background:#fff}main{max-width:none;padding:0}"
	/* an explicit width: Chrome lays a named landscape page out at the
	 * width of the portrait flow otherwise, and clips it */
	"section.wide{page:wide;width:24.6cm}}";

struct hctx {
	const struct doc *d;
	struct xml x;
	int landscape;
};

static void h_runs(struct xml *x, const struct doc_run *r)
{
	for (; r; r = r->next) {
		const char *tag = r->flags & DOC_PLACEHOLDER ? "span" :
				  r->flags & DOC_BOLD ? "b" :
				  r->flags & DOC_ITALIC ? "i" : NULL;

		if (tag) {
			xml_start(x, tag);
			if (r->flags & DOC_PLACEHOLDER)
				xml_attr(x, "class", "ph");
		}
		xml_text(x, r->text);
		if (tag)
			xml_end(x);
	}
}

static const char *para_class(enum doc_style st)
{
	switch (st) {
	case ST_TITLE: return "title";
	case ST_SUBTITLE: return "subtitle";
	case ST_CENTER: return "center";
	case ST_RIGHT: return "right";
	case ST_PLACEHOLDER: return "ph";
	case ST_NOTE: return "note";
	case ST_LIST: return "li";
	default: return NULL;
	}
}

static void h_para(struct xml *x, const struct doc_para *p)
{
	const char *cls = para_class(p->style);
	const struct doc_run *r;

	xml_start(x, "p");
	if (cls)
		xml_attr(x, "class", cls);
	if (p->style == ST_PLACEHOLDER) {
		/* the paragraph is already marked: keep runs plain */
		for (r = p->run; r; r = r->next)
			xml_text(x, r->text);
	} else {
		h_runs(x, p->run);
	}
	xml_end(x);
}

/* Text with newlines as <br>. */
static void h_text(struct xml *x, const char *z)
{
	while (*z) {
		size_t n = strcspn(z, "\n");

		xml_textn(x, z, n);
		z += n;
		if (*z == '\n') {
			xml_start(x, "br");
			xml_end(x);
			z++;
		}
	}
}

static void h_cell(struct xml *x, const struct doc_table *t,
		   const struct doc_row *r, int i)
{
	const struct doc_cell *c = &r->cell[i];
	char cls[32] = "";
	int head = r->header && !t->borderless, down = doc_vspan(r, i);

	if (c->flags & DOC_VCONT)
		return; /* covered by the rowspan of the cell above */
	xml_start(x, head ? "th" : "td");
	if (c->span > 1)
		xml_attri(x, "colspan", c->span);
	if (down)
		xml_attri(x, "rowspan", down + 1);
	if (!head) {
		if (c->flags & DOC_RIGHT)
			strcat(cls, " r");
		else if (c->flags & DOC_CENTER)
			strcat(cls, " c");
		if (c->flags & DOC_BOLD)
			strcat(cls, " b");
		if (c->flags & (DOC_ITALIC | DOC_PLACEHOLDER))
			strcat(cls, " i");
		if (c->flags & DOC_INDENT3)
			strcat(cls, " i3");
		else if (c->flags & DOC_INDENT2)
			strcat(cls, " i2");
		else if (c->flags & DOC_INDENT1)
			strcat(cls, " i1");
		if (cls[0])
			xml_attr(x, "class", cls + 1);
	}
	if (c->flags & DOC_PLACEHOLDER) {
		xml_start(x, "span");
		xml_attr(x, "class", "ph");
		h_text(x, c->text);
		xml_end(x);
	} else {
		h_text(x, c->text);
	}
	xml_end(x);
}

static void h_rows(struct xml *x, const struct doc_table *t, int header)
{
	const struct doc_row *r;
	int i;

	for (r = t->row; r; r = r->next) {
		if (r->header != header)
			continue;
		xml_start(x, "tr");
		if (r->flags & DOC_TOTAL)
			xml_attr(x, "class", "tot");
		for (i = 0; i < t->ncol; i++)
			if (r->cell[i].span > 0)
				h_cell(x, t, r, i);
		xml_end(x);
	}
}

static void h_table(struct hctx *h, const struct doc_block *b)
{
	const struct doc_table *t = b->table;
	struct xml *x = &h->x;
	const struct doc_row *r;
	int i, sum = 0, any_head = 0, tw[64];

	if (!t)
		return;
	xml_start(x, "figure");
	if (t->caption) {
		xml_start(x, "figcaption");
		xml_attr(x, "id", b->anchor);
		xml_text(x, t->caption);
		xml_end(x);
	}
	xml_start(x, "table");
	if (t->borderless)
		xml_attr(x, "class", "layout");
	if (t->ncol > 64)
		return;
	/* the same widths as the DOCX (twips of an A4 text column) */
	doc_widths(t, h->landscape ? 13719 : 8787, DOC_CHAR_W, DOC_PAD, tw);
	for (i = 0; i < t->ncol; i++)
		sum += tw[i];
	xml_start(x, "colgroup");
	for (i = 0; i < t->ncol; i++) {
		xml_start(x, "col");
		xml_attrf(x, "style", "width:%.2f%%", 100.0 * tw[i] / sum);
		xml_end(x);
	}
	xml_end(x);
	for (r = t->row; r; r = r->next)
		any_head |= r->header;
	if (any_head) {
		xml_start(x, "thead");
		h_rows(x, t, 1);
		xml_end(x);
	}
	xml_start(x, "tbody");
	h_rows(x, t, 0);
	xml_end(x);
	xml_end(x);
	xml_end(x);
}

static void h_chart(struct hctx *h, const struct doc_block *b)
{
	struct xml *x = &h->x;

	if (!b->chart)
		return;
	xml_start(x, "figure");
	svg_chart(x, b->chart);
	xml_start(x, "figcaption");
	xml_attr(x, "id", b->anchor);
	xml_text(x, b->chart->caption);
	xml_end(x);
	xml_end(x);
}

static void h_entry(struct xml *x, const char *anchor, const char *text,
		    int level)
{
	char cls[8];

	snprintf(cls, sizeof cls, "l%d", level);
	xml_start(x, "li");
	xml_attr(x, "class", cls);
	xml_start(x, "a");
	xml_attrf(x, "href", "#%s", anchor);
	xml_text(x, text);
	xml_end(x);
	xml_end(x);
}

static void h_nav(struct hctx *h, enum doc_kind kind)
{
	struct xml *x = &h->x;
	const struct doc_block *b;

	xml_start(x, "nav");
	xml_start(x, "ol");
	for (b = h->d->block; b; b = b->next) {
		if (kind == DOC_TOC && b->kind == DOC_HEADING)
			h_entry(x, b->anchor, b->text, b->level);
		else if (kind == DOC_LIST_TABLES && b->kind == DOC_TABLE &&
			 b->table && b->table->caption)
			h_entry(x, b->anchor, b->table->caption, 1);
		else if (kind == DOC_LIST_FIGURES && b->kind == DOC_CHART &&
			 b->chart)
			h_entry(x, b->anchor, b->chart->caption, 1);
	}
	xml_end(x);
	xml_end(x);
}

static void h_heading(struct hctx *h, const struct doc_block *b)
{
	static const char *const aTag[] = { "h1", "h2", "h3" };

	xml_start(&h->x, aTag[b->level - 1]);
	xml_attr(&h->x, "id", b->anchor);
	xml_text(&h->x, b->text);
	xml_end(&h->x);
}

static void h_section(struct hctx *h, int landscape)
{
	h->landscape = landscape;
	xml_end(&h->x);
	xml_start(&h->x, "section");
	if (landscape)
		xml_attr(&h->x, "class", "wide");
}

static void h_block(struct hctx *h, const struct doc_block *b)
{
	struct xml *x = &h->x;

	switch (b->kind) {
	case DOC_HEADING: h_heading(h, b); break;
	case DOC_PARA: if (b->para) h_para(x, b->para); break;
	case DOC_TABLE: h_table(h, b); break;
	case DOC_CHART: h_chart(h, b); break;
	case DOC_PAGEBREAK:
		xml_start(x, "div");
		xml_attr(x, "class", "pb");
		xml_end(x);
		break;
	case DOC_SECTION: h_section(h, b->level); break;
	case DOC_TOC:
	case DOC_LIST_TABLES:
	case DOC_LIST_FIGURES: h_nav(h, b->kind); break;
	}
}

int html_render(const struct doc *d, struct sbuf *out, struct sk_err *e)
{
	struct hctx h;
	const struct doc_block *b;
	int rc;

	if (doc_failed(d))
		return sk_errf(e, SK_ENOMEM, "out of memory building the document");
	memset(&h, 0, sizeof h);
	h.d = d;
	xml_init(&h.x, out, 1);
	sbuf_adds(out, "<!DOCTYPE html>\n");
	xml_start(&h.x, "html");
	xml_attr(&h.x, "lang", "id");
	xml_start(&h.x, "head");
	xml_start(&h.x, "meta");
	xml_attr(&h.x, "charset", "utf-8");
	xml_end(&h.x);
	xml_start(&h.x, "meta");
	xml_attr(&h.x, "name", "generator");
	xml_attr(&h.x, "content", "sakip");
	xml_end(&h.x);
	xml_leaf(&h.x, "title", d->title);
	xml_start(&h.x, "style");
	xml_trusted(&h.x, zCss);
	xml_end(&h.x);
	xml_end(&h.x);
	xml_start(&h.x, "body");
	xml_start(&h.x, "main");
	xml_start(&h.x, "section");
	for (b = d->block; b; b = b->next)
		h_block(&h, b);
	xml_end(&h.x);
	xml_start(&h.x, "footer");
	xml_start(&h.x, "p");
	xml_attr(&h.x, "class", "note");
	xml_text(&h.x, d->footer);
	xml_end(&h.x);
	xml_end(&h.x);
	xml_end(&h.x);
	xml_end(&h.x);
	xml_end(&h.x);
	sbuf_addc(out, '\n');
	rc = xml_finish(&h.x);
	if (rc)
		return sk_errf(e, rc, "HTML could not be built");
	return 0;
}
