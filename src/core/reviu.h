/* reviu: every error a report's numbers contain (sakip-domain.md §8).
 *
 * reviu_pkg() runs a table of independent checks over the stored data of
 * a year — the figures a package computes (core/hitung.h), the figures
 * its documents printed (`dilaporkan`), and the agency's own history —
 * and lists each problem once as a *temuan*: a stable code (jenis), a
 * severity, the printed value, the correct one and an Indonesian message
 * naming the indicator or budget line and where it was printed.
 *
 * A printed figure is consistent when it equals the computed one rounded
 * half away from zero to the precision it was printed with ("99" for
 * 98,85; "94,66" for 94,666… is not). Money is compared exactly.
 *
 * Pure: no I/O. The result owns its memory (reviu_free) and keeps no
 * pointer into the package. */
#ifndef SAKIP_REVIU_H
#define SAKIP_REVIU_H

#include "../util/arena.h"
#include "../util/err.h"
#include "model.h"
#include "num.h"

#include <stdint.h>

enum reviu_tingkat {
	REVIU_KESALAHAN,  /* a figure is wrong */
	REVIU_PERINGATAN, /* probably wrong, or a plan that needs a look */
	REVIU_CATATAN,    /* a note: something could not be checked */
};

/* The correct value of a temuan. */
enum reviu_benar {
	BENAR_TIDAK_ADA, /* none can be given (e.g. pagu 0: no serapan) */
	BENAR_PERSEN,    /* persen: a percentage */
	BENAR_RUPIAH,    /* rp: integer Rupiah */
	BENAR_ANGKA,     /* angka: a number as stored (a target, a realisation) */
	BENAR_TEKS,      /* teks: a label or a target that is not a number */
};

struct reviu_nilai {
	enum reviu_benar jenis;
	pct_t persen;
	int64_t rp;
	struct num angka;
	const char *teks;
};

struct temuan {
	const char *instansi;   /* agency kode */
	const char *kode;       /* indicator, node, or the agency's own kode */
	const char *jenis;      /* "capaian_tidak_sesuai", … (reviu_daftar) */
	enum reviu_tingkat tingkat;
	int tahun;              /* the year the finding concerns */
	const char *dilaporkan; /* the printed string; NULL when none */
	struct reviu_nilai seharusnya;
	const char *sumber;     /* where it was printed ("Tabel 3.1; Tabel 3.3"),
	                           NULL when not known */
	const char *pesan;      /* Indonesian, one sentence or two */
};

struct reviu {
	struct arena arena;     /* every string of the temuan */
	int tahun;              /* the report year */
	int n, cap;
	struct temuan *a;       /* malloc'ed; by agency, then check order */
};

/* One row of the check table. */
struct reviu_cek_info {
	const char *jenis;
	enum reviu_tingkat tingkat;
	const char *aturan;     /* the rule in one English line */
};

/* Reviews year tahun of every agency of p, or only instansi_kode. jenis
 * not NULL runs only the checks of that jenis. Returns 0 (temuan or not),
 * SK_ENOTFOUND for an unknown agency or jenis, SK_ENOMEM. r is always
 * initialised: call reviu_free. */
int reviu_pkg(const struct pkg *p, int tahun, const char *instansi_kode,
	      const char *jenis, struct reviu *r, struct sk_err *e);
void reviu_free(struct reviu *r);

/* Row i of the check table (in the order the checks run), NULL past the
 * last one. */
const struct reviu_cek_info *reviu_daftar(int i);
/* "kesalahan", "peringatan", "catatan". */
const char *reviu_tingkat_nama(enum reviu_tingkat t);
/* Counts of r's temuan per tingkat (an array of 3). */
void reviu_hitung_tingkat(const struct reviu *r, int out[3]);

#endif
