/* cache: rendered fragments (the dashboards) kept per key and data
 * generation. Every write through the web, and every commit another
 * process makes (seen by the workers' data_version), bumps the
 * generation, so a fragment is never served after the data it shows
 * changed. A few dozen entries, replaced oldest first. */
#include "web.h"

#include <stdlib.h>
#include <string.h>

#define CACHE_SLOTS 32
#define CACHE_KEY 96

struct entry {
	char key[CACHE_KEY];
	unsigned long gen;
	unsigned long used;  /* clock of the last put, for replacement */
	char *z;
	size_t n;
};

struct page_cache {
	pthread_mutex_t mu;
	unsigned long clock;
	struct entry a[CACHE_SLOTS];
};

int cache_new(struct web_app *app)
{
	app->cache = calloc(1, sizeof *app->cache);
	if (!app->cache)
		return SK_ENOMEM;
	pthread_mutex_init(&app->cache->mu, NULL);
	return 0;
}

void cache_free(struct web_app *app)
{
	int i;

	if (!app->cache)
		return;
	for (i = 0; i < CACHE_SLOTS; i++)
		free(app->cache->a[i].z);
	pthread_mutex_destroy(&app->cache->mu);
	free(app->cache);
	app->cache = NULL;
}

char *cache_get(struct web_app *app, const char *key, size_t *n)
{
	struct page_cache *c = app->cache;
	unsigned long gen = atomic_load(&app->generation);
	char *z = NULL;
	int i;

	if (strlen(key) >= CACHE_KEY)
		return NULL;
	pthread_mutex_lock(&c->mu);
	for (i = 0; i < CACHE_SLOTS; i++) {
		struct entry *en = &c->a[i];

		if (en->z && en->gen == gen && strcmp(en->key, key) == 0) {
			if ((z = malloc(en->n + 1))) {
				memcpy(z, en->z, en->n + 1);
				*n = en->n;
			}
			break;
		}
	}
	pthread_mutex_unlock(&c->mu);
	return z;
}

void cache_put(struct web_app *app, const char *key, const char *z, size_t n,
	       unsigned long gen)
{
	struct page_cache *c = app->cache;
	struct entry *en = NULL;
	char *copy;
	int i;

	if (strlen(key) >= CACHE_KEY || !(copy = malloc(n + 1)))
		return;
	memcpy(copy, z, n);
	copy[n] = 0;
	pthread_mutex_lock(&c->mu);
	for (i = 0; i < CACHE_SLOTS && !en; i++)
		if (c->a[i].z && strcmp(c->a[i].key, key) == 0)
			en = &c->a[i];
	for (i = 0; i < CACHE_SLOTS && !en; i++)
		if (!c->a[i].z || c->a[i].gen < gen)
			en = &c->a[i];
	if (!en) {
		en = &c->a[0];
		for (i = 1; i < CACHE_SLOTS; i++)
			if (c->a[i].used < en->used)
				en = &c->a[i];
	}
	free(en->z);
	strcpy(en->key, key);
	en->z = copy;
	en->n = n;
	en->gen = gen;
	en->used = ++c->clock;
	pthread_mutex_unlock(&c->mu);
}
