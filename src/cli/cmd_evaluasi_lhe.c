/* cmd_evaluasi_lhe: `sakip evaluasi rekomendasi | tindak-lanjut |
 * verifikasi | lhe` — the LHE of an evaluation and the follow-up of its
 * recommendations (lke.md §3). The LHE itself is `sakip laporan lhe`
 * (cmd_laporan.c); `evaluasi lhe` checks its options and calls it. */
#include "cmd_evaluasi.h"
#include "cmd_laporan.h"
#include "../io/file.h"
#include "../io/lke_json.h"
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
	const char *per = o->per ? o->per : today;
	int rc, n = 0;

	if (strcmp(fmt, "text") && strcmp(fmt, "json"))
		return evaluasi_usage("rekomendasi: --format '%s': text or json",
				      fmt);
	if (!o->per && cli_today(today, &e))
		return cli_fail(&e);
	rc = store_open(c->db_path, &s, &e);
	if (!rc)
		rc = store_lke_rekomendasi_list(s, o->pemda, o->instansi,
						o->tahun, &a, &v, &n, &e);
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
	char today[11], oleh[96];
	int rc;

	if (!o->instansi || !o->tahun || !o->nomor || !o->uraian)
		return evaluasi_usage("tindak-lanjut: --instansi, --tahun, "
				      "--nomor and --uraian are required%s", "");
	if (!o->tanggal && cli_today(today, &e))
		return cli_fail(&e);
	tl.tanggal = o->tanggal ? o->tanggal : today;
	tl.uraian = o->uraian;
	tl.bukti = o->bukti;
	cli_oleh(oleh, sizeof oleh);
	rc = store_open(c->db_path, &s, &e);
	if (!rc)
		rc = store_lke_tindak_lanjut(s, o->pemda, o->instansi, o->tahun,
					     o->nomor, &tl, oleh, &e);
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
	char today[11], oleh[96];
	const char *tgl = o->tanggal ? o->tanggal : today;
	int rc;

	if (!o->instansi || !o->tahun || !o->nomor || o->status < 0)
		return evaluasi_usage("verifikasi: --instansi, --tahun, --nomor "
				      "and --status are required%s", "");
	if (o->status == LKE_BELUM)
		return evaluasi_usage("--status '%s': proses, selesai or "
				      "ditolak", "belum");
	if (!o->tanggal && cli_today(today, &e))
		return cli_fail(&e);
	cli_oleh(oleh, sizeof oleh);
	rc = store_open(c->db_path, &s, &e);
	if (!rc)
		rc = store_lke_verifikasi(s, o->pemda, o->instansi, o->tahun,
					  o->nomor, o->status, tgl, o->catatan,
					  oleh, &e);
	store_close(s);
	if (rc)
		return cli_fail(&e);
	printf("%s %d #%d: %s (verified %s)\n", o->instansi, o->tahun, o->nomor,
	       lke_status_kode(o->status), tgl);
	return EXIT_OK;
}

/* ---- lhe: an alias of `sakip laporan lhe` --------------------------------- */

int evaluasi_lhe(struct cli *c, const struct evaluasi_opts *o)
{
	if (!o->instansi || !o->tahun || !o->format)
		return evaluasi_usage("lhe: --instansi, --tahun and --format are "
				      "required%s", "");
	if (strcmp(o->format, "docx") && strcmp(o->format, "html"))
		return evaluasi_usage("lhe: --format '%s': docx or html",
				      o->format);
	return laporan_lhe_cmd(c, o->pemda, o->instansi, o->tahun, o->format,
			       o->out);
}
