/* session: passwords, login sessions, CSRF tokens and login throttling.
 *
 * Passwords are argon2id hashes (libsodium crypto_pwhash_str). A session
 * id is 256 random bits sent as the cookie sakip_sid (HttpOnly,
 * SameSite=Lax, Secure behind TLS); the database keeps only its BLAKE2b
 * hash, so a copy of the database opens no session. A login always
 * makes a new id and ends the one the browser had: an id planted before
 * login is never the one that becomes authenticated. Sessions end after
 * idle_timeout without a request and absolute_timeout after login.
 *
 * The CSRF token of a form is a keyed BLAKE2b of the session id: only
 * the holder of the cookie can know it, and it is not stored. The login
 * form, before any session, uses a random pre-session cookie the same
 * way (double submit).
 *
 * Failed logins are counted per account and per client address in a
 * window; past the limit, further attempts wait for the window to pass
 * without a password check. */
#include "page.h"

#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SID_COOKIE "sakip_sid"
#define PRE_COOKIE "sakip_pra"
#define SID_BYTES 32

static const unsigned char kCsrf[crypto_generichash_KEYBYTES] =
	"sakip csrf token, form binding";

/* Moderate argon2id cost: 2 passes over 19 MiB (the OWASP minimum for
 * argon2id), about 50 ms on a server core. */
#define PW_OPSLIMIT crypto_pwhash_OPSLIMIT_INTERACTIVE
#define PW_MEMLIMIT ((size_t)19 << 20)

int session_hash_password(const char *pw, char *out, size_t n)
{
	if (n < crypto_pwhash_STRBYTES || sodium_init() < 0)
		return SK_EUSAGE;
	if (crypto_pwhash_str(out, pw, strlen(pw), PW_OPSLIMIT, PW_MEMLIMIT))
		return SK_ENOMEM;
	return 0;
}

static char dummy_hash[crypto_pwhash_STRBYTES];

static void dummy_init(void)
{
	if (crypto_pwhash_str(dummy_hash, "sakip", 5, PW_OPSLIMIT, PW_MEMLIMIT))
		dummy_hash[0] = 0; /* verify then fails fast: no worse */
}

int session_check_password(const char *pw, const char *hash)
{
	static pthread_once_t once = PTHREAD_ONCE_INIT;

	if (sodium_init() < 0)
		return 0;
	if (!hash) {
		/* an unknown user costs the same time as a known one */
		pthread_once(&once, dummy_init);
		int rc = crypto_pwhash_str_verify(dummy_hash, pw, strlen(pw));

		(void)rc;
		return 0;
	}
	return crypto_pwhash_str_verify(hash, pw, strlen(pw)) == 0;
}

void session_new_password(char *out, size_t n)
{
	static const char abc[] = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
	size_t i;

	if (sodium_init() < 0 || n == 0)
		return;
	for (i = 0; i + 1 < n; i++)
		out[i] = abc[randombytes_uniform(sizeof abc - 1)];
	out[n - 1] = 0;
}

/* ---- ids, hashes, tokens ------------------------------------------------------ */

static void new_id(char out[64])
{
	unsigned char raw[SID_BYTES];

	randombytes_buf(raw, sizeof raw);
	sodium_bin2base64(out, 64, raw, sizeof raw,
			  sodium_base64_VARIANT_URLSAFE_NO_PADDING);
	sodium_memzero(raw, sizeof raw);
}

/* A cookie value we could have made: 43 base64url characters. */
static int id_valid(const char *z)
{
	size_t i;

	if (!z || strlen(z) != 43)
		return 0;
	for (i = 0; i < 43; i++)
		if (!((z[i] >= 'a' && z[i] <= 'z') || (z[i] >= 'A' && z[i] <= 'Z') ||
		      (z[i] >= '0' && z[i] <= '9') || z[i] == '-' || z[i] == '_'))
			return 0;
	return 1;
}

static void id_hash(const char *id, char out[65])
{
	unsigned char h[32];

	crypto_generichash(h, sizeof h, (const unsigned char *)id, strlen(id),
			   NULL, 0);
	sodium_bin2hex(out, 65, h, sizeof h);
}

static void id_token(const char *id, char out[48])
{
	unsigned char h[32];

	crypto_generichash(h, sizeof h, (const unsigned char *)id, strlen(id),
			   kCsrf, sizeof kCsrf);
	sodium_bin2base64(out, 48, h, sizeof h,
			  sodium_base64_VARIANT_URLSAFE_NO_PADDING);
}

static char *cookie(struct req *r, const char *name, const char *value,
		    int expire)
{
	struct sbuf b = SBUF_INIT(512);
	char *z;

	sbuf_addf(&b, "%s=%s; Path=/; HttpOnly; SameSite=Lax%s%s", name, value,
		  expire ? "; Max-Age=0" : "", r->secure ? "; Secure" : "");
	z = req_strdup(r, b.z);
	sbuf_release(&b);
	return z;
}

static void add_cookie(struct resp *o, char *c)
{
	if (o->ncookie < 3)
		o->cookie[o->ncookie++] = c;
}

/* ---- sessions -------------------------------------------------------------------- */

/* Seconds between last_seen updates: a minute, or less for a short idle
 * timeout, so that activity always keeps a session alive. */
static int touch_every(const struct req *r)
{
	int t = r->app->cfg.idle_timeout / 4;

	return t > 60 ? 60 : t < 1 ? 1 : t;
}

int session_load(struct req *r)
{
	const char *sid = req_cookie(r, SID_COOKIE), *pre;
	struct web_session *s;
	struct sk_err e;
	int rc;

	r->sess = NULL;
	r->csrf[0] = 0;
	r->sid_hash[0] = 0;
	if (sodium_init() < 0)
		return SK_EIO;
	if (id_valid(sid)) {
		id_hash(sid, r->sid_hash);
		if (!(s = arena_alloc(&r->arena, sizeof *s)))
			return SK_ENOMEM;
		rc = store_session_get(r->db, r->sid_hash, &r->arena, s, &e);
		if (rc && rc != SK_ENOTFOUND)
			return rc;
		if (rc == 0 && r->now - s->last_seen <= r->app->cfg.idle_timeout &&
		    r->now - s->created <= r->app->cfg.absolute_timeout) {
			r->sess = s;
			id_token(sid, r->csrf);
			/* bookkeeping of the idle clock, not a change of
			 * anything a user sees */
			if (r->now - s->last_seen >= touch_every(r))
				store_session_touch(r->db, r->sid_hash, r->now,
						    NULL);
			return 0;
		}
	}
	pre = req_cookie(r, PRE_COOKIE);
	if (id_valid(pre))
		id_token(pre, r->csrf);
	return 0;
}

void session_pre_token(struct req *r, struct resp *o)
{
	char id[64];

	if (r->csrf[0])
		return;
	new_id(id);
	id_token(id, r->csrf);
	add_cookie(o, cookie(r, PRE_COOKIE, id, 0));
}

int session_login(struct req *r, struct resp *o, int64_t user_id)
{
	struct web_actor who = { user_id, r->now };
	struct sk_err e;
	char id[64], hash[65];
	int rc;

	if (r->sid_hash[0])
		store_session_delete(r->db, NULL, r->sid_hash, NULL);
	new_id(id);
	id_hash(id, hash);
	if ((rc = store_session_add(r->db, &who, hash, &e)))
		return rc;
	add_cookie(o, cookie(r, SID_COOKIE, id, 0));
	add_cookie(o, cookie(r, PRE_COOKIE, "", 1));
	sodium_memzero(id, sizeof id);
	return 0;
}

void session_logout(struct req *r, struct resp *o)
{
	struct web_actor who = req_actor(r);

	if (r->sid_hash[0])
		store_session_delete(r->db, &who, r->sid_hash, NULL);
	add_cookie(o, cookie(r, SID_COOKIE, "", 1));
}

/* ---- throttling ---------------------------------------------------------------- */

#define THROTTLE_SLOTS 4096

struct slot {
	char key[96];
	int n;
	int64_t first, until;
};

struct throttle {
	pthread_mutex_t mu;
	struct slot a[THROTTLE_SLOTS];
};

int throttle_new(struct web_app *app)
{
	app->throttle = calloc(1, sizeof *app->throttle);
	if (!app->throttle)
		return SK_ENOMEM;
	pthread_mutex_init(&app->throttle->mu, NULL);
	return 0;
}

void throttle_free(struct web_app *app)
{
	if (!app->throttle)
		return;
	pthread_mutex_destroy(&app->throttle->mu);
	free(app->throttle);
	app->throttle = NULL;
}

/* The slot of key (made when absent, reusing the stalest one when the
 * table is full); the caller holds the lock. */
static struct slot *slot_of(struct throttle *t, const char *kind,
			    const char *key, int create)
{
	char k[96];
	uint32_t h = 2166136261u;
	size_t i, j, best = 0;
	const char *p;

	snprintf(k, sizeof k, "%s:%s", kind, key ? key : "");
	for (p = k; *p; p++)
		h = (h ^ (unsigned char)*p) * 16777619u;
	for (i = 0; i < 64; i++) {
		j = (h + i) % THROTTLE_SLOTS;
		if (strcmp(t->a[j].key, k) == 0)
			return &t->a[j];
		if (!t->a[j].key[0]) {
			best = j;
			break;
		}
		if (t->a[j].first < t->a[best].first || i == 0)
			best = j;
	}
	if (!create)
		return NULL;
	memset(&t->a[best], 0, sizeof t->a[best]);
	snprintf(t->a[best].key, sizeof t->a[best].key, "%s", k);
	return &t->a[best];
}

static int wait_of(struct slot *s, int64_t now)
{
	return s && s->until > now ? (int)(s->until - now) : 0;
}

int throttle_check(struct web_app *app, const char *user, const char *ip,
		   int64_t now)
{
	struct throttle *t = app->throttle;
	int a, b;

	pthread_mutex_lock(&t->mu);
	a = wait_of(slot_of(t, "u", user, 0), now);
	b = wait_of(slot_of(t, "i", ip, 0), now);
	pthread_mutex_unlock(&t->mu);
	return a > b ? a : b;
}

static void fail_one(struct web_app *app, struct slot *s, int limit,
		     int64_t now)
{
	int window = app->cfg.throttle_window;

	if (now - s->first > window) {
		s->n = 0;
		s->first = now;
	}
	if (++s->n >= limit)
		s->until = now + window;
}

void throttle_fail(struct web_app *app, const char *user, const char *ip,
		   int64_t now)
{
	struct throttle *t = app->throttle;

	pthread_mutex_lock(&t->mu);
	fail_one(app, slot_of(t, "u", user, 1), app->cfg.throttle_account, now);
	fail_one(app, slot_of(t, "i", ip, 1), app->cfg.throttle_ip, now);
	pthread_mutex_unlock(&t->mu);
}

void throttle_ok(struct web_app *app, const char *user)
{
	struct throttle *t = app->throttle;
	struct slot *s;

	pthread_mutex_lock(&t->mu);
	if ((s = slot_of(t, "u", user, 0)))
		s->n = 0, s->until = 0; /* the key stays: probing chains hold */
	pthread_mutex_unlock(&t->mu);
}
