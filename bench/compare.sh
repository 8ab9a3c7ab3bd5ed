#!/usr/bin/env bash
# bench/compare.sh [--runs N] [--bench-runs N] [--no-bench] [--doc] REF
#
# Builds commit REF in a temporary git worktree beside this working tree, builds the working tree,
# then runs both side by side in one run, alternating (A then B, then B then A, ...), as plain
# `java -jar` processes (no class-data sharing, no JVM flags):
#   tables-real    tables --report spri-2025 --format csv on the real 2025-05-20 snapshot
#   tables-100k    the same on a 100,000-model synthetic snapshot (written once by the working tree)
#   workbook-real  workbook --report spri-2025 on the real snapshot
#   bench-100k     bench --synthetic 100000 (when REF has `bench`): its warm median per edition and peak heap
# and prints each case's median wall time, the ratio working/REF and the median peak RSS (VmHWM, from
# /usr/bin/time). --doc also writes the table into docs/benchmarks.md, between the markers of REF.
# Builds with `mvn -o package` only (never install). KEEP=1 keeps the temporary directory.
set -euo pipefail

runs=5
bench_runs=2
do_bench=1
doc=0
ref=""
while [[ $# -gt 0 ]]; do
    case "$1" in
        --runs) runs="$2"; shift 2 ;;
        --bench-runs) bench_runs="$2"; shift 2 ;;
        --no-bench) do_bench=0; shift ;;
        --doc) doc=1; shift ;;
        -h | --help) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        -*) echo "compare.sh: unknown option $1" >&2; exit 2 ;;
        *) ref="$1"; shift ;;
    esac
done
[[ -n "$ref" ]] || { echo "usage: bench/compare.sh [--runs N] [--bench-runs N] [--no-bench] [--doc] REF" >&2; exit 2; }

root="$(git -C "$(dirname "$(readlink -f "$0")")" rev-parse --show-toplevel)"
real="$root/../shared/epoch/large_scale_ai_models_2025-05-20.csv"
[[ -f "$real" ]] || { echo "compare.sh: $real is missing" >&2; exit 2; }
ref_sha="$(git -C "$root" rev-parse --verify "$ref^{commit}")"
head_sha="$(git -C "$root" rev-parse HEAD)"
dirty=""
[[ -n "$(git -C "$root" status --porcelain --untracked-files=no -- . ':!docs/benchmarks.md')" ]] && dirty=" + uncommitted changes"

tmp="$(mktemp -d "${TMPDIR:-/tmp}/census-compare.XXXXXX")"
cleanup() {
    git -C "$root" worktree remove --force "$tmp/ref" >/dev/null 2>&1 || true
    if [[ "${KEEP:-0}" == 1 ]]; then echo "kept $tmp" >&2; else rm -rf "$tmp"; fi
}
trap cleanup EXIT

build() { # DIR: the reactor's package, offline, tests skipped; Maven's output only on failure
    local log
    if ! log="$(cd "$1" && mvn -q -o -B -DskipTests -pl server -am package 2>&1)"; then
        echo "$log" >&2
        echo "compare.sh: the build in $1 failed" >&2
        exit 2
    fi
}

echo "building $ref (${ref_sha:0:7}) in $tmp/ref ..." >&2
git -C "$root" worktree add --detach -q "$tmp/ref" "$ref_sha"
build "$tmp/ref"
cp "$tmp/ref/server/target/census.jar" "$tmp/A.jar"
git -C "$root" worktree remove --force "$tmp/ref"
echo "building the working tree ..." >&2
build "$root"
cp "$root/server/target/census.jar" "$tmp/B.jar"

synthetic="$tmp/synthetic-100000.csv"
java -jar "$tmp/B.jar" bench --synthetic 100000 --write-synthetic "$synthetic"
has_bench=0
if [[ $do_bench == 1 ]] && java -jar "$tmp/A.jar" bench --help >/dev/null 2>&1; then has_bench=1; fi

mkdir -p "$tmp/out"
# case SIDE I NAME ARGS...: one process; appends "NAME SIDE wall_ms rss_kib" to results
run() {
    local side="$1" i="$2" name="$3"
    shift 3
    local out="$tmp/out/$name-$side-$i"
    local start end
    start=$(date +%s%N)
    if ! /usr/bin/time -f %M -o "$out.rss" java -jar "$tmp/$side.jar" "$@" >"$out.stdout" 2>"$out.stderr"; then
        echo "compare.sh: $name failed on side $side:" >&2
        tail -5 "$out.stderr" >&2
        exit 2
    fi
    end=$(date +%s%N)
    echo "$name $side $(((end - start) / 1000000)) $(tail -1 "$out.rss")" >>"$tmp/results"
}
cases() { # SIDE I
    run "$1" "$2" tables-real tables --data "$real" --report spri-2025 --format csv
    run "$1" "$2" tables-100k tables --data "$synthetic" --report spri-2025 --format csv
    run "$1" "$2" workbook-real workbook --data "$real" --report spri-2025 --out "$tmp/out/wb-$1-$2.xlsx"
}
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
for ((i = 1; i <= runs; i++)); do
    echo "round $i of $runs ..." >&2
    if ((i % 2)); then cases A "$i"; cases B "$i"; else cases B "$i"; cases A "$i"; fi
done
if [[ $has_bench == 1 ]]; then
    for ((i = 1; i <= bench_runs; i++)); do
        echo "bench round $i of $bench_runs ..." >&2
        for side in $( ((i % 2)) && echo A B || echo B A); do
            run "$side" "$i" bench-100k bench --snapshot "$real" --synthetic 100000 --runs 3 --warmup 2 --warmup-seconds 0
        done
    done
fi
load_after="$(cut -d' ' -f1-3 /proc/loadavg)"

same() { # NAME: are the outputs of A and B in the last round byte for byte the same?
    if cmp -s "$tmp/out/$1-A-$runs.stdout" "$tmp/out/$1-B-$runs.stdout"; then echo same; else echo differ; fi
}

python3 - "$tmp" "$ref" "$ref_sha" "$head_sha" "$dirty" "$runs" "$bench_runs" "$has_bench" \
    "$load_before" "$load_after" "$(same tables-real)" "$(same tables-100k)" "$doc" "$root/docs/benchmarks.md" \
    "$(java -version 2>&1 | head -1)" "$(nproc)" <<'EOF'
import datetime, re, statistics, subprocess, sys
(tmp, ref, ref_sha, head_sha, dirty, runs, bench_runs, has_bench, load_before, load_after, same_real, same_100k,
 doc, doc_path, java, cpus) = sys.argv[1:]
rows = {}
for line in open(f"{tmp}/results"):
    name, side, ms, kib = line.split()
    rows.setdefault(name, {}).setdefault(side, []).append((int(ms), int(kib)))

def subject(sha):
    return subprocess.run(["git", "log", "-1", "--format=%s", sha], capture_output=True, text=True).stdout.strip()

def bench_figures(side):
    """The bench's own figures for 100,000 models (medians of the rounds): warm ms per edition, peak heap MB (sum of
    the pools' peaks), editions, and the most heap in use at one moment in MB (None when the bench predates it)."""
    per_edition, peaks, max_used = [], [], []
    for i in range(1, int(bench_runs) + 1):
        text = open(f"{tmp}/out/bench-100k-{side}-{i}.stdout").read()
        editions = len(re.search(r"per (?:built-in )?edition \(([^)]*)\)", text).group(1).split(","))
        header = next(l for l in text.splitlines() if l.startswith("dataset"))
        row = next(l for l in text.splitlines() if l.startswith("synthetic 100000"))
        f = row.split()
        # From the end: [median, min, cpu, ms/1k, peak, live] then, since the heap's most in use was added, max used.
        extra = 1 if "max used MB" in header else 0
        per_edition.append(float(f[-5 - extra]) / editions)
        peaks.append(float(f[-2 - extra]))
        max_used.append(float(f[-1]) if extra else None)
    used = None if None in max_used else statistics.median(max_used)
    return statistics.median(per_edition), statistics.median(peaks), editions, used

notes = {"tables-real": f"CSV output {same_real}", "tables-100k": f"CSV output {same_100k}"}
lines = [
    f"`bench/compare.sh {ref}` on {datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC: "
    f"A = `{ref_sha[:7]}` ({subject(ref_sha)}), B = `{head_sha[:7]}`{dirty} ({subject(head_sha)}). "
    f"{java}, {cpus} CPUs, load average {load_before} before, {load_after} after. Plain `java -jar`, no JVM flags; "
    f"{runs} rounds alternating A and B (bench: {bench_runs if has_bench == '1' else 'not run'}); median wall time and median peak RSS (VmHWM) of the rounds.",
    "",
    "| case | A ms | B ms | **B/A** | A RSS MiB | B RSS MiB | B/A RSS | note |",
    "|---|---:|---:|---:|---:|---:|---:|---|",
]
for name in ["tables-real", "tables-100k", "workbook-real", "bench-100k"]:
    if name not in rows:
        continue
    a, b = rows[name]["A"], rows[name]["B"]
    ams, bms = statistics.median(x[0] for x in a), statistics.median(x[0] for x in b)
    arss, brss = statistics.median(x[1] for x in a) / 1024, statistics.median(x[1] for x in b) / 1024
    note = notes.get(name, "")
    if name == "bench-100k":
        ae, ap, an, au = bench_figures("A")
        be, bp, bn, bu = bench_figures("B")
        used = lambda u: "—" if u is None else f"{u:,.0f} MB"
        note = (f"process; warm per edition A {ae:,.0f} ms ({an} editions), B {be:,.0f} ms ({bn}): "
                f"**{be / ae:.2f}**; peak heap (sum of the pools' peaks) A {ap:,.0f} MB, B {bp:,.0f} MB; "
                f"most heap in use at once A {used(au)}, B {used(bu)}")
    lines.append(f"| {name} | {ams:,.0f} | {bms:,.0f} | **{bms / ams:.2f}** | {arss:,.0f} | {brss:,.0f} | "
                 f"{brss / arss:.2f} | {note} |")
table = "\n".join(lines)
print(table)
if doc == "1":
    begin, end = f"<!-- compare.sh {ref} begin -->", f"<!-- compare.sh {ref} end -->"
    text = open(doc_path).read()
    block = f"{begin}\n{table}\n{end}"
    if begin in text and end in text:
        text = text[:text.index(begin)] + block + text[text.index(end) + len(end):]
    else:
        text = text.rstrip("\n") + "\n\n" + block + "\n"
    open(doc_path, "w").write(text)
    print(f"(written to {doc_path})", file=sys.stderr)
EOF
