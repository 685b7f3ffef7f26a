/* xlsx_read: the zip, its XML parts, workbook, relationships, styles and
 * shared strings. Worksheets are in xlsx_read_sheet.c. */
#include "xlsx_read_priv.h"

#include <libxml/parser.h>
#include <libxml/xmlerror.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define PATH_MAX_LEN 512
#define RELS_MAX 10000
#define XF_MAX 65536

static const char zDoctype[] = "<!DOCTYPE";

void xlsx_limits_default(struct xlsx_limits *l)
{
	l->max_total = (size_t)256 << 20;
	l->max_entry = (size_t)128 << 20;
	l->max_entries = 10000;
	l->max_sheets = 256;
	l->max_rows = 100000;
	l->max_cols = 1024;
	l->max_cells = 2000000;
	l->max_strings = 1000000;
	l->max_text = 65536;
}

int xlsx_is_zip(const void *buf, size_t n)
{
	return n >= 4 && memcmp(buf, "PK\3\4", 4) == 0;
}

/* ---- parts ------------------------------------------------------------ */

/* The input callback: inflates, counts, and refuses a DTD before libxml2
 * sees it. */
static int part_read(void *ctx, char *buf, int len)
{
	struct xpart *p = ctx;
	struct xr *x = p->x;
	zip_int64_t n;
	int i;

	if (p->failed)
		return -1;
	n = zip_fread(p->zf, buf, (zip_uint64_t)len);
	if (n < 0) {
		p->failed = 1;
		sk_errf(x->e, SK_EINVAL, "%s: cannot inflate: %s", p->name,
			zip_file_strerror(p->zf));
		return -1;
	}
	if (p->got == 0 && n >= 2 &&
	    ((buf[0] == '\xfe' && buf[1] == '\xff') ||
	     (buf[0] == '\xff' && buf[1] == '\xfe') || buf[0] == 0 || buf[1] == 0)) {
		p->failed = 1;
		sk_errf(x->e, SK_EINVAL, "%s: not UTF-8 XML", p->name);
		return -1;
	}
	p->got += (size_t)n;
	x->total += (size_t)n;
	if (p->got > p->declared) {
		p->failed = 1;
		sk_errf(x->e, SK_ELIMIT, "%s: inflates to more than the %llu bytes "
			"its zip directory states (a zip bomb?)", p->name,
			(unsigned long long)p->declared);
		return -1;
	}
	if (p->got > x->lim->max_entry || x->total > x->lim->max_total) {
		p->failed = 1;
		sk_errf(x->e, SK_ELIMIT, "%s: uncompressed data over the limit "
			"(%zu bytes an entry, %zu in all)", p->name,
			x->lim->max_entry, x->lim->max_total);
		return -1;
	}
	for (i = 0; i < (int)n; i++) {
		if (buf[i] == zDoctype[p->dtd])
			p->dtd++;
		else
			p->dtd = buf[i] == '<';
		if (p->dtd == (int)sizeof zDoctype - 1) {
			p->failed = 1;
			sk_errf(x->e, SK_EINVAL, "%s: has a DTD (<!DOCTYPE); "
				"workbook parts never do, refused", p->name);
			return -1;
		}
	}
	return (int)n;
}

static void part_error(void *arg, xmlErrorPtr err)
{
	struct xpart *p = arg;
	size_t n;

	if (p->xml_msg[0] || !err)
		return;
	p->xml_line = err->line;
	snprintf(p->xml_msg, sizeof p->xml_msg, "%s",
		 err->message ? err->message : "malformed XML");
	n = strlen(p->xml_msg);
	while (n && (p->xml_msg[n - 1] == '\n' || p->xml_msg[n - 1] == ' '))
		p->xml_msg[--n] = 0;
}

int xr_part_open(struct xr *x, const char *name, int required,
		 struct xpart *p)
{
	zip_int64_t idx;
	zip_stat_t st;

	memset(p, 0, sizeof *p);
	p->x = x;
	p->name = name;
	idx = zip_name_locate(x->zip, name, ZIP_FL_NOCASE);
	if (idx < 0)
		return required ? sk_errf(x->e, SK_EINVAL,
					  "%s: missing from the workbook", name) : 1;
	zip_stat_init(&st);
	if (zip_stat_index(x->zip, (zip_uint64_t)idx, 0, &st) ||
	    !(st.valid & ZIP_STAT_SIZE))
		return sk_errf(x->e, SK_EINVAL, "%s: unreadable zip entry", name);
	p->declared = st.size;
	p->zf = zip_fopen_index(x->zip, (zip_uint64_t)idx, 0);
	if (!p->zf)
		return sk_errf(x->e, SK_EINVAL, "%s: cannot open: %s", name,
			       zip_strerror(x->zip));
	p->r = xmlReaderForIO(part_read, NULL, p, name, "UTF-8",
			      XML_PARSE_NONET | XML_PARSE_NOCDATA);
	if (!p->r) {
		int rc = p->failed ? x->e->code :
			sk_errf(x->e, SK_EINVAL, "%s: not XML", name);
		xr_part_close(p);
		return rc;
	}
	xmlTextReaderSetStructuredErrorHandler(p->r, part_error, p);
	return 0;
}

int xr_part_next(struct xpart *p)
{
	int rc = xmlTextReaderRead(p->r);

	if (p->failed)
		return p->x->e->code ? p->x->e->code : SK_EINVAL;
	if (rc < 0) {
		if (p->xml_msg[0])
			return sk_errf(p->x->e, SK_EINVAL, "%s:%d: malformed XML: %s",
				       p->name, p->xml_line, p->xml_msg);
		return sk_errf(p->x->e, SK_EINVAL, "%s: malformed XML", p->name);
	}
	if (rc == 1 && xmlTextReaderNodeType(p->r) ==
	    XML_READER_TYPE_DOCUMENT_TYPE)
		return sk_errf(p->x->e, SK_EINVAL, "%s: has a DTD; refused",
			       p->name);
	return rc;
}

void xr_part_close(struct xpart *p)
{
	if (p->r)
		xmlFreeTextReader(p->r);
	if (p->zf)
		zip_fclose(p->zf);
	p->r = NULL;
	p->zf = NULL;
}

const char *xr_attr(xmlTextReaderPtr r, const char *local, char *buf,
		    size_t cap)
{
	const char *found = NULL;

	if (xmlTextReaderMoveToFirstAttribute(r) != 1)
		return NULL;
	do {
		const char *ln = (const char *)xmlTextReaderConstLocalName(r);
		const char *v = (const char *)xmlTextReaderConstValue(r);

		if (ln && v && strcmp(ln, local) == 0) {
			size_t n = strlen(v);
			if (n < cap) {
				memcpy(buf, v, n + 1);
				found = buf;
			}
			break;
		}
	} while (xmlTextReaderMoveToNextAttribute(r) == 1);
	xmlTextReaderMoveToElement(r);
	return found;
}

const char *xr_elem(xmlTextReaderPtr r, int *end, int *empty)
{
	int t = xmlTextReaderNodeType(r);

	if (t != XML_READER_TYPE_ELEMENT && t != XML_READER_TYPE_END_ELEMENT)
		return NULL;
	*end = t == XML_READER_TYPE_END_ELEMENT;
	*empty = !*end && xmlTextReaderIsEmptyElement(r) == 1;
	return (const char *)xmlTextReaderConstLocalName(r);
}

int xr_is_text(xmlTextReaderPtr r)
{
	int t = xmlTextReaderNodeType(r);

	return t == XML_READER_TYPE_TEXT || t == XML_READER_TYPE_CDATA ||
	       t == XML_READER_TYPE_WHITESPACE ||
	       t == XML_READER_TYPE_SIGNIFICANT_WHITESPACE;
}

static int hexval(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

static void add_utf8(struct sbuf *b, unsigned c)
{
	char u[3];

	if (c < 0x80) {
		sbuf_addc(b, (char)c);
	} else if (c < 0x800) {
		u[0] = (char)(0xc0 | (c >> 6));
		u[1] = (char)(0x80 | (c & 0x3f));
		sbuf_add(b, u, 2);
	} else {
		u[0] = (char)(0xe0 | (c >> 12));
		u[1] = (char)(0x80 | ((c >> 6) & 0x3f));
		u[2] = (char)(0x80 | (c & 0x3f));
		sbuf_add(b, u, 3);
	}
}

void xr_add_text(struct sbuf *b, const char *z)
{
	while (*z) {
		const char *q = strstr(z, "_x");
		unsigned c = 0;
		int i, ok = 1;

		if (!q) {
			sbuf_adds(b, z);
			return;
		}
		sbuf_add(b, z, (size_t)(q - z));
		for (i = 2; i < 6 && ok; i++) {
			int h = hexval(q[i]);
			ok = h >= 0;
			c = c * 16 + (unsigned)(ok ? h : 0);
		}
		if (ok && q[6] == '_' && c != 0 && (c < 0xd800 || c > 0xdfff)) {
			add_utf8(b, c);
			z = q + 7;
		} else {
			sbuf_add(b, q, 2);
			z = q + 2;
		}
	}
}

/* ---- paths and relationships ------------------------------------------ */

/* The part a relationship target points to, from the directory of the
 * part holding the rels (base_dir "xl/"), into out. */
static int path_resolve(const char *base_dir, const char *target, char *out,
			size_t cap)
{
	char tmp[PATH_MAX_LEN * 2];
	size_t n = 0, i = 0;

	if (snprintf(tmp, sizeof tmp, "%s%s", target[0] == '/' ? "" : base_dir,
		     target[0] == '/' ? target + 1 : target) >= (int)sizeof tmp)
		return -1;
	while (tmp[i]) {
		const char *seg = tmp + i;
		size_t len = strcspn(seg, "/");

		i += len + (seg[len] == '/');
		if (len == 0 || (len == 1 && seg[0] == '.'))
			continue;
		if (len == 2 && seg[0] == '.' && seg[1] == '.') {
			while (n > 0 && out[n - 1] != '/')
				n--;
			if (n > 0)
				n--;
			while (n > 0 && out[n - 1] != '/')
				n--;
			continue;
		}
		if (n + len + 2 > cap)
			return -1;
		memcpy(out + n, seg, len);
		n += len;
		if (seg[len] == '/')
			out[n++] = '/';
	}
	out[n] = 0;
	return n ? 0 : -1;
}

struct rel {
	char *id, *type, *target; /* target resolved */
};
struct rels {
	int n, cap;
	struct rel *a;
};

static void rels_free(struct rels *r)
{
	int i;

	for (i = 0; i < r->n; i++) {
		free(r->a[i].id);
		free(r->a[i].type);
		free(r->a[i].target);
	}
	free(r->a);
	memset(r, 0, sizeof *r);
}

static int rels_add(struct xr *x, struct rels *rs, const char *part,
		    const char *id, const char *type, const char *target,
		    const char *dir)
{
	char path[PATH_MAX_LEN];
	struct rel *r;

	if (path_resolve(dir, target, path, sizeof path))
		return sk_errf(x->e, SK_EINVAL, "%s: bad target '%.100s'", part,
			       target);
	if (rs->n == rs->cap) {
		int cap = rs->cap ? rs->cap * 2 : 16;
		struct rel *a;
		if (rs->n >= RELS_MAX)
			return sk_errf(x->e, SK_ELIMIT, "%s: too many relationships",
				       part);
		a = realloc(rs->a, (size_t)cap * sizeof *a);
		if (!a)
			return sk_errf(x->e, SK_ENOMEM, "out of memory");
		rs->a = a;
		rs->cap = cap;
	}
	r = &rs->a[rs->n];
	r->id = strdup(id);
	r->type = strdup(type);
	r->target = strdup(path);
	rs->n++;
	if (!r->id || !r->type || !r->target)
		return sk_errf(x->e, SK_ENOMEM, "out of memory");
	return 0;
}

/* Reads the rels part of a part in directory dir ("xl/"). An absent rels
 * part is no relationships. */
static int rels_read(struct xr *x, const char *part, const char *dir,
		     struct rels *rs)
{
	char id[256], type[512], target[PATH_MAX_LEN], mode[32];
	struct xpart p;
	int rc, end, empty;

	if ((rc = xr_part_open(x, part, 0, &p)))
		return rc > 0 ? 0 : rc;
	while ((rc = xr_part_next(&p)) == 1) {
		const char *el = xr_elem(p.r, &end, &empty);

		if (!el || end || strcmp(el, "Relationship"))
			continue;
		if (xr_attr(p.r, "TargetMode", mode, sizeof mode) &&
		    strcmp(mode, "External") == 0)
			continue;
		if (!xr_attr(p.r, "Id", id, sizeof id) ||
		    !xr_attr(p.r, "Type", type, sizeof type) ||
		    !xr_attr(p.r, "Target", target, sizeof target)) {
			rc = sk_errf(x->e, SK_EINVAL, "%s: a Relationship without "
				     "Id, Type or Target", part);
			break;
		}
		if ((rc = rels_add(x, rs, part, id, type, target, dir)))
			break;
	}
	xr_part_close(&p);
	return rc < 0 ? rc : 0;
}

static const struct rel *rels_find_type(const struct rels *rs,
					const char *suffix)
{
	size_t k = strlen(suffix);
	int i;

	for (i = 0; i < rs->n; i++) {
		size_t n = strlen(rs->a[i].type);
		if (n >= k && strcmp(rs->a[i].type + n - k, suffix) == 0)
			return &rs->a[i];
	}
	return NULL;
}

static const struct rel *rels_find_id(const struct rels *rs, const char *id)
{
	int i;

	for (i = 0; i < rs->n; i++)
		if (strcmp(rs->a[i].id, id) == 0)
			return &rs->a[i];
	return NULL;
}

/* ---- workbook ----------------------------------------------------------- */

struct sheet_ref {
	char *rid; /* malloc'ed */
};

static int book_add_sheet(struct xr *x, struct xpart *p, struct sheet_ref **refs,
			  int *cap)
{
	struct xlsx_book *b = x->b;
	char name[256], rid[256], state[32];
	struct xlsx_sheet *s;

	if (!xr_attr(p->r, "name", name, sizeof name) || !name[0] ||
	    !xr_attr(p->r, "id", rid, sizeof rid))
		return sk_errf(x->e, SK_EINVAL, "%s: a sheet without name or r:id",
			       p->name);
	if (b->nsheet >= x->lim->max_sheets)
		return sk_errf(x->e, SK_ELIMIT, "%s: more than %d sheets",
			       p->name, x->lim->max_sheets);
	if (b->nsheet == *cap) {
		int ncap = *cap ? *cap * 2 : 8;
		struct xlsx_sheet *a = arena_array(&b->arena, (size_t)ncap, sizeof *a);
		struct sheet_ref *r = realloc(*refs, (size_t)ncap * sizeof *r);
		if (!a || !r) {
			if (r)
				*refs = r;
			return sk_errf(x->e, SK_ENOMEM, "out of memory");
		}
		if (b->nsheet)
			memcpy(a, b->sheet, (size_t)b->nsheet * sizeof *a);
		b->sheet = a;
		*refs = r;
		*cap = ncap;
	}
	s = &b->sheet[b->nsheet];
	memset(s, 0, sizeof *s);
	s->name = arena_strdup(&b->arena, name);
	s->hidden = xr_attr(p->r, "state", state, sizeof state) &&
		    strcmp(state, "visible") != 0;
	(*refs)[b->nsheet].rid = strdup(rid);
	b->nsheet++;
	if (!s->name || !(*refs)[b->nsheet - 1].rid)
		return sk_errf(x->e, SK_ENOMEM, "out of memory");
	return 0;
}

static int book_read(struct xr *x, const char *part, struct sheet_ref **refs)
{
	char v[16];
	struct xpart p;
	int rc, end, empty, cap = 0;

	if ((rc = xr_part_open(x, part, 1, &p)))
		return rc;
	while ((rc = xr_part_next(&p)) == 1) {
		const char *el = xr_elem(p.r, &end, &empty);

		if (!el || end)
			continue;
		if (strcmp(el, "workbookPr") == 0 &&
		    xr_attr(p.r, "date1904", v, sizeof v))
			x->b->date1904 = strcmp(v, "1") == 0 || strcmp(v, "true") == 0;
		else if (strcmp(el, "sheet") == 0 &&
			 (rc = book_add_sheet(x, &p, refs, &cap)))
			break;
	}
	xr_part_close(&p);
	if (rc < 0)
		return rc;
	if (x->b->nsheet == 0)
		return sk_errf(x->e, SK_EINVAL, "%s: the workbook has no sheet", part);
	return 0;
}

/* ---- styles -------------------------------------------------------------- */

static int builtin_kind(long id)
{
	if ((id >= 14 && id <= 22) || (id >= 27 && id <= 36) ||
	    (id >= 45 && id <= 47) || (id >= 50 && id <= 58))
		return XR_FMT_DATE;
	return id == 9 || id == 10 ? XR_FMT_PERCENT : XR_FMT_NUMBER;
}

struct numfmt {
	long id;
	int kind;
};

static int styles_xf(struct xr *x, struct xpart *p, const struct numfmt *f,
		     int nf)
{
	char v[32];
	long id = 0;
	int i, kind;

	if (x->nxf >= XF_MAX)
		return sk_errf(x->e, SK_ELIMIT, "%s: more than %d cell formats",
			       p->name, XF_MAX);
	if (xr_attr(p->r, "numFmtId", v, sizeof v))
		id = strtol(v, NULL, 10);
	kind = builtin_kind(id);
	for (i = 0; i < nf; i++)
		if (f[i].id == id)
			kind = f[i].kind;
	x->xf_kind[x->nxf++] = (unsigned char)kind;
	return 0;
}

/* cellXfs: which style indexes show a date or a percentage. An absent
 * styles part means neither. */
static int styles_read(struct xr *x, const char *part)
{
	char id[32], code[512];
	struct numfmt fmts[256];
	struct xpart p;
	int rc, end, empty, nf = 0, in_xfs = 0;

	if (!part || (rc = xr_part_open(x, part, 0, &p)) > 0)
		return 0;
	if (rc < 0)
		return rc;
	x->xf_kind = arena_alloc(&x->b->arena, XF_MAX);
	if (!x->xf_kind) {
		xr_part_close(&p);
		return sk_errf(x->e, SK_ENOMEM, "out of memory");
	}
	while ((rc = xr_part_next(&p)) == 1) {
		const char *el = xr_elem(p.r, &end, &empty);

		if (!el)
			continue;
		if (strcmp(el, "cellXfs") == 0) {
			in_xfs = !end && !empty;
		} else if (!end && strcmp(el, "numFmt") == 0 && nf < 256 &&
			   xr_attr(p.r, "numFmtId", id, sizeof id)) {
			fmts[nf].id = strtol(id, NULL, 10);
			fmts[nf].kind = xr_attr(p.r, "formatCode", code, sizeof code) ?
					xr_format_kind(code) : XR_FMT_NUMBER;
			nf++;
		} else if (!end && in_xfs && strcmp(el, "xf") == 0 &&
			   (rc = styles_xf(x, &p, fmts, nf))) {
			break;
		}
	}
	xr_part_close(&p);
	return rc < 0 ? rc : 0;
}

/* ---- shared strings ------------------------------------------------------ */

static int sst_push(struct xr *x, struct xpart *p, struct sbuf *t)
{
	const char *z;

	if (t->err == SK_ELIMIT)
		return sk_errf(x->e, SK_ELIMIT, "%s: string %zu longer than %zu "
			       "bytes", p->name, x->nsst, x->lim->max_text);
	if (t->err)
		return sk_errf(x->e, SK_ENOMEM, "out of memory");
	if (x->nsst >= x->lim->max_strings)
		return sk_errf(x->e, SK_ELIMIT, "%s: more than %zu shared strings",
			       p->name, x->lim->max_strings);
	if (x->nsst == x->capsst) {
		size_t cap = x->capsst ? x->capsst * 2 : 256;
		const char **a = realloc(x->sst, cap * sizeof *a);
		if (!a)
			return sk_errf(x->e, SK_ENOMEM, "out of memory");
		x->sst = a;
		x->capsst = cap;
	}
	z = arena_strndup(&x->b->arena, t->z, t->n);
	if (!z)
		return sk_errf(x->e, x->b->arena.err ? x->b->arena.err : SK_ENOMEM,
			       "%s: out of memory", p->name);
	x->sst[x->nsst++] = z;
	return 0;
}

static int sst_read(struct xr *x, const char *part)
{
	struct sbuf t = SBUF_INIT(x->lim->max_text);
	struct xpart p;
	int rc, end, empty, in_si = 0, in_t = 0, in_rph = 0;

	if (!part || (rc = xr_part_open(x, part, 0, &p)) > 0)
		return 0;
	if (rc < 0)
		return rc;
	while ((rc = xr_part_next(&p)) == 1) {
		const char *el = xr_elem(p.r, &end, &empty);

		if (!el) {
			if (in_t && !in_rph && xr_is_text(p.r))
				xr_add_text(&t, (const char *)xmlTextReaderConstValue(p.r));
			continue;
		}
		if (strcmp(el, "si") == 0) {
			if (!end)
				sbuf_reset(&t);
			if ((end || empty) && (rc = sst_push(x, &p, &t)))
				break;
			in_si = !end && !empty;
		} else if (strcmp(el, "t") == 0 && in_si) {
			in_t = !end && !empty;
		} else if (strcmp(el, "rPh") == 0) {
			in_rph = !end && !empty;
		}
	}
	xr_part_close(&p);
	sbuf_release(&t);
	return rc < 0 ? rc : 0;
}

/* ---- the workbook --------------------------------------------------------- */

static int zip_check(struct xr *x)
{
	zip_int64_t n = zip_get_num_entries(x->zip, 0), i;
	zip_uint64_t total = 0;
	zip_stat_t st;

	if (n > x->lim->max_entries)
		return sk_errf(x->e, SK_ELIMIT, "the zip has %lld entries, more "
			       "than %d", (long long)n, x->lim->max_entries);
	for (i = 0; i < n; i++) {
		zip_stat_init(&st);
		if (zip_stat_index(x->zip, (zip_uint64_t)i, 0, &st))
			return sk_errf(x->e, SK_EINVAL, "zip entry %lld unreadable",
				       (long long)i);
		if (!(st.valid & ZIP_STAT_SIZE) || !(st.valid & ZIP_STAT_NAME))
			continue;
		if (st.size > x->lim->max_entry)
			return sk_errf(x->e, SK_ELIMIT, "%s: uncompressed size %llu "
				       "bytes over the limit of %zu (a zip bomb?)",
				       st.name, (unsigned long long)st.size,
				       x->lim->max_entry);
		total += st.size;
		if (total > x->lim->max_total)
			return sk_errf(x->e, SK_ELIMIT, "uncompressed size over the "
				       "limit of %zu bytes (a zip bomb?)",
				       x->lim->max_total);
	}
	return 0;
}

static int zip_open_buf(struct xr *x, const void *buf, size_t n)
{
	zip_error_t ze;
	zip_source_t *src;

	if (!xlsx_is_zip(buf, n))
		return sk_errf(x->e, SK_EINVAL, "not an XLSX workbook (not a zip "
			       "archive)");
	zip_error_init(&ze);
	src = zip_source_buffer_create(buf, n, 0, &ze);
	if (src)
		x->zip = zip_open_from_source(src, ZIP_RDONLY, &ze);
	if (!x->zip) {
		int rc = sk_errf(x->e, SK_EINVAL, "not an XLSX workbook: %s",
				 zip_error_strerror(&ze));
		if (src)
			zip_source_free(src);
		zip_error_fini(&ze);
		return rc;
	}
	zip_error_fini(&ze);
	return zip_check(x);
}

/* The workbook part, its rels, the sheets' parts, styles and strings. */
static int book_parts(struct xr *x, struct sheet_ref **refs, struct rels *wr)
{
	struct rels root = { 0, 0, NULL };
	const struct rel *r;
	char wb[PATH_MAX_LEN], dir[PATH_MAX_LEN], rels[PATH_MAX_LEN + 16];
	char *slash;
	int rc, i;

	if ((rc = rels_read(x, "_rels/.rels", "", &root)))
		goto end;
	r = rels_find_type(&root, "/officeDocument");
	snprintf(wb, sizeof wb, "%s", r ? r->target : "xl/workbook.xml");
	snprintf(dir, sizeof dir, "%s", wb);
	slash = strrchr(dir, '/');
	if (slash)
		slash[1] = 0;
	else
		dir[0] = 0;
	snprintf(rels, sizeof rels, "%s_rels/%s.rels", dir, wb + strlen(dir));
	if ((rc = book_read(x, wb, refs)) || (rc = rels_read(x, rels, dir, wr)))
		goto end;
	r = rels_find_type(wr, "/styles");
	if ((rc = styles_read(x, r ? r->target : NULL)))
		goto end;
	r = rels_find_type(wr, "/sharedStrings");
	if ((rc = sst_read(x, r ? r->target : NULL)))
		goto end;
	for (i = 0; i < x->b->nsheet; i++) {
		r = rels_find_id(wr, (*refs)[i].rid);
		if (!r) {
			rc = sk_errf(x->e, SK_EINVAL, "%s: sheet '%s' has no part",
				     wb, x->b->sheet[i].name);
			goto end;
		}
		/* chartsheets and dialogsheets hold no cells */
		if (strlen(r->type) >= 10 &&
		    strcmp(r->type + strlen(r->type) - 10, "/worksheet") == 0 &&
		    (rc = xr_sheet_read(x, r->target, &x->b->sheet[i])))
			goto end;
	}
end:
	rels_free(&root);
	return rc;
}

int xlsx_read(const void *buf, size_t n, const struct xlsx_limits *lim,
	      struct xlsx_book *b, struct sk_err *e)
{
	struct xlsx_limits def;
	struct sheet_ref *refs = NULL;
	struct rels wr = { 0, 0, NULL };
	struct xr x;
	int rc, i;

	memset(b, 0, sizeof *b);
	memset(&x, 0, sizeof x);
	if (!lim) {
		xlsx_limits_default(&def);
		lim = &def;
	}
	x.lim = lim;
	x.b = b;
	x.e = e;
	b->arena.limit = lim->max_total * 2 + ((size_t)64 << 20);
	xmlInitParser();
	if ((rc = zip_open_buf(&x, buf, n)) == 0)
		rc = book_parts(&x, &refs, &wr);
	if (x.zip)
		zip_discard(x.zip);
	for (i = 0; refs && i < b->nsheet; i++)
		free(refs[i].rid);
	free(refs);
	free(x.sst);
	rels_free(&wr);
	if (!rc && b->arena.err)
		rc = sk_errf(e, b->arena.err, "workbook too large for memory");
	if (rc)
		xlsx_free(b);
	return rc;
}

void xlsx_free(struct xlsx_book *b)
{
	arena_free(&b->arena);
	memset(b, 0, sizeof *b);
}

int xlsx_sheet_cells(struct xlsx_book *b, struct xlsx_sheet *s,
		     const struct xlsx_cell *a, size_t n)
{
	size_t i;

	if (n) {
		s->cell = arena_array(&b->arena, n, sizeof *s->cell);
		if (!s->cell)
			return SK_ENOMEM;
		memcpy(s->cell, a, n * sizeof *s->cell);
	}
	s->ncell = n;
	for (i = 0; i < n; i++) {
		if (a[i].row > s->nrow)
			s->nrow = a[i].row;
		if (a[i].col + 1 > s->ncol)
			s->ncol = a[i].col + 1;
	}
	return 0;
}

/* ---- lookups and places ------------------------------------------------- */

const struct xlsx_sheet *xlsx_sheet(const struct xlsx_book *b,
				    const char *name)
{
	int i;

	for (i = 0; i < b->nsheet; i++)
		if (strcmp(b->sheet[i].name, name) == 0)
			return &b->sheet[i];
	return NULL;
}

const struct xlsx_cell *xlsx_cell(const struct xlsx_sheet *s, int row, int col)
{
	size_t lo = 0, hi = s->ncell;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		const struct xlsx_cell *c = &s->cell[mid];

		if (c->row == row && c->col == col)
			return c;
		if (c->row < row || (c->row == row && c->col < col))
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

const char *xlsx_text(const struct xlsx_sheet *s, int row, int col)
{
	const struct xlsx_cell *c = xlsx_cell(s, row, col);

	return c ? c->text : "";
}

char *xlsx_ref(int row, int col, char *buf)
{
	char tmp[8];
	int n = 0, i = 0;

	col++;
	while (col > 0 && n < 7) {
		tmp[n++] = (char)('A' + (col - 1) % 26);
		col = (col - 1) / 26;
	}
	while (n > 0)
		buf[i++] = tmp[--n];
	snprintf(buf + i, XLSX_REFSZ - (size_t)i, "%d", row);
	return buf;
}

int xlsx_col_parse(const char *z, size_t n)
{
	long c = 0;
	size_t i;

	if (n == 0 || n > 3)
		return -1;
	for (i = 0; i < n; i++) {
		char ch = z[i];
		if (ch >= 'a' && ch <= 'z')
			ch = (char)(ch - 'a' + 'A');
		if (ch < 'A' || ch > 'Z')
			return -1;
		c = c * 26 + (ch - 'A' + 1);
	}
	return (int)(c - 1);
}

int xlsx_ref_parse(const char *z, int *row, int *col)
{
	size_t i = 0, k;
	long r = 0;

	while ((z[i] >= 'A' && z[i] <= 'Z') || (z[i] >= 'a' && z[i] <= 'z'))
		i++;
	if ((*col = xlsx_col_parse(z, i)) < 0)
		return -1;
	for (k = i; z[k] >= '0' && z[k] <= '9'; k++) {
		r = r * 10 + (z[k] - '0');
		if (r > 100000000)
			return -1;
	}
	if (k == i || z[k] || r < 1)
		return -1;
	*row = (int)r;
	return 0;
}

void xlsx_where(struct sbuf *b, const char *sheet, int row, int col)
{
	char ref[XLSX_REFSZ];
	const char *q;
	int plain = 1;

	for (q = sheet; *q; q++)
		if (!((*q >= 'A' && *q <= 'Z') || (*q >= 'a' && *q <= 'z') ||
		      (*q >= '0' && *q <= '9') || *q == '_' || *q == '.'))
			plain = 0;
	if (plain) {
		sbuf_adds(b, sheet);
	} else {
		sbuf_addc(b, '\'');
		for (q = sheet; *q; q++) {
			if (*q == '\'')
				sbuf_addc(b, '\'');
			sbuf_addc(b, *q);
		}
		sbuf_addc(b, '\'');
	}
	if (row > 0 && col >= 0)
		sbuf_addf(b, "!%s", xlsx_ref(row, col, ref));
	else if (row > 0)
		sbuf_addf(b, "!%d", row);
}
