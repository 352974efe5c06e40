#!/usr/bin/env bash
# Growth of the end-to-end costs with corpus size: for each size, generate raw synthetic
# articles, ingest them with --bulk into a new dataset (time and peak memory from
# /usr/bin/time -v), serve the dataset, run the competency queries from one client, and
# record the dataset's size. Each dataset is removed before the next size, so the disk
# needs room for the largest one only (about 120 KB per article).
#
#   scripts/growth.sh [WORKDIR] [SIZE...]      e.g. scripts/growth.sh /tmp/growth 10000 100000
#
# Needs target/newskg.jar (mvn package) and GNU time (/usr/bin/time, Debian package "time").
# Logs go to WORKDIR; a Markdown summary is printed on stdout.
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
work=${1:-/tmp/newskg-growth}
shift || true
[ $# -gt 0 ] && sizes=("$@") || sizes=(10000 100000)
jar="$work/newskg.jar"
port=${PORT:-3099}
seconds=${SECONDS_PER_SIZE:-60}

mkdir -p "$work"
cp "$here/target/newskg.jar" "$jar"     # a rebuild during the run does not change what is measured

echo "| articles | wall s | of which parallel load s | quads | peak RSS GB | dataset GB | queries answered | mix p50 ms | mix p95 ms | mix p99 ms |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
for n in "${sizes[@]}"; do
    log="$work/ingest-$n.log"
    db="$work/db$n"
    rm -rf "$db"
    java -jar "$jar" generate --count "$n" --jsonl="$work/$n.jsonl" 2>/dev/null
    start=$(date +%s.%N)
    /usr/bin/time -v java -jar "$jar" ingest --bulk --data "$db" "$work/$n.jsonl" >"$log" 2>&1
    end=$(date +%s.%N)
    wall=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.0f", b - a }')
    # the loader's own summary line: "Time = 30.643 seconds : Quads = 3,638,945 : Rate = 118,753 /s"
    load=$(grep -oE "Time = [0-9,.]+ seconds" "$log" | tail -1 | tr -d , | grep -oE "[0-9.]+" | awk '{ printf "%.0f", $1 }')
    quads=$(grep -oE "^newskg: [0-9]+ quads in the new dataset" "$log" | grep -oE "[0-9]+" | head -1)
    rss=$(awk '/Maximum resident set size/ { printf "%.1f", $6 / 1048576 }' "$log")
    size=$(du -sb "$db" | awk '{ printf "%.1f", $1 / 1e9 }')

    java -jar "$jar" serve --data "$db" --port "$port" >"$work/serve-$n.log" 2>&1 &
    server=$!
    for _ in $(seq 1 120); do
        curl -sf "http://localhost:$port/newskg/sparql?query=ASK%7B%7D" >/dev/null 2>&1 && break
        sleep 1
    done
    java -jar "$jar" loadtest --endpoint "http://localhost:$port/newskg/sparql" --clients 1 --seconds "$seconds" \
        --queries "$here/queries" >"$work/queries-$n.md" 2>"$work/loadtest-$n.log"
    kill "$server"; wait "$server" 2>/dev/null || true
    mix=$(grep -E "^\| all \|" "$work/queries-$n.md" | head -1 | cut -d'|' -f3-)   # answered | p50 | p95 | p99 |
    echo "| $n | $wall | $load | $quads | $rss | $size |$mix"
    rm -rf "$db" "$db.passwd" "$work/$n.jsonl"
done
