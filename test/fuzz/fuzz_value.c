/* fuzz_value: libFuzzer target for the cell and amount parsers.
 *
 * Feeds the input to value_parse(), money_parse() and
 * value_from_json_number(), and the two halves around the first newline
 * to capaian_hitung() as target and realisation. Besides "never crashes"
 * (ASan, UBSan) it checks what the parsers promise:
 *   - every value has a kind; TEKS and KOSONG say why (alasan);
 *   - an ANGKA, printed with num_format(NUM_ID) and read back, is the
 *     same num; a JSON number printed plain and read back is too;
 *   - labels are 1–4 capitals, units valid UTF-8 within their buffer,
 *     bands low ≤ high;
 *   - an amount is within ±MONEY_MAX and reads back from money_format();
 *   - a capaian is a figure with its cap applied, or has a reason.
 * A broken promise aborts, which libFuzzer reports as a crash. */
#include "core/capaian.h"
#include "core/money.h"
#include "core/value.h"
#include "util/err.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define CHECK(cond)                                                        \
	do {                                                               \
		if (!(cond)) {                                             \
			fprintf(stderr, "fuzz_value: %s:%d: %s\n", __FILE__,    \
				__LINE__, #cond);                          \
			abort();                                           \
		}                                                          \
	} while (0)

static int utf8_ok(const char *z)
{
	const unsigned char *s = (const unsigned char *)z;

	while (*s) {
		int len = *s < 0x80 ? 1 : (*s & 0xE0) == 0xC0 ? 2
			: (*s & 0xF0) == 0xE0 ? 3 : (*s & 0xF8) == 0xF0 ? 4 : 0;
		int k;

		if (len == 0)
			return 0;
		for (k = 1; k < len; k++)
			if ((s[k] & 0xC0) != 0x80)
				return 0;
		s += len;
	}
	return 1;
}

static int bounded(const char *z, size_t cap)
{
	return memchr(z, 0, cap) != NULL;
}

static void check_value(const uint8_t *data, size_t size)
{
	struct value v, back;
	char buf[NUM_BUFSZ], d[160];
	const char *alasan;
	struct num x;
	size_t i, n;

	value_parse((const char *)data, size, &v);
	CHECK(v.kind >= VAL_KOSONG && v.kind <= VAL_TEKS);
	CHECK(bounded(v.label, sizeof v.label));
	CHECK(bounded(v.satuan, sizeof v.satuan));
	CHECK(utf8_ok(v.satuan));
	value_describe(&v, d, sizeof d);
	switch (v.kind) {
	case VAL_KOSONG:
	case VAL_TEKS:
		CHECK(v.alasan != NULL && v.alasan[0]);
		break;
	case VAL_ANGKA:
		CHECK(v.x.e >= 0 && v.x.e <= NUM_MAX_E);
		num_format(v.x, -1, NUM_ID, buf);
		CHECK(value_parse_number(buf, strlen(buf), &x, &alasan) == 0);
		CHECK(x.m == v.x.m && x.e == v.x.e);
		value_parse(buf, strlen(buf), &back);
		CHECK(back.kind == VAL_ANGKA && num_cmp(back.x, v.x) == 0);
		break;
	case VAL_PREDIKAT:
		n = strlen(v.label);
		CHECK(n >= 1 && n <= 4);
		for (i = 0; i < n; i++)
			CHECK(v.label[i] >= 'A' && v.label[i] <= 'Z');
		CHECK(value_number(&v, &x) == v.has_skor);
		break;
	case VAL_AMBANG:
		CHECK(v.op >= AMBANG_GT && v.op <= AMBANG_LE);
		CHECK(value_number(&v, &x) == 1);
		break;
	case VAL_RENTANG:
		CHECK(num_cmp(v.x, v.y) <= 0);
		break;
	}
}

static void check_money(const uint8_t *data, size_t size)
{
	int64_t v = 0, back = 0;
	const char *why = NULL;
	char buf[NUM_BUFSZ], words[TERBILANG_BUFSZ];

	if (money_parse((const char *)data, size, &v, &why) != 0) {
		CHECK(why != NULL && why[0]);
		return;
	}
	CHECK(v >= -MONEY_MAX && v <= MONEY_MAX);
	money_format(v, buf);
	CHECK(money_parse(buf, strlen(buf), &back, &why) == 0 && back == v);
	if (v >= 0 && v <= 999999999999999LL) {
		int len = terbilang(v, words, sizeof words);
		CHECK(len > 0 && (size_t)len == strlen(words));
	} else {
		CHECK(terbilang(v, words, sizeof words) == SK_ELIMIT);
	}
}

static void check_json_number(const uint8_t *data, size_t size)
{
	struct value v, back;
	char buf[NUM_BUFSZ];

	value_from_json_number((const char *)data, size, &v);
	if (v.kind == VAL_TEKS) {
		CHECK(v.alasan != NULL);
		return;
	}
	CHECK(v.kind == VAL_ANGKA);
	CHECK(v.x.e >= 0 && v.x.e <= NUM_MAX_E);
	num_format(v.x, -1, NUM_PLAIN, buf);
	value_from_json_number(buf, strlen(buf), &back);
	CHECK(back.kind == VAL_ANGKA);
	CHECK(back.x.m == v.x.m && back.x.e == v.x.e);
}

static void check_capaian(const uint8_t *data, size_t size)
{
	const uint8_t *nl = memchr(data, '\n', size);
	struct value t, r;
	struct capaian_opsi o;
	struct capaian c;
	size_t nt;
	int pol;

	if (!nl)
		return;
	nt = (size_t)(nl - data);
	value_parse((const char *)data, nt, &t);
	value_parse((const char *)nl + 1, size - nt - 1, &r);
	for (pol = POL_POSITIF; pol <= POL_RENTANG; pol++) {
		memset(&o, 0, sizeof o);
		o.rumus = size & 1 ? RUMUS_T_R : RUMUS_2T_R;
		o.has_batas = (size & 2) != 0;
		o.batas = num_int(100);
		capaian_hitung(&t, &r, (enum polaritas)pol, &o, &c);
		CHECK(c.ambang >= -1 && c.ambang <= 1);
		if (!c.ok) {
			CHECK(c.alasan != NULL);
			continue;
		}
		CHECK(c.terbatas <= c.nilai);
		if (o.has_batas)
			CHECK(c.terbatas <= PCT(100) &&
			      c.dibatasi == (c.nilai > PCT(100)));
		else
			CHECK(c.terbatas == c.nilai && !c.dibatasi);
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	check_value(data, size);
	check_money(data, size);
	check_json_number(data, size);
	check_capaian(data, size);
	return 0;
}
