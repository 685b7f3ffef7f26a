/* fuzz_lke_check.h: what the LKE fuzz targets (fuzz_lke.c,
 * fuzz_lke_xlsx.c) share. Define FUZZ_NAME, the target's name, first. */
#ifndef FUZZ_LKE_CHECK_H
#define FUZZ_LKE_CHECK_H

#include <stdio.h>
#include <stdlib.h>

#define CHECK(cond)                                                        \
	do {                                                               \
		if (!(cond)) {                                             \
			fprintf(stderr, FUZZ_NAME ": %s:%d: %s\n",         \
				__FILE__, __LINE__, #cond);                \
			abort();                                           \
		}                                                          \
	} while (0)

/* With FUZZ_LKE_SHOW set (running the target on seed files), what the
 * reader said; for keeping the seeds meaningful. */
static void show(const char *what, const char *errs)
{
	static int on = -1;

	if (on < 0)
		on = getenv("FUZZ_LKE_SHOW") != NULL;
	if (on)
		fprintf(stderr, "%s: %s\n%s", FUZZ_NAME, what, errs);
}

#endif
