/* lke_lembar: one worksheet of answers and its validation (lke.h). */
#include "lke.h"
#include "tanggal.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void lke_lembar_init(struct lke_lembar *l)
{
	memset(l, 0, sizeof *l);
}

void lke_lembar_free(struct lke_lembar *l)
{
	arena_free(&l->arena);
	lke_lembar_init(l);
}

const struct lke_jawaban *lke_lembar_find(const struct lke_lembar *l,
					  const char *kode)
{
	int i;

	for (i = 0; i < l->n; i++)
		if (l->j[i].kode && strcmp(l->j[i].kode, kode) == 0)
			return &l->j[i];
	return NULL;
}

void lke_lembar_saran_hitung(const struct lke_lembar *l, int *dikonfirmasi,
			     int *diubah)
{
	int i;

	*dikonfirmasi = *diubah = 0;
	for (i = 0; i < l->n; i++)
		if (l->j[i].saran == LKE_KOSONG)
			continue;
		else if (l->j[i].saran == l->j[i].nilai)
			(*dikonfirmasi)++;
		else
			(*diubah)++;
}

struct chk {
	const char *name;
	struct sbuf *errs;
	int nerr;
};

static void bad(struct chk *c, const char *key, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* A problem is one line: a line break in what the file says (a key, a
 * cell's text), from byte from of b on, is shown as a space. */
static void one_line(struct sbuf *b, size_t from)
{
	size_t i;

	for (i = from; i < b->n; i++)
		if (b->z[i] == '\n' || b->z[i] == '\r')
			b->z[i] = ' ';
}

static void bad(struct chk *c, const char *key, const char *fmt, ...)
{
	size_t from = c->errs->n;
	va_list ap;

	c->nerr++;
	if (c->name)
		sbuf_addf(c->errs, "%s: ", c->name);
	sbuf_addf(c->errs, "%s: ", key);
	va_start(ap, fmt);
	sbuf_vaddf(c->errs, fmt, ap);
	va_end(ap);
	one_line(c->errs, from);
	sbuf_addc(c->errs, '\n');
}

/* 1 when v is an answer of kriterion k's type (NA aside). */
static int fits(const struct lke_kriteria *k, int v)
{
	if (!k)
		return 0;
	if (k->jenis == LKE_YT)
		return v == LKE_Y || v == LKE_T;
	return v >= LKE_A && v <= LKE_E;
}

/* The method an answer belongs to: R for a sub-komponen code, P for a
 * kriterion code, 0 for an unknown code (reported). */
static int check_one(const struct lke_template *t, const struct lke_jawaban *j,
		     const char *key, struct chk *c)
{
	const struct lke_kriteria *k = lke_kriteria_find(t, j->kode, NULL);
	const char *lab = lke_nilai_label(j->nilai);

	if (!k) {
		if (!lke_sub_find(t, j->kode)) {
			bad(c, key, "no kriterion or sub-komponen %s in "
			    "template %s", j->kode, t->kode);
			return 0;
		}
		if (lke_nilai_r(j->nilai) < 0)
			bad(c, key, "sub-komponen %s is answered AA, A, BB, B, "
			    "CC, C, D or E (method R), not '%s'", j->kode, lab);
		return LKE_METODE_R;
	}
	if (j->nilai == LKE_NA) {
		if (!(k->flags & LKE_K_PEMDA))
			bad(c, key, "NA is only allowed on a kriterion that "
			    "only a pemda has");
	} else if (lke_nilai_perempat(j->nilai) < 0) {
		bad(c, key, "kriterion %s is answered %s, not '%s'", j->kode,
		    k->jenis == LKE_YT ? "Y or T" : "A, B, C, D or E", lab);
	} else if (k->jenis == LKE_YT && j->nilai != LKE_Y &&
		   j->nilai != LKE_T) {
		bad(c, key, "kriterion %s is a Y/T kriterion: '%s' is not "
		    "allowed", j->kode, lab);
	} else if (k->jenis == LKE_AE && (j->nilai == LKE_Y ||
					  j->nilai == LKE_T)) {
		bad(c, key, "kriterion %s is an A-E kriterion: '%s' is not "
		    "allowed", j->kode, lab);
	}
	return LKE_METODE_P;
}

static const char *const aStatus[] = { "belum", "proses", "selesai",
					"ditolak" };

const char *lke_status_kode(int status)
{
	return status >= 0 && status <= LKE_DITOLAK ? aStatus[status] : "";
}

int lke_status_parse(const char *z)
{
	int i;

	for (i = 0; z && i <= LKE_DITOLAK; i++)
		if (strcmp(z, aStatus[i]) == 0)
			return i;
	return -1;
}

static void check_lhe(const struct lke_template *t,
		      const struct lke_lembar *l, struct chk *c)
{
	char key[160];
	int i, k;

	if (l->lhe_tanggal && !tanggal_valid(l->lhe_tanggal))
		bad(c, "lhe.tanggal", "must be a date YYYY-MM-DD");
	for (i = 0; i < l->ncatatan; i++) {
		snprintf(key, sizeof key, "catatan.%.100s", l->catatan[i].kode);
		if (!lke_komponen_or_sub(t, l->catatan[i].kode))
			bad(c, key, "no komponen or sub-komponen %s in template "
			    "%s", l->catatan[i].kode, t->kode);
	}
	if (l->nrekomendasi && l->tahap != LKE_PENETAPAN)
		bad(c, "rekomendasi", "only a penetapan has recommendations");
	for (i = 0; i < l->nrekomendasi; i++) {
		const struct lke_rekomendasi *r = &l->rekomendasi[i];
		snprintf(key, sizeof key, "rekomendasi[%d]", i);
		if (r->nomor < 1)
			bad(c, key, "nomor must be 1 or more");
		for (k = 0; k < i; k++)
			if (l->rekomendasi[k].nomor == r->nomor)
				bad(c, key, "nomor %d is used twice", r->nomor);
		if (!r->teks || !r->teks[0])
			bad(c, key, "teks is missing");
		if (r->kode && !lke_komponen_or_sub(t, r->kode) &&
		    !lke_kriteria_find(t, r->kode, NULL))
			bad(c, key, "kode: no komponen, sub-komponen or "
			    "kriterion %s in template %s", r->kode, t->kode);
		if (r->prioritas && strcmp(r->prioritas, "tinggi") &&
		    strcmp(r->prioritas, "sedang") &&
		    strcmp(r->prioritas, "rendah"))
			bad(c, key, "prioritas must be tinggi, sedang or rendah");
		if (r->target && !tanggal_valid(r->target))
			bad(c, key, "target must be a date YYYY-MM-DD");
	}
}

int lke_lembar_check(const struct lke_template *t, struct lke_lembar *l,
		     const char *name, struct sbuf *errs)
{
	struct chk c = { name, errs, 0 };
	const char *first = NULL;
	char key[128];
	int i, m, metode = 0;

	if (!l->instansi || !l->instansi[0])
		bad(&c, "instansi", "missing");
	if (l->tahun < 1900 || l->tahun > 2199)
		bad(&c, "tahun", "must be a year (1900-2199), not %d", l->tahun);
	if (l->tahap != LKE_USULAN && l->tahap != LKE_PENETAPAN)
		bad(&c, "tahap", "must be usulan or penetapan");
	if (l->n == 0)
		bad(&c, "jawaban", "no answers");
	check_lhe(t, l, &c);
	for (i = 0; i < l->n; i++) {
		const struct lke_jawaban *j = &l->j[i];
		snprintf(key, sizeof key, "jawaban.%.100s", j->kode);
		if (lke_lembar_find(l, j->kode) != j) {
			bad(&c, key, "answered twice");
			continue;
		}
		m = check_one(t, j, key, &c);
		if (!m)
			continue;
		if (j->saran && !fits(lke_kriteria_find(t, j->kode, NULL),
				      j->saran))
			bad(&c, key, "saran: '%s' is not an answer of this "
			    "kriterion", lke_nilai_label(j->saran));
		if (!metode) {
			metode = m;
			first = j->kode;
		} else if (m != metode) {
			bad(&c, key, "answers a %s (method %s), but the sheet "
			    "uses method %s from %s on: one file, one method",
			    m == LKE_METODE_R ? "sub-komponen" : "kriterion",
			    lke_metode_kode(m), lke_metode_kode(metode), first);
		}
	}
	if (l->metode && metode && l->metode != metode)
		bad(&c, "jawaban", "the answers are method %s, the sheet says %s",
		    lke_metode_kode(metode), lke_metode_kode(l->metode));
	else if (metode)
		l->metode = metode;
	return c.nerr ? SK_EINVAL : 0;
}
