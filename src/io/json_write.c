/* json_write: the canonical `sakip/1` text of a package.
 *
 * Keys in the order of data-format.md, two-space indentation, one member
 * or element per line, values as stored: a value the input gave as a
 * string is written back as that string, a JSON number as its exact
 * text, money as the string it was given as or as an integer. Absent
 * data is left out. Year lists come out sorted (the model keeps them
 * so); `profil` is the canonical text the reader made, re-indented.
 * The output depends only on the package, so reading it back and
 * writing again gives the same bytes. */
#include "json.h"
#include "json_priv.h"
#include "../util/err.h"

#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#define JW_DEPTH 64

void json_put_string(struct sbuf *b, const char *z, size_t n)
{
	size_t i, run = 0;
	char esc[8];

	sbuf_addc(b, '"');
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)z[i];
		const char *e = NULL;

		if (c == '"')
			e = "\\\"";
		else if (c == '\\')
			e = "\\\\";
		else if (c == '\n')
			e = "\\n";
		else if (c == '\t')
			e = "\\t";
		else if (c == '\r')
			e = "\\r";
		else if (c < 0x20) {
			snprintf(esc, sizeof esc, "\\u%04x", c);
			e = esc;
		}
		if (!e)
			continue;
		sbuf_add(b, z + run, i - run);
		sbuf_adds(b, e);
		run = i + 1;
	}
	sbuf_add(b, z + run, n - run);
	sbuf_addc(b, '"');
}

/* ---- the pretty printer ------------------------------------------------- */

struct jw {
	struct sbuf *b;
	int depth;
	int count[JW_DEPTH]; /* members written at each depth */
	int after_key;
};

static void jw_newline(struct jw *w, int depth)
{
	int i;

	sbuf_addc(w->b, '\n');
	for (i = 0; i < depth; i++)
		sbuf_add(w->b, "  ", 2);
}

/* Before a value or a key: the comma and the line break. */
static void jw_pre(struct jw *w)
{
	if (w->after_key) {
		w->after_key = 0;
		return;
	}
	if (w->depth > 0) {
		if (w->count[w->depth]++)
			sbuf_addc(w->b, ',');
		jw_newline(w, w->depth);
	}
}

static void jw_open(struct jw *w, char c)
{
	jw_pre(w);
	sbuf_addc(w->b, c);
	if (w->depth + 1 < JW_DEPTH)
		w->depth++;
	w->count[w->depth] = 0;
}

static void jw_close(struct jw *w, char c)
{
	if (w->count[w->depth])
		jw_newline(w, w->depth - 1);
	w->depth--;
	sbuf_addc(w->b, c);
}

static void jw_key(struct jw *w, const char *k)
{
	jw_pre(w);
	json_put_string(w->b, k, strlen(k));
	sbuf_add(w->b, ": ", 2);
	w->after_key = 1;
}

static void jw_year(struct jw *w, int tahun)
{
	char buf[16];

	snprintf(buf, sizeof buf, "%d", tahun);
	jw_key(w, buf);
}

static void jw_str(struct jw *w, const char *s)
{
	jw_pre(w);
	json_put_string(w->b, s, strlen(s));
}

static void jw_raw(struct jw *w, const char *s)
{
	jw_pre(w);
	sbuf_adds(w->b, s);
}

static void jw_int(struct jw *w, int64_t v)
{
	jw_pre(w);
	sbuf_addf(w->b, "%" PRId64, v);
}

/* key: "text", only when s is not NULL. */
static void jw_kstr(struct jw *w, const char *k, const char *s)
{
	if (!s)
		return;
	jw_key(w, k);
	jw_str(w, s);
}

static void jw_knum(struct jw *w, const char *k, struct num x)
{
	char buf[NUM_BUFSZ];

	jw_key(w, k);
	jw_raw(w, num_format(x, -1, NUM_PLAIN, buf));
}

/* Canonical compact JSON (no blanks outside strings) laid out like the
 * rest of the output. */
static void jw_embed(struct jw *w, const char *z)
{
	int depth = w->depth, instr = 0;

	jw_pre(w);
	for (; *z; z++) {
		char c = *z;

		if (instr) {
			sbuf_addc(w->b, c);
			if (c == '\\' && z[1])
				sbuf_addc(w->b, *++z);
			else if (c == '"')
				instr = 0;
			continue;
		}
		if (c == '"') {
			instr = 1;
			sbuf_addc(w->b, c);
		} else if ((c == '{' || c == '[') && (z[1] == '}' || z[1] == ']')) {
			sbuf_addc(w->b, c);
			sbuf_addc(w->b, *++z);
		} else if (c == '{' || c == '[') {
			sbuf_addc(w->b, c);
			jw_newline(w, ++depth);
		} else if (c == '}' || c == ']') {
			jw_newline(w, --depth);
			sbuf_addc(w->b, c);
		} else if (c == ',') {
			sbuf_addc(w->b, c);
			jw_newline(w, depth);
		} else if (c == ':') {
			sbuf_add(w->b, ": ", 2);
		} else {
			sbuf_addc(w->b, c);
		}
	}
}

/* ---- values --------------------------------------------------------------- */

static void jw_nilai(struct jw *w, const struct nilai *n)
{
	if (!n->raw)
		jw_raw(w, "null");
	else if (n->is_num)
		jw_raw(w, n->raw);
	else
		jw_str(w, n->raw);
}

static void jw_years(struct jw *w, const struct tahunan *t)
{
	int i;

	jw_open(w, '{');
	for (i = 0; i < t->n; i++) {
		jw_year(w, t->a[i].tahun);
		jw_nilai(w, &t->a[i].n);
	}
	jw_close(w, '}');
}

static void jw_tahunan(struct jw *w, const char *k, const struct tahunan *t)
{
	if (t->n == 0)
		return;
	jw_key(w, k);
	jw_years(w, t);
}

static void jw_uang(struct jw *w, const char *k, const struct uang *u)
{
	if (!u->ok)
		return;
	jw_key(w, k);
	if (u->raw)
		jw_str(w, u->raw);
	else
		jw_int(w, u->rp);
}

static void jw_laporan(struct jw *w, const char *k, const struct laporan_list *l)
{
	int i, j, m;

	if (l->n == 0)
		return;
	jw_key(w, k);
	jw_open(w, '{');
	for (i = 0; i < l->n; i = j) {
		jw_year(w, l->a[i].tahun);
		jw_open(w, '{');
		for (j = i; j < l->n && l->a[j].tahun == l->a[i].tahun; j++) {
			const struct laporan *e = &l->a[j];
			jw_key(w, e->kunci);
			if (!e->as_list) {
				jw_str(w, e->n ? e->a[0].nilai : "");
				continue;
			}
			jw_open(w, '[');
			for (m = 0; m < e->n; m++) {
				jw_open(w, '{');
				jw_kstr(w, "nilai", e->a[m].nilai);
				jw_kstr(w, "sumber", e->a[m].sumber);
				jw_close(w, '}');
			}
			jw_close(w, ']');
		}
		jw_close(w, '}');
	}
	jw_close(w, '}');
}

static void jw_narasi(struct jw *w, const struct narasi_list *l)
{
	int i, j;

	if (l->n == 0)
		return;
	jw_key(w, "narasi");
	jw_open(w, '{');
	for (i = 0; i < l->n; i++) {
		jw_year(w, l->a[i].tahun);
		jw_open(w, '{');
		for (j = 0; j < l->a[i].n; j++)
			jw_kstr(w, l->a[i].kunci[j], l->a[i].teks[j]);
		jw_close(w, '}');
	}
	jw_close(w, '}');
}

static void jw_cetak(struct jw *w, const struct anggaran_cetak *a, int n)
{
	int i;

	jw_open(w, '[');
	for (i = 0; i < n; i++) {
		jw_open(w, '{');
		jw_kstr(w, "sumber", a[i].sumber);
		jw_kstr(w, "pagu", a[i].pagu);
		jw_kstr(w, "pagu_perubahan", a[i].pagu_perubahan);
		jw_kstr(w, "realisasi", a[i].realisasi);
		jw_kstr(w, "serapan", a[i].serapan);
		jw_close(w, '}');
	}
	jw_close(w, ']');
}

/* ---- indikator and nodes ---------------------------------------------------- */

static void jw_periode(struct jw *w, const struct indikator *d)
{
	int i, j;

	if (d->nperiode == 0)
		return;
	jw_key(w, "realisasi_periode");
	jw_open(w, '{');
	for (i = 0; i < d->nperiode; i++) {
		const struct periode *pe = &d->periode[i];
		jw_year(w, pe->tahun);
		jw_open(w, '{');
		jw_kstr(w, "jenis", pe->bulanan ? "bulan" : "triwulan");
		jw_key(w, "nilai");
		jw_open(w, '[');
		for (j = 0; j < pe->n; j++)
			jw_nilai(w, &pe->a[j]);
		jw_close(w, ']');
		jw_close(w, '}');
	}
	jw_close(w, '}');
}

static void jw_indikator_head(struct jw *w, const struct indikator *d)
{
	static const char *const pol[] = { "positif", "negatif", "rentang" };
	static const char *const tipe[] = { "angka", "predikat", "teks" };
	static const char *const agr[] = { "kumulatif", "terakhir", "rata_rata" };

	jw_kstr(w, "kode", d->kode);
	jw_kstr(w, "uraian", d->uraian);
	jw_kstr(w, "satuan", d->satuan);
	if (d->has_iku) {
		jw_key(w, "iku");
		jw_raw(w, d->iku ? "true" : "false");
	}
	jw_kstr(w, "polaritas", pol[d->polaritas]);
	jw_kstr(w, "tipe", tipe[d->tipe]);
	jw_kstr(w, "skala", d->skala);
	if (d->has_agregasi)
		jw_kstr(w, "agregasi", agr[d->agregasi]);
	jw_kstr(w, "formula", d->formula);
	jw_kstr(w, "sumber_data", d->sumber_data);
	if (d->baseline_tahun || d->baseline.raw) {
		jw_key(w, "baseline");
		jw_open(w, '{');
		if (d->baseline_tahun) {
			jw_key(w, "tahun");
			jw_int(w, d->baseline_tahun);
		}
		if (d->baseline.raw) {
			jw_key(w, "nilai");
			jw_nilai(w, &d->baseline);
		}
		jw_close(w, '}');
	}
}

static void jw_indikator(struct jw *w, const struct indikator *d)
{
	int i;

	jw_open(w, '{');
	jw_indikator_head(w, d);
	jw_tahunan(w, "target", &d->target);
	if (d->target_akhir.raw) {
		jw_key(w, "target_akhir");
		jw_nilai(w, &d->target_akhir);
	}
	jw_tahunan(w, "target_pk", &d->target_pk);
	jw_tahunan(w, "target_pk_perubahan", &d->target_pk_perubahan);
	jw_tahunan(w, "realisasi", &d->realisasi);
	jw_periode(w, d);
	if (d->npembanding) {
		jw_key(w, "pembanding");
		jw_open(w, '{');
		for (i = 0; i < d->npembanding; i++) {
			jw_key(w, d->pembanding[i].jenis);
			jw_years(w, &d->pembanding[i].nilai);
		}
		jw_close(w, '}');
	}
	jw_laporan(w, "dilaporkan", &d->dilaporkan);
	jw_narasi(w, &d->narasi);
	jw_close(w, '}');
}

static void jw_anggaran(struct jw *w, const struct anggaran *g)
{
	int i;

	jw_year(w, g->tahun);
	jw_open(w, '{');
	jw_uang(w, "pagu", &g->pagu);
	jw_uang(w, "pagu_perubahan", &g->pagu_perubahan);
	jw_uang(w, "realisasi", &g->realisasi);
	jw_uang(w, "pagu_pk", &g->pagu_pk);
	jw_uang(w, "pagu_pk_perubahan", &g->pagu_pk_perubahan);
	if (g->nrincian) {
		jw_key(w, "rincian");
		jw_open(w, '[');
		for (i = 0; i < g->nrincian; i++) {
			const struct rincian *c = &g->rincian[i];
			jw_open(w, '{');
			jw_kstr(w, "uraian", c->uraian);
			jw_uang(w, "pagu", &c->pagu);
			jw_uang(w, "pagu_perubahan", &c->pagu_perubahan);
			jw_uang(w, "realisasi", &c->realisasi);
			jw_close(w, '}');
		}
		jw_close(w, ']');
	}
	if (g->ndilaporkan) {
		jw_key(w, "dilaporkan");
		jw_cetak(w, g->dilaporkan, g->ndilaporkan);
	}
	jw_close(w, '}');
}

static void jw_node(struct jw *w, const struct node *nd)
{
	int i;

	jw_open(w, '{');
	jw_kstr(w, "kode", nd->kode);
	jw_kstr(w, "uraian", nd->uraian);
	if (nd->nindikator) {
		jw_key(w, "indikator");
		jw_open(w, '[');
		for (i = 0; i < nd->nindikator; i++)
			jw_indikator(w, &nd->indikator[i]);
		jw_close(w, ']');
	}
	if (nd->nanggaran) {
		jw_key(w, "anggaran");
		jw_open(w, '{');
		for (i = 0; i < nd->nanggaran; i++)
			jw_anggaran(w, &nd->anggaran[i]);
		jw_close(w, '}');
	}
	jw_laporan(w, "dilaporkan", &nd->dilaporkan);
	if (nd->nanak && tingkat_anak(nd->tingkat)) {
		jw_key(w, tingkat_anak(nd->tingkat));
		jw_open(w, '[');
		for (i = 0; i < nd->nanak; i++)
			jw_node(w, &nd->anak[i]);
		jw_close(w, ']');
	}
	jw_close(w, '}');
}

/* ---- instansi and the package -------------------------------------------------- */

static void jw_pejabat(struct jw *w, const char *k, const struct pejabat *pj)
{
	jw_key(w, k);
	jw_open(w, '{');
	jw_kstr(w, "nama", pj->nama);
	jw_kstr(w, "nip", pj->nip);
	jw_kstr(w, "jabatan", pj->jabatan);
	jw_kstr(w, "pangkat", pj->pangkat);
	jw_close(w, '}');
}

static void jw_pk(struct jw *w, const struct instansi *in)
{
	int i;

	if (in->npk == 0)
		return;
	jw_key(w, "pk");
	jw_open(w, '{');
	for (i = 0; i < in->npk; i++) {
		const struct pk *pk = &in->pk[i];
		jw_year(w, pk->tahun);
		jw_open(w, '{');
		jw_kstr(w, "tempat", pk->ttd.tempat);
		jw_kstr(w, "tanggal", pk->ttd.tanggal);
		if (pk->has_perubahan) {
			jw_key(w, "perubahan");
			jw_open(w, '{');
			jw_kstr(w, "tempat", pk->perubahan.tempat);
			jw_kstr(w, "tanggal", pk->perubahan.tanggal);
			jw_close(w, '}');
		}
		jw_close(w, '}');
	}
	jw_close(w, '}');
}

static void jw_instansi_head(struct jw *w, const struct instansi *in)
{
	int i;

	jw_kstr(w, "kode", in->kode);
	jw_kstr(w, "nama", in->nama);
	if (in->has_pimpinan)
		jw_pejabat(w, "pimpinan", &in->pimpinan);
	if (in->has_atasan)
		jw_pejabat(w, "atasan", &in->atasan);
	if (in->renstra_awal || in->renstra_akhir || in->renstra_acuan) {
		jw_key(w, "renstra");
		jw_open(w, '{');
		if (in->renstra_awal) {
			jw_key(w, "awal");
			jw_int(w, in->renstra_awal);
		}
		if (in->renstra_akhir) {
			jw_key(w, "akhir");
			jw_int(w, in->renstra_akhir);
		}
		jw_kstr(w, "acuan", in->renstra_acuan);
		jw_close(w, '}');
	}
	jw_pk(w, in);
	if (in->nanggaran_dilaporkan) {
		jw_key(w, "anggaran_dilaporkan");
		jw_open(w, '{');
		for (i = 0; i < in->nanggaran_dilaporkan; i++) {
			jw_year(w, in->anggaran_dilaporkan[i].tahun);
			jw_cetak(w, in->anggaran_dilaporkan[i].a,
				 in->anggaran_dilaporkan[i].n);
		}
		jw_close(w, '}');
	}
}

static void jw_instansi(struct jw *w, const struct instansi *in)
{
	int i;

	jw_open(w, '{');
	jw_instansi_head(w, in);
	jw_narasi(w, &in->narasi);
	if (in->profil_json) {
		jw_key(w, "profil");
		jw_embed(w, in->profil_json);
	}
	if (in->ntujuan) {
		jw_key(w, "tujuan");
		jw_open(w, '[');
		for (i = 0; i < in->ntujuan; i++)
			jw_node(w, &in->tujuan[i]);
		jw_close(w, ']');
	}
	jw_close(w, '}');
}

static void jw_kebijakan(struct jw *w, const struct kebijakan *k)
{
	int i;

	if (!(k->has_rumus || k->has_batas || k->has_skala || k->has_efisiensi ||
	      k->has_desimal))
		return;
	jw_key(w, "kebijakan");
	jw_open(w, '{');
	if (k->has_rumus)
		jw_kstr(w, "rumus_negatif",
			k->rumus_negatif == RUMUS_T_R ? "T/R" : "2T-R");
	if (k->has_batas)
		jw_knum(w, "batas_capaian", k->batas_capaian);
	if (k->has_skala) {
		jw_key(w, "skala_predikat");
		jw_open(w, '[');
		for (i = 0; i < k->nskala; i++) {
			jw_open(w, '{');
			jw_knum(w, "min", k->skala[i].min);
			jw_kstr(w, "label", k->skala[i].label);
			jw_close(w, '}');
		}
		jw_close(w, ']');
	}
	if (k->has_efisiensi) {
		jw_key(w, "efisiensi");
		jw_open(w, '{');
		jw_kstr(w, "metode", k->efisiensi_metode ? k->efisiensi_metode : "selisih");
		jw_knum(w, "ambang", k->efisiensi_ambang);
		jw_close(w, '}');
	}
	if (k->has_desimal) {
		jw_key(w, "desimal");
		jw_int(w, k->desimal);
	}
	jw_close(w, '}');
}

int json_write_pkg(const struct pkg *p, const char *kode, struct sbuf *out)
{
	struct jw w;
	int i, found = 0;

	for (i = 0; kode && i < p->ninstansi && !found; i++)
		found = p->instansi[i].kode && strcmp(p->instansi[i].kode, kode) == 0;
	if (kode && !found)
		return SK_ENOTFOUND;
	memset(&w, 0, sizeof w);
	w.b = out;
	jw_open(&w, '{');
	jw_kstr(&w, "format", "sakip/1");
	if (p->pemda_kode || p->pemda_nama) {
		jw_key(&w, "pemda");
		jw_open(&w, '{');
		jw_kstr(&w, "kode", p->pemda_kode);
		jw_kstr(&w, "nama", p->pemda_nama);
		jw_close(&w, '}');
	}
	jw_kebijakan(&w, &p->kebijakan);
	jw_key(&w, "instansi");
	jw_open(&w, '[');
	for (i = 0; i < p->ninstansi; i++)
		if (!kode || (p->instansi[i].kode &&
			      strcmp(p->instansi[i].kode, kode) == 0))
			jw_instansi(&w, &p->instansi[i]);
	jw_close(&w, ']');
	jw_close(&w, '}');
	sbuf_addc(out, '\n');
	return out->err ? out->err : 0;
}
