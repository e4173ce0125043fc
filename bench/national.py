"""Times the national talent search of a running Talenta server (see bench/national.sh).

Signs in as the demo's national viewer the way a browser does (GET /masuk for the CSRF cookie and field,
POST the form), then runs searches with random filter combinations drawn from a fixed seed, and prints the
latency percentiles. The server must hold `talenta demo --national`.

    python3 bench/national.py http://127.0.0.1:8080 [--searches 500] [--concurrency 1] [--seed 2025]
"""
import argparse
import http.cookiejar
import json
import random
import re
import statistics
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor

PROVINCES = [
    "Aceh", "Sumatera Utara", "Sumatera Barat", "Riau", "Kepulauan Riau", "Jambi", "Bengkulu", "Sumatera Selatan",
    "Kepulauan Bangka Belitung", "Lampung", "Banten", "DKI Jakarta", "Jawa Barat", "Jawa Tengah", "DI Yogyakarta",
    "Jawa Timur", "Bali", "Nusa Tenggara Barat", "Nusa Tenggara Timur", "Kalimantan Barat", "Kalimantan Tengah",
    "Kalimantan Selatan", "Kalimantan Timur", "Kalimantan Utara", "Sulawesi Utara", "Gorontalo", "Sulawesi Tengah",
    "Sulawesi Barat", "Sulawesi Selatan", "Sulawesi Tenggara", "Maluku", "Maluku Utara", "Papua", "Papua Barat",
    "Papua Barat Daya", "Papua Selatan", "Papua Tengah", "Papua Pegunungan",
]
COMPETENCIES = ["m01", "m02", "m03", "m04", "m05", "m06", "m07", "m08", "sk01"]
RANKS = ["III/a", "III/b", "III/c", "III/d", "IV/a", "IV/b", "IV/c", "IV/d", "IV/e"]
NAMES = ["siti", "agus", "dewi", "budi", "wijaya", "santoso", "nasution", "rahman", "sri", "hendra", "kusuma", "ayu"]


def sign_in(base, username, password):
    """A urllib opener signed in as `username` (cookies kept), as the browser tests' conftest does."""
    jar = http.cookiejar.CookieJar(policy=http.cookiejar.DefaultCookiePolicy(secure_protocols=("https", "wss", "http")))
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    page = opener.open(base + "/masuk", timeout=30).read().decode()
    token = re.search(r'name="_csrf" value="([0-9a-f]+)"', page).group(1)
    form = urllib.parse.urlencode({"username": username, "password": password, "next": "/", "_csrf": token})
    opener.open(base + "/masuk", data=form.encode(), timeout=60)
    if not any(cookie.name == "talenta_staff" for cookie in jar):
        sys.exit(f"{username} did not sign in")
    return opener


def random_filter(rng, instansi_codes):
    """0 to 4 filters, each kind as likely as the others; page 1 mostly."""
    kinds = ["competency", "jpm", "box", "golongan", "education", "region", "instansi", "text"]
    params = []
    for kind in rng.sample(kinds, rng.randint(0, 4)):
        if kind == "competency":
            for code in rng.sample(COMPETENCIES, rng.randint(1, 3)):
                params.append((code, str(rng.randint(2, 5))))
        elif kind == "jpm":
            params.append(("jpmClass", rng.choice(["JPT Pratama", "Administrator", "Pengawas", "JPT Madya"])))
            params.append(("jpmMinimum", str(rng.choice([60, 68, 70, 75, 78, 80, 85, 90, 95, 100]))))
        elif kind == "box":
            params.append(("box", ",".join(str(b) for b in sorted(rng.sample(range(1, 10), rng.randint(1, 3))))))
        elif kind == "golongan":
            params.append(("golongan", rng.choice(RANKS)))
        elif kind == "education":
            params.append(("education", rng.choice(["D-III", "S1", "S2", "S3"])))
        elif kind == "region":
            params.append(("region", rng.choice(PROVINCES)))
        elif kind == "instansi":
            params.append(("instansi", rng.choice(instansi_codes)))
        else:
            params.append(("q", rng.choice(NAMES) if rng.random() < 0.7 else "19" + str(rng.randint(65, 92))))
    if rng.random() < 0.2:
        params.append(("page", str(rng.randint(2, 5))))
    return urllib.parse.urlencode(params)


def timed(opener, url):
    start = time.perf_counter()
    with opener.open(url, timeout=60) as response:
        body = response.read()
    elapsed = time.perf_counter() - start
    return elapsed, json.loads(body)


def percentile(values, p):
    ordered = sorted(values)
    index = max(0, min(len(ordered) - 1, round(p / 100 * len(ordered) + 0.5) - 1))
    return ordered[index]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("base")
    parser.add_argument("--searches", type=int, default=500)
    parser.add_argument("--views", type=int, default=100)
    parser.add_argument("--concurrency", type=int, default=1)
    parser.add_argument("--seed", type=int, default=2025)
    parser.add_argument("--target-ms", type=float, default=200)
    args = parser.parse_args()

    opener = sign_in(args.base, "nasional", "demo-nasional-bkn")
    first = json.loads(opener.open(args.base + "/api/national/search", timeout=60).read())
    if first["total"] < 1000:
        sys.exit(f"only {first['total']} profiles: seed with `talenta demo --national` first")
    codes = sorted({row["instansi"] for page in range(1, 6)
                    for row in json.loads(opener.open(f"{args.base}/api/national/search?page={page * 37}", timeout=60).read())["rows"]})
    rng = random.Random(args.seed)
    queries = [random_filter(rng, codes) for _ in range(args.searches)]
    for query in queries[:10]:  # warm-up, not counted
        timed(opener, f"{args.base}/api/national/search?{query}")

    def search(query):
        elapsed, body = timed(opener, f"{args.base}/api/national/search?{query}")
        return elapsed, body["total"]

    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=args.concurrency) as pool:
        results = list(pool.map(search, queries))
    wall = time.perf_counter() - started
    latencies = [elapsed * 1000 for elapsed, _ in results]
    totals = [total for _, total in results]

    ids = [row["id"] for row in first["rows"]]
    views = []
    for index in range(args.views):
        elapsed, _ = timed(opener, f"{args.base}/api/national/profiles/{ids[index % len(ids)]}")
        views.append(elapsed * 1000)

    p95 = percentile(latencies, 95)
    report = {
        "profiles": first["total"],
        "searches": len(latencies),
        "concurrency": args.concurrency,
        "seed": args.seed,
        "search_ms": {"p50": round(percentile(latencies, 50), 1), "p95": round(p95, 1), "p99": round(percentile(latencies, 99), 1),
                      "max": round(max(latencies), 1), "mean": round(statistics.mean(latencies), 1)},
        "searches_per_second": round(len(latencies) / wall, 1),
        "matches": {"median": statistics.median(totals), "zero": sum(1 for t in totals if t == 0), "max": max(totals)},
        "profile_view_ms": {"p50": round(percentile(views, 50), 1), "p95": round(percentile(views, 95), 1)} if views else None,
        "target": f"p95 < {args.target_ms:g} ms",
        "met": p95 < args.target_ms,
    }
    print(json.dumps(report, indent=2))
    sys.exit(0 if report["met"] else 1)


if __name__ == "__main__":
    main()
