/* upload: evidence files — what is allowed, where they are kept.
 *
 * A file is accepted only when its name ends in an allowed extension
 * AND its content is that type: PDF (%PDF-), PNG, JPEG by their magic
 * bytes; XLSX and DOCX as ZIP archives holding the part that makes
 * them a workbook or a document (only the central directory is read,
 * nothing is inflated). It is stored under data_dir/bukti/ with a random
 * name, outside anything the server serves as a path, and is served back
 * only through /bukti/<entri id> as an attachment. */
#include "page.h"

#include <errno.h>
#include <fcntl.h>
#include <sodium.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zip.h>

static const struct {
	const char *type, *mime;
} aType[] = {
	{ "pdf", "application/pdf" },
	{ "jpg", "image/jpeg" },
	{ "png", "image/png" },
	{ "xlsx", "application/vnd.openxmlformats-officedocument."
		  "spreadsheetml.sheet" },
	{ "docx", "application/vnd.openxmlformats-officedocument."
		  "wordprocessingml.document" },
};

const char *upload_mime(const char *type)
{
	size_t i;

	for (i = 0; type && i < sizeof aType / sizeof aType[0]; i++)
		if (strcmp(type, aType[i].type) == 0)
			return aType[i].mime;
	return "application/octet-stream";
}

/* The extension of name, lowercased, "jpeg" read as "jpg". */
static void ext_of(const char *name, char out[8])
{
	const char *dot = name ? strrchr(name, '.') : NULL;
	size_t i;

	out[0] = 0;
	if (!dot || strlen(dot + 1) >= 8)
		return;
	for (i = 0; dot[1 + i]; i++)
		out[i] = (char)(dot[1 + i] >= 'A' && dot[1 + i] <= 'Z' ?
				dot[1 + i] + 32 : dot[1 + i]);
	out[i] = 0;
	if (strcmp(out, "jpeg") == 0)
		strcpy(out, "jpg");
}

/* 1 when the ZIP archive in p holds an entry named part. */
static int zip_has(const void *p, size_t n, const char *part)
{
	zip_error_t ze;
	zip_source_t *src;
	zip_t *za;
	int found;

	zip_error_init(&ze);
	src = zip_source_buffer_create(p, n, 0, &ze);
	if (!src) {
		zip_error_fini(&ze);
		return 0;
	}
	za = zip_open_from_source(src, ZIP_RDONLY, &ze);
	if (!za) {
		zip_source_free(src);
		zip_error_fini(&ze);
		return 0;
	}
	found = zip_name_locate(za, part, 0) >= 0 &&
		zip_name_locate(za, "[Content_Types].xml", 0) >= 0;
	zip_discard(za);
	zip_error_fini(&ze);
	return found;
}

const char *upload_type(const char *name, const void *p, size_t n)
{
	const unsigned char *b = p;
	char ext[8];

	ext_of(name, ext);
	if (strcmp(ext, "pdf") == 0 && n >= 5 && memcmp(b, "%PDF-", 5) == 0)
		return "pdf";
	if (strcmp(ext, "png") == 0 && n >= 8 &&
	    memcmp(b, "\x89PNG\r\n\x1a\n", 8) == 0)
		return "png";
	if (strcmp(ext, "jpg") == 0 && n >= 3 && b[0] == 0xFF &&
	    b[1] == 0xD8 && b[2] == 0xFF)
		return "jpg";
	if ((strcmp(ext, "xlsx") == 0 || strcmp(ext, "docx") == 0) && n >= 4 &&
	    memcmp(b, "PK\x03\x04", 4) == 0 &&
	    zip_has(p, n, ext[0] == 'x' ? "xl/workbook.xml" :
		    "word/document.xml"))
		return ext[0] == 'x' ? "xlsx" : "docx";
	return NULL;
}

static int write_all(int fd, const char *p, size_t n)
{
	while (n > 0) {
		ssize_t w = write(fd, p, n);

		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			return -1;
		p += w;
		n -= (size_t)w;
	}
	return 0;
}

int upload_store(struct req *r, const char *type, char **rel,
		 struct sk_err *e)
{
	unsigned char raw[16];
	char hex[33], path[4200], dir[4096];
	int fd;

	snprintf(dir, sizeof dir, "%s/bukti", r->app->cfg.data_dir);
	mkdir(r->app->cfg.data_dir, 0700);
	if (mkdir(dir, 0700) && errno != EEXIST)
		return sk_errf(e, SK_EIO, "%s: %s", dir, strerror(errno));
	randombytes_buf(raw, sizeof raw);
	sodium_bin2hex(hex, sizeof hex, raw, sizeof raw);
	snprintf(path, sizeof path, "%s/%s.%s", dir, hex, type);
	fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
	if (fd < 0)
		return sk_errf(e, SK_EIO, "%s: %s", path, strerror(errno));
	if (write_all(fd, r->file.data.z, r->file.data.n) || fsync(fd)) {
		close(fd);
		unlink(path);
		return sk_errf(e, SK_EIO, "%s: %s", path, strerror(errno));
	}
	close(fd);
	snprintf(path, sizeof path, "bukti/%s.%s", hex, type);
	*rel = req_strdup(r, path);
	return 0;
}

int upload_rel_valid(const char *rel)
{
	size_t i;

	if (!rel || strncmp(rel, "bukti/", 6) != 0 || strlen(rel) < 6 + 32 + 2)
		return 0;
	for (i = 6; i < 6 + 32; i++)
		if (!((rel[i] >= '0' && rel[i] <= '9') ||
		      (rel[i] >= 'a' && rel[i] <= 'f')))
			return 0;
	return rel[38] == '.' && strchr(rel + 39, '/') == NULL &&
		strcmp(upload_mime(rel + 39), "application/octet-stream") != 0;
}

void upload_remove(struct req *r, const char *rel)
{
	char path[4096];

	if (!upload_rel_valid(rel))
		return;
	snprintf(path, sizeof path, "%s/%s", r->app->cfg.data_dir, rel);
	unlink(path);
}

int upload_open(struct req *r, const char *rel, int64_t *size)
{
	char path[4096];
	struct stat st;
	int fd;

	if (!upload_rel_valid(rel))
		return -1;
	snprintf(path, sizeof path, "%s/%s", r->app->cfg.data_dir, rel);
	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return -1;
	if (fstat(fd, &st) || !S_ISREG(st.st_mode)) {
		close(fd);
		return -1;
	}
	*size = (int64_t)st.st_size;
	return fd;
}

int upload_accept(struct req *r, struct resp *o, char **rel,
		  const char **type)
{
	struct sbuf msg = SBUF_INIT(512);
	struct sk_err e;

	*rel = NULL;
	*type = NULL;
	if (!r->file.field || !r->file.filename || !r->file.filename[0])
		return 0;
	if (r->file.too_big) {
		html_printf(&msg, "Berkas bukti melebihi batas %D KB. Tidak ada "
			    "yang disimpan.", (int64_t)(r->app->cfg.max_upload /
							1024));
		resp_error(r, o, 413, msg.z);
		sbuf_release(&msg);
		return 1;
	}
	if (!(*type = upload_type(r->file.filename, r->file.data.z,
				  r->file.data.n)))
		return resp_error(r, o, 415, "Jenis berkas tidak diizinkan: "
				  "hanya PDF, JPG, PNG, XLSX atau DOCX, "
				  "diperiksa dari isinya. Tidak ada yang "
				  "disimpan."), 1;
	if (upload_store(r, *type, rel, &e))
		return resp_error(r, o, 500, "Berkas bukti tidak dapat "
				  "disimpan."), 1;
	return 0;
}
