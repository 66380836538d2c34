# SPDX-License-Identifier: GPL-2.0-only
# shellcheck shell=bash
# shellcheck disable=SC2015 # "A && B || fail": fail when either fails
#
# tests/run's suite "compilers" (sourced by tests/run, which defines t(),
# fail(), gz(), need(), POS, cases and $TMP):
#
#   - the plugin is built with each GCC of $GFPZERO_COMPILERS (default
#     11 to 16) into build/gcc-N/ and the corpus (suites a and b: every
#     case's findings, every fix-it) is run with it by a nested
#     "tests/run corpus", whose TAP lines are counted here; every case's
#     JSON must be GCC 12's, byte for byte.  A GCC the machine has (Debian
#     12: 11 and 12) is used from there, others (13 to 16) from a Debian
#     unstable system (scripts/debian-root sid), where the nested run runs;
#   - the semantic patch under Coccinelle 1.3 (Debian unstable) finds what
#     it finds under the machine's 1.1 and converts the same;
#   - missing pieces are named: a spatch that cannot load Python, a GCC
#     older than 11 (Debian 11's GCC 10, scripts/debian-root bullseye).
#
# make deps-compilers installs what it needs.

COMPILERS=${GFPZERO_COMPILERS:-11 12 13 14 15 16}
SID=scripts/debian-root

# The compiler of the enclosing run, when it is the machine's gcc: its
# corpus has run already and is not run again.
default_major()
{
	[ "$SUITE" = all ] || return 0
	[ -z "${CC:-}" ] || [ "$CC" = gcc ] || return 0
	[ "$PLUGIN" = build/gfpzero_plugin.so ] || return 0
	gcc -dumpversion 2>/dev/null | cut -d. -f1
}

# where_gcc N: "host" when gcc-N, g++-N and their plugin headers are
# here, else "sid".
where_gcc()
{
	local d

	d=$(gcc-"$1" -print-file-name=plugin 2>/dev/null) &&
		command -v g++-"$1" >/dev/null 2>&1 &&
		[ -f "$d/include/plugin-version.h" ] && echo host && return
	echo sid
}

# in_where WHERE CMD...: CMD here or in the unstable system.
in_where()
{
	local w=$1

	shift
	if [ "$w" = host ]; then
		"$@"
	else
		"$SID" sid -- "$@"
	fi
}

test_gcc_plugin_builds()
{
	local v=$1 w=$2 dir=build/gcc-$1

	in_where "$w" make -s CC="gcc-$v" HOSTCXX="g++-$v" \
		PLUGIN="$dir/gfpzero_plugin.so" PLUGIN_FOR="$dir/.plugin-for" \
		plugin >"$TMP/gccbuild.log" 2>&1 ||
		fail "make plugin with gcc-$v failed:" "$TMP/gccbuild.log" || return
	[ ! -s "$TMP/gccbuild.log" ] ||
		fail "warnings building the plugin with g++-$v:" "$TMP/gccbuild.log"
}

# subtap PREFIX CMD...: run CMD, a nested tests/run, and count its TAP
# lines as this run's, their descriptions after PREFIX; a nested run that
# does not end with its "N passed, M failed" line fails once more.
subtap()
{
	local prefix=$1 line ended=

	shift
	while IFS= read -r line; do
		case "$line" in
		"ok "*" - "*)
			n=$((n + 1))
			passed=$((passed + 1))
			echo "ok $n - $prefix ${line#* - }" ;;
		"not ok "*" - "*)
			n=$((n + 1))
			failed=$((failed + 1))
			echo "not ok $n - $prefix ${line#* - }" ;;
		"#"*)	echo "$line" ;;
		1..*)	;;
		*" passed, "*" failed")	ended=1 ;;
		*)	echo "# $line" ;;
		esac
	done < <("$@" 2>&1)
	[ -n "$ended" ] ||
		t "$prefix the nested run ends with its counts" fail "it did not: see above"
}

# test_same_json N: every case's JSON with gcc-N is GCC 12's.
test_same_json()
{
	local ref=$TMP/json/gcc-12 got=$TMP/json/gcc-$1

	[ -d "$ref" ] || ref=$JSON_DIR
	[ -n "$(ls "$ref")" ] ||
		fail "no JSON of GCC 12 to compare with (GFPZERO_COMPILERS without 12?)" || return
	# shellcheck disable=SC2154 # cases is tests/run's
	[ "$(find "$got" -mindepth 1 -maxdepth 1 -name '[!.]*' 2>/dev/null | wc -l)" \
		-eq ${#cases[@]} ] ||
		fail "not every case's JSON in $got: see the corpus tests" || return
	diff -r "$ref" "$got" >"$TMP/json.diff" ||
		fail "the JSON differs from GCC 12's:" "$TMP/json.diff"
}

suite_gcc()
{
	local v=$1 w

	w=$(where_gcc "$v")
	if [ "$v" = "$(default_major)" ]; then
		echo "# gcc-$v: the corpus ran above, with gcc (GCC $v)"
		return
	fi
	if [ "$w" = sid ] && ! "$SID" sid -- sh -c "command -v gcc-$v" >/dev/null 2>&1; then
		t "gcc-$v: installed (make deps-compilers)" \
			fail "no gcc-$v here nor in $SID sid: run 'make deps-compilers'"
		return
	fi
	t "gcc-$v ($w): the plugin builds, no warning (build/gcc-$v/)" \
		test_gcc_plugin_builds "$v" "$w" || return
	mkdir -p "$TMP/json/gcc-$v"
	subtap "gcc-$v:" in_where "$w" env CC="gcc-$v" \
		GFPZERO_PLUGIN="build/gcc-$v/gfpzero_plugin.so" \
		GFPZERO_JSON_DIR="$TMP/json/gcc-$v" tests/run corpus
}

# --- Coccinelle 1.3 ------------------------------------------------------

spatch_version()
{
	"$@" spatch --version 2>/dev/null | sed -n 's/^spatch version \([0-9.]*\).*/\1/p'
}

test_spatch_versions()
{
	local v1 v3

	v1=$(spatch_version env)
	v3=$(spatch_version "$SID" sid --)
	echo "here: spatch $v1; Debian unstable: spatch $v3"
	case "$v1" in 1.1*) ;; *) fail "not Coccinelle 1.1 here" || return ;; esac
	case "$v3" in 1.3*) ;; *) fail "not Coccinelle 1.3 in $SID sid" ;; esac
}

# The corpus through the semantic patch with 1.1 (here) and 1.3.
test_cocci13_scan()
{
	local rc=0

	bin/gfpzero scan --backend=cocci --format=json "${cases[@]}" \
		>"$TMP/c11.json" 2>"$TMP/c11.err" || rc=$?
	[ "$rc" -eq 1 ] || fail "1.1: exit status $rc:" "$TMP/c11.err" || return
	rc=0
	"$SID" sid -- bin/gfpzero scan --backend=cocci --format=json "${cases[@]}" \
		>"$TMP/c13.json" 2>"$TMP/c13.err" || rc=$?
	[ "$rc" -eq 1 ] || fail "1.3: exit status $rc:" "$TMP/c13.err" || return
	echo "findings: 1.1 $(jq length "$TMP/c11.json"), 1.3 $(jq length "$TMP/c13.json")"
	diff -u --label "Coccinelle 1.1" --label "Coccinelle 1.3" \
		"$TMP/c11.json" "$TMP/c13.json" >"$TMP/c13.diff" ||
		fail "the findings differ:" "$TMP/c13.diff"
}

# gfpzero patch with both, applied to copies of the corpus: the same
# files, byte for byte.  spatch 1.3 itself also removes the blank lines
# and comments above the statements it removes; lib/gfpzero-blanks.py
# keeps them, as 1.1 does (docs/compilers.md).
test_cocci13_patch()
{
	local v rc

	for v in 11 13; do
		rm -rf "$TMP/p$v"
		mkdir -p "$TMP/p$v"
		cp "${cases[@]}" "$CASES"/*.h "$TMP/p$v/"
	done
	rc=0
	bin/gfpzero patch --assume-user-addr "${cases[@]}" >"$TMP/p11.diff" \
		2>"$TMP/p.err" || rc=$?
	[ "$rc" -eq 0 ] || fail "1.1: exit status $rc:" "$TMP/p.err" || return
	"$SID" sid -- bin/gfpzero patch --assume-user-addr "${cases[@]}" \
		>"$TMP/p13.diff" 2>"$TMP/p.err" || rc=$?
	[ "$rc" -eq 0 ] || fail "1.3: exit status $rc:" "$TMP/p.err" || return
	for v in 11 13; do
		(cd "$TMP/p$v" && patch -s -p1 --no-backup-if-mismatch) \
			<"$TMP/p$v.diff" >"$TMP/p.log" 2>&1 ||
			fail "the $v diff does not apply:" "$TMP/p.log" || return
	done
	echo "files converted: 1.1 $(grep -c '^--- a/' "$TMP/p11.diff"), 1.3 $(grep -c '^--- a/' "$TMP/p13.diff")"
	diff -r "$TMP/p11" "$TMP/p13" >"$TMP/p.diff" ||
		fail "the conversions differ:" "$TMP/p.diff"
}

# A spatch that cannot load Python: Coccinelle 1.3 finds libpython at run
# time.  In its own mount namespace (scripts/debian-root's), the library
# of the unstable system is made unreadable, as if libpython3.X were not
# installed; spatch itself is the real one.
test_spatch_no_python()
{
	local want=$1 lib

	need POS || return
	lib=$("$SID" sid -- sh -c 'ls /usr/lib/*/libpython3.*.so.1.0' 2>/dev/null | head -n 1)
	[ -n "$lib" ] || fail "no libpython3.X in $SID sid: run 'make deps-compilers'" || return
	rc=0
	if [ "$want" = error ]; then
		# shellcheck disable=SC2016 # expanded by that sh
		"$SID" sid -- sh -c 'mount --bind /dev/null "$0" && exec "$@"' "$lib" \
			bin/gfpzero scan --backend=cocci "$POS" >"$TMP/out" 2>"$TMP/err" || rc=$?
		[ "$rc" -eq 2 ] || fail "exit status $rc, expected 2:" "$TMP/err" || return
		[ "$(wc -l <"$TMP/err")" -eq 1 ] || fail "not one line:" "$TMP/err" || return
		lib=$(basename "$lib" .so.1.0)
		grep -qx "gfpzero: error: spatch cannot load Python ($lib.so not found): install the Debian package $lib" \
			"$TMP/err" || fail "no message naming $lib:" "$TMP/err"
	else
		"$SID" sid -- bin/gfpzero scan --backend=cocci "$POS" \
			>"$TMP/out" 2>"$TMP/err" || rc=$?
		[ "$rc" -eq 1 ] || fail "exit status $rc, expected 1:" "$TMP/err" || return
		! grep -q 'cannot load Python' "$TMP/err" || fail "an error:" "$TMP/err"
	fi
}

# --- a GCC older than 11 ------------------------------------------------

OLD_CC="$SID bullseye -- gcc-10"

# test_old_gcc CMD...: CMD with CC=gcc-10 exits 2 (make: fails) with one
# message naming GCC 10, and builds no plugin.
test_old_gcc()
{
	local k=$TMP/oldconf

	need POS || return
	mkdir -p "$k"
	touch "$k/Makefile" "$k/Kconfig" "$k/.config"
	rc=0
	case "$1" in
	make)	make -s -C "$ROOT" CC="$OLD_CC" PLUGIN="$TMP/old.so" \
			PLUGIN_FOR="$TMP/old.for" plugin >"$TMP/out" 2>"$TMP/err" || rc=$?
		[ "$rc" -ne 0 ] || fail "make succeeded" || return
		[ ! -e "$TMP/old.so" ] || fail "a plugin was written" || return
		grep -q "^gfpzero: error: '$OLD_CC' is GCC 10\.[0-9.]*: the gfpzero plugin needs GCC 11 or later\$" \
			"$TMP/err" || fail "no message:" "$TMP/err"
		return ;;
	scan)	env -u GFPZERO_PLUGIN CC="$OLD_CC" bin/gfpzero scan "$POS" \
			>"$TMP/out" 2>"$TMP/err" || rc=$? ;;
	kbuild)	env -u GFPZERO_PLUGIN CC="$OLD_CC" bin/gfpzero kbuild "$k" \
			>"$TMP/out" 2>"$TMP/err" || rc=$? ;;
	esac
	[ "$rc" -eq 2 ] || fail "exit status $rc, expected 2:" "$TMP/err" || return
	[ "$(wc -l <"$TMP/err")" -eq 1 ] || fail "not one line:" "$TMP/err" || return
	grep -qx "gfpzero: error: $OLD_CC is GCC 10\.[0-9.]*: the gfpzero plugin needs GCC 11 or later (.*)" \
		"$TMP/err" || fail "no message naming GCC 10:" "$TMP/err"
}

# GCC 11, the oldest supported: scan builds its plugin (under
# build/<triplet>-gcc-11/) and finds.
test_gcc11_scan()
{
	need POS || return
	rc=0
	env -u GFPZERO_PLUGIN CC=gcc-11 bin/gfpzero scan "$POS" \
		>"$TMP/out" 2>"$TMP/err" || rc=$?
	[ "$rc" -eq 1 ] || fail "exit status $rc, expected 1:" "$TMP/out" "$TMP/err" || return
	grep -q '\[double-zeroing\]$' "$TMP/out" || fail "no finding:" "$TMP/out" || return
	[ -f "build/$(gcc-11 -dumpmachine)-gcc-11/gfpzero_plugin.so" ] ||
		fail "no plugin in build/$(gcc-11 -dumpmachine)-gcc-11/"
}

# scan with CC set uses a plugin built for that CC, not the default
# build/gfpzero_plugin.so (which is there): a gcc without plugin headers
# (tests/run's nohdr_cc) is named, with the package to install.
test_scan_cc_no_headers()
{
	need POS || return
	nohdr_cc || return
	[ -f build/gfpzero_plugin.so ] || fail "no build/gfpzero_plugin.so" || return
	rc=0
	env -u GFPZERO_PLUGIN CC="$NOHDR_CC" bin/gfpzero scan "$POS" \
		>"$TMP/out" 2>"$TMP/err" || rc=$?
	[ "$rc" -eq 2 ] || fail "exit status $rc, expected 2:" "$TMP/err" || return
	[ "$(wc -l <"$TMP/err")" -eq 1 ] || fail "not one line:" "$TMP/err" || return
	grep -qx "gfpzero: error: GCC plugin headers for '$NOHDR_CC' not found: .*; install the Debian package gcc-[0-9]*-plugin-dev" \
		"$TMP/err" || fail "no message:" "$TMP/err"
}

suite_compilers()
{
	local v

	echo "# compilers: GCC $COMPILERS; Coccinelle 1.1 and 1.3"
	for v in $COMPILERS; do
		suite_gcc "$v"
	done
	for v in $COMPILERS; do
		[ "$v" != 12 ] && [ -d "$TMP/json/gcc-$v" ] || continue
		t "gcc-$v: every case's JSON is GCC 12's, byte for byte" test_same_json "$v"
	done
	t "coccinelle: 1.1 here, 1.3 in Debian unstable" test_spatch_versions
	t "coccinelle 1.3: the corpus gives 1.1's findings, JSON byte for byte" \
		test_cocci13_scan
	echo "# coccinelle: findings over the corpus: 1.1 $(jq length "$TMP/c11.json" 2>/dev/null)," \
		"1.3 $(jq length "$TMP/c13.json" 2>/dev/null)"
	t "coccinelle 1.3: gfpzero patch converts as 1.1 does, file for file" \
		test_cocci13_patch
	echo "# coccinelle: files converted: 1.1 $(grep -c '^--- a/' "$TMP/p11.diff" 2>/dev/null)," \
		"1.3 $(grep -c '^--- a/' "$TMP/p13.diff" 2>/dev/null)"
	t "coccinelle 1.3: a spatch that cannot load Python exits 2 naming libpython3.X" \
		test_spatch_no_python error
	t "coccinelle 1.3: with libpython3.X installed, no such error" \
		test_spatch_no_python ok
	t "gcc-10 (Debian 11): make plugin fails naming GCC 10" test_old_gcc make
	t "gcc-10 (Debian 11): scan exits 2 naming GCC 10" test_old_gcc scan
	t "gcc-10 (Debian 11): kbuild exits 2 naming GCC 10" test_old_gcc kbuild
	t "gcc-11: scan builds the plugin for it and finds" test_gcc11_scan
	t "scan with CC set: a gcc without plugin headers exits 2 naming the package" \
		test_scan_cc_no_headers
}
