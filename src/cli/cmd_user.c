/* sakip user: accounts of the web app, from the command line. */
#include "cli.h"
#include "../store/store_web.h"
#include "../web/web.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

static const char zUsage[] =
	"usage: sakip user add NAME --role ROLE [--instansi KODE] [--pemda KODE]\n"
	"                  [--password-stdin]\n"
	"       sakip user passwd NAME [--password-stdin]\n"
	"       sakip user disable NAME\n"
	"       sakip user enable NAME\n"
	"       sakip user list\n"
	"\n"
	"ROLE is admin, operator, verifikator, evaluator or pimpinan; an\n"
	"operator belongs to one agency (--instansi; --pemda when the kode is in\n"
	"several). Without --password-stdin a password is generated and printed\n"
	"once; only its argon2id hash is stored. A password read from standard\n"
	"input is its first line, at least 10 characters.\n";

#define PW_MIN 10

static int read_password(char *out, size_t n)
{
	size_t len;

	if (!fgets(out, (int)n, stdin))
		return -1;
	len = strcspn(out, "\r\n");
	out[len] = 0;
	return len >= PW_MIN ? 0 : -1;
}

/* The password, from stdin or generated (*generated set), and its hash. */
static int password(int from_stdin, char *pw, size_t npw, int *generated,
		    char *hash, size_t n, struct sk_err *e)
{
	*generated = !from_stdin;
	if (from_stdin) {
		if (read_password(pw, npw))
			return sk_errf(e, SK_EUSAGE, "the password on standard "
				       "input needs at least %d characters",
				       PW_MIN);
	} else {
		session_new_password(pw, 17);
	}
	if (session_hash_password(pw, hash, n))
		return sk_errf(e, SK_ENOMEM, "cannot hash the password");
	return 0;
}

static void list(struct store *s)
{
	struct arena a = ARENA_INIT;
	struct web_user *u;
	struct sk_err e;
	int n, i;

	if (store_user_list(s, &a, &u, &n, &e) == 0)
		for (i = 0; i < n; i++)
			printf("%-20s %-12s %-8s %s\n", u[i].username, u[i].role,
			       u[i].disabled ? "disabled" : "active",
			       u[i].instansi_kode ? u[i].instansi_kode : "-");
	arena_free(&a);
}

struct opts {
	const char *verb, *name, *role, *instansi, *pemda;
	int from_stdin;
};

/* 0, CLI_HELP, or EXIT_USAGE (printed). */
static int parse(struct cli *c, struct opts *o)
{
	const char *pos[2] = { NULL, NULL };
	const struct cli_opt opts[] = {
		{ "--role", OPT_STR, &o->role },
		{ "--instansi", OPT_STR, &o->instansi },
		{ "--pemda", OPT_STR, &o->pemda },
		{ "--password-stdin", OPT_FLAG, &o->from_stdin },
		{ NULL },
	};
	int rc;

	memset(o, 0, sizeof *o);
	if ((rc = cli_parse(c, "user", zUsage, opts, pos, 2)))
		return rc;
	o->verb = pos[0];
	o->name = pos[1];
	if (!o->verb || (strcmp(o->verb, "list") != 0 && !o->name)) {
		fputs(zUsage, stderr);
		return EXIT_USAGE;
	}
	return 0;
}

static int run(struct store *s, const struct opts *o, struct sk_err *e)
{
	struct web_actor who = { 0, (int64_t)time(NULL) };
	struct arena a = ARENA_INIT;
	struct web_user u;
	char hash[256], pw[1024];
	int64_t id;
	int rc, gen = 0;

	if (strcmp(o->verb, "add") == 0) {
		if (!store_role_valid(o->role))
			return sk_errf(e, SK_EUSAGE, "--role: admin, operator, "
				       "verifikator, evaluator or pimpinan");
		if ((rc = password(o->from_stdin, pw, sizeof pw, &gen, hash,
				   sizeof hash, e)) ||
		    (rc = store_user_add(s, &who, o->name, hash, o->role,
					 o->pemda, o->instansi, &id, e)))
			return rc;
	} else {
		rc = store_user_get(s, o->name, 0, &a, &u, e);
		id = u.id;
		arena_free(&a);
		if (rc)
			return rc;
		if (strcmp(o->verb, "passwd") == 0)
			rc = password(o->from_stdin, pw, sizeof pw, &gen, hash,
				      sizeof hash, e) ||
				store_user_set_password(s, &who, id, hash, e);
		else if (strcmp(o->verb, "disable") == 0 ||
			 strcmp(o->verb, "enable") == 0)
			rc = store_user_set_disabled(s, &who, id,
						     o->verb[0] == 'd', e);
		else
			return sk_errf(e, SK_EUSAGE, "unknown action '%s'",
				       o->verb);
		if (rc)
			return e->code ? e->code : SK_EIO;
	}
	if (gen)
		printf("%s: password %s (shown once)\n", o->name, pw);
	memset(pw, 0, sizeof pw);
	return 0;
}

int cmd_user(struct cli *c)
{
	struct store *s = NULL;
	struct sk_err e = { 0, "" };
	struct opts o;
	int rc;

	if ((rc = parse(c, &o)))
		return rc == CLI_HELP ? EXIT_OK : rc;
	if ((rc = store_open(c->db_path, &s, &e)))
		return cli_fail(&e);
	if (strcmp(o.verb, "list") == 0) {
		list(s);
		store_close(s);
		return EXIT_OK;
	}
	rc = run(s, &o, &e);
	store_close(s);
	if (rc)
		return cli_fail(&e);
	return EXIT_OK;
}
