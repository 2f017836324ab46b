#!/usr/bin/env bash
# parity-cases.sh [CASE…]: the Word parity client test's cases without dotnet test, one summary line each.
#
#   dotnet build src/ReportForge.Cli && scripts/parity-cases.sh                 # all eleven cases
#   scripts/parity-cases.sh sample talks-5                                      # some of them
#   OUT=/tmp/parity scripts/parity-cases.sh                                     # keep the PDFs (default: a temp folder)
#
# Renders each case with the built CLI (src/ReportForge.Cli/bin/Debug/net10.0/reportforge.dll, or $RF_DLL), converts the
# .docx with LibreOffice (own profile) and prints headings on the same page, page counts and pages starting with the
# same words (scripts/parity_drift.py). Cases and their notes are those of
# tests/ReportForge.Cli.Tests/Client/WordParityTests.cs (tests/Parity/README.md).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
dll=${RF_DLL:-$root/src/ReportForge.Cli/bin/Debug/net10.0/reportforge.dll}
[ -f "$dll" ] || { echo "parity-cases: no $dll; run: dotnet build src/ReportForge.Cli" >&2; exit 1; }
keep=${OUT:-}
out=${OUT:-$(mktemp -d "${TMPDIR:-/tmp}/parity-cases.XXXXXX")}
profile=$(mktemp -d "${TMPDIR:-/tmp}/parity-lo.XXXXXX")
trap 'rm -rf "$profile"; [ -n "$keep" ] || rm -rf "$out"' EXIT

declare -A template=([sample]=daily-briefing [showcase]=showcase [many-footnotes]=showcase [long-checklist]=showcase [long-urls]=showcase)
all=(sample showcase talks-1 talks-5 talks-20 long-quotes many-footnotes long-table talks-40 long-checklist long-urls)
[ $# -gt 0 ] || set -- "${all[@]}"

for case in "$@"; do
  dir="$out/$case"; mkdir -p "$dir"
  case $case in
    sample) (cd "$dir" && dotnet "$dll" >/dev/null); stem=talks-2022-01-11 ;;
    showcase) (cd "$dir" && dotnet "$dll" render "$root/templates/showcase/sample.json" -t showcase --templates "$root/templates" -o out >/dev/null); stem=sample ;;
    *) [ -f "$root/tests/Parity/notes/$case.json" ] || { echo "$case: no tests/Parity/notes/$case.json" >&2; continue; }
       (cd "$dir" && dotnet "$dll" render "$root/tests/Parity/notes/$case.json" -t "${template[$case]:-daily-briefing}" --templates "$root/templates" -o out >/dev/null)
       stem=$case ;;
  esac
  soffice "-env:UserInstallation=file://$profile" --headless --convert-to pdf --outdir "$dir/lo" "$dir/out/$stem.docx" >/dev/null 2>&1
  summary=$({ python3 "$root/scripts/parity_drift.py" --diff "$dir/out/$stem.pdf" "$dir/lo/$stem.pdf" || true; } | grep -E "headings on the same page|pages start" | sed 's/; body height.*//' | paste -sd '|' - | sed 's/|/ | /')
  printf '%-15s %s\n' "$case" "$summary"
done
[ -z "$keep" ] || echo "PDFs kept in $out/CASE/out and $out/CASE/lo"
