#!/usr/bin/env bash
# Builds a generated project of 1,000 C# files with and without the Privacy.Kit analyzers, interleaved in the same
# run, and prints the wall-clock medians of each.
# Then builds once more with -p:ReportAnalyzer=true and prints the compiler's own analyzer timings (per analyzer,
# against the Csc task's time for the whole compilation).
# Usage: benchmarks/analyzers/build-1000-files.sh [runs] [files]   (from the repository root; default 3 runs, 1000 files)
set -euo pipefail

runs="${1:-3}"
files="${2:-1000}"
repo="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

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

build() {
  local with="$1" log="$2" start end
  start=$(date +%s.%N)
  if ! dotnet build "$work/Generated.csproj" --no-restore --no-incremental -c Release -nologo -v:n \
    -p:WithPrivacyKitAnalyzers="$with" -p:TreatWarningsAsErrors=false > "$log"; then
    echo "The generated project did not build (analyzers: $with):" >&2
    grep -E 'error [A-Z]+[0-9]+' "$log" | sort -u | head -5 >&2
    exit 1
  fi
  end=$(date +%s.%N)
  echo "$end - $start" | bc
}

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

# Warm the compiler server and the file cache so the first measured build is not penalised.
build false "$work/warmup.log" >/dev/null

: > "$work/without"; : > "$work/with"
for run in $(seq 1 "$runs"); do
  build false "$work/without.log" >> "$work/without"
  build true "$work/with.log" >> "$work/with"
done

warnings="$(grep -cE 'warning PK[0-9]{4}' "$work/with.log" || true)"
without="$(median < "$work/without")"
with="$(median < "$work/with")"
echo "files: $files, runs: $runs (interleaved), PK warnings in one build: $warnings"
echo "build without analyzers (median s): $without   all: $(paste -sd' ' "$work/without")"
echo "build with analyzers    (median s): $with   all: $(paste -sd' ' "$work/with")"
echo "wall-clock overhead: $(echo "scale=1; ($with - $without) * 100 / $without" | bc)%"

# The compiler's own account: analyzer execution time (Roslyn measures each analyzer) against the Csc task's time.
dotnet build "$work/Generated.csproj" --no-restore --no-incremental -c Release -nologo -v:d -clp:PerformanceSummary \
  -p:WithPrivacyKitAnalyzers=true -p:TreatWarningsAsErrors=false -p:ReportAnalyzer=true > "$work/report.log" || true
echo "ReportAnalyzer (one build with analyzers):"
grep -E 'Total analyzer execution time|Privacy\.Kit\.Analyzers|Privacy\.Kit\.Analyzers\.Rules\.' "$work/report.log" | sed 's/^ */  /' | sort -u | head -20
grep -E '^ +[0-9]+ ms +Csc +[0-9]+ calls' "$work/report.log" | sed 's/^ */  Csc task: /' | head -1
