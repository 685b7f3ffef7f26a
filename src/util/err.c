#include "err.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

int sk_errf(struct sk_err *pErr, int code, const char *fmt, ...)
{
	va_list ap;

	if (pErr) {
		pErr->code = code;
		va_start(ap, fmt);
		vsnprintf(pErr->msg, sizeof pErr->msg, fmt, ap);
		va_end(ap);
	}
	return code;
}

void sk_err_prefix(struct sk_err *pErr, const char *fmt, ...)
{
	char old[sizeof pErr->msg];
	size_t n;
	va_list ap;

	if (!pErr)
		return;
	memcpy(old, pErr->msg, sizeof old);
	va_start(ap, fmt);
	vsnprintf(pErr->msg, sizeof pErr->msg, fmt, ap);
	va_end(ap);
	n = strlen(pErr->msg);
	if (n + 2 < sizeof pErr->msg) {
		memcpy(pErr->msg + n, ": ", 3);
		n += 2;
		old[sizeof old - 1 - n] = 0;
		memcpy(pErr->msg + n, old, strlen(old) + 1);
	}
}
