#!/usr/bin/env bash
# make bench: CareerReport against the peers of ../shared/bench on the same N students, in one run,
# interleaved, 3 repetitions; writes bench/RESULTS.md. Ratios, not absolute times: the machine is shared.
#   BENCH_N=300 BENCH_REPS=3 bench/run.sh
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${SHARED_BENCH:-../shared/bench}
[ -d "$SHARED" ] || { echo "error: $SHARED is missing; the peers and the workload live there" >&2; exit 1; }
N=${BENCH_N:-300}
REPS=${BENCH_REPS:-3}
export BENCH_WORK=${BENCH_WORK:-$PWD/.peers-work}
RESULTS=bench/RESULTS.md

swift build -c release --product bench-workload >&2
BIN=$PWD/.build/release/bench-workload

run() { # label peers extra-peer-command
  RES_DIR="$BENCH_WORK/results/$1-N$N" EXTRA_PEER="$3" BASE_PEER="${3%%|*}" \
    "$SHARED/run_peers.sh" "$N" "$REPS" "$2" >/dev/null
  python3 bench/table.py "$BENCH_WORK/results/$1-N$N" "$N" "${3%%|*}"
}

pdf_table=$(run pdf "harupeer reportlab fpdf2 weasyprint" "careerreport|$BIN {roster} {out} {n}")
html_table=$(run html "jinja_email" "careerreport_html|$BIN {roster} {out} {n} --format html")

# The product's own batch (default template, PDF + HTML) on generated rosters.
swift build -c release --product career-report >&2
CLI=$PWD/.build/release/career-report
BATCH_SIZES=${BENCH_BATCH_SIZES:-1000 10000}
batch_table="| students | jobs | wall s | students/s | peak RSS MB | exit |"$'\n'"|---:|---:|---:|---:|---:|---:|"
for size in $BATCH_SIZES; do
  roster="$BENCH_WORK/roster-$size.csv"
  [ -f "$roster" ] || python3 bench/make_roster.py "$size" > "$roster"
  for jobs in ${BENCH_JOBS:-1 2}; do
    out="$BENCH_WORK/batch-$size-$jobs"
    rm -rf "$out"
    status=0
    /usr/bin/time -f "%e %M" -o "$BENCH_WORK/time.txt" "$CLI" batch "$roster" --out "$out" --jobs "$jobs" --quiet \
      >/dev/null 2>"$BENCH_WORK/batch-$size-$jobs.err" || status=$?
    read -r wall rss < <(tail -1 "$BENCH_WORK/time.txt")
    batch_table+=$'\n'"| $size | $jobs | $wall | $(echo "$size / $wall" | bc) | $((rss / 1024)) | $status |"
    echo "  batch $size students, $jobs jobs: $wall s, $((rss / 1024)) MB" >&2
  done
done

# How time per report grows with its length: the workload report repeated 1, 3 and 10 times.
length_table="| copies of the report | pages | ms per document | ms per page |"$'\n'"|---:|---:|---:|---:|"
for copies in 1 3 10; do
  out="$BENCH_WORK/length-$copies"
  rm -rf "$out"
  start=$(date +%s.%N)
  "$BIN" "$SHARED/workload/roster.csv" "$out" 50 --repeat "$copies"
  wall=$(echo "$(date +%s.%N) - $start" | bc -l)
  pages=$(pdfinfo "$out/S0001.pdf" | awk '/^Pages:/{print $2}')
  length_table+=$'\n'"| $copies | $pages | $(echo "scale=1; 1000 * $wall / 50" | bc) | $(echo "scale=2; 1000 * $wall / 50 / $pages" | bc) |"
done

{
  echo "# Benchmark results"
  echo
  echo "Written by \`make bench\` on $(date -u +%Y-%m-%d). The peer workload of ../shared/bench (its README is"
  echo "normative): the same two-page report for the first $N students, every tool run back to back in each of"
  echo "$REPS repetitions (interleaved, starting peer rotating), one process each. Ratios are taken inside each"
  echo "repetition, so machine drift cancels out: quote those, not the absolute times."
  echo
  echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'),"
  echo "$(free -g | awk '/Mem:/{print $2}') GiB; $(swift --version 2>&1 | head -1); libharu $(dpkg-query -W -f='${Version}' libhpdf-dev);"
  echo "HarfBuzz $(dpkg-query -W -f='${Version}' libharfbuzz-dev); peers as pinned in ../shared/bench/peers/requirements.txt."
  echo
  echo "## PDF"
  echo
  echo "$pdf_table"
  echo
  echo "## Email HTML"
  echo
  echo "$html_table"
  echo
  echo "## career-report batch (default template, PDF + HTML, generated roster)"
  echo
  echo "$batch_table"
  echo
  echo "## Report length (the workload report repeated in one document, 50 documents)"
  echo
  echo "$length_table"
} > "$RESULTS.new"
[ -f bench/NOTES.md ] && { echo; cat bench/NOTES.md; } >> "$RESULTS.new"
[ -f bench/serve-load.md ] && { echo; cat bench/serve-load.md; } >> "$RESULTS.new"
mv "$RESULTS.new" "$RESULTS"
cat "$RESULTS"
