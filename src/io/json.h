/* json: the `sakip/1` interchange (data-format.md), read and written.
 *
 * json_read_pkg() validates the whole document before it returns a
 * package: unknown keys, wrong types, money with a fraction … are
 * reported with their JSON path ("instansi[0].tujuan[1].sasaran[0]
 * .indikator[2].target.2024") or, for malformed JSON, with line:column.
 * Every problem found is listed in errs (up to a limit), not just the
 * first. json_write_pkg() writes the canonical form: fixed key order,
 * values as stored, so import → export → import → export is
 * byte-identical. */
#ifndef SAKIP_JSON_H
#define SAKIP_JSON_H

#include "../core/model.h"
#include "../util/err.h"
#include "../util/sbuf.h"

#include <stddef.h>

#define JSON_MAX_BYTES ((size_t)256 << 20) /* larger input is refused */
#define JSON_MAX_DEPTH 64

/* Reads the package in buf[0..n). On success returns 0 and fills p (call
 * pkg_free). On failure returns SK_EINVAL (data) or SK_ELIMIT/SK_ENOMEM,
 * p is freed, and errs holds one problem per line, each starting with its
 * path ("name: path: message") where name is what the caller calls the
 * input (a file name). */
int json_read_pkg(const char *name, const char *buf, size_t n, struct pkg *p,
		  struct sbuf *errs);

/* Appends the canonical JSON of p to out, only agency kode when kode is
 * not NULL. Returns 0, or SK_ENOTFOUND when that agency is not in p. */
int json_write_pkg(const struct pkg *p, const char *kode, struct sbuf *out);

#endif
