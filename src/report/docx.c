/* docx: a document as a WordprocessingML package.
 *
 * Parts: [Content_Types].xml, _rels/.rels, docProps/{core,app}.xml,
 * word/document.xml, styles.xml (Heading1-3 carry outline levels so that
 * Word builds the table of contents from them), settings.xml (fields are
 * updated on open), footer1.xml (the page number), and one
 * word/charts/chartN.xml with its embedded workbook per chart.
 * A4 portrait; a DOC_SECTION block switches to landscape and back. */
#include "render.h"
#include "xml.h"

#include <stdio.h>
#include <string.h>

#define NS_W "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
#define NS_R "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
#define NS_WP "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
#define NS_A "http://schemas.openxmlformats.org/drawingml/2006/main"
#define NS_C "http://schemas.openxmlformats.org/drawingml/2006/chart"
#define REL "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"

/* A4 in twips, 2,5 cm margins (3 cm on the binding side). */
#define PAGE_W 11906
#define PAGE_H 16838
#define MARGIN 1418
#define MARGIN_L 1701
#define TEXT_W(land) ((land) ? PAGE_H - MARGIN - MARGIN_L : PAGE_W - MARGIN - MARGIN_L)
#define EMU_PER_TWIP 635

struct wctx {
	const struct doc *d;
	struct xml x;
	int landscape;   /* orientation of the current section */
	int first;       /* still in the first section (the cover) */
	int nchart;
	int bookmark;
};

static void w_rpr(struct xml *x, unsigned flags)
{
	if (!(flags & (DOC_BOLD | DOC_ITALIC | DOC_PLACEHOLDER)))
		return;
	xml_start(x, "w:rPr");
	if (flags & DOC_BOLD) {
		xml_start(x, "w:b");
		xml_end(x);
	}
	if (flags & (DOC_ITALIC | DOC_PLACEHOLDER)) {
		xml_start(x, "w:i");
		xml_end(x);
	}
	if (flags & DOC_PLACEHOLDER) {
		xml_val(x, "w:color", "9C0006");
		xml_start(x, "w:shd");
		xml_attr(x, "w:val", "clear");
		xml_attr(x, "w:color", "auto");
		xml_attr(x, "w:fill", "FFF2CC");
		xml_end(x);
	}
	xml_end(x);
}

/* A run; newlines become <w:br/>, tabs <w:tab/>. */
static void w_run(struct xml *x, const char *z, unsigned flags)
{
	xml_start(x, "w:r");
	w_rpr(x, flags);
	while (*z) {
		size_t n = strcspn(z, "\n\t");

		if (n) {
			xml_start(x, "w:t");
			xml_attr(x, "xml:space", "preserve");
			xml_textn(x, z, n);
			xml_end(x);
		}
		z += n;
		if (*z == '\n') {
			xml_start(x, "w:br");
			xml_end(x);
			z++;
		} else if (*z == '\t') {
			xml_start(x, "w:tab");
			xml_end(x);
			z++;
		}
	}
	xml_end(x);
}

static const char *style_id(enum doc_style st)
{
	switch (st) {
	case ST_TITLE: return "Title";
	case ST_SUBTITLE: return "Subtitle";
	case ST_CENTER: return "Center";
	case ST_RIGHT: return "Right";
	case ST_PLACEHOLDER: return "Placeholder";
	case ST_NOTE: return "Note";
	case ST_LIST: return "ListItem";
	default: return NULL;
	}
}

static void w_para(struct wctx *w, const struct doc_para *p)
{
	struct xml *x = &w->x;
	const struct doc_run *r;
	const char *st = style_id(p->style);

	xml_start(x, "w:p");
	if (st) {
		xml_start(x, "w:pPr");
		xml_val(x, "w:pStyle", st);
		xml_end(x);
	}
	for (r = p->run; r; r = r->next)
		w_run(x, r->text, r->flags);
	xml_end(x);
}

static void w_bookmark(struct wctx *w, const char *anchor, int start)
{
	char name[48];

	snprintf(name, sizeof name, "_Toc_%s", anchor);
	xml_start(&w->x, start ? "w:bookmarkStart" : "w:bookmarkEnd");
	xml_attri(&w->x, "w:id", w->bookmark);
	if (start)
		xml_attr(&w->x, "w:name", name);
	xml_end(&w->x);
}

static void w_heading(struct wctx *w, const struct doc_block *b)
{
	struct xml *x = &w->x;
	char st[16];

	snprintf(st, sizeof st, "Heading%d", b->level);
	xml_start(x, "w:p");
	xml_start(x, "w:pPr");
	xml_val(x, "w:pStyle", st);
	xml_end(x);
	w->bookmark++;
	w_bookmark(w, b->anchor, 1);
	w_run(x, b->text, 0);
	w_bookmark(w, b->anchor, 0);
	xml_end(x);
}

/* A caption paragraph with a bookmark, so that lists can point at it. */
static void w_caption(struct wctx *w, const char *anchor, const char *text,
		      int keep_next)
{
	struct xml *x = &w->x;

	xml_start(x, "w:p");
	xml_start(x, "w:pPr");
	xml_val(x, "w:pStyle", "Caption");
	if (keep_next) {
		xml_start(x, "w:keepNext");
		xml_end(x);
	}
	xml_end(x);
	w->bookmark++;
	w_bookmark(w, anchor, 1);
	w_run(x, text, 0);
	w_bookmark(w, anchor, 0);
	xml_end(x);
}

static void w_fld(struct xml *x, const char *type)
{
	xml_start(x, "w:r");
	xml_start(x, "w:fldChar");
	xml_attr(x, "w:fldCharType", type);
	xml_end(x);
	xml_end(x);
}

static void w_instr(struct xml *x, const char *instr)
{
	xml_start(x, "w:r");
	xml_start(x, "w:instrText");
	xml_attr(x, "xml:space", "preserve");
	xml_text(x, instr);
	xml_end(x);
	xml_end(x);
}

/* One entry of a list with its page number (a PAGEREF field Word and
 * LibreOffice fill in). */
static void w_entry_body(struct wctx *w, const char *anchor, const char *text)
{
	struct xml *x = &w->x;
	char name[48], instr[80];

	snprintf(name, sizeof name, "_Toc_%s", anchor);
	snprintf(instr, sizeof instr, " PAGEREF %s \\h ", name);
	xml_start(x, "w:hyperlink");
	xml_attr(x, "w:anchor", name);
	xml_attr(x, "w:history", "1");
	w_run(x, text, 0);
	xml_start(x, "w:r");
	xml_start(x, "w:tab");
	xml_end(x);
	xml_end(x);
	w_fld(x, "begin");
	w_instr(x, instr);
	w_fld(x, "separate");
	w_fld(x, "end"); /* the page number comes with the field update */
	xml_end(x);
}

static void w_entry_ppr(struct wctx *w, const char *style)
{
	struct xml *x = &w->x;

	xml_start(x, "w:pPr");
	xml_val(x, "w:pStyle", style);
	xml_start(x, "w:tabs");
	xml_start(x, "w:tab");
	xml_attr(x, "w:val", "right");
	xml_attr(x, "w:leader", "dot");
	xml_attri(x, "w:pos", TEXT_W(0) - 10);
	xml_end(x);
	xml_end(x);
	xml_end(x);
}

/* The table of contents: a TOC field over the heading styles, its result
 * filled with the headings so that it is complete before any update. */
static void w_toc(struct wctx *w)
{
	struct xml *x = &w->x;
	const struct doc_block *b;
	char st[8];
	int first = 1;

	for (b = w->d->block; b; b = b->next) {
		if (b->kind != DOC_HEADING)
			continue;
		snprintf(st, sizeof st, "TOC%d", b->level);
		xml_start(x, "w:p");
		w_entry_ppr(w, st);
		if (first) {
			xml_start(x, "w:r");
			xml_start(x, "w:fldChar");
			xml_attr(x, "w:fldCharType", "begin");
			xml_attr(x, "w:dirty", "true");
			xml_end(x);
			xml_end(x);
			w_instr(x, " TOC \\o \"1-3\" \\h \\z \\u ");
			w_fld(x, "separate");
			first = 0;
		}
		w_entry_body(w, b->anchor, b->text);
		xml_end(x);
	}
	xml_start(x, "w:p");
	if (first) {
		w_fld(x, "begin");
		w_instr(x, " TOC \\o \"1-3\" \\h \\z \\u ");
		w_fld(x, "separate");
	}
	w_fld(x, "end");
	xml_end(x);
}

/* List of tables or figures: one entry per caption. */
static void w_list(struct wctx *w, enum doc_kind want)
{
	const struct doc_block *b;
	int any = 0;

	for (b = w->d->block; b; b = b->next) {
		const char *cap = NULL;

		if (want == DOC_TABLE && b->kind == DOC_TABLE && b->table)
			cap = b->table->caption;
		else if (want == DOC_CHART && b->kind == DOC_CHART && b->chart)
			cap = b->chart->caption;
		if (!cap || !b->anchor)
			continue;
		xml_start(&w->x, "w:p");
		w_entry_ppr(w, "TableofFigures");
		w_entry_body(w, b->anchor, cap);
		xml_end(&w->x);
		any = 1;
	}
	if (!any) {
		xml_start(&w->x, "w:p");
		w_run(&w->x, "(tidak ada)", DOC_ITALIC);
		xml_end(&w->x);
	}
}

static void w_sectpr(struct wctx *w, int landscape, int first)
{
	struct xml *x = &w->x;

	xml_start(x, "w:sectPr");
	xml_start(x, "w:footerReference");
	xml_attr(x, "w:type", "default");
	xml_attr(x, "r:id", "rIdFooter");
	xml_end(x);
	xml_start(x, "w:pgSz");
	xml_attri(x, "w:w", landscape ? PAGE_H : PAGE_W);
	xml_attri(x, "w:h", landscape ? PAGE_W : PAGE_H);
	if (landscape)
		xml_attr(x, "w:orient", "landscape");
	xml_end(x);
	xml_start(x, "w:pgMar");
	xml_attri(x, "w:top", MARGIN);
	xml_attri(x, "w:right", MARGIN);
	xml_attri(x, "w:bottom", MARGIN);
	xml_attri(x, "w:left", MARGIN_L);
	xml_attri(x, "w:header", 709);
	xml_attri(x, "w:footer", 709);
	xml_attri(x, "w:gutter", 0);
	xml_end(x);
	if (first) {
		xml_start(x, "w:titlePg");
		xml_end(x);
	}
	xml_end(x);
}

static void w_section(struct wctx *w, int landscape)
{
	if (landscape == w->landscape)
		return;
	xml_start(&w->x, "w:p");
	xml_start(&w->x, "w:pPr");
	w_sectpr(w, w->landscape, w->first);
	xml_end(&w->x);
	xml_end(&w->x);
	w->landscape = landscape;
	w->first = 0;
}

static void w_cell_ppr(struct xml *x, const struct doc_cell *c, int header)
{
	int ind = c->flags & DOC_INDENT3 ? 3 : c->flags & DOC_INDENT2 ? 2 :
		  c->flags & DOC_INDENT1 ? 1 : 0;

	xml_start(x, "w:pPr"); /* CT_PPr order: pStyle, ind, jc */
	xml_val(x, "w:pStyle", "TableText");
	if (ind) {
		xml_start(x, "w:ind");
		xml_attri(x, "w:left", 170 * ind);
		xml_end(x);
	}
	if (header || (c->flags & DOC_CENTER))
		xml_val(x, "w:jc", "center");
	else if (c->flags & DOC_RIGHT)
		xml_val(x, "w:jc", "right");
	xml_end(x);
}

static void w_cell(struct wctx *w, const struct doc_table *t,
		   const struct doc_row *r, int i, const int *tw)
{
	struct xml *x = &w->x;
	const struct doc_cell *c = &r->cell[i];
	int k, width = 0;
	unsigned fl = c->flags;

	for (k = i; k < i + c->span && k < t->ncol; k++)
		width += tw[k];
	xml_start(x, "w:tc");
	xml_start(x, "w:tcPr");
	xml_start(x, "w:tcW");
	xml_attri(x, "w:w", width);
	xml_attr(x, "w:type", "dxa");
	xml_end(x);
	if (c->span > 1)
		xml_start(x, "w:gridSpan"), xml_attri(x, "w:val", c->span),
			xml_end(x);
	if (c->flags & DOC_VCONT) {
		xml_start(x, "w:vMerge");
		xml_end(x);
	} else if (doc_vspan(r, i)) {
		xml_val(x, "w:vMerge", "restart");
	}
	if (!t->borderless && (r->header || (r->flags & DOC_TOTAL))) {
		xml_start(x, "w:shd");
		xml_attr(x, "w:val", "clear");
		xml_attr(x, "w:color", "auto");
		xml_attr(x, "w:fill", r->header ? "D9E2F3" : "F2F2F2");
		xml_end(x);
	}
	xml_end(x);
	xml_start(x, "w:p");
	w_cell_ppr(x, c, r->header && !t->borderless);
	if (r->header && !t->borderless)
		fl |= DOC_BOLD;
	if (c->text[0])
		w_run(x, c->text, fl);
	xml_end(x);
	xml_end(x);
}

static void w_table(struct wctx *w, const struct doc_block *b)
{
	const struct doc_table *t = b->table;
	struct xml *x = &w->x;
	const struct doc_row *r;
	int tw[64], i, avail = TEXT_W(w->landscape);

	if (!t || t->ncol < 1 || t->ncol > 64)
		return;
	if (t->caption)
		w_caption(w, b->anchor, t->caption, 1);
	/* 9 pt: up to 115 twips a character (DejaVu Sans digits, wider than
	 * Arial's), cell margins 170 */
	doc_widths(t, avail, DOC_CHAR_W, DOC_PAD, tw);
	xml_start(x, "w:tbl");
	xml_start(x, "w:tblPr");
	if (!t->borderless)
		xml_val(x, "w:tblStyle", "TableGrid");
	xml_start(x, "w:tblW");
	xml_attri(x, "w:w", avail);
	xml_attr(x, "w:type", "dxa");
	xml_end(x);
	xml_start(x, "w:tblLayout");
	xml_attr(x, "w:type", "fixed");
	xml_end(x);
	xml_start(x, "w:tblLook");
	xml_attr(x, "w:val", "04A0");
	xml_end(x);
	xml_end(x);
	xml_start(x, "w:tblGrid");
	for (i = 0; i < t->ncol; i++) {
		xml_start(x, "w:gridCol");
		xml_attri(x, "w:w", tw[i]);
		xml_end(x);
	}
	xml_end(x);
	for (r = t->row; r; r = r->next) {
		xml_start(x, "w:tr");
		xml_start(x, "w:trPr");
		xml_start(x, "w:cantSplit");
		xml_end(x);
		if (r->header) {
			xml_start(x, "w:tblHeader");
			xml_end(x);
		}
		xml_end(x);
		for (i = 0; i < t->ncol; i++)
			if (r->cell[i].span > 0)
				w_cell(w, t, r, i, tw);
		xml_end(x);
	}
	xml_end(x);
	/* a paragraph after every table keeps two tables from merging */
	xml_start(x, "w:p");
	xml_start(x, "w:pPr");
	xml_val(x, "w:pStyle", "AfterTable");
	xml_end(x);
	xml_end(x);
}

static void w_chart(struct wctx *w, const struct doc_block *b)
{
	const struct doc_chart *c = b->chart;
	struct xml *x = &w->x;
	long long cx = (long long)TEXT_W(w->landscape) * EMU_PER_TWIP;
	long long cy;
	char rid[24];

	if (!c)
		return;
	w->nchart++;
	cy = c->kind == CHART_BAR ? 360000LL * (2 + c->ncat * 8 / 10) :
				    360000LL * 7;
	if (cy > 360000LL * 20)
		cy = 360000LL * 20;
	snprintf(rid, sizeof rid, "rIdChart%d", w->nchart);
	xml_start(x, "w:p");
	xml_start(x, "w:pPr");
	xml_val(x, "w:pStyle", "Center");
	xml_start(x, "w:keepNext");
	xml_end(x);
	xml_end(x);
	xml_start(x, "w:r");
	xml_start(x, "w:drawing");
	xml_start(x, "wp:inline");
	xml_attr(x, "distT", "0"), xml_attr(x, "distB", "0");
	xml_attr(x, "distL", "0"), xml_attr(x, "distR", "0");
	xml_start(x, "wp:extent");
	xml_attri(x, "cx", cx);
	xml_attri(x, "cy", cy);
	xml_end(x);
	xml_start(x, "wp:docPr");
	xml_attri(x, "id", w->nchart);
	xml_attrf(x, "name", "Grafik %d", w->nchart);
	xml_attr(x, "descr", c->caption);
	xml_end(x);
	xml_start(x, "a:graphic");
	xml_attr(x, "xmlns:a", NS_A);
	xml_start(x, "a:graphicData");
	xml_attr(x, "uri", NS_C);
	xml_start(x, "c:chart");
	xml_attr(x, "xmlns:c", NS_C);
	xml_attr(x, "r:id", rid);
	xml_end(x);
	xml_end(x);
	xml_end(x);
	xml_end(x);
	xml_end(x);
	xml_end(x);
	xml_end(x);
	w_caption(w, b->anchor, c->caption, 0);
}

static void w_pagebreak(struct xml *x)
{
	xml_start(x, "w:p");
	xml_start(x, "w:r");
	xml_start(x, "w:br");
	xml_attr(x, "w:type", "page");
	xml_end(x);
	xml_end(x);
	xml_end(x);
}

static void w_document(struct wctx *w, struct sbuf *out)
{
	struct xml *x = &w->x;
	const struct doc_block *b;

	xml_init(x, out, 0);
	xml_decl(x);
	xml_start(x, "w:document");
	xml_attr(x, "xmlns:w", NS_W);
	xml_attr(x, "xmlns:r", NS_R);
	xml_attr(x, "xmlns:wp", NS_WP);
	xml_start(x, "w:body");
	w->first = 1;
	for (b = w->d->block; b; b = b->next) {
		switch (b->kind) {
		case DOC_HEADING: w_heading(w, b); break;
		case DOC_PARA: if (b->para) w_para(w, b->para); break;
		case DOC_TABLE: w_table(w, b); break;
		case DOC_CHART: w_chart(w, b); break;
		case DOC_PAGEBREAK: w_pagebreak(x); break;
		case DOC_SECTION: w_section(w, b->level); break;
		case DOC_TOC: w_toc(w); break;
		case DOC_LIST_TABLES: w_list(w, DOC_TABLE); break;
		case DOC_LIST_FIGURES: w_list(w, DOC_CHART); break;
		}
	}
	w_sectpr(w, w->landscape, w->first);
	xml_end(x);
	xml_end(x);
}

/* ---- fixed parts ---- */

#include "docx_parts.h"

static void w_core(const struct doc *d, struct sbuf *b)
{
	struct xml x;

	xml_init(&x, b, 0);
	xml_decl(&x);
	xml_start(&x, "cp:coreProperties");
	xml_attr(&x, "xmlns:cp", "http://schemas.openxmlformats.org/package/2006/metadata/core-properties");
	xml_attr(&x, "xmlns:dc", "http://purl.org/dc/elements/1.1/");
	xml_attr(&x, "xmlns:dcterms", "http://purl.org/dc/terms/");
	xml_attr(&x, "xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance");
	xml_leaf(&x, "dc:title", d->title);
	xml_leaf(&x, "dc:subject", d->subject);
	xml_leaf(&x, "dc:creator", d->author);
	xml_leaf(&x, "dc:language", "id-ID");
	xml_start(&x, "dcterms:created");
	xml_attr(&x, "xsi:type", "dcterms:W3CDTF");
	xml_textf(&x, "%sT00:00:00Z", d->created);
	xml_end(&x);
	xml_end(&x);
}

static void w_footer(const struct doc *d, struct sbuf *b)
{
	struct xml x;

	xml_init(&x, b, 0);
	xml_decl(&x);
	xml_start(&x, "w:ftr");
	xml_attr(&x, "xmlns:w", NS_W);
	xml_attr(&x, "xmlns:r", NS_R);
	xml_start(&x, "w:p");
	xml_start(&x, "w:pPr");
	xml_val(&x, "w:pStyle", "Footer");
	xml_end(&x);
	if (d->footer[0]) {
		w_run(&x, d->footer, 0);
		w_run(&x, " \xE2\x80\x94 Halaman ", 0);
	} else {
		w_run(&x, "Halaman ", 0);
	}
	xml_start(&x, "w:fldSimple");
	xml_attr(&x, "w:instr", " PAGE ");
	w_run(&x, "1", 0);
	xml_end(&x);
	xml_end(&x);
	xml_end(&x);
}

static void w_content_types(int nchart, struct sbuf *b)
{
	int i;

	sbuf_adds(b, zContentTypesHead);
	for (i = 1; i <= nchart; i++)
		sbuf_addf(b, "<Override PartName=\"/word/charts/chart%d.xml\" "
			  "ContentType=\"application/vnd.openxmlformats-"
			  "officedocument.drawingml.chart+xml\"/>", i);
	sbuf_adds(b, "</Types>");
}

static void w_doc_rels(int nchart, struct sbuf *b)
{
	int i;

	sbuf_adds(b, zDocRelsHead);
	for (i = 1; i <= nchart; i++)
		sbuf_addf(b, "<Relationship Id=\"rIdChart%d\" Type=\"" REL
			  "chart\" Target=\"charts/chart%d.xml\"/>", i, i);
	sbuf_adds(b, "</Relationships>");
}

static int add_charts(const struct doc *d, struct zipw *z, long long mtime)
{
	const struct doc_block *bl;
	struct sbuf b = SBUF_INIT(0);
	char name[64];
	int n = 0, rc;

	for (bl = d->block; bl; bl = bl->next) {
		if (bl->kind != DOC_CHART || !bl->chart)
			continue;
		n++;
		docx_chart_xml(bl->chart, &b);
		snprintf(name, sizeof name, "word/charts/chart%d.xml", n);
		if ((rc = zipw_add(z, name, &b)))
			return rc;
		sbuf_addf(&b, zChartRels, n);
		snprintf(name, sizeof name, "word/charts/_rels/chart%d.xml.rels", n);
		if ((rc = zipw_add(z, name, &b)))
			return rc;
		if ((rc = docx_chart_xlsx(bl->chart, mtime, &b))) {
			sbuf_release(&b);
			return rc;
		}
		snprintf(name, sizeof name,
			 "word/embeddings/Microsoft_Excel_Worksheet%d.xlsx", n);
		if ((rc = zipw_add(z, name, &b)))
			return rc;
	}
	return 0;
}

int docx_render(const struct doc *d, struct sbuf *out, struct sk_err *e)
{
	struct wctx w;
	struct zipw *z;
	struct sbuf b = SBUF_INIT(0), dx = SBUF_INIT(0);
	long long mtime = render_time(d->created);
	int rc;

	if (doc_failed(d))
		return sk_errf(e, SK_ENOMEM, "out of memory building the document");
	memset(&w, 0, sizeof w);
	w.d = d;
	if ((rc = zipw_open(&z)))
		return sk_errf(e, rc, "cannot create the DOCX archive");
	w_document(&w, &dx);
	rc = xml_finish(&w.x);
	if (rc) {
		sbuf_release(&dx);
		zipw_discard(z);
		return sk_errf(e, rc, "DOCX: word/document.xml could not be built");
	}
	w_content_types(w.nchart, &b);
	zipw_add(z, "[Content_Types].xml", &b);
	sbuf_adds(&b, zRootRels);
	zipw_add(z, "_rels/.rels", &b);
	w_core(d, &b);
	zipw_add(z, "docProps/core.xml", &b);
	sbuf_adds(&b, zApp);
	zipw_add(z, "docProps/app.xml", &b);
	zipw_add(z, "word/document.xml", &dx);
	sbuf_adds(&b, zStyles);
	zipw_add(z, "word/styles.xml", &b);
	sbuf_adds(&b, zSettings);
	zipw_add(z, "word/settings.xml", &b);
	w_footer(d, &b);
	zipw_add(z, "word/footer1.xml", &b);
	w_doc_rels(w.nchart, &b);
	zipw_add(z, "word/_rels/document.xml.rels", &b);
	rc = add_charts(d, z, mtime);
	if (rc) {
		zipw_discard(z);
		return sk_errf(e, rc, "DOCX: a chart could not be built");
	}
	if ((rc = zipw_close(z, mtime, out)))
		return sk_errf(e, rc, "DOCX: the archive could not be written");
	return 0;
}
