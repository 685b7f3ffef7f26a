/* file: whole-file reading with a size limit, and atomic writing. */
#ifndef SAKIP_IO_FILE_H
#define SAKIP_IO_FILE_H

#include "../util/err.h"
#include "../util/sbuf.h"

#include <stddef.h>

/* Reads path ("-": standard input) into out, refusing more than limit
 * bytes. Returns 0, SK_EIO, SK_ELIMIT. */
int file_read(const char *path, size_t limit, struct sbuf *out,
	      struct sk_err *e);
/* Writes n bytes to path through a temporary file and rename, so that a
 * reader never sees half a file ("-": standard output). */
int file_write(const char *path, const void *p, size_t n, struct sk_err *e);
/* file_write of what b holds; when b failed (b->err), nothing is
 * written and that code is returned with "WHAT too large". */
int file_write_sbuf(const char *path, const struct sbuf *b, const char *what,
		    struct sk_err *e);

#endif
