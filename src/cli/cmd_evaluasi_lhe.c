/* cmd_evaluasi_lhe: `sakip evaluasi rekomendasi | tindak-lanjut |
 * verifikasi | lhe` — the LHE of an evaluation and the follow-up of its
 * recommendations (lke.md §3). */
#include "cmd_evaluasi.h"
#include "../io/file.h"
#include "../io/lke_json.h"
#include "../report/lhe.h"
#include "../report/render.h"
#include "../store/store_lke.h"

#include <stdio.h>
#include <string.h>

/* ---- rekomendasi ------------------------------------------------------------- */

/* Overdue: a target date before per, and neither selesai nor ditolak. */
static int terlambat(const struct lke_rekomendasi *r, const char *per)
{
	return r->target && strcmp(r->target, per) < 0 &&
	       r->status != LKE_SELESAI && r->status != LKE_DITOLAK;
}

static void put_rek_text(const struct lke_rek_info *v, int n, const char *per,
			 int only_late, struct sbuf *b)
{
	int i, k, shown = 0;

	for (i = 0; i < n; i++) {
		const struct lke_rek_info *ri = &v[i];
		int late = terlambat(&ri->r, per);
		if (only_late && !late)
			continue;
		shown++;
		sbuf_addf(b, "%s %d #%d [%s]%s %s", ri->instansi, ri->tahun,
			  ri->r.nomor, lke_status_kode(ri->r.status),
			  late ? " TERLAMBAT" : "", ri->r.teks);
		if (ri->r.kode)
			sbuf_addf(b, " (kriteria %s)", ri->r.kode);
		if (ri->r.target)
			sbuf_addf(b, " target %s", ri->r.target);
		sbuf_addc(b, '\n');
		for (k = 0; k < ri->ntl; k++)
			sbuf_addf(b, "    %s %s%s%s%s\n", ri->tl[k].tanggal,
				  ri->tl[k].uraian,
				  ri->tl[k].bukti ? " — " : "",
				  ri->tl[k].bukti ? ri->tl[k].bukti : "",
				  ri->tl[k].diverifikasi_pada
				  ? " (diverifikasi)" : "");
	}
	if (!shown)
		sbuf_addf(b, "no %srecommendations\n",
			  only_late ? "overdue " : "");
}

static void put_rek_json(const struct lke_rek_info *v, int n, const char *per,
			 int only_late, struct sbuf *b)
{
	int i, k, first = 1;

	sbuf_addf(b, "{\n  \"per\": \"%s\",\n  \"rekomendasi\": [", per);
	for (i = 0; i < n; i++) {
		const struct lke_rek_info *ri = &v[i];
		int late = terlambat(&ri->r, per);
		if (only_late && !late)
			continue;
		sbuf_adds(b, first ? "\n    {\"instansi\": " : ",\n    {\"instansi\": ");
		first = 0;
		lke_json_string(b, ri->instansi);
		sbuf_addf(b, ", \"tahun\": %d, \"nomor\": %d, \"teks\": ",
			  ri->tahun, ri->r.nomor);
		lke_json_string(b, ri->r.teks);
		sbuf_addf(b, ", \"status\": \"%s\", \"terlambat\": %s",
			  lke_status_kode(ri->r.status), late ? "true" : "false");
		sbuf_addf(b, ", \"tindak_lanjut\": %d", ri->ntl);
		for (k = 0; k < ri->ntl && ri->tl[k].diverifikasi_pada; k++)
			;
		sbuf_addf(b, ", \"menunggu_verifikasi\": %s}",
			  k < ri->ntl ? "true" : "false");
	}
	sbuf_adds(b, first ? "]\n}\n" : "\n  ]\n}\n");
}

int evaluasi_rekomendasi(struct cli *c, const struct evaluasi_opts *o)
{
	const char *fmt = o->format ? o->format : "text";
	struct sbuf b = SBUF_INIT(0);
	struct sk_err e = { 0, "" };
	struct arena a = ARENA_INIT;
	struct store *s = NULL;
	struct lke_rek_info *v = NULL;
	char today[11];
	const char *per = o->per ? o->per : evaluasi_hari_ini(today);
	int rc, n = 0;

	if (strcmp(fmt, "text") && strcmp(fmt, "json"))
		return evaluasi_usage("rekomendasi: --format '%s': text or json",
				      fmt);
	rc = store_open(c->db_path, &s, &e);
	if (!rc)
		rc = store_lke_rekomendasi_list(s, o->instansi, o->tahun, &a,
						&v, &n, &e);
	store_close(s);
	if (!rc) {
		if (strcmp(fmt, "json") == 0)
			put_rek_json(v, n, per, o->terlambat, &b);
		else
			put_rek_text(v, n, per, o->terlambat, &b);
		rc = file_write_sbuf(o->out, &b, "output", &e);
	}
	sbuf_release(&b);
	arena_free(&a);
	return rc ? cli_fail(&e) : EXIT_OK;
}

/* ---- follow-up --------------------------------------------------------------- */

int evaluasi_tindak_lanjut(struct cli *c, const struct evaluasi_opts *o)
{
	struct lke_tindak_lanjut tl = { 0 };
	struct sk_err e = { 0, "" };
	struct store *s = NULL;
	char today[11];
	int rc;

	if (!o->instansi || !o->tahun || !o->nomor || !o->uraian)
		return evaluasi_usage("tindak-lanjut: --instansi, --tahun, "
				      "--nomor and --uraian are required%s", "");
	tl.tanggal = o->tanggal ? o->tanggal : evaluasi_hari_ini(today);
	tl.uraian = o->uraian;
	tl.bukti = o->bukti;
	rc = store_open(c->db_path, &s, &e);
	if (!rc)
		rc = store_lke_tindak_lanjut(s, o->instansi, o->tahun, o->nomor,
					     &tl, &e);
	store_close(s);
	if (rc)
		return cli_fail(&e);
	printf("%s %d #%d: follow-up of %s logged\n", o->instansi, o->tahun,
	       o->nomor, tl.tanggal);
	return EXIT_OK;
}

int evaluasi_verifikasi(struct cli *c, const struct evaluasi_opts *o)
{
	struct sk_err e = { 0, "" };
	struct store *s = NULL;
	char today[11];
	const char *tgl = o->tanggal ? o->tanggal : evaluasi_hari_ini(today);
	int rc;

	if (!o->instansi || !o->tahun || !o->nomor || o->status < 0)
		return evaluasi_usage("verifikasi: --instansi, --tahun, --nomor "
				      "and --status are required%s", "");
	if (o->status == LKE_BELUM)
		return evaluasi_usage("--status '%s': proses, selesai or "
				      "ditolak", "belum");
	rc = store_open(c->db_path, &s, &e);
	if (!rc)
		rc = store_lke_verifikasi(s, o->instansi, o->tahun, o->nomor,
					  o->status, tgl, o->catatan, &e);
	store_close(s);
	if (rc)
		return cli_fail(&e);
	printf("%s %d #%d: %s (verified %s)\n", o->instansi, o->tahun, o->nomor,
	       lke_status_kode(o->status), tgl);
	return EXIT_OK;
}

/* ---- lhe --------------------------------------------------------------------- */

/* Last year's penetapan scored into *out (allocated in a); 0 with *out
 * NULL when there is none. */
static int skor_lalu(struct cli *c, const struct evaluasi_opts *o,
		     struct lke_tpl_set *tpl, struct lke_lembar *l,
		     struct arena *a, struct lke_skor *skor,
		     const struct lke_skor **out, struct sk_err *e)
{
	struct evaluasi_opts lo = *o;
	const struct lke_template *t;
	int rc;

	*out = NULL;
	lo.tahun = o->tahun - 1;
	lo.tahap = LKE_PENETAPAN;
	rc = evaluasi_load(c, &lo, tpl, l, &t, e);
	if (rc == SK_ENOTFOUND)
		return 0;
	if (!rc)
		rc = lke_hitung(t, l, a, skor, e);
	if (!rc)
		*out = skor;
	return rc;
}

struct lhe_ctx {
	struct lke_tpl_set tpl;
	struct lke_lembar l, ll;
	struct lke_skor s, sl;
	struct arena a;
	struct pkg p;
	struct lhe_data x;
};

static int lhe_gather(struct cli *c, const struct evaluasi_opts *o,
		      struct lhe_ctx *k, struct sk_err *e)
{
	struct evaluasi_opts po = *o;
	struct store *s = NULL;
	struct lke_rek_info *v = NULL;
	int rc, n = 0;

	po.tahap = LKE_PENETAPAN;
	rc = evaluasi_load(c, &po, &k->tpl, &k->l, &k->x.t, e);
	if (!rc)
		rc = lke_hitung(k->x.t, &k->l, &k->a, &k->s, e);
	if (!rc)
		rc = skor_lalu(c, o, &k->tpl, &k->ll, &k->a, &k->sl,
			       &k->x.lalu, e);
	if (!rc)
		rc = store_open(c->db_path, &s, e);
	if (!rc)
		rc = store_load_pkg(s, NULL, o->instansi, &k->p, e);
	if (!rc)
		rc = store_lke_rekomendasi_list(s, o->instansi, o->tahun - 1,
						&k->a, &v, &n, e);
	store_close(s);
	k->x.l = &k->l;
	k->x.s = &k->s;
	k->x.in = k->p.ninstansi == 1 ? &k->p.instansi[0] : NULL;
	k->x.pemda_nama = k->p.pemda_nama;
	k->x.tl = v;
	k->x.ntl = n;
	return rc;
}

int evaluasi_lhe(struct cli *c, const struct evaluasi_opts *o)
{
	struct lhe_ctx k;
	struct sbuf b = SBUF_INIT(0);
	struct sk_err e = { 0, "" };
	struct doc d;
	char today[11];
	int rc;

	if (!o->instansi || !o->tahun || !o->format || !strcmp(o->out, "-"))
		return evaluasi_usage("lhe: --instansi, --tahun, --format and "
				      "-o FILE are required%s", "");
	if (strcmp(o->format, "docx") && strcmp(o->format, "html"))
		return evaluasi_usage("lhe: --format '%s': docx or html",
				      o->format);
	memset(&k, 0, sizeof k);
	lke_lembar_init(&k.l);
	lke_lembar_init(&k.ll);
	pkg_init(&k.p);
	doc_init(&d);
	k.x.hari_ini = evaluasi_hari_ini(today);
	rc = lhe_gather(c, o, &k, &e);
	if (!rc)
		rc = laporan_lhe(&k.x, &d, &e);
	if (!rc)
		rc = strcmp(o->format, "docx") == 0 ? docx_render(&d, &b, &e)
						    : html_render(&d, &b, &e);
	if (!rc)
		rc = file_write(o->out, b.z, b.n, &e);
	if (!rc) {
		char buf[NUM_BUFSZ];
		printf("%s: LHE %s %d, %s (metode %s), predikat %s\n", o->out,
		       o->instansi, o->tahun,
		       num_format(k.s.total2, 2, NUM_ID, buf),
		       lke_metode_kode(k.s.metode), k.s.predikat);
	}
	sbuf_release(&b);
	doc_free(&d);
	pkg_free(&k.p);
	arena_free(&k.a);
	lke_lembar_free(&k.l);
	lke_lembar_free(&k.ll);
	lke_tpl_set_free(&k.tpl);
	return rc ? cli_fail(&e) : EXIT_OK;
}
