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

static void pesan_add(struct lembar *L, const char *z)
{
	if (L->npesan < 16)
		L->pesan[L->npesan++] = req_strdup(L->r, z);
}

static void galat_add(struct lembar *L, struct isian *x, const char *z)
{
	struct sbuf b = SBUF_INIT(0);

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
	if (store_load_pkg(L->r->db, L->kp.w.pemda_kode, L->kp.w.kode, &p, &e) == 0 &&
	    p.ninstansi == 1 &&
	    lke_fakta_load(L->r->db, &p, L->kp.w.kode, L->kp.tahun, &f, &e) == 0 &&
	    (n = lke_saran(L->t, &p.instansi[0], L->kp.tahun, &f, &L->r->arena,
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
	struct sbuf b = SBUF_INIT(0);
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
		if (L->kp.hp)
			return "Usulan sudah dinilai evaluator: lembar kerja ini "
			       "tidak dapat diubah lagi.";
		return role == ROLE_OPERATOR ? NULL : "Hanya operator instansi "
			"ini yang mengisi usulan; Anda melihatnya saja.";
	}
	if (L->kp.hp && L->kp.hp->terbit)
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
	if (eval_kepala_muat(r, o, &L->kp))
		return 1;
	if (!strcmp(r->method, "POST") && !req_form(r, "tahun"))
		return resp_error(r, o, 400, "Tahun tidak valid."), 1;
	rc = eval_muat(r, L->kp.w.pemda_kode, L->kp.w.kode, L->kp.tahun, tahap,
		       &L->tpl, &L->cur, &e);
	if (!rc && tahap == LKE_PENETAPAN)
		rc = eval_muat(r, L->kp.w.pemda_kode, L->kp.w.kode, L->kp.tahun,
			       LKE_USULAN, &L->tpl, &L->usl, &e);
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
				lke_komponen_or_sub(L->t, kode);
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
	    !tanggal_valid(L->lhe_tanggal))
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

	l->instansi = L->kp.w.kode;
	l->pemda = L->kp.w.pemda_kode;
	l->tahun = L->kp.tahun;
	l->tahap = L->tahap;
	l->template_kode = L->t->kode;
	l->template_versi = L->t->versi;
	if (!(l->j = arena_array(&l->arena, (size_t)L->n + 1, sizeof *l->j))) {
		pesan_add(L, "Memori tidak cukup.");
		return 1;
	}
	for (i = 0; i < L->n; i++)
		jawab(L, &L->is[i], l);
	if (L->tahap == LKE_PENETAPAN) {
		lhe_isi(L, l);
	} else if (L->cur.ada) { /* an usulan's notes and LHE part, if a
				    file brought them, are not on the form */
		l->ncatatan = L->cur.l.ncatatan;
		l->catatan = L->cur.l.catatan;
		l->lhe_nomor = L->cur.l.lhe_nomor;
		l->lhe_tanggal = L->cur.l.lhe_tanggal;
		l->evaluator = L->cur.l.evaluator;
	}
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

/* ---- the handlers ----------------------------------------------------------- */

static int lihat(struct req *r, struct resp *o, int tahap)
{
	struct lembar L;

	if (!lembar_buka(r, o, &L, tahap))
		lembar_tampil(&L, o, 200);
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
		lembar_tampil(&L, o, 400);
		goto end;
	}
	if ((rc = store_web_lke_save(r->db, &who, L.t, &l, &e))) {
		simpan_gagal(r, o, rc, &e);
		goto end;
	}
	web_changed(r);
	html_printf(&to, "/evaluasi/%D/%s?tahun=%d&pesan=tersimpan", r->scope_id,
		    tahap == LKE_USULAN ? "usulan" : "penetapan", L.kp.tahun);
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
