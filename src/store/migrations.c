/* migrations: the schema, as a list of steps that only ever grows.
 *
 * Step N takes a database from version N-1 to N; PRAGMA user_version
 * holds the version a database is at. A step is never edited once
 * released: a change is a new step. Each step ends by setting
 * user_version itself, so that no SQL is ever built from values, and the
 * runner checks it did. docs/data-model.md explains the tables.
 *
 * A CHECK on a list of more than two words is written a = 'x' OR a = 'y'
 * …, not a IN ('x', 'y', …): SQLite evaluates such an IN list through a
 * temporary b-tree built at every execution of the statement, which made
 * a bulk import several times slower. */
#include "store_int.h"

#include <assert.h>

/* 1: the package of data-format.md — pemda, its agencies and their plan,
 * targets, realisations, budget, printed figures and narrative. */
static const char zStep1[] =
	"CREATE TABLE pemda ("
	" id INTEGER PRIMARY KEY,"
	" kode TEXT NOT NULL UNIQUE,"
	" nama TEXT,"
	" rumus_negatif TEXT NOT NULL DEFAULT '2T-R'"
	"  CHECK (rumus_negatif IN ('2T-R', 'T/R')),"
	" has_rumus INTEGER NOT NULL DEFAULT 0,"
	" batas_capaian TEXT," /* exact decimal; NULL: no cap */
	" has_skala INTEGER NOT NULL DEFAULT 0,"
	" efisiensi_metode TEXT,"
	" efisiensi_ambang TEXT NOT NULL DEFAULT '0',"
	" has_efisiensi INTEGER NOT NULL DEFAULT 0,"
	" desimal INTEGER NOT NULL DEFAULT 2,"
	" has_desimal INTEGER NOT NULL DEFAULT 0);"

	"CREATE TABLE skala_predikat ("
	" pemda_id INTEGER NOT NULL REFERENCES pemda(id) ON DELETE CASCADE,"
	" urutan INTEGER NOT NULL,"
	" min TEXT NOT NULL,"
	" label TEXT NOT NULL,"
	" PRIMARY KEY (pemda_id, urutan)) WITHOUT ROWID;"

	"CREATE TABLE instansi ("
	" id INTEGER PRIMARY KEY,"
	" pemda_id INTEGER NOT NULL REFERENCES pemda(id) ON DELETE CASCADE,"
	" kode TEXT NOT NULL,"
	" nama TEXT,"
	" urutan INTEGER NOT NULL,"
	" renstra_awal INTEGER,"
	" renstra_akhir INTEGER,"
	" renstra_acuan TEXT,"
	" profil_json TEXT,"
	" UNIQUE (pemda_id, kode));"

	"CREATE TABLE pejabat ("
	" instansi_id INTEGER NOT NULL REFERENCES instansi(id) ON DELETE CASCADE,"
	" peran TEXT NOT NULL CHECK (peran IN ('pimpinan', 'atasan')),"
	" nama TEXT, nip TEXT, jabatan TEXT, pangkat TEXT,"
	" PRIMARY KEY (instansi_id, peran)) WITHOUT ROWID;"

	"CREATE TABLE pk ("
	" instansi_id INTEGER NOT NULL REFERENCES instansi(id) ON DELETE CASCADE,"
	" tahun INTEGER NOT NULL,"
	" tempat TEXT, tanggal TEXT,"
	" has_perubahan INTEGER NOT NULL DEFAULT 0,"
	" perubahan_tempat TEXT, perubahan_tanggal TEXT,"
	" PRIMARY KEY (instansi_id, tahun)) WITHOUT ROWID;"

	"CREATE TABLE node ("
	" id INTEGER PRIMARY KEY,"
	" instansi_id INTEGER NOT NULL REFERENCES instansi(id) ON DELETE CASCADE,"
	" parent_id INTEGER REFERENCES node(id) ON DELETE CASCADE,"
	" tingkat TEXT NOT NULL CHECK (tingkat = 'tujuan' OR tingkat = 'sasaran'"
	"  OR tingkat = 'program' OR tingkat = 'kegiatan'"
	"  OR tingkat = 'subkegiatan'),"
	" kode TEXT NOT NULL,"
	" uraian TEXT,"
	" urutan INTEGER NOT NULL);"
	"CREATE INDEX node_instansi ON node(instansi_id, parent_id, urutan);"
	"CREATE INDEX node_parent ON node(parent_id, urutan);"

	"CREATE TABLE indikator ("
	" id INTEGER PRIMARY KEY,"
	" node_id INTEGER NOT NULL REFERENCES node(id) ON DELETE CASCADE,"
	" urutan INTEGER NOT NULL,"
	" kode TEXT NOT NULL,"
	" uraian TEXT, satuan TEXT,"
	" iku INTEGER NOT NULL DEFAULT 0,"
	" has_iku INTEGER NOT NULL DEFAULT 0,"
	" polaritas TEXT NOT NULL CHECK (polaritas = 'positif'"
	"  OR polaritas = 'negatif' OR polaritas = 'rentang'),"
	" tipe TEXT NOT NULL"
	"  CHECK (tipe = 'angka' OR tipe = 'predikat' OR tipe = 'teks'),"
	" skala TEXT,"
	" agregasi TEXT NOT NULL CHECK (agregasi = 'kumulatif'"
	"  OR agregasi = 'terakhir' OR agregasi = 'rata_rata'),"
	" has_agregasi INTEGER NOT NULL DEFAULT 0,"
	" formula TEXT, sumber_data TEXT,"
	" baseline_tahun INTEGER, baseline_raw TEXT, baseline_is_num INTEGER,"
	" target_akhir_raw TEXT, target_akhir_is_num INTEGER,"
	" UNIQUE (node_id, urutan));"

	"CREATE TABLE nilai ("
	" indikator_id INTEGER NOT NULL REFERENCES indikator(id) ON DELETE CASCADE,"
	" jenis TEXT NOT NULL CHECK (jenis = 'target' OR jenis = 'target_pk'"
	"  OR jenis = 'target_pk_perubahan' OR jenis = 'realisasi'),"
	" tahun INTEGER NOT NULL,"
	" raw TEXT NOT NULL,"
	" is_num INTEGER NOT NULL,"
	" PRIMARY KEY (indikator_id, jenis, tahun)) WITHOUT ROWID;"

	"CREATE TABLE periode ("
	" indikator_id INTEGER NOT NULL REFERENCES indikator(id) ON DELETE CASCADE,"
	" tahun INTEGER NOT NULL,"
	" jenis TEXT NOT NULL CHECK (jenis IN ('bulan', 'triwulan')),"
	" ke INTEGER NOT NULL CHECK (ke BETWEEN 1 AND 12),"
	" raw TEXT," /* NULL: not reported yet */
	" is_num INTEGER NOT NULL DEFAULT 0,"
	" PRIMARY KEY (indikator_id, tahun, ke)) WITHOUT ROWID;"

	"CREATE TABLE pembanding ("
	" id INTEGER PRIMARY KEY,"
	" indikator_id INTEGER NOT NULL REFERENCES indikator(id) ON DELETE CASCADE,"
	" urutan INTEGER NOT NULL,"
	" jenis TEXT NOT NULL,"
	" UNIQUE (indikator_id, urutan));"
	"CREATE TABLE pembanding_nilai ("
	" pembanding_id INTEGER NOT NULL"
	"  REFERENCES pembanding(id) ON DELETE CASCADE,"
	" tahun INTEGER NOT NULL,"
	" raw TEXT NOT NULL,"
	" is_num INTEGER NOT NULL,"
	" PRIMARY KEY (pembanding_id, tahun)) WITHOUT ROWID;"

	"CREATE TABLE laporan ("
	" id INTEGER PRIMARY KEY,"
	" indikator_id INTEGER REFERENCES indikator(id) ON DELETE CASCADE,"
	" node_id INTEGER REFERENCES node(id) ON DELETE CASCADE,"
	" urutan INTEGER NOT NULL,"
	" tahun INTEGER NOT NULL,"
	" kunci TEXT NOT NULL,"
	" as_list INTEGER NOT NULL DEFAULT 0,"
	" CHECK ((indikator_id IS NULL) <> (node_id IS NULL)));"
	"CREATE UNIQUE INDEX laporan_indikator ON laporan(indikator_id, urutan)"
	" WHERE indikator_id IS NOT NULL;"
	"CREATE UNIQUE INDEX laporan_node ON laporan(node_id, urutan)"
	" WHERE node_id IS NOT NULL;"
	"CREATE TABLE laporan_cetak ("
	" laporan_id INTEGER NOT NULL REFERENCES laporan(id) ON DELETE CASCADE,"
	" ke INTEGER NOT NULL,"
	" nilai TEXT, sumber TEXT,"
	" PRIMARY KEY (laporan_id, ke)) WITHOUT ROWID;"

	/* A budget line of a node for a year, or (node_id NULL) the agency's
	 * own line, which holds the agency totals a document printed. */
	"CREATE TABLE anggaran ("
	" id INTEGER PRIMARY KEY,"
	" instansi_id INTEGER NOT NULL REFERENCES instansi(id) ON DELETE CASCADE,"
	" node_id INTEGER REFERENCES node(id) ON DELETE CASCADE,"
	" tahun INTEGER NOT NULL,"
	" pagu INTEGER, pagu_raw TEXT,"
	" pagu_perubahan INTEGER, pagu_perubahan_raw TEXT,"
	" realisasi INTEGER, realisasi_raw TEXT,"
	" pagu_pk INTEGER, pagu_pk_raw TEXT,"
	" pagu_pk_perubahan INTEGER, pagu_pk_perubahan_raw TEXT);"
	"CREATE INDEX anggaran_instansi ON anggaran(instansi_id, tahun);"
	"CREATE UNIQUE INDEX anggaran_node ON anggaran(node_id, tahun)"
	" WHERE node_id IS NOT NULL;"
	"CREATE TABLE rincian ("
	" anggaran_id INTEGER NOT NULL REFERENCES anggaran(id) ON DELETE CASCADE,"
	" urutan INTEGER NOT NULL,"
	" uraian TEXT,"
	" pagu INTEGER, pagu_raw TEXT,"
	" pagu_perubahan INTEGER, pagu_perubahan_raw TEXT,"
	" realisasi INTEGER, realisasi_raw TEXT,"
	" PRIMARY KEY (anggaran_id, urutan)) WITHOUT ROWID;"
	"CREATE TABLE anggaran_cetak ("
	" anggaran_id INTEGER NOT NULL REFERENCES anggaran(id) ON DELETE CASCADE,"
	" urutan INTEGER NOT NULL,"
	" sumber TEXT, pagu TEXT, pagu_perubahan TEXT, realisasi TEXT,"
	" serapan TEXT,"
	" PRIMARY KEY (anggaran_id, urutan)) WITHOUT ROWID;"

	/* kunci NULL: the one row of a year given with no section. */
	"CREATE TABLE narasi ("
	" id INTEGER PRIMARY KEY,"
	" instansi_id INTEGER REFERENCES instansi(id) ON DELETE CASCADE,"
	" indikator_id INTEGER REFERENCES indikator(id) ON DELETE CASCADE,"
	" tahun INTEGER NOT NULL,"
	" ke INTEGER NOT NULL,"
	" kunci TEXT, teks TEXT,"
	" CHECK ((instansi_id IS NULL) <> (indikator_id IS NULL)));"
	"CREATE UNIQUE INDEX narasi_instansi ON narasi(instansi_id, tahun, ke)"
	" WHERE instansi_id IS NOT NULL;"
	"CREATE UNIQUE INDEX narasi_indikator ON narasi(indikator_id, tahun, ke)"
	" WHERE indikator_id IS NOT NULL;"

	"PRAGMA user_version = 1;";

/* 2: the working cycle — accounts, sessions, the audit trail, locked
 * periods and realisations entered and verified through the web. */
static const char zStep2[] =
	"CREATE TABLE users ("
	" id INTEGER PRIMARY KEY,"
	" username TEXT NOT NULL UNIQUE,"
	" password_hash TEXT NOT NULL,"
	" role TEXT NOT NULL CHECK (role = 'admin' OR role = 'operator'"
	"  OR role = 'verifikator' OR role = 'evaluator' OR role = 'pimpinan'),"
	" instansi_id INTEGER REFERENCES instansi(id),"
	" disabled INTEGER NOT NULL DEFAULT 0,"
	" created_at TEXT NOT NULL);"
	"CREATE INDEX users_instansi ON users(instansi_id)"
	" WHERE instansi_id IS NOT NULL;"

	"CREATE TABLE sessions ("
	" id_hash TEXT PRIMARY KEY,"
	" user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
	" created TEXT NOT NULL,"
	" last_seen TEXT NOT NULL) WITHOUT ROWID;"
	"CREATE INDEX sessions_user ON sessions(user_id);"

	"CREATE TABLE audit_log ("
	" id INTEGER PRIMARY KEY,"
	" at TEXT NOT NULL,"
	" user_id INTEGER REFERENCES users(id),"
	" action TEXT NOT NULL,"
	" entity TEXT NOT NULL,"
	" entity_id TEXT,"
	" old_value TEXT, new_value TEXT);"
	"CREATE INDEX audit_log_entity ON audit_log(entity, entity_id);"
	"CREATE INDEX audit_log_user ON audit_log(user_id);"
	"CREATE INDEX audit_log_at ON audit_log(at);"

	"CREATE TABLE period_lock ("
	" pemda_id INTEGER NOT NULL REFERENCES pemda(id) ON DELETE CASCADE,"
	" tahun INTEGER NOT NULL,"
	" locked_by INTEGER REFERENCES users(id),"
	" locked_at TEXT NOT NULL,"
	" PRIMARY KEY (pemda_id, tahun)) WITHOUT ROWID;"
	"CREATE INDEX period_lock_user ON period_lock(locked_by);"

	"CREATE TABLE realisasi_entri ("
	" id INTEGER PRIMARY KEY,"
	" indikator_id INTEGER NOT NULL REFERENCES indikator(id) ON DELETE CASCADE,"
	" tahun INTEGER NOT NULL,"
	" periode TEXT NOT NULL CHECK (periode = 'tahun' OR periode = 'bulan'"
	"  OR periode = 'triwulan'),"
	" ke INTEGER NOT NULL DEFAULT 0," /* 0 for the year, else 1 … 12 */
	" raw TEXT,"
	" is_num INTEGER NOT NULL DEFAULT 0,"
	" status TEXT NOT NULL DEFAULT 'draft' CHECK (status = 'draft'"
	"  OR status = 'diajukan' OR status = 'disetujui'"
	"  OR status = 'dikembalikan'),"
	" catatan TEXT,"
	" bukti_path TEXT,"
	" entered_by INTEGER REFERENCES users(id),"
	" verified_by INTEGER REFERENCES users(id),"
	" created_at TEXT NOT NULL,"
	" updated_at TEXT NOT NULL,"
	" submitted_at TEXT,"
	" verified_at TEXT,"
	" UNIQUE (indikator_id, tahun, periode, ke));"
	"CREATE INDEX realisasi_entri_status ON realisasi_entri(status, tahun);"
	"CREATE INDEX realisasi_entri_entered ON realisasi_entri(entered_by);"
	"CREATE INDEX realisasi_entri_verified ON realisasi_entri(verified_by);"

	"PRAGMA user_version = 2;";

/* 3: the AKIP evaluation (lke.md) — worksheets of answers per agency,
 * year and stage, bound to the exact template they were scored on;
 * templates a pemda loads (rows never change: a new version is a new
 * row); recommendations of the LHE and their follow-up. */
static const char zStep3[] =
	"CREATE TABLE lke_template ("
	" id INTEGER PRIMARY KEY,"
	" kode TEXT NOT NULL,"
	" versi INTEGER NOT NULL CHECK (versi >= 1),"
	" hash TEXT NOT NULL,"
	" definisi TEXT NOT NULL," /* the template as JSON */
	" created_at TEXT NOT NULL"
	"  DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),"
	" UNIQUE (kode, versi));"

	"CREATE TABLE lke_evaluasi ("
	" id INTEGER PRIMARY KEY,"
	" instansi_id INTEGER NOT NULL REFERENCES instansi(id) ON DELETE CASCADE,"
	" tahun INTEGER NOT NULL,"
	" tahap TEXT NOT NULL CHECK (tahap IN ('usulan', 'penetapan')),"
	" template_kode TEXT NOT NULL,"
	" template_versi INTEGER NOT NULL,"
	" template_hash TEXT NOT NULL,"
	" metode TEXT NOT NULL CHECK (metode IN ('R', 'P')),"
	" terbit INTEGER NOT NULL DEFAULT 0," /* penetapan shown to the agency */
	" lhe_nomor TEXT, lhe_tanggal TEXT, evaluator TEXT,"
	" updated_at TEXT NOT NULL"
	"  DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),"
	" UNIQUE (instansi_id, tahun, tahap));"

	"CREATE TABLE lke_jawaban ("
	" evaluasi_id INTEGER NOT NULL"
	"  REFERENCES lke_evaluasi(id) ON DELETE CASCADE,"
	" kode TEXT NOT NULL,"
	" urutan INTEGER NOT NULL,"
	" nilai TEXT NOT NULL,"
	" catatan TEXT,"
	" saran TEXT,"       /* the answer sakip suggested, if any */
	" saran_bukti TEXT," /* and why */
	" PRIMARY KEY (evaluasi_id, kode)) WITHOUT ROWID;"
	"CREATE TABLE lke_bukti ("
	" evaluasi_id INTEGER NOT NULL,"
	" kode TEXT NOT NULL,"
	" urutan INTEGER NOT NULL,"
	" bukti TEXT NOT NULL,"
	" PRIMARY KEY (evaluasi_id, kode, urutan),"
	" FOREIGN KEY (evaluasi_id, kode)"
	"  REFERENCES lke_jawaban(evaluasi_id, kode) ON DELETE CASCADE)"
	" WITHOUT ROWID;"
	"CREATE TABLE lke_catatan (" /* notes per komponen / sub for the LHE */
	" evaluasi_id INTEGER NOT NULL"
	"  REFERENCES lke_evaluasi(id) ON DELETE CASCADE,"
	" kode TEXT NOT NULL,"
	" teks TEXT NOT NULL,"
	" PRIMARY KEY (evaluasi_id, kode)) WITHOUT ROWID;"

	"CREATE TABLE lke_rekomendasi ("
	" id INTEGER PRIMARY KEY,"
	" evaluasi_id INTEGER NOT NULL"
	"  REFERENCES lke_evaluasi(id) ON DELETE CASCADE,"
	" nomor INTEGER NOT NULL,"
	" teks TEXT NOT NULL,"
	" kode TEXT," /* the komponen, sub-komponen or kriterion */
	" prioritas TEXT CHECK (prioritas IN ('tinggi', 'sedang', 'rendah')),"
	" target_tanggal TEXT,"
	" status TEXT NOT NULL DEFAULT 'belum' CHECK (status IN"
	"  ('belum', 'proses', 'selesai', 'ditolak')),"
	" UNIQUE (evaluasi_id, nomor));"
	"CREATE TABLE lke_tindak_lanjut ("
	" id INTEGER PRIMARY KEY,"
	" rekomendasi_id INTEGER NOT NULL"
	"  REFERENCES lke_rekomendasi(id) ON DELETE CASCADE,"
	" tanggal TEXT NOT NULL,"
	" uraian TEXT NOT NULL,"
	" bukti TEXT,"
	" diverifikasi_oleh INTEGER REFERENCES users(id),"
	" diverifikasi_pada TEXT,"
	" catatan_verifikasi TEXT);"
	"CREATE INDEX lke_tindak_lanjut_rekomendasi"
	" ON lke_tindak_lanjut(rekomendasi_id);"
	"CREATE INDEX lke_tindak_lanjut_user ON lke_tindak_lanjut(diverifikasi_oleh);"

	"PRAGMA user_version = 3;";

/* 4: the web app — why an entry was returned and what its evidence file
 * is (original name, type by content, size), and the years a pemda
 * publishes on the public pages. */
static const char zStep4[] =
	"ALTER TABLE realisasi_entri ADD COLUMN alasan TEXT;"
	"ALTER TABLE realisasi_entri ADD COLUMN bukti_nama TEXT;"
	"ALTER TABLE realisasi_entri ADD COLUMN bukti_tipe TEXT;"
	"ALTER TABLE realisasi_entri ADD COLUMN bukti_ukuran INTEGER;"
	"CREATE TABLE publikasi ("
	" pemda_id INTEGER NOT NULL REFERENCES pemda(id) ON DELETE CASCADE,"
	" tahun INTEGER NOT NULL,"
	" published_by INTEGER REFERENCES users(id),"
	" published_at TEXT NOT NULL,"
	" PRIMARY KEY (pemda_id, tahun)) WITHOUT ROWID;"
	"CREATE INDEX publikasi_user ON publikasi(published_by);"
	"PRAGMA user_version = 4;";

/* 5: realisation entries survive a re-import. An entry belongs to its
 * agency (instansi_id) and names its indicator by kode; indikator_id
 * points at the indicator of that kode while there is one and becomes
 * NULL when an import deletes it (the entry is then orphaned, not lost).
 * store_save_pkg points entries at the new indicator of their kode. The
 * table is rebuilt (SQLite cannot change a foreign key in place); rows
 * keep their ids. */
static const char zStep5[] =
	"CREATE TABLE realisasi_entri_5 ("
	" id INTEGER PRIMARY KEY,"
	" instansi_id INTEGER NOT NULL REFERENCES instansi(id) ON DELETE CASCADE,"
	" indikator_kode TEXT NOT NULL,"
	" indikator_id INTEGER REFERENCES indikator(id) ON DELETE SET NULL,"
	" tahun INTEGER NOT NULL,"
	" periode TEXT NOT NULL CHECK (periode = 'tahun' OR periode = 'bulan'"
	"  OR periode = 'triwulan'),"
	" ke INTEGER NOT NULL DEFAULT 0,"
	" raw TEXT,"
	" is_num INTEGER NOT NULL DEFAULT 0,"
	" status TEXT NOT NULL DEFAULT 'draft' CHECK (status = 'draft'"
	"  OR status = 'diajukan' OR status = 'disetujui'"
	"  OR status = 'dikembalikan'),"
	" catatan TEXT,"
	" bukti_path TEXT,"
	" entered_by INTEGER REFERENCES users(id),"
	" verified_by INTEGER REFERENCES users(id),"
	" created_at TEXT NOT NULL,"
	" updated_at TEXT NOT NULL,"
	" submitted_at TEXT,"
	" verified_at TEXT,"
	" alasan TEXT,"
	" bukti_nama TEXT,"
	" bukti_tipe TEXT,"
	" bukti_ukuran INTEGER,"
	" UNIQUE (instansi_id, indikator_kode, tahun, periode, ke));"
	"INSERT INTO realisasi_entri_5 (id, instansi_id, indikator_kode,"
	" indikator_id, tahun, periode, ke, raw, is_num, status, catatan,"
	" bukti_path, entered_by, verified_by, created_at, updated_at,"
	" submitted_at, verified_at, alasan, bukti_nama, bukti_tipe,"
	" bukti_ukuran)"
	" SELECT r.id, n.instansi_id, k.kode, r.indikator_id, r.tahun,"
	" r.periode, r.ke, r.raw, r.is_num, r.status, r.catatan, r.bukti_path,"
	" r.entered_by, r.verified_by, r.created_at, r.updated_at,"
	" r.submitted_at, r.verified_at, r.alasan, r.bukti_nama, r.bukti_tipe,"
	" r.bukti_ukuran FROM realisasi_entri r"
	" JOIN indikator k ON k.id = r.indikator_id"
	" JOIN node n ON n.id = k.node_id;"
	"DROP TABLE realisasi_entri;"
	"ALTER TABLE realisasi_entri_5 RENAME TO realisasi_entri;"
	"CREATE UNIQUE INDEX realisasi_entri_indikator"
	" ON realisasi_entri(indikator_id, tahun, periode, ke);"
	"CREATE INDEX realisasi_entri_status ON realisasi_entri(status, tahun);"
	"CREATE INDEX realisasi_entri_entered ON realisasi_entri(entered_by);"
	"CREATE INDEX realisasi_entri_verified ON realisasi_entri(verified_by);"
	"PRAGMA user_version = 5;";

static const char *const aStep[] = { zStep1, zStep2, zStep3, zStep4, zStep5 };

static int user_version(struct store *s, int *out, struct sk_err *e)
{
	sqlite3_stmt *st;
	int rc = sqlite3_prepare_v2(s->db, "PRAGMA user_version", -1, &st, NULL);

	if (rc != SQLITE_OK)
		return store_fail(s, rc, e, "reading the schema version");
	rc = sqlite3_step(st);
	*out = rc == SQLITE_ROW ? sqlite3_column_int(st, 0) : 0;
	sqlite3_finalize(st);
	if (rc != SQLITE_ROW)
		return store_fail(s, rc, e, "reading the schema version");
	return 0;
}

/* Runs step v (1-based) unless another connection did it first. */
static int run_step(struct store *s, int v, struct sk_err *e)
{
	int rc, now = 0;

	rc = store_exec(s, "BEGIN IMMEDIATE", e);
	if (rc)
		return rc;
	rc = user_version(s, &now, e);
	if (rc == 0 && now == v - 1) {
		rc = store_exec(s, aStep[v - 1], e);
		if (rc)
			sk_err_prefix(e, "schema step %d", v);
		else if ((rc = user_version(s, &now, e)) == 0 && now != v)
			rc = sk_errf(e, SK_EIO, "schema step %d left version %d",
				     v, now);
	}
	if (rc) {
		sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
		return rc;
	}
	return store_exec(s, "COMMIT", e);
}

int store_migrate(struct store *s, int target, struct sk_err *e)
{
	int rc, v;

	assert((int)(sizeof aStep / sizeof aStep[0]) == STORE_SCHEMA_VERSION);
	if (target < 1 || target > STORE_SCHEMA_VERSION)
		return sk_errf(e, SK_EUSAGE, "no schema version %d", target);
	rc = user_version(s, &v, e);
	if (rc)
		return rc;
	if (v > STORE_SCHEMA_VERSION)
		return sk_errf(e, SK_EIO,
			       "database schema version %d is newer than this "
			       "program's (%d)", v, STORE_SCHEMA_VERSION);
	for (; v < target; v++) {
		rc = run_step(s, v + 1, e);
		if (rc)
			return rc;
	}
	return 0;
}
