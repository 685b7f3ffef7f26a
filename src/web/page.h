/* page: the handlers of route.c's table, one group per page_*.c, and the
 * helpers they share to load and compute a year (view.c) and draw
 * charts (chart.c). A handler returns 0 with the response filled, or
 * calls resp_error(). */
#ifndef SAKIP_WEB_PAGE_H
#define SAKIP_WEB_PAGE_H

#include "html.h"
#include "web.h"
#include "../core/hitung.h"

/* page_auth.c */
int page_home(struct req *r, struct resp *o);
int page_masuk(struct req *r, struct resp *o);
int page_masuk_kirim(struct req *r, struct resp *o);
int page_keluar(struct req *r, struct resp *o);
int page_css(struct req *r, struct resp *o);

/* page_dasbor.c */
int page_dasbor(struct req *r, struct resp *o);
int page_publik(struct req *r, struct resp *o);
int page_publik_dasbor(struct req *r, struct resp *o);

/* page_instansi.c, page_indikator.c */
int page_instansi(struct req *r, struct resp *o);
int page_indikator(struct req *r, struct resp *o);

/* page_realisasi.c */
int page_realisasi(struct req *r, struct resp *o);
int page_realisasi_simpan(struct req *r, struct resp *o);
int page_bukti(struct req *r, struct resp *o);

/* page_verifikasi.c */
int page_verifikasi(struct req *r, struct resp *o);
int page_verifikasi_simpan(struct req *r, struct resp *o);

/* page_admin.c */
int page_pengguna(struct req *r, struct resp *o);
int page_pengguna_tambah(struct req *r, struct resp *o);
int page_pengguna_ubah(struct req *r, struct resp *o);
int page_periode(struct req *r, struct resp *o);
int page_periode_simpan(struct req *r, struct resp *o);

/* page_rekomendasi.c: the LHE's recommendations and their follow-up */
int page_rekomendasi_daftar(struct req *r, struct resp *o);
int page_rekomendasi(struct req *r, struct resp *o);
int page_rekomendasi_bukti(struct req *r, struct resp *o);
int page_rekomendasi_tindak_lanjut(struct req *r, struct resp *o);
int page_rekomendasi_verifikasi(struct req *r, struct resp *o);

/* page_evaluasi*.c: the AKIP evaluation (LKE) —
 * the pemda's grades, an agency's year, its worksheets (usulan by the
 * agency's operator, penetapan by the evaluator), publishing, the LHE */
#define PERM_EVALUASI ROLE_EVALUATOR
#define PERM_EVALUASI_LIHAT (ROLE_EVALUATOR | ROLE_ADMIN)
int page_evaluasi(struct req *r, struct resp *o);
int page_evaluasi_instansi(struct req *r, struct resp *o);
int page_evaluasi_lhe(struct req *r, struct resp *o);
int page_evaluasi_terbit(struct req *r, struct resp *o);
int page_evaluasi_usulan(struct req *r, struct resp *o);
int page_evaluasi_usulan_simpan(struct req *r, struct resp *o);
int page_evaluasi_penetapan(struct req *r, struct resp *o);
int page_evaluasi_penetapan_simpan(struct req *r, struct resp *o);

/* page_kebijakan.c, page_audit.c */
int page_kebijakan(struct req *r, struct resp *o);
int page_kebijakan_simpan(struct req *r, struct resp *o);
int page_audit(struct req *r, struct resp *o);

/* ---- view.c: a loaded package and its computed year -------------------- */

struct view {
	struct pkg p;
	struct hasil h;
	int loaded, computed;
	int tahun;
	int ntahun;
	int atahun[64];   /* years with a target or realisation, ascending */
};

/* Loads pemda_kode (NULL: the first) with all agencies, or one agency
 * (instansi_kode), and computes tahun (0: the latest year with a
 * realisation). Returns 0, or an SK_* code with e filled. */
int view_load(struct req *r, struct view *v, const char *pemda_kode,
	      const char *instansi_kode, int tahun, struct sk_err *e);
void view_free(struct view *v);
/* Agency mean (node NULL) or sasaran mean of kode. */
const struct hasil_sasaran *view_sasaran(const struct view *v,
					 const struct instansi *in,
					 const struct node *n);
const struct hasil_anggaran *view_anggaran(const struct view *v,
					   const struct instansi *in,
					   const struct node *n);
/* The predikat label of a capaian under the pemda's scale. */
const char *view_predikat(const struct view *v, pct_t capaian);
/* Year links "?tahun=" of path, the current one marked. */
void view_tahun_nav(struct sbuf *b, const struct view *v, const char *path);
/* The first pemda by kode (r's arena), or NULL when there is none. */
const char *view_first_pemda(struct req *r);
/* Links to the other pemda ("path?pemda=KODE") when there are several. */
void view_pemda_nav(struct req *r, struct sbuf *b, const char *current,
		    const char *path);
/* The database ids of the indicators of a view loaded for one agency,
 * in the order of v->h.ind (in r's arena), or NULL. */
int64_t *view_ind_ids(struct req *r, const struct view *v,
		      int64_t instansi_id);
/* The result of an indicator of the loaded agency, by its id (its
 * indikator and node with it), or NULL. */
const struct hasil_indikator *view_find_ind(struct req *r,
					    const struct view *v,
					    int64_t instansi_id, int64_t ind_id);
/* For the pages of one indicator (r->scope_id): its agency into w, the
 * agency's view of ?tahun= into v (view_free it), and the indicator's
 * result. NULL when that fails: the error page is sent (500 with galat,
 * or 404) and v freed. */
const struct hasil_indikator *view_load_ind(struct req *r, struct resp *o,
					    struct web_instansi *w,
					    struct view *v, const char *galat);
/* The place of a predikat on the pemda's scale, 0 (best) … 4, for its
 * colour class pred-N. */
int view_pred_rank(const struct view *v, const char *label);
/* "98,85 %" or "–" with the reason as a title. */
void view_capaian_cell(struct sbuf *b, const struct capaian *c);
/* "Tujuan", "Sasaran", "Program", "Kegiatan", "Sub-kegiatan". */
const char *view_tingkat(enum tingkat t);
/* A date YYYY-MM-DD the Indonesian way ("30 Juni 2024", into buf); "–"
 * for none, the text itself when it is not a date. */
#define VIEW_TANGGAL_MAX 40
const char *view_tanggal(const char *ymd, char buf[VIEW_TANGGAL_MAX]);
/* An Indonesian period name: "Triwulan II", "Maret", "Tahunan". */
const char *view_periode_nama(const char *periode, int ke);
/* A table of the realisation of each quarter or month of p. */
void view_periode_tabel(struct sbuf *b, const struct periode *p);
/* The indicator of a realisation entry: its kode linked to path/ID
 * ("/realisasi", "/indikator") for the entry's year, or, when a
 * re-import removed the indicator (indikator_id 0), the kode without a
 * link and marked VIEW_ENTRI_YATIM. */
#define VIEW_ENTRI_YATIM "indikator sudah tidak ada (dihapus saat impor ulang)"
void view_entri_indikator(struct sbuf *b, const struct web_entri *a,
			  const char *path);
/* The answer to a write of a pemda's settings that returned rc: 404
 * for an unknown pemda, 500 with galat for a failure, else the cached
 * pages dropped and a redirect to path?pesan=tersimpan&pemda=KODE. */
int view_pemda_tersimpan(struct req *r, struct resp *o, int rc,
			 const char *path, const char *pemda,
			 const char *galat);

/* ---- upload.c: evidence files ---------------------------------------------- */

/* The type of an evidence file by its name and content ("pdf", "jpg",
 * "png", "xlsx", "docx"), or NULL when it is not allowed. */
const char *upload_type(const char *name, const void *p, size_t n);
const char *upload_mime(const char *type);
/* Writes r->file under data_dir/bukti with a random name; *rel gets
 * "bukti/<hex>.<type>" (r's arena). */
int upload_store(struct req *r, const char *type, char **rel,
		 struct sk_err *e);
void upload_remove(struct req *r, const char *rel);
/* Opens a stored file by its rel path (checked); -1 when absent. */
int upload_open(struct req *r, const char *rel, int64_t *size);
/* 1 when rel is a path as upload_store makes it: "bukti/" 32 hex digits
 * "." an evidence type. */
int upload_rel_valid(const char *rel);
/* The evidence file of r's form, checked (size, type by content) and
 * stored: *rel and *type set, both NULL when the form carries none.
 * On refusal the error page (413, 415, 500) is set and 1 returned. */
int upload_accept(struct req *r, struct resp *o, char **rel,
		  const char **type);

/* ---- chart.c: inline SVG --------------------------------------------------- */

struct bar {
	const char *label;
	int ok;
	pct_t value;
};
/* The scale of a bar chart: its end (tumbuh: or the largest value), the
 * unit printed after each value, a reference line (garis_label NULL:
 * none) and what a bar without a value says. */
struct bar_axis {
	pct_t max;
	int tumbuh;
	const char *satuan;
	pct_t garis;
	const char *garis_label;
	const char *kosong;
};
/* Capaian: 0 … 120 % or more, a line at 100 %. */
extern const struct bar_axis chart_capaian;
/* A score 0 … 100 (AKIP), no unit, no line. */
extern const struct bar_axis chart_nilai;
/* Horizontal bars of values on axis ax. */
void chart_bars(struct sbuf *b, const char *title, const struct bar *a,
		int n, const struct bar_axis *ax);
struct trend_point {
	int tahun;
	int has_target, has_real;
	double target, real;
};
/* Target and realisation by year, as two lines. */
void chart_trend(struct sbuf *b, const char *title,
		 const struct trend_point *a, int n);

#endif
