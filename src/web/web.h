/* web: what the files of src/web/ share — the server, a request and its
 * response, and the pages.
 *
 * A request is handled by one worker thread of the server, with that
 * worker's own database connection. The dispatcher (route.c) finds the
 * route, loads the session, and checks the route's permission, scope
 * and CSRF flag before any page runs: a page never checks them again. */
#ifndef SAKIP_WEB_WEB_H
#define SAKIP_WEB_WEB_H

#include "../store/store_web.h"
#include "../util/arena.h"
#include "../util/sbuf.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>

struct throttle;
struct page_cache;

/* Options of `sakip serve`. */
struct web_config {
	const char *listen;      /* "127.0.0.1:8080" */
	const char *db_path;
	const char *data_dir;    /* evidence files live in data_dir/bukti */
	int threads;
	size_t max_upload;       /* bytes of one evidence file */
	int idle_timeout;        /* seconds without a request */
	int absolute_timeout;    /* seconds since login */
	int throttle_account;    /* failed logins per account per window */
	int throttle_ip;         /* failed logins per address per window */
	int throttle_window;     /* seconds */
	const char *hari_ini;    /* today fixed as YYYY-MM-DD ($SAKIP_NOW,
				    for tests); NULL: the local date */
};

struct web_app {
	struct web_config cfg;
	atomic_ulong generation;  /* bumped by every write: cached pages */
	struct throttle *throttle;
	struct page_cache *cache;
	atomic_int inflight;
};

/* Bits of the roles that log in; PERM_PUBLIC (0) needs no login. */
enum {
	ROLE_ADMIN = 1 << 0,
	ROLE_OPERATOR = 1 << 1,
	ROLE_VERIFIKATOR = 1 << 2,
	ROLE_EVALUATOR = 1 << 3,
	ROLE_PIMPINAN = 1 << 4,
};
#define PERM_PUBLIC 0
#define PERM_LOGIN (ROLE_ADMIN | ROLE_OPERATOR | ROLE_VERIFIKATOR | \
		    ROLE_EVALUATOR | ROLE_PIMPINAN)
#define PERM_READ PERM_LOGIN /* with the route's scope */
#define PERM_DASBOR (ROLE_ADMIN | ROLE_VERIFIKATOR | ROLE_EVALUATOR | \
		     ROLE_PIMPINAN)
#define PERM_ENTRY ROLE_OPERATOR
#define PERM_VERIFY ROLE_VERIFIKATOR
#define PERM_ADMIN ROLE_ADMIN
#define PERM_AUDIT (ROLE_ADMIN | ROLE_EVALUATOR)
#define ROUTE_CSRF (1 << 8) /* a state-changing form: token required */

/* Where the route's object (and so its agency) comes from: the first
 * '*' segment of the path, read as the id of … */
enum scope {
	SCOPE_NONE,
	SCOPE_INSTANSI,
	SCOPE_INDIKATOR,
	SCOPE_ENTRI,
	SCOPE_REKOMENDASI, /* a recommendation of an LHE (lke_rekomendasi) */
};

struct kv {
	const char *k, *v;
};

struct upload {
	const char *field;     /* form field name; NULL: no file */
	char *filename;        /* as the browser sent it */
	struct sbuf data;
	int too_big;           /* more than cfg.max_upload arrived */
};

struct req {
	struct web_app *app;
	struct store *db;         /* the worker's connection */
	struct arena arena;       /* freed with the request */
	const char *method, *path;
	void *conn;               /* struct MHD_Connection */
	const char *args[3];      /* the '*' segments of the route */
	int nargs;
	struct kv *form;          /* POST fields */
	int nform, capform;
	size_t formbytes;
	struct upload file;
	int body_too_big;
	int secure;               /* behind TLS (X-Forwarded-Proto) */
	char ip[64];
	int64_t now;
	/* set by the dispatcher */
	struct web_session *sess; /* NULL: anonymous */
	int role;                 /* ROLE_* bit, 0 anonymous */
	char sid_hash[65];        /* of the session cookie */
	char csrf[48];            /* the token forms must carry, or "" */
	int64_t scope_id;         /* the id the scope segment named */
	int64_t scope_instansi;   /* and its agency */
};

struct resp {
	int status;
	struct sbuf body;
	const char *ctype;
	char *location;           /* arena */
	char *cookie[3];          /* arena; Set-Cookie values */
	int ncookie;
	char *disposition;        /* arena; Content-Disposition */
	int fd;                   /* >= 0: send this file instead of body */
	int64_t fsize;
	int cache_public;         /* static asset */
};

typedef int (*page_fn)(struct req *r, struct resp *o);

/* ---- request helpers (server.c) -------------------------------------- */

/* A query-string argument, or NULL. */
const char *req_query(struct req *r, const char *key);
/* A POST field, or NULL. */
const char *req_form(struct req *r, const char *key);
/* A cookie, or NULL. */
const char *req_cookie(struct req *r, const char *key);
/* An integer argument (query, then form), or def. */
int64_t req_int(struct req *r, const char *key, int64_t def);
/* A copy of z in the request's arena. */
char *req_strdup(struct req *r, const char *z);

/* Today as YYYY-MM-DD into buf: the configured date, else the local
 * date of the request's time. */
const char *req_today(const struct req *r, char buf[11]);
/* Actor of the request's writes. */
struct web_actor req_actor(const struct req *r);
/* After a successful write: cached pages are stale. */
void web_changed(struct req *r);

/* ---- responses (route.c) --------------------------------------------- */

/* A 302 to a local path (built with html-free text: use %u for values). */
int resp_redirect(struct req *r, struct resp *o, const char *path);
/* An error page with status and an Indonesian message. */
int resp_error(struct req *r, struct resp *o, int status, const char *msg);
/* The body becomes z (malloc'ed, n bytes, NUL-terminated): the response
 * owns it. */
void resp_body_take(struct resp *o, char *z, size_t n);
/* Room for n bytes of body, to build a large page without regrowing. */
void resp_reserve(struct resp *o, size_t n);
/* Dispatches a request (the whole of route.c's work). */
void route_dispatch(struct req *r, struct resp *o);

/* ---- layout (layout.c) ----------------------------------------------- */

void layout_begin(struct req *r, struct resp *o, const char *title);
void layout_end(struct req *r, struct resp *o);
/* A hidden input with the request's CSRF token. */
void layout_csrf(struct req *r, struct resp *o);
/* A notice from ?pesan= after a redirect. */
void layout_pesan(struct req *r, struct resp *o);
extern const char web_css[];

/* ---- sessions (session.c) --------------------------------------------- */

/* argon2id hash of a password into out (crypto_pwhash_STRBYTES). */
int session_hash_password(const char *pw, char *out, size_t n);
/* 1 when pw matches hash. */
int session_check_password(const char *pw, const char *hash);
/* A random password of n-1 characters into out. */
void session_new_password(char *out, size_t n);
/* Loads the request's session from its cookie (none: r->sess NULL). */
int session_load(struct req *r);
/* The CSRF token expected on an anonymous form (the login), from its
 * cookie; sets that cookie when absent. */
void session_pre_token(struct req *r, struct resp *o);
/* Logs in: a new session id, cookie set, the old session ended. */
int session_login(struct req *r, struct resp *o, int64_t user_id);
void session_logout(struct req *r, struct resp *o);
/* Login throttling: 0 allowed, else seconds to wait. */
int throttle_check(struct web_app *app, const char *user, const char *ip,
		   int64_t now);
void throttle_fail(struct web_app *app, const char *user, const char *ip,
		   int64_t now);
void throttle_ok(struct web_app *app, const char *user);
int throttle_new(struct web_app *app);
void throttle_free(struct web_app *app);

/* ---- cached fragments (cache.c) --------------------------------------- */

/* A copy (malloc'ed) of the fragment cached under key for the app's
 * current generation, or NULL. */
char *cache_get(struct web_app *app, const char *key, size_t *n);
/* Caches a fragment built from data read at generation gen (read it
 * before reading the data: a write meanwhile makes the entry stale). */
void cache_put(struct web_app *app, const char *key, const char *z,
	       size_t n, unsigned long gen);
int cache_new(struct web_app *app);
void cache_free(struct web_app *app);

/* ---- server (server.c) ------------------------------------------------ */

/* Runs until SIGTERM or SIGINT; prints where it listens on stdout. */
int web_serve(const struct web_config *cfg, struct sk_err *e);

#endif
