#!/usr/bin/env bash
# side-by-side.sh — kops itself (kops-oracle) and podnet on the same generated specs, in one run.
#
# Usage: networking-benchmarks/scripts/side-by-side.sh [KOPS_ORACLE] 
#   KOPS_ORACLE  the kops-oracle command (or env KOPS_ORACLE); e.g. ../shared/kops-oracle/kops-oracle
#   env COUNT    number of specs (default 16), RELEASE (default v1.33.1), PROVIDERS (default "calico cilium")
#   env PASSES   in-process passes over the specs after the first (default 200)
#   env PODNET   the podnet command (default: the repository's ./podnet launcher)
#   env BENCH_CP class path of the in-process part (default: networking-benchmarks/target/benchmarks.jar)
#
# Needs podnet-cli/target/podnet.jar and networking-benchmarks/target/benchmarks.jar
# (mvn -B -q package -DskipTests). Times, per spec, alternating kops and podnet:
#   kops     kops-oracle RELEASE spec OUTDIR: kops' defaulting, validation and channel build, process start included
#   podnet   ./podnet render --kops-version RELEASE spec: read, complete, validate, render; JVM start included
# (wall time, and CPU time user + sys, which a loaded machine inflates far less)
# then podnet on all specs in one process (./podnet render DIR, the batch form), and podnet in-process
# (FilesMain: first pass after JVM start, then warm passes over the same specs), and prints medians and ratios.
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
oracle=${1:-${KOPS_ORACLE:-}}
[ -n "$oracle" ] || { echo "usage: $0 KOPS_ORACLE (or set KOPS_ORACLE)" >&2; exit 2; }
[ -x "$oracle" ] || { echo "side-by-side: $oracle is not executable" >&2; exit 2; }
count=${COUNT:-16}
release=${RELEASE:-v1.33.1}
providers=${PROVIDERS:-calico cilium}
passes=${PASSES:-200}
bench=${BENCH_CP:-$here/networking-benchmarks/target/benchmarks.jar}
podnet=${PODNET:-$here/podnet}
[ -n "${BENCH_CP:-}" ] || [ -f "$bench" ] && [ -f "$here/podnet-cli/target/podnet.jar" ] || {
  echo "side-by-side: build first: mvn -B -q package -DskipTests" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# shellcheck disable=SC2086
java -cp "$bench" dev.podnet.benchmarks.WriteFleet "$work/specs" "$count" "$release" $providers
$podnet releases >/dev/null # builds the class-data archive of the launcher once, outside the timings

now() { date +%s%N; }
# CPU seconds (user + sys) of one command and its children, from bash's own `time`: on a shared machine
# wall time counts other processes' turns, CPU time far less.
cpu_ms() {
  local TIMEFORMAT='%U %S' t
  t=$( { time "$@" >/dev/null 2>&1; } 2>&1 ) || true
  awk -v u="${t% *}" -v s="${t#* }" 'BEGIN { printf "%d", (u + s) * 1000 }'
}
kops_ms=()
podnet_ms=()
kops_cpu=()
podnet_cpu=()
# per provider too (WriteFleet names each file NNN-RELEASE-PROVIDER-NNN.yaml): one line of "provider kops podnet" each
per_provider=()
for f in "$work"/specs/*.yaml; do
  t0=$(now); kc=$(cpu_ms "$oracle" "$release" "$f" "$work/kops-out"); t1=$(now)
  pc=$(cpu_ms $podnet render --kops-version "$release" "$f"); t2=$(now)
  kops_ms+=($(( (t1 - t0) / 1000000 )))
  podnet_ms+=($(( (t2 - t1) / 1000000 )))
  kops_cpu+=("$kc")
  podnet_cpu+=("$pc")
  name=${f##*/}; name=${name#*-}; name=${name#*-}; name=${name%-*}
  per_provider+=("$name $(( (t1 - t0) / 1000000 )) $(( (t2 - t1) / 1000000 ))")
  rm -rf "$work/kops-out"
done
t0=$(now); $podnet render --kops-version "$release" "$work/specs" >/dev/null 2>&1 || true; t1=$(now)
batch_ms=$(( (t1 - t0) / 1000000 ))
inproc=$(java -XX:+UseSerialGC -Xmx128m -cp "$bench" dev.podnet.benchmarks.FilesMain "$work/specs" "$release" "$passes")

median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
km=$(median "${kops_ms[@]}")
pm=$(median "${podnet_ms[@]}")
kc=$(median "${kops_cpu[@]}")
pc=$(median "${podnet_cpu[@]}")
field() { echo "$inproc" | tr ' ' '\n' | awk -v k="$1" 'prev == k {print; exit} {prev = $0}'; }
first=$(field first_pass_ms_per_spec)
nocache=$(field warm_nocache_median_ms_per_spec)
hit=$(field warm_repeat_median_ms_per_spec)
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf (b > 0 ? "%.1f" : "n/a"), a / b }'; }

echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); $count specs of kops $release ($providers), seeded generator"
echo "kops-oracle per spec (process)                          median ${km} ms"
echo "./podnet render per spec (process, JVM start)           median ${pm} ms    kops/podnet $(ratio "$km" "$pm")"
echo "  the same two, CPU time (user + sys): kops-oracle median ${kc} ms, ./podnet render median ${pc} ms    kops/podnet $(ratio "$kc" "$pc")"
for p in $providers; do
  pk=(); pp=()
  for row in "${per_provider[@]}"; do
    set -- $row
    [ "$1" = "$p" ] && pk+=("$2") && pp+=("$3")
  done
  [ ${#pk[@]} -gt 0 ] || continue
  k=$(median "${pk[@]}"); q=$(median "${pp[@]}")
  printf '  %-52s median %s ms against %s ms    kops/podnet %s\n' "$p specs only (${#pk[@]}): kops-oracle, ./podnet render" "$k" "$q" "$(ratio "$k" "$q")"
done
echo "./podnet render DIR, all specs in one process           $(ratio "$batch_ms" "$count") ms/spec    kops/podnet $(ratio "$km" "$(ratio "$batch_ms" "$count")")"
echo "podnet in-process, first pass after JVM start          ${first} ms/spec    kops/podnet $(ratio "$km" "$first")"
echo "podnet in-process, warm JIT, nothing memoised           ${nocache} ms/spec    kops/podnet $(ratio "$km" "$nocache")"
echo "podnet in-process, warm, same specs again (cache hits)  ${hit} ms/spec    kops/podnet $(ratio "$km" "$hit")"
echo "(in-process raw: $inproc)"
