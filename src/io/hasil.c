#include "hasil.h"
#include "json_priv.h"
#include "../core/money.h"

#include <stdio.h>
#include <string.h>

void json_add_str(struct sbuf *out, const char *z)
{
	if (!z)
		z = "";
	json_put_string(out, z, strlen(z));
}

static void add_pct(struct sbuf *out, pct_t p, int d)
{
	char buf[NUM_BUFSZ];

	sbuf_adds(out, pct_format(p, d, NUM_PLAIN, buf));
}

static void json_head(struct sbuf *out, const char *instansi, const char *kode)
{
	sbuf_adds(out, "  {\"instansi\": ");
	json_add_str(out, instansi);
	sbuf_adds(out, ", \"kode\": ");
	json_add_str(out, kode);
}

static void json_indikator(const struct hasil *h, struct sbuf *out)
{
	int i;

	sbuf_adds(out, " \"indikator\": [\n");
	for (i = 0; i < h->nind; i++) {
		const struct hasil_indikator *r = &h->ind[i];

		json_head(out, r->instansi->kode, r->ind->kode);
		if (r->cap.ok) {
			sbuf_adds(out, ", \"capaian\": ");
			add_pct(out, r->cap.nilai, h->desimal);
			if (r->cap.dibatasi) {
				sbuf_adds(out, ", \"capaian_terbatas\": ");
				add_pct(out, r->cap.terbatas, h->desimal);
			}
		} else {
			sbuf_adds(out, ", \"capaian\": null, \"alasan\": ");
			json_add_str(out, r->cap.alasan);
		}
		if (r->has_akhir && r->cap_akhir.ok) {
			sbuf_adds(out, ", \"capaian_target_akhir\": ");
			add_pct(out, r->cap_akhir.nilai, h->desimal);
		}
		if (r->cap.ambang >= 0)
			sbuf_addf(out, ", \"ambang_terpenuhi\": %s",
				  r->cap.ambang ? "true" : "false");
		if (r->predikat) {
			sbuf_adds(out, ", \"predikat\": ");
			json_add_str(out, r->predikat);
		}
		sbuf_adds(out, i + 1 < h->nind ? "},\n" : "}\n");
	}
	sbuf_adds(out, " ],\n");
}

static void json_sasaran(const struct hasil *h, struct sbuf *out)
{
	int i, first = 1;

	sbuf_adds(out, " \"sasaran\": [");
	for (i = 0; i < h->nsasaran; i++) {
		const struct hasil_sasaran *s = &h->sasaran[i];

		sbuf_adds(out, first ? "\n" : ",\n");
		first = 0;
		json_head(out, s->instansi->kode, s->kode);
		if (s->ok) {
			sbuf_adds(out, ", \"capaian\": ");
			add_pct(out, s->capaian, h->desimal);
		} else {
			sbuf_adds(out, ", \"capaian\": null");
		}
		sbuf_addf(out, ", \"jumlah_indikator\": %d, \"tanpa_capaian\": %d}",
			  s->n, s->ntanpa);
	}
	sbuf_adds(out, "\n ],\n");
}

static void json_anggaran(const struct hasil *h, struct sbuf *out)
{
	int i;

	sbuf_adds(out, " \"anggaran\": [");
	for (i = 0; i < h->nanggaran; i++) {
		const struct hasil_anggaran *a = &h->anggaran[i];

		sbuf_adds(out, i ? ",\n" : "\n");
		json_head(out, a->instansi->kode, a->kode);
		if (a->j.pagu_ok)
			sbuf_addf(out, ", \"pagu\": %lld", (long long)a->j.pagu);
		if (a->j.realisasi_ok)
			sbuf_addf(out, ", \"realisasi\": %lld",
				  (long long)a->j.realisasi);
		if (a->serapan_ok) {
			sbuf_adds(out, ", \"serapan\": ");
			add_pct(out, a->serapan, h->desimal);
		} else {
			sbuf_adds(out, ", \"serapan\": null, \"alasan\": ");
			json_add_str(out, a->alasan);
		}
		sbuf_adds(out, "}");
	}
	sbuf_adds(out, "\n ],\n");
}

static void json_efisiensi(const struct hasil *h, struct sbuf *out)
{
	int i;

	sbuf_adds(out, " \"efisiensi\": [");
	for (i = 0; i < h->nefisiensi; i++) {
		const struct hasil_efisiensi *f = &h->efisiensi[i];

		sbuf_adds(out, i ? ",\n" : "\n");
		json_head(out, f->instansi->kode, f->kode);
		sbuf_adds(out, ", \"capaian\": ");
		add_pct(out, f->capaian, h->desimal);
		sbuf_adds(out, ", \"serapan\": ");
		add_pct(out, f->serapan, h->desimal);
		sbuf_addf(out, ", \"efisien\": %s}", f->efisien ? "true" : "false");
	}
	sbuf_adds(out, "\n ]\n");
}

void hasil_write_json(const struct hasil *h, struct sbuf *out)
{
	sbuf_addf(out, "{\n \"format\": \"sakip-expected/1\",\n \"tahun\": %d,\n",
		  h->tahun);
	json_indikator(h, out);
	json_sasaran(h, out);
	json_anggaran(h, out);
	json_efisiensi(h, out);
	sbuf_adds(out, "}\n");
}

/* A CSV field, quoted when it must be. */
static void csv_field(struct sbuf *out, const char *z, int last)
{
	z = z ? z : "";
	if (strpbrk(z, ",\"\n\r")) {
		sbuf_addc(out, '"');
		for (; *z; z++) {
			if (*z == '"')
				sbuf_addc(out, '"');
			sbuf_addc(out, *z);
		}
		sbuf_addc(out, '"');
	} else {
		sbuf_adds(out, z);
	}
	sbuf_addc(out, last ? '\n' : ',');
}

void hasil_write_csv(const struct hasil *h, struct sbuf *out)
{
	char a[NUM_BUFSZ], b[NUM_BUFSZ], c[NUM_BUFSZ];
	int i;

	sbuf_adds(out, "instansi,kode,uraian,target,realisasi,capaian,"
		       "capaian_terbatas,capaian_target_akhir,predikat,alasan\n");
	for (i = 0; i < h->nind; i++) {
		const struct hasil_indikator *r = &h->ind[i];

		csv_field(out, r->instansi->kode, 0);
		csv_field(out, r->ind->kode, 0);
		csv_field(out, r->ind->uraian, 0);
		csv_field(out, r->target ? r->target->raw : "", 0);
		csv_field(out, r->realisasi_nilai ? r->realisasi_nilai->raw : "", 0);
		csv_field(out, r->cap.ok ? pct_format(r->cap.nilai, h->desimal,
						      NUM_PLAIN, a) : "", 0);
		csv_field(out, r->cap.ok ? pct_format(r->cap.terbatas, h->desimal,
						      NUM_PLAIN, b) : "", 0);
		csv_field(out, r->has_akhir && r->cap_akhir.ok ?
			  pct_format(r->cap_akhir.nilai, h->desimal, NUM_PLAIN, c) :
			  "", 0);
		csv_field(out, r->predikat, 0);
		csv_field(out, r->cap.ok ? "" : r->cap.alasan, 1);
	}
}

/* z as a text column of w characters: padded with spaces, at least one,
 * and cut (UTF-8 aware) with "…" when it is longer than w - 1. */
static void text_col(struct sbuf *out, const char *z, int w)
{
	int chars = 0, n = 0;
	const char *p = z ? z : "";

	for (; *p; p++)
		n += ((unsigned char)*p & 0xC0) != 0x80;
	for (p = z ? z : ""; *p && chars < (n < w ? n : w - 2); chars++) {
		const char *q = p + 1;
		while (((unsigned char)*q & 0xC0) == 0x80)
			q++;
		sbuf_add(out, p, (size_t)(q - p));
		p = q;
	}
	if (n >= w) {
		sbuf_adds(out, "…");
		chars++;
	}
	for (; chars < w; chars++)
		sbuf_addc(out, ' ');
}

void hasil_write_text(const struct hasil *h, struct sbuf *out)
{
	char a[NUM_BUFSZ], b[NUM_BUFSZ], c[3 * NUM_BUFSZ];
	const struct instansi *cur = NULL;
	int i;

	for (i = 0; i < h->nind; i++) {
		const struct hasil_indikator *r = &h->ind[i];

		if (r->instansi != cur) {
			cur = r->instansi;
			sbuf_addf(out, "\n%s — %s, tahun %d\n", cur->nama, cur->kode,
				  h->tahun);
			sbuf_adds(out, "Kode          Indikator                          "
				       "  Target       Realisasi     Capaian   Predikat\n");
		}
		text_col(out, r->ind->kode, 14);
		text_col(out, r->ind->uraian, 36);
		sbuf_addc(out, ' ');
		text_col(out, r->target ? r->target->raw : "-", 12);
		sbuf_addc(out, ' ');
		text_col(out, r->realisasi_nilai ? r->realisasi_nilai->raw : "-", 12);
		sbuf_addc(out, ' ');
		if (r->cap.ok) {
			pct_format(r->cap.nilai, h->desimal, NUM_ID, a);
			if (r->cap.dibatasi) {
				pct_format(r->cap.terbatas, h->desimal, NUM_ID, b);
				snprintf(c, sizeof c, "%s%% (%s%%)", b, a);
				text_col(out, c, 10);
			} else {
				snprintf(c, sizeof c, "%s%%", a);
				text_col(out, c, 10);
			}
			sbuf_addf(out, " %s\n", r->predikat ? r->predikat : "");
		} else {
			sbuf_addf(out, "—          (%s)\n", r->cap.alasan);
		}
	}
	sbuf_adds(out, "\nAnggaran (pagu efektif, realisasi, serapan)\n");
	for (i = 0; i < h->nanggaran; i++) {
		const struct hasil_anggaran *g = &h->anggaran[i];

		text_col(out, g->kode, 18);
		text_col(out, g->j.pagu_ok ? money_format(g->j.pagu, a) : "?", 20);
		text_col(out, g->j.realisasi_ok ? money_format(g->j.realisasi, b) :
			 "?", 20);
		if (g->serapan_ok)
			sbuf_addf(out, "%s%%\n", pct_format(g->serapan, h->desimal,
							    NUM_ID, c));
		else
			sbuf_addf(out, "— (%s)\n", g->alasan);
	}
	for (i = 0; i < h->nsasaran; i++) {
		const struct hasil_sasaran *s = &h->sasaran[i];

		if (!i)
			sbuf_adds(out, "\nCapaian rata-rata (indikator tanpa capaian "
				       "tidak dihitung)\n");
		text_col(out, s->kode, 18);
		if (s->ok)
			sbuf_addf(out, "%s%%", pct_format(s->capaian, h->desimal,
							  NUM_ID, a));
		else
			sbuf_adds(out, "—");
		sbuf_addf(out, "  (%d dihitung, %d tanpa capaian)\n", s->n, s->ntanpa);
	}
}
