#!/usr/bin/env bash
# Fuzzes the markup-to-PDF/DOCX path, or the notes or the theme through the whole pipeline, with afl-fuzz
# (not part of CI; see README "Fuzzing").
#   tests/ReportForge.Fuzz/run.sh [OUT] [markup|notes|theme]   # OUT defaults to /tmp/reportforge-fuzz, the target to markup
# Needs afl++ (apt-get install -y afl++) and the sharpfuzz tool
# (dotnet tool install --global SharpFuzz.CommandLine --version 2.3.0). Stop with Ctrl-C;
# crashes land in OUT/findings/default/crashes, replay them with `dotnet run --project tests/ReportForge.Fuzz -- --replay DIR`.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out=${1:-/tmp/reportforge-fuzz}
target=${2:-markup}
case "$target" in
  markup) seeds="$here/corpus" ;;
  notes) seeds="$here/corpus-notes" ;;
  theme) seeds="$here/corpus-themes" ;;
  *) echo "unknown target '$target': markup, notes or theme" >&2; exit 2 ;;
esac
export RF_FUZZ_TARGET="$target"
export PATH="$PATH:$HOME/.dotnet/tools"

command -v afl-fuzz >/dev/null || { echo "afl-fuzz is missing: apt-get install -y afl++" >&2; exit 1; }
command -v sharpfuzz >/dev/null || { echo "sharpfuzz is missing: dotnet tool install --global SharpFuzz.CommandLine --version 2.3.0" >&2; exit 1; }

rm -rf "$out/bin"
dotnet publish "$here" -c Release -o "$out/bin"
# Instrument the code under test (ours and the markdown parser); SharpFuzz rewrites each assembly in place.
for dll in ReportForge.Core.dll ReportForge.Engine.dll ReportForge.Pdf.dll ReportForge.Word.dll Markdig.dll; do
  sharpfuzz "$out/bin/$dll"
done

# dotnet itself is not instrumented, so AFL's binary check is skipped; the harness prints no output.
export AFL_SKIP_BIN_CHECK=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1
findings="$out/findings"; [ "$target" = markup ] || findings="$out/findings-$target"
resume="-i $seeds"; [ -d "$findings/default/queue" ] && resume="-i -"
exec afl-fuzz $resume -o "$findings" -t 10000 -m none -- dotnet "$out/bin/ReportForge.Fuzz.dll"
