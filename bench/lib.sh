# SPDX-License-Identifier: GPL-2.0-only
# shellcheck shell=bash
#
# bench/lib.sh: what the bench scripts share.  Sourced, not run.
#
# A figure is the ratio of two commands, ours and an anchor, run
# alternately PAIRS times (default 3) in one run: the median CPU seconds
# (user+sys of the whole process tree, as bash's "time" counts waited-for
# children) and the median wall seconds of each, and their ratios.
# Figures are printed as rows of one markdown table:
#   | figure | ours | anchor | ratio | goal |

PAIRS=${PAIRS:-3}
[[ $PAIRS =~ ^[1-9][0-9]*$ ]] || { echo "bench: bad PAIRS: $PAIRS" >&2; exit 2; }

# timed NAME CMD...: run CMD (its output to $BENCH_TMP/NAME.out), append
# "cpu wall" to $BENCH_TMP/NAME.t.  A failing CMD stops the bench.
timed()
{
	local name=$1 t

	shift
	t=$( { TIMEFORMAT='%U %S %R'; time "$@" >"$BENCH_TMP/$name.out" 2>&1; } 2>&1 ) || {
		echo "bench: $name failed: $*" >&2
		tail -20 "$BENCH_TMP/$name.out" >&2
		exit 1
	}
	awk '{ printf "%.2f %.2f\n", $1 + $2, $3 }' <<<"${t##*$'\n'}" \
		>>"$BENCH_TMP/$name.t"
	echo "bench: $name: $(tail -n 1 "$BENCH_TMP/$name.t") (cpu wall, s)" >&2
}

# median NAME FIELD: FIELD 1 cpu, 2 wall
median()
{
	cut -d' ' -f"$2" "$BENCH_TMP/$1.t" | sort -n |
		awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'
}

# row FIGURE OURS ANCHOR GOAL: one table row, ratio OURS / ANCHOR
row()
{
	awk -v f="$1" -v a="$2" -v b="$3" -v g="$4" \
		'BEGIN { printf "| %s | %.2f | %.2f | %.4f | %s |\n", f, a, b, a / b, g }'
}

# rows LABEL OURS ANCHOR CPUGOAL WALLGOAL: the CPU and the wall rows
rows()
{
	row "$1, CPU s" "$(median "$2" 1)" "$(median "$3" 1)" "$4"
	row "$1, wall s" "$(median "$2" 2)" "$(median "$3" 2)" "$5"
}

# structleak_plugin KDIR OUT: the tree's own structleak plugin, built
# from KDIR/scripts/gcc-plugins/ with kbuild's flags, as OUT (the anchor
# of the plugin figures: one of the kernel's own plugins)
structleak_plugin()
{
	g++ -shared -fPIC -O2 -std=gnu++11 -fno-rtti -fno-exceptions \
		-fasynchronous-unwind-tables -Wno-narrowing -Wno-unused-variable \
		-Wno-format-diag -I "$(gcc -print-file-name=plugin)/include" \
		-I "$1/scripts/gcc-plugins" \
		-include "$1/include/linux/compiler-version.h" \
		-DPLUGIN_VERSION='"bench"' \
		-o "$2" "$1/scripts/gcc-plugins/structleak_plugin.c"
}
