/* cmd_evaluasi: `sakip evaluasi impor|ekspor|nilai` — the AKIP
 * evaluation worksheets (LKE, lke.md). */
#include "cli.h"
#include "../core/lke.h"
#include "../core/lke_saran.h"
#include "../core/reviu.h"
#include "../io/file.h"
#include "../io/lke_json.h"
#include "../store/store.h"
#include "../store/store_lke.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char zUsage[] =
	"usage: sakip evaluasi impor [--dry-run] FILE.json\n"
	"       sakip evaluasi ekspor --instansi KODE --tahun YYYY\n"
	"                             [--tahap usulan|penetapan] [-o FILE]\n"
	"       sakip evaluasi nilai --instansi KODE --tahun YYYY\n"
	"                            [--tahap usulan|penetapan]\n"
	"                            [--format text|json]\n"
	"       sakip evaluasi saran --instansi KODE --tahun YYYY\n"
	"                            [--format text|json|lke] [-o FILE]\n"
	"\n"
	"impor   validates a sakip-lke/1 answer file (codes, answer types,\n"
	"        one method, template version, consistency rules) and stores\n"
	"        it, replacing that agency's worksheet for the year and stage;\n"
	"        on any problem nothing is written.\n"
	"ekspor  writes a stored worksheet as a sakip-lke/1 answer file.\n"
	"nilai   scores a stored worksheet: sub-komponen, komponen, total and\n"
	"        AKIP grade, with the method (R or P) beside the total.\n"
	"saran   answers suggested from the data sakip holds, each with its\n"
	"        evidence; --format lke writes them as an answer file (tahap\n"
	"        usulan) to correct and import: each answer keeps the\n"
	"        suggestion, so the worksheet shows what was confirmed and\n"
	"        what was overridden.\n"
	"Without --tahap, the penetapan is used when there is one.\n"
	"Exit status: 0 ok, 1 data errors, 2 usage/IO errors.\n";

struct opts {
	const char *instansi;
	int tahun;
	int tahap;
	const char *format;
	const char *out;
	const char *file;
	int dry;
};

static int usage_error(const char *fmt, const char *arg)
{
	fputs("sakip evaluasi: ", stderr);
	fprintf(stderr, fmt, arg);
	fprintf(stderr, "\n%s", zUsage);
	return EXIT_USAGE;
}

static int parse_opts(struct cli *c, struct opts *o)
{
	int i;

	memset(o, 0, sizeof *o);
	o->format = "text";
	o->out = "-";
	for (i = 2; i < c->argc; i++) {
		const char *a = c->argv[i];
		const char *v = i + 1 < c->argc ? c->argv[i + 1] : NULL;
		char *end;
		if (strcmp(a, "--instansi") == 0 && v) {
			o->instansi = v, i++;
		} else if (strcmp(a, "--tahun") == 0 && v) {
			long y = strtol(v, &end, 10);
			if (*end || y < 1900 || y > 2199)
				return usage_error("--tahun '%s': not a year", v);
			o->tahun = (int)y, i++;
		} else if (strcmp(a, "--tahap") == 0 && v) {
			if (!(o->tahap = lke_tahap_parse(v)))
				return usage_error("--tahap '%s': usulan or "
						   "penetapan", v);
			i++;
		} else if (strcmp(a, "--format") == 0 && v) {
			if (strcmp(v, "text") && strcmp(v, "json") &&
			    strcmp(v, "lke"))
				return usage_error("--format '%s': text, json "
						   "or lke", v);
			o->format = v, i++;
		} else if (strcmp(a, "-o") == 0 && v) {
			o->out = v, i++;
		} else if (strcmp(a, "--dry-run") == 0) {
			o->dry = 1;
		} else if (!o->file && (a[0] != '-' || !a[1])) {
			o->file = a;
		} else {
			return usage_error("unexpected '%s'", a);
		}
	}
	return 0;
}

/* The templates sakip knows: those it ships (a pemda's own variants
 * will come from the database). */
static const struct lke_template *find_template(const char *kode, int versi,
						void *ctx)
{
	const struct lke_template *t = lke_template_builtin(kode);

	(void)ctx;
	return t && (versi == 0 || versi == t->versi) ? t : NULL;
}

static void put_errs(struct sbuf *errs)
{
	fputs(errs->z, stderr);
	if (errs->n && errs->z[errs->n - 1] != '\n')
		fputc('\n', stderr);
}

/* ---- impor ----------------------------------------------------------------- */

static int cmd_impor(struct cli *c, const struct opts *o)
{
	const struct lke_template *t = NULL;
	struct sbuf buf, errs = SBUF_INIT(0);
	struct sk_err e = { 0, "" };
	struct lke_lembar l;
	struct lke_langgar *v;
	struct arena a = ARENA_INIT;
	struct store *s = NULL;
	int rc, nv, i;

	if (!o->file)
		return usage_error("impor needs a FILE%s", "");
	if ((rc = file_read(o->file, LKE_JSON_MAX_BYTES, &buf, &e)))
		return cli_fail(&e);
	lke_lembar_init(&l);
	rc = lke_json_read(o->file, buf.z, buf.n, find_template, NULL, &l, &t,
			   &errs);
	sbuf_release(&buf);
	if (!rc && (nv = lke_periksa(t, &l, &a, &v)) != 0) {
		for (i = 0; i < nv; i++)
			sbuf_addf(&errs, "%s: jawaban.%s: %s\n", o->file,
				  v[i].kode, v[i].pesan);
		rc = nv < 0 ? nv : SK_EINVAL;
	}
	arena_free(&a);
	if (rc) {
		put_errs(&errs);
		fprintf(stderr, "sakip evaluasi impor: %s: nothing was written\n",
			o->file);
		sbuf_release(&errs);
		lke_lembar_free(&l);
		return cli_status(rc);
	}
	sbuf_release(&errs);
	if (!o->dry) {
		rc = store_open(c->db_path, &s, &e);
		if (!rc)
			rc = store_lke_save(s, t, &l, &e);
		store_close(s);
		if (rc) {
			lke_lembar_free(&l);
			sk_err_prefix(&e, "%s", o->file);
			rc = cli_fail(&e);
			fprintf(stderr, "sakip evaluasi impor: %s: nothing was "
				"written\n", o->file);
			return rc;
		}
	}
	printf("%s: %s %s %d %s, metode %s, %d jawaban%s\n", o->file,
	       o->dry ? "valid:" : "imported", l.instansi, l.tahun,
	       lke_tahap_kode(l.tahap), lke_metode_kode(l.metode), l.n,
	       o->dry ? " (nothing written)" : "");
	lke_lembar_free(&l);
	return EXIT_OK;
}

/* ---- loading a stored worksheet ---------------------------------------------- */

/* Loads the worksheet o asks for and its template, refusing a template
 * that changed since the worksheet was stored. */
static int load(struct cli *c, const struct opts *o, struct lke_lembar *l,
		const struct lke_template **pt, struct sk_err *e)
{
	char stored[LKE_HASH_LEN + 1], now[LKE_HASH_LEN + 1];
	struct store *s = NULL;
	int rc;

	if (!o->instansi || !o->tahun)
		return sk_errf(e, SK_EUSAGE, "--instansi and --tahun are "
			       "required");
	rc = store_open(c->db_path, &s, e);
	if (!rc)
		rc = store_lke_load(s, o->instansi, o->tahun, o->tahap, l,
				    stored, e);
	store_close(s);
	if (rc)
		return rc;
	*pt = find_template(l->template_kode, l->template_versi, NULL);
	if (!*pt)
		return sk_errf(e, SK_ENOTFOUND, "the worksheet uses template "
			       "%s version %d, which this program does not "
			       "have", l->template_kode, l->template_versi);
	lke_template_hash(*pt, now);
	if (strcmp(now, stored) != 0)
		return sk_errf(e, SK_EINVAL, "template %s version %d changed "
			       "since the worksheet was stored (fingerprint %s, "
			       "now %s): a template in use is frozen",
			       l->template_kode, l->template_versi, stored, now);
	return 0;
}

static int cmd_ekspor(struct cli *c, const struct opts *o)
{
	const struct lke_template *t = NULL;
	struct sbuf b = SBUF_INIT(0);
	struct sk_err e = { 0, "" };
	struct lke_lembar l;
	int rc;

	lke_lembar_init(&l);
	rc = load(c, o, &l, &t, &e);
	if (!rc) {
		lke_json_write(t, &l, &b);
		if (b.err)
			rc = sk_errf(&e, b.err, "export too large");
	}
	if (!rc)
		rc = file_write(o->out, b.z, b.n, &e);
	sbuf_release(&b);
	lke_lembar_free(&l);
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

static int cmd_nilai(struct cli *c, const struct opts *o)
{
	const struct lke_template *t = NULL;
	struct sbuf b = SBUF_INIT(0), errs = SBUF_INIT(0);
	struct sk_err e = { 0, "" };
	struct arena a = ARENA_INIT;
	struct lke_lembar l;
	struct lke_skor s;
	struct lke_langgar *v = NULL;
	int rc, nv = 0;

	if (strcmp(o->format, "lke") == 0)
		return usage_error("nilai: --format '%s': text or json", "lke");
	lke_lembar_init(&l);
	rc = load(c, o, &l, &t, &e);
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
		if (strcmp(o->format, "json") == 0)
			lke_json_skor(&l, t, &s, v, nv, &b);
		else
			put_text(&l, t, &s, v, nv, &b);
		rc = b.err ? sk_errf(&e, b.err, "output too large") : 0;
	}
	if (!rc)
		fwrite(b.z, 1, b.n, stdout);
	sbuf_release(&b);
	sbuf_release(&errs);
	arena_free(&a);
	lke_lembar_free(&l);
	return rc ? cli_fail(&e) : EXIT_OK;
}

/* ---- saran ------------------------------------------------------------------ */

/* The facts the suggestions need beyond the package: errors reviu finds
 * in the year's figures, last year's recommendations followed up. */
static int fakta(struct store *s, const struct pkg *p, const struct opts *o,
		 struct lke_fakta *f, struct sk_err *e)
{
	struct reviu r;
	int n[3], rc;

	f->ntemuan = -1;
	rc = reviu_pkg(p, o->tahun, o->instansi, NULL, &r, e);
	if (!rc) {
		reviu_hitung_tingkat(&r, n);
		f->ntemuan = n[REVIU_KESALAHAN];
	}
	reviu_free(&r);
	if (rc)
		return rc;
	return store_lke_rekomendasi_hitung(s, o->instansi, o->tahun - 1,
					    &f->nrekomendasi, &f->nselesai, e);
}

static void put_saran(const struct opts *o, const struct lke_template *t,
		      const struct lke_saran *v, int n, struct sbuf *b,
		      struct arena *a)
{
	struct lke_lembar l;
	int i;

	if (strcmp(o->format, "text") == 0) {
		sbuf_addf(b, "saran %s %d (template %s versi %d, metode P)\n",
			  o->instansi, o->tahun, t->kode, t->versi);
		for (i = 0; i < n; i++)
			sbuf_addf(b, "%-7s %-2s %s\n", v[i].kode,
				  lke_nilai_label(v[i].nilai), v[i].bukti);
		return;
	}
	if (strcmp(o->format, "json") == 0) {
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

static int cmd_saran(struct cli *c, const struct opts *o)
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

	if (!o->instansi || !o->tahun)
		return usage_error("saran: --instansi and --tahun are "
				   "required%s", "");
	pkg_init(&p);
	rc = store_open(c->db_path, &s, &e);
	if (!rc)
		rc = store_load_pkg(s, NULL, o->instansi, &p, &e);
	if (!rc && p.ninstansi != 1)
		rc = sk_errf(&e, SK_ENOTFOUND, "no instansi '%s'", o->instansi);
	if (!rc)
		rc = fakta(s, &p, o, &f, &e);
	store_close(s);
	if (!rc && (n = lke_saran(t, &p.instansi[0], o->tahun, &f, &a, &v)) < 0)
		rc = sk_errf(&e, n, "out of memory");
	if (!rc) {
		put_saran(o, t, v, n, &b, &a);
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

int cmd_evaluasi(struct cli *c)
{
	struct opts o;
	const char *sub = c->argc > 1 ? c->argv[1] : NULL;
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
	if ((rc = parse_opts(c, &o)))
		return rc;
	if (strcmp(sub, "impor") == 0)
		return cmd_impor(c, &o);
	if (strcmp(sub, "ekspor") == 0)
		return cmd_ekspor(c, &o);
	if (strcmp(sub, "nilai") == 0)
		return cmd_nilai(c, &o);
	if (strcmp(sub, "saran") == 0)
		return cmd_saran(c, &o);
	return usage_error("unknown subcommand '%s'", sub);
}
