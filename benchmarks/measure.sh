#!/usr/bin/env bash
# Runs the measurements behind docs/performance.md and writes them to benchmarks/results/<time>/:
# the JMH suite (JSON + text), the large (2^28) whole-step cases, `spinsim bench`, with the load
# average and the machine recorded beside them. About 35 minutes on a 2-vCPU machine; run it when
# nothing else runs (the load average is printed before each part: above ~1 the numbers are low).
#   benchmarks/measure.sh            everything
#   benchmarks/measure.sh quick      the in-cache kernels and the 2^16/2^24 steps only (~15-20 min)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
out="benchmarks/results/$(date +%Y%m%d-%H%M%S)"
mkdir -p "$out"
mode="${1:-full}"

echo "building..." >&2
mvn -q -B -DskipTests -pl benchmarks,sim-runner -am package
jar=benchmarks/target/benchmarks.jar

{
    echo "date: $(date -Is)"
    echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | xargs), $(nproc) processors"
    grep -E 'MemTotal' /proc/meminfo
    java -version 2>&1 | head -1
    echo "THP: $(cat /sys/kernel/mm/transparent_hugepage/enabled 2>/dev/null || echo n/a)"
} > "$out/machine.txt"
cat "$out/machine.txt" >&2

jmh() {
    local name="$1"; shift
    echo "load before $name: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$out/load.txt" >&2
    java -jar "$jar" "$@" -rf json -rff "$out/$name.json" > "$out/$name.txt" 2>&1
    grep -E '^(Benchmark|[A-Z][A-Za-z]+Benchmark)' "$out/$name.txt" >&2 || true
    echo "load after $name: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$out/load.txt" >&2
}

# in-cache kernels (the engine's default, Vector API fill): fused (engine), previous kernels,
# pairing alone, scattering alone; naive reference
jmh kernels 'ScatteringKernelBenchmark|NaiveReferenceBenchmark' -p fill=vector -f 2 -wi 6 -i 5 -w 1 -r 1
# the fill pass: Vector API against the scalar loop, whole fused kernel (3 forks each), and the
# fill and Marsaglia candidates alone
jmh kernels-fill 'ScatteringKernelBenchmark.fused$' -p rule=paper -p fill=vector,scalar -f 3 -wi 6 -i 5 -w 1 -r 1
jmh vector-api 'VectorApiBenchmark'
# interleaved A/B in one JVM per size: the engine's kernel against the second pass's frozen copy
# (TableBatchedKernels) and against itself with the scalar fill
echo "load before kernel-ab: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$out/load.txt" >&2
for n in 16384 65536; do
    for base in table scalar-fill; do
        java --add-modules=jdk.incubator.vector -cp "$jar" spinsim.bench.KernelAB "$n" 40 "$base" 2>>"$out/kernel-ab.err"
    done
done | tee "$out/kernel-ab.txt" >&2
# whole steps, 2^16 and 2^24, blocked and exact, 1 and 2 threads
jmh steps 'SimulationStepBenchmark' -p fill=vector -f 1 -wi 3 -i 5 -w 2 -r 2
if [ "$mode" != quick ]; then
    jmh pairing 'PairingBenchmark' -f 1 -wi 2 -i 5 -w 2 -r 2
    jmh processes 'ProcessBenchmark' -f 1 -wi 6 -i 5 -w 1 -r 1
    # 2^28 states (3.5 GB): blocked on 1 and 2 threads (2 forks each), the exact matching on 1 thread;
    # -jvmArgsAppend replaces the benchmark's own (huge pages, the Vector API module): repeat them
    big_jvm="-Xmx10g -XX:+UseParallelGC -XX:NewRatio=7 -XX:+UseTransparentHugePages --add-modules=jdk.incubator.vector"
    jmh steps-2e28-blocked 'SimulationStepBenchmark' -p size=268435456 -p pairing=blocked -p fill=vector -f 2 \
        -wi 2 -i 5 -w 4 -r 4 -jvmArgsAppend "$big_jvm"
    jmh steps-2e28-exact 'SimulationStepBenchmark' -p size=268435456 -p pairing=sweep -p threads=1 -p fill=vector \
        -f 1 -wi 1 -i 3 -w 1 -r 1 -jvmArgsAppend "$big_jvm"
    echo "load before bench: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$out/load.txt" >&2
    ./spinsim bench 2>&1 | tee "$out/bench.txt" >&2
    # 2^28 in the bench: ~10 timed steps per row (a step takes ~2 s on one thread)
    echo "load before bench-2e28: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$out/load.txt" >&2
    ./spinsim bench --sizes 28 --seconds 20 --no-exact 2>&1 | tee "$out/bench-2e28.txt" >&2
fi
echo "results in $out" >&2
