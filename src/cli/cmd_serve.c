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
	"Defaults: --listen 127.0.0.1:8080 (port 0: any free port, printed;\n"
	"an IPv6 address in brackets: [::1]:8080, [::] for every address),\n"
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

int cmd_serve(struct cli *c)
{
	struct web_config w;
	struct sk_err e = { 0, "" };
	const char *zNum[7] = { NULL };
	const struct cli_opt opts[] = {
		{ "--listen", OPT_STR, &w.listen },
		{ "--db", OPT_STR, &w.db_path },
		{ "--data", OPT_STR, &w.data_dir },
		{ "--threads", OPT_STR, &zNum[0] },
		{ "--idle-timeout", OPT_STR, &zNum[1] },
		{ "--absolute-timeout", OPT_STR, &zNum[2] },
		{ "--throttle-account", OPT_STR, &zNum[3] },
		{ "--throttle-ip", OPT_STR, &zNum[4] },
		{ "--throttle-window", OPT_STR, &zNum[5] },
		{ "--max-upload", OPT_STR, &zNum[6] },
		{ NULL },
	};
	/* the numeric options, in zNum's order: range and destination */
	static const struct { long min, max; size_t off; } aNum[7] = {
		{ 1, 64, offsetof(struct web_config, threads) },
		{ 1, 86400 * 30, offsetof(struct web_config, idle_timeout) },
		{ 1, 86400 * 365, offsetof(struct web_config, absolute_timeout) },
		{ 1, 1000, offsetof(struct web_config, throttle_account) },
		{ 1, 100000, offsetof(struct web_config, throttle_ip) },
		{ 1, 86400, offsetof(struct web_config, throttle_window) },
		{ 1024, 512L << 20, 0 },
	};
	char data[4096], today[11];
	long ncpu = sysconf(_SC_NPROCESSORS_ONLN), n;
	int i, rc;

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
	if ((rc = cli_parse(c, "serve", zUsage, opts, NULL, 0)))
		return rc == CLI_HELP ? EXIT_OK : rc;
	for (i = 0; i < 7; i++) {
		if (!zNum[i])
			continue;
		if (num_arg(zNum[i], aNum[i].min, aNum[i].max, &n)) {
			fprintf(stderr, "sakip serve: %s: %ld to %ld, not '%s'\n",
				opts[3 + i].name, aNum[i].min, aNum[i].max,
				zNum[i]);
			return EXIT_USAGE;
		}
		if (i == 6)
			w.max_upload = (size_t)n;
		else
			*(int *)((char *)&w + aNum[i].off) = (int)n;
	}
	if (getenv("SAKIP_NOW")) { /* a fixed date, checked once */
		if (cli_today(today, &e))
			return cli_fail(&e);
		w.hari_ini = today;
	}
	if (!w.data_dir) {
		snprintf(data, sizeof data, "%s-data", w.db_path);
		w.data_dir = data;
	}
	if (web_serve(&w, &e))
		return cli_fail(&e);
	return EXIT_OK;
}
