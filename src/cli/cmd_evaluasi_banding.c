/* cmd_evaluasi_banding: `sakip evaluasi banding` — the agency's
 * self-assessment (usulan) beside the evaluator's (penetapan), scores
 * and answers, differences marked. */
#include "cmd_evaluasi.h"
#include "../io/file.h"

#include <stdio.h>
#include <string.h>

struct sisi {
	struct lke_lembar l;
	const struct lke_template *t;
	struct lke_skor s;
};

static int muat(struct cli *c, const struct evaluasi_opts *o, int tahap,
		struct lke_tpl_set *tpl, struct arena *a, struct sisi *x,
		struct sk_err *e)
{
	struct evaluasi_opts so = *o;
	int rc;

	so.tahap = tahap;
	rc = evaluasi_load(c, &so, tpl, &x->l, &x->t, e);
	if (!rc)
		rc = lke_hitung(x->t, &x->l, a, &x->s, e);
	return rc;
}

/* The score of the komponen or sub-komponen with this code in s. */
static const struct lke_q *nilai_of(const struct lke_skor *s,
				    const char *kode)
{
	int i, j;

	for (i = 0; i < s->nkomponen; i++) {
		if (strcmp(s->komponen[i].k->kode, kode) == 0)
			return &s->komponen[i].nilai;
		for (j = 0; j < s->komponen[i].k->nsub; j++)
			if (strcmp(s->komponen[i].sub[j].sub->kode, kode) == 0)
				return &s->komponen[i].sub[j].nilai;
	}
	return NULL;
}

static void baris(struct sbuf *b, int json, int *first, const char *kode,
		  const char *nama, const struct lke_q *u, struct lke_q p)
{
	char x[NUM_BUFSZ], y[NUM_BUFSZ];
	int beda = !u || lke_q_cmp(*u, p) != 0;

	num_format(lke_q_round(p, 2), 2, json ? NUM_PLAIN : NUM_ID, y);
	if (u)
		num_format(lke_q_round(*u, 2), 2, json ? NUM_PLAIN : NUM_ID, x);
	if (json) {
		sbuf_adds(b, *first ? "\n    {\"kode\": " : ",\n    {\"kode\": ");
		lke_json_string(b, kode);
		sbuf_addf(b, ", \"usulan\": %s, \"penetapan\": %s, \"beda\": %s}",
			  u ? x : "null", y, beda ? "true" : "false");
	} else {
		sbuf_addf(b, "%-7s %-36.36s %8s %9s%s\n", kode, nama,
			  u ? x : "-", y, beda ? "  *" : "");
	}
	*first = 0;
}

static void tulis(const struct sisi *u, const struct sisi *p, int json,
		  struct sbuf *b)
{
	char x[NUM_BUFSZ], y[NUM_BUFSZ];
	int i, j, k, first = 1;

	num_format(u->s.total2, 2, json ? NUM_PLAIN : NUM_ID, x);
	num_format(p->s.total2, 2, json ? NUM_PLAIN : NUM_ID, y);
	if (json) {
		sbuf_adds(b, "{\n  \"instansi\": ");
		lke_json_string(b, p->l.instansi);
		sbuf_addf(b, ",\n  \"tahun\": %d,\n"
			  "  \"usulan\": {\"total\": %s, \"predikat\": \"%s\", "
			  "\"metode\": \"%s\"},\n  \"penetapan\": {\"total\": %s, "
			  "\"predikat\": \"%s\", \"metode\": \"%s\"},\n"
			  "  \"nilai\": [", p->l.tahun, x, u->s.predikat,
			  lke_metode_kode(u->s.metode), y, p->s.predikat,
			  lke_metode_kode(p->s.metode));
	} else {
		sbuf_addf(b, "evaluasi %s %d: usulan %s (metode %s, %s), "
			  "penetapan %s (metode %s, %s)\n\n%-7s %-36s %8s %9s\n",
			  p->l.instansi, p->l.tahun, x,
			  lke_metode_kode(u->s.metode), u->s.predikat, y,
			  lke_metode_kode(p->s.metode), p->s.predikat, "kode",
			  "komponen / sub-komponen", "usulan", "penetapan");
	}
	for (i = 0; i < p->s.nkomponen; i++) {
		const struct lke_skor_komponen *km = &p->s.komponen[i];
		baris(b, json, &first, km->k->kode, km->k->nama,
		      nilai_of(&u->s, km->k->kode), km->nilai);
		for (j = 0; j < km->k->nsub; j++)
			baris(b, json, &first, km->sub[j].sub->kode,
			      km->sub[j].sub->nama,
			      nilai_of(&u->s, km->sub[j].sub->kode),
			      km->sub[j].nilai);
	}
	sbuf_adds(b, json ? "\n  ],\n  \"jawaban_berbeda\": [" :
		  "\nanswers that differ (usulan -> penetapan):\n");
	first = 1;
	for (k = 0; k < p->l.n; k++) {
		const struct lke_jawaban *jp = &p->l.j[k];
		const struct lke_jawaban *ju = lke_lembar_find(&u->l, jp->kode);
		const char *lu = ju ? lke_nilai_label(ju->nilai) : "";
		if (strcmp(lu, lke_nilai_label(jp->nilai)) == 0)
			continue;
		if (json) {
			sbuf_adds(b, first ? "\n    {\"kode\": " : ",\n    {\"kode\": ");
			lke_json_string(b, jp->kode);
			sbuf_addf(b, ", \"usulan\": \"%s\", \"penetapan\": \"%s\"}",
				  lu, lke_nilai_label(jp->nilai));
		} else {
			sbuf_addf(b, "  %-7s %-2s -> %s%s%s\n", jp->kode,
				  *lu ? lu : "-", lke_nilai_label(jp->nilai),
				  jp->catatan ? "  " : "",
				  jp->catatan ? jp->catatan : "");
		}
		first = 0;
	}
	if (json)
		sbuf_adds(b, first ? "]\n}\n" : "\n  ]\n}\n");
	else if (first)
		sbuf_adds(b, "  (none)\n");
}

int evaluasi_banding(struct cli *c, const struct evaluasi_opts *o)
{
	const char *fmt = o->format ? o->format : "text";
	struct lke_tpl_set tpl = { 0 };
	struct sbuf b = SBUF_INIT(0);
	struct sk_err e = { 0, "" };
	struct arena a = ARENA_INIT;
	struct sisi u, p;
	int rc;

	if (strcmp(fmt, "text") && strcmp(fmt, "json"))
		return evaluasi_usage("banding: --format '%s': text or json",
				      fmt);
	memset(&u, 0, sizeof u);
	memset(&p, 0, sizeof p);
	lke_lembar_init(&u.l);
	lke_lembar_init(&p.l);
	rc = muat(c, o, LKE_USULAN, &tpl, &a, &u, &e);
	if (!rc)
		rc = muat(c, o, LKE_PENETAPAN, &tpl, &a, &p, &e);
	if (!rc) {
		tulis(&u, &p, strcmp(fmt, "json") == 0, &b);
		rc = file_write_sbuf(o->out, &b, "output", &e);
	}
	sbuf_release(&b);
	arena_free(&a);
	lke_lembar_free(&u.l);
	lke_lembar_free(&p.l);
	lke_tpl_set_free(&tpl);
	return rc ? cli_fail(&e) : EXIT_OK;
}
