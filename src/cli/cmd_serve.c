/* sakip serve: the web app (src/web/). */
#include "cli.h"
#include "../web/web.h"

#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char zUsage[] =
	"usage: sakip serve [--listen HOST:PORT] [--db PATH] [--data DIR]\n"
	"                   [--threads N] [--max-upload BYTES[K|M]]\n"
	"                   [--idle-timeout S] [--absolute-timeout S]\n"
	"                   [--throttle-account N] [--throttle-ip N]\n"
	"                   [--throttle-window S]\n"
	"\n"
	"Serves the web app: dashboards, agency and indicator pages,\n"
	"realisation entry and verification, administration, public pages.\n"
	"Defaults: --listen 127.0.0.1:8080 (port 0: any free port, printed),\n"
	"--data DB-data (evidence files), --threads the number of CPUs (2 to\n"
	"16), --max-upload 5M, sessions end after 1800 s idle or 43200 s,\n"
	"5 failed logins per account or 20 per address lock logins for 900 s.\n"
	"Stops on SIGTERM or SIGINT after the requests in flight finish.\n"
	"Accounts: 'sakip user add'. See docs/web.md.\n";

static int num_arg(const char *z, long min, long max, long *out)
{
	char *end;
	long v = strtol(z, &end, 10);

	if (*end == 'K' || *end == 'k')
		v *= 1024, end++;
	else if (*end == 'M' || *end == 'm')
		v *= 1024 * 1024, end++;
	if (*end || end == z || v < min || v > max)
		return -1;
	*out = v;
	return 0;
}

static int option(struct web_config *w, const char *a, const char *v)
{
	static const struct {
		const char *name;
		long min, max;
		size_t off;
	} aNum[] = {
		{ "--threads", 1, 64, offsetof(struct web_config, threads) },
		{ "--idle-timeout", 1, 86400 * 30,
		  offsetof(struct web_config, idle_timeout) },
		{ "--absolute-timeout", 1, 86400 * 365,
		  offsetof(struct web_config, absolute_timeout) },
		{ "--throttle-account", 1, 1000,
		  offsetof(struct web_config, throttle_account) },
		{ "--throttle-ip", 1, 100000,
		  offsetof(struct web_config, throttle_ip) },
		{ "--throttle-window", 1, 86400,
		  offsetof(struct web_config, throttle_window) },
	};
	size_t i;
	long n;

	if (strcmp(a, "--listen") == 0)
		return w->listen = v, 0;
	if (strcmp(a, "--db") == 0)
		return w->db_path = v, 0;
	if (strcmp(a, "--data") == 0)
		return w->data_dir = v, 0;
	if (strcmp(a, "--max-upload") == 0) {
		if (num_arg(v, 1024, 512L << 20, &n))
			return -1;
		w->max_upload = (size_t)n;
		return 0;
	}
	for (i = 0; i < sizeof aNum / sizeof aNum[0]; i++) {
		if (strcmp(a, aNum[i].name) == 0) {
			if (num_arg(v, aNum[i].min, aNum[i].max, &n))
				return -1;
			*(int *)((char *)w + aNum[i].off) = (int)n;
			return 0;
		}
	}
	return -1;
}

int cmd_serve(struct cli *c)
{
	struct web_config w;
	struct sk_err e = { 0, "" };
	char data[4096];
	long ncpu = sysconf(_SC_NPROCESSORS_ONLN);
	int i;

	memset(&w, 0, sizeof w);
	w.listen = "127.0.0.1:8080";
	w.db_path = c->db_path;
	w.threads = ncpu < 2 ? 2 : ncpu > 16 ? 16 : (int)ncpu;
	w.max_upload = (size_t)5 << 20;
	w.idle_timeout = 1800;
	w.absolute_timeout = 43200;
	w.throttle_account = 5;
	w.throttle_ip = 20;
	w.throttle_window = 900;
	for (i = 1; i < c->argc; i++) {
		const char *a = c->argv[i];

		if (strcmp(a, "--help") == 0) {
			fputs(zUsage, stdout);
			return EXIT_OK;
		}
		if (i + 1 >= c->argc || option(&w, a, c->argv[i + 1])) {
			fprintf(stderr, "sakip serve: bad option '%s'\n%s", a,
				zUsage);
			return EXIT_USAGE;
		}
		i++;
	}
	if (!w.data_dir) {
		snprintf(data, sizeof data, "%s-data", w.db_path);
		w.data_dir = data;
	}
	if (web_serve(&w, &e))
		return cli_fail(&e);
	return EXIT_OK;
}
