/* page_evaluasi_lembar: the LKE worksheets — the agency's
 * self-assessment (usulan), filled by its operator, and the evaluator's
 * penetapan with the LHE's identity and notes.
 *
 * A table in template order: komponen and sub-komponen heading rows with
 * their weights, then one row per kriterion (method P) with its answer,
 * note and evidence links; under method R the sub-komponen rows carry
 * the answer. A new usulan starts from the answers sakip suggests from
 * its data (lke_saran), each shown with its evidence; a new penetapan
 * starts from the usulan, shown beside every row. A save is checked as
 * an imported file is (lke_lembar_check, lke_periksa): on any problem
 * nothing is written and the form comes back with what was typed and a
 * message per row naming the kriterion. */
#include "page_evaluasi.h"

#include <stdlib.h>
#include <string.h>

#define CATATAN_MAX 2000
#define BUKTI_N 20
#define BUKTI_LEN 500
#define LHE_MAX 200
#define NCOL 6

/* One answer row of the form. */
struct isian {
	const char *kode;
	const struct lke_kriteria *k;  /* method P */
	const struct lke_sub *s;       /* method R */
	const char *nilai, *catatan, *bukti; /* as shown or typed */
	const char *galat;             /* what is wrong, or NULL */
	const struct lke_saran *saran; /* the usulan's suggestion */
	const struct lke_jawaban *usl; /* the penetapan: the usulan's answer */
};

struct lembar {
	struct req *r;
	struct web_instansi w;
	struct web_lke *v;
	int nv;
	int tahun, tahap;
	struct lke_tpl_set tpl;
	struct eval_lembar cur;   /* the stored worksheet of this tahap */
	struct eval_lembar usl;   /* the usulan, for the penetapan */
	const struct web_lke *hp; /* the penetapan's head, or NULL */
	const struct lke_template *t;
	int metode;
	int n;
	struct isian *is;
	int ncat;
	struct lke_catatan *cat;  /* komponen, then sub-komponen with notes */
	const char *lhe_nomor, *lhe_tanggal, *evaluator;
	const char *pesan[16];    /* problems that are not one row's */
	int npesan;
	int ubah;                 /* the reader may save */
	const char *kunci;        /* why not, or NULL */
	struct lke_saran *sar;
	int nsar;
};

static void pesan_add(struct lembar *L, const char *z)
{
	if (L->npesan < 16)
		L->pesan[L->npesan++] = req_strdup(L->r, z);
}

static void galat_add(struct lembar *L, struct isian *x, const char *z)
{
	struct sbuf b = SBUF_INIT(1024);

	if (x->galat)
		sbuf_addf(&b, "%s ", x->galat);
	sbuf_adds(&b, z);
	x->galat = req_strdup(L->r, b.z);
	sbuf_release(&b);
}

/* ---- loading ------------------------------------------------------------- */

/* The suggestions of the agency's data (method P usulan only). */
static void saran_muat(struct lembar *L)
{
	struct lke_fakta f = { -1, 0, 0 };
	struct sk_err e;
	struct pkg p;
	int n;

	pkg_init(&p);
	if (store_load_pkg(L->r->db, L->w.pemda_kode, L->w.kode, &p, &e) == 0 &&
	    p.ninstansi == 1 &&
	    lke_fakta_load(L->r->db, &p, L->w.kode, L->tahun, &f, &e) == 0 &&
	    (n = lke_saran(L->t, &p.instansi[0], L->tahun, &f, &L->r->arena,
			   &L->sar)) > 0)
		L->nsar = n;
	pkg_free(&p);
}

static const struct lke_saran *saran_of(const struct lembar *L,
					const char *kode)
{
	int i;

	for (i = 0; i < L->nsar; i++)
		if (strcmp(L->sar[i].kode, kode) == 0)
			return &L->sar[i];
	return NULL;
}

/* The rows: kriteria (method P) or sub-komponen (R), template order. */
static int rows_init(struct lembar *L)
{
	const struct lke_template *t = L->t;
	int i, j, k, n = 0;

	L->n = L->metode == LKE_METODE_R ? 0 : lke_template_nkriteria(t);
	for (i = 0; L->metode == LKE_METODE_R && i < t->nkomponen; i++)
		L->n += t->komponen[i].nsub;
	L->is = arena_array(&L->r->arena, (size_t)L->n + 1, sizeof *L->is);
	L->cat = arena_array(&L->r->arena, (size_t)t->nkomponen + 64,
			     sizeof *L->cat);
	if (!L->is || !L->cat)
		return SK_ENOMEM;
	for (i = 0; i < t->nkomponen; i++)
		for (j = 0; j < t->komponen[i].nsub; j++) {
			const struct lke_sub *s = &t->komponen[i].sub[j];
			if (L->metode == LKE_METODE_R) {
				L->is[n].s = s;
				L->is[n++].kode = s->kode;
				continue;
			}
			for (k = 0; k < s->nk; k++) {
				L->is[n].k = &s->k[k];
				L->is[n].kode = s->k[k].kode;
				L->is[n++].saran = saran_of(L, s->k[k].kode);
			}
		}
	for (i = 0; i < t->nkomponen; i++) {
		L->cat[i].kode = t->komponen[i].kode;
		L->cat[i].teks = "";
	}
	L->ncat = t->nkomponen;
	return 0;
}

static const char *bukti_teks(struct req *r, const struct lke_jawaban *j)
{
	struct sbuf b = SBUF_INIT(BUKTI_N * (BUKTI_LEN + 1));
	const char *z;
	int i;

	for (i = 0; j && i < j->nbukti; i++)
		sbuf_addf(&b, "%s%s", i ? "\n" : "", j->bukti[i]);
	z = req_strdup(r, b.z);
	sbuf_release(&b);
	return z;
}

/* The rows as stored in l; with catatan 0 the notes are left blank (a
 * penetapan starting from the usulan). */
static void rows_dari(struct lembar *L, const struct lke_lembar *l,
		      int catatan)
{
	int i, k;

	for (i = 0; i < L->n; i++) {
		const struct lke_jawaban *j = lke_lembar_find(l, L->is[i].kode);
		L->is[i].nilai = j ? lke_nilai_label(j->nilai) : "";
		L->is[i].catatan = j && j->catatan && catatan ? j->catatan : "";
		L->is[i].bukti = bukti_teks(L->r, j);
	}
	for (i = 0; catatan && i < l->ncatatan; i++) {
		for (k = 0; k < L->ncat; k++)
			if (strcmp(L->cat[k].kode, l->catatan[i].kode) == 0)
				break;
		if (k == L->ncat && L->ncat < L->t->nkomponen + 64)
			L->cat[L->ncat++].kode = l->catatan[i].kode;
		if (k < L->ncat)
			L->cat[k].teks = l->catatan[i].teks;
	}
	if (catatan) {
		L->lhe_nomor = l->lhe_nomor;
		L->lhe_tanggal = l->lhe_tanggal;
		L->evaluator = l->evaluator;
	}
}

static void rows_dari_saran(struct lembar *L)
{
	int i;

	for (i = 0; i < L->n; i++) {
		L->is[i].nilai = L->is[i].saran ?
			lke_nilai_label(L->is[i].saran->nilai) : "";
		L->is[i].catatan = L->is[i].bukti = "";
	}
}

/* Why the reader may not save, or NULL. */
static const char *kunci_of(const struct lembar *L)
{
	int role = L->r->role;

	if (L->tahap == LKE_USULAN) {
		if (L->hp)
			return "Usulan sudah dinilai evaluator: lembar kerja ini "
			       "tidak dapat diubah lagi.";
		return role == ROLE_OPERATOR ? NULL : "Hanya operator instansi "
			"ini yang mengisi usulan; Anda melihatnya saja.";
	}
	if (L->hp && L->hp->terbit)
		return "Penetapan sudah diterbitkan: tarik kembali (jadikan draf) "
		       "untuk mengubahnya.";
	return role == ROLE_EVALUATOR ? NULL : "Hanya evaluator yang mengisi "
		"penetapan; Anda melihatnya saja.";
}

/* Loads the agency, its year and the worksheets; 1 when the error page
 * was sent. */
static int lembar_buka(struct req *r, struct resp *o, struct lembar *L,
		       int tahap)
{
	struct sk_err e;
	int rc;

	memset(L, 0, sizeof *L);
	L->r = r;
	L->tahap = tahap;
	eval_init(&L->cur);
	eval_init(&L->usl);
	if (store_instansi_info(r->db, r->scope_id, &r->arena, &L->w, &e) ||
	    store_web_lke_list(r->db, NULL, L->w.id, &r->arena, &L->v, &L->nv,
			       &e))
		return resp_error(r, o, 500, "Data evaluasi tidak dapat "
				  "dimuat."), 1;
	if (!(L->tahun = eval_tahun(r, L->v, L->nv)) ||
	    (!strcmp(r->method, "POST") && !req_form(r, "tahun")))
		return resp_error(r, o, 400, "Tahun tidak valid."), 1;
	L->hp = eval_cari(L->v, L->nv, L->tahun, LKE_PENETAPAN);
	rc = eval_muat(r, L->w.kode, L->tahun, tahap, &L->tpl, &L->cur, &e);
	if (!rc && tahap == LKE_PENETAPAN)
		rc = eval_muat(r, L->w.kode, L->tahun, LKE_USULAN, &L->tpl,
			       &L->usl, &e);
	if (rc)
		return resp_error(r, o, 500, "Lembar kerja tersimpan tidak dapat "
				  "dibaca (templatnya tidak ada atau berubah)."), 1;
	L->t = L->cur.ada ? L->cur.t : L->usl.ada ? L->usl.t
	       : &lke_template_88_2021;
	L->metode = L->cur.ada ? L->cur.l.metode : L->usl.ada ? L->usl.l.metode
		    : LKE_METODE_P;
	if (tahap == LKE_USULAN && L->metode == LKE_METODE_P)
		saran_muat(L);
	if (rows_init(L))
		return resp_error(r, o, 500, "Memori tidak cukup."), 1;
	if (L->cur.ada)
		rows_dari(L, &L->cur.l, 1);
	else if (L->usl.ada)
		rows_dari(L, &L->usl.l, 0);
	else
		rows_dari_saran(L);
	for (rc = 0; L->usl.ada && rc < L->n; rc++)
		L->is[rc].usl = lke_lembar_find(&L->usl.l, L->is[rc].kode);
	L->kunci = kunci_of(L);
	L->ubah = !L->kunci;
	return 0;
}

static void lembar_tutup(struct lembar *L)
{
	eval_free(&L->cur);
	eval_free(&L->usl);
	lke_tpl_set_free(&L->tpl);
}

/* ---- the posted form ------------------------------------------------------- */

static const char *form_of(struct req *r, const char *pre, const char *kode)
{
	struct sbuf k = SBUF_INIT(256);
	const char *z;

	sbuf_addf(&k, "%s%s", pre, kode);
	z = req_form(r, k.z);
	sbuf_release(&k);
	return z ? z : "";
}

static int catatan_kode(const struct lke_template *t, const char *kode)
{
	int i;

	if (lke_sub_find(t, kode))
		return 1;
	for (i = 0; i < t->nkomponen; i++)
		if (strcmp(t->komponen[i].kode, kode) == 0)
			return 1;
	return 0;
}

/* Fields naming a code the worksheet does not have. */
static void form_asing(struct lembar *L)
{
	struct sbuf m = SBUF_INIT(512);
	int i, k;

	for (i = 0; i < L->r->nform; i++) {
		const char *key = L->r->form[i].k, *kode = key + 2;
		int known = 0;
		if (strncmp(key, "n.", 2) && strncmp(key, "c.", 2) &&
		    strncmp(key, "b.", 2) && strncmp(key, "k.", 2))
			continue;
		if (key[0] == 'k')
			known = L->tahap == LKE_PENETAPAN &&
				catatan_kode(L->t, kode);
		for (k = 0; key[0] != 'k' && !known && k < L->n; k++)
			known = strcmp(L->is[k].kode, kode) == 0;
		if (known)
			continue;
		sbuf_reset(&m);
		sbuf_addf(&m, "Kode “%.100s” tidak ada dalam lembar kerja ini "
			  "(templat %s, metode %s).", kode, L->t->kode,
			  lke_metode_kode(L->metode));
		pesan_add(L, m.z);
	}
	sbuf_release(&m);
}

static void rows_dari_form(struct lembar *L)
{
	int i;

	for (i = 0; i < L->n; i++) {
		L->is[i].nilai = form_of(L->r, "n.", L->is[i].kode);
		L->is[i].catatan = form_of(L->r, "c.", L->is[i].kode);
		L->is[i].bukti = form_of(L->r, "b.", L->is[i].kode);
	}
	form_asing(L);
	if (L->tahap != LKE_PENETAPAN)
		return;
	for (i = 0; i < L->ncat; i++)
		L->cat[i].teks = form_of(L->r, "k.", L->cat[i].kode);
	L->lhe_nomor = req_form(L->r, "lhe_nomor");
	L->lhe_tanggal = req_form(L->r, "lhe_tanggal");
	L->evaluator = req_form(L->r, "evaluator");
}

/* "Y atau T", "A, B, C, D atau E" (+ NA), "AA, A, … atau E". */
static const char *pilihan(const struct isian *x)
{
	if (x->s)
		return "AA, A, BB, B, CC, C, D atau E";
	if (x->k->jenis == LKE_YT)
		return x->k->flags & LKE_K_PEMDA ? "Y, T atau NA" : "Y atau T";
	return x->k->flags & LKE_K_PEMDA ? "A, B, C, D, E atau NA"
					 : "A, B, C, D atau E";
}

/* The answer x->nilai as a value of its row, or -1 when it is not one
 * (LKE_KOSONG when blank). */
static int nilai_of(const struct isian *x)
{
	int v;

	if (!x->nilai[0])
		return LKE_KOSONG;
	v = lke_nilai_parse(x->nilai, x->s != NULL);
	if (v == LKE_KOSONG)
		return -1;
	if (x->s)
		return v;
	if (v == LKE_NA)
		return x->k->flags & LKE_K_PEMDA ? v : -1;
	if (x->k->jenis == LKE_YT)
		return v == LKE_Y || v == LKE_T ? v : -1;
	return v >= LKE_A && v <= LKE_E ? v : -1;
}

/* The evidence lines of x, into j; 0 or -1 when too many or too long. */
static int bukti_pecah(struct lke_lembar *l, const struct isian *x,
		       struct lke_jawaban *j)
{
	const char *p = x->bukti, *q;
	size_t n;

	j->bukti = arena_array(&l->arena, BUKTI_N + 1, sizeof *j->bukti);
	if (!j->bukti)
		return -1;
	while (*p) {
		q = p + strcspn(p, "\n");
		for (n = (size_t)(q - p); n && strchr(" \t\r", p[n - 1]); n--)
			;
		while (n && strchr(" \t", *p))
			p++, n--;
		if (n > BUKTI_LEN || (n && j->nbukti == BUKTI_N))
			return -1;
		if (n)
			j->bukti[j->nbukti++] = arena_strndup(&l->arena, p, n);
		p = *q ? q + 1 : q;
	}
	return 0;
}

/* The suggestion an answer records: the one it was stored with, else the
 * one shown now. */
static void saran_catat(const struct lembar *L, const struct isian *x,
			struct lke_jawaban *j)
{
	const struct lke_jawaban *o = L->cur.ada ?
		lke_lembar_find(&L->cur.l, x->kode) : x->usl;

	if (o && o->saran) {
		j->saran = o->saran;
		j->saran_bukti = o->saran_bukti;
	} else if (x->saran && !o) {
		j->saran = x->saran->nilai;
		j->saran_bukti = x->saran->bukti;
	}
}

/* One row into the sheet; a problem goes to the row. */
static void jawab(struct lembar *L, struct isian *x, struct lke_lembar *l)
{
	struct sbuf m = SBUF_INIT(512);
	const char *apa = x->s ? "Sub-komponen" : "Kriterion";
	struct lke_jawaban *j;
	int v = nilai_of(x);

	if (v < 0)
		sbuf_addf(&m, "%s %s: jawaban “%.20s” tidak sah — pilih %s.", apa,
			  x->kode, x->nilai, pilihan(x));
	else if (strlen(x->catatan) > CATATAN_MAX)
		sbuf_addf(&m, "%s %s: catatan paling banyak %d karakter.", apa,
			  x->kode, CATATAN_MAX);
	else if (v == LKE_KOSONG && (x->catatan[0] || strspn(x->bukti,
							     " \t\r\n") <
				      strlen(x->bukti)))
		sbuf_addf(&m, "%s %s: catatan dan bukti memerlukan jawaban.", apa,
			  x->kode);
	if (m.n || v == LKE_KOSONG) {
		if (m.n)
			galat_add(L, x, m.z);
		sbuf_release(&m);
		return;
	}
	j = &l->j[l->n++];
	j->kode = x->kode;
	j->nilai = v;
	j->catatan = x->catatan[0] ? x->catatan : NULL;
	if (bukti_pecah(l, x, j)) {
		sbuf_addf(&m, "%s %s: paling banyak %d bukti, satu tautan per "
			  "baris, masing-masing paling banyak %d karakter.", apa,
			  x->kode, BUKTI_N, BUKTI_LEN);
		galat_add(L, x, m.z);
	}
	saran_catat(L, x, j);
	sbuf_release(&m);
}

static void lhe_isi(struct lembar *L, struct lke_lembar *l)
{
	int i;

	l->catatan = arena_array(&l->arena, (size_t)L->ncat + 1,
				 sizeof *l->catatan);
	for (i = 0; l->catatan && i < L->ncat; i++) {
		if (strlen(L->cat[i].teks) > CATATAN_MAX)
			pesan_add(L, "Catatan komponen paling banyak 2000 "
				  "karakter.");
		else if (L->cat[i].teks[0])
			l->catatan[l->ncatatan++] = L->cat[i];
	}
	if ((L->lhe_nomor && strlen(L->lhe_nomor) > LHE_MAX) ||
	    (L->evaluator && strlen(L->evaluator) > LHE_MAX))
		pesan_add(L, "Nomor LHE dan nama evaluator paling banyak 200 "
			  "karakter.");
	if (L->lhe_tanggal && *L->lhe_tanggal &&
	    !lke_tanggal_valid(L->lhe_tanggal))
		pesan_add(L, "Tanggal LHE harus tanggal yang ada, YYYY-MM-DD.");
	l->lhe_nomor = L->lhe_nomor && *L->lhe_nomor ? L->lhe_nomor : NULL;
	l->lhe_tanggal = L->lhe_tanggal && *L->lhe_tanggal ? L->lhe_tanggal
							   : NULL;
	l->evaluator = L->evaluator && *L->evaluator ? L->evaluator : NULL;
}

/* The consistency rules, each on the row of the answer that breaks it. */
static void aturan(struct lembar *L, struct lke_lembar *l)
{
	struct lke_langgar *v;
	struct sbuf m = SBUF_INIT(1024);
	int i, k, nv = lke_periksa(L->t, l, &l->arena, &v);

	if (nv < 0)
		pesan_add(L, "Memori tidak cukup untuk memeriksa lembar kerja.");
	for (i = 0; i < nv; i++) {
		sbuf_reset(&m);
		sbuf_addf(&m, "%s %s: %s — aturan %s.", lke_kriteria_find(L->t,
			  v[i].kode, NULL) ? "Kriterion" : "Sub-komponen",
			  v[i].kode, eval_langgar(L->r, l, &v[i]),
			  v[i].aturan->nama);
		for (k = 0; k < L->n && strcmp(L->is[k].kode, v[i].kode); k++)
			;
		if (k < L->n)
			galat_add(L, &L->is[k], m.z);
		else
			pesan_add(L, m.z);
	}
	sbuf_release(&m);
}

/* The sheet of the form into l (lke_lembar_init'ed), checked; the
 * number of problems (0: it may be saved). */
static int periksa(struct lembar *L, struct lke_lembar *l)
{
	struct sbuf errs = SBUF_INIT(8192), m = SBUF_INIT(9000);
	int i, bad;

	l->instansi = L->w.kode;
	l->tahun = L->tahun;
	l->tahap = L->tahap;
	l->template_kode = L->t->kode;
	l->template_versi = L->t->versi;
	if (!(l->j = arena_array(&l->arena, (size_t)L->n + 1, sizeof *l->j))) {
		pesan_add(L, "Memori tidak cukup.");
		return 1;
	}
	for (i = 0; i < L->n; i++)
		jawab(L, &L->is[i], l);
	if (L->tahap == LKE_PENETAPAN)
		lhe_isi(L, l);
	if (l->n == 0 && !L->npesan)
		pesan_add(L, "Belum ada jawaban: isi paling sedikit satu.");
	for (i = bad = 0; i < L->n; i++)
		bad += L->is[i].galat != NULL;
	if (!bad && !L->npesan && lke_lembar_check(L->t, l, NULL, &errs)) {
		sbuf_addf(&m, "Lembar kerja tidak lolos pemeriksaan: %s", errs.z);
		pesan_add(L, m.z);
	}
	if (!bad && !L->npesan)
		aturan(L, l);
	for (i = bad = 0; i < L->n; i++)
		bad += L->is[i].galat != NULL;
	sbuf_release(&errs);
	sbuf_release(&m);
	return bad + L->npesan;
}

/* ---- the page ----------------------------------------------------------------- */

static void opsi(struct sbuf *b, const char *v, const char *cur, int *found)
{
	int sel = strcmp(v, cur) == 0;

	*found |= sel;
	if (sel)
		html_printf(b, "<option value=\"%a\" selected>%s</option>", v,
			    *v ? v : "–");
	else
		html_printf(b, "<option value=\"%a\">%s</option>", v, *v ? v : "–");
}

static void pilih(struct sbuf *b, const struct isian *x)
{
	static const char *const aYT[] = { "", "Y", "T", NULL };
	static const char *const aAE[] = { "", "A", "B", "C", "D", "E", NULL };
	static const char *const aR[] = { "", "AA", "A", "BB", "B", "CC", "C",
					  "D", "E", NULL };
	const char *const *a = x->s ? aR : x->k->jenis == LKE_YT ? aYT : aAE;
	int i, found = 0;

	html_printf(b, "<select name=\"n.%a\" aria-label=\"Jawaban %a\">",
		    x->kode, x->kode);
	for (i = 0; a[i]; i++)
		opsi(b, a[i], x->nilai, &found);
	if (x->k && (x->k->flags & LKE_K_PEMDA))
		opsi(b, "NA", x->nilai, &found);
	if (!found) /* what was typed, kept to be corrected */
		html_printf(b, "<option value=\"%a\" selected>%s (tidak sah)"
			    "</option>", x->nilai, x->nilai);
	html_trusted(b, "</select>");
}

/* Evidence as links (http and https only) or text, one per line. */
static void bukti_lihat(struct sbuf *b, const char *z)
{
	const char *p = z;
	size_t n;
	char *line;

	while (p && *p) {
		n = strcspn(p, "\n");
		line = strndup(p, n);
		if (line && (!strncmp(line, "https://", 8) ||
			     !strncmp(line, "http://", 7)))
			html_printf(b, "<a href=\"%a\" rel=\"noopener noreferrer\">"
				    "%s</a><br>", line, line);
		else if (line)
			html_printf(b, "%s<br>", line);
		free(line);
		p += n + (p[n] != 0);
	}
}

/* The answer, note and evidence cells of a row. */
static void isian_sel(struct lembar *L, struct sbuf *b, const struct isian *x)
{
	if (!L->ubah) {
		html_printf(b, "<td><b>%s</b></td><td>%s</td><td>", x->nilai[0] ?
			    x->nilai : "–", x->catatan);
		bukti_lihat(b, x->bukti);
		html_trusted(b, "</td>");
		return;
	}
	html_trusted(b, "<td>");
	pilih(b, x);
	html_printf(b, "</td><td><textarea name=\"c.%a\" rows=\"2\" maxlength=\""
		    "%d\" aria-label=\"Catatan %a\">%s</textarea></td><td>"
		    "<textarea name=\"b.%a\" rows=\"2\" aria-label=\"Bukti %a\">"
		    "%s</textarea></td>", x->kode, CATATAN_MAX, x->kode,
		    x->catatan, x->kode, x->kode, x->bukti);
}

/* The last column: the suggestion (usulan) or the usulan (penetapan). */
static void samping_sel(struct lembar *L, struct sbuf *b,
			const struct isian *x)
{
	const char *u;

	if (L->tahap == LKE_USULAN) {
		if (x->saran)
			html_printf(b, "<td class=\"catatan\">Saran sakip: <b>%s</b> "
				    "— %s</td>", lke_nilai_label(x->saran->nilai),
				    x->saran->bukti);
		else
			html_trusted(b, "<td></td>");
		return;
	}
	if (!x->usl) {
		html_trusted(b, L->usl.ada ? "<td>–</td>" : "<td></td>");
		return;
	}
	u = lke_nilai_label(x->usl->nilai);
	html_trusted(b, strcmp(u, x->nilai) ? "<td class=\"beda\">" : "<td>");
	html_printf(b, "<b>%s</b>", u);
	if (x->usl->catatan)
		html_printf(b, "<br><span class=\"catatan\">%s</span>",
			    x->usl->catatan);
	html_trusted(b, "</td>");
}

static void baris(struct lembar *L, struct sbuf *b, const struct isian *x)
{
	html_trusted(b, x->s ? "<tr class=\"tingkat-sasaran\">" : "<tr>");
	if (x->s)
		html_printf(b, "<td>%s</td><td>%s — bobot %s", x->kode,
			    x->s->nama, eval_angka(L->r, x->s->bobot));
	else
		html_printf(b, "<td>%s</td><td>%s", x->kode, x->k->uraian);
	if (x->galat)
		html_printf(b, "<div class=\"galat\">%s</div>", x->galat);
	html_trusted(b, "</td>");
	isian_sel(L, b, x);
	samping_sel(L, b, x);
	html_trusted(b, "</tr>\n");
}

static const struct isian *isian_of(const struct lembar *L, const char *kode)
{
	int i;

	for (i = 0; i < L->n; i++)
		if (strcmp(L->is[i].kode, kode) == 0)
			return &L->is[i];
	return NULL;
}

static void tabel(struct lembar *L, struct sbuf *b)
{
	const struct lke_template *t = L->t;
	const struct isian *x;
	int i, j, k;

	html_printf(b, "<div class=\"tabel\"><table><thead><tr><th>Kode</th>"
		    "<th>Uraian</th><th>Jawaban</th><th>Catatan</th><th>Bukti "
		    "(satu tautan per baris)</th><th>%s</th></tr></thead>"
		    "<tbody>\n", L->tahap == LKE_USULAN ? "Saran sakip" :
		    "Usulan instansi");
	for (i = 0; i < t->nkomponen; i++) {
		const struct lke_komponen *km = &t->komponen[i];
		html_printf(b, "<tr class=\"tingkat-tujuan\"><td>%s</td><td "
			    "colspan=\"%d\">%s — bobot %s</td></tr>\n", km->kode,
			    NCOL - 1, km->nama, eval_angka(L->r, km->bobot));
		for (j = 0; j < km->nsub; j++) {
			const struct lke_sub *s = &km->sub[j];
			if ((x = isian_of(L, s->kode))) {
				baris(L, b, x);
			} else {
				html_printf(b, "<tr class=\"tingkat-sasaran\"><td>%s"
					    "</td><td colspan=\"%d\">%s — bobot "
					    "%s</td></tr>\n", s->kode, NCOL - 1,
					    s->nama, eval_angka(L->r, s->bobot));
			}
			for (k = 0; k < s->nk; k++)
				if ((x = isian_of(L, s->k[k].kode)))
					baris(L, b, x);
				else /* method R: the kriteria to weigh */
					html_printf(b, "<tr><td>%s</td><td colspan"
						    "=\"%d\" class=\"catatan\">%s"
						    "</td></tr>\n", s->k[k].kode,
						    NCOL - 1, s->k[k].uraian);
		}
	}
	html_trusted(b, "</tbody></table></div>\n");
}

static void lhe_form(struct lembar *L, struct sbuf *b)
{
	int i, k;

	html_trusted(b, "<h2>Laporan hasil evaluasi</h2><div class=\"kartu\">");
	if (!L->ubah)
		html_printf(b, "<p>Nomor LHE: <b>%s</b> · tanggal: <b>%s</b> · "
			    "evaluator: <b>%s</b></p>", L->lhe_nomor ?
			    L->lhe_nomor : "–", L->lhe_tanggal ? L->lhe_tanggal :
			    "–", L->evaluator ? L->evaluator : "–");
	else
		html_printf(b, "<label for=\"lhe_nomor\">Nomor LHE</label><input "
			    "id=\"lhe_nomor\" name=\"lhe_nomor\" maxlength=\"%d\" "
			    "value=\"%a\"><label for=\"lhe_tanggal\">Tanggal LHE"
			    "</label><input id=\"lhe_tanggal\" name=\"lhe_tanggal\""
			    " type=\"date\" value=\"%a\"><label for=\"evaluator\">"
			    "Evaluator</label><input id=\"evaluator\" name=\""
			    "evaluator\" maxlength=\"%d\" value=\"%a\">", LHE_MAX,
			    L->lhe_nomor, L->lhe_tanggal, LHE_MAX, L->evaluator);
	html_trusted(b, "<h3>Catatan evaluator per komponen</h3>");
	for (i = 0; i < L->ncat; i++) {
		const struct lke_sub *s = lke_sub_find(L->t, L->cat[i].kode);
		const char *nama = s ? s->nama : "";
		for (k = 0; !s && k < L->t->nkomponen; k++)
			if (!strcmp(L->t->komponen[k].kode, L->cat[i].kode))
				nama = L->t->komponen[k].nama;
		if (!L->ubah) {
			html_printf(b, "<p><b>%s %s</b>: %s</p>", L->cat[i].kode,
				    nama, L->cat[i].teks[0] ? L->cat[i].teks : "–");
			continue;
		}
		html_printf(b, "<label for=\"k.%a\">%s %s</label><textarea id=\""
			    "k.%a\" name=\"k.%a\" maxlength=\"%d\">%s</textarea>",
			    L->cat[i].kode, L->cat[i].kode, nama, L->cat[i].kode,
			    L->cat[i].kode, CATATAN_MAX, L->cat[i].teks);
	}
	html_trusted(b, "</div>\n");
}

static void masalah(struct lembar *L, struct sbuf *b)
{
	int i;

	html_trusted(b, "<div class=\"galat\"><p>Lembar kerja belum disimpan: "
		     "tidak ada yang ditulis. Perbaiki isian berikut.</p><ul>\n");
	for (i = 0; i < L->npesan; i++)
		html_printf(b, "<li>%s</li>\n", L->pesan[i]);
	for (i = 0; i < L->n; i++)
		if (L->is[i].galat)
			html_printf(b, "<li>%s</li>\n", L->is[i].galat);
	html_trusted(b, "</ul></div>\n");
}

static void kepala(struct lembar *L, struct resp *o)
{
	struct sbuf *b = &o->body;
	const char *nama = L->w.nama ? L->w.nama : L->w.kode;
	int i, j;

	html_printf(b, "<h1>Lembar kerja %s: %s — %d</h1>\n<p class=\"catatan\">"
		    "<a href=\"/evaluasi/%D?tahun=%d\">Evaluasi AKIP %s</a> · "
		    "templat %s versi %d · metode %s</p>\n", L->tahap ==
		    LKE_USULAN ? "usulan" : "penetapan", nama, L->tahun, L->w.id,
		    L->tahun, nama, L->t->kode, L->t->versi,
		    lke_metode_kode(L->metode));
	eval_pesan(L->r, o);
	if (L->cur.ada) {
		html_trusted(b, "<div class=\"ringkas\"><div>Nilai tersimpan<b>");
		eval_total(L->r, b, &L->cur.s);
		html_printf(b, "</b>%s</div>", lke_predikat_label(
			    L->cur.s.predikat));
		lke_lembar_saran_hitung(&L->cur.l, &i, &j);
		if (i || j)
			html_printf(b, "<div>Saran sakip<b>%d dikonfirmasi</b>%d "
				    "diubah</div>", i, j);
		html_trusted(b, "</div>\n");
	} else if (L->tahap == LKE_USULAN) {
		html_trusted(b, "<p class=\"catatan\">Lembar kerja baru: jawaban "
			     "terisi dari saran sakip (data yang tersimpan); "
			     "periksa, lengkapi, lalu simpan.</p>\n");
	} else if (L->usl.ada) {
		html_trusted(b, "<p class=\"catatan\">Penetapan baru: jawaban "
			     "terisi dari usulan instansi.</p>\n");
	}
	if (L->kunci)
		html_printf(b, "<p class=\"pesan\">%s</p>\n", L->kunci);
}

static void tampil(struct lembar *L, struct resp *o, int status)
{
	struct req *r = L->r;

	o->status = status;
	layout_begin(r, o, L->tahap == LKE_USULAN ? "Usulan evaluasi" :
		     "Penetapan evaluasi");
	kepala(L, o);
	if (status == 400)
		masalah(L, &o->body);
	if (L->ubah) {
		html_printf(&o->body, "<form method=\"post\" action=\"/evaluasi/%D"
			    "/%s\">", r->scope_id, L->tahap == LKE_USULAN ?
			    "usulan" : "penetapan");
		layout_csrf(r, o);
		html_printf(&o->body, "<input type=\"hidden\" name=\"tahun\" "
			    "value=\"%d\">", L->tahun);
	}
	tabel(L, &o->body);
	if (L->tahap == LKE_PENETAPAN)
		lhe_form(L, &o->body);
	if (L->ubah)
		html_printf(&o->body, "<p><button type=\"submit\">%s</button></p>"
			    "</form>\n", L->tahap == LKE_USULAN ? "Simpan usulan" :
			    "Simpan penetapan (draf)");
	if (L->tahap == LKE_PENETAPAN && L->hp)
		eval_terbit_form(r, o, L->tahun, L->hp->terbit);
	layout_end(r, o);
}

static int lihat(struct req *r, struct resp *o, int tahap)
{
	struct lembar L;

	if (!lembar_buka(r, o, &L, tahap))
		tampil(&L, o, 200);
	lembar_tutup(&L);
	return 0;
}

static int simpan_gagal(struct req *r, struct resp *o, int rc,
			const struct sk_err *e)
{
	(void)e;
	if (rc == SK_EPERM)
		return resp_error(r, o, 409, "Lembar kerja tidak dapat diubah lagi "
				  "(usulan sudah dinilai, atau penetapan sudah "
				  "diterbitkan). Tidak ada yang disimpan.");
	if (rc == SK_EINVAL)
		return resp_error(r, o, 409, "Evaluasi ini terikat pada templat "
				  "lain, atau rekomendasinya tidak dapat "
				  "disimpan. Tidak ada yang disimpan.");
	return resp_error(r, o, 500, "Lembar kerja tidak dapat disimpan.");
}

static int simpan(struct req *r, struct resp *o, int tahap)
{
	struct web_actor who = req_actor(r);
	struct lke_lembar l;
	struct lembar L;
	struct sk_err e;
	struct sbuf to = SBUF_INIT(128);
	int rc;

	lke_lembar_init(&l);
	if (lembar_buka(r, o, &L, tahap))
		goto end;
	if (!L.ubah) {
		resp_error(r, o, 409, L.kunci);
		goto end;
	}
	rows_dari_form(&L);
	if (periksa(&L, &l)) {
		tampil(&L, o, 400);
		goto end;
	}
	if ((rc = store_web_lke_save(r->db, &who, L.t, &l, &e))) {
		simpan_gagal(r, o, rc, &e);
		goto end;
	}
	web_changed(r);
	html_printf(&to, "/evaluasi/%D/%s?tahun=%d&pesan=tersimpan", r->scope_id,
		    tahap == LKE_USULAN ? "usulan" : "penetapan", L.tahun);
	resp_redirect(r, o, to.z);
end:
	sbuf_release(&to);
	lke_lembar_free(&l);
	lembar_tutup(&L);
	return 0;
}

int page_evaluasi_usulan(struct req *r, struct resp *o)
{
	return lihat(r, o, LKE_USULAN);
}

int page_evaluasi_usulan_simpan(struct req *r, struct resp *o)
{
	return simpan(r, o, LKE_USULAN);
}

int page_evaluasi_penetapan(struct req *r, struct resp *o)
{
	return lihat(r, o, LKE_PENETAPAN);
}

int page_evaluasi_penetapan_simpan(struct req *r, struct resp *o)
{
	return simpan(r, o, LKE_PENETAPAN);
}
