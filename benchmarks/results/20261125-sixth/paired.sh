#!/bin/bash
# JDK 17 and JDK 25 run the same PassProbe at the same time, one per core, cores swapped every round:
# the host's disturbance hits both sides of a pair alike
J25=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
OPTS="--add-modules=jdk.incubator.vector -XX:+UseParallelGC -cp /tmp/s6/head2.jar spinsim.bench.PassProbe"
for size in 65536 16384; do
 for r in $(seq 1 12); do
  if [ $((r % 2)) = 1 ]; then c17=0; c25=1; else c17=1; c25=0; fi
  taskset -c $c17 java $OPTS $size 40 > /tmp/s6/p17.txt 2>&1 &
  p1=$!
  taskset -c $c25 $J25 $OPTS $size 40 > /tmp/s6/p25.txt 2>&1 &
  p2=$!
  wait $p1 $p2
  echo "$(date +%H:%M:%S) size $size round $r jdk17@cpu$c17: $(grep -o 'whole kernel [0-9.]*' /tmp/s6/p17.txt) | jdk25@cpu$c25: $(grep -o 'whole kernel [0-9.]*' /tmp/s6/p25.txt)"
 done
done
