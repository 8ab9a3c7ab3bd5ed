"""Writes the request bodies of bench/load.sh into DIR: count.json (one COUNT call), batch1000.json
(1,000 calls over all functions) and batch10000.json and
batch10000b.json (10,000 distinct COUNT calls each, none in the others)."""
import itertools, json, sys

out = sys.argv[1]
countries = ["", "KR", "US", "CN", "GB", "FR", "DE", "JP", "CA", "IL"]
domains = ["", "Language", "Vision", "Multimodal"]

def write(name, obj):
    with open(f"{out}/{name}", "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False)

write("count.json", {"args": [2024, 2024, "KR"]})

calls = []
for y in itertools.cycle(range(2018, 2025)):
    if len(calls) >= 1000:
        break
    calls += [
        {"name": "COUNT", "args": [y, 2024, countries[len(calls) % 10]]},
        {"name": "MULTIMODAL_SHARE", "args": [y, 2024]},
        {"name": "COUNTRY_RANK", "args": ["KR", y, 2024]},
        {"name": "CAGR", "args": [2, 132, 4]},
        {"name": "TOP_DEVELOPERS", "args": [y, 5]},
    ]
write("batch1000.json", {"calls": calls[:1000]})

big = [{"name": "COUNT", "args": [a, b, c, d]}
       for a in range(1990, 2026) for b in range(a, 2026) for c in countries[1:] for d in domains[1:]][:10000]
assert len(big) == 10000
write("batch10000.json", {"calls": big})
# Another 10,000 distinct calls (with a task filter): cold cache, but the JIT is warm by then.
write("batch10000b.json", {"calls": [{"name": c["name"], "args": c["args"] + ["Chat"]} for c in big]})
