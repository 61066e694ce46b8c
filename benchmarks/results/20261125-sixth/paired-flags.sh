#!/bin/bash
# the JMH forks' JVM flags (G1, 4 KB pages) against the launcher's (ParallelGC, THP), PassProbe at
# the same time, one per core, cores swapped every pair
BASE="--add-modules=jdk.incubator.vector"
A="$BASE"
B="$BASE -XX:+UseParallelGC -XX:NewRatio=7 -XX:+UseTransparentHugePages"
CP="-cp /tmp/s6/head2.jar spinsim.bench.PassProbe"
for size in 65536 16384; do
 for r in $(seq 1 12); do
  if [ $((r % 2)) = 1 ]; then ca=0; cb=1; else ca=1; cb=0; fi
  taskset -c $ca java $A $CP $size 40 > /tmp/s6/pa.txt 2>&1 &
  p1=$!
  taskset -c $cb java $B $CP $size 40 > /tmp/s6/pb.txt 2>&1 &
  p2=$!
  wait $p1 $p2
  echo "$(date +%H:%M:%S) size $size round $r jmh-flags@cpu$ca: $(grep -o 'whole kernel [0-9.]*' /tmp/s6/pa.txt) | launcher-flags@cpu$cb: $(grep -o 'whole kernel [0-9.]*' /tmp/s6/pb.txt)"
 done
done
