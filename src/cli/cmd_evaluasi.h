/* cmd_evaluasi.h: what the files of `sakip evaluasi` share
 * (cmd_evaluasi.c, cmd_evaluasi_lhe.c); not an API. */
#ifndef SAKIP_CMD_EVALUASI_H
#define SAKIP_CMD_EVALUASI_H

#include "cli.h"
#include "../core/lke.h"
#include "../io/lke_load.h"
#include "../store/store.h"

struct evaluasi_opts {
	const char *instansi;
	const char *pemda;   /* NULL: the only pemda holding instansi */
	int tahun;
	int tahap;
	const char *format;  /* NULL: the subcommand's default */
	const char *out;     /* "-": standard output */
	const char *file;
	int dry;
	int nomor;
	const char *uraian, *bukti, *tanggal, *catatan, *per;
	int status;          /* -1: not given */
	int terlambat;
	const char *kode;    /* template kode */
	int versi;           /* template version */
	int batal;           /* terbit --batal: withdraw */
};

/* Prints "sakip evaluasi: " fmt (with arg) and the usage; EXIT_USAGE. */
int evaluasi_usage(const char *fmt, const char *arg);
/* lke_load() of the worksheet o names, in the database of c. */
int evaluasi_load(struct cli *c, const struct evaluasi_opts *o,
		  struct lke_tpl_set *tpl, struct lke_lembar *l,
		  const struct lke_template **pt, struct sk_err *e);

/* cmd_evaluasi_tpl.c: `evaluasi template impor FILE | ekspor`. */
int evaluasi_template_cmd(struct cli *c, const char *action,
			  const struct evaluasi_opts *o);

/* cmd_evaluasi_banding.c: usulan beside penetapan. */
int evaluasi_banding(struct cli *c, const struct evaluasi_opts *o);

/* cmd_evaluasi_lembar.c: a blank XLSX worksheet with the suggestions. */
int evaluasi_lembar(struct cli *c, const struct evaluasi_opts *o);

/* cmd_evaluasi_lhe.c */
int evaluasi_rekomendasi(struct cli *c, const struct evaluasi_opts *o);
int evaluasi_tindak_lanjut(struct cli *c, const struct evaluasi_opts *o);
int evaluasi_verifikasi(struct cli *c, const struct evaluasi_opts *o);
int evaluasi_lhe(struct cli *c, const struct evaluasi_opts *o);

/* cmd_evaluasi_terbit.c: publish or withdraw a penetapan. */
int evaluasi_terbit(struct cli *c, const struct evaluasi_opts *o);

#endif
