#!/usr/bin/env bash
# bench/load.sh: load benchmark of `census serve` on loopback with wrk (see docs/benchmarks.md,
# "Server load (wrk)"). Builds nothing: expects server/target/census.jar (mvn -DskipTests package).
# Starts the server on a free port over the real 2025-05-20 snapshot, warms it up, runs wrk against
# (a) one function call, (b) a batch of 1,000 calls, (c) a table CSV, times (d) a batch of 10,000
# calls with curl (cold, then warm cache), and (e) floods the workbook route with concurrent requests
# over 8 (snapshot, edition) pairs (4 stored snapshots x 2 editions, more than the 6-entry workbook
# cache) and checks every answer is 200 or 503 and at least half are 200. Prints RSS (VmRSS/VmHWM) after each part, then
# stops the server. Bounded: about 90 s. Exit status 1 when an answer is neither 2xx nor 503.
#
# Environment: DATA (default ../shared/epoch/large_scale_ai_models_2025-05-20.csv), DURATION (wrk
# seconds per part, default 10), THREADS (2), CONNECTIONS (32), WORKBOOKS (workbook requests, 96),
# WORKBOOK_CONCURRENCY (32), HEAVY_JOBS (2), JAVA_OPTS (extra JVM flags after the launcher's serve heap,
# CENSUS_SERVE_HEAP in ./census; a -Xmx here wins), SERVER_LOG (a file to keep the server's log in).
set -euo pipefail

root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
jar="$root/server/target/census.jar"
data="${DATA:-$root/../shared/epoch/large_scale_ai_models_2025-05-20.csv}"
old="$(dirname "$data")/large_scale_ai_models_2024-07-16.csv"
duration="${DURATION:-10}"
threads="${THREADS:-2}"
connections="${CONNECTIONS:-32}"
workbooks="${WORKBOOKS:-96}"
workbook_concurrency="${WORKBOOK_CONCURRENCY:-32}"
heavy_jobs="${HEAVY_JOBS:-2}"
# The heap ./census gives serve, so the figures are those of a server started the documented way.
heap="$(sed -n 's/^CENSUS_SERVE_HEAP="\(.*\)"$/\1/p' "$root/census")"

[[ -f "$jar" ]] || { echo "load.sh: $jar is missing; build it with mvn -B -DskipTests package" >&2; exit 2; }
[[ -f "$data" ]] || { echo "load.sh: no data file $data" >&2; exit 2; }
command -v wrk >/dev/null || { echo "load.sh: wrk is not installed (apt-get install -y wrk)" >&2; exit 2; }

work="$(mktemp -d)"
pid=""
cleanup() {
    if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then
        kill "$pid"
        wait "$pid" 2>/dev/null || true
    fi
    [[ -n "${SERVER_LOG:-}" && -f "$work/server.log" ]] && cp "$work/server.log" "$SERVER_LOG"
    rm -rf "$work"
}
trap cleanup EXIT

port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
base="http://127.0.0.1:$port"
python3 "$root/bench/bodies.py" "$work"
head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n' > "$work/token"
mkdir "$work/store"
# With --store, serve's --data names a stored snapshot: store the data first.
java -jar "$jar" import "$data" --store "$work/store" > /dev/null

# shellcheck disable=SC2086 # JAVA_OPTS is a list of flags
java $heap ${JAVA_OPTS:-} -jar "$jar" serve --port "$port" --data latest --store "$work/store" \
    --token-file "$work/token" --heavy-jobs "$heavy_jobs" > "$work/server.log" 2>&1 &
pid=$!
for _ in $(seq 1 120); do
    curl -fs -o /dev/null "$base/api/v1/functions" && break
    kill -0 "$pid" 2>/dev/null || { cat "$work/server.log" >&2; exit 2; }
    sleep 0.25
done

rss() { # "RSS 123 MB (peak 456 MB)" of the server
    awk '/^VmRSS/ {r = $2} /^VmHWM/ {h = $2} END {printf "RSS %d MB (peak %d MB)\n", r / 1024, h / 1024}' \
        "/proc/$pid/status"
}

echo "census serve: pid $pid, port $port, data $data, $(nproc) cores shared by wrk and the server"
echo "java: $(java -version 2>&1 | head -1); heap $heap; JAVA_OPTS=${JAVA_OPTS:-(none)}; wrk -t$threads -c$connections -d${duration}s"
echo "after start: $(rss)"

# Warm-up: the JIT and the result caches (each wrk part also runs 3 s unmeasured first).
for _ in $(seq 1 3); do
    curl -fs -o /dev/null -X POST -H 'Content-Type: application/json' --data-binary @"$work/batch1000.json" \
        "$base/api/v1/functions:batch"
done

failed=0
run_wrk() { # NAME URL [BODY]
    local name="$1" url="$2" body="${3:-}" script="$root/bench/report.lua"
    if [[ -n "$body" ]]; then
        script="$work/$name.lua"
        cat "$root/bench/post.lua" "$root/bench/report.lua" > "$script"
    fi
    BODY="$body" wrk -t"$threads" -c"$connections" -d3s -s "$script" "$url" > /dev/null
    BODY="$body" wrk -t"$threads" -c"$connections" -d"${duration}s" --latency -s "$script" "$url" > "$work/$name.txt"
    local result
    result="$(grep '^RESULT' "$work/$name.txt")"
    echo "$name: ${result#RESULT } $(rss)"
    if ! grep -q 'non2xx=0 socket_errors=0' <<< "$result"; then
        failed=1
        cat "$work/$name.txt"
    fi
}

run_wrk "a-function-call" "$base/api/v1/functions/COUNT" "$work/count.json"
run_wrk "b-batch-1000" "$base/api/v1/functions:batch" "$work/batch1000.json"
run_wrk "c-table-csv" "$base/api/v1/reports/spri-2025/tables/T1.csv"

batch10000() { # LABEL BODY: times one request of 10,000 distinct calls
    local out
    out="$(curl -s -o "$work/batch10000.out" -w '%{http_code} %{time_total}' -X POST \
        -H 'Content-Type: application/json' --data-binary @"$work/$2" "$base/api/v1/functions:batch")"
    local results
    results="$(python3 -c 'import json, sys; print(len(json.load(open(sys.argv[1]))["results"]))' "$work/batch10000.out")"
    echo "d-batch-10000 $1: status ${out% *}, $(awk -v t="${out#* }" 'BEGIN {printf "%.1f", t * 1000}') ms, $results results, $(rss)"
    [[ "${out% *}" == 200 && "$results" == 10000 ]] || failed=1
}
batch10000 "cold cache, first run" batch10000.json
batch10000 "warm cache" batch10000.json
batch10000 "warm cache" batch10000.json
batch10000 "cold cache, other calls" batch10000b.json
batch10000 "warm cache" batch10000b.json

# (e) Workbooks under load: 4 stored snapshots (the two real ones and byte-different copies with a
# trailing blank line) x 2 editions = 8 keys cycled through a 6-entry cache, so requests keep
# generating; identical requests share one generation, at most HEAVY_JOBS run at once, 4 per job wait,
# and only requests beyond that may get 503.
ids=()
for f in "$data" "$old"; do
    for variant in same blank; do
        copy="$work/$variant-$(basename "$f")"
        cp "$f" "$copy"
        [[ "$variant" == blank ]] && echo >> "$copy"
        ids+=("$(curl -fs -H "Authorization: Bearer $(cat "$work/token")" -F "file=@$copy" "$base/api/v1/snapshots" \
            | python3 -c 'import json, sys; print(json.load(sys.stdin)["id"])')")
    done
done
for i in $(seq 0 $((workbooks - 1))); do
    editions=(spri-2024 spri-2025)
    echo "$base/api/v1/reports/${editions[$((i % 2))]}/workbook.xlsx?snapshot=${ids[$(((i / 2) % 4))]}"
done > "$work/workbook-urls"
start=$(date +%s.%N)
xargs -P "$workbook_concurrency" -n 1 curl -s -o /dev/null -w '%{http_code}\n' < "$work/workbook-urls" \
    | sort | uniq -c | awk '{printf "%s x%s ", $2, $1} END {print ""}' > "$work/workbook-codes" &
codes=$!
peak=0
while kill -0 "$codes" 2>/dev/null; do
    now="$(awk '/^VmRSS/ {print int($2 / 1024)}' "/proc/$pid/status")"
    (( now > peak )) && peak=$now
    sleep 0.1
done
wait "$codes"
elapsed="$(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN {printf "%.1f", e - s}')"
echo "e-workbooks: $workbooks requests, $workbook_concurrency at once, ${elapsed} s: $(cat "$work/workbook-codes")sampled RSS max ${peak} MB, $(rss)"
if grep -Eqv '^((200|503) x[0-9]+ )+$' "$work/workbook-codes"; then
    failed=1
fi
ok="$(grep -Eo '200 x[0-9]+' "$work/workbook-codes" | cut -dx -f2 || true)"
if (( ${ok:-0} * 2 < workbooks )); then
    echo "e-workbooks: only ${ok:-0} of $workbooks answered 200; at least half must"
    failed=1
fi
# A single request after the flood still succeeds.
status="$(curl -s -o /dev/null -w '%{http_code}' "$base/api/v1/reports/spri-2025/workbook.xlsx")"
echo "workbook after the flood: $status"
[[ "$status" == 200 ]] || failed=1

if grep -Eq 'OutOfMemoryError|Exception' "$work/server.log"; then
    echo "server log:"
    grep -E -m 20 'OutOfMemoryError|Exception' "$work/server.log"
    failed=1
fi
echo "stopping the server; $( ((failed)) && echo FAILED || echo 'all answers 2xx (503 only from the workbook flood)')"
exit "$failed"
