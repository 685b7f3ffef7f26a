/* Option parsing and package loading shared by the commands. */
#include "cli.h"
#include "../core/lke.h"
#include "../store/store.h"

#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static int parse_tahun(const char *cmd, const char *v, int *out)
{
	char *end;
	long t = strtol(v, &end, 10);

	if (*end || t < 1900 || t > 2199) {
		fprintf(stderr, "sakip %s: --tahun takes a year YYYY, not '%s'\n",
			cmd, v);
		return EXIT_USAGE;
	}
	*out = (int)t;
	return 0;
}

static const struct cli_opt *find(const struct cli_opt *opts, const char *a)
{
	for (; opts->name; opts++)
		if (strcmp(opts->name, a) == 0)
			return opts;
	return NULL;
}

int cli_parse(struct cli *c, const char *cmd, const char *usage,
	      const struct cli_opt *opts, const char **pos, int npos)
{
	int i, k = 0;

	for (i = 1; i < c->argc; i++) {
		const char *a = c->argv[i];
		const struct cli_opt *o = find(opts, a);

		if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
			fputs(usage, stdout);
			return CLI_HELP;
		}
		if (!o && k < npos && (a[0] != '-' || !a[1])) {
			pos[k++] = a;
			continue;
		}
		if (!o) {
			fprintf(stderr, "sakip %s: unexpected '%s'\n%s", cmd, a, usage);
			return EXIT_USAGE;
		}
		if (o->kind == OPT_FLAG) {
			*(int *)o->dst = 1;
			continue;
		}
		if (i + 1 >= c->argc) {
			fprintf(stderr, "sakip %s: %s needs a value\n%s", cmd, a, usage);
			return EXIT_USAGE;
		}
		a = c->argv[++i];
		if (o->kind == OPT_TAHUN) {
			if (parse_tahun(cmd, a, o->dst))
				return EXIT_USAGE;
		} else if (o->kind == OPT_INT) {
			*(int *)o->dst = atoi(a);
		} else {
			*(const char **)o->dst = a;
		}
	}
	return 0;
}

int cli_one_of(const char *cmd, const char *what, const char *v,
	       const char *const *allowed)
{
	const char *const *p;

	for (p = allowed; *p; p++)
		if (strcmp(*p, v) == 0)
			return 0;
	fprintf(stderr, "sakip %s: unknown %s '%s' (", cmd, what, v);
	for (p = allowed; *p; p++)
		fprintf(stderr, "%s%s", p == allowed ? "" : ", ", *p);
	fprintf(stderr, ")\n");
	return EXIT_USAGE;
}

int cli_load_pkg(const struct cli *c, const char *pemda, const char *instansi,
		 struct pkg *p, struct sk_err *e)
{
	struct store *s = NULL;
	int rc;

	pkg_init(p);
	rc = store_open(c->db_path, &s, e);
	if (!rc)
		rc = store_load_pkg(s, pemda, instansi, p, e);
	store_close(s);
	if (rc)
		pkg_free(p);
	return rc;
}

void cli_oleh(char *buf, size_t cap)
{
	const struct passwd *pw = getpwuid(geteuid());
	const char *u = pw ? pw->pw_name : getenv("USER");

	snprintf(buf, cap, "cli:%s", u && *u ? u : "?");
}

int cli_today(char buf[11], struct sk_err *e)
{
	const char *z = getenv("SAKIP_NOW");
	time_t now = time(NULL);
	struct tm tm;

	if (z && z[0]) {
		if (!tanggal_valid(z))
			return sk_errf(e, SK_EUSAGE, "SAKIP_NOW '%.40s': not a date "
				       "YYYY-MM-DD", z);
		memcpy(buf, z, 11);
		return 0;
	}
	if (!localtime_r(&now, &tm) || !strftime(buf, 11, "%Y-%m-%d", &tm))
		return sk_errf(e, SK_EIO, "today's date: the clock cannot be "
			       "read");
	return 0;
}
