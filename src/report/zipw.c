/* zipw: DOCX packages and embedded workbooks are built in memory. */
#include "render.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <zip.h>

#define ZIPW_STORE_BELOW 4096

struct zipw {
	zip_source_t *src;
	zip_t *za;
	int err;
};

int zipw_open(struct zipw **out)
{
	struct zipw *z = calloc(1, sizeof *z);
	zip_error_t ze;

	*out = NULL;
	if (!z)
		return SK_ENOMEM;
	zip_error_init(&ze);
	z->src = zip_source_buffer_create(NULL, 0, 0, &ze);
	if (!z->src) {
		zip_error_fini(&ze);
		free(z);
		return SK_ENOMEM;
	}
	zip_source_keep(z->src);
	z->za = zip_open_from_source(z->src, ZIP_TRUNCATE, &ze);
	zip_error_fini(&ze);
	if (!z->za) {
		zip_source_free(z->src);
		free(z);
		return SK_EIO;
	}
	*out = z;
	return 0;
}

int zipw_add(struct zipw *z, const char *name, struct sbuf *b)
{
	zip_source_t *s;
	size_t n = b->n, len;
	zip_int64_t idx;
	char *data;

	if (z->err)
		return z->err;
	if (b->err) {
		sbuf_release(b);
		return z->err = b->err;
	}
	data = n ? sbuf_take(b) : NULL;
	s = zip_source_buffer(z->za, data, n, 1);
	if (!s) {
		free(data);
		return z->err = SK_ENOMEM;
	}
	idx = zip_file_add(z->za, name, s, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE);
	if (idx < 0) {
		zip_source_free(s);
		return z->err = SK_EIO;
	}
	/* Small parts and packages that are zips already are stored: each
	 * deflate stream costs a quarter megabyte of fresh memory. */
	len = strlen(name);
	if (n < ZIPW_STORE_BELOW ||
	    (len > 5 && strcmp(name + len - 5, ".xlsx") == 0))
		zip_set_file_compression(z->za, (zip_uint64_t)idx, ZIP_CM_STORE, 0);
	else /* libzip's default is level 9: several times slower, 10 % smaller */
		zip_set_file_compression(z->za, (zip_uint64_t)idx, ZIP_CM_DEFLATE, 1);
	return 0;
}

void zipw_discard(struct zipw *z)
{
	if (!z)
		return;
	if (z->za)
		zip_discard(z->za);
	zip_source_free(z->src);
	free(z);
}

static int read_all(zip_source_t *src, struct sbuf *out)
{
	zip_stat_t st;
	char buf[65536];
	zip_int64_t n;
	int rc = 0;

	if (zip_source_stat(src, &st) < 0 || zip_source_open(src) < 0)
		return SK_EIO;
	while ((n = zip_source_read(src, buf, sizeof buf)) > 0)
		sbuf_add(out, buf, (size_t)n);
	if (n < 0)
		rc = SK_EIO;
	zip_source_close(src);
	return rc ? rc : out->err;
}

int zipw_close(struct zipw *z, long long mtime, struct sbuf *out)
{
	zip_int64_t i, n;
	int rc;

	if (z->err) {
		rc = z->err;
		zipw_discard(z);
		return rc;
	}
	n = zip_get_num_entries(z->za, 0);
	for (i = 0; i < n; i++)
		zip_file_set_mtime(z->za, (zip_uint64_t)i, (time_t)mtime, 0);
	if (zip_close(z->za) < 0) {
		zipw_discard(z); /* a failed zip_close leaves za to discard */
		return SK_EIO;
	}
	z->za = NULL;
	rc = read_all(z->src, out);
	zip_source_free(z->src);
	free(z);
	return rc;
}

long long render_time(const char *ymd)
{
	int y, m, d;
	long long days;

	if (!ymd || sscanf(ymd, "%4d-%2d-%2d", &y, &m, &d) != 3 || y < 1980 ||
	    y > 2099 || m < 1 || m > 12 || d < 1 || d > 31)
		return 315532800LL;
	/* days from civil (proleptic Gregorian), 1970-01-01 = 0 */
	y -= m <= 2;
	{
		long long era = y / 400, yoe = y - era * 400;
		long long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
		long long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;

		days = era * 146097 + doe - 719468;
	}
	return days * 86400LL + 12 * 3600LL; /* noon: same date in any zone */
}
