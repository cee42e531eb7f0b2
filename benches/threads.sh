#!/usr/bin/env bash
# Where a run's time goes, thread by thread: runs COMMAND under GNU time
# and reads /proc/PID/task/*/schedstat every 50 ms, then prints for each
# thread (the main thread first) its CPU time, its time waiting for a CPU
# (run queue: the machine's load) and its time blocked (elapsed - both:
# waiting for work, a lock or I/O). The README's batch-scaling figures:
#
#   bash benches/threads.sh target/release/claimscan extract -q -j 2 target/bench-batch/in -o out.csv
set -euo pipefail
log=$(mktemp)
/usr/bin/time -f "elapsed %e s, user %U s, sys %S s, peak RSS %M KB, share of a CPU %P" -o "$log" "$@" &
tpid=$!
sleep 0.02
pid=$(pgrep -P $tpid | head -1)
declare -A cpu rq born
last=$(date +%s.%N)
while kill -0 "$pid" 2>/dev/null; do
  now=$(date +%s.%N)
  for t in /proc/"$pid"/task/*; do
    read -r c r _ < "$t/schedstat" 2>/dev/null || continue
    tid=${t##*/}; cpu[$tid]=$c; rq[$tid]=$r; [ -z "${born[$tid]:-}" ] && born[$tid]=$now
  done
  last=$now
  sleep 0.05
done
wait $tpid || true
echo "$(cat "$log"), load $(cut -d' ' -f1-3 /proc/loadavg)"
for tid in $(printf '%s\n' "${!cpu[@]}" | sort -n); do
  name=worker; [ "$tid" = "$pid" ] && name=main
  awk -v n=$name -v c="${cpu[$tid]}" -v r="${rq[$tid]}" -v b="${born[$tid]}" -v e="$last" \
    'BEGIN{printf "  %-6s cpu %.2f s, run queue %.2f s, blocked %.2f s\n", n, c/1e9, r/1e9, (e-b)-c/1e9-r/1e9}'
done
rm -f "$log"
