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
} > "$RESULTS.new"
[ -f bench/NOTES.md ] && { echo; cat bench/NOTES.md; } >> "$RESULTS.new"
mv "$RESULTS.new" "$RESULTS"
cat "$RESULTS"
