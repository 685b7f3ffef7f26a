#include "file.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

int file_read(const char *path, size_t limit, struct sbuf *out,
	      struct sk_err *e)
{
	FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
	char buf[65536];
	size_t n;
	int rc = 0;

	if (!f)
		return sk_errf(e, SK_EIO, "%s: %s", path, strerror(errno));
	sbuf_init(out, limit + 1);
	while ((n = fread(buf, 1, sizeof buf, f)) > 0) {
		sbuf_add(out, buf, n);
		if (out->err || out->n > limit) {
			rc = sk_errf(e, SK_ELIMIT, "%s: larger than %zu bytes",
				     path, limit);
			break;
		}
	}
	if (!rc && ferror(f))
		rc = sk_errf(e, SK_EIO, "%s: read error", path);
	if (f != stdin)
		fclose(f);
	if (rc)
		sbuf_release(out);
	return rc;
}

int file_write(const char *path, const void *p, size_t n, struct sk_err *e)
{
	char tmp[4096];
	FILE *f;

	if (strcmp(path, "-") == 0) {
		if (fwrite(p, 1, n, stdout) != n || fflush(stdout))
			return sk_errf(e, SK_EIO, "standard output: write error");
		return 0;
	}
	if (snprintf(tmp, sizeof tmp, "%s.tmp%ld", path, (long)getpid()) >=
	    (int)sizeof tmp)
		return sk_errf(e, SK_EIO, "%s: path too long", path);
	f = fopen(tmp, "wb");
	if (!f)
		return sk_errf(e, SK_EIO, "%s: %s", tmp, strerror(errno));
	if (fwrite(p, 1, n, f) != n || fflush(f) || fsync(fileno(f))) {
		fclose(f);
		unlink(tmp);
		return sk_errf(e, SK_EIO, "%s: write error", tmp);
	}
	fclose(f);
	if (rename(tmp, path)) {
		unlink(tmp);
		return sk_errf(e, SK_EIO, "%s: %s", path, strerror(errno));
	}
	return 0;
}

int file_write_sbuf(const char *path, const struct sbuf *b, const char *what,
		    struct sk_err *e)
{
	if (b->err)
		return sk_errf(e, b->err, "%s too large", what);
	return file_write(path, b->z, b->n, e);
}
