/* sk_err: how every layer below cli/ and web/ reports a failure.
 *
 *   return sk_errf(pErr, SK_EINVAL, "target '%s': not a number", zText);
 *
 * Functions return 0 on success or a negative SK_E* code, and fill the
 * caller's struct sk_err (which may be NULL) with a message naming what is
 * wrong. Nothing below the front ends prints or exits. */
#ifndef SAKIP_ERR_H
#define SAKIP_ERR_H

enum {
	SK_OK = 0,
	SK_EINVAL = -1,  /* the data is wrong: a user's error (exit 1) */
	SK_EIO = -2,     /* a file or the database failed (exit 2) */
	SK_ENOMEM = -3,
	SK_ELIMIT = -4,  /* a size limit was exceeded */
	SK_ENOTFOUND = -5,
	SK_EUSAGE = -6,  /* the caller asked for something impossible */
	SK_EPERM = -7,   /* not allowed (role, scope, locked period) */
};

struct sk_err {
	int code;
	char msg[512];
};

/* Fills pErr (when not NULL) and returns code. */
int sk_errf(struct sk_err *pErr, int code, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/* Puts "prefix: " before the message already in pErr. */
void sk_err_prefix(struct sk_err *pErr, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

#endif
