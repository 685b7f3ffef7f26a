/* t_json: the `sakip/1` reader and writer (data-format.md).
 *
 * The fixtures are read from ../shared/fixtures (relative to the repo
 * root, where the tests run); without them those tests are skipped. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "io/json.h"
#include "util/err.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define FIXTURES "../shared/fixtures"
#define RD_ERR_MAX_TEST 100 /* problems listed before "N more" (RD_ERR_MAX) */

static char *slurp(const char *path, size_t *n)
{
	FILE *f = fopen(path, "rb");
	char *buf = NULL;
	long len;

	if (!f)
		return NULL;
	if (fseek(f, 0, SEEK_END) == 0 && (len = ftell(f)) >= 0 &&
	    fseek(f, 0, SEEK_SET) == 0 && (buf = malloc((size_t)len + 1)) != NULL) {
		*n = fread(buf, 1, (size_t)len, f);
		buf[*n] = 0;
	}
	fclose(f);
	return buf;
}

/* The fixture's text, or NULL after printing why the test is skipped. */
static char *fixture(const char *name, size_t *n)
{
	char path[256];
	char *buf;

	snprintf(path, sizeof path, FIXTURES "/%s", name);
	buf = slurp(path, n);
	if (!buf)
		print_message("skipped: %s not found (run from the repo root with "
			      "the shared fixtures beside it)\n", path);
	return buf;
}

static int rd(const char *text, struct pkg *p, struct sbuf *errs)
{
	return json_read_pkg("t.json", text, strlen(text), p, errs);
}

/* ---- counting the tree -------------------------------------------------- */

struct counts {
	int tingkat[5];     /* nodes per level */
	int ind_tingkat[5]; /* indicators per level of their node */
	int indikator, anggaran, cetak, rincian;
	int lines;          /* budget years with a pagu or pagu_perubahan */
};

static int count_node(const struct node *n, const struct node *parent,
		      void *ctx)
{
	struct counts *c = ctx;
	int i;

	(void)parent;
	c->tingkat[n->tingkat]++;
	c->indikator += n->nindikator;
	c->ind_tingkat[n->tingkat] += n->nindikator;
	c->anggaran += n->nanggaran;
	for (i = 0; i < n->nanggaran; i++) {
		c->cetak += n->anggaran[i].ndilaporkan;
		c->rincian += n->anggaran[i].nrincian;
		c->lines += n->anggaran[i].pagu.ok || n->anggaran[i].pagu_perubahan.ok;
	}
	return 0;
}

static const struct indikator *find_ind(const struct instansi *in,
					const char *kode);

struct find {
	const char *kode;
	const struct indikator *ind;
	const struct node *node;
};

static int find_fn(const struct node *n, const struct node *parent, void *ctx)
{
	struct find *f = ctx;
	int i;

	(void)parent;
	if (strcmp(n->kode, f->kode) == 0)
		f->node = n;
	for (i = 0; i < n->nindikator; i++)
		if (strcmp(n->indikator[i].kode, f->kode) == 0)
			f->ind = &n->indikator[i];
	return f->ind || f->node;
}

static const struct indikator *find_ind(const struct instansi *in,
					const char *kode)
{
	struct find f = { kode, NULL, NULL };

	instansi_walk(in, find_fn, &f);
	return f.ind;
}

static const struct node *find_node(const struct instansi *in, const char *kode)
{
	struct find f = { kode, NULL, NULL };

	instansi_walk(in, find_fn, &f);
	return f.node;
}

/* ---- fixtures ------------------------------------------------------------- */

static void test_fixture_000(void **state)
{
	struct sbuf errs = SBUF_INIT(0);
	struct counts c;
	struct pkg p;
	size_t n;
	char *buf = fixture("000.json", &n);
	const struct indikator *d;
	const struct node *nd;
	const struct laporan *l;
	int rc;

	(void)state;
	if (!buf)
		skip();
	rc = json_read_pkg("000.json", buf, n, &p, &errs);
	assert_string_equal(errs.z, "");
	assert_int_equal(rc, 0);
	assert_string_equal(p.pemda_kode, "1771");
	assert_int_equal(p.ninstansi, 1);
	memset(&c, 0, sizeof c);
	instansi_walk(&p.instansi[0], count_node, &c);
	/* 000.md: 41 indicators (2 tujuan, 4 sasaran, 4 program, 10 kegiatan,
	 * 21 sub-kegiatan), 35 budget lines with 78 dilaporkan, 53 rincian,
	 * 7 printed agency totals, 3 narasi sections. The tree has 2 tujuan,
	 * 3 sasaran, 4 program, 10 kegiatan, 21 sub-kegiatan. */
	assert_int_equal(c.indikator, 41);
	assert_int_equal(c.ind_tingkat[TK_TUJUAN], 2);
	assert_int_equal(c.ind_tingkat[TK_SASARAN], 4);
	assert_int_equal(c.ind_tingkat[TK_PROGRAM], 4);
	assert_int_equal(c.ind_tingkat[TK_KEGIATAN], 10);
	assert_int_equal(c.ind_tingkat[TK_SUBKEGIATAN], 21);
	assert_int_equal(c.tingkat[TK_TUJUAN], 2);
	assert_int_equal(c.tingkat[TK_SASARAN], 3);
	assert_int_equal(c.tingkat[TK_PROGRAM], 4);
	assert_int_equal(c.tingkat[TK_KEGIATAN], 10);
	assert_int_equal(c.tingkat[TK_SUBKEGIATAN], 21);
	assert_int_equal(c.anggaran, 35);
	assert_int_equal(c.lines, 35);
	assert_int_equal(c.cetak, 78);
	assert_int_equal(c.rincian, 53);
	assert_int_equal(p.instansi[0].nanggaran_dilaporkan, 1);
	assert_int_equal(p.instansi[0].anggaran_dilaporkan[0].n, 7);
	assert_int_equal(p.instansi[0].narasi.n, 1);
	assert_int_equal(p.instansi[0].narasi.a[0].n, 3);
	assert_non_null(narasi_get(&p.instansi[0].narasi, 2024, "penutup"));
	assert_non_null(instansi_pk(&p.instansi[0], 2024));
	assert_int_equal(p.instansi[0].renstra_awal, 2024);

	d = find_ind(&p.instansi[0], "IK-S1-1");
	assert_non_null(d);
	assert_int_equal(d->realisasi.n, 2);
	assert_int_equal(d->realisasi.a[0].tahun, 2023); /* sorted */
	assert_string_equal(d->realisasi.a[0].n.raw, "100 %");
	assert_int_equal(d->realisasi.a[0].n.is_num, 0);
	assert_int_equal(d->realisasi.a[0].n.v.kind, VAL_ANGKA);
	l = laporan_get(&d->dilaporkan, 2024, "capaian");
	assert_non_null(l);
	assert_int_equal(l->as_list, 1);
	assert_int_equal(l->n, 2);
	assert_string_equal(l->a[1].sumber, "Tabel 3.3");

	nd = find_node(&p.instansi[0], "P1");
	assert_non_null(nd);
	assert_int_equal(nd->tingkat, TK_PROGRAM);
	assert_non_null(node_anggaran(nd, 2024));
	assert_int_equal(node_anggaran(nd, 2024)->pagu_pk.ok, 1);
	assert_non_null(node_anggaran(nd, 2024)->pagu_pk.raw); /* "Rp. …,-" */
	assert_true(node_anggaran(nd, 2024)->pagu_pk.rp > 0);
	pkg_free(&p);
	sbuf_release(&errs);
	free(buf);
}

static void test_fixture_counts_001_002(void **state)
{
	static const struct {
		const char *file;
		int indikator, ind_sasaran, ind_subkegiatan, tujuan, sasaran,
		    program, kegiatan, subkegiatan, anggaran, lines;
	} rows[] = {
		/* 001.md: 74 indicators (2 tujuan, 10 sasaran, 8 program,
		 * 54 sub-kegiatan), 57 budget lines (3 P + 54 SK). */
		{ "001.json", 74, 10, 54, 2, 3, 3, 18, 54, 57, 57 },
		/* 002.md: 3 tujuan, 4 sasaran, 5 program, 13 kegiatan,
		 * 33 sub-kegiatan; 80 indicators; 49 budget lines (and two
		 * `anggaran` years without a pagu: SK1.1.1 has only pagu_pk,
		 * K2.2 is {}). */
		{ "002.json", 80, -1, -1, 3, 4, 5, 13, 33, 51, 49 },
	};
	size_t i, n;

	(void)state;
	for (i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		struct sbuf errs = SBUF_INIT(0);
		struct counts c;
		struct pkg p;
		char *buf = fixture(rows[i].file, &n);

		if (!buf)
			skip();
		assert_int_equal(json_read_pkg(rows[i].file, buf, n, &p, &errs), 0);
		assert_string_equal(errs.z, "");
		memset(&c, 0, sizeof c);
		instansi_walk(&p.instansi[0], count_node, &c);
		assert_int_equal(c.indikator, rows[i].indikator);
		if (rows[i].ind_sasaran >= 0) {
			assert_int_equal(c.ind_tingkat[TK_SASARAN], rows[i].ind_sasaran);
			assert_int_equal(c.ind_tingkat[TK_SUBKEGIATAN],
					 rows[i].ind_subkegiatan);
		}
		assert_int_equal(c.tingkat[TK_TUJUAN], rows[i].tujuan);
		assert_int_equal(c.tingkat[TK_SASARAN], rows[i].sasaran);
		assert_int_equal(c.tingkat[TK_PROGRAM], rows[i].program);
		assert_int_equal(c.tingkat[TK_KEGIATAN], rows[i].kegiatan);
		assert_int_equal(c.tingkat[TK_SUBKEGIATAN], rows[i].subkegiatan);
		assert_int_equal(c.anggaran, rows[i].anggaran);
		assert_int_equal(c.lines, rows[i].lines);
		pkg_free(&p);
		sbuf_release(&errs);
		free(buf);
	}
}

/* read → write → read → write: the two writes are the same bytes. */
static void roundtrip(const char *name, const char *buf, size_t n)
{
	struct sbuf errs = SBUF_INIT(0), w1 = SBUF_INIT(0), w2 = SBUF_INIT(0);
	struct pkg p;

	assert_int_equal(json_read_pkg(name, buf, n, &p, &errs), 0);
	assert_int_equal(json_write_pkg(&p, NULL, &w1), 0);
	pkg_free(&p);
	assert_int_equal(json_read_pkg(name, w1.z, w1.n, &p, &errs), 0);
	assert_string_equal(errs.z, "");
	assert_int_equal(json_write_pkg(&p, NULL, &w2), 0);
	pkg_free(&p);
	assert_int_equal(w1.n, w2.n);
	assert_memory_equal(w1.z, w2.z, w1.n);
	sbuf_release(&errs);
	sbuf_release(&w1);
	sbuf_release(&w2);
}

static void test_fixture_roundtrip(void **state)
{
	static const char *const files[] = { "000.json", "001.json", "002.json" };
	size_t i, n;

	(void)state;
	for (i = 0; i < 3; i++) {
		char *buf = fixture(files[i], &n);
		if (!buf)
			skip();
		roundtrip(files[i], buf, n);
		free(buf);
	}
}

/* ---- exact values ------------------------------------------------------------ */

#define DOC_HEAD "{\"format\":\"sakip/1\",\"instansi\":[{\"kode\":\"a\",\"nama\":\"A\","
#define NODES(ind, ang) \
	"\"tujuan\":[{\"kode\":\"T1\",\"uraian\":\"t\",\"sasaran\":[{\"kode\":\"S1\"," \
	"\"uraian\":\"s\",\"program\":[{\"kode\":\"P1\",\"uraian\":\"p\"," \
	"\"indikator\":[{\"kode\":\"I1\",\"uraian\":\"i\"" ind "}]," \
	"\"anggaran\":{\"2024\":{" ang "}}}]}]}]}]}"
#define DOC(ind, ang) DOC_HEAD NODES(ind, ang)

static void test_numbers_exact(void **state)
{
	const char *doc = DOC(",\"realisasi\":{\"2025\":85.50,\"2024\":84.02,"
			      "\"2023\":1e2,\"2022\":\"97,36%\",\"2021\":null}",
			      "\"pagu\":9487138421,\"realisasi\":\"Rp 9,487,138,421\"");
	struct sbuf errs = SBUF_INIT(0), out = SBUF_INIT(0);
	const struct indikator *d;
	const struct anggaran *g;
	struct pkg p;

	(void)state;
	assert_int_equal(rd(doc, &p, &errs), 0);
	d = find_ind(&p.instansi[0], "I1");
	assert_non_null(d);
	assert_int_equal(d->realisasi.n, 4); /* null is no data */
	assert_int_equal(d->realisasi.a[0].tahun, 2022);
	assert_string_equal(d->realisasi.a[0].n.raw, "97,36%");
	assert_string_equal(d->realisasi.a[1].n.raw, "1e2");
	assert_string_equal(d->realisasi.a[2].n.raw, "84.02");
	assert_int_equal(d->realisasi.a[2].n.is_num, 1);
	assert_int_equal(d->realisasi.a[2].n.v.kind, VAL_ANGKA);
	assert_int_equal(d->realisasi.a[2].n.v.x.m, 8402);
	assert_int_equal(d->realisasi.a[2].n.v.x.e, 2);
	assert_string_equal(d->realisasi.a[3].n.raw, "85.50");
	g = node_anggaran(find_node(&p.instansi[0], "P1"), 2024);
	assert_non_null(g);
	assert_true(g->pagu.ok && g->pagu.rp == 9487138421LL && !g->pagu.raw);
	assert_true(g->realisasi.ok && g->realisasi.rp == 9487138421LL);
	assert_string_equal(g->realisasi.raw, "Rp 9,487,138,421");
	assert_false(g->pagu_perubahan.ok);
	assert_int_equal(json_write_pkg(&p, NULL, &out), 0);
	assert_non_null(strstr(out.z, "\"2024\": 84.02,"));
	assert_non_null(strstr(out.z, "\"2025\": 85.50\n"));
	assert_non_null(strstr(out.z, "\"2022\": \"97,36%\","));
	assert_non_null(strstr(out.z, "\"pagu\": 9487138421,"));
	assert_non_null(strstr(out.z, "\"realisasi\": \"Rp 9,487,138,421\""));
	assert_null(strstr(out.z, "2021"));
	pkg_free(&p);
	roundtrip("t.json", doc, strlen(doc));
	sbuf_release(&errs);
	sbuf_release(&out);
}

static void test_unparseable_value_kept(void **state)
{
	const char *doc = DOC(",\"target\":{\"2024\":\"Tersusunnya dokumen\"}", "");
	struct sbuf errs = SBUF_INIT(0);
	struct pkg p;
	const struct nilai *v;

	(void)state;
	assert_int_equal(rd(doc, &p, &errs), 0);
	v = tahunan_get(&find_ind(&p.instansi[0], "I1")->target, 2024);
	assert_non_null(v);
	assert_int_equal(v->v.kind, VAL_TEKS);
	assert_string_equal(v->raw, "Tersusunnya dokumen");
	pkg_free(&p);
	sbuf_release(&errs);
}

static void test_everything_roundtrips(void **state)
{
	const char *doc =
		"{\"format\":\"sakip/1\",\"pemda\":{\"kode\":\"1\",\"nama\":\"P\"},"
		"\"kebijakan\":{\"rumus_negatif\":\"T/R\",\"batas_capaian\":120,"
		"\"skala_predikat\":[{\"min\":90.5,\"label\":\"A\"},{\"min\":0,\"label\":\"B\"}],"
		"\"efisiensi\":{\"metode\":\"selisih\",\"ambang\":2.5},\"desimal\":1},"
		"\"instansi\":[{\"kode\":\"a\",\"nama\":\"A \\\"q\\\"\\n\\u0001\","
		"\"pimpinan\":{\"nama\":\"N\",\"nip\":\"1\"},\"atasan\":{},"
		"\"renstra\":{\"awal\":2021,\"akhir\":2026,\"acuan\":\"RPJMD\"},"
		"\"pk\":{\"2024\":{\"tempat\":\"X\",\"tanggal\":\"2024-02-29\","
		"\"perubahan\":{\"tanggal\":\"2024-10-01\"}},\"2023\":{}},"
		"\"narasi\":{\"2024\":{\"penutup\":\"z\",\"latar_belakang\":\"a\",\"lain\":\"m\"}},"
		"\"profil\":{\"2024\":{\"sarana\":[{\"uraian\":\"Komputer\",\"jumlah\":8,\"x\":1.10}],"
		"\"pegawai\":[]}},"
		"\"tujuan\":[{\"kode\":\"T1\",\"uraian\":\"t\",\"dilaporkan\":{\"2024\":{\"capaian\":\"92 %\"}},"
		"\"indikator\":[{\"kode\":\"I1\",\"uraian\":\"i\",\"satuan\":\"%\",\"iku\":true,"
		"\"polaritas\":\"negatif\",\"tipe\":\"predikat\",\"skala\":\"akip\","
		"\"agregasi\":\"rata_rata\",\"formula\":\"f\",\"sumber_data\":\"s\","
		"\"baseline\":{\"tahun\":2020,\"nilai\":\"B\"},\"target\":{\"2024\":\"BB\"},"
		"\"target_akhir\":\"A\",\"target_pk\":{\"2024\":\"BB\"},"
		"\"target_pk_perubahan\":{\"2024\":null},\"realisasi\":{\"2024\":\"B (69)\"},"
		"\"realisasi_periode\":{\"2024\":{\"jenis\":\"triwulan\",\"nilai\":[\"1\",null,2.0,\"3\"]}},"
		"\"pembanding\":{\"provinsi\":{\"2024\":\"B\"},\"nasional\":{}},"
		"\"dilaporkan\":{\"2024\":{\"target\":[{\"nilai\":\"BB\",\"sumber\":\"Tabel 1\"}],"
		"\"predikat\":\"Baik\",\"capaian\":99}},"
		"\"narasi\":{\"2024\":{\"analisis\":\"x\"}}}]}]}]}";
	struct sbuf errs = SBUF_INIT(0), out = SBUF_INIT(0);
	const struct instansi *in;
	const struct indikator *d;
	struct pkg p;

	(void)state;
	assert_int_equal(rd(doc, &p, &errs), 0);
	assert_string_equal(errs.z, "");
	assert_int_equal(p.kebijakan.rumus_negatif, RUMUS_T_R);
	assert_int_equal(p.kebijakan.nskala, 2);
	assert_int_equal(p.kebijakan.skala[0].min.m, 905);
	assert_int_equal(p.kebijakan.desimal, 1);
	in = &p.instansi[0];
	assert_string_equal(in->nama, "A \"q\"\n\x01");
	assert_int_equal(in->npk, 2);
	assert_int_equal(in->pk[0].tahun, 2023);
	assert_true(in->pk[1].has_perubahan);
	assert_string_equal(in->narasi.a[0].kunci[0], "latar_belakang");
	assert_string_equal(in->narasi.a[0].kunci[2], "penutup");
	assert_string_equal(in->profil_json,
			    "{\"2024\":{\"pegawai\":[],\"sarana\":[{\"jumlah\":8,"
			    "\"uraian\":\"Komputer\",\"x\":1.10}]}}");
	d = find_ind(in, "I1");
	assert_int_equal(d->polaritas, POL_NEGATIF);
	assert_int_equal(d->nperiode, 1);
	assert_int_equal(d->periode[0].n, 4);
	assert_null(d->periode[0].a[1].raw);
	assert_string_equal(d->periode[0].a[2].raw, "2.0");
	assert_int_equal(d->target_pk_perubahan.n, 0);
	assert_int_equal(d->npembanding, 2);
	assert_string_equal(d->pembanding[0].jenis, "nasional");
	assert_int_equal(d->dilaporkan.n, 3);
	assert_string_equal(laporan_get(&d->dilaporkan, 2024, "capaian")->a[0].nilai, "99");
	assert_string_equal(narasi_get(&d->narasi, 2024, "analisis"), "x");
	assert_int_equal(json_write_pkg(&p, "a", &out), 0);
	assert_non_null(strstr(out.z, "\"nama\": \"A \\\"q\\\"\\n\\u0001\""));
	assert_non_null(strstr(out.z, "\"x\": 1.10"));
	pkg_free(&p);
	roundtrip("t.json", doc, strlen(doc));
	sbuf_release(&errs);
	sbuf_release(&out);
}

static void test_write_filter(void **state)
{
	const char *doc = "{\"format\":\"sakip/1\",\"instansi\":["
			  "{\"kode\":\"a\",\"nama\":\"A\"},{\"kode\":\"b\",\"nama\":\"B\"}]}";
	struct sbuf errs = SBUF_INIT(0), out = SBUF_INIT(0);
	struct pkg p;

	(void)state;
	assert_int_equal(rd(doc, &p, &errs), 0);
	pkg_free(&p);
	sbuf_adds(&out, "\xEF\xBB\xBF"); /* a BOM before the text is skipped */
	sbuf_adds(&out, doc);
	assert_int_equal(rd(out.z, &p, &errs), 0);
	assert_int_equal(p.ninstansi, 2);
	sbuf_reset(&out);
	assert_int_equal(json_write_pkg(&p, "zz", &out), SK_ENOTFOUND);
	assert_int_equal(json_write_pkg(&p, "b", &out), 0);
	assert_non_null(strstr(out.z, "\"kode\": \"b\""));
	assert_null(strstr(out.z, "\"kode\": \"a\""));
	pkg_free(&p);
	sbuf_release(&errs);
	sbuf_release(&out);
}

/* ---- bad input ----------------------------------------------------------------- */

static const struct bad {
	const char *what;
	const char *doc;
	int rc;
	const char *want;  /* in errs */
	const char *want2; /* also in errs, or NULL */
} aBad[] = {
	{ "truncated", "{\"format\": \"sakip/1\",\n \"instansi\": [{\"kode\"",
	  SK_EINVAL, "t.json:2:", "expected" },
	{ "unknown key", DOC_HEAD "\"warna\":1}]}", SK_EINVAL,
	  "t.json: instansi[0].warna: unknown key", NULL },
	{ "wrong type", "{\"format\":\"sakip/1\",\"instansi\":[{\"kode\":\"a\",\"nama\":42}]}",
	  SK_EINVAL, "t.json: instansi[0].nama: must be a string, not a number", NULL },
	{ "money with a fraction", DOC("", "\"pagu\":\"Rp 1.500.000,50\""), SK_EINVAL,
	  "instansi[0].tujuan[0].sasaran[0].program[0].anggaran.2024.pagu: "
	  "\"Rp 1.500.000,50\"", NULL },
	{ "money as a real", DOC("", "\"pagu\":1.5"), SK_EINVAL,
	  "anggaran.2024.pagu: must be a whole number", NULL },
	{ "duplicate key", "{\"format\":\"sakip/1\",\"format\":\"sakip/1\"}",
	  SK_EINVAL, "t.json:1:", "duplicate object key" },
	{ "not UTF-8", "{\"format\":\"sakip/1\",\"instansi\":[{\"kode\":\"\xff\"}]}",
	  SK_EINVAL, "t.json:1:", "unable to decode byte 0xff" },
	{ "wrong format", "{\"format\":\"sakip/2\",\"instansi\":[]}", SK_EINVAL,
	  "t.json: format: must be \"sakip/1\"", NULL },
	{ "not an object", "[]", SK_EINVAL, "t.json: (top level): must be an object", NULL },
	{ "missing kode", "{\"format\":\"sakip/1\",\"instansi\":[{\"nama\":\"A\"}]}",
	  SK_EINVAL, "instansi[0].kode: missing", NULL },
	{ "bad year key", DOC(",\"target\":{\"24\":\"1\"}", ""), SK_EINVAL,
	  "indikator[0].target.24: not a year", NULL },
	{ "year out of range", DOC(",\"target\":{\"2300\":\"1\"}", ""), SK_EINVAL,
	  "target.2300: not a year", NULL },
	{ "bad enum", DOC(",\"polaritas\":\"naik\"", ""), SK_EINVAL,
	  "indikator[0].polaritas: must be one of \"positif\", \"negatif\", \"rentang\"", NULL },
	{ "predikat without skala", DOC(",\"tipe\":\"predikat\"", ""), SK_EINVAL,
	  "indikator[0].skala: missing", NULL },
	{ "value as object", DOC(",\"realisasi\":{\"2024\":{}}", ""), SK_EINVAL,
	  "realisasi.2024: must be a number or a string, not an object", NULL },
	{ "anggaran on a sasaran",
	  DOC_HEAD "\"tujuan\":[{\"kode\":\"T\",\"uraian\":\"t\",\"sasaran\":[{\"kode\":\"S\","
	  "\"uraian\":\"s\",\"anggaran\":{}}]}]}]}", SK_EINVAL,
	  "sasaran[0].anggaran: only allowed on program", NULL },
	{ "wrong level", DOC_HEAD "\"tujuan\":[{\"kode\":\"T\",\"uraian\":\"t\",\"program\":[]}]}]}",
	  SK_EINVAL, "tujuan[0].program: a tujuan holds \"sasaran\", not \"program\"", NULL },
	{ "periode count", DOC(",\"realisasi_periode\":{\"2024\":{\"jenis\":\"bulan\",\"nilai\":[\"1\"]}}", ""),
	  SK_EINVAL, "realisasi_periode.2024.nilai: must have 12 values", NULL },
	{ "skala not decreasing",
	  "{\"format\":\"sakip/1\",\"kebijakan\":{\"skala_predikat\":[{\"min\":50,\"label\":\"A\"},"
	  "{\"min\":60,\"label\":\"B\"}]},\"instansi\":[]}", SK_EINVAL,
	  "kebijakan.skala_predikat[1]: min must be lower", NULL },
	{ "bad date", "{\"format\":\"sakip/1\",\"instansi\":[{\"kode\":\"a\",\"nama\":\"A\","
	  "\"pk\":{\"2023\":{\"tanggal\":\"2023-02-29\"}}}]}", SK_EINVAL,
	  "pk.2023.tanggal: '2023-02-29' is not a date", NULL },
	{ "duplicate instansi", "{\"format\":\"sakip/1\",\"instansi\":[{\"kode\":\"a\",\"nama\":\"A\"},"
	  "{\"kode\":\"a\",\"nama\":\"B\"}]}", SK_EINVAL,
	  "instansi[1].kode: duplicate instansi kode 'a' (first at instansi[0].kode)", NULL },
	{ "duplicate node", DOC_HEAD "\"tujuan\":[{\"kode\":\"T\",\"uraian\":\"t\"},"
	  "{\"kode\":\"T\",\"uraian\":\"u\"}]}]}", SK_EINVAL,
	  "tujuan[1].kode: duplicate node kode 'T'", NULL },
	{ "duplicate indikator", DOC_HEAD "\"tujuan\":[{\"kode\":\"T\",\"uraian\":\"t\","
	  "\"indikator\":[{\"kode\":\"I\",\"uraian\":\"i\"}],\"sasaran\":[{\"kode\":\"S\","
	  "\"uraian\":\"s\",\"indikator\":[{\"kode\":\"I\",\"uraian\":\"j\"}]}]}]}]}", SK_EINVAL,
	  "sasaran[0].indikator[0].kode: duplicate indikator kode 'I' "
	  "(first at instansi[0].tujuan[0].indikator[0].kode)", NULL },
	{ "several problems", "{\"format\":\"sakip/1\",\"x\":1,\"instansi\":[{\"kode\":1,\"nama\":\"A\"}]}",
	  SK_EINVAL, "t.json: x: unknown key\n", "t.json: instansi[0].kode: must be a string" },
	{ "empty input", "", SK_EINVAL, "t.json:1:0:", NULL },
};

static void test_bad_input(void **state)
{
	size_t i;

	(void)state;
	for (i = 0; i < sizeof aBad / sizeof aBad[0]; i++) {
		struct sbuf errs = SBUF_INIT(0);
		struct pkg p;
		int rc = rd(aBad[i].doc, &p, &errs);

		if (rc != aBad[i].rc || !strstr(errs.z, aBad[i].want) ||
		    (aBad[i].want2 && !strstr(errs.z, aBad[i].want2)))
			print_message("case '%s': rc %d, errs:\n%s", aBad[i].what, rc,
				      errs.z);
		assert_int_equal(rc, aBad[i].rc);
		assert_non_null(strstr(errs.z, aBad[i].want));
		if (aBad[i].want2)
			assert_non_null(strstr(errs.z, aBad[i].want2));
		assert_int_equal(errs.z[errs.n - 1], '\n');
		assert_null(p.instansi); /* freed */
		sbuf_release(&errs);
	}
}

static void test_too_deep(void **state)
{
	size_t n = (size_t)100 << 20, lines = 0;
	struct sbuf errs = SBUF_INIT(0);
	struct pkg p;
	char *buf = malloc(n);
	int depth_ok;

	(void)state;
	assert_non_null(buf);
	memset(buf, '[', n);
	assert_int_equal(json_read_pkg("deep.json", buf, n, &p, &errs), SK_EINVAL);
	assert_non_null(strstr(errs.z, "deep.json:1:65: nested deeper than 64 levels"));
	/* exactly the limit is fine for the scan (and then for jansson) */
	sbuf_reset(&errs);
	memset(buf, ']', 2 * JSON_MAX_DEPTH);
	memset(buf, '[', JSON_MAX_DEPTH);
	depth_ok = json_read_pkg("deep.json", buf, 2 * JSON_MAX_DEPTH, &p, &errs);
	assert_int_equal(depth_ok, SK_EINVAL);
	assert_null(strstr(errs.z, "nested deeper"));
	assert_non_null(strstr(errs.z, "must be an object"));
	for (n = 0; n < errs.n; n++)
		lines += errs.z[n] == '\n';
	assert_int_equal(lines, 1);
	sbuf_release(&errs);
	free(buf);
}

static void test_too_big(void **state)
{
	struct sbuf errs = SBUF_INIT(0);
	struct pkg p;

	(void)state;
	/* the size is checked before a byte is read */
	assert_int_equal(json_read_pkg("big.json", "{}", JSON_MAX_BYTES + 1, &p,
				       &errs), SK_ELIMIT);
	assert_non_null(strstr(errs.z, "big.json: 268435457 bytes, more than the limit"));
	sbuf_release(&errs);
}

static void test_error_cap(void **state)
{
	struct sbuf doc = SBUF_INIT(0), errs = SBUF_INIT(0);
	struct pkg p;
	size_t i, lines = 0;

	(void)state;
	sbuf_adds(&doc, "{\"format\":\"sakip/1\",\"instansi\":[");
	for (i = 0; i < 150; i++)
		sbuf_addf(&doc, "%s{\"kode\":\"k%zu\",\"nama\":\"n\",\"x\":1}", i ? "," : "", i);
	sbuf_adds(&doc, "]}");
	assert_int_equal(rd(doc.z, &p, &errs), SK_EINVAL);
	for (i = 0; i < errs.n; i++)
		lines += errs.z[i] == '\n';
	assert_int_equal(lines, RD_ERR_MAX_TEST + 1);
	assert_non_null(strstr(errs.z, "t.json: 50 more problems not shown\n"));
	assert_non_null(strstr(errs.z, "instansi[99].x: unknown key"));
	assert_null(strstr(errs.z, "instansi[100].x"));
	sbuf_release(&doc);
	sbuf_release(&errs);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_fixture_000),
		cmocka_unit_test(test_fixture_counts_001_002),
		cmocka_unit_test(test_fixture_roundtrip),
		cmocka_unit_test(test_numbers_exact),
		cmocka_unit_test(test_unparseable_value_kept),
		cmocka_unit_test(test_everything_roundtrips),
		cmocka_unit_test(test_write_filter),
		cmocka_unit_test(test_bad_input),
		cmocka_unit_test(test_too_deep),
		cmocka_unit_test(test_too_big),
		cmocka_unit_test(test_error_cap),
	};

	return cmocka_run_group_tests_name("json", tests, NULL, NULL);
}
