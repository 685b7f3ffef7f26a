#include "cli.h"
#include "../core/reviu.h"
#include "../io/file.h"
#include "../io/hasil.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char zUsage[] =
	"usage: sakip reviu --tahun YYYY [--instansi KODE] [--pemda KODE]\n"
	"                   [--format text|json] [--jenis JENIS] [--strict]\n"
	"       sakip reviu --list\n"
	"\n"
	"Finds every error the stored figures of a year contain: printed\n"
	"capaian, serapan, totals, targets and PK budgets that do not match\n"
	"what the data computes, unreadable cells, and doubtful plans (target\n"
	"jumps, end targets already passed, polarity). Each finding (temuan)\n"
	"has a jenis, a tingkat (kesalahan, peringatan, catatan), the printed\n"
	"value, the correct one and a message in Indonesian.\n"
	"\n"
	"  --format json   {\"format\":\"sakip-expected/1\",\"tahun\":…,\"temuan\":[…]}\n"
	"  --jenis JENIS   run only the checks of one jenis\n"
	"  --list          print the checks and exit\n"
	"  --strict        exit 1 when a kesalahan is found\n"
	"\n"
	"The exit status is 0 when the review ran, whether or not it found\n"
	"anything (1 with --strict and a kesalahan; 2 on usage or I/O errors).\n";

static void add_nilai(struct sbuf *out, const struct reviu_nilai *v)
{
	char buf[NUM_BUFSZ];

	switch (v->jenis) {
	case BENAR_PERSEN:
		sbuf_adds(out, pct_format(v->persen, 2, NUM_PLAIN, buf));
		break;
	case BENAR_RUPIAH:
		sbuf_addf(out, "%lld", (long long)v->rp);
		break;
	case BENAR_ANGKA:
		sbuf_adds(out, num_format(v->angka, -1, NUM_PLAIN, buf));
		break;
	case BENAR_TEKS:
		json_add_str(out, v->teks);
		break;
	default:
		sbuf_adds(out, "null");
	}
}

static void write_json(const struct reviu *r, struct sbuf *out)
{
	int i;

	sbuf_addf(out, "{\"format\": \"sakip-expected/1\", \"tahun\": %d, "
		  "\"temuan\": [", r->tahun);
	for (i = 0; i < r->n; i++) {
		const struct temuan *t = &r->a[i];

		sbuf_adds(out, i ? ",\n  {" : "\n  {");
		sbuf_adds(out, "\"instansi\": ");
		json_add_str(out, t->instansi);
		sbuf_adds(out, ", \"kode\": ");
		json_add_str(out, t->kode);
		sbuf_adds(out, ", \"jenis\": ");
		json_add_str(out, t->jenis);
		if (t->tahun != r->tahun)
			sbuf_addf(out, ", \"tahun\": %d", t->tahun);
		if (t->dilaporkan) {
			sbuf_adds(out, ", \"dilaporkan\": ");
			json_add_str(out, t->dilaporkan);
		}
		if (t->seharusnya.jenis != BENAR_TIDAK_ADA) {
			sbuf_adds(out, ", \"seharusnya\": ");
			add_nilai(out, &t->seharusnya);
		}
		sbuf_adds(out, ", \"tingkat\": ");
		json_add_str(out, reviu_tingkat_nama(t->tingkat));
		if (t->sumber) {
			sbuf_adds(out, ", \"sumber\": ");
			json_add_str(out, t->sumber);
		}
		sbuf_adds(out, ", \"pesan\": ");
		json_add_str(out, t->pesan);
		sbuf_addc(out, '}');
	}
	sbuf_adds(out, r->n ? "\n]}\n" : "]}\n");
}

static void write_text(const struct reviu *r, struct sbuf *out)
{
	const char *in = NULL;
	int n[3], i;

	reviu_hitung_tingkat(r, n);
	sbuf_addf(out, "Reviu tahun %d: %d temuan (%d kesalahan, %d peringatan, "
		  "%d catatan)\n", r->tahun, r->n, n[0], n[1], n[2]);
	for (i = 0; i < r->n; i++) {
		const struct temuan *t = &r->a[i];

		if (!in || strcmp(in, t->instansi)) {
			in = t->instansi;
			sbuf_addf(out, "\n== %s\n", in);
		}
		sbuf_addf(out, "[%s] %s %s: %s\n", reviu_tingkat_nama(t->tingkat),
			  t->kode, t->jenis, t->pesan);
	}
}

static void write_list(struct sbuf *out)
{
	const struct reviu_cek_info *k;
	int i;

	for (i = 0; (k = reviu_daftar(i)); i++)
		sbuf_addf(out, "%-26s %-10s %s\n", k->jenis,
			  reviu_tingkat_nama(k->tingkat), k->aturan);
}

static int jenis_ada(const char *jenis)
{
	const struct reviu_cek_info *k;
	int i;

	for (i = 0; (k = reviu_daftar(i)); i++)
		if (strcmp(k->jenis, jenis) == 0)
			return 1;
	return 0;
}

static int emit(struct sbuf *out)
{
	struct sk_err e = { 0, "" };
	int rc = file_write_sbuf("-", out, "output", &e);

	sbuf_release(out);
	return rc ? cli_fail(&e) : EXIT_OK;
}

int cmd_reviu(struct cli *c)
{
	const char *instansi = NULL, *pemda = NULL, *format = "text", *jenis = NULL;
	struct sk_err e = { 0, "" };
	struct sbuf out = SBUF_INIT(0);
	struct pkg p;
	struct reviu r;
	int tahun = 0, strict = 0, list = 0, rc, n[3];
	const struct cli_opt opts[] = {
		{ "--tahun", OPT_TAHUN, &tahun },
		{ "--instansi", OPT_STR, &instansi },
		{ "--pemda", OPT_STR, &pemda },
		{ "--format", OPT_STR, &format },
		{ "--jenis", OPT_STR, &jenis },
		{ "--strict", OPT_FLAG, &strict },
		{ "--list", OPT_FLAG, &list },
		{ NULL, 0, NULL },
	};
	static const char *const formats[] = { "text", "json", NULL };

	if ((rc = cli_parse(c, "reviu", zUsage, opts, NULL, 0)))
		return rc == CLI_HELP ? EXIT_OK : rc;
	if (list) {
		write_list(&out);
		return emit(&out);
	}
	if (!tahun) {
		fprintf(stderr, "sakip reviu: --tahun YYYY is required\n%s", zUsage);
		return EXIT_USAGE;
	}
	if (cli_one_of("reviu", "format", format, formats))
		return EXIT_USAGE;
	if (jenis && !jenis_ada(jenis)) {
		fprintf(stderr, "sakip reviu: unknown jenis '%s' (see --list)\n",
			jenis);
		return EXIT_USAGE;
	}
	memset(&r, 0, sizeof r);
	if ((rc = cli_load_pkg(c, pemda, instansi, &p, &e)))
		return cli_fail(&e);
	if ((rc = reviu_pkg(&p, tahun, instansi, jenis, &r, &e))) {
		reviu_free(&r);
		pkg_free(&p);
		return cli_fail(&e);
	}
	if (strcmp(format, "json") == 0)
		write_json(&r, &out);
	else
		write_text(&r, &out);
	reviu_hitung_tingkat(&r, n);
	reviu_free(&r);
	pkg_free(&p);
	rc = emit(&out);
	return rc == EXIT_OK && strict && n[REVIU_KESALAHAN] ? EXIT_DATA : rc;
}
