/* server: `sakip serve` on libmicrohttpd.
 *
 * A thread pool of MHD's own polling threads runs the requests; each
 * worker thread opens its own store connection on its first request
 * (SQLite in WAL mode: readers never block the writer). POST bodies go
 * through MHD's post processor into the request's fields and one
 * evidence file, with limits on both. On SIGTERM or SIGINT the server
 * stops accepting, lets the requests in flight finish (up to 20 s),
 * stops and closes every database connection. */
#include "web.h"

#include <arpa/inet.h>
#include <errno.h>
#include <malloc.h>
#include <microhttpd.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

/* The LKE worksheet posts 3 fields per kriterion (80 in the shipped
 * template) besides its notes and the LHE. */
#define FORM_FIELDS_MAX 512
#define FORM_BYTES_MAX (256 * 1024)

/* ---- one database connection per worker thread ---------------------------- */

struct worker {
	struct store *db;
	int64_t dv, dv_checked;
	struct worker *next;
};

static pthread_key_t worker_key;
static pthread_mutex_t worker_lock = PTHREAD_MUTEX_INITIALIZER;
static struct worker *worker_list;

static struct worker *worker_get(struct web_app *app, struct sk_err *e)
{
	struct worker *w = pthread_getspecific(worker_key);

	if (w)
		return w;
	if (!(w = calloc(1, sizeof *w))) {
		sk_errf(e, SK_ENOMEM, "out of memory");
		return NULL;
	}
	if (store_open(app->cfg.db_path, &w->db, e)) {
		free(w);
		return NULL;
	}
	w->dv = -1;
	pthread_setspecific(worker_key, w);
	pthread_mutex_lock(&worker_lock);
	w->next = worker_list;
	worker_list = w;
	pthread_mutex_unlock(&worker_lock);
	return w;
}

static void workers_close(void)
{
	struct worker *w, *next;

	pthread_mutex_lock(&worker_lock);
	for (w = worker_list; w; w = next) {
		next = w->next;
		store_close(w->db);
		free(w);
	}
	worker_list = NULL;
	pthread_mutex_unlock(&worker_lock);
}

/* Another process (sakip import) may change the database under us: once
 * a second per worker, a changed data_version makes cached pages stale. */
static void worker_check_version(struct web_app *app, struct worker *w,
				 int64_t now)
{
	int64_t dv;

	if (now == w->dv_checked)
		return;
	w->dv_checked = now;
	if (store_data_version(w->db, &dv, NULL))
		return;
	if (w->dv >= 0 && dv != w->dv)
		atomic_fetch_add(&app->generation, 1);
	w->dv = dv;
}

/* ---- request state ------------------------------------------------------------ */

struct field {
	char *k;
	struct sbuf v;
};

struct rq {
	struct req r;
	struct MHD_PostProcessor *pp;
	struct field *f;
	int nf;
	int bad_form;          /* too many fields, a field too long */
	int early;             /* a response was queued at the first call */
};

const char *req_query(struct req *r, const char *key)
{
	return MHD_lookup_connection_value(r->conn, MHD_GET_ARGUMENT_KIND, key);
}

const char *req_cookie(struct req *r, const char *key)
{
	return MHD_lookup_connection_value(r->conn, MHD_COOKIE_KIND, key);
}

const char *req_form(struct req *r, const char *key)
{
	int i;

	for (i = 0; i < r->nform; i++)
		if (strcmp(r->form[i].k, key) == 0)
			return r->form[i].v;
	return NULL;
}

int64_t req_int(struct req *r, const char *key, int64_t def)
{
	const char *z = req_query(r, key);
	char *end;
	long long v;

	if (!z)
		z = req_form(r, key);
	if (!z || !*z)
		return def;
	errno = 0;
	v = strtoll(z, &end, 10);
	return *end || errno ? def : (int64_t)v;
}

char *req_strdup(struct req *r, const char *z)
{
	return arena_strdup(&r->arena, z ? z : "");
}

const char *req_today(const struct req *r, char buf[11])
{
	time_t now = (time_t)r->now;
	struct tm tm;

	if (r->app->cfg.hari_ini) {
		snprintf(buf, 11, "%s", r->app->cfg.hari_ini);
		return buf;
	}
	if (!localtime_r(&now, &tm) || !strftime(buf, 11, "%Y-%m-%d", &tm))
		snprintf(buf, 11, "1970-01-01");
	return buf;
}

struct web_actor req_actor(const struct req *r)
{
	struct web_actor a = { r->sess ? r->sess->user.id : 0, r->now };

	return a;
}

void web_changed(struct req *r)
{
	atomic_fetch_add(&r->app->generation, 1);
}

static enum MHD_Result post_iter(void *cls, enum MHD_ValueKind kind,
				 const char *key, const char *filename,
				 const char *ctype, const char *enc,
				 const char *data, uint64_t off, size_t size)
{
	struct rq *q = cls;
	struct req *r = &q->r;

	(void)kind, (void)ctype, (void)enc;
	if (filename) {
		if (r->file.field && strcmp(r->file.field, key) != 0)
			return MHD_YES; /* one file per form */
		if (!r->file.field) {
			r->file.field = req_strdup(r, key);
			r->file.filename = req_strdup(r, filename);
			sbuf_init(&r->file.data, r->app->cfg.max_upload);
		}
		if (r->file.data.n + size > r->app->cfg.max_upload) {
			r->file.too_big = 1;
			sbuf_release(&r->file.data);
			sbuf_init(&r->file.data, r->app->cfg.max_upload);
		} else if (!r->file.too_big) {
			sbuf_add(&r->file.data, data, size);
		}
		return MHD_YES;
	}
	r->formbytes += size;
	if (r->formbytes > FORM_BYTES_MAX) {
		q->bad_form = 1;
		return MHD_YES;
	}
	if (off == 0 || q->nf == 0 || strcmp(q->f[q->nf - 1].k, key) != 0) {
		if (q->nf == FORM_FIELDS_MAX) {
			q->bad_form = 1;
			return MHD_YES;
		}
		q->f[q->nf].k = req_strdup(r, key);
		sbuf_init(&q->f[q->nf].v, FORM_BYTES_MAX);
		q->nf++;
	}
	sbuf_add(&q->f[q->nf - 1].v, data, size);
	return MHD_YES;
}

/* Fields collected by the post processor become the request's form. */
static void form_finish(struct rq *q)
{
	struct req *r = &q->r;
	int i;

	r->form = arena_array(&r->arena, (size_t)q->nf + 1, sizeof *r->form);
	if (!r->form)
		return;
	for (i = 0; i < q->nf; i++) {
		r->form[i].k = q->f[i].k;
		r->form[i].v = arena_strndup(&r->arena, q->f[i].v.z,
					     q->f[i].v.n);
		if (q->f[i].v.err)
			q->bad_form = 1;
	}
	r->nform = q->nf;
}

static void rq_free(struct rq *q)
{
	int i;

	if (q->pp)
		MHD_destroy_post_processor(q->pp);
	for (i = 0; i < q->nf; i++)
		sbuf_release(&q->f[i].v);
	free(q->f);
	sbuf_release(&q->r.file.data);
	arena_free(&q->r.arena);
	free(q);
}

/* ---- responses ---------------------------------------------------------------- */

static const char zCsp[] =
	"default-src 'self'; style-src 'self'; img-src 'self' data:; "
	"script-src 'none'; object-src 'none'; base-uri 'none'; "
	"form-action 'self'; frame-ancestors 'none'";

static enum MHD_Result send_resp(struct MHD_Connection *c, struct resp *o)
{
	struct MHD_Response *mr;
	enum MHD_Result ret;
	int i;

	if (o->fd >= 0) {
		mr = MHD_create_response_from_fd((uint64_t)o->fsize, o->fd);
		o->fd = -1;
	} else {
		size_t n = o->body.n;
		char *z = n ? sbuf_take(&o->body) : NULL;

		mr = MHD_create_response_from_buffer(n, z, z ? MHD_RESPMEM_MUST_FREE
							     : MHD_RESPMEM_PERSISTENT);
		if (!mr)
			free(z);
	}
	if (!mr)
		return MHD_NO;
	MHD_add_response_header(mr, "Content-Type", o->ctype ? o->ctype :
				"text/html; charset=utf-8");
	MHD_add_response_header(mr, "Content-Security-Policy", zCsp);
	MHD_add_response_header(mr, "X-Content-Type-Options", "nosniff");
	MHD_add_response_header(mr, "X-Frame-Options", "DENY");
	MHD_add_response_header(mr, "Referrer-Policy", "same-origin");
	MHD_add_response_header(mr, "Cache-Control", o->cache_public ?
				"public, max-age=3600" : "no-store");
	if (o->location)
		MHD_add_response_header(mr, "Location", o->location);
	if (o->disposition)
		MHD_add_response_header(mr, "Content-Disposition",
					o->disposition);
	for (i = 0; i < o->ncookie; i++)
		MHD_add_response_header(mr, "Set-Cookie", o->cookie[i]);
	ret = MHD_queue_response(c, (unsigned)o->status, mr);
	MHD_destroy_response(mr);
	return ret;
}

static enum MHD_Result send_plain(struct MHD_Connection *c, int status,
				  const char *msg)
{
	struct resp o;

	memset(&o, 0, sizeof o);
	o.fd = -1;
	o.status = status;
	sbuf_init(&o.body, 0);
	sbuf_adds(&o.body, msg);
	o.ctype = "text/plain; charset=utf-8";
	return send_resp(c, &o);
}

static void req_client(struct req *r, struct MHD_Connection *c)
{
	const union MHD_ConnectionInfo *ci =
		MHD_get_connection_info(c, MHD_CONNECTION_INFO_CLIENT_ADDRESS);
	const char *proto;

	strcpy(r->ip, "?");
	if (ci && ci->client_addr) {
		const struct sockaddr *sa = ci->client_addr;

		if (sa->sa_family == AF_INET)
			inet_ntop(AF_INET,
				  &((const struct sockaddr_in *)sa)->sin_addr,
				  r->ip, sizeof r->ip);
		else if (sa->sa_family == AF_INET6)
			inet_ntop(AF_INET6,
				  &((const struct sockaddr_in6 *)sa)->sin6_addr,
				  r->ip, sizeof r->ip);
	}
	proto = MHD_lookup_connection_value(c, MHD_HEADER_KIND,
					    "X-Forwarded-Proto");
	r->secure = proto && strcmp(proto, "https") == 0;
}

/* The first call for a request: set up its state; refuse a body that is
 * announced too large before reading it. */
static enum MHD_Result request_start(struct web_app *app,
				     struct MHD_Connection *c, const char *url,
				     const char *method, void **con_cls)
{
	struct rq *q = calloc(1, sizeof *q);
	const char *len;

	if (!q)
		return MHD_NO;
	*con_cls = q;
	atomic_fetch_add(&app->inflight, 1);
	q->r.app = app;
	q->r.conn = c;
	q->r.method = method;
	q->r.path = url;
	q->r.now = (int64_t)time(NULL);
	q->r.file.data = (struct sbuf)SBUF_INIT(0);
	req_client(&q->r, c);
	if (strcmp(method, "POST") != 0)
		return MHD_YES;
	len = MHD_lookup_connection_value(c, MHD_HEADER_KIND,
					  "Content-Length");
	if (len && strtoull(len, NULL, 10) > app->cfg.max_upload +
						     FORM_BYTES_MAX) {
		q->early = 1;
		return send_plain(c, 413, "Permintaan terlalu besar.\n");
	}
	q->f = calloc(FORM_FIELDS_MAX, sizeof *q->f);
	if (!q->f)
		return MHD_NO;
	q->pp = MHD_create_post_processor(c, 32 * 1024, post_iter, q);
	return MHD_YES;
}

static enum MHD_Result request_run(struct web_app *app, struct MHD_Connection *c,
				   struct rq *q)
{
	struct sk_err e = { 0, "" };
	struct worker *w = worker_get(app, &e);
	struct resp o;
	enum MHD_Result ret;

	if (!w) {
		fprintf(stderr, "sakip serve: %s\n", e.msg);
		return send_plain(c, 500, "Basis data tidak dapat dibuka.\n");
	}
	worker_check_version(app, w, q->r.now);
	q->r.db = w->db;
	if (q->pp || q->f)
		form_finish(q);
	memset(&o, 0, sizeof o);
	o.fd = -1;
	o.status = 200;
	sbuf_init(&o.body, 0);
	if (q->bad_form || q->r.arena.err)
		resp_error(&q->r, &o, 413, "Isian formulir terlalu besar.");
	else
		route_dispatch(&q->r, &o);
	ret = send_resp(c, &o);
	sbuf_release(&o.body);
	if (o.fd >= 0)
		close(o.fd);
	return ret;
}

static enum MHD_Result on_request(void *cls, struct MHD_Connection *c,
				  const char *url, const char *method,
				  const char *version, const char *upload_data,
				  size_t *upload_data_size, void **con_cls)
{
	struct web_app *app = cls;
	struct rq *q = *con_cls;

	(void)version;
	if (!q)
		return request_start(app, c, url, method, con_cls);
	if (*upload_data_size) {
		if (q->pp && !q->early)
			MHD_post_process(q->pp, upload_data, *upload_data_size);
		*upload_data_size = 0;
		return MHD_YES;
	}
	if (q->early)
		return MHD_YES;
	return request_run(app, c, q);
}

static void on_done(void *cls, struct MHD_Connection *c, void **con_cls,
		    enum MHD_RequestTerminationCode toe)
{
	struct web_app *app = cls;

	(void)c, (void)toe;
	if (*con_cls) {
		rq_free(*con_cls);
		*con_cls = NULL;
		atomic_fetch_sub(&app->inflight, 1);
	}
}

/* ---- start and stop ------------------------------------------------------------ */

/* Where to listen: an IPv4 address or an IPv6 one (AF_INET or AF_INET6
 * in sa) and its port. */
union listen_addr {
	struct sockaddr sa;
	struct sockaddr_in in4;
	struct sockaddr_in6 in6;
};

/* "HOST:PORT" (IPv4; an empty HOST is 127.0.0.1) or "[ADDR]:PORT" (IPv6,
 * "[::1]:8080"; "[::]" listens on every IPv6 and IPv4 address). */
static int parse_listen(const char *z, union listen_addr *la,
			struct sk_err *e)
{
	char host[64];
	const char *colon = strrchr(z, ':'), *h = z;
	size_t n;
	long port;
	char *end;
	int v6 = z[0] == '[';

	memset(la, 0, sizeof *la);
	if (!colon || (v6 && (colon == z || colon[-1] != ']')))
		return sk_errf(e, SK_EUSAGE, "--listen '%s': want HOST:PORT "
			       "(IPv4) or [ADDRESS]:PORT (IPv6)", z);
	if (v6)
		h = z + 1;
	n = (size_t)(colon - h) - (size_t)v6;
	if (n >= sizeof host)
		return sk_errf(e, SK_EUSAGE, "--listen '%s': address too long", z);
	memcpy(host, h, n);
	host[n] = 0;
	port = strtol(colon + 1, &end, 10);
	if (*end || end == colon + 1 || port < 0 || port > 65535)
		return sk_errf(e, SK_EUSAGE, "--listen '%s': bad port", z);
	if (v6) {
		la->in6.sin6_family = AF_INET6;
		la->in6.sin6_port = htons((uint16_t)port);
		if (inet_pton(AF_INET6, host, &la->in6.sin6_addr) != 1)
			return sk_errf(e, SK_EUSAGE, "--listen '%s': bad IPv6 "
				       "address", z);
		return 0;
	}
	la->in4.sin_family = AF_INET;
	la->in4.sin_port = htons((uint16_t)port);
	if (inet_pton(AF_INET, host[0] ? host : "127.0.0.1",
		      &la->in4.sin_addr) != 1)
		return sk_errf(e, SK_EUSAGE, "--listen '%s': bad IPv4 address "
			       "(an IPv6 one goes in brackets: [::1]:8080)", z);
	return 0;
}

/* "127.0.0.1" or "[::1]", as it goes in a URL, into buf. */
static const char *listen_host(const union listen_addr *la, char *buf,
			       size_t cap)
{
	char a[INET6_ADDRSTRLEN];

	if (la->sa.sa_family == AF_INET6) {
		inet_ntop(AF_INET6, &la->in6.sin6_addr, a, sizeof a);
		snprintf(buf, cap, "[%s]", a);
	} else {
		inet_ntop(AF_INET, &la->in4.sin_addr, buf, (socklen_t)cap);
	}
	return buf;
}

/* Housekeeping while waiting for a signal: every 10 s the memory that
 * bursts of requests freed goes back to the system; expired sessions go
 * once a minute, on the main thread's own connection. */
static int wait_for_signal(struct web_app *app, const sigset_t *set)
{
	struct timespec ts = { 10, 0 };
	struct store *s = NULL;
	int sig, tick = 0;

	store_open(app->cfg.db_path, &s, NULL);
	for (;;) {
		sig = sigtimedwait(set, NULL, &ts);
		if (sig > 0)
			break;
		malloc_trim(0);
		if (s && ++tick % 6 == 0) {
			int64_t now = (int64_t)time(NULL);

			store_session_purge(s, now - app->cfg.idle_timeout,
					    now - app->cfg.absolute_timeout,
					    NULL);
		}
	}
	store_close(s);
	return sig;
}

static struct MHD_Daemon *daemon_start(struct web_app *app,
				       const union listen_addr *la)
{
	unsigned flags = MHD_USE_AUTO | MHD_USE_INTERNAL_POLLING_THREAD |
			 MHD_USE_ITC;

	if (la->sa.sa_family == AF_INET6)
		flags |= MHD_USE_DUAL_STACK;
	return MHD_start_daemon(
		flags, 0, NULL, NULL, on_request, app,
		MHD_OPTION_SOCK_ADDR, &la->sa,
		MHD_OPTION_THREAD_POOL_SIZE, (unsigned)app->cfg.threads,
		MHD_OPTION_NOTIFY_COMPLETED, on_done, app,
		MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)30,
		MHD_OPTION_CONNECTION_LIMIT, (unsigned)1000,
		MHD_OPTION_LISTENING_ADDRESS_REUSE, (unsigned)1,
		MHD_OPTION_END);
}

static void drain(struct MHD_Daemon *d, struct web_app *app)
{
	MHD_socket ls = MHD_quiesce_daemon(d);
	int i;

	if (ls != MHD_INVALID_SOCKET)
		close(ls);
	for (i = 0; i < 2000 && atomic_load(&app->inflight) > 0; i++)
		usleep(10000);
}

int web_serve(const struct web_config *cfg, struct sk_err *e)
{
	struct web_app app;
	union listen_addr la;
	char host[INET6_ADDRSTRLEN + 2];
	struct MHD_Daemon *d;
	const union MHD_DaemonInfo *di;
	struct store *s;
	sigset_t set;
	int rc, sig;

	memset(&app, 0, sizeof app);
	app.cfg = *cfg;
	if ((rc = parse_listen(cfg->listen, &la, e)))
		return rc;
	store_web_threads();
	/* the schema is brought up to date once, before any worker opens */
	if ((rc = store_open(cfg->db_path, &s, e)))
		return rc;
	store_close(s);
	if (throttle_new(&app) || cache_new(&app)) {
		throttle_free(&app);
		return sk_errf(e, SK_ENOMEM, "out of memory");
	}
	pthread_key_create(&worker_key, NULL);
	sigemptyset(&set);
	sigaddset(&set, SIGINT);
	sigaddset(&set, SIGTERM);
	sigaddset(&set, SIGPIPE);
	pthread_sigmask(SIG_BLOCK, &set, NULL);
	if (!(d = daemon_start(&app, &la))) {
		rc = sk_errf(e, SK_EIO, "cannot listen on %s: %s", cfg->listen,
			     strerror(errno));
		goto end;
	}
	di = MHD_get_daemon_info(d, MHD_DAEMON_INFO_BIND_PORT);
	printf("sakip serve: listening on http://%s:%u/ (database %s, data %s, "
	       "%d threads)\n", listen_host(&la, host, sizeof host),
	       di ? (unsigned)di->port : ntohs(la.sa.sa_family == AF_INET6 ?
						 la.in6.sin6_port :
						 la.in4.sin_port), cfg->db_path,
	       cfg->data_dir, cfg->threads);
	fflush(stdout);
	sigdelset(&set, SIGPIPE);
	sig = wait_for_signal(&app, &set);
	printf("sakip serve: %s: finishing %d request(s) in flight\n",
	       sig == SIGINT ? "SIGINT" : "SIGTERM", atomic_load(&app.inflight));
	fflush(stdout);
	drain(d, &app);
	MHD_stop_daemon(d);
	printf("sakip serve: stopped\n");
	rc = 0;
end:
	workers_close();
	pthread_key_delete(worker_key);
	cache_free(&app);
	throttle_free(&app);
	return rc;
}
