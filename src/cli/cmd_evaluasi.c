/* cmd_evaluasi: `sakip evaluasi impor|ekspor|nilai` — the AKIP
 * evaluation worksheets (LKE, lke.md). */
#include "cmd_evaluasi.h"
#include "../core/lke_saran.h"
#include "../io/file.h"
#include "../io/lke_json.h"
#include "../io/lke_xlsx.h"
#include "../io/xlsx_read.h"
#include "../store/store.h"
#include "../store/store_lke.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static const char zUsage[] =
	"usage: sakip evaluasi impor [--dry-run] FILE.json|FILE.xlsx\n"
	"       sakip evaluasi ekspor --instansi KODE --tahun YYYY\n"
	"                             [--tahap usulan|penetapan]\n"
	"                             [--format json|xlsx] [-o FILE]\n"
	"       sakip evaluasi nilai --instansi KODE --tahun YYYY\n"
	"                            [--tahap usulan|penetapan]\n"
	"                            [--format text|json]\n"
	"       sakip evaluasi saran --instansi KODE --tahun YYYY\n"
	"                            [--format text|json|lke] [-o FILE]\n"
	"       sakip evaluasi lembar --instansi KODE --tahun YYYY\n"
	"                            [--tahap usulan|penetapan] -o FILE.xlsx\n"
	"       sakip evaluasi banding --instansi KODE --tahun YYYY\n"
	"                            [--format text|json]\n"
	"       sakip evaluasi rekomendasi [--instansi KODE] [--tahun YYYY]\n"
	"                            [--terlambat] [--per YYYY-MM-DD]\n"
	"                            [--format text|json]\n"
	"       sakip evaluasi tindak-lanjut --instansi KODE --tahun YYYY\n"
	"                            --nomor N --uraian TEXT [--bukti LINK]\n"
	"                            [--tanggal YYYY-MM-DD]\n"
	"       sakip evaluasi verifikasi --instansi KODE --tahun YYYY --nomor N\n"
	"                            --status proses|selesai|ditolak\n"
	"                            [--catatan TEXT] [--tanggal YYYY-MM-DD]\n"
	"       sakip evaluasi lhe --instansi KODE --tahun YYYY\n"
	"                            --format docx|html [-o FILE]\n"
	"       sakip evaluasi terbit --instansi KODE --tahun YYYY [--batal]\n"
	"       sakip evaluasi template impor [--dry-run] FILE.json\n"
	"       sakip evaluasi template ekspor [--kode KODE] [--versi N]\n"
	"                            [-o FILE]\n"
	"\n"
	"impor   validates a sakip-lke/1 answer file or a filled XLSX\n"
	"        worksheet (told apart by content; codes, answer types, one\n"
	"        method, template version, consistency rules) and stores it,\n"
	"        replacing that agency's worksheet for the year and stage;\n"
	"        on any problem nothing is written.\n"
	"ekspor  writes a stored worksheet as a sakip-lke/1 answer file, or\n"
	"        with --format xlsx -o FILE.xlsx as a workbook to fill in\n"
	"        (yellow cells only) and import again.\n"
	"nilai   scores a stored worksheet: sub-komponen, komponen, total and\n"
	"        AKIP grade, with the method (R or P) beside the total.\n"
	"saran   answers suggested from the data sakip holds, each with its\n"
	"        evidence; --format lke writes them as an answer file (tahap\n"
	"        usulan) to correct and import: each answer keeps the\n"
	"        suggestion, so the worksheet shows what was confirmed and\n"
	"        what was overridden.\n"
	"lembar  a blank XLSX worksheet (template lke-88-2021, method P) with\n"
	"        the suggestions in the Saran columns, to fill in and import.\n"
	"banding the usulan beside the penetapan: scores and answers, the\n"
	"        differences marked with *.\n"
	"rekomendasi    the recommendations of the LHE (tahun: the LHE's\n"
	"        year) with status and follow-up; --terlambat: only those past\n"
	"        their target date on --per (default today) and not done.\n"
	"tindak-lanjut  the agency logs a follow-up (belum becomes proses).\n"
	"verifikasi     the evaluator verifies it and sets the status.\n"
	"lhe     the Laporan Hasil Evaluasi of the year's penetapan: an alias\n"
	"        of `sakip laporan lhe`, the same code and the same bytes.\n"
	"terbit  publishes the year's penetapan to the agency (it needs the\n"
	"        LHE's nomor and tanggal); --batal withdraws it. An impor\n"
	"        never publishes.\n"
	"template impor  stores a pemda's own LKE (sakip-lke-template/1) as\n"
	"        the next version of its kode; a stored version never changes.\n"
	"template ekspor writes a template (default: the shipped lke-88-2021)\n"
	"        as a starting point for a variant.\n"
	"Every write (impor, tindak-lanjut, verifikasi, terbit, template\n"
	"impor) is stored with its audit_log row naming the OS user;\n"
	"--dry-run (impor, template impor) only validates.\n"
	"--pemda KODE names the agency's pemda (any subcommand naming an\n"
	"agency, and impor, where it may also be the file's \"pemda\" key):\n"
	"needed only when the database holds the agency kode in several\n"
	"pemda, as a province's does (\"dinkes\" in every kabupaten).\n"
	"Without --tahap, the penetapan is used when there is one. Today is\n"
	"$SAKIP_NOW (YYYY-MM-DD) when set; any other value is refused.\n"
	"Exit status: 0 ok, 1 data errors, 2 usage/IO errors.\n";

int evaluasi_usage(const char *fmt, const char *arg)
{
	fputs("sakip evaluasi: ", stderr);
	fprintf(stderr, fmt, arg);
	fprintf(stderr, "\n%s", zUsage);
	return EXIT_USAGE;
}

static int parse_int(const char *v, long lo, long hi, int *out)
{
	char *end;
	long x = strtol(v, &end, 10);

	if (!*v || *end || x < lo || x > hi)
		return -1;
	*out = (int)x;
	return 0;
}

/* The option values that are not plain strings, as given. */
struct evaluasi_raw {
	const char *tahun, *tahap, *nomor, *status, *versi;
};

static int check_values(struct evaluasi_opts *o, const struct evaluasi_raw *v)
{
	static const char *const aFmt[] = { "text", "json", "lke", "docx",
					    "html", "xlsx", NULL };
	int i;

	if (v->tahun && parse_int(v->tahun, 1900, 2199, &o->tahun))
		return evaluasi_usage("--tahun '%s': not a year", v->tahun);
	if (v->tahap && !(o->tahap = lke_tahap_parse(v->tahap)))
		return evaluasi_usage("--tahap '%s': usulan or penetapan",
				      v->tahap);
	for (i = 0; o->format && aFmt[i] && strcmp(aFmt[i], o->format); i++)
		;
	if (o->format && !aFmt[i])
		return evaluasi_usage("--format '%s': unknown", o->format);
	if (v->nomor && parse_int(v->nomor, 1, 100000, &o->nomor))
		return evaluasi_usage("--nomor '%s': a number from 1", v->nomor);
	if (v->status && (o->status = lke_status_parse(v->status)) < 0)
		return evaluasi_usage("--status '%s': proses, selesai or "
				      "ditolak", v->status);
	if (o->tanggal && !tanggal_valid(o->tanggal))
		return evaluasi_usage("'%s': not a date YYYY-MM-DD", o->tanggal);
	if (o->per && !tanggal_valid(o->per))
		return evaluasi_usage("'%s': not a date YYYY-MM-DD", o->per);
	if (v->versi && parse_int(v->versi, 1, 1000000, &o->versi))
		return evaluasi_usage("--versi '%s': a number from 1", v->versi);
	return 0;
}

/* The options after argv[from - 1] (the subcommand's words). */
static int parse_opts(struct cli *c, int from, struct evaluasi_opts *o)
{
	struct evaluasi_raw v = { NULL, NULL, NULL, NULL, NULL };
	const struct cli_opt opts[] = {
		{ "--instansi", OPT_STR, &o->instansi },
		{ "--pemda", OPT_STR, &o->pemda },
		{ "--tahun", OPT_STR, &v.tahun },
		{ "--tahap", OPT_STR, &v.tahap },
		{ "--format", OPT_STR, &o->format },
		{ "--nomor", OPT_STR, &v.nomor },
		{ "--status", OPT_STR, &v.status },
		{ "--tanggal", OPT_STR, &o->tanggal },
		{ "--per", OPT_STR, &o->per },
		{ "--versi", OPT_STR, &v.versi },
		{ "--kode", OPT_STR, &o->kode },
		{ "--uraian", OPT_STR, &o->uraian },
		{ "--bukti", OPT_STR, &o->bukti },
		{ "--catatan", OPT_STR, &o->catatan },
		{ "-o", OPT_STR, &o->out },
		{ "--dry-run", OPT_FLAG, &o->dry },
		{ "--terlambat", OPT_FLAG, &o->terlambat },
		{ "--batal", OPT_FLAG, &o->batal },
		{ NULL, 0, NULL },
	};
	struct cli sub = *c;
	int rc;

	memset(o, 0, sizeof *o);
	o->out = "-";
	o->status = -1;
	if (c->argc >= from) {
		sub.argc = c->argc - (from - 1);
		sub.argv = c->argv + (from - 1);
	} else {
		sub.argc = 0;
	}
	rc = cli_parse(&sub, "evaluasi", zUsage, opts, &o->file, 1);
	return rc ? rc : check_values(o, &v);
}

static void put_errs(struct sbuf *errs)
{
	fputs(errs->z, stderr);
	if (errs->n && errs->z[errs->n - 1] != '\n')
		fputc('\n', stderr);
}

/* ---- impor ----------------------------------------------------------------- */

/* A workbook by its content (a zip), whatever its name; a file named
 * .xlsx that is not JSON either goes to the workbook reader too, to be
 * told it is not a workbook. */
static int is_workbook(const char *path, const struct sbuf *b)
{
	size_t n = strlen(path);

	if (xlsx_is_zip(b->z, b->n))
		return 1;
	return b->z[strspn(b->z, " \t\r\n")] != '{' && n > 5 &&
	       strcasecmp(path + n - 5, ".xlsx") == 0;
}

static int cmd_impor(struct cli *c, const struct evaluasi_opts *o)
{
	const struct lke_template *t = NULL;
	struct sbuf buf, errs = SBUF_INIT(0);
	struct sk_err e = { 0, "" };
	struct lke_lembar l;
	struct lke_langgar *v;
	struct arena a = ARENA_INIT;
	struct store *s = NULL;
	struct lke_tpl_set tpl = { 0 };
	char cell[LKE_XLSX_CELLSZ + 2], who[96];
	int rc, nv, i, xlsx;

	if (!o->file)
		return evaluasi_usage("impor needs a FILE%s", "");
	cli_oleh(who, sizeof who);
	if ((rc = file_read(o->file, XLSX_MAX_FILE, &buf, &e)))
		return cli_fail(&e);
	xlsx = is_workbook(o->file, &buf);
	if (!xlsx && buf.n > LKE_JSON_MAX_BYTES) {
		sbuf_release(&buf);
		sk_errf(&e, SK_ELIMIT, "%s: larger than %zu bytes", o->file,
			LKE_JSON_MAX_BYTES);
		return cli_fail(&e);
	}
	if ((rc = store_open(c->db_path, &s, &e))) {
		sbuf_release(&buf);
		return cli_fail(&e);
	}
	tpl.s = s;
	lke_lembar_init(&l);
	rc = (xlsx ? lke_xlsx_read : lke_json_read)(o->file, buf.z, buf.n,
		lke_tpl_find, &tpl, &l, &t, &errs);
	sbuf_release(&buf);
	if (!rc && (nv = lke_periksa(t, &l, &a, &v)) != 0) {
		for (i = 0; i < nv; i++) {
			cell[0] = 0;
			if (xlsx) {
				lke_xlsx_cell(t, l.tahap, v[i].kode, cell);
				strcat(cell, ": ");
			}
			sbuf_addf(&errs, "%s: %sjawaban.%s: %s\n", o->file,
				  cell, v[i].kode, v[i].pesan);
		}
		rc = nv < 0 ? nv : SK_EINVAL;
	}
	arena_free(&a);
	if (!rc && o->pemda && l.pemda && strcmp(l.pemda, o->pemda)) {
		sbuf_addf(&errs, "%s: pemda: the file names pemda '%s', "
			  "--pemda '%s'\n", o->file, l.pemda, o->pemda);
		rc = SK_EINVAL;
	} else if (!rc && o->pemda) {
		l.pemda = o->pemda;
	}
	if (rc) {
		put_errs(&errs);
		rc = cli_status(rc);
	} else if (!o->dry && (rc = store_lke_save(s, t, &l, who, &e)) != 0) {
		sk_err_prefix(&e, "%s", o->file);
		rc = cli_fail(&e);
	} else {
		printf("%s: %s %s %d %s, template %s versi %d, metode %s, %d "
		       "jawaban%s\n", o->file, o->dry ? "valid:" : "imported",
		       l.instansi, l.tahun, lke_tahap_kode(l.tahap), t->kode,
		       t->versi, lke_metode_kode(l.metode), l.n,
		       o->dry ? " (nothing written)" : "");
	}
	if (rc)
		fprintf(stderr, "sakip evaluasi impor: %s: nothing was written\n",
			o->file);
	sbuf_release(&errs);
	lke_lembar_free(&l);
	store_close(s);
	lke_tpl_set_free(&tpl);
	return rc;
}

/* ---- loading a stored worksheet ---------------------------------------------- */

int evaluasi_load(struct cli *c, const struct evaluasi_opts *o,
		  struct lke_tpl_set *tpl, struct lke_lembar *l,
		  const struct lke_template **pt, struct sk_err *e)
{
	struct store *s = NULL;
	int rc;

	*pt = NULL;
	if (!o->instansi || !o->tahun)
		return sk_errf(e, SK_EUSAGE, "--instansi and --tahun are "
			       "required");
	rc = store_open(c->db_path, &s, e);
	if (!rc)
		rc = lke_load(s, o->pemda, o->instansi, o->tahun, o->tahap, tpl,
			      l, pt, e);
	store_close(s);
	return rc;
}

static int cmd_ekspor(struct cli *c, const struct evaluasi_opts *o)
{
	struct lke_tpl_set tpl = { 0 };
	const struct lke_template *t = NULL;
	struct sbuf b = SBUF_INIT(0);
	struct sk_err e = { 0, "" };
	struct lke_lembar l;
	const char *fmt = o->format ? o->format : "json";
	int rc;

	if (strcmp(fmt, "json") && strcmp(fmt, "xlsx"))
		return evaluasi_usage("ekspor: --format '%s': json or xlsx", fmt);
	if (!strcmp(fmt, "xlsx") && !strcmp(o->out, "-"))
		return evaluasi_usage("ekspor --format xlsx needs -o FILE.xlsx%s",
				      " (a workbook is not written to standard "
				      "output)");
	lke_lembar_init(&l);
	rc = evaluasi_load(c, o, &tpl, &l, &t, &e);
	if (!rc && !strcmp(fmt, "xlsx")) {
		rc = lke_xlsx_write(t, &l, o->out, &e);
	} else if (!rc) {
		lke_json_write(t, &l, &b);
		rc = file_write_sbuf(o->out, &b, "export", &e);
	}
	sbuf_release(&b);
	lke_lembar_free(&l);
	lke_tpl_set_free(&tpl);
	return rc ? cli_fail(&e) : EXIT_OK;
}

/* ---- nilai ------------------------------------------------------------------- */

static void put_row(struct sbuf *b, const char *kode, int indent,
		    const char *nama, struct num bobot, struct lke_q nilai,
		    const char *jawaban)
{
	char x[NUM_BUFSZ], y[NUM_BUFSZ];

	sbuf_addf(b, "%-7s %*s%-*.*s %7s %7s", kode, indent, "", 44 - indent,
		  44 - indent, nama,
		  num_format(bobot, 2, NUM_ID, x),
		  num_format(lke_q_round(nilai, 2), 2, NUM_ID, y));
	if (jawaban && *jawaban)
		sbuf_addf(b, "  %s", jawaban);
	sbuf_addc(b, '\n');
}

static void put_text(const struct lke_lembar *l, const struct lke_template *t,
		     const struct lke_skor *s, const struct lke_langgar *v,
		     int nv, struct sbuf *b)
{
	char x[NUM_BUFSZ];
	int i, j;

	sbuf_addf(b, "evaluasi %s %d %s, template %s versi %d, metode %s\n\n",
		  l->instansi, l->tahun, lke_tahap_kode(l->tahap), t->kode,
		  t->versi, lke_metode_kode(s->metode));
	sbuf_addf(b, "%-7s %-44s %7s %7s\n", "kode", "komponen / sub-komponen",
		  "bobot", "nilai");
	for (i = 0; i < s->nkomponen; i++) {
		const struct lke_skor_komponen *k = &s->komponen[i];
		put_row(b, k->k->kode, 0, k->k->nama, k->k->bobot, k->nilai,
			NULL);
		for (j = 0; j < k->k->nsub; j++)
			put_row(b, k->sub[j].sub->kode, 2, k->sub[j].sub->nama,
				k->sub[j].sub->bobot, k->sub[j].nilai,
				lke_nilai_label(k->sub[j].jawaban));
	}
	sbuf_addf(b, "\ntotal (metode %s): %s, predikat %s\n",
		  lke_metode_kode(s->metode),
		  num_format(s->total2, 2, NUM_ID, x), s->predikat);
	if (s->nkosong)
		sbuf_addf(b, "belum dijawab: %d (counted as 0)\n", s->nkosong);
	lke_lembar_saran_hitung(l, &i, &j);
	if (i || j)
		sbuf_addf(b, "saran: %d dikonfirmasi, %d diubah\n", i, j);
	for (i = 0; i < nv; i++)
		sbuf_addf(b, "warning: %s\n", v[i].pesan);
}

static int cmd_nilai(struct cli *c, const struct evaluasi_opts *o)
{
	struct lke_tpl_set tpl = { 0 };
	const struct lke_template *t = NULL;
	struct sbuf b = SBUF_INIT(0), errs = SBUF_INIT(0);
	struct sk_err e = { 0, "" };
	struct arena a = ARENA_INIT;
	struct lke_lembar l;
	struct lke_skor s;
	struct lke_langgar *v = NULL;
	int rc, nv = 0;
	const char *fmt = o->format ? o->format : "text";

	if (strcmp(fmt, "text") && strcmp(fmt, "json"))
		return evaluasi_usage("nilai: --format '%s': text or json", fmt);
	lke_lembar_init(&l);
	rc = evaluasi_load(c, o, &tpl, &l, &t, &e);
	if (!rc && lke_lembar_check(t, &l, "database", &errs)) {
		put_errs(&errs);
		rc = sk_errf(&e, SK_EINVAL, "stored worksheet does not fit its "
			     "template");
	}
	if (!rc)
		rc = lke_hitung(t, &l, &a, &s, &e);
	if (!rc && (nv = lke_periksa(t, &l, &a, &v)) < 0)
		rc = sk_errf(&e, nv, "out of memory");
	if (!rc) {
		if (strcmp(fmt, "json") == 0)
			lke_json_skor(&l, t, &s, v, nv, &b);
		else
			put_text(&l, t, &s, v, nv, &b);
		rc = file_write_sbuf("-", &b, "output", &e);
	}
	sbuf_release(&b);
	sbuf_release(&errs);
	arena_free(&a);
	lke_lembar_free(&l);
	lke_tpl_set_free(&tpl);
	return rc ? cli_fail(&e) : EXIT_OK;
}

/* ---- saran ------------------------------------------------------------------ */

static void put_saran(const struct evaluasi_opts *o, const char *fmt,
		      const struct lke_template *t,
		      const struct lke_saran *v, int n, struct sbuf *b,
		      struct arena *a)
{
	struct lke_lembar l;
	int i;

	if (strcmp(fmt, "text") == 0) {
		sbuf_addf(b, "saran %s %d (template %s versi %d, metode P)\n",
			  o->instansi, o->tahun, t->kode, t->versi);
		for (i = 0; i < n; i++)
			sbuf_addf(b, "%-7s %-2s %s\n", v[i].kode,
				  lke_nilai_label(v[i].nilai), v[i].bukti);
		return;
	}
	if (strcmp(fmt, "json") == 0) {
		sbuf_adds(b, "{\n  \"instansi\": ");
		lke_json_string(b, o->instansi);
		sbuf_addf(b, ",\n  \"tahun\": %d,\n  \"template\": ",
			  o->tahun);
		lke_json_string(b, t->kode);
		sbuf_addf(b, ",\n  \"template_versi\": %d,\n  \"saran\": [",
			  t->versi);
		for (i = 0; i < n; i++) {
			sbuf_adds(b, i ? ",\n    {\"kode\": " : "\n    {\"kode\": ");
			lke_json_string(b, v[i].kode);
			sbuf_addf(b, ", \"nilai\": \"%s\", \"bukti\": ",
				  lke_nilai_label(v[i].nilai));
			lke_json_string(b, v[i].bukti);
			sbuf_addc(b, '}');
		}
		sbuf_adds(b, n ? "\n  ]\n}\n" : "]\n}\n");
		return;
	}
	/* an answer file to correct and import */
	lke_lembar_init(&l);
	l.instansi = o->instansi;
	l.pemda = o->pemda;
	l.tahun = o->tahun;
	l.tahap = LKE_USULAN;
	l.n = n;
	l.j = arena_array(a, (size_t)n + 1, sizeof *l.j);
	for (i = 0; l.j && i < n; i++) {
		l.j[i].kode = v[i].kode;
		l.j[i].nilai = l.j[i].saran = v[i].nilai;
		l.j[i].saran_bukti = v[i].bukti;
	}
	if (l.j)
		lke_json_write(t, &l, b);
}

static int cmd_saran(struct cli *c, const struct evaluasi_opts *o)
{
	const struct lke_template *t = &lke_template_88_2021;
	struct sbuf b = SBUF_INIT(0);
	struct sk_err e = { 0, "" };
	struct arena a = ARENA_INIT;
	struct lke_fakta f = { -1, 0, 0 };
	struct lke_saran *v = NULL;
	struct store *s = NULL;
	struct pkg p;
	int rc, n = 0;
	const char *fmt = o->format ? o->format : "text";

	if (strcmp(fmt, "text") && strcmp(fmt, "json") && strcmp(fmt, "lke"))
		return evaluasi_usage("saran: --format '%s': text, json or lke",
				      fmt);
	if (!o->instansi || !o->tahun)
		return evaluasi_usage("saran: --instansi and --tahun are "
				      "required%s", "");
	pkg_init(&p);
	rc = store_open(c->db_path, &s, &e);
	if (!rc)
		rc = store_load_pkg(s, o->pemda, o->instansi, &p, &e);
	if (!rc && p.ninstansi != 1)
		rc = sk_errf(&e, SK_ENOTFOUND, "no instansi '%s'", o->instansi);
	if (!rc)
		rc = lke_fakta_load(s, &p, o->instansi, o->tahun, &f,
				    &e);
	store_close(s);
	if (!rc && (n = lke_saran(t, &p.instansi[0], o->tahun, &f, &a, &v)) < 0)
		rc = sk_errf(&e, n, "out of memory");
	if (!rc) {
		put_saran(o, fmt, t, v, n, &b, &a);
		if (b.err || a.err)
			rc = sk_errf(&e, SK_ENOMEM, "out of memory");
	}
	if (!rc)
		rc = file_write(o->out, b.z, b.n, &e);
	sbuf_release(&b);
	arena_free(&a);
	pkg_free(&p);
	return rc ? cli_fail(&e) : EXIT_OK;
}

static const struct {
	const char *name;
	int (*fn)(struct cli *c, const struct evaluasi_opts *o);
} aSub[] = {
	{ "banding", evaluasi_banding },
	{ "ekspor", cmd_ekspor },
	{ "impor", cmd_impor },
	{ "lembar", evaluasi_lembar },
	{ "lhe", evaluasi_lhe },
	{ "nilai", cmd_nilai },
	{ "rekomendasi", evaluasi_rekomendasi },
	{ "saran", cmd_saran },
	{ "terbit", evaluasi_terbit },
	{ "tindak-lanjut", evaluasi_tindak_lanjut },
	{ "verifikasi", evaluasi_verifikasi },
};

int cmd_evaluasi(struct cli *c)
{
	struct evaluasi_opts o;
	const char *sub = c->argc > 1 ? c->argv[1] : NULL;
	size_t k;
	int rc, i;

	if (!sub) {
		fputs(zUsage, stderr);
		return EXIT_USAGE;
	}
	for (i = 1; i < c->argc; i++)
		if (strcmp(c->argv[i], "--help") == 0 ||
		    strcmp(c->argv[i], "-h") == 0) {
			fputs(zUsage, stdout);
			return EXIT_OK;
		}
	if (strcmp(sub, "template") == 0) {
		if ((rc = parse_opts(c, 3, &o)))
			return rc;
		if (o.dry && (c->argc < 3 || strcmp(c->argv[2], "impor")))
			return evaluasi_usage("--dry-run: only impor and "
					      "template impor take it%s", "");
		return evaluasi_template_cmd(c, c->argc > 2 ? c->argv[2] : "",
					     &o);
	}
	if ((rc = parse_opts(c, 2, &o)))
		return rc;
	/* a write that ignored --dry-run would write what was only to be
	 * tried */
	if (o.dry && strcmp(sub, "impor"))
		return evaluasi_usage("--dry-run: only impor and template impor "
				      "take it, not '%s'", sub);
	for (k = 0; k < sizeof aSub / sizeof aSub[0]; k++)
		if (strcmp(sub, aSub[k].name) == 0)
			return aSub[k].fn(c, &o);
	return evaluasi_usage("unknown subcommand '%s'", sub);
}
