/* reviu_polaritas: an indicator whose name reads lower-is-better marked
 * positif, or the reverse (sakip-domain.md §8, polaritas_meragukan).
 *
 * Words are matched whole on the name lower-cased with punctuation as
 * blanks. A "lower is better" phrase is overturned by a word saying that
 * the indicator counts what was handled or reduced ("laporan kejadian …
 * yang ditindak lanjuti", "kasus yang mendapatkan bantuan hukum",
 * "penurunan angka kemiskinan"), unless that word is part of the phrase
 * itself ("waktu penyelesaian"). */
#include "reviu_priv.h"

#include <stdio.h>
#include <string.h>

/* Lower is better. */
static const char *const aNegatif[] = {
	"angka kemiskinan", "tingkat kemiskinan", "penduduk miskin",
	"kemiskinan ekstrem", "angka kematian", "kematian ibu",
	"kematian bayi", "kematian balita", "prevalensi", "stunting",
	"gizi buruk", "wasting", "angka kesakitan", "tingkat pengangguran",
	"pengangguran terbuka", "angka putus sekolah", "putus sekolah",
	"buta aksara", "jumlah pengaduan", "angka pengaduan", "keluhan",
	"lama waktu", "waktu tunggu", "waktu penyelesaian", "waktu pelayanan",
	"waktu tanggap", "rata rata waktu", "lama hari", "kasus",
	"kejadian", "kriminalitas", "kerawanan", "pelanggaran",
	"kecelakaan", "kebakaran", "genangan", "banjir", "kawasan kumuh",
	"permukiman kumuh", "tidak layak huni", "rasio gini", "gini ratio",
	"indeks gini", "inflasi", "tunggakan", "kerugian", "temuan",
	"penyalahgunaan narkoba", "kekerasan", "pekerja anak",
	"perkawinan anak", "pernikahan dini", "sampah yang dibuang",
	"emisi", "deforestasi", "lahan kritis",
};

/* Words that turn a lower-is-better phrase into a count of what was
 * handled, solved or reduced. */
static const char *const aPembalik[] = {
	"penurunan", "menurunnya", "menurun", "berkurangnya", "pengurangan",
	"ditindak", "ditindaklanjuti", "tindak lanjut", "tindaklanjut",
	"ditangani", "tertangani", "penanganan", "diselesaikan",
	"terselesaikan", "penyelesaian", "mendapatkan", "mendapat",
	"memperoleh", "terlayani", "dilayani", "difasilitasi", "fasilitasi",
	"dicegah", "pencegahan", "bebas", "tepat waktu", "diatasi",
	"terselesaikannya", "direhabilitasi", "ditertibkan", "penertiban",
	"dipulihkan", "pemulihan",
};

/* Higher is better, for an indicator marked negatif. */
static const char *const aPositif[] = {
	"indeks kepuasan", "kepuasan masyarakat", "nilai akip", "opini bpk",
	"cakupan", "indeks pembangunan manusia", "pertumbuhan ekonomi",
	"pendapatan asli daerah", "angka harapan hidup", "lama sekolah",
	"angka partisipasi", "tingkat kepatuhan", "indeks reformasi birokrasi",
	"nilai sakip", "indeks desa membangun", "tingkat kepuasan",
};

#define N(a) (sizeof a / sizeof a[0])
#define TEKS_MAX 512

/* " lower case words " with punctuation as blanks, in buf. */
static void normal(const char *z, char *buf)
{
	size_t n = 0;

	buf[n++] = ' ';
	for (; *z && n + 2 < TEKS_MAX; z++) {
		unsigned char ch = (unsigned char)*z;

		if (ch >= 'A' && ch <= 'Z')
			ch = (unsigned char)(ch + 32);
		if (!((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') ||
		      ch >= 0x80))
			ch = ' ';
		if (ch == ' ' && buf[n - 1] == ' ')
			continue;
		buf[n++] = (char)ch;
	}
	if (buf[n - 1] != ' ')
		buf[n++] = ' ';
	buf[n] = 0;
}

struct span {
	size_t a, b;
};

/* Finds " w " in t starting at from; the span of w, or a == b == 0. */
static struct span cari(const char *t, const char *w, size_t from)
{
	char pat[96];
	const char *p;
	struct span s = { 0, 0 };

	snprintf(pat, sizeof pat, " %s ", w);
	if ((p = strstr(t + from, pat))) {
		s.a = (size_t)(p - t) + 1;
		s.b = s.a + strlen(w);
	}
	return s;
}

/* The first lower-is-better phrase of t, or NULL; *pembalik is the word
 * that overturns it, or NULL. */
static const char *negatif_dari(const char *t, const char **pembalik)
{
	struct span neg[8];
	const char *kata = NULL;
	size_t i, k, nneg = 0;

	*pembalik = NULL;
	for (i = 0; i < N(aNegatif) && nneg < 8; i++) {
		struct span s = cari(t, aNegatif[i], 0);
		if (s.b) {
			if (!kata)
				kata = aNegatif[i];
			neg[nneg++] = s;
		}
	}
	if (!kata)
		return NULL;
	for (i = 0; i < N(aPembalik); i++) {
		struct span s = { 0, 0 };
		while ((s = cari(t, aPembalik[i], s.a)).b) {
			int dalam = 0;
			for (k = 0; k < nneg; k++)
				if (s.a < neg[k].b && neg[k].a < s.b)
					dalam = 1;
			if (!dalam) {
				*pembalik = aPembalik[i];
				return kata;
			}
		}
	}
	return kata;
}

static const char *positif_dari(const char *t)
{
	size_t i;

	for (i = 0; i < N(aPositif); i++)
		if (cari(t, aPositif[i], 0).b)
			return aPositif[i];
	return NULL;
}

static void ragu(struct rv *c, const struct indikator *ind, const char *kata,
		 const char *seharusnya, const char *arah)
{
	struct rv_temuan t;
	char nama[160];

	memset(&t, 0, sizeof t);
	t.kode = ind->kode;
	t.tahun = c->tahun;
	t.dilaporkan = ind->polaritas == POL_POSITIF ? "positif" : "negatif";
	t.benar.jenis = BENAR_TEKS;
	t.benar.teks = seharusnya;
	rv_add(c, &t, "Indikator %s ditandai " RV_DIL ", padahal \"%s\" pada "
	       "namanya menunjukkan semakin %s semakin baik (%s); periksa "
	       "polaritas dan rumus capaiannya.",
	       rv_nama_indikator(ind, nama, sizeof nama), kata, arah,
	       seharusnya);
}

void reviu_cek_polaritas(struct rv *c)
{
	const struct hasil_indikator *hi;
	char t[TEKS_MAX];

	EACH_IND(c, hi) {
		const struct indikator *ind = hi->ind;
		const char *neg, *pos, *balik;

		if (!ind->uraian || ind->polaritas == POL_RENTANG)
			continue;
		normal(ind->uraian, t);
		neg = negatif_dari(t, &balik);
		if (ind->polaritas == POL_POSITIF && neg && !balik)
			ragu(c, ind, neg, "negatif", "kecil");
		else if (ind->polaritas == POL_NEGATIF && neg && balik)
			ragu(c, ind, balik, "positif", "besar");
		else if (ind->polaritas == POL_NEGATIF && !neg &&
			 (pos = positif_dari(t)))
			ragu(c, ind, pos, "positif", "besar");
	}
}
