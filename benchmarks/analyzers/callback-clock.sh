#!/usr/bin/env bash
# The CPU time each Privacy.Kit rule spends in its own callbacks during real builds of the generated 1,000-file project,
# against the CPU time of the same csc process. The rules are built with callback-clock/ compiled in (every action a
# rule registers is wrapped and timed in thread CPU time, CLOCK_THREAD_CPUTIME_ID), so, unlike ReportAnalyzer's
# stopwatch, a callback's figure does not include the time slices other threads get while it runs. What no callback
# contains (the driver's dispatch, JIT-compiling the rules, garbage collection) is not in it either: the A/B of
# build-1000-files.sh measures the whole.
# Usage: benchmarks/analyzers/callback-clock.sh [builds] [files] [shape]
#   (from the repository root, Linux only; default 4 builds, 1000 files, shape clean; the working tree is measured,
#   uncommitted changes included). The builds are build-1000-files.sh's ReportAnalyzer builds, one alone on each core,
#   plus its two warm-up builds.
set -euo pipefail

builds="${1:-4}"
files="${2:-1000}"
shape="${3:-clean}"
repo="$(cd "$(dirname "$0")/../.." && pwd)"
if [[ "$(uname -s)" != Linux ]]; then
  echo "The callback clock reads CLOCK_THREAD_CPUTIME_ID through libc: run it on Linux." >&2
  exit 2
fi
if ! [[ "$builds" =~ ^[0-9]+$ && "$files" =~ ^[0-9]+$ ]]; then
  echo "builds and files must be whole numbers (got '$builds', '$files')." >&2
  exit 2
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# A copy of the working tree without build output, so the clocked build shares no obj/ with the normal one.
(cd "$repo" && git ls-files --cached --others --exclude-standard -z | tar --null -T - -cf -) | (mkdir -p "$work/repo" && tar -xf - -C "$work/repo")
dotnet build "$work/repo/analyzers/Privacy.Kit.Analyzers/Privacy.Kit.Analyzers.csproj" -c Release -v:q -nologo -p:PrivacyKitCallbackClock=true > "$work/build.log" \
  || { cat "$work/build.log" >&2; exit 1; }
clocked="$work/repo/analyzers/Privacy.Kit.Analyzers/bin/Release/netstandard2.0/Privacy.Kit.Analyzers.dll"

# Its ReportAnalyzer figures are not printed: the clock's own calls into libc make that stopwatch count garbage
# collections a callback waits for, so they are not comparable with a build of the shipped rules.
PK_CALLBACK_CLOCK="$work/clock.txt" bash "$repo/benchmarks/analyzers/build-1000-files.sh" 0 "$files" "$clocked,$clocked" $(((builds + 1) / 2)) "$work/results" "$shape" > "$work/builds.log" \
  || { cat "$work/builds.log" >&2; exit 1; }

# clock.txt: "pid process-cpu callback seconds calls" for each callback kind of each csc process.
echo "Callback CPU time (thread CPU), $(awk '{ print $1 }' "$work/clock.txt" | sort -u | wc -l) csc processes, shape $shape: mean seconds and calls per build, share of the same process's CPU"
awk '{ rule = $3; sub(/:.*/, "", rule); s[rule] += $4; n[rule] += $5; share[rule] += $4 / $2; t[$1] += $4; cpu[$1] = $2 }
  END {
    for (p in t) { builds++; total += t[p]; totalshare += t[p] / cpu[p]; process += cpu[p] }
    for (r in s) printf "  %-48s %7.3f s %8d calls %6.2f%%\n", r, s[r] / builds, n[r] / builds, share[r] * 100 / builds
    printf "  %-48s %7.3f s %15s %6.2f%%  (of %.2f s csc CPU)\n", "all Privacy.Kit callbacks", total / builds, "", totalshare * 100 / builds, process / builds
  }' "$work/clock.txt" | sort -k2 -nr
