/* lke_json: the `sakip-lke/1` answer file (lke.md §5) and the scores of
 * a worksheet as JSON.
 *
 *   {"format": "sakip-lke/1", "template": "lke-88-2021",
 *    "template_versi": 1, "instansi": "kec-x", "tahun": 2024,
 *    "tahap": "penetapan",
 *    "lhe": {"nomor": "700/12/2025", "tanggal": "2025-03-10",
 *            "evaluator": "…"},
 *    "jawaban": {"1.a.1": {"nilai": "Y", "catatan": "…", "bukti": ["…"],
 *                          "saran": {"nilai": "Y", "bukti": "…"}}},
 *    "catatan": {"1": "…", "1.b": "…"},
 *    "rekomendasi": [{"nomor": 1, "teks": "…", "kode": "1.b",
 *                     "prioritas": "tinggi", "target": "2025-06-30"}]}
 *
 * "template_versi" is optional (the newest version of that kode); "lhe",
 * "catatan" (notes per komponen / sub-komponen) and "rekomendasi" are
 * the LHE of a penetapan, "saran" the suggestion an answer started from
 * (lke_saran.h). A key
 * k.s.n answers a kriterion (method P), a key k.s a sub-komponen
 * (method R); one file, one method. Every problem is reported as
 * "NAME: KEY: message" with the key as written in the file
 * ("jawaban.1.b.3.nilai", "template"). */
#ifndef SAKIP_LKE_JSON_H
#define SAKIP_LKE_JSON_H

#include "../core/lke.h"
#include "../util/sbuf.h"

#include <stddef.h>

#define LKE_JSON_FORMAT "sakip-lke/1"
#define LKE_JSON_MAX_BYTES ((size_t)16 << 20)

/* Finds the template with this kode, and version versi (0: the newest);
 * NULL when there is none. */
typedef const struct lke_template *(*lke_template_fn)(const char *kode,
						      int versi, void *ctx);

/* Reads an answer file from buf[0..n) into l (lke_lembar_init'ed) and
 * checks it against its template with lke_lembar_check (consistency
 * rules are the caller's business). find NULL: only the templates the
 * product ships. On success *pt is the template and l->template_versi
 * its version. On failure returns SK_EINVAL (or SK_ENOMEM), l is freed
 * and errs has one line per problem. */
int lke_json_read(const char *name, const char *buf, size_t n,
		  lke_template_fn find, void *ctx, struct lke_lembar *l,
		  const struct lke_template **pt, struct sbuf *errs);

/* Appends l as a canonical answer file (answers in template order). */
void lke_json_write(const struct lke_template *t, const struct lke_lembar *l,
		    struct sbuf *out);

/* Appends the scores: {"instansi", "tahun", "tahap", "template",
 * "template_versi", "total", "predikat", "metode", "belum_dijawab",
 * "komponen": [{"kode", "nama", "bobot", "nilai", "sub": [{"kode",
 * "nama", "bobot", "nilai", "jawaban"?}]}], "pelanggaran": [{"aturan",
 * "kode", "pesan"}]}. Figures with two decimals, the total as graded. */
void lke_json_skor(const struct lke_lembar *l, const struct lke_template *t,
		   const struct lke_skor *s, const struct lke_langgar *v,
		   int nv, struct sbuf *out);

/* ---- templates: `sakip-lke-template/1` (lke_json_template.c) ----------- */

#define LKE_JSON_TEMPLATE_FORMAT "sakip-lke-template/1"

/* A template read from a file, with the memory it lives in. */
struct lke_template_mem {
	struct lke_template t;
	struct arena arena;
};

void lke_template_mem_free(struct lke_template_mem *m);

/* Reads a template:
 *   {"format": "sakip-lke-template/1", "kode": "lke-opd-jember",
 *    "versi": 2, "nama": "…",
 *    "komponen": [{"kode": "1", "nama": "…", "bobot": 30,
 *      "sub": [{"kode": "1.a", "nama": "…", "bobot": 6,
 *        "kriteria": [{"kode": "1.a.1", "uraian": "…", "jenis": "YT",
 *                      "pemda": true}]}]}],
 *    "aturan": [{"nama": "…", "jenis": "syarat"|"rata", "kode": "…",
 *                "syarat": "…", "uraian": "…"}]}
 * "versi" is optional (0 then: the caller numbers it); weights are
 * numbers or decimal strings ("4.5"), kept exactly. The result passes
 * lke_template_check (versi 0 aside). On failure returns SK_EINVAL (or
 * SK_ENOMEM) with errs one line per problem and m freed. */
int lke_json_template_read(const char *name, const char *buf, size_t n,
			   struct lke_template_mem *m, struct sbuf *errs);
/* Appends t in that format, canonical (fixed key order). */
void lke_json_template_write(const struct lke_template *t, struct sbuf *out);

/* Appends z as a JSON string with its quotes. */
void lke_json_string(struct sbuf *b, const char *z);

#endif
