/* store_web_int.h: what the store_web*.c files share. Private to them. */
#ifndef SAKIP_STORE_WEB_INT_H
#define SAKIP_STORE_WEB_INT_H

#include "store_int.h"
#include "store_web.h"

/* The store's per-call statement helpers, errors named "web store". */
#define sw_prep(s, sql, st, e) store_prep((s), (sql), (st), (e), "web store")
#define sw_run store_run
#define sw_bind_str store_bind_str
#define sw_col store_col
#define sw_begin store_begin
#define sw_end store_end

/* The id of pemda kode (NULL: the only pemda). */
int sw_pemda_id(struct store *s, const char *kode, int64_t *id,
		struct sk_err *e);
/* SK_EPERM when tahun of pemda_id is locked. */
int sw_check_open(struct store *s, int64_t pemda_id, int tahun,
		  struct sk_err *e);

#endif
