/* value: what a document writes in a target or realisation cell.
 *
 * value_parse() turns "97,36%", "B (69)", "> 3,51", "3 ± 1", "1 Inovasi",
 * "Tidak ada temuan" … into a typed value (sakip-domain.md §3). It never
 * allocates and never fails: what is not a value is kept as VAL_TEKS with
 * the reason, never as 0. */
#ifndef SAKIP_VALUE_H
#define SAKIP_VALUE_H

#include "num.h"

#include <stddef.h>

enum value_kind {
	VAL_KOSONG,   /* empty, "-" in an indicator cell: no data */
	VAL_ANGKA,    /* a number, with an optional unit/note in satuan */
	VAL_PREDIKAT, /* a grade label, with a score when has_skor */
	VAL_AMBANG,   /* a threshold: op and the bound x */
	VAL_RENTANG,  /* a band x … y */
	VAL_TEKS,     /* no number: alasan says why */
};

enum ambang_op { AMBANG_GT, AMBANG_GE, AMBANG_LT, AMBANG_LE };

#define VALUE_LABEL_MAX 8
#define VALUE_SATUAN_MAX 48

struct value {
	enum value_kind kind;
	struct num x;       /* ANGKA: the number; PREDIKAT: the score;
	                       AMBANG: the bound; RENTANG: the low edge */
	struct num y;       /* RENTANG: the high edge */
	int has_skor;       /* PREDIKAT with a score "B (69)" */
	enum ambang_op op;  /* AMBANG */
	char label[VALUE_LABEL_MAX];   /* PREDIKAT: "BB", "WTP" */
	char satuan[VALUE_SATUAN_MAX]; /* ANGKA: "%", "Inovasi", "Nilai IKM";
	                                  cut at a UTF-8 boundary */
	const char *alasan; /* TEKS and KOSONG: a static reason code */
};

/* Reasons a value is not a number (value.alasan). */
#define ALASAN_KOSONG "kosong"
#define ALASAN_TEKS "teks"
#define ALASAN_GALAT "galat_spreadsheet"        /* #####, #DIV/0! */
#define ALASAN_PEMISAH "pemisah_tidak_valid"    /* 1,2,3 */
#define ALASAN_BESAR "angka_terlalu_besar"
#define ALASAN_UTF8 "utf8_tidak_valid"

/* Parses n bytes at z (need not be NUL-terminated). */
void value_parse(const char *z, size_t n, struct value *out);
/* A JSON number's text ("84.02", "1e3") read as a plain decimal. */
void value_from_json_number(const char *z, size_t n, struct value *out);

/* The number a value stands for when compared as one (ANGKA, scored
 * PREDIKAT, AMBANG bound); 0 when there is none. */
int value_number(const struct value *v, struct num *out);

/* Reads a plain or Indonesian/English-grouped number at z[0..n):
 * "84,02", "1.234.567,89", "9,487,138,421", "85.44", "-5". The whole span
 * must be the number. Returns 0, or SK_EINVAL with *alasan set. */
int value_parse_number(const char *z, size_t n, struct num *out,
		       const char **alasan);

/* Debug/CLI: a short description ("angka 97,36 %", "predikat B (69)"). */
char *value_describe(const struct value *v, char *buf, size_t cap);

#endif
