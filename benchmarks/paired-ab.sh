#!/usr/bin/env bash
# Paired A/B of two JVM set-ups (a JDK, or JVM flags) on the fused kernel, for a host whose
# other tenants slow one core at a time: A and B run spinsim.bench.PassProbe at the same time,
# one pinned to each core, and swap cores every pair. A disturbance then shows as one slow side
# of a pair; the pairs where neither side is slower than CUT ns per pair are compared (their
# median time ratio B / A). Both sides share the L3 while paired, so absolute times at 2^16 are
# ~5 % above a lone run's; use the ratio, not the times.
#
#   benchmarks/paired-ab.sh "JAVA_A [FLAGS]" "JAVA_B [FLAGS]" [size=65536] [pairs=12] [cut=12.5]
#
# e.g. JDK 17 against JDK 25 (docs/performance.md, sixth pass):
#   benchmarks/paired-ab.sh java /usr/lib/jvm/temurin-25-jdk-amd64/bin/java 65536 12 12.5
# Needs taskset (util-linux) and two cores; the jar from `mvn -B -q install -DskipTests`.
set -euo pipefail
if [ $# -lt 2 ]; then
    sed -n '2,14p' "$0" >&2
    exit 2
fi
a_cmd=$1
b_cmd=$2
size=${3:-65536}
pairs=${4:-12}
cut=${5:-12.5}
here=$(cd "$(dirname "$0")" && pwd)
jar=$here/target/benchmarks.jar
if [ ! -f "$jar" ]; then
    echo "paired-ab: $jar not found; build with: mvn -B -q install -DskipTests" >&2
    exit 2
fi
if ! command -v taskset > /dev/null; then
    echo "paired-ab: taskset not found (Debian: apt-get install util-linux)" >&2
    exit 2
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
probe=(--add-modules=jdk.incubator.vector -cp "$jar" spinsim.bench.PassProbe "$size" 40)
echo "# A: $a_cmd"
echo "# B: $b_cmd"
echo "# size $size, $pairs pairs, undisturbed = both sides below $cut ns per pair"
for r in $(seq 1 "$pairs"); do
    if [ $((r % 2)) = 1 ]; then ca=0; cb=1; else ca=1; cb=0; fi
    # the commands are split into words on purpose: a java binary and its flags
    # shellcheck disable=SC2086
    taskset -c $ca $a_cmd "${probe[@]}" > "$tmp/a" 2>&1 &
    pa=$!
    # shellcheck disable=SC2086
    taskset -c $cb $b_cmd "${probe[@]}" > "$tmp/b" 2>&1 &
    pb=$!
    wait $pa $pb || { echo "paired-ab: a probe failed:" >&2; cat "$tmp/a" "$tmp/b" >&2; exit 1; }
    ta=$(grep -o 'whole kernel [0-9.]*' "$tmp/a" | grep -o '[0-9.]*$')
    tb=$(grep -o 'whole kernel [0-9.]*' "$tmp/b" | grep -o '[0-9.]*$')
    echo "$(date +%H:%M:%S) pair $r A@cpu$ca $ta B@cpu$cb $tb ns/pair"
done | tee "$tmp/pairs"
awk -v cut="$cut" '$1 !~ /^#/ {
        n++
        if ($5 < cut && $7 < cut) { u++; r[u] = $7 / $5 }
    }
    END {
        if (u == 0) { print "no pair with both sides below " cut " ns: the host was disturbed throughout; retry later"; exit }
        # median of the ratios (insertion sort: a handful of values)
        for (i = 2; i <= u; i++) { v = r[i]; j = i - 1; while (j > 0 && r[j] > v) { r[j + 1] = r[j]; j-- } r[j + 1] = v }
        med = (u % 2) ? r[(u + 1) / 2] : (r[u / 2] + r[u / 2 + 1]) / 2
        printf "undisturbed pairs: %d of %d; time B / A: median %.3f (min %.3f, max %.3f)\n", u, n, med, r[1], r[u]
    }' "$tmp/pairs"
