#!/usr/bin/env bash
# Measures what the Privacy.Kit analyzers add to a build of a generated project of 1,000 C# files, as CPU time, with
# the two configurations built AT THE SAME TIME ON THE SAME CORE (taskset), a pair on each of the two cores every
# round. The host this VM runs on changes each core's speed from minute to minute (steal time, other guests), which
# moves sequential builds by +-20% and even two builds on the two cores apart (an A/A pair one per core spread
# +-10%); two builds sharing one core are interleaved by the kernel every few milliseconds and so run at the same
# speed at the same time, and the ratio of their CPU times cancels the drift. When one build of a pair finishes
# first, the same build runs again in its place (a filler, stopped and not measured) until the other ends, so the
# slower build never has the core to itself for its last seconds.
# CPU time is user + sys of the whole process tree from /usr/bin/time (dotnet, MSBuild and csc, a child process since
# UseSharedCompilation=false): on one core it is the build's time. At the end it prints the per-round
# overhead of the second configuration over the first (median, range, mean with its 95% confidence interval).
# Running a configuration against itself (an A/A pair) measures the method's own noise.
# Then [reports] rounds with -p:ReportAnalyzer=true, one build alone on each core (a callback's time is wall-clock
# and must not include another build's time slices), print the compiler's timings per analyzer against the Csc task
# of the same build.
# Usage: benchmarks/analyzers/build-1000-files.sh [rounds] [files] [pair] [reports] [results-dir] [shape]
#   (from the repository root; default 6 rounds, 1000 files, pair none,current, 2 reports, shape leaky)
#   pair: two configurations, comma-separated, the second measured against the first: "none" (no Privacy.Kit
#     analyzers), "current" (this tree's, built Release) or the path of another Privacy.Kit.Analyzers.dll (a
#     baseline); e.g. none,current (the overhead), current,current (A/A), /tmp/base/Privacy.Kit.Analyzers.dll,current.
#   shape: leaky (every file has 4 findings, 4,000 in all: the worst case) or clean (the same code with the leaks fixed:
#     no findings, as in a pipeline that runs the rules as errors).
#   results-dir: keeps the per-round times there and adds this call's rounds to those of earlier calls with the same
#     directory, so the rounds of several short quiet windows are summarised together (start with an empty directory;
#     the pair, files and shape must stay the same).
set -euo pipefail

runs="${1:-6}"
files="${2:-1000}"
pair="${3:-none,current}"
reports="${4:-2}"
repo="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
trap 'for f in "$work"/*.filler; do if [[ -e "$f" ]]; then stop_filler "$f"; fi; done; rm -rf "$work"' EXIT
results="${5:-$work/results}"
shape="${6:-leaky}"
mkdir -p "$results"
if [[ "$shape" != leaky && "$shape" != clean ]]; then
  echo "Unknown shape '$shape': use leaky or clean." >&2
  exit 2
fi
if [[ "$(nproc)" -lt 2 ]]; then
  echo "Paired builds need two cores; this machine has $(nproc)." >&2
  exit 2
fi
setup="files=$files pair=$pair shape=$shape"
if [[ -s "$results/setup" && "$(cat "$results/setup")" != "$setup" ]]; then
  echo "$results holds rounds of another setup ($(cat "$results/setup")); use an empty directory for '$setup'." >&2
  exit 2
fi
echo "$setup" > "$results/setup"

dotnet build "$repo/analyzers/Privacy.Kit.Analyzers/Privacy.Kit.Analyzers.csproj" -c Release -v:q -nologo >/dev/null
dotnet build "$repo/src/Privacy.Kit/Privacy.Kit.csproj" -c Release -f net10.0 -v:q -nologo >/dev/null
current="$repo/analyzers/Privacy.Kit.Analyzers/bin/Release/netstandard2.0/Privacy.Kit.Analyzers.dll"
library="$repo/src/Privacy.Kit/bin/Release/net10.0/Privacy.Kit.dll"
version_of() { sed -n "s/.*\"$1\" Version=\"\([^\"]*\)\".*/\1/p" "$repo/Directory.Packages.props"; }
logging_version="$(version_of Microsoft.Extensions.Logging.Abstractions)"
compliance_version="$(version_of Microsoft.Extensions.Compliance.Abstractions)"

IFS=, read -r first second <<< "$pair"
# The analyzer assembly of a configuration ("" for none).
analyzer_of() {
  case "$1" in
    none) echo "";;
    current) echo "$current";;
    *) if [[ ! -f "$1" ]]; then echo "No analyzer assembly at '$1' (pair: none, current or a path)." >&2; exit 2; fi
       realpath "$1";;
  esac
}
first_analyzer="$(analyzer_of "$first")"
second_analyzer="$(analyzer_of "$second")"

# Four copies of one project (x0, y0 build on core 0; x1, y1 on core 1), so that their obj/ and bin/ do not clash.
project="$work/x0"
mkdir -p "$project"
cat > "$project/Generated.csproj" <<PROJECT
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <Deterministic>true</Deterministic>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Microsoft.Extensions.Logging.Abstractions" Version="$logging_version" />
    <PackageReference Include="Microsoft.Extensions.Compliance.Abstractions" Version="$compliance_version" />
    <Reference Include="$library" />
  </ItemGroup>
  <ItemGroup Condition="'\$(PrivacyKitAnalyzers)' != ''">
    <Analyzer Include="\$(PrivacyKitAnalyzers)" />
  </ItemGroup>
</Project>
PROJECT

# Each file: a classified record, an unclassified DTO, a service that logs, throws and builds strings: every rule
# has work to do. Leaky: half of it leaks (PK2001 on MobilePhone and PostalCode, PK2002 on the record, PK1001 on
# the phone number logged). Clean: the same code with each of those fixed the way the rule's documentation says.
if [[ "$shape" == leaky ]]; then
  dto_phone="" dto_postal="" print_members="" logged="Phone" logged_value="customer.Phone"
else
  dto_phone="[PhoneNumber] " dto_postal="[PostalAddress] " logged="Segment" logged_value="customer.Segment"
  print_members='
{
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("Id = ").Append(Id).Append(", Segment = ").Append(Segment);
        return true;
    }
}'
fi
for i in $(seq 1 "$files"); do
  cat > "$project/Customer$i.cs" <<CODE
using Microsoft.Extensions.Logging;
using Privacy.Kit;

namespace Generated.Area$((i % 20));

public sealed record Customer$i(int Id, [Email] string Email, [PhoneNumber] string Phone, string Segment)${print_members:-;}

public sealed class CustomerDto$i
{
    public int Id { get; set; }
    ${dto_phone}public string? MobilePhone { get; set; }
    ${dto_postal}public string? PostalCode { get; set; }
    public int VisitCount { get; set; }
}

public sealed partial class CustomerService$i(ILogger<CustomerService$i> logger)
{
    public string Describe(Customer$i customer, CustomerDto$i dto)
    {
        logger.LogInformation("Customer {Id} has {Count} visits", customer.Id, dto.VisitCount);
        if (dto.VisitCount < 0)
        {
            throw new InvalidOperationException(\$"Customer {customer.Id} has a negative visit count");
        }

        var summary = \$"{customer.Segment}: {dto.VisitCount}";
        if (customer.Id % 2 == 0)
        {
            logger.LogWarning("Callback for {$logged}", $logged_value);
        }

        return summary.Length > 100 ? summary[..100] : summary;
    }

    public async Task<int> CountAsync(IEnumerable<Customer$i> customers)
    {
        await Task.Yield();
        var count = 0;
        foreach (var customer in customers)
        {
            count += customer.Email.Length > 0 ? 1 : 0;
        }

        return count;
    }
}
CODE
done
for side in y0 x1 y1; do cp -r "$work/x0" "$work/$side"; done
for side in x0 y0 x1 y1; do
  if ! dotnet restore "$work/$side/Generated.csproj" -v:q -nologo > "$work/restore.log"; then
    echo "The generated project could not be restored:" >&2
    cat "$work/restore.log" >&2
    exit 1
  fi
done

# One build in $work/$1 on core $2 with analyzer assembly $3 ("" for none); extra MSBuild arguments follow. Writes
# "wall cpu csc" (seconds) to $work/$1.times and the log to $work/$1.log. No build server and no node reuse, so
# nothing is shared between the two builds of a pair; /usr/bin/time counts the CPU of every process the build waited
# for (MSBuild waits for csc).
build() {
  local side="$1" core="$2" analyzer="$3" start end csc
  shift 3
  start=$(date +%s.%N)
  if ! /usr/bin/time -f '%U %S' -o "$work/$side.cpu" taskset -c "$core" dotnet build "$work/$side/Generated.csproj" \
    --no-restore --no-incremental --disable-build-servers -nodeReuse:false -c Release -nologo -clp:PerformanceSummary \
    -p:PrivacyKitAnalyzers="$analyzer" -p:TreatWarningsAsErrors=false -p:UseSharedCompilation=false "$@" > "$work/$side.log"; then
    echo "The generated project did not build (analyzers: ${analyzer:-none}):" >&2
    grep -E 'error [A-Z]+[0-9]+' "$work/$side.log" | sort -u | head -5 >&2
    return 1
  fi
  end=$(date +%s.%N)
  csc="$(sed -nE 's/^ +([0-9]+) ms +Csc +[0-9]+ calls.*/\1/p' "$work/$side.log" | head -1)"
  awk -v s="$start" -v e="$end" -v c="${csc:-0}" '{ printf "%.3f %.2f %.3f\n", e - s, $1 + $2, c / 1000 }' \
    "$work/$side.cpu" > "$work/$side.times"
}

# The filler: the same build again in $work/$1 on core $2 with analyzer assembly $3, in its own process group (written
# to $work/$1.filler) so that it can be stopped (with its MSBuild and csc) the moment the other build of its pair ends.
filler() {
  local side="$1" core="$2" analyzer="$3"
  setsid bash -c 'while :; do taskset -c "$1" dotnet build "$2" --no-restore --no-incremental --disable-build-servers \
    -nodeReuse:false -c Release -nologo -v:q -p:PrivacyKitAnalyzers="$3" -p:TreatWarningsAsErrors=false \
    -p:UseSharedCompilation=false > /dev/null 2>&1; done' filler "$core" "$work/$side/Generated.csproj" "$analyzer" &
  echo $! > "$work/$side.filler"
}
stop_filler() {
  local group
  group="$(cat "$1" 2>/dev/null)" || return 0
  # (the group exists once setsid has run; before that, the filler is still the setsid process itself)
  kill -- "-$group" 2>/dev/null || kill "$group" 2>/dev/null || true
  rm -f "$1"
}

# A pair: the first configuration in $work/$1 on core $2 and the second in $work/$3 on core $4, started together, the
# one that finishes first replaced by its filler until the other ends; extra MSBuild arguments follow.
pair() {
  local side_x="$1" core_x="$2" side_y="$3" core_y="$4" pid_x pid_y done_pid
  shift 4
  build "$side_x" "$core_x" "$first_analyzer" "$@" & pid_x=$!
  build "$side_y" "$core_y" "$second_analyzer" "$@" & pid_y=$!
  wait -n -p done_pid "$pid_x" "$pid_y" || exit 1
  if [[ "$done_pid" == "$pid_x" ]]; then
    filler "$side_x" "$core_x" "$first_analyzer"; wait "$pid_y" || { stop_filler "$work/$side_x.filler"; exit 1; }
    stop_filler "$work/$side_x.filler"
  else
    filler "$side_y" "$core_y" "$second_analyzer"; wait "$pid_x" || { stop_filler "$work/$side_y.filler"; exit 1; }
    stop_filler "$work/$side_y.filler"
  fi
  wait
}

# A measured round: on each core a pair sharing that core (the kernel interleaves the two builds every few
# milliseconds, so both run at the same speed of that core at the same time); one ratio per core.
measured_round() {
  pair x0 0 y0 0 & local lane0=$!
  pair x1 1 y1 1 & local lane1=$!
  wait "$lane0" && wait "$lane1"
}

touch "$results/rounds" "$results/reports"
# Warm the file cache and the JIT's disk state once (SDK, csc, both analyzer assemblies); not kept.
pair x0 0 y1 1
for run in $(seq 1 "$runs"); do
  measured_round
  for core in 0 1; do echo "$core $(cat "$work/x$core.times") $(cat "$work/y$core.times")" >> "$results/rounds"; done
done

median() { sort -n | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else printf "%.3f\n", (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
# The mean of the per-round ratios with its 95% confidence interval (t quantile for n-1 degrees of freedom).
mean_with_interval() {
  awk 'BEGIN { split("12.71 4.30 3.18 2.78 2.57 2.45 2.36 2.31 2.26 2.23 2.20 2.18 2.16 2.14 2.13 2.12 2.11 2.10 2.09 2.09 2.08 2.07 2.07 2.06 2.06 2.06 2.05 2.05 2.05 2.04", t, " ") }
    { x[NR] = $1; s += $1 } END {
      m = s / NR; if (NR < 2) { printf "%.2f%%", m; exit }
      for (i = 1; i <= NR; i++) v += (x[i] - m) ^ 2
      h = (NR - 1 <= 30 ? t[NR - 1] : 2.02) * sqrt(v / (NR - 1) / NR)
      printf "%.2f%% (95%% CI %.2f%% .. %.2f%%)", m, m - h, m + h }'
}
# Columns of $results/rounds: core of x, then wall cpu csc of x, then wall cpu csc of y.
column() { awk -v c="$1" '{ print $c }' "$results/rounds"; }

findings="$(grep -oE '[A-Za-z0-9]+\.cs\([0-9,]+\): warning PK[0-9]{4}' "$work/y1.log" | sort -u | wc -l || true)"
echo "files: $files, shape: $shape, pair: $first against $second, rounds: $(wc -l < "$results/rounds") (one pair per core per round, both builds of a pair sharing the core), PK findings in one build of $second: $findings"
# Only the CPU time means something here: a build sharing its core has no wall-clock of its own (and neither has its
# Csc task), the rounds file keeps them anyway. The overhead per round is the second configuration's CPU against the
# first's on the same core at the same time.
if [[ -s "$results/rounds" ]]; then
  ratios="$(awk '{ printf "%.2f\n", ($6 - $3) * 100 / $3 }' "$results/rounds")"
  printf 'build CPU: %s median %s s, %s median %s s; overhead per round: median %s%%  range %s%% .. %s%%  mean %s\n' \
    "$first" "$(column 3 | median)" "$second" "$(column 6 | median)" "$(echo "$ratios" | median)" \
    "$(echo "$ratios" | sort -n | head -1)" "$(echo "$ratios" | sort -n | tail -1)" "$(echo "$ratios" | mean_with_interval)"
  echo "  per round (core 0, core 1, ...): $(echo "$ratios" | paste -sd' ')"
fi

# The compiler's own account, from builds with -p:ReportAnalyzer=true, one alone on each core (a callback's time is
# wall-clock, so it must not include the other build's time slices): per analyzer of each side that has Privacy.Kit
# analyzers, and each against the Csc task of the same build (median over builds).
for run in $(seq 1 "$reports"); do
  pair x0 $((run % 2)) y0 $((1 - run % 2)) -v:d -p:ReportAnalyzer=true
  for side in x0 y0; do
    config=$([[ "$side" == x0 ]] && echo "$first" || echo "$second")
    if [[ "$config" == none ]]; then continue; fi
    build_id="$(date +%s%N)$side"
    # "   0.926   25      Privacy.Kit.Analyzers.Rules.ContactWithoutConsentCheckAnalyzer (PK3001)" -> "name seconds"
    sed -nE 's/^ +([0-9.]+) +[0-9<]+ +Privacy\.Kit\.Analyzers\.Rules\.([A-Za-z]+).*/\2 \1/p; s/^ +([0-9.]+) +[0-9<]+ +(Privacy\.Kit\.Analyzers), .*/\2-total \1/p; s/^ *Total analyzer execution time: ([0-9.]+) seconds.*/all-analyzers \1/p' \
      "$work/$side.log" | sort -u -k1,1 | awk -v c="$config" -v b="$build_id" '{ print c, b, $1, $2 }' >> "$results/reports"
    awk -v c="$config" -v b="$build_id" '{ print c, b, "csc-task", $3 }' "$work/$side.times" >> "$results/reports"
  done
done
if [[ -s "$results/reports" ]]; then
  for config in $(awk '{ print $1 }' "$results/reports" | sort -u); do
    echo "ReportAnalyzer, analyzers $config, $(awk -v c="$config" '$1 == c { print $2 }' "$results/reports" | sort -u | wc -l) builds, one core each (seconds, median; share of the same build's Csc task, median):"
    awk -v c="$config" '$1 == c { print $3 }' "$results/reports" | sort -u | while read -r name; do
      seconds="$(awk -v c="$config" -v n="$name" '$1 == c && $3 == n { print $4 }' "$results/reports" | median)"
      share="$(awk -v c="$config" -v n="$name" '$1 == c && $3 == "csc-task" { csc[$2] = $4 } $1 == c && $3 == n { s[$2] = $4 }
        END { for (b in s) if (csc[b] > 0) printf "%.2f\n", s[b] * 100 / csc[b] }' "$results/reports" | median | awk '{ printf "%.2f", $1 }')"
      echo "$name $seconds $share"
    done | sort -k2 -n -r | awk '{ printf "  %-48s %7s s %6s%%\n", $1, $2, $3 }'
  done
fi
