#!/usr/bin/env bash
# Paired A/B of two JVM set-ups (a JDK, or JVM flags) on the fused kernel, for a host whose
# other tenants slow one core at a time: A and B run spinsim.bench.PassProbe at the same time,
# one pinned to each of CPUs 0 and 1, and swap CPUs every pair. A disturbance then shows as a
# slow side of a pair; the pairs where neither side is slower than CUT ns per pair are compared
# (their median time ratio B / A). The cut depends on the size and the host: read it off the
# printed pairs (on this host 12.5 at 2^16, 11.5 at 2^14). Both sides share the L3 while paired,
# so absolute times at 2^16 are ~5 % above a lone run's; use the ratio, not the times.
#
#   benchmarks/paired-ab.sh "JAVA_A [FLAGS]" "JAVA_B [FLAGS]" [size=65536] [pairs=12] [cut=12.5]
#
# e.g. JDK 17 against JDK 25 (docs/performance.md, sixth pass):
#   benchmarks/paired-ab.sh "java -XX:+UseParallelGC" "/usr/lib/jvm/temurin-25-jdk-amd64/bin/java -XX:+UseParallelGC"
# Needs taskset (util-linux), CPUs 0 and 1 on different physical cores, and the jar from
# `mvn -B -q install -DskipTests`.
set -euo pipefail
set -f # the JVM commands are split into words below, never glob-expanded
usage() {
    sed -n '2,15p' "$0" >&2
    exit 2
}
[ $# -ge 2 ] || usage
a_cmd=$1
b_cmd=$2
size=${3:-65536}
pairs=${4:-12}
cut=${5:-12.5}
[[ $size =~ ^[0-9]+$ && $size -ge 2 ]] || { echo "paired-ab: size must be an integer >= 2, got '$size'" >&2; exit 2; }
[[ $pairs =~ ^[0-9]+$ && $pairs -ge 1 ]] || { echo "paired-ab: pairs must be an integer >= 1, got '$pairs'" >&2; exit 2; }
[[ $cut =~ ^[0-9]+([.][0-9]+)?$ ]] || { echo "paired-ab: cut must be a number of ns per pair, got '$cut'" >&2; exit 2; }
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
if ! taskset -c 0,1 true 2> /dev/null; then
    echo "paired-ab: needs CPUs 0 and 1" >&2
    exit 2
fi
siblings=/sys/devices/system/cpu/cpu0/topology/thread_siblings_list
if [ -r "$siblings" ] && grep -qE '(^|[,-])1($|[,-])' "$siblings"; then
    echo "paired-ab: warning: CPUs 0 and 1 are threads of one core; the pairs will disturb each other" >&2
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# PassProbe prints with Locale.ROOT; the language flags keep older jars' output parseable too
probe=(-Duser.language=en -Duser.country=US --add-modules=jdk.incubator.vector -cp "$jar"
    spinsim.bench.PassProbe "$size" 40)
read -ra a_words <<< "$a_cmd"
read -ra b_words <<< "$b_cmd"
echo "# A: $a_cmd"
echo "# B: $b_cmd"
echo "# size $size, $pairs pairs, undisturbed = both sides below $cut ns per pair"
time_of() {
    grep -oE 'whole kernel [0-9]+[.][0-9]+' "$1" | grep -oE '[0-9]+[.][0-9]+$' || {
        echo "paired-ab: no 'whole kernel' time in the output of $2:" >&2
        cat "$1" >&2
        return 1
    }
}
for r in $(seq 1 "$pairs"); do
    if [ $((r % 2)) = 1 ]; then ca=0; cb=1; else ca=1; cb=0; fi
    taskset -c $ca "${a_words[@]}" "${probe[@]}" > "$tmp/a" 2>&1 &
    pa=$!
    taskset -c $cb "${b_words[@]}" "${probe[@]}" > "$tmp/b" 2>&1 &
    pb=$!
    fa=0
    fb=0
    wait $pa || fa=$?
    wait $pb || fb=$?
    if [ $fa != 0 ] || [ $fb != 0 ]; then
        echo "paired-ab: a probe failed (A exit $fa, B exit $fb); A's output:" >&2
        cat "$tmp/a" >&2
        echo "B's output:" >&2
        cat "$tmp/b" >&2
        exit 1
    fi
    ta=$(time_of "$tmp/a" A)
    tb=$(time_of "$tmp/b" B)
    echo "$(date +%H:%M:%S) pair $r A@cpu$ca $ta B@cpu$cb $tb ns/pair"
done | tee "$tmp/pairs"
awk -v cut="$cut" '$1 !~ /^#/ {
        n++
        if ($5 < cut && $7 < cut) { u++; r[u] = $7 / $5 }
    }
    END {
        if (u == 0) { print "no pair with both sides below " cut " ns: the host was disturbed throughout, or the cut is too low"; exit 1 }
        # median of the ratios (insertion sort: a handful of values)
        for (i = 2; i <= u; i++) { v = r[i]; j = i - 1; while (j > 0 && r[j] > v) { r[j + 1] = r[j]; j-- } r[j + 1] = v }
        med = (u % 2) ? r[(u + 1) / 2] : (r[u / 2] + r[u / 2 + 1]) / 2
        printf "undisturbed pairs: %d of %d; time B / A: median %.3f (min %.3f, max %.3f)\n", u, n, med, r[1], r[u]
    }' "$tmp/pairs"
