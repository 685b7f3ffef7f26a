/* reviu_anggaran: budget lines and agency totals — sums, second
 * printings, serapan, the PK's amounts, unreadable cells and blanks
 * (sakip-domain.md §5, §8).
 *
 * Totals are computed from the leaves (hitung_jumlah). A line's own
 * figure against the sum of its children, and a printed total that is
 * not the sum (the agency's, or a line's that has no own figure or
 * repeats its wrong own one) are jumlah_tidak_sesuai; any other printing
 * that differs from the line's figure is pagu_berbeda. */
#include "reviu_priv.h"
#include "money.h"

#include <stdio.h>
#include <string.h>

#define JALUR_MAX 8

/* One budget line of the year, or the agency total (node NULL). */
struct baris {
	const struct node *node;
	const char *kode;
	const struct anggaran *a;        /* its own figures; NULL: none */
	const struct anggaran_cetak *cetak;
	int ncetak;
	struct jumlah j;                 /* computed from the leaves */
	int ada_anak;                    /* a child carries figures */
	struct jumlah anak;              /* the sum of those children */
	int serapan_ok;
	pct_t serapan;
	const struct node *const *jalur; /* ancestors, outermost first */
	int njalur;
};

typedef void (*baris_fn)(struct rv *c, const struct baris *b);

enum kunci { K_PAGU, K_PERUBAHAN, K_REALISASI, NKUNCI };

static const char *const aNamaKunci[NKUNCI] = {
	"Pagu", "Pagu perubahan", "Realisasi",
};

static const char *cetak_kunci(const struct anggaran_cetak *ct, int k)
{
	return k == K_PAGU ? ct->pagu : k == K_PERUBAHAN ? ct->pagu_perubahan :
		ct->realisasi;
}

/* The computed figure a key is compared with: pagu is the DPA before the
 * revision, pagu_perubahan the effective pagu. */
static int benar_kunci(const struct jumlah *j, int k, int64_t *out)
{
	if (j->terlalu_besar)
		return 0;
	if (k == K_PAGU)
		return j->murni_ok ? (*out = j->pagu_murni, 1) : 0;
	if (k == K_PERUBAHAN)
		return j->pagu_ok ? (*out = j->pagu, 1) : 0;
	return j->realisasi_ok ? (*out = j->realisasi, 1) : 0;
}

/* The line's own figure for a key (effective pagu for pagu_perubahan). */
static const struct uang *sendiri(const struct anggaran *a, int k)
{
	if (!a)
		return NULL;
	if (k == K_PAGU)
		return a->pagu.ok ? &a->pagu : NULL;
	if (k == K_PERUBAHAN)
		return a->pagu_perubahan.ok ? &a->pagu_perubahan :
			a->pagu.ok ? &a->pagu : NULL;
	return a->realisasi.ok ? &a->realisasi : NULL;
}

static void jumlah_anak(const struct node *n, int tahun, struct baris *b)
{
	int i;

	memset(&b->anak, 0, sizeof b->anak);
	b->anak.pagu_ok = b->anak.murni_ok = b->anak.realisasi_ok = 1;
	for (i = 0; i < n->nanak; i++) {
		struct jumlah x;

		hitung_jumlah(&n->anak[i], tahun, &x);
		if (!x.ada)
			continue;
		b->ada_anak = 1;
		b->anak.terlalu_besar |= x.terlalu_besar;
		if (!x.pagu_ok || money_add(&b->anak.pagu, x.pagu))
			b->anak.pagu_ok = 0;
		if (!x.murni_ok || money_add(&b->anak.pagu_murni, x.pagu_murni))
			b->anak.murni_ok = 0;
		if (!x.realisasi_ok || money_add(&b->anak.realisasi, x.realisasi))
			b->anak.realisasi_ok = 0;
	}
}

static void isi_serapan(struct baris *b)
{
	b->serapan_ok = b->j.pagu_ok && b->j.realisasi_ok && b->j.pagu > 0 &&
		!b->j.terlalu_besar &&
		money_serapan(b->j.realisasi, b->j.pagu, &b->serapan) == 0;
}

static void walk(struct rv *c, const struct node *n, const struct node **jalur,
		 int depth, baris_fn fn)
{
	int i;

	if (n->tingkat >= TK_PROGRAM) {
		struct baris b;

		memset(&b, 0, sizeof b);
		b.node = n;
		b.kode = n->kode;
		b.a = node_anggaran(n, c->tahun);
		if (b.a) {
			b.cetak = b.a->dilaporkan;
			b.ncetak = b.a->ndilaporkan;
		}
		hitung_jumlah(n, c->tahun, &b.j);
		jumlah_anak(n, c->tahun, &b);
		isi_serapan(&b);
		b.jalur = jalur;
		b.njalur = depth;
		fn(c, &b);
	}
	if (depth >= JALUR_MAX)
		return;
	jalur[depth] = n;
	for (i = 0; i < n->nanak; i++)
		walk(c, &n->anak[i], jalur, depth + 1, fn);
}

/* Every budget line of the agency, then its total. */
static void each_baris(struct rv *c, baris_fn fn)
{
	const struct node *jalur[JALUR_MAX];
	struct baris b;
	int i;

	for (i = 0; i < c->in->ntujuan; i++)
		walk(c, &c->in->tujuan[i], jalur, 0, fn);
	memset(&b, 0, sizeof b);
	b.kode = c->in->kode;
	for (i = 0; i < c->h->nanggaran; i++)
		if (c->h->anggaran[i].instansi == c->in && !c->h->anggaran[i].node)
			b.j = c->h->anggaran[i].j;
	for (i = 0; i < c->in->nanggaran_dilaporkan; i++)
		if (c->in->anggaran_dilaporkan[i].tahun == c->tahun) {
			b.cetak = c->in->anggaran_dilaporkan[i].a;
			b.ncetak = c->in->anggaran_dilaporkan[i].n;
		}
	isi_serapan(&b);
	fn(c, &b);
}

static const char *nama_baris(const struct baris *b, char *buf, size_t cap)
{
	if (!b->node) {
		snprintf(buf, cap, "total instansi %s", b->kode);
		return buf;
	}
	return rv_nama_node(b->node, buf, cap);
}

/* The amount as the package gave it, else in Indonesian grouping. */
static const char *uang_teks(const struct uang *u, char *buf)
{
	return u->raw ? u->raw : rv_fmt_rp(u->rp, buf);
}

static void tambah_uang(struct rv *c, const struct baris *b, const char *dil,
			const char *sumber, int64_t rp_dil, int64_t benar,
			struct rv_temuan *t, char *kunci)
{
	memset(t, 0, sizeof *t);
	t->kode = b->kode;
	t->tahun = c->tahun;
	t->dilaporkan = dil;
	snprintf(kunci, RV_KUNCI_MAX, "r:%lld", (long long)rp_dil);
	t->kunci = kunci;
	t->sumber = sumber;
	t->benar = rv_benar_rp(benar);
}

/* ---- jumlah_tidak_sesuai: own figures against rows ------------------- */

static void jumlah_sendiri(struct rv *c, const struct baris *b)
{
	static const int aKunci[] = { K_PAGU, K_PERUBAHAN, K_REALISASI };
	char nama[160], kunci[RV_KUNCI_MAX], s1[NUM_BUFSZ], s2[NUM_BUFSZ],
	     s3[NUM_BUFSZ];
	int i;

	for (i = 0; i < 3; i++) {
		int k = aKunci[i];
		const struct uang *u = k == K_PAGU ? &b->a->pagu :
			k == K_PERUBAHAN ? &b->a->pagu_perubahan : &b->a->realisasi;
		struct rv_temuan t;
		int64_t sum;

		if (!u->ok || !benar_kunci(&b->anak, k, &sum) || u->rp == sum)
			continue;
		tambah_uang(c, b, uang_teks(u, s1), NULL, u->rp, sum, &t, kunci);
		rv_add(c, &t, "%s %s tahun %d tercatat \"" RV_DIL "\", tidak sama "
		       "dengan jumlah baris di bawahnya Rp %s (selisih Rp %s).",
		       aNamaKunci[k], nama_baris(b, nama, sizeof nama), c->tahun,
		       rv_fmt_rp(sum, s2),
		       rv_fmt_rp(sum > u->rp ? sum - u->rp : u->rp - sum, s3));
	}
}

static void jumlah_rincian(struct rv *c, const struct baris *b)
{
	const struct anggaran *a = b->a;
	const struct uang *up = sendiri(a, K_PERUBAHAN), *ur = sendiri(a, K_REALISASI);
	int64_t pagu = 0, real = 0;
	int i, pok = 1, rok = 1, np = 0, nr = 0;
	char nama[160], kunci[RV_KUNCI_MAX], s1[NUM_BUFSZ], s2[NUM_BUFSZ];
	struct rv_temuan t;

	for (i = 0; i < a->nrincian; i++) {
		const struct rincian *r = &a->rincian[i];
		const struct uang *p = r->pagu_perubahan.ok ? &r->pagu_perubahan :
			&r->pagu;

		if (!p->ok && !r->realisasi.ok)
			continue;
		if (!p->ok || money_add(&pagu, p->rp))
			pok = 0;
		else
			np++;
		if (!r->realisasi.ok || money_add(&real, r->realisasi.rp))
			rok = 0;
		else
			nr++;
	}
	rv_nama_node(b->node, nama, sizeof nama);
	if (pok && np && up && up->rp != pagu) {
		tambah_uang(c, b, uang_teks(up, s1), NULL, up->rp, pagu, &t, kunci);
		rv_add(c, &t, "Pagu %s tahun %d tercatat \"" RV_DIL "\", tidak sama "
		       "dengan jumlah %d baris rinciannya Rp %s.", nama, c->tahun,
		       np, rv_fmt_rp(pagu, s2));
	}
	if (rok && nr && ur && ur->rp != real) {
		tambah_uang(c, b, uang_teks(ur, s1), NULL, ur->rp, real, &t, kunci);
		rv_add(c, &t, "Realisasi %s tahun %d tercatat \"" RV_DIL "\", tidak "
		       "sama dengan jumlah %d baris rinciannya Rp %s.", nama,
		       c->tahun, nr, rv_fmt_rp(real, s2));
	}
}

static void jumlah_satu(struct rv *c, const struct baris *b)
{
	if (!b->node || !b->a)
		return;
	if (b->ada_anak)
		jumlah_sendiri(c, b);
	if (b->a->nrincian)
		jumlah_rincian(c, b);
}

void reviu_cek_jumlah(struct rv *c)
{
	each_baris(c, jumlah_satu);
}

/* ---- printed amounts: jumlah_tidak_sesuai or pagu_berbeda ------------ */

enum { CK_SAMA, CK_JUMLAH, CK_BEDA };

static int kelas(const struct baris *b, int k, int64_t rp, int64_t *benar)
{
	const struct uang *own;

	if (!benar_kunci(&b->j, k, benar) || rp == *benar)
		return CK_SAMA;
	if (!b->node)
		return CK_JUMLAH;
	own = sendiri(b->a, k);
	if (b->ada_anak && (!own || own->rp == rp))
		return CK_JUMLAH;
	return CK_BEDA;
}

static void cetak_uang(struct rv *c, const struct baris *b, int want)
{
	char nama[160], kunci[RV_KUNCI_MAX], s[NUM_BUFSZ];
	int i, k;

	nama_baris(b, nama, sizeof nama);
	for (i = 0; i < b->ncetak; i++) {
		const struct anggaran_cetak *ct = &b->cetak[i];

		for (k = 0; k < NKUNCI; k++) {
			const char *z = cetak_kunci(ct, k);
			struct rv_bacaan bc;
			struct rv_temuan t;
			int64_t benar;

			if (!z)
				continue;
			rv_baca_uang(z, &bc);
			if (bc.jenis != CT_ANGKA || kelas(b, k, bc.rp, &benar) != want)
				continue;
			tambah_uang(c, b, z, ct->sumber, bc.rp, benar, &t, kunci);
			rv_add(c, &t, "%s %s tahun %d dicetak \"" RV_DIL "\"%s, %s "
			       "Rp %s.", aNamaKunci[k], nama, c->tahun, RV_SUMBER,
			       want == CK_BEDA ? "berbeda dengan angka baris ini" :
			       b->node ? "padahal jumlah baris di bawahnya" :
			       "padahal jumlah seluruh program",
			       rv_fmt_rp(benar, s));
		}
	}
}

static void jumlah_cetak_satu(struct rv *c, const struct baris *b)
{
	cetak_uang(c, b, CK_JUMLAH);
}

void reviu_cek_jumlah_cetak(struct rv *c)
{
	each_baris(c, jumlah_cetak_satu);
}

static void pagu_satu(struct rv *c, const struct baris *b)
{
	cetak_uang(c, b, CK_BEDA);
}

void reviu_cek_pagu(struct rv *c)
{
	each_baris(c, pagu_satu);
}

/* ---- serapan_tidak_sesuai --------------------------------------------- */

static void serapan_satu(struct rv *c, const struct baris *b)
{
	char nama[160], kunci[RV_KUNCI_MAX], a[NUM_BUFSZ], r[NUM_BUFSZ],
	     p[NUM_BUFSZ];
	int i;

	if (!b->serapan_ok)
		return;
	for (i = 0; i < b->ncetak; i++) {
		const struct anggaran_cetak *ct = &b->cetak[i];
		struct rv_bacaan bc;
		struct rv_temuan t;

		if (!ct->serapan)
			continue;
		rv_baca_persen(ct->serapan, &bc);
		if (bc.jenis == CT_STRIP)
			bc.x = num_int(0); /* "- %": nil */
		else if (bc.jenis != CT_ANGKA)
			continue; /* nilai_tidak_terbaca */
		if (rv_sama_persen(bc.x, b->serapan))
			continue;
		memset(&t, 0, sizeof t);
		t.kode = b->kode;
		t.tahun = c->tahun;
		t.dilaporkan = ct->serapan;
		t.kunci = rv_kunci_persen(&bc, ct->serapan, kunci);
		t.sumber = ct->sumber;
		t.benar = rv_benar_persen(b->serapan);
		rv_add(c, &t, "Serapan %s tahun %d dicetak \"" RV_DIL "\"%s, "
		       "seharusnya %s %% (realisasi Rp %s dari pagu Rp %s).",
		       nama_baris(b, nama, sizeof nama), c->tahun, RV_SUMBER,
		       rv_fmt_persen(b->serapan, a), rv_fmt_rp(b->j.realisasi, r),
		       rv_fmt_rp(b->j.pagu, p));
	}
}

void reviu_cek_serapan(struct rv *c)
{
	each_baris(c, serapan_satu);
}

/* ---- anggaran_pk_berbeda ---------------------------------------------- */

/* The PK amount as printed: the package's string, else a printing of the
 * line with the same amount, else Indonesian grouping. */
static const char *pk_teks(const struct baris *b, const struct uang *u,
			   char *buf)
{
	int i, k;

	if (u->raw)
		return u->raw;
	for (i = 0; i < b->ncetak; i++)
		for (k = 0; k < NKUNCI; k++) {
			const char *z = cetak_kunci(&b->cetak[i], k);
			struct rv_bacaan bc;

			if (!z)
				continue;
			rv_baca_uang(z, &bc);
			if (bc.jenis == CT_ANGKA && bc.rp == u->rp)
				return z;
		}
	return rv_fmt_rp(u->rp, buf);
}

static void pk_tambah(struct rv *c, const struct baris *b, const struct uang *u,
		      int64_t benar, const char *dokumen, const char *banding,
		      int perubahan)
{
	char nama[160], kunci[RV_KUNCI_MAX], s1[NUM_BUFSZ], s2[NUM_BUFSZ];
	struct rv_temuan t;

	if (u->rp == benar)
		return;
	tambah_uang(c, b, pk_teks(b, u, s1), NULL, u->rp, benar, &t, kunci);
	rv_add(c, &t, "Anggaran %s dalam %s tahun %d \"" RV_DIL "\" berbeda "
	       "dengan %s Rp %s%s.", rv_nama_node(b->node, nama, sizeof nama),
	       dokumen, c->tahun, banding, rv_fmt_rp(benar, s2),
	       perubahan ? "" : ", dan tidak ada PK Perubahan");
}

static void pk_satu(struct rv *c, const struct baris *b)
{
	const struct anggaran *a = b->a;
	const struct pk *pk;
	int64_t v;
	int perubahan;

	if (!b->node || !a || !b->j.ada ||
	    (!a->pagu_pk.ok && !a->pagu_pk_perubahan.ok))
		return;
	pk = instansi_pk(c->in, c->tahun);
	perubahan = (pk && pk->has_perubahan) || a->pagu_pk_perubahan.ok;
	if (a->pagu_pk_perubahan.ok && benar_kunci(&b->j, K_PERUBAHAN, &v))
		pk_tambah(c, b, &a->pagu_pk_perubahan, v, "PK Perubahan",
			  "pagu perubahan (DPA-P)", 1);
	if (!a->pagu_pk.ok)
		return;
	if (!perubahan && benar_kunci(&b->j, K_PERUBAHAN, &v))
		pk_tambah(c, b, &a->pagu_pk, v, "PK", "pagu DPA yang berlaku", 0);
	else if (perubahan && benar_kunci(&b->j, K_PAGU, &v))
		pk_tambah(c, b, &a->pagu_pk, v, "PK", "pagu DPA sebelum perubahan",
			  1);
}

void reviu_cek_anggaran_pk(struct rv *c)
{
	each_baris(c, pk_satu);
}

/* ---- nilai_tidak_terbaca (budget) -------------------------------------- */

static const char *alasan(enum rv_cetak j)
{
	return j == CT_KOSONG ? "sel kosong" : j == CT_GALAT ?
		"galat lembar kerja" : "bukan angka";
}

static void tak_terbaca(struct rv *c, const struct baris *b,
			const struct anggaran_cetak *ct, const char *label,
			const char *z, enum rv_cetak j, struct reviu_nilai benar)
{
	char nama[160], s[NUM_BUFSZ], sh[NUM_BUFSZ + 24];
	struct rv_temuan t;

	memset(&t, 0, sizeof t);
	t.kode = b->kode;
	t.tahun = c->tahun;
	t.dilaporkan = z;
	t.sumber = ct->sumber;
	t.benar = benar;
	sh[0] = 0;
	if (benar.jenis == BENAR_RUPIAH)
		snprintf(sh, sizeof sh, "; seharusnya Rp %s", rv_fmt_rp(benar.rp, s));
	else if (benar.jenis == BENAR_PERSEN)
		snprintf(sh, sizeof sh, "; seharusnya %s %%",
			 rv_fmt_persen(benar.persen, s));
	rv_add(c, &t, "%s %s tahun %d dicetak \"" RV_DIL "\"%s: %s, bukan nilai "
	       "yang terbaca%s.", label, nama_baris(b, nama, sizeof nama),
	       c->tahun, RV_SUMBER, alasan(j), sh);
}

static void nilai_satu(struct rv *c, const struct baris *b)
{
	int i, k;

	for (i = 0; i < b->ncetak; i++) {
		const struct anggaran_cetak *ct = &b->cetak[i];
		struct rv_bacaan bc;
		int64_t v;

		for (k = 0; k < NKUNCI; k++) {
			const char *z = cetak_kunci(ct, k);

			if (!z)
				continue;
			rv_baca_uang(z, &bc);
			if (bc.jenis != CT_ANGKA)
				tak_terbaca(c, b, ct, aNamaKunci[k], z, bc.jenis,
					    benar_kunci(&b->j, k, &v) ?
					    rv_benar_rp(v) : rv_benar_tidak_ada());
		}
		if (!ct->serapan)
			continue;
		rv_baca_persen(ct->serapan, &bc);
		if (bc.jenis != CT_ANGKA && bc.jenis != CT_STRIP)
			tak_terbaca(c, b, ct, "Serapan", ct->serapan, bc.jenis,
				    b->serapan_ok ? rv_benar_persen(b->serapan) :
				    rv_benar_tidak_ada());
	}
}

void reviu_cek_nilai_anggaran(struct rv *c)
{
	each_baris(c, nilai_satu);
}

/* ---- data_kosong -------------------------------------------------------- */

/* Whether some line of the agency has a pagu, a realisasi: a blank is
 * only a gap when the others were filled in. */
static void ada_isi(const struct node *n, int tahun, int *pagu, int *real)
{
	const struct anggaran *a = node_anggaran(n, tahun);
	int i;

	if (a) {
		*pagu |= a->pagu.ok || a->pagu_perubahan.ok;
		*real |= a->realisasi.ok;
	}
	for (i = 0; i < n->nanak; i++)
		ada_isi(&n->anak[i], tahun, pagu, real);
}

static void kosong_tambah(struct rv *c, const struct baris *b,
			  const char *apa)
{
	struct {
		char z[256];
		size_t n;
	} j = { "", 0 };
	char nama[160];
	struct rv_temuan t;
	int i;

	for (i = b->njalur - 1; i >= 0; i--) {
		const struct node *n = b->jalur[i];

		if (n->tingkat < TK_SASARAN || j.n + strlen(n->kode) + 4 >= sizeof j.z)
			continue;
		j.n += (size_t)snprintf(j.z + j.n, sizeof j.z - j.n, "%s, ", n->kode);
	}
	memset(&t, 0, sizeof t);
	t.kode = b->kode;
	t.tahun = c->tahun;
	t.benar = rv_benar_tidak_ada();
	rv_add(c, &t, "%s %s tahun %d kosong (tidak diisi), sehingga jumlah "
	       "%stotal instansi tidak dapat dihitung; isi angkanya (0 bila "
	       "memang nihil).", apa, rv_nama_node(b->node, nama, sizeof nama),
	       c->tahun, j.z);
}

static void kosong_satu(struct rv *c, const struct baris *b)
{
	const struct anggaran *a = b->a;
	int pagu = 0, real = 0, i;

	if (!b->node || !a || b->ada_anak ||
	    !(a->pagu.ok || a->pagu_perubahan.ok || a->realisasi.ok))
		return;
	for (i = 0; i < c->in->ntujuan; i++)
		ada_isi(&c->in->tujuan[i], c->tahun, &pagu, &real);
	if (pagu && !a->pagu.ok && !a->pagu_perubahan.ok)
		kosong_tambah(c, b, "Pagu");
	if (real && !a->realisasi.ok)
		kosong_tambah(c, b, "Realisasi");
	pagu = real = 0;
	for (i = 0; i < a->nrincian; i++) {
		const struct rincian *r = &a->rincian[i];

		if (r->realisasi.ok)
			real++;
		else if (r->pagu.ok || r->pagu_perubahan.ok)
			pagu++;
	}
	if (real && pagu)
		kosong_tambah(c, b, "Realisasi sebagian rincian");
}

void reviu_cek_data_kosong(struct rv *c)
{
	each_baris(c, kosong_satu);
}
