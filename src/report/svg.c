/* svg: charts drawn as inline SVG for the HTML report. Every label goes
 * through the XML writer, so it is escaped like any other text. */
#include "render.h"
#include "xml.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

static const char *const aColor[] = { "#2F5597", "#C55A11", "#548235", "#7F6000" };

#define W 640

/* A round step giving about five grid lines up to max. */
static double nice_step(double max)
{
	double raw = max / 5, mag, f;

	if (raw <= 0)
		return 1;
	mag = pow(10, floor(log10(raw)));
	f = raw / mag;
	return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10) * mag;
}

/* A tick value the Indonesian way: 2,5 and 1.000. */
static void tick_label(double v, char *buf, size_t cap)
{
	char tmp[64], *p;
	long long iv = llround(v);

	if (fabs(v - (double)iv) < 1e-9) {
		char g[32];
		int n, i, k = 0;

		snprintf(g, sizeof g, "%lld", iv < 0 ? -iv : iv);
		n = (int)strlen(g);
		if (iv < 0)
			tmp[k++] = '-';
		for (i = 0; i < n; i++) {
			if (i && (n - i) % 3 == 0)
				tmp[k++] = '.';
			tmp[k++] = g[i];
		}
		tmp[k] = 0;
	} else {
		snprintf(tmp, sizeof tmp, "%.2f", v);
		if ((p = strchr(tmp, '.')))
			*p = ',';
	}
	snprintf(buf, cap, "%s", tmp);
}

static void line(struct xml *x, double x1, double y1, double x2, double y2,
		 const char *stroke, const char *dash)
{
	xml_start(x, "line");
	xml_attrf(x, "x1", "%.1f", x1);
	xml_attrf(x, "y1", "%.1f", y1);
	xml_attrf(x, "x2", "%.1f", x2);
	xml_attrf(x, "y2", "%.1f", y2);
	xml_attr(x, "stroke", stroke);
	if (dash)
		xml_attr(x, "stroke-dasharray", dash);
	xml_end(x);
}

static void text(struct xml *x, double tx, double ty, const char *anchor,
		 const char *cls, const char *z)
{
	xml_start(x, "text");
	xml_attrf(x, "x", "%.1f", tx);
	xml_attrf(x, "y", "%.1f", ty);
	if (anchor)
		xml_attr(x, "text-anchor", anchor);
	if (cls)
		xml_attr(x, "class", cls);
	xml_text(x, z);
	xml_end(x);
}

static double series_max(const struct doc_chart *c)
{
	double max = c->has_ref ? c->ref : 0;
	int s, i;

	for (s = 0; s < c->nser; s++)
		for (i = 0; i < c->ncat; i++)
			if (c->ser[s].has[i] && c->ser[s].v[i] > max)
				max = c->ser[s].v[i];
	return max > 0 ? max : 1;
}

static void svg_open(struct xml *x, const struct doc_chart *c, int h)
{
	xml_start(x, "svg");
	xml_attr(x, "xmlns", "http://www.w3.org/2000/svg");
	xml_attrf(x, "viewBox", "0 0 %d %d", W, h);
	xml_attr(x, "role", "img");
	xml_attr(x, "aria-label", c->caption);
	xml_leaf(x, "title", c->caption);
}

static void bar_chart(struct xml *x, const struct doc_chart *c)
{
	const double left = 110, right = 70, top = 10, row = 24;
	int h = (int)(top + row * c->ncat + 44), i;
	double step = nice_step(series_max(c)), max, v, px;
	double pw = W - left - right, bottom = top + row * c->ncat;
	char buf[64];

	max = ceil(series_max(c) / step) * step;
	svg_open(x, c, h);
	for (v = 0; v <= max + step / 1000; v += step) {
		px = left + pw * v / max;
		line(x, px, top, px, bottom, "#D9D9D9", NULL);
		tick_label(v, buf, sizeof buf);
		text(x, px, bottom + 14, "middle", "tick", buf);
	}
	for (i = 0; i < c->ncat; i++) {
		double y = top + row * i;

		text(x, left - 6, y + row / 2 + 4, "end", "cat", c->cat[i]);
		if (!c->nser || !c->ser[0].has[i])
			continue;
		v = c->ser[0].v[i] < 0 ? 0 : c->ser[0].v[i];
		xml_start(x, "rect");
		xml_attrf(x, "x", "%.1f", left);
		xml_attrf(x, "y", "%.1f", y + 4);
		xml_attrf(x, "width", "%.1f", pw * v / max);
		xml_attrf(x, "height", "%.1f", row - 8);
		xml_attr(x, "fill", aColor[0]);
		xml_end(x);
		text(x, left + pw * v / max + 4, y + row / 2 + 4, NULL, "val",
		     c->ser[0].label[i]);
	}
	if (c->has_ref) {
		px = left + pw * c->ref / max;
		line(x, px, top, px, bottom, "#C00000", "4 3");
	}
	line(x, left, top, left, bottom, "#595959", NULL);
	text(x, left + pw / 2, bottom + 34, "middle", "axis", c->ytitle);
	xml_end(x);
}

static void legend(struct xml *x, const struct doc_chart *c, double y)
{
	double lx = 80;
	int s;

	for (s = 0; s < c->nser; s++) {
		xml_start(x, "rect");
		xml_attrf(x, "x", "%.1f", lx);
		xml_attrf(x, "y", "%.1f", y - 9);
		xml_attr(x, "width", "10");
		xml_attr(x, "height", "10");
		xml_attr(x, "fill", aColor[s % 4]);
		xml_end(x);
		text(x, lx + 14, y, NULL, "cat", c->ser[s].name);
		lx += 30 + 7 * (double)strlen(c->ser[s].name);
	}
}

static void line_series(struct xml *x, const struct doc_chart *c, int s,
			double left, double pw, double top, double ph,
			double max)
{
	const struct doc_series *se = &c->ser[s];
	struct sbuf pts = SBUF_INIT(0);
	int i;

	for (i = 0; i <= c->ncat; i++) {
		double px, py;

		if (i == c->ncat || !se->has[i]) {
			if (pts.n && strchr(pts.z, ' ')) { /* two points or more */
				xml_start(x, "polyline");
				xml_attr(x, "points", pts.z);
				xml_attr(x, "fill", "none");
				xml_attr(x, "stroke", aColor[s % 4]);
				xml_attr(x, "stroke-width", "2");
				xml_end(x);
			}
			sbuf_reset(&pts);
			continue;
		}
		px = left + pw * (i + 0.5) / c->ncat;
		py = top + ph - ph * (se->v[i] < 0 ? 0 : se->v[i]) / max;
		sbuf_addf(&pts, "%s%.1f,%.1f", pts.n ? " " : "", px, py);
		xml_start(x, s ? "rect" : "circle");
		if (s) {
			xml_attrf(x, "x", "%.1f", px - 4);
			xml_attrf(x, "y", "%.1f", py - 4);
			xml_attr(x, "width", "8");
			xml_attr(x, "height", "8");
		} else {
			xml_attrf(x, "cx", "%.1f", px);
			xml_attrf(x, "cy", "%.1f", py);
			xml_attr(x, "r", "4");
		}
		xml_attr(x, "fill", aColor[s % 4]);
		xml_end(x);
		text(x, px + 6, py - 6 + 14 * s, NULL, "val", se->label[i]);
	}
	sbuf_release(&pts);
}

static void line_chart(struct xml *x, const struct doc_chart *c)
{
	const double left = 60, right = 30, top = 14, ph = 200;
	double pw = W - left - right, step = nice_step(series_max(c));
	double max = ceil(series_max(c) * 1.1 / step) * step, v, py;
	int h = (int)(top + ph + 60), i, s;
	char buf[64];

	svg_open(x, c, h);
	for (v = 0; v <= max + step / 1000; v += step) {
		py = top + ph - ph * v / max;
		line(x, left, py, left + pw, py, "#D9D9D9", NULL);
		tick_label(v, buf, sizeof buf);
		text(x, left - 6, py + 4, "end", "tick", buf);
	}
	for (i = 0; i < c->ncat; i++)
		text(x, left + pw * (i + 0.5) / c->ncat, top + ph + 16, "middle",
		     "cat", c->cat[i]);
	for (s = 0; s < c->nser; s++)
		line_series(x, c, s, left, pw, top, ph, max);
	line(x, left, top + ph, left + pw, top + ph, "#595959", NULL);
	legend(x, c, top + ph + 44);
	xml_end(x);
}

void svg_chart(struct xml *x, const struct doc_chart *c)
{
	if (c->kind == CHART_BAR)
		bar_chart(x, c);
	else
		line_chart(x, c);
}
