#include "reviu_priv.h"
#include "../util/sbuf.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const struct reviu_ambang reviu_ambang_default = {
	3, /* lonjakan_kali: a target 3× (or a third of) the year before */
	0, /* selisih_rp: money must add up exactly */
};

/* The check table: one row per check, in the order they run. A jenis may
 * have more than one row (a rule per kind of evidence). */
static const struct cek {
	struct reviu_cek_info info;
	rv_cek_fn fn;
} aCek[] = {
	{ { "capaian_tidak_sesuai", REVIU_KESALAHAN,
	    "a printed capaian of an indicator differs from R/T computed" },
	  reviu_cek_capaian },
	{ { "capaian_tidak_sesuai", REVIU_KESALAHAN,
	    "a printed sasaran capaian differs from the mean of its indicators" },
	  reviu_cek_capaian_sasaran },
	{ { "predikat_tidak_sesuai", REVIU_KESALAHAN,
	    "a printed predikat differs from the computed capaian's" },
	  reviu_cek_predikat },
	{ { "target_berbeda", REVIU_KESALAHAN,
	    "a printed or Renstra target differs from the target used" },
	  reviu_cek_target },
	{ { "tahun_tidak_sesuai", REVIU_KESALAHAN,
	    "a printed or PK target equals the target of the year before or after" },
	  reviu_cek_target_tahun },
	{ { "tahun_tidak_sesuai", REVIU_PERINGATAN,
	    "a target for a year outside the Renstra period" },
	  reviu_cek_target_renstra },
	{ { "realisasi_berbeda", REVIU_KESALAHAN,
	    "a printed realisasi differs from the realisasi used" },
	  reviu_cek_realisasi },
	{ { "indikator_tanpa_realisasi", REVIU_PERINGATAN,
	    "an IKU with a target but no realisasi and no explanation" },
	  reviu_cek_tanpa_realisasi },
	{ { "nilai_tidak_terbaca", REVIU_KESALAHAN,
	    "a printed indicator figure is empty or a spreadsheet error" },
	  reviu_cek_nilai_indikator },
	{ { "jumlah_tidak_sesuai", REVIU_KESALAHAN,
	    "a budget line's own figure is not the sum of its rows" },
	  reviu_cek_jumlah },
	{ { "jumlah_tidak_sesuai", REVIU_KESALAHAN,
	    "a printed total (agency, or a line without own figures) is not the sum" },
	  reviu_cek_jumlah_cetak },
	{ { "pagu_berbeda", REVIU_KESALAHAN,
	    "a second printing of a budget line differs from its own figure" },
	  reviu_cek_pagu },
	{ { "serapan_tidak_sesuai", REVIU_KESALAHAN,
	    "a printed serapan differs from realisasi / pagu computed" },
	  reviu_cek_serapan },
	{ { "anggaran_pk_berbeda", REVIU_KESALAHAN,
	    "the PK budget differs from the DPA without a PK Perubahan" },
	  reviu_cek_anggaran_pk },
	{ { "nilai_tidak_terbaca", REVIU_KESALAHAN,
	    "a printed amount or serapan is empty, text or a spreadsheet error" },
	  reviu_cek_nilai_anggaran },
	{ { "polaritas_meragukan", REVIU_PERINGATAN,
	    "the indicator's name suggests the other polarity" },
	  reviu_cek_polaritas },
	{ { "target_melonjak", REVIU_PERINGATAN,
	    "a yearly target jumps by a factor from the year before" },
	  reviu_cek_target_melonjak },
	{ { "target_akhir_terlampaui", REVIU_PERINGATAN,
	    "the realisasi already passes the Renstra end target" },
	  reviu_cek_target_akhir },
	{ { "data_kosong", REVIU_CATATAN,
	    "a blank (null) budget figure makes its totals unknown" },
	  reviu_cek_data_kosong },
};

#define NCEK ((int)(sizeof aCek / sizeof aCek[0]))

const struct reviu_cek_info *reviu_daftar(int i)
{
	return i >= 0 && i < NCEK ? &aCek[i].info : NULL;
}

const char *reviu_tingkat_nama(enum reviu_tingkat t)
{
	static const char *const a[] = { "kesalahan", "peringatan", "catatan" };
	return (unsigned)t < 3 ? a[t] : "?";
}

void reviu_hitung_tingkat(const struct reviu *r, int out[3])
{
	int i;

	out[0] = out[1] = out[2] = 0;
	for (i = 0; i < r->n; i++)
		if ((unsigned)r->a[i].tingkat < 3)
			out[r->a[i].tingkat]++;
}

/* ---- temuan and their dedupe ---------------------------------------- */

struct rv_item {
	const char *kunci;  /* printed value */
	char benar[RV_KUNCI_MAX];
	const char *pola;   /* the message with its markers */
};

static void kunci_benar(const struct reviu_nilai *v, char *buf)
{
	struct num x;
	size_t i;

	switch (v->jenis) {
	case BENAR_PERSEN:
		snprintf(buf, RV_KUNCI_MAX, "p:%lld", (long long)v->persen);
		break;
	case BENAR_RUPIAH:
		snprintf(buf, RV_KUNCI_MAX, "r:%lld", (long long)v->rp);
		break;
	case BENAR_ANGKA:
		x = v->angka;
		while (x.e > 0 && x.m % 10 == 0)
			x.m /= 10, x.e--;
		snprintf(buf, RV_KUNCI_MAX, "a:%lld/%d", (long long)x.m, x.e);
		break;
	case BENAR_TEKS:
		snprintf(buf, RV_KUNCI_MAX, "t:%s", v->teks ? v->teks : "");
		for (i = 2; buf[i]; i++)
			if (buf[i] >= 'A' && buf[i] <= 'Z')
				buf[i] = (char)(buf[i] + 32);
		break;
	default:
		strcpy(buf, "-");
	}
}

static int str_eq(const char *a, const char *b)
{
	if (!a || !b)
		return a == b;
	return strcmp(a, b) == 0;
}

/* Joins a source into a "; "-separated list unless it is there already. */
static const char *sumber_join(struct arena *a, const char *list,
			       const char *s)
{
	size_t n;
	const char *p;
	char *out;

	if (!s || !s[0])
		return list;
	if (!list)
		return arena_strdup(a, s);
	n = strlen(s);
	for (p = list; (p = strstr(p, s)); p += n)
		if ((p == list || p[-1] == ' ') && (p[n] == 0 || p[n] == ';'))
			return list;
	out = arena_alloc(a, strlen(list) + n + 3);
	if (!out)
		return list;
	sprintf(out, "%s; %s", list, s);
	return out;
}

static int grow(struct rv *c)
{
	struct reviu *r = c->r;
	struct temuan *a;
	struct rv_item *it;
	int cap = r->cap ? r->cap * 2 : 32;

	a = realloc(r->a, (size_t)cap * sizeof *a);
	if (!a)
		return -1;
	r->a = a;
	it = realloc(c->item, (size_t)cap * sizeof *it);
	if (!it)
		return -1;
	c->item = it;
	r->cap = cap;
	return 0;
}

static int find(const struct rv *c, const struct rv_temuan *t,
		const char *kunci, const char *benar)
{
	const struct reviu *r = c->r;
	int i;

	for (i = r->n - 1; i >= 0; i--) {
		const struct temuan *x = &r->a[i];

		if (x->instansi != c->kode_in)
			break; /* temuan are added agency by agency */
		if (x->tahun == t->tahun && strcmp(x->jenis, c->jenis) == 0 &&
		    strcmp(x->kode, t->kode) == 0 &&
		    str_eq(c->item[i].kunci, kunci) &&
		    strcmp(c->item[i].benar, benar) == 0)
			return i;
	}
	return -1;
}

static void merge(struct rv *c, int i, const struct rv_temuan *t)
{
	struct temuan *x = &c->r->a[i];

	x->sumber = sumber_join(&c->r->arena, x->sumber, t->sumber);
	if (t->dilaporkan && x->dilaporkan &&
	    strlen(t->dilaporkan) < strlen(x->dilaporkan))
		x->dilaporkan = arena_strdup(&c->r->arena, t->dilaporkan);
}

void rv_add(struct rv *c, const struct rv_temuan *t, const char *fmt, ...)
{
	struct arena *a = &c->r->arena;
	struct temuan *x;
	struct rv_item *it;
	struct sbuf b = SBUF_INIT(0);
	char benar[RV_KUNCI_MAX];
	const char *kunci = t->kunci ? t->kunci : t->dilaporkan;
	va_list ap;
	int i;

	kunci_benar(&t->benar, benar);
	if ((i = find(c, t, kunci, benar)) >= 0) {
		merge(c, i, t);
		return;
	}
	if (c->r->n == c->r->cap && grow(c)) {
		c->nomem = 1;
		return;
	}
	va_start(ap, fmt);
	sbuf_vaddf(&b, fmt, ap);
	va_end(ap);
	x = &c->r->a[c->r->n];
	it = &c->item[c->r->n];
	memset(x, 0, sizeof *x);
	x->instansi = c->kode_in;
	x->kode = arena_strdup(a, t->kode);
	x->jenis = c->jenis;
	x->tingkat = c->tingkat;
	x->tahun = t->tahun;
	x->dilaporkan = t->dilaporkan ? arena_strdup(a, t->dilaporkan) : NULL;
	x->seharusnya = t->benar;
	if (t->benar.jenis == BENAR_TEKS)
		x->seharusnya.teks = arena_strdup(a, t->benar.teks ? t->benar.teks : "");
	x->sumber = t->sumber && t->sumber[0] ? arena_strdup(a, t->sumber) : NULL;
	it->kunci = kunci ? arena_strdup(a, kunci) : NULL;
	memcpy(it->benar, benar, sizeof benar);
	it->pola = b.err ? "" : arena_strdup(a, b.z);
	sbuf_release(&b);
	c->r->n++;
}

/* Puts the chosen printed string and the sources into each message. */
static void finish(struct rv *c)
{
	struct reviu *r = c->r;
	int i;

	for (i = 0; i < r->n; i++) {
		struct temuan *x = &r->a[i];
		struct sbuf b = SBUF_INIT(0);
		const char *p;

		for (p = c->item[i].pola; *p; p++) {
			if (*p == RV_DIL[0])
				sbuf_adds(&b, x->dilaporkan ? x->dilaporkan : "");
			else if (*p == RV_SUMBER[0] && x->sumber)
				sbuf_addf(&b, " (%s)", x->sumber);
			else if (*p != RV_SUMBER[0])
				sbuf_addc(&b, *p);
		}
		x->pesan = b.err ? "" : arena_strdup(&r->arena, b.z);
		sbuf_release(&b);
	}
}

/* ---- the run -------------------------------------------------------- */

static int jenis_dikenal(const char *jenis)
{
	int i;

	for (i = 0; i < NCEK; i++)
		if (strcmp(aCek[i].info.jenis, jenis) == 0)
			return 1;
	return 0;
}

int reviu_pkg(const struct pkg *p, int tahun, const char *instansi_kode,
	      const char *jenis, struct reviu *r, struct sk_err *e)
{
	struct hasil h;
	struct rv c;
	int i, k, rc;

	memset(r, 0, sizeof *r);
	r->tahun = tahun;
	if (jenis && !jenis_dikenal(jenis))
		return sk_errf(e, SK_ENOTFOUND, "no reviu check of jenis '%s'",
			       jenis);
	if ((rc = hitung_pkg(p, tahun, instansi_kode, &h, e)))
		return rc;
	memset(&c, 0, sizeof c);
	c.p = p;
	c.h = &h;
	c.tahun = tahun;
	c.r = r;
	c.ambang = &reviu_ambang_default;
	for (i = 0; i < p->ninstansi; i++) {
		if (instansi_kode && strcmp(p->instansi[i].kode, instansi_kode))
			continue;
		c.in = &p->instansi[i];
		c.kode_in = arena_strdup(&r->arena, c.in->kode);
		if (!c.kode_in)
			break;
		for (k = 0; k < NCEK; k++) {
			if (jenis && strcmp(jenis, aCek[k].info.jenis))
				continue;
			c.jenis = aCek[k].info.jenis;
			c.tingkat = aCek[k].info.tingkat;
			aCek[k].fn(&c);
		}
	}
	finish(&c);
	free(c.item);
	hasil_free(&h);
	if (c.nomem || r->arena.err)
		return sk_errf(e, SK_ENOMEM, "reviu: out of memory");
	return 0;
}

void reviu_free(struct reviu *r)
{
	free(r->a);
	arena_free(&r->arena);
	memset(r, 0, sizeof *r);
}
