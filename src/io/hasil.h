/* hasil: the computed figures of a year (core/hitung.h) written out as
 * `sakip-expected/1` JSON, CSV, or a readable Indonesian text table. */
#ifndef SAKIP_IO_HASIL_H
#define SAKIP_IO_HASIL_H

#include "../core/hitung.h"
#include "../util/sbuf.h"

void hasil_write_json(const struct hasil *h, struct sbuf *out);
void hasil_write_csv(const struct hasil *h, struct sbuf *out);
void hasil_write_text(const struct hasil *h, struct sbuf *out);

/* Appends a JSON string literal of z (quoted, escaped) to out. */
void json_add_str(struct sbuf *out, const char *z);

#endif
