# sakip — see README.md. `make run` and `make test` are the entry points.
#
#   make            build build/sakip
#   make run        install missing packages, build, load the demo, serve
#   make test       install missing test packages; all tests, plain and
#                   under AddressSanitizer + UndefinedBehaviorSanitizer
#   make check      the tests of one build (SAN=1 for the sanitized one)
#   make fuzz       libFuzzer targets (FUZZ_SECONDS=60 each)
#   make bench      benchmarks, printing figures
#   make bench-web  the web app's dashboard under wrk, beside nginx

CC      ?= cc
SAN     ?= 0
O       := build/$(if $(filter 1,$(SAN)),asan,plain)
PKGS    := sqlite3 jansson libmicrohttpd xlsxwriter libzip libxml-2.0 libsodium
CFLAGS_BASE := -std=c11 -D_GNU_SOURCE -Wall -Wextra -Werror -Wshadow \
	-Wstrict-prototypes -Wno-missing-field-initializers -g -Isrc
ifeq ($(SAN),1)
CFLAGS_MODE := -O1 -fno-omit-frame-pointer -fsanitize=address,undefined \
	-fno-sanitize-recover=undefined
else
CFLAGS_MODE := -O2
endif
PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS   := $(shell pkg-config --libs $(PKGS) 2>/dev/null) -lcsv -lm -lpthread
ALL_CFLAGS  = $(CFLAGS_BASE) $(CFLAGS_MODE) $(PKG_CFLAGS) $(CFLAGS)

LIB_SRC  := $(sort $(wildcard src/util/*.c src/core/*.c src/store/*.c \
	src/io/*.c src/report/*.c src/web/*.c src/cli/cmd_*.c))
LIB_OBJ  := $(LIB_SRC:%.c=$(O)/%.o)
UNIT_SRC := $(sort $(wildcard test/unit/t_*.c))
UNIT_BIN := $(UNIT_SRC:test/unit/%.c=$(O)/test/%)

.PHONY: all run test check unit golden e2e fuzz bench bench-web deps deps-test clean demo

all: $(O)/sakip

deps:
	@sh scripts/deps.sh build

deps-test:
	@sh scripts/deps.sh test

$(O)/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -MMD -MP -c $< -o $@

$(O)/libsakip.a: $(LIB_OBJ)
	@rm -f $@
	ar rcs $@ $^

$(O)/sakip: $(O)/src/cli/main.o $(O)/libsakip.a
	$(CC) $(ALL_CFLAGS) -o $@ $^ $(PKG_LIBS) $(LDFLAGS)
	@[ "$(SAN)" = 1 ] || cp $@ build/sakip

$(O)/test/%: test/unit/%.c $(O)/libsakip.a
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -o $@ $< $(O)/libsakip.a -lcmocka $(PKG_LIBS)

run: deps
	$(MAKE) all
	sh scripts/demo.sh

test: deps-test
	$(MAKE) check SAN=0
	$(MAKE) check SAN=1

check: $(O)/sakip $(UNIT_BIN)
	@sh test/run.sh $(O)

fuzz:
	@sh test/fuzz/run.sh $${FUZZ_SECONDS:-60}

bench: all
	@sh bench/run.sh

bench-web: all
	@sh bench/web.sh

clean:
	rm -rf build

-include $(LIB_OBJ:.o=.d) $(O)/src/cli/main.d
