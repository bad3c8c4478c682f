#!/usr/bin/env bash
# Builds a generated project of 1,000 C# files without and with the Privacy.Kit analyzers (and, when given, with a
# baseline build of the analyzers), interleaved round by round with the order rotated each round, and prints for each
# configuration the medians of the wall-clock time, of the CPU time (user + sys of the whole process tree: dotnet,
# MSBuild and csc, which runs as a child process since UseSharedCompilation=false) and of the Csc task, and the
# overhead as the median of the per-round ratios with their range and the mean with its 95% confidence interval (so
# the spread can be compared with the effect).
# Then builds [reports] times with -p:ReportAnalyzer=true and prints the compiler's own analyzer timings (median per
# analyzer, against the Csc task's time for the whole compilation).
# Usage: benchmarks/analyzers/build-1000-files.sh [rounds] [files] [baseline-analyzers.dll] [reports] [results-dir]
#   (from the repository root; default 3 rounds, 1000 files, no baseline, 3 reports)
#   results-dir: keeps the per-round times there and adds this call's rounds to those of earlier calls with the same
#   directory, so the rounds of several short quiet windows are summarised together (start with an empty directory;
#   keep the other arguments the same).
set -euo pipefail

runs="${1:-3}"
files="${2:-1000}"
baseline="${3:-}"
reports="${4:-3}"
repo="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
results="${5:-$work}"
mkdir -p "$results"

dotnet build "$repo/analyzers/Privacy.Kit.Analyzers/Privacy.Kit.Analyzers.csproj" -c Release -v:q -nologo >/dev/null
dotnet build "$repo/src/Privacy.Kit/Privacy.Kit.csproj" -c Release -f net10.0 -v:q -nologo >/dev/null
analyzers="$repo/analyzers/Privacy.Kit.Analyzers/bin/Release/netstandard2.0/Privacy.Kit.Analyzers.dll"
library="$repo/src/Privacy.Kit/bin/Release/net10.0/Privacy.Kit.dll"
version_of() { sed -n "s/.*\"$1\" Version=\"\([^\"]*\)\".*/\1/p" "$repo/Directory.Packages.props"; }
logging_version="$(version_of Microsoft.Extensions.Logging.Abstractions)"
compliance_version="$(version_of Microsoft.Extensions.Compliance.Abstractions)"

cat > "$work/Generated.csproj" <<PROJECT
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
  <ItemGroup Condition="'\$(WithPrivacyKitAnalyzers)' == 'true'">
    <Analyzer Include="$analyzers" />
  </ItemGroup>
</Project>
PROJECT
if [[ -n "$baseline" ]]; then
  sed -i "s|</Project>|  <ItemGroup Condition=\"'\$(WithPrivacyKitAnalyzers)' == 'baseline'\">\n    <Analyzer Include=\"$baseline\" />\n  </ItemGroup>\n</Project>|" "$work/Generated.csproj"
fi

# Each file: a classified record, an unclassified DTO, a service that logs, throws and builds strings: every rule
# has work to do, half of it leaks.
for i in $(seq 1 "$files"); do
  cat > "$work/Customer$i.cs" <<CODE
using Microsoft.Extensions.Logging;
using Privacy.Kit;

namespace Generated.Area$((i % 20));

public sealed record Customer$i(int Id, [Email] string Email, [PhoneNumber] string Phone, string Segment);

public sealed class CustomerDto$i
{
    public int Id { get; set; }
    public string? MobilePhone { get; set; }
    public string? PostalCode { get; set; }
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
            logger.LogWarning("Callback for {Phone}", customer.Phone);
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

if ! dotnet restore "$work/Generated.csproj" -v:q -nologo > "$work/restore.log"; then
  echo "The generated project could not be restored:" >&2
  cat "$work/restore.log" >&2
  exit 1
fi

# One build of configuration $1 (false, true, baseline); appends "wall cpu csc" (seconds) to $results/times.$1.
# /usr/bin/time counts the CPU of every process the build waited for: MSBuild waits for csc (no compiler server).
build() {
  local with="$1" log="$work/build.$1.log" start end csc cpu
  start=$(date +%s.%N)
  if ! /usr/bin/time -f '%U %S' -o "$work/cpu" dotnet build "$work/Generated.csproj" --no-restore --no-incremental -c Release -nologo -v:n -clp:PerformanceSummary \
    -p:WithPrivacyKitAnalyzers="$with" -p:TreatWarningsAsErrors=false > "$log"; then
    echo "The generated project did not build (analyzers: $with):" >&2
    grep -E 'error [A-Z]+[0-9]+' "$log" | sort -u | head -5 >&2
    exit 1
  fi
  end=$(date +%s.%N)
  csc="$(sed -nE 's/^ +([0-9]+) ms +Csc +[0-9]+ calls.*/\1/p' "$log" | head -1)"
  cpu="$(awk '{ printf "%.2f", $1 + $2 }' "$work/cpu")"
  echo "$(echo "scale=3; ($end - $start) / 1" | bc) $cpu $(echo "scale=3; ${csc:-0} / 1000" | bc)" >> "$results/times.$with"
}

median() { sort -n | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else printf "%.3f\n", (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
# The mean of the per-round ratios with its 95% confidence interval (t quantile for n-1 degrees of freedom): the
# machine's noise moves single rounds by several percent, so the interval, not the range, says whether an overhead
# below a bound is shown.
mean_with_interval() {
  awk 'BEGIN { split("12.71 4.30 3.18 2.78 2.57 2.45 2.36 2.31 2.26 2.23 2.20 2.18 2.16 2.14 2.13 2.12 2.11 2.10 2.09 2.09", t, " ") }
    { x[NR] = $1; s += $1 } END {
      m = s / NR; if (NR < 2) { printf "%.2f%%", m; exit }
      for (i = 1; i <= NR; i++) v += (x[i] - m) ^ 2
      h = (NR - 1 <= 20 ? t[NR - 1] : 2.0) * sqrt(v / (NR - 1) / NR)
      printf "%.2f%% (95%% CI %.2f%% .. %.2f%%)", m, m - h, m + h }'
}
column_of() { awk -v c="$1" '{ print $c }' "$2"; }

configs=(false true)
if [[ -n "$baseline" ]]; then configs+=(baseline); fi

# Warm the file cache so the first measured build is not penalised (one build loads the SDK, csc and the analyzers;
# the baseline's one file is read here too); its time is not kept.
build true
if [[ -n "$baseline" ]]; then cat "$baseline" > /dev/null; fi
sed -i '$d' "$results/times.true"
for config in "${configs[@]}"; do touch "$results/times.$config"; done

for run in $(seq 1 "$runs"); do
  count=${#configs[@]}
  for i in $(seq 0 $((count - 1))); do
    build "${configs[$(((i + run) % count))]}"
  done
done

warnings="$(grep -oE '[A-Za-z0-9]+\.cs\([0-9,]+\): warning PK[0-9]{4}' "$work/build.true.log" | sort -u | wc -l)"
echo "files: $files, rounds: $(wc -l < "$results/times.false") (interleaved, order rotated), PK findings in one build: $warnings"
label() { case "$1" in false) echo "without analyzers";; true) echo "with analyzers";; *) echo "with baseline analyzers";; esac; }
for config in "${configs[@]}"; do
  printf '%-24s wall median %7s s  cpu median %7s s  csc median %7s s   wall: %s   cpu: %s\n' "$(label "$config")" \
    "$(column_of 1 "$results/times.$config" | median)" "$(column_of 2 "$results/times.$config" | median)" \
    "$(column_of 3 "$results/times.$config" | median)" \
    "$(column_of 1 "$results/times.$config" | paste -sd' ')" "$(column_of 2 "$results/times.$config" | paste -sd' ')"
done

# Overhead per round (same round, adjacent builds), then the median and range of those ratios and their mean with
# its confidence interval.
for config in "${configs[@]:1}"; do
  for column in 1 2 3; do
    ratios="$(paste -d' ' <(column_of "$column" "$results/times.false") <(column_of "$column" "$results/times.$config") \
      | awk '{ printf "%.2f\n", ($2 - $1) * 100 / $1 }')"
    name=$(case $column in 1) echo "wall-clock";; 2) echo "build CPU";; *) echo "Csc task";; esac)
    printf '%-10s overhead, %-24s median %6s%%  range %s%% .. %s%%  mean %s  per round: %s\n' "$name" "$(label "$config"):" \
      "$(echo "$ratios" | median)" "$(echo "$ratios" | sort -n | head -1)" "$(echo "$ratios" | sort -n | tail -1)" \
      "$(echo "$ratios" | mean_with_interval)" "$(echo "$ratios" | paste -sd' ')"
  done
done

# The compiler's own account: analyzer execution time (Roslyn measures each analyzer) against the Csc task's time,
# the median of $reports builds per analyzer.
report() {
  local with="$1" label="$2"
  : > "$work/report.$with"
  for i in $(seq 1 "$reports"); do
    dotnet build "$work/Generated.csproj" --no-restore --no-incremental -c Release -nologo -v:d -clp:PerformanceSummary \
      -p:WithPrivacyKitAnalyzers="$with" -p:TreatWarningsAsErrors=false -p:ReportAnalyzer=true > "$work/report.log" || true
    # "   0.926   25      Privacy.Kit.Analyzers.Rules.ContactWithoutConsentCheckAnalyzer (PK3001)" -> "name seconds"
    sed -nE 's/^ +([0-9.]+) +[0-9<]+ +(Privacy\.Kit\.Analyzers\.Rules\.[A-Za-z]+).*/\2 \1/p; s/^ +([0-9.]+) +[0-9<]+ +(Privacy\.Kit\.Analyzers), .*/\2 \1/p; s/^ *Total analyzer execution time: ([0-9.]+) seconds.*/all-analyzers \1/p' "$work/report.log" | sort -u -k1,1 >> "$work/report.$with"
    sed -nE 's/^ +([0-9]+) ms +Csc +[0-9]+ calls.*/csc-task \1/p' "$work/report.log" | head -1 | awk '{ printf "%s %.3f\n", $1, $2 / 1000 }' >> "$work/report.$with"
  done
  echo "ReportAnalyzer, $label, median of $reports builds (seconds, summed over the compiler's threads):"
  awk '{ print $1 }' "$work/report.$with" | sort -u | while read -r name; do
    printf '  %-80s %s\n' "$name" "$(awk -v n="$name" '$1 == n { print $2 }' "$work/report.$with" | median)"
  done | sort -k2 -n -r
}
if (( reports > 0 )); then
  report true "current analyzers"
  if [[ -n "$baseline" ]]; then report baseline "baseline analyzers"; fi
fi
