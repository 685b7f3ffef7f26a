#include "xlsx_out.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int xlsx_out_open(struct xlsx_out *o, const char *path, const char *title,
		  struct sk_err *e)
{
	lxw_doc_properties props;
	const char *epoch = getenv("SOURCE_DATE_EPOCH");
	int fd, n;

	memset(o, 0, sizeof *o);
	o->path = path;
	if (strcmp(path, "-") == 0) {
		const char *dir = getenv("TMPDIR");
		n = snprintf(o->tmp, sizeof o->tmp, "%s/sakip-xlsx.XXXXXX",
			     dir && dir[0] ? dir : "/tmp");
	} else {
		n = snprintf(o->tmp, sizeof o->tmp, "%s.XXXXXX", path);
	}
	if (n >= (int)sizeof o->tmp)
		return sk_errf(e, SK_EIO, "%s: path too long", path);
	fd = mkstemp(o->tmp);
	if (fd < 0)
		return sk_errf(e, SK_EIO, "%s: %s", o->tmp, strerror(errno));
	{
		mode_t um = umask(0);
		umask(um);
		if (fchmod(fd, 0666 & ~um)) {
			/* keep the private mode */
		}
	}
	close(fd);
	o->wb = workbook_new(o->tmp);
	if (!o->wb) {
		unlink(o->tmp);
		return sk_errf(e, SK_EIO, "%s: cannot create the workbook", path);
	}
	memset(&props, 0, sizeof props);
	props.title = (char *)title;
	props.created = epoch && epoch[0] ? (time_t)strtoll(epoch, NULL, 10) : 0;
	workbook_set_properties(o->wb, &props);
	return 0;
}

static int copy_stdout(const char *tmp, struct sk_err *e)
{
	FILE *f = fopen(tmp, "rb");
	char buf[65536];
	size_t n;
	int rc = 0;

	if (!f)
		return sk_errf(e, SK_EIO, "%s: %s", tmp, strerror(errno));
	while ((n = fread(buf, 1, sizeof buf, f)) > 0)
		if (fwrite(buf, 1, n, stdout) != n) {
			rc = sk_errf(e, SK_EIO, "standard output: write error");
			break;
		}
	if (!rc && (ferror(f) || fflush(stdout)))
		rc = sk_errf(e, SK_EIO, "standard output: write error");
	fclose(f);
	return rc;
}

int xlsx_out_close(struct xlsx_out *o, struct sk_err *e)
{
	lxw_error err = workbook_close(o->wb);
	int rc = 0;

	o->wb = NULL;
	if (err != LXW_NO_ERROR)
		rc = sk_errf(e, SK_EIO, "%s: %s", o->path, lxw_strerror(err));
	else if (strcmp(o->path, "-") == 0)
		rc = copy_stdout(o->tmp, e);
	else if (rename(o->tmp, o->path))
		rc = sk_errf(e, SK_EIO, "%s: %s", o->path, strerror(errno));
	else
		return 0;
	unlink(o->tmp);
	return rc;
}

void xlsx_out_abort(struct xlsx_out *o)
{
	if (o->wb) {
		workbook_close(o->wb);
		o->wb = NULL;
	}
	unlink(o->tmp);
}

static int is_hex(char c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') ||
	       (c >= 'A' && c <= 'F');
}

/* Whether q (at "_x") starts "_xHHHH_". */
static int is_xescape(const char *q)
{
	return is_hex(q[2]) && is_hex(q[3]) && is_hex(q[4]) && is_hex(q[5]) &&
	       q[6] == '_';
}

const char *xlsx_out_text(const char *z, struct sbuf *tmp)
{
	const char *p = z, *q;

	/* Sequences may share their "_" ("_x0041_x0042_"): each "_x" is
	 * looked at, not only those after the previous sequence. */
	while ((q = strstr(p, "_x")) && !is_xescape(q))
		p = q + 2;
	if (!q)
		return z;
	sbuf_reset(tmp);
	p = z;
	for (; q; q = strstr(q + 2, "_x")) {
		if (!is_xescape(q))
			continue;
		sbuf_add(tmp, p, (size_t)(q - p));
		sbuf_adds(tmp, "_x005F");
		p = q;
	}
	sbuf_adds(tmp, p);
	return tmp->err ? NULL : tmp->z;
}

lxw_error xlsx_out_write_text(lxw_worksheet *ws, lxw_row_t row, lxw_col_t col,
			  const char *z, lxw_format *f)
{
	struct sbuf tmp = SBUF_INIT(0);
	const char *t = z ? xlsx_out_text(z, &tmp) : NULL;
	lxw_error err;

	if (z && !t)
		err = LXW_ERROR_MEMORY_MALLOC_FAILED;
	else
		err = worksheet_write_string(ws, row, col, t, f);
	sbuf_release(&tmp);
	return err;
}
