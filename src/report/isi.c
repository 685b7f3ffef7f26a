#include "isi.h"
#include "../core/tanggal.h"
#include "../util/sbuf.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

const char *isi_nilai(struct doc *d, const struct nilai *n)
{
	char buf[NUM_BUFSZ];
	const char *s;

	if (!n || !n->raw)
		return "-";
	if (n->v.kind != VAL_ANGKA)
		return doc_str(d, n->raw);
	num_format(n->v.x, -1, NUM_ID, buf);
	s = n->v.satuan;
	if (!s[0])
		return doc_str(d, buf);
	return doc_strf(d, "%s%s%s", buf, strcmp(s, "%") ? " " : "", s);
}

void isi_tab_nilai(struct doc_table *t, const struct nilai *n, unsigned flags)
{
	if (!t)
		return;
	if (n && n->raw && n->v.kind == VAL_ANGKA) {
		tab_num(t, n->v.x, flags);
		/* the unit stays in the printed text; XLSX keeps the number */
		t->last->cell[t->last->filled - 1].text = isi_nilai(t->doc, n);
	} else {
		tab_text(t, isi_nilai(t->doc, n), flags | DOC_CENTER);
	}
}

const char *isi_alasan(const char *alasan)
{
	static const struct { const char *kode, *teks; } a[] = {
		{ CAP_BELUM_ADA_DATA, "belum ada data realisasi" },
		{ CAP_REALISASI_TEKS, "realisasi berupa teks" },
		{ CAP_TARGET_KOSONG, "target tidak ada" },
		{ CAP_TARGET_TEKS, "target berupa teks" },
		{ CAP_TARGET_NOL, "target nol" },
		{ CAP_REALISASI_NOL, "realisasi nol (rumus T/R)" },
		{ CAP_SKALA, "predikat tidak dikenal" },
		{ CAP_JENIS, "target dan realisasi tidak sebanding" },
		{ CAP_JANGKAUAN, "di luar jangkauan" },
	};
	size_t i;

	for (i = 0; alasan && i < sizeof a / sizeof a[0]; i++)
		if (strcmp(alasan, a[i].kode) == 0)
			return a[i].teks;
	return alasan ? alasan : "tidak terhitung";
}

void isi_tab_capaian(struct doc_table *t, const struct capaian *c, int dec)
{
	if (c && c->ok)
		tab_pct(t, c->nilai, dec, 0);
	else
		tab_textf(t, DOC_ITALIC | DOC_CENTER, "(%s)",
			  isi_alasan(c ? c->alasan : NULL));
}

void isi_tab_terbatas(struct doc_table *t, const struct capaian *c, int dec)
{
	if (!c || !c->ok) {
		tab_text(t, "-", DOC_CENTER);
		return;
	}
	tab_pct(t, c->terbatas, dec, c->dibatasi ? DOC_BOLD : 0);
	if (c->dibatasi) {
		char buf[NUM_BUFSZ];

		t->last->cell[t->last->filled - 1].text = doc_strf(t->doc,
			"%s (dibatasi)", pct_format(c->terbatas, dec, NUM_ID, buf));
	}
}

void isi_tab_uang(struct doc_table *t, int ok, int64_t rp, unsigned flags)
{
	if (ok)
		tab_money(t, rp, flags);
	else
		tab_text(t, "-", DOC_CENTER);
}

int isi_narasi_opsional(struct doc *d, const struct narasi_list *l,
			int tahun, const char *kunci)
{
	const char *z = narasi_get(l, tahun, kunci);
	const char *p;

	if (!z)
		return 0;
	for (p = z; *p && isspace((unsigned char)*p); p++)
		;
	if (!*p)
		return 0;
	doc_narasi(d, z);
	return 1;
}

int isi_narasi(struct doc *d, const struct narasi_list *l, int tahun,
	       const char *kunci, const char *apa)
{
	if (isi_narasi_opsional(d, l, tahun, kunci))
		return 1;
	doc_textf(d, ST_PLACEHOLDER, "[Belum diisi \xE2\x80\x94 narasi.%d.%s] %s",
		  tahun, kunci, apa);
	return 0;
}

const char *isi_upper(struct doc *d, const char *z)
{
	char *c = arena_strdup(&d->arena, z ? z : "");
	char *p;

	if (!c)
		return "";
	for (p = c; *p; p++)
		if ((unsigned char)*p < 0x80)
			*p = (char)toupper((unsigned char)*p);
	return c;
}

void isi_tempat_tanggal(struct doc *d, const char *tempat,
			const char *tanggal, const char *where)
{
	struct doc_para *p = doc_para(d, ST_RIGHT);
	char buf[64];
	const char *tgl = tanggal_id(tanggal, buf, sizeof buf);

	if (tempat && tempat[0])
		para_add(d, p, tempat, 0);
	else
		para_addf(d, p, DOC_PLACEHOLDER, "[tempat: %s.tempat]", where);
	para_add(d, p, ", ", 0);
	if (tgl)
		para_add(d, p, tgl, 0);
	else
		para_addf(d, p, DOC_PLACEHOLDER, "[tanggal: %s.tanggal]", where);
}

static void ttd_cell(struct doc_table *t, const char *z, unsigned flags,
		     int used)
{
	if (used)
		tab_text(t, z, flags | DOC_CENTER);
	else
		tab_text(t, "", 0);
}

void isi_tanda_tangan(struct doc *d, const char *peran_a,
		      const struct pejabat *a, const char *peran_b,
		      const struct pejabat *b)
{
	static const int w[] = { 1, 1 };
	const struct pejabat *col[2];
	const char *peran[2];
	struct doc_table *t = doc_table(d, NULL, NULL, 2, w);
	int i, k;

	if (!t)
		return;
	t->borderless = 1;
	/* one block sits on the right, as on a letter */
	col[0] = b ? a : NULL;
	col[1] = b ? b : a;
	peran[0] = b ? peran_a : NULL;
	peran[1] = b ? peran_b : peran_a;
	for (k = 0; k < 6; k++) {
		tab_row(t);
		for (i = 0; i < 2; i++) {
			const struct pejabat *pj = col[i];
			int used = pj != NULL;

			switch (k) {
			case 0: ttd_cell(t, peran[i] ? peran[i] : "", 0, used); break;
			case 1: ttd_cell(t, pj && pj->jabatan ? pj->jabatan : "", 0, used); break;
			case 2: ttd_cell(t, "\n\n\n", 0, used); break;
			case 3:
				if (pj && pj->nama && pj->nama[0])
					ttd_cell(t, pj->nama, DOC_BOLD, used);
				else
					ttd_cell(t, "[nama pejabat belum diisi]",
						 DOC_PLACEHOLDER, used);
				break;
			case 4: ttd_cell(t, pj && pj->pangkat ? pj->pangkat : "", 0, used); break;
			default:
				if (pj && pj->nip && pj->nip[0])
					ttd_cell(t, doc_strf(d, "NIP. %s", pj->nip), 0, used);
				else
					ttd_cell(t, "", 0, used);
			}
		}
	}
}

const struct hasil_anggaran *isi_hasil_anggaran(const struct hasil *h,
						const struct node *n)
{
	int i;

	for (i = 0; h && i < h->nanggaran; i++)
		if (h->anggaran[i].node == n)
			return &h->anggaran[i];
	return NULL;
}

const struct hasil_sasaran *isi_hasil_sasaran(const struct hasil *h,
					      const struct node *n)
{
	int i;

	for (i = 0; h && i < h->nsasaran; i++)
		if (h->sasaran[i].node == n)
			return &h->sasaran[i];
	return NULL;
}

const struct instansi *isi_instansi(const struct pkg *p, const char *kode,
				    struct sk_err *e)
{
	int i;

	if (!kode) {
		if (p->ninstansi == 1)
			return &p->instansi[0];
		sk_errf(e, SK_EUSAGE, "%d agencies in the data: choose one with "
			"--instansi KODE", p->ninstansi);
		return NULL;
	}
	for (i = 0; i < p->ninstansi; i++)
		if (strcmp(p->instansi[i].kode, kode) == 0)
			return &p->instansi[i];
	sk_errf(e, SK_ENOTFOUND, "no instansi with kode '%s'", kode);
	return NULL;
}
