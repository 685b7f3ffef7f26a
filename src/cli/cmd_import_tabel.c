/* `sakip import` of spreadsheets: XLSX (sakip templates, sheets with
 * recognised headers, or any table through --mapping) and CSV. cmd_import
 * hands over when the file is not JSON; the format is found from the
 * content: a zip is XLSX, '{' is JSON, first lines with ';', ',' or a
 * tab is CSV. */
#include "cmd_import.h"
#include "../io/csv_read.h"
#include "../io/file.h"
#include "../io/tabular.h"
#include "../io/tabular_map.h"
#include "../io/xlsx_read.h"
#include "../io/xlsx_template.h"
#include "../store/store.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

struct imp {
	struct import_opsi o;   /* instansi and pemda completed by plan() */
	struct xlsx_book book;
	const struct xlsx_sheet *sheet;
	struct tab_opsi opsi;
	struct tab_map *map;
	struct sbuf errs;
};

static int has_ext(const char *path, const char *ext)
{
	size_t n = strlen(path), k = strlen(ext);

	return n > k && strcasecmp(path + n - k, ext) == 0;
}

enum import_fmt import_format(const char *path)
{
	char buf[4096];
	size_t n, i = 0;
	FILE *f;

	if (strcmp(path, "-") == 0 || !(f = fopen(path, "rb")))
		return IMPORT_JSON;    /* the JSON reader reports what is wrong */
	n = fread(buf, 1, sizeof buf, f);
	fclose(f);
	if (xlsx_is_zip(buf, n) || has_ext(path, ".xlsx") || has_ext(path, ".xlsm"))
		return IMPORT_XLSX;
	if (n >= 3 && memcmp(buf, "\xef\xbb\xbf", 3) == 0)
		i = 3;
	while (i < n && (buf[i] == ' ' || buf[i] == '\t' || buf[i] == '\r' ||
			 buf[i] == '\n'))
		i++;
	if (i < n && (buf[i] == '{' || buf[i] == '['))
		return IMPORT_JSON;
	if (has_ext(path, ".csv"))
		return IMPORT_CSV;
	return csv_delimiter(buf + i, n - i) ? IMPORT_CSV : IMPORT_JSON;
}

static const char *base_name(const char *path)
{
	const char *s = strrchr(path, '/');

	return s ? s + 1 : path;
}

static int read_book(struct imp *m, struct sk_err *e)
{
	struct sbuf buf;
	int rc;

	if ((rc = file_read(m->o.path, XLSX_MAX_FILE, &buf, e)))
		return rc;
	if (m->o.fmt == IMPORT_XLSX)
		rc = xlsx_read(buf.z, buf.n, NULL, &m->book, e);
	else
		rc = csv_read(base_name(m->o.path), buf.z, buf.n, NULL, &m->book, e);
	sbuf_release(&buf);
	if (rc)
		sk_err_prefix(e, "%s", m->o.path);
	if (rc == SK_ELIMIT)    /* a file over a limit is a bad file: exit 1 */
		rc = e->code = SK_EINVAL;
	return rc;
}

/* Which sheet, from where, for which agency and year. */
static int plan(struct imp *m, struct sk_err *e)
{
	struct template_meta tm;
	int i, rc;

	m->opsi.instansi = m->o.instansi;
	m->opsi.tahun = m->o.tahun;
	m->opsi.sebagian = m->o.sebagian;
	if (m->map)
		return tab_map_plan(m->map, &m->book, &m->sheet, &m->opsi, e);
	if ((rc = template_meta_read(&m->book, &tm, e)) < 0) {
		sk_err_prefix(e, "%s", m->o.path);
		return rc;
	}
	if (rc == 1) {
		if (m->o.instansi && strcmp(m->o.instansi, tm.instansi))
			return sk_errf(e, SK_EINVAL, "%s: a template of instansi "
				       "'%s', not '%s'", m->o.path, tm.instansi,
				       m->o.instansi);
		m->sheet = xlsx_sheet(&m->book, tm.lembar);
		m->o.instansi = arena_strdup(&m->book.arena, tm.instansi);
		m->opsi.instansi = m->o.instansi;
		if (tm.pemda[0] && !m->o.pemda)
			m->o.pemda = arena_strdup(&m->book.arena, tm.pemda);
		m->opsi.tahun = tm.tahun;
		m->opsi.header_row = tm.header_row;
		m->opsi.kinds = tm.jenis == TEMPLATE_REALISASI ?
			(1u << TAB_REALISASI) | (1u << TAB_TRIWULAN) :
			(1u << TAB_TARGET) | (1u << TAB_TARGET_AKHIR);
		return 0;
	}
	for (i = 0; i < m->book.nsheet && !m->sheet; i++)
		if (!m->book.sheet[i].hidden &&
		    tab_find_header(&m->book.sheet[i], m->o.tahun))
			m->sheet = &m->book.sheet[i];
	if (!m->sheet)
		return sk_errf(e, SK_EINVAL, "%s: no sheet has a header row with "
			       "'Kode Indikator' and a value column (Target YYYY, "
			       "Realisasi YYYY, TW I YYYY) in its first ten rows; use "
			       "'sakip template' or --mapping", m->o.path);
	return 0;
}

static void print_errs(const struct imp *m, int nerr)
{
	const char *z = m->errs.z, *nl;

	for (; *z; z = nl + 1) {
		nl = strchr(z, '\n');
		if (!nl)
			break;
		fprintf(stderr, "%s: %.*s\n", m->o.path, (int)(nl - z), z);
	}
	if (nerr > TAB_ERR_MAX)
		fprintf(stderr, "%s: … and %d more problems\n", m->o.path,
			nerr - TAB_ERR_MAX);
}

/* Applies the table to p; prints problems. Returns 1 when something is
 * to be saved, 0 when not, negative on a failure. */
static int apply(struct imp *m, struct pkg *p, struct tab_hasil *h)
{
	int rc = m->map ? tab_map_apply(p, m->map, m->sheet, &m->opsi, h, &m->errs) :
		 tab_apply(p, m->sheet, &m->opsi, h, &m->errs);

	if (rc == SK_ENOMEM || m->errs.err)
		return SK_ENOMEM;
	print_errs(m, h->nerr);
	if (rc && !m->o.sebagian) {
		fprintf(stderr, "sakip import: %s: nothing was written (%d problem%s)\n",
			m->o.path, h->nerr, h->nerr == 1 ? "" : "s");
		return 0;
	}
	if (h->nbaris_ok == 0) {
		fprintf(stderr, "sakip import: %s: no valid row; nothing was written\n",
			m->o.path);
		return 0;
	}
	return 1;
}

static int load(struct imp *m, struct store *s, struct pkg *p, struct sk_err *e)
{
	int rc = store_load_pkg(s, m->o.pemda, m->opsi.instansi, p, e);

	if (rc == SK_ENOTFOUND && m->map) {
		pkg_free(p);
		pkg_init(p);
		rc = tab_map_new_instansi(m->map, s, m->o.pemda, m->opsi.instansi, p,
					  e);
	}
	return rc;
}

static int read_mapping(struct imp *m, struct sk_err *e)
{
	struct sbuf buf;
	int rc;

	if ((rc = file_read(m->o.mapping, TAB_MAP_MAX_BYTES, &buf, e)))
		return rc;
	rc = tab_map_read(m->o.mapping, buf.z, buf.n, &m->map, e);
	sbuf_release(&buf);
	return rc;
}

static void summary(const struct imp *m, const struct tab_hasil *h)
{
	printf("%s: %s %d row%s (%d value%s) of instansi %s%s\n", m->o.path,
	       m->o.dry ? "valid:" : "imported", h->nbaris_ok,
	       h->nbaris_ok == 1 ? "" : "s", h->nnilai, h->nnilai == 1 ? "" : "s",
	       m->opsi.instansi ? m->opsi.instansi : "(per row)",
	       m->o.dry ? " (nothing written)" : "");
	if (h->nbaris_salah)
		fprintf(stderr, "sakip import: %s: %d row%s with problems %s left "
			"out (listed above)\n", m->o.path, h->nbaris_salah,
			h->nbaris_salah == 1 ? "" : "s",
			h->nbaris_salah == 1 ? "was" : "were");
}

static int run(struct imp *m, const char *db)
{
	struct sk_err e = { 0, "" };
	struct store *s = NULL;
	struct tab_hasil h;
	struct pkg p;
	int rc = 0, go = 0;

	memset(&h, 0, sizeof h);
	pkg_init(&p);
	if ((m->o.mapping && (rc = read_mapping(m, &e))) ||
	    (rc = read_book(m, &e)) || (rc = plan(m, &e)) ||
	    (rc = store_open(db, &s, &e)) || (rc = load(m, s, &p, &e)))
		goto end;
	go = apply(m, &p, &h);
	if (go < 0)
		rc = sk_errf(&e, SK_ENOMEM, "%s: out of memory", m->o.path);
	else if (go && !m->o.dry)
		rc = import_save(s, &p, &e);
	if (!rc && go)
		summary(m, &h);
end:
	store_close(s);
	pkg_free(&p);
	xlsx_free(&m->book);
	tab_map_free(m->map);
	sbuf_release(&m->errs);
	if (rc)
		return cli_fail(&e);
	return h.nerr || !go ? EXIT_DATA : EXIT_OK;
}

int import_tabel(const char *db, const struct import_opsi *o)
{
	struct imp m;

	memset(&m, 0, sizeof m);
	sbuf_init(&m.errs, 0);
	m.o = *o;
	return run(&m, db);
}
