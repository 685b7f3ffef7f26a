/* tabular_map: the tables an agency already has (a Renstra matrix with
 * one column per year, an IKU table, a quarterly report), read through a
 * mapping file that says which column is what (`sakip import FILE
 * --mapping MAP.json`; format `sakip-mapping/1`, docs/spreadsheets.md).
 *
 * Rows are matched to indicators by code, or by name within their
 * sasaran; tujuan and sasaran cells may be merged over their indicator
 * rows or given once on a row of their own, and carry down. With
 * "tambah": true what is not there is added: the agency, tujuan,
 * sasaran and indicators, with codes made up when the table has none. */
#ifndef SAKIP_TABULAR_MAP_H
#define SAKIP_TABULAR_MAP_H

#include "../store/store.h"
#include "tabular.h"

#define TAB_MAP_MAX_BYTES ((size_t)1 << 20)
#define TAB_MAP_FORMAT "sakip-mapping/1"

struct tab_map;

/* Reads a mapping file (name for messages). Returns 0 and *out (free
 * with tab_map_free), or SK_EINVAL with e naming the key. */
int tab_map_read(const char *name, const char *buf, size_t n,
		 struct tab_map **out, struct sk_err *e);
void tab_map_free(struct tab_map *m);

/* Picks the sheet, resolves columns given by header text, and fills the
 * agency (unless opsi->instansi is set) and rows of opsi. */
int tab_map_plan(struct tab_map *m, const struct xlsx_book *b,
		 const struct xlsx_sheet **sheet, struct tab_opsi *opsi,
		 struct sk_err *e);

/* Applies the rows of s to the agency opsi->instansi of p; as tab_apply. */
int tab_map_apply(struct pkg *p, const struct tab_map *m,
		  const struct xlsx_sheet *s, const struct tab_opsi *opsi,
		  struct tab_hasil *h, struct sbuf *errs);

/* For an agency not in the database: loads its pemda (or starts one from
 * the mapping's "pemda") into p with a new empty agency `instansi` as the
 * only one, when the mapping allows adding ("tambah"). SK_ENOTFOUND
 * otherwise. */
int tab_map_new_instansi(const struct tab_map *m, struct store *s,
			 const char *pemda, const char *instansi, struct pkg *p,
			 struct sk_err *e);

#endif
