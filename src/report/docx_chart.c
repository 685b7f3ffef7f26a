/* docx_chart: native DrawingML charts (word/charts/chartN.xml) with their
 * data in an embedded workbook, so that Word and LibreOffice show an
 * editable chart. See docs/documents.md for why not an image. */
#include "render.h"
#include "xml.h"

#include <stdio.h>
#include <string.h>

#define NS_C "http://schemas.openxmlformats.org/drawingml/2006/chart"
#define NS_A "http://schemas.openxmlformats.org/drawingml/2006/main"
#define NS_R "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

static const char *const aColor[] = { "2F5597", "C55A11", "548235", "7F6000" };

static void cval(struct xml *x, const char *name, const char *v)
{
	xml_start(x, name);
	xml_attr(x, "val", v);
	xml_end(x);
}

static void cvali(struct xml *x, const char *name, long long v)
{
	xml_start(x, name);
	xml_attri(x, "val", v);
	xml_end(x);
}

/* Excel's name of column i (0 = A). */
static void col_name(int i, char *buf)
{
	char tmp[8];
	int n = 0, k = 0;

	i++;
	while (i > 0 && n < 7) {
		tmp[n++] = (char)('A' + (i - 1) % 26);
		i = (i - 1) / 26;
	}
	while (n > 0)
		buf[k++] = tmp[--n];
	buf[k] = 0;
}

static void str_cache(struct xml *x, const char *f, int n, const char *const *v)
{
	int i;

	xml_start(x, "c:strRef");
	xml_leaf(x, "c:f", f);
	xml_start(x, "c:strCache");
	cvali(x, "c:ptCount", n);
	for (i = 0; i < n; i++) {
		xml_start(x, "c:pt");
		xml_attri(x, "idx", i);
		xml_leaf(x, "c:v", v[i]);
		xml_end(x);
	}
	xml_end(x);
	xml_end(x);
}

static void num_cache(struct xml *x, const char *f, const struct doc_series *s,
		      int n)
{
	char buf[64];
	int i;

	xml_start(x, "c:numRef");
	xml_leaf(x, "c:f", f);
	xml_start(x, "c:numCache");
	xml_leaf(x, "c:formatCode", "General");
	cvali(x, "c:ptCount", n);
	for (i = 0; i < n; i++) {
		if (!s->has[i])
			continue;
		xml_start(x, "c:pt");
		xml_attri(x, "idx", i);
		snprintf(buf, sizeof buf, "%.6g", s->v[i]);
		xml_leaf(x, "c:v", buf);
		xml_end(x);
	}
	xml_end(x);
	xml_end(x);
}

static void flags_off(struct xml *x, int show_val)
{
	cvali(x, "c:showLegendKey", 0);
	cvali(x, "c:showVal", show_val);
	cvali(x, "c:showCatName", 0);
	cvali(x, "c:showSerName", 0);
	cvali(x, "c:showPercent", 0);
	cvali(x, "c:showBubbleSize", 0);
}

static void rich(struct xml *x, const char *text, int sz)
{
	xml_start(x, "c:rich");
	xml_start(x, "a:bodyPr");
	xml_end(x);
	xml_start(x, "a:p");
	xml_start(x, "a:pPr");
	xml_start(x, "a:defRPr");
	xml_attri(x, "sz", sz);
	xml_end(x);
	xml_end(x);
	xml_start(x, "a:r");
	xml_start(x, "a:rPr");
	xml_attr(x, "lang", "id-ID");
	xml_attri(x, "sz", sz);
	xml_end(x);
	xml_leaf(x, "a:t", text);
	xml_end(x);
	xml_end(x);
	xml_end(x);
}

/* Data labels as the report prints them ("125,00"), whatever the
 * reader's locale: one custom label per point. */
static void labels(struct xml *x, const struct doc_series *s, int n)
{
	int i;

	xml_start(x, "c:dLbls");
	for (i = 0; i < n; i++) {
		if (!s->has[i] || !s->label[i])
			continue;
		xml_start(x, "c:dLbl");
		cvali(x, "c:idx", i);
		xml_start(x, "c:tx");
		rich(x, s->label[i], 800);
		xml_end(x);
		flags_off(x, 1);
		xml_end(x);
	}
	flags_off(x, 0);
	xml_end(x);
}

static void sppr_fill(struct xml *x, const char *rgb, int line)
{
	xml_start(x, "c:spPr");
	if (!line) {
		xml_start(x, "a:solidFill");
		cval(x, "a:srgbClr", rgb);
		xml_end(x);
	} else {
		xml_start(x, "a:ln");
		xml_attri(x, "w", 28575);
		xml_start(x, "a:solidFill");
		cval(x, "a:srgbClr", rgb);
		xml_end(x);
		xml_end(x);
	}
	xml_end(x);
}

static void series(struct xml *x, const struct doc_chart *c, int k)
{
	const struct doc_series *s = &c->ser[k];
	const char *rgb = aColor[k % 4];
	char col[8], f[64];

	xml_start(x, "c:ser");
	cvali(x, "c:idx", k);
	cvali(x, "c:order", k);
	col_name(k + 1, col);
	xml_start(x, "c:tx");
	snprintf(f, sizeof f, "Sheet1!$%s$1", col);
	str_cache(x, f, 1, &s->name);
	xml_end(x);
	sppr_fill(x, rgb, c->kind == CHART_LINE);
	if (c->kind == CHART_BAR) {
		cvali(x, "c:invertIfNegative", 0);
	} else {
		xml_start(x, "c:marker");
		cval(x, "c:symbol", k ? "square" : "circle");
		cvali(x, "c:size", 6);
		sppr_fill(x, rgb, 0);
		xml_end(x);
	}
	labels(x, s, c->ncat);
	xml_start(x, "c:cat");
	snprintf(f, sizeof f, "Sheet1!$A$2:$A$%d", c->ncat + 1);
	str_cache(x, f, c->ncat, c->cat);
	xml_end(x);
	xml_start(x, "c:val");
	snprintf(f, sizeof f, "Sheet1!$%s$2:$%s$%d", col, col, c->ncat + 1);
	num_cache(x, f, s, c->ncat);
	xml_end(x);
	if (c->kind == CHART_LINE)
		cvali(x, "c:smooth", 0);
	xml_end(x);
}

static void axis_common(struct xml *x, int id, const char *pos, int reverse)
{
	cvali(x, "c:axId", id);
	xml_start(x, "c:scaling");
	cval(x, "c:orientation", reverse ? "maxMin" : "minMax");
	xml_end(x);
	cvali(x, "c:delete", 0);
	cval(x, "c:axPos", pos);
}

static void axes(struct xml *x, const struct doc_chart *c)
{
	int bar = c->kind == CHART_BAR;

	xml_start(x, "c:catAx");
	axis_common(x, 1001, bar ? "l" : "b", bar);
	xml_start(x, "c:numFmt");
	xml_attr(x, "formatCode", "General");
	xml_attr(x, "sourceLinked", "0");
	xml_end(x);
	cval(x, "c:majorTickMark", "none");
	cval(x, "c:minorTickMark", "none");
	cval(x, "c:tickLblPos", "nextTo");
	cvali(x, "c:crossAx", 1002);
	cval(x, "c:crosses", "autoZero");
	cvali(x, "c:auto", 1);
	cval(x, "c:lblAlgn", "ctr");
	cvali(x, "c:lblOffset", 100);
	cvali(x, "c:noMultiLvlLbl", 0);
	xml_end(x);

	xml_start(x, "c:valAx");
	axis_common(x, 1002, bar ? "b" : "l", 0);
	xml_start(x, "c:majorGridlines");
	xml_end(x);
	if (c->ytitle && c->ytitle[0]) {
		xml_start(x, "c:title");
		xml_start(x, "c:tx");
		rich(x, c->ytitle, 900);
		xml_end(x);
		cvali(x, "c:overlay", 0);
		xml_end(x);
	}
	xml_start(x, "c:numFmt");
	xml_attr(x, "formatCode", "#,##0");
	xml_attr(x, "sourceLinked", "0");
	xml_end(x);
	cval(x, "c:majorTickMark", "out");
	cval(x, "c:minorTickMark", "none");
	cval(x, "c:tickLblPos", "nextTo");
	cvali(x, "c:crossAx", 1001);
	/* categories run top-down in a bar chart: keep the values below */
	cval(x, "c:crosses", bar ? "max" : "autoZero");
	cval(x, "c:crossBetween", "between");
	xml_end(x);
}

void docx_chart_xml(const struct doc_chart *c, struct sbuf *out)
{
	struct xml x;
	int k;

	xml_init(&x, out, 0);
	xml_decl(&x);
	xml_start(&x, "c:chartSpace");
	xml_attr(&x, "xmlns:c", NS_C);
	xml_attr(&x, "xmlns:a", NS_A);
	xml_attr(&x, "xmlns:r", NS_R);
	cvali(&x, "c:date1904", 0);
	cval(&x, "c:lang", "id-ID");
	cvali(&x, "c:roundedCorners", 0);
	xml_start(&x, "c:chart");
	cvali(&x, "c:autoTitleDeleted", 1);
	xml_start(&x, "c:plotArea");
	xml_start(&x, "c:layout");
	xml_end(&x);
	if (c->kind == CHART_BAR) {
		xml_start(&x, "c:barChart");
		cval(&x, "c:barDir", "bar");
		cval(&x, "c:grouping", "clustered");
	} else {
		xml_start(&x, "c:lineChart");
		cval(&x, "c:grouping", "standard");
	}
	cvali(&x, "c:varyColors", 0);
	for (k = 0; k < c->nser; k++)
		series(&x, c, k);
	if (c->kind == CHART_BAR)
		cvali(&x, "c:gapWidth", 60);
	else
		cvali(&x, "c:marker", 1);
	cvali(&x, "c:axId", 1001);
	cvali(&x, "c:axId", 1002);
	xml_end(&x);
	axes(&x, c);
	xml_end(&x); /* plotArea */
	if (c->nser > 1) {
		xml_start(&x, "c:legend");
		cval(&x, "c:legendPos", "b");
		cvali(&x, "c:overlay", 0);
		xml_end(&x);
	}
	cvali(&x, "c:plotVisOnly", 1);
	cval(&x, "c:dispBlanksAs", "gap");
	xml_end(&x); /* chart */
	xml_start(&x, "c:externalData");
	xml_attr(&x, "r:id", "rId1");
	cvali(&x, "c:autoUpdate", 0);
	xml_end(&x);
	xml_end(&x);
	if (xml_finish(&x) && !out->err)
		out->err = x.err;
}

/* The chart's data as a minimal SpreadsheetML package: categories in
 * column A, one column per series, names in row 1. */
static void sheet_xml(const struct doc_chart *c, struct sbuf *out)
{
	struct xml x;
	char ref[24], col[8], buf[64];
	int r, k;

	xml_init(&x, out, 0);
	xml_decl(&x);
	xml_start(&x, "worksheet");
	xml_attr(&x, "xmlns",
		 "http://schemas.openxmlformats.org/spreadsheetml/2006/main");
	xml_start(&x, "sheetData");
	for (r = 0; r <= c->ncat; r++) {
		xml_start(&x, "row");
		xml_attri(&x, "r", r + 1);
		for (k = -1; k < c->nser; k++) {
			const char *z = NULL;

			col_name(k + 1, col);
			snprintf(ref, sizeof ref, "%s%d", col, r + 1);
			if (r == 0)
				z = k < 0 ? "" : c->ser[k].name;
			else if (k < 0)
				z = c->cat[r - 1];
			else if (!c->ser[k].has[r - 1])
				continue;
			xml_start(&x, "c");
			xml_attr(&x, "r", ref);
			if (z) {
				xml_attr(&x, "t", "inlineStr");
				xml_start(&x, "is");
				xml_leaf(&x, "t", z);
				xml_end(&x);
			} else {
				snprintf(buf, sizeof buf, "%.15g",
					 c->ser[k].v[r - 1]);
				xml_leaf(&x, "v", buf);
			}
			xml_end(&x);
		}
		xml_end(&x);
	}
	xml_end(&x);
	xml_end(&x);
	if (xml_finish(&x) && !out->err)
		out->err = x.err;
}

int docx_chart_xlsx(const struct doc_chart *c, long long mtime,
		    struct sbuf *out)
{
	struct zipw *z;
	struct sbuf b = SBUF_INIT(0);
	int rc;

	if ((rc = zipw_open(&z)))
		return rc;
	sbuf_adds(&b,
		"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
		"<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
		"<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
		"<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
		"<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
		"<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
		"</Types>");
	zipw_add(z, "[Content_Types].xml", &b);
	sbuf_adds(&b,
		"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
		"<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
		"<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
		"</Relationships>");
	zipw_add(z, "_rels/.rels", &b);
	sbuf_adds(&b,
		"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
		"<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
		"xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
		"<sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
	zipw_add(z, "xl/workbook.xml", &b);
	sbuf_adds(&b,
		"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
		"<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
		"<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
		"</Relationships>");
	zipw_add(z, "xl/_rels/workbook.xml.rels", &b);
	sheet_xml(c, &b);
	zipw_add(z, "xl/worksheets/sheet1.xml", &b);
	return zipw_close(z, mtime, out);
}
