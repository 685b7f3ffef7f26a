/* chart: small inline SVG charts (no script, no inline style: presentation
 * attributes only, which the Content-Security-Policy allows). Coordinates
 * are whole pixels of a viewBox; the SVG scales to the page's width. */
#include "page.h"

#include <string.h>

/* At most max bytes of z, cut at a UTF-8 boundary, with "…" when cut. */
static void label_cut(struct sbuf *b, const char *z, size_t max)
{
	size_t n = strlen(z ? z : "");
	struct sbuf t = SBUF_INIT(0);

	if (n <= max) {
		html_escape(b, z);
		return;
	}
	while (max > 0 && ((unsigned char)z[max] & 0xC0) == 0x80)
		max--;
	sbuf_add(&t, z, max);
	sbuf_adds(&t, "…");
	html_escape(b, t.z);
	sbuf_release(&t);
}

const struct bar_axis chart_capaian = { PCT(120), 1, " %", PCT(100),
					 "100 %", "belum ada capaian" };
const struct bar_axis chart_nilai = { PCT(100), 0, "", 0, NULL,
				      "belum dinilai" };

void chart_bars(struct sbuf *b, const char *title, const struct bar *a, int n,
		const struct bar_axis *ax)
{
	const int left = 230, width = 640, row = 26, top = 10;
	int i, h = top * 2 + row * (n > 0 ? n : 1) + 18, area = width - left - 60;
	pct_t max = ax->max;

	for (i = 0; ax->tumbuh && i < n; i++)
		if (a[i].ok && a[i].value > max)
			max = a[i].value;
	html_printf(b, "<svg viewBox=\"0 0 %d %d\" width=\"%d\" role=\"img\" "
		    "aria-label=\"%a\"><title>%s</title>\n", width, h, width,
		    title, title);
	for (i = 0; i < n; i++) {
		int y = top + i * row;
		int w = a[i].ok && a[i].value > 0 ?
			(int)((a[i].value < max ? a[i].value : max) * area /
			      max) : 0;

		html_printf(b, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">",
			    left - 6, y + 17);
		label_cut(b, a[i].label, 34);
		html_trusted(b, "</text>");
		if (a[i].ok) {
			html_printf(b, "<rect x=\"%d\" y=\"%d\" width=\"%d\" "
				    "height=\"%d\" fill=\"#2b7bb9\"><title>%s: "
				    "%p%s</title></rect>", left, y + 4, w,
				    row - 8, a[i].label, a[i].value,
				    ax->satuan);
			html_printf(b, "<text x=\"%d\" y=\"%d\">%p%s</text>\n",
				    left + w + 4, y + 17, a[i].value,
				    ax->satuan);
		} else {
			html_printf(b, "<text x=\"%d\" y=\"%d\" fill=\"#6b7580\">"
				    "%s</text>\n", left + 4, y + 17, ax->kosong);
		}
	}
	if (ax->garis_label) {
		i = left + (int)(ax->garis * area / max);
		html_printf(b, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" "
			    "stroke=\"#a33\" stroke-dasharray=\"4 3\"/>"
			    "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">"
			    "%s</text>", i, top - 4, i, h - 16, i, h - 3,
			    ax->garis_label);
	}
	html_trusted(b, "</svg>\n");
}

/* y pixel of value x on a scale lo … hi mapped to bottom … top. */
static int ypix(double x, double lo, double hi, int top, int bottom)
{
	return bottom - (int)((x - lo) / (hi - lo) * (bottom - top));
}

static void trend_line(struct sbuf *b, const struct trend_point *a, int n,
		       int real, double lo, double hi, const char *color)
{
	const int left = 50, width = 600, top = 20, bottom = 200;
	int i, k = 0, step = n > 1 ? (width - left - 30) / (n - 1) : 0;

	html_printf(b, "<polyline fill=\"none\" stroke=\"%a\" stroke-width=\"2\"",
		    color);
	if (!real)
		html_trusted(b, " stroke-dasharray=\"6 4\"");
	html_trusted(b, " points=\"");
	for (i = 0; i < n; i++) {
		if (!(real ? a[i].has_real : a[i].has_target))
			continue;
		html_printf(b, "%s%d,%d", k++ ? " " : "", left + i * step,
			    ypix(real ? a[i].real : a[i].target, lo, hi, top,
				 bottom));
	}
	html_trusted(b, "\"/>\n");
	for (i = 0; i < n; i++) {
		if (!(real ? a[i].has_real : a[i].has_target))
			continue;
		html_printf(b, "<circle cx=\"%d\" cy=\"%d\" r=\"4\" fill=\"%a\"/>",
			    left + i * step,
			    ypix(real ? a[i].real : a[i].target, lo, hi, top,
				 bottom), color);
	}
}

void chart_trend(struct sbuf *b, const char *title,
		 const struct trend_point *a, int n)
{
	const int left = 50, width = 600, bottom = 200;
	double lo = 0, hi = 0;
	int i, any = 0, step = n > 1 ? (width - left - 30) / (n - 1) : 0;

	for (i = 0; i < n; i++) {
		if (a[i].has_target) {
			hi = any++ ? (a[i].target > hi ? a[i].target : hi) : a[i].target;
			lo = a[i].target < lo ? a[i].target : lo;
		}
		if (a[i].has_real) {
			hi = any++ ? (a[i].real > hi ? a[i].real : hi) : a[i].real;
			lo = a[i].real < lo ? a[i].real : lo;
		}
	}
	if (!any) {
		html_trusted(b, "<p class=\"catatan\">Belum ada angka untuk "
			     "digambar.</p>\n");
		return;
	}
	if (hi <= lo)
		hi = lo + 1;
	hi += (hi - lo) * 0.1;
	html_printf(b, "<svg viewBox=\"0 0 %d 250\" width=\"%d\" role=\"img\" "
		    "aria-label=\"%a\"><title>%s</title>\n", width, width, title,
		    title);
	html_printf(b, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" "
		    "stroke=\"#b7c2cc\"/>", left - 10, bottom, width - 10, bottom);
	for (i = 0; i < n; i++)
		html_printf(b, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">"
			    "%d</text>", left + i * step, bottom + 18, a[i].tahun);
	trend_line(b, a, n, 0, lo, hi, "#8a96a3");
	trend_line(b, a, n, 1, lo, hi, "#2b7bb9");
	html_printf(b, "<rect x=\"%d\" y=\"232\" width=\"14\" height=\"4\" "
		    "fill=\"#8a96a3\"/><text x=\"%d\" y=\"238\">Target</text>"
		    "<rect x=\"%d\" y=\"232\" width=\"14\" height=\"4\" "
		    "fill=\"#2b7bb9\"/><text x=\"%d\" y=\"238\">Realisasi</text>"
		    "</svg>\n", left, left + 18, left + 90, left + 108);
}
