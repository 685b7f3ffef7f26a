/* lke_template: the LKE of PermenPANRB 88/2021 as data (lke.md §1).
 *
 * 4 komponen, each split 20/30/50 % into keberadaan, kualitas and
 * pemanfaatan; the 80 kriteria of the consensus list, worded here in our
 * own short Indonesian, with the answer type pemda tools use under
 * method P. 1.a.2 (rencana jangka panjang) exists only for a pemda. */
#include "lke.h"

#define YT LKE_YT
#define AE LKE_AE
#define W(m, e) { (m), (e) }
#define N(a) ((int)(sizeof(a) / sizeof((a)[0])))

/* ---- 1 Perencanaan Kinerja (30) ----------------------------------------- */

static const struct lke_kriteria k1a[] = {
	{ "1.a.1", "Tersedia pedoman teknis penyusunan rencana kinerja", YT, 0 },
	{ "1.a.2", "Tersedia rencana jangka panjang (RPJPD)", YT, LKE_K_PEMDA },
	{ "1.a.3", "Tersedia rencana jangka menengah (RPJMD/Renstra)", YT, 0 },
	{ "1.a.4", "Tersedia rencana tahunan (RKPD/Renja) dan Perjanjian Kinerja", YT, 0 },
	{ "1.a.5", "Tersedia rencana aksi yang menunjang kinerja", YT, 0 },
	{ "1.a.6", "Tersedia rencana anggaran yang menunjang kinerja (RKA/DPA)", YT, 0 },
};
static const struct lke_kriteria k1b[] = {
	{ "1.b.1", "Dokumen perencanaan kinerja ditetapkan secara resmi", YT, 0 },
	{ "1.b.2", "Dokumen perencanaan kinerja diumumkan tepat waktu", YT, 0 },
	{ "1.b.3", "Dokumen memuat kinerja yang benar-benar dibutuhkan", AE, 0 },
	{ "1.b.4", "Tujuan dan sasaran dirumuskan sebagai kondisi yang hendak dicapai", AE, 0 },
	{ "1.b.5", "Indikator kinerja memenuhi kriteria SMART", AE, 0 },
	{ "1.b.6", "IKU menggambarkan kinerja utama dan tetap selama satu periode", AE, 0 },
	{ "1.b.7", "Target kinerja menantang, realistis dan dapat dicapai", AE, 0 },
	{ "1.b.8", "Kinerja selaras berjenjang antar level jabatan (cascading)", AE, 0 },
	{ "1.b.9", "Keterkaitan kinerja lintas bidang tergambar (crosscutting)", AE, 0 },
	{ "1.b.10", "Setiap unit kerja menyusun dan menetapkan rencana kinerjanya", AE, 0 },
	{ "1.b.11", "Setiap pegawai menyusun dan menetapkan rencana kinerjanya (PK/SKP)", AE, 0 },
};
static const struct lke_kriteria k1c[] = {
	{ "1.c.1", "Penganggaran berpijak pada kinerja yang hendak dicapai", AE, 0 },
	{ "1.c.2", "Kegiatan yang dijalankan menunjang pencapaian kinerja", AE, 0 },
	{ "1.c.3", "Target kinerja tercapai atau masih sesuai jalur (on track)", AE, 0 },
	{ "1.c.4", "Rencana aksi disesuaikan dengan hasil pemantauan capaian berkala", AE, 0 },
	{ "1.c.5", "Dokumen perencanaan diperbaiki dari analisis kinerja sebelumnya", AE, 0 },
	{ "1.c.6", "Perbaikan dokumen perencanaan membawa kondisi yang lebih baik", AE, 0 },
	{ "1.c.7", "Unit kerja memahami, peduli dan berkomitmen pada rencana kinerja", AE, 0 },
	{ "1.c.8", "Pegawai memahami, peduli dan berkomitmen pada rencana kinerja", AE, 0 },
};

/* ---- 2 Pengukuran Kinerja (30) ------------------------------------------ */

static const struct lke_kriteria k2a[] = {
	{ "2.a.1", "Tersedia pedoman teknis pengukuran dan pengumpulan data kinerja", YT, 0 },
	{ "2.a.2", "Setiap indikator punya definisi operasional dan cara ukur yang jelas", YT, 0 },
	{ "2.a.3", "Tersedia mekanisme pengumpulan data kinerja yang andal", YT, 0 },
};
static const struct lke_kriteria k2b[] = {
	{ "2.b.1", "Pimpinan ikut memutuskan dalam pengukuran capaian kinerja", AE, 0 },
	{ "2.b.2", "Data kinerja yang dikumpulkan relevan", AE, 0 },
	{ "2.b.3", "Data kinerja menunjang capaian yang diharapkan", AE, 0 },
	{ "2.b.4", "Pengukuran kinerja dilakukan secara berkala", YT, 0 },
	{ "2.b.5", "Setiap level memantau capaian unit di bawahnya", AE, 0 },
	{ "2.b.6", "Pengumpulan data kinerja memakai aplikasi", YT, 0 },
	{ "2.b.7", "Pengukuran capaian kinerja memakai aplikasi", YT, 0 },
};
static const struct lke_kriteria k2c[] = {
	{ "2.c.1", "Hasil pengukuran dipakai menyesuaikan tunjangan kinerja/penghasilan", AE, 0 },
	{ "2.c.2", "Hasil pengukuran dipakai menempatkan atau menghapus jabatan", AE, 0 },
	{ "2.c.3", "Hasil pengukuran mendorong penataan (refocusing) organisasi", AE, 0 },
	{ "2.c.4", "Hasil pengukuran mendorong penyesuaian strategi", AE, 0 },
	{ "2.c.5", "Hasil pengukuran mendorong penyesuaian kebijakan", AE, 0 },
	{ "2.c.6", "Hasil pengukuran mendorong penyesuaian kegiatan", AE, 0 },
	{ "2.c.7", "Hasil pengukuran mendorong penyesuaian anggaran", AE, 0 },
	{ "2.c.8", "Anggaran dipakai secara efisien untuk mencapai kinerja", AE, 0 },
	{ "2.c.9", "Unit kerja memahami dan peduli pada hasil pengukuran", AE, 0 },
	{ "2.c.10", "Pegawai memahami dan peduli pada hasil pengukuran", AE, 0 },
};

/* ---- 3 Pelaporan Kinerja (15) ------------------------------------------- */

static const struct lke_kriteria k3a[] = {
	{ "3.a.1", "Laporan kinerja (LKj) disusun", YT, 0 },
	{ "3.a.2", "LKj disusun secara berkala", YT, 0 },
	{ "3.a.3", "LKj ditetapkan secara resmi", YT, 0 },
	{ "3.a.4", "LKj direviu oleh APIP", YT, 0 },
	{ "3.a.5", "LKj dipublikasikan", YT, 0 },
	{ "3.a.6", "LKj disampaikan tepat waktu", YT, 0 },
};
static const struct lke_kriteria k3b[] = {
	{ "3.b.1", "LKj memenuhi standar mutu penyajian", AE, 0 },
	{ "3.b.2", "Seluruh informasi capaian kinerja diungkapkan", AE, 0 },
	{ "3.b.3", "Realisasi dianalisis terhadap target tahunan", AE, 0 },
	{ "3.b.4", "Realisasi dianalisis terhadap target jangka menengah", AE, 0 },
	{ "3.b.5", "Realisasi dianalisis terhadap realisasi tahun-tahun lalu", AE, 0 },
	{ "3.b.6", "Realisasi dianalisis terhadap capaian nasional/internasional", AE, 0 },
	{ "3.b.7", "Mutu capaian, upaya nyata dan hambatannya dijelaskan", AE, 0 },
	{ "3.b.8", "Efisiensi penggunaan sumber daya dijelaskan", AE, 0 },
	{ "3.b.9", "Rencana perbaikan ke depan (rekomendasi) dimuat", AE, 0 },
};
static const struct lke_kriteria k3c[] = {
	{ "3.c.1", "Pimpinan memperhatikan informasi dalam LKj", YT, 0 },
	{ "3.c.2", "Seluruh pegawai peduli pada informasi dalam LKj", AE, 0 },
	{ "3.c.3", "Laporan berkala dipakai menyesuaikan kegiatan", AE, 0 },
	{ "3.c.4", "Laporan berkala dipakai menyesuaikan penggunaan anggaran", AE, 0 },
	{ "3.c.5", "Informasi kinerja dipakai menilai keberhasilan", AE, 0 },
	{ "3.c.6", "Informasi kinerja dipakai menyesuaikan rencana berikutnya", AE, 0 },
	{ "3.c.7", "Informasi kinerja mengubah budaya kinerja organisasi", AE, 0 },
};

/* ---- 4 Evaluasi Akuntabilitas Kinerja Internal (25) -------------------- */

static const struct lke_kriteria k4a[] = {
	{ "4.a.1", "Tersedia pedoman teknis evaluasi akuntabilitas kinerja internal", YT, 0 },
	{ "4.a.2", "Evaluasi internal menjangkau seluruh unit kerja", YT, 0 },
	{ "4.a.3", "Evaluasi internal dilaksanakan berjenjang", YT, 0 },
};
static const struct lke_kriteria k4b[] = {
	{ "4.b.1", "Evaluasi internal memenuhi standar", AE, 0 },
	{ "4.b.2", "Evaluasi dikerjakan SDM yang cukup dan kompeten", AE, 0 },
	{ "4.b.3", "Pendalaman evaluasi memadai", AE, 0 },
	{ "4.b.4", "Evaluasi mencakup seluruh unit kerja", AE, 0 },
	{ "4.b.5", "Evaluasi memakai aplikasi", AE, 0 },
};
static const struct lke_kriteria k4c[] = {
	{ "4.c.1", "Rekomendasi evaluasi ditindaklanjuti (A > 90 %, B > 75-90 %, "
		   "C > 40-75 %, D > 10-40 %, E <= 10 %)", AE, 0 },
	{ "4.c.2", "Tindak lanjut menaikkan mutu implementasi SAKIP", AE, 0 },
	{ "4.c.3", "Hasil evaluasi dipakai memperbaiki akuntabilitas kinerja", AE, 0 },
	{ "4.c.4", "Hasil evaluasi menunjang efektivitas dan efisiensi", AE, 0 },
	{ "4.c.5", "Kinerja membaik karena hasil evaluasi dimanfaatkan", AE, 0 },
};

/* ---- structure ----------------------------------------------------------- */

#define SUB(kode, nama, m, e, arr) { kode, nama, W(m, e), N(arr), arr }

static const struct lke_sub s1[] = {
	SUB("1.a", "Keberadaan", 6, 0, k1a),
	SUB("1.b", "Kualitas", 9, 0, k1b),
	SUB("1.c", "Pemanfaatan", 15, 0, k1c),
};
static const struct lke_sub s2[] = {
	SUB("2.a", "Keberadaan", 6, 0, k2a),
	SUB("2.b", "Kualitas", 9, 0, k2b),
	SUB("2.c", "Pemanfaatan", 15, 0, k2c),
};
static const struct lke_sub s3[] = {
	SUB("3.a", "Keberadaan", 3, 0, k3a),
	SUB("3.b", "Kualitas", 45, 1, k3b),
	SUB("3.c", "Pemanfaatan", 75, 1, k3c),
};
static const struct lke_sub s4[] = {
	SUB("4.a", "Keberadaan", 5, 0, k4a),
	SUB("4.b", "Kualitas", 75, 1, k4b),
	SUB("4.c", "Pemanfaatan", 125, 1, k4c),
};

static const struct lke_komponen aKomponen[] = {
	{ "1", "Perencanaan Kinerja", W(30, 0), N(s1), s1 },
	{ "2", "Pengukuran Kinerja", W(30, 0), N(s2), s2 },
	{ "3", "Pelaporan Kinerja", W(15, 0), N(s3), s3 },
	{ "4", "Evaluasi Akuntabilitas Kinerja Internal", W(25, 0), N(s4), s4 },
};

/* lke.md §2 "Logic checks": an answer may not exceed its prerequisite. */
#define SYARAT LKE_ATURAN_SYARAT
#define RATA LKE_ATURAN_RATA
static const struct lke_aturan aAturan[] = {
	{ "renja-tanpa-renstra", SYARAT, "1.a.4", "1.a.3",
	  "a rencana tahunan needs a rencana jangka menengah" },
	{ "renaksi-tanpa-pk", SYARAT, "1.a.5", "1.a.4",
	  "a rencana aksi needs a rencana tahunan and PK" },
	{ "lkj-belum-disusun", SYARAT, "3.a.2", "3.a.1",
	  "an LKj that was not written cannot be periodic" },
	{ "lkj-belum-disusun", SYARAT, "3.a.3", "3.a.1",
	  "an LKj that was not written cannot be enacted" },
	{ "lkj-belum-disusun", SYARAT, "3.a.4", "3.a.1",
	  "an LKj that was not written cannot be reviewed" },
	{ "lkj-belum-disusun", SYARAT, "3.a.5", "3.a.1",
	  "an LKj that was not written cannot be published" },
	{ "lkj-belum-disusun", SYARAT, "3.a.6", "3.a.1",
	  "an LKj that was not written cannot be on time" },
	{ "pemanfaatan-melebihi-kualitas", RATA, "1.c", "1.b",
	  "pemanfaatan may not exceed the related kualitas" },
	{ "pemanfaatan-melebihi-kualitas", RATA, "2.c", "2.b",
	  "pemanfaatan may not exceed the related kualitas" },
	{ "pemanfaatan-melebihi-kualitas", RATA, "3.c", "3.b",
	  "pemanfaatan may not exceed the related kualitas" },
	{ "pemanfaatan-melebihi-kualitas", RATA, "4.c", "4.b",
	  "pemanfaatan may not exceed the related kualitas" },
};

const struct lke_template lke_template_88_2021 = {
	LKE_TEMPLATE_88_2021, 1, "LKE AKIP PermenPANRB 88/2021",
	N(aKomponen), aKomponen, N(aAturan), aAturan,
};
