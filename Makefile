# SPDX-License-Identifier: GPL-2.0-only
#
# gfpzero: build the GCC plugin, run the tests, show the demo.
#
#   make [all|plugin]	build build/gfpzero_plugin.so
#   make check		install missing test packages, build, run tests/run
#			(with GCC 11 to 16 and Coccinelle 1.1 and 1.3)
#   make lint		shellcheck, pyflakes3, checkpatch.pl (tests/run lint)
#   make unit		the unit tests of the semantic patch's engine and of
#			its generator (tests/unit, python3 -m unittest)
#   make check-compilers	only the suite of the compilers: the corpus with
#			GCC 11 to 16, the semantic patch with Coccinelle 1.3
#   make check-arches	build linux-source-7.2's mm/ with the plugin for
#			32-bit ARM, MIPS and PA-RISC (not part of check)
#   make demo		install missing packages, build, run the plugin over
#			examples/demo
#   make bench		measure plugin overhead, scan speed and conversion
#			on a real tree; writes bench/results/ and README.md
#   make fuzz [N=COUNT] [SEED=S] [ASAN=1]
#			generated functions through both backends and the
#			conversion; counts per outcome (fuzz/run.py)
#   make asan		build/asan/gfpzero_plugin.so, with AddressSanitizer
#   make clean		remove build/
#
# CC (the compiler the plugin plugs into), CROSS_COMPILE and HOSTCXX (the
# C++ compiler that builds the plugin) can be overridden:
#   make CROSS_COMPILE=arm-linux-gnueabi-

CROSS_COMPILE ?=
ifeq ($(origin CC),default)
CC := $(CROSS_COMPILE)gcc
endif
HOSTCXX ?= g++

GCC_PLUGIN_DIR := $(shell $(CC) -print-file-name=plugin 2>/dev/null)
GCC_VERSION := $(shell $(CC) -dumpfullversion -dumpversion 2>/dev/null)
GCC_MAJOR := $(firstword $(subst ., ,$(GCC_VERSION)))
# a cross compiler's plugin headers come in gcc-N-plugin-dev-<triplet>
GCC_TRIPLET := $(if $(CROSS_COMPILE),$(patsubst %-,%,$(notdir $(CROSS_COMPILE))),$(filter-out \
	$(shell $(HOSTCXX) -dumpmachine 2>/dev/null),$(shell $(CC) -dumpmachine 2>/dev/null)))
PLUGIN_DEV_PKG := gcc-$(or $(GCC_MAJOR),12)-plugin-dev$(addprefix -,$(GCC_TRIPLET))

PLUGIN := build/gfpzero_plugin.so
PLUGIN_SRCS := $(wildcard plugin/*.c)
PLUGIN_DEPS := $(PLUGIN_SRCS) $(wildcard plugin/*.h include/*.h)
# which GCC the plugin was built for: another CC or HOSTCXX rebuilds it
PLUGIN_FOR := build/.plugin-for

DEMO_DIR := examples/demo
DEMO_SRCS := $(sort $(shell find $(DEMO_DIR) -name '*.c' ! -name '*.fixed.c'))
DEMO_CFLAGS := -std=gnu11 -O2 -Wall -Werror -I$(DEMO_DIR)/include -fplugin=$(PLUGIN)

all: plugin

plugin: $(PLUGIN)

$(PLUGIN_FOR): FORCE
	@mkdir -p $(@D)
	@echo "$(GCC_PLUGIN_DIR) $(HOSTCXX)" | cmp -s - $@ || \
		echo "$(GCC_PLUGIN_DIR) $(HOSTCXX)" >$@

$(PLUGIN): $(PLUGIN_DEPS) $(PLUGIN_FOR)
	@test -n "$(GCC_PLUGIN_DIR)" || { \
		echo "gfpzero: error: cannot run '$(CC)': install it, or set CC" \
		     "or CROSS_COMPILE" >&2; exit 1; }
	@test "$(GCC_MAJOR)" -ge 11 2>/dev/null || { \
		echo "gfpzero: error: '$(CC)' is GCC $(GCC_VERSION): the" \
		     "gfpzero plugin needs GCC 11 or later" >&2; exit 1; }
	@test -f "$(GCC_PLUGIN_DIR)/include/plugin-version.h" || { \
		echo "gfpzero: error: GCC plugin headers for '$(CC)' not found" \
		     "($(GCC_PLUGIN_DIR)/include/plugin-version.h):" \
		     "install the Debian package $(PLUGIN_DEV_PKG)" >&2; \
		exit 1; }
	@test -n "$(PLUGIN_SRCS)" || { \
		echo "gfpzero: no plugin sources in plugin/*.c" >&2; exit 1; }
	$(HOSTCXX) -shared -fPIC -fno-rtti -fno-exceptions -O2 -Wall \
		-I$(GCC_PLUGIN_DIR)/include -Iinclude -Iplugin -o $@ $(PLUGIN_SRCS)

# The plugin built with AddressSanitizer, for make fuzz ASAN=1 and the
# tests: loaded into an ordinary cc1 with libasan preloaded.
ASAN_PLUGIN := build/asan/gfpzero_plugin.so

asan: $(ASAN_PLUGIN)

$(ASAN_PLUGIN): $(PLUGIN_DEPS) $(PLUGIN_FOR)
	@mkdir -p $(@D)
	$(HOSTCXX) -shared -fPIC -fno-rtti -fno-exceptions -O1 -g \
		-fsanitize=address -fno-omit-frame-pointer -Wall \
		-I$(GCC_PLUGIN_DIR)/include -Iinclude -Iplugin -o $@ $(PLUGIN_SRCS)

# make fuzz [N=COUNT] [SEED=S] [ASAN=1] [LOG=FILE] [KNOWN=FEATURES]: COUNT
# functions from fuzz/gen.py
# through both backends and the conversion (fuzz/run.py); the counts per
# outcome, last "N passed, N failed".
N ?= 1000
SEED ?= 1
fuzz: deps
	$(MAKE) plugin $(if $(ASAN),asan)
	fuzz/run.py --count $(N) --seed $(SEED) \
		$(if $(ASAN),--asan $(ASAN_PLUGIN)) $(if $(LOG),--log $(LOG)) \
		$(if $(KNOWN),--known-cocci $(KNOWN))

deps:
	tests/deps

# GCC 11 here; GCC 13 to 16 and Coccinelle 1.3 in a Debian unstable
# system, GCC 10 in a Debian 11 one (scripts/debian-root)
deps-compilers: deps
	tests/deps-compilers

deps-arches: deps
	tests/deps time $(foreach t,arm-linux-gnueabi mips-linux-gnu hppa-linux-gnu,\
		gcc-$(t) gcc-12-plugin-dev-$(t))

# GFPZERO_NO_COMPILERS=1: without the suite of the compilers (and its deps)
check: deps $(if $(GFPZERO_NO_COMPILERS),,deps-compilers)
	$(MAKE) plugin
	CC="$(CC)" tests/run

# shellcheck, pyflakes3, the kernel's checkpatch.pl (tests/run lint)
lint: deps
	tests/run lint

# No spatch, no compiler: the Python of cocci/engine and cocci/gen-catalogue.
unit:
	python3 -m unittest discover -s tests/unit

check-compilers: deps-compilers
	$(MAKE) plugin
	CC="$(CC)" tests/run compilers

check-arches: deps-arches
	tests/run arches

# Findings are the point of the demo: every step below exits 0.
# make demo: the bundled kernel-shaped tree examples/demo.
# make demo KDIR=/path/to/linux: the same on a real, configured tree's mm/
# (converted with --assume-user-addr when the tree lacks USER_ADDR_NONE).
DEMO_SERIES := build/demo-series

demo: deps
	@$(MAKE) -s plugin
ifeq ($(KDIR),)
	@echo "== (a) compile-time warnings, -Werror on: the build still passes"
	@for f in $(DEMO_SRCS); do \
		echo "\$$ $(CC) $(DEMO_CFLAGS) -c -o /dev/null $$f"; \
		$(CC) $(DEMO_CFLAGS) -c -o /dev/null $$f || exit 1; \
	done
	@echo
	@echo "== (b) the report: bin/gfpzero scan --backend=cocci $(DEMO_DIR)"
	@bin/gfpzero scan --backend=cocci $(DEMO_DIR) || test $$? -eq 1
	@echo
	@echo "== (c) the patch series (the demo mixes API eras, so it is converted"
	@echo "   as if it had the series' USER_ADDR_NONE plumbing):"
	@echo "   bin/gfpzero patch --assume-user-addr --series $(DEMO_SERIES) $(DEMO_DIR)"
	@rm -rf $(DEMO_SERIES)
	@bin/gfpzero patch --assume-user-addr --series $(DEMO_SERIES) $(DEMO_DIR)
	@cat $(DEMO_SERIES)/*.patch
else
	@echo "== (a) compile-time warnings: bin/gfpzero kbuild $(KDIR) mm/"
	@bin/gfpzero kbuild $(KDIR) mm/ || test $$? -eq 1
	@echo
	@echo "== (b) the report: bin/gfpzero scan --backend=cocci $(KDIR)/mm"
	@bin/gfpzero scan --backend=cocci $(KDIR)/mm || test $$? -eq 1
	@echo
	@echo "== (c) the patch series: bin/gfpzero patch --series $(DEMO_SERIES) $(KDIR)/mm"
	@rm -rf $(DEMO_SERIES)
	@bin/gfpzero patch $$(grep -rqs 'define USER_ADDR_NONE' $(KDIR)/include || \
		echo --assume-user-addr) --series $(DEMO_SERIES) $(KDIR)/mm
	@cat $(DEMO_SERIES)/*.patch
endif

# Not part of check: each figure is measured in the run that prints it,
# PAIRS (default 3) alternate runs of ours and its anchor, medians.  The
# table goes to bench/results/<UTC start>.md, with the machine it ran on,
# and to README.md's Benchmarks section.  See bench/run.
bench:
	tests/deps valgrind
	$(MAKE) plugin
	bench/run

clean:
	rm -rf build

FORCE:

.PHONY: all plugin asan fuzz lint deps deps-compilers deps-arches check unit \
	check-compilers check-arches demo bench clean FORCE
