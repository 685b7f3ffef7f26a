/* pk: the Perjanjian Kinerja (performance agreement) of a year, as in the
 * seeds: the letter between Pihak Pertama (the head of the agency) and
 * Pihak Kedua (the superior), and its annex of sasaran, indicators and
 * targets, programs with their budget and the total in words. */
#include "isi.h"
#include "../core/money.h"

#include <stdio.h>
#include <string.h>

const struct nilai *pk_target(const struct indikator *ind, int tahun,
			      int perubahan)
{
	const struct nilai *n = NULL;

	if (perubahan)
		n = tahunan_get(&ind->target_pk_perubahan, tahun);
	if (!n)
		n = tahunan_get(&ind->target_pk, tahun);
	if (!n)
		n = tahunan_get(&ind->target, tahun);
	return n;
}

int pk_anggaran(const struct node *prog, int tahun, int perubahan,
		int64_t *rp)
{
	const struct anggaran *a = node_anggaran(prog, tahun);
	struct jumlah j;

	if (a && perubahan && a->pagu_pk_perubahan.ok) {
		*rp = a->pagu_pk_perubahan.rp;
		return 1;
	}
	if (a && !perubahan && a->pagu_pk.ok) {
		*rp = a->pagu_pk.rp;
		return 1;
	}
	hitung_jumlah(prog, tahun, &j);
	if (j.pagu_ok) {
		*rp = j.pagu;
		return 0;
	}
	return -1;
}

static int scan_perubahan(const struct node *n, const struct node *parent,
			  void *vctx)
{
	const int *tahun = vctx;
	const struct anggaran *a = node_anggaran(n, *tahun);
	int i;

	(void)parent;
	for (i = 0; i < n->nindikator; i++)
		if (tahunan_get(&n->indikator[i].target_pk_perubahan, *tahun))
			return 1;
	return a && (a->pagu_pk_perubahan.ok || a->pagu_perubahan.ok);
}

int pk_ada_perubahan(const struct instansi *in, int tahun)
{
	const struct pk *pk = instansi_pk(in, tahun);

	if (pk && pk->has_perubahan)
		return 1;
	return instansi_walk(in, scan_perubahan, &tahun) != 0;
}

static const char *judul(struct doc *d, int tahun, int perubahan)
{
	return doc_strf(d, "PERJANJIAN KINERJA %sTAHUN %d",
			perubahan ? "PERUBAHAN " : "", tahun);
}

/* "Nama : …" / "Jabatan : …" of one party, then who they are. */
static void pihak(struct doc_table *t, const struct pejabat *pj, int has,
		  const char *sebutan)
{
	tab_row(t);
	tab_text(t, "Nama", 0);
	tab_text(t, ":", 0);
	if (has && pj->nama && pj->nama[0])
		tab_text(t, pj->nama, DOC_BOLD);
	else
		tab_text(t, "[nama belum diisi]", DOC_PLACEHOLDER);
	tab_row(t);
	tab_text(t, "Jabatan", 0);
	tab_text(t, ":", 0);
	if (has && pj->jabatan && pj->jabatan[0])
		tab_text(t, pj->jabatan, 0);
	else
		tab_text(t, "[jabatan belum diisi]", DOC_PLACEHOLDER);
	tab_row(t);
	tab_span(t, sebutan, 3, 0);
}

static void tempat_tanggal(struct doc *d, const struct instansi *in,
			   int tahun, int perubahan)
{
	const struct pk *pk = instansi_pk(in, tahun);
	const struct tempat_tanggal *tt = NULL;
	char where[48];

	if (pk)
		tt = perubahan ? (pk->has_perubahan ? &pk->perubahan : NULL) :
				 &pk->ttd;
	snprintf(where, sizeof where, "pk.%d%s", tahun,
		 perubahan ? ".perubahan" : "");
	isi_tempat_tanggal(d, tt ? tt->tempat : NULL, tt ? tt->tanggal : NULL,
			   where);
}

static void surat(struct doc *d, const struct pkg *p,
		  const struct instansi *in, int tahun, int perubahan)
{
	static const int w[] = { 3, 1, 16 };
	struct doc_table *t;

	if (p->pemda_nama && p->pemda_nama[0])
		doc_text(d, ST_SUBTITLE, isi_upper(d, doc_strf(d, "Pemerintah %s",
							       p->pemda_nama)));
	doc_text(d, ST_SUBTITLE, isi_upper(d, in->nama));
	doc_text(d, ST_TITLE, judul(d, tahun, perubahan));
	doc_text(d, ST_NORMAL, "Dalam rangka mewujudkan manajemen pemerintahan "
		 "yang efektif, transparan dan akuntabel serta berorientasi "
		 "pada hasil, kami yang bertanda tangan di bawah ini:");
	t = doc_table(d, NULL, NULL, 3, w);
	if (t) {
		t->borderless = 1;
		pihak(t, &in->pimpinan, in->has_pimpinan,
		      "selanjutnya disebut Pihak Pertama.");
		tab_row(t);
		tab_span(t, "", 3, 0);
		pihak(t, &in->atasan, in->has_atasan,
		      "selaku atasan langsung Pihak Pertama, selanjutnya "
		      "disebut Pihak Kedua.");
	}
	doc_text(d, ST_NORMAL, "Pihak Pertama berjanji akan mewujudkan target "
		 "kinerja yang seharusnya sesuai lampiran perjanjian ini, dalam "
		 "rangka mencapai target kinerja jangka menengah seperti yang "
		 "telah ditetapkan dalam dokumen perencanaan. Keberhasilan dan "
		 "kegagalan pencapaian target kinerja tersebut menjadi tanggung "
		 "jawab kami.");
	doc_text(d, ST_NORMAL, "Pihak Kedua akan melakukan supervisi yang "
		 "diperlukan serta akan melakukan evaluasi terhadap capaian "
		 "kinerja dari perjanjian ini dan mengambil tindakan yang "
		 "diperlukan dalam rangka pemberian penghargaan dan sanksi.");
	if (perubahan)
		doc_textf(d, ST_NORMAL, "Perjanjian Kinerja Perubahan ini "
			  "menggantikan Perjanjian Kinerja Tahun %d sebelumnya "
			  "sesuai dengan perubahan target dan/atau anggaran "
			  "tahun berjalan.", tahun);
	tempat_tanggal(d, in, tahun, perubahan);
	isi_tanda_tangan(d, "Pihak Kedua,", &in->atasan, "Pihak Pertama,",
			 &in->pimpinan);
}

struct sasaran_ctx {
	struct doc_table *t;
	int tahun, perubahan, no;
};

static int row_sasaran(const struct node *n, const struct node *parent,
		       void *vctx)
{
	struct sasaran_ctx *c = vctx;
	int i, first = 1;

	(void)parent;
	if (n->tingkat != TK_SASARAN)
		return 0;
	for (i = 0; i < n->nindikator; i++) {
		const struct indikator *ind = &n->indikator[i];
		const struct nilai *tg = pk_target(ind, c->tahun, c->perubahan);

		if (!tg)
			continue;
		tab_row(c->t);
		if (first) {
			tab_textf(c->t, DOC_CENTER, "%d.", ++c->no);
			tab_text(c->t, n->uraian, 0);
			first = 0;
		} else {
			tab_vcont(c->t);
			tab_vcont(c->t);
		}
		tab_text(c->t, ind->uraian, 0);
		tab_text(c->t, ind->satuan ? ind->satuan : "-", DOC_CENTER);
		isi_tab_nilai(c->t, tg, 0);
	}
	return 0;
}

void pk_tabel_sasaran(struct doc *d, const struct instansi *in, int tahun,
		      int perubahan, const char *caption, const char *sheet)
{
	static const int w[] = { 2, 12, 14, 4, 5 };
	static const char *const head[] = { "No.", "Sasaran Strategis",
		"Indikator Kinerja", "Satuan", "Target" };
	struct sasaran_ctx c;
	int i;

	c.t = doc_table(d, caption, sheet, 5, w);
	if (!c.t)
		return;
	tab_header(c.t, head, 0);
	tab_head(c.t);
	for (i = 0; i < 5; i++)
		tab_textf(c.t, 0, "(%d)", i + 1);
	c.tahun = tahun;
	c.perubahan = perubahan;
	c.no = 0;
	instansi_walk(in, row_sasaran, &c);
	if (c.no == 0) {
		tab_row(c.t);
		tab_span(c.t, "[Belum ada indikator sasaran dengan target tahun "
			 "ini: isi target, target_pk atau target_pk_perubahan]",
			 5, DOC_PLACEHOLDER);
	}
}

struct program_ctx {
	struct doc_table *t;
	int tahun, perubahan, no, ndpa, nkosong, lebih;
	int64_t total;
};

static int row_program(const struct node *n, const struct node *parent,
		       void *vctx)
{
	struct program_ctx *c = vctx;
	int64_t rp = 0;
	int src;

	(void)parent;
	if (n->tingkat != TK_PROGRAM)
		return 0;
	src = pk_anggaran(n, c->tahun, c->perubahan, &rp);
	tab_row(c->t);
	tab_textf(c->t, DOC_CENTER, "%d.", ++c->no);
	tab_text(c->t, n->uraian, 0);
	if (src < 0) {
		tab_text(c->t, "-", DOC_CENTER);
		c->nkosong++;
		return 0;
	}
	tab_money(c->t, rp, 0);
	if (src == 0) {
		char buf[NUM_BUFSZ];

		c->ndpa++;
		c->t->last->cell[2].text = doc_strf(c->t->doc, "%s*",
						    money_format(rp, buf));
	}
	if (money_add(&c->total, rp))
		c->lebih = 1;
	return 0;
}

static void tabel_program(struct doc *d, const struct instansi *in,
			  int tahun, int perubahan)
{
	static const int w[] = { 2, 24, 8 };
	struct program_ctx c;
	char buf[TERBILANG_BUFSZ], rp[NUM_BUFSZ];

	memset(&c, 0, sizeof c);
	c.t = doc_table(d, NULL, perubahan ? "Lampiran PK-P Anggaran" :
			"Lampiran PK Anggaran", 3, w);
	if (!c.t)
		return;
	c.tahun = tahun;
	c.perubahan = perubahan;
	tab_head(c.t);
	tab_text(c.t, "No.", 0);
	tab_text(c.t, "Program", 0);
	tab_text(c.t, "Anggaran (Rp)", 0);
	instansi_walk(in, row_program, &c);
	tab_row_flags(c.t, DOC_TOTAL);
	tab_span(c.t, "JUMLAH", 2, DOC_CENTER);
	if (c.lebih) {
		tab_text(c.t, "terlalu besar", DOC_CENTER);
		return;
	}
	tab_money(c.t, c.total, 0);
	if (c.ndpa)
		doc_textf(d, ST_NOTE, "* %d program tanpa angka %s: anggaran "
			  "menurut pagu DPA%s.", c.ndpa,
			  perubahan ? "pagu_pk_perubahan" : "pagu_pk",
			  perubahan ? " Perubahan" : "");
	if (c.nkosong)
		doc_textf(d, ST_NOTE, "%d program tanpa anggaran tahun %d tidak "
			  "ikut dijumlahkan.", c.nkosong, tahun);
	doc_textf(d, ST_NORMAL, "Jumlah Anggaran Tahun %d: Rp %s", tahun,
		  money_format(c.total, rp));
	if (terbilang(c.total, buf, sizeof buf) >= 0)
		doc_textf(d, ST_NORMAL, "Terbilang: %s rupiah", buf);
}

int pk_tulis(struct doc *d, const struct pkg *p, const struct instansi *in,
	     int tahun, int perubahan, struct sk_err *e)
{
	if (perubahan && !pk_ada_perubahan(in, tahun))
		return sk_errf(e, SK_EINVAL, "instansi '%s', tahun %d: no revised "
			       "target or budget (target_pk_perubahan, "
			       "pagu_pk_perubahan, pagu_perubahan or pk.%d."
			       "perubahan), so there is no PK Perubahan",
			       in->kode, tahun, tahun);
	surat(d, p, in, tahun, perubahan);
	doc_pagebreak(d);
	doc_text(d, ST_TITLE, judul(d, tahun, perubahan));
	doc_text(d, ST_SUBTITLE, isi_upper(d, in->nama));
	pk_tabel_sasaran(d, in, tahun, perubahan, NULL,
			 perubahan ? "Lampiran PK-P" : "Lampiran PK");
	tabel_program(d, in, tahun, perubahan);
	tempat_tanggal(d, in, tahun, perubahan);
	isi_tanda_tangan(d, "Pihak Kedua,", &in->atasan, "Pihak Pertama,",
			 &in->pimpinan);
	return 0;
}

int laporan_pk(const struct pkg *p, const struct laporan_opsi *o,
	       struct doc *d, struct sk_err *e)
{
	const struct instansi *in = isi_instansi(p, o->instansi, e);
	int rc;

	if (!in)
		return e ? e->code : SK_ENOTFOUND;
	d->title = judul(d, o->tahun, o->perubahan);
	d->subject = doc_str(d, in->nama);
	d->author = doc_str(d, in->nama);
	d->created = doc_str(d, o->hari_ini);
	d->footer = doc_strf(d, "Perjanjian Kinerja %s Tahun %d", in->nama,
			     o->tahun);
	rc = pk_tulis(d, p, in, o->tahun, o->perubahan, e);
	if (!rc && doc_failed(d))
		rc = sk_errf(e, SK_ENOMEM, "out of memory building the PK");
	return rc;
}
