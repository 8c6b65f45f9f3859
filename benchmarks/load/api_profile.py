"""Where the by-id read's CPU goes, a request at a time (api-profile.sh): reads `perf script -F comm,tid,ip,sym` output
of the product and of the read alone, puts each sample in the innermost part of the request it was taken in, and prints
each part's CPU a request in µs: its samples ÷ the sampling rate ÷ the requests the run's rate gives for the seconds
recorded.
Usage: api_profile.py HZ SECONDS NAME=STACKS:REQUESTS_PER_SECOND..."""
import collections
import re
import sys

# The parts from the innermost out (a request's middleware runs inside the one before it): a sample belongs to the
# first part one of whose frames is anywhere in its stack.
PARTS = [
    ("EF query and SQLite", r"CompiledQueryBase"),
    ("JSON written", r"System\.Text\.Json"),
    ("DbContext pool and scope", r"DbContextPool|ScopedDbContextLease|ServiceProviderEngineScope"),
    ("endpoint, the rest", r"GeneratedRouteBuilderExtensions|dynamicClass::lambda_method"),
    ("authorisation", r"AuthorizationMiddleware|AuthorizationService|PolicyEvaluator|RefusalLogging"),
    ("authentication", r"AuthenticationMiddleware|AuthenticationService|AuthenticationHandler|ApiToken"),
    ("routing", r"EndpointRoutingMiddleware|DfaMatcher"),
    ("other middleware", r"Middleware"),
    ("hosting", r"HostingApplication"),
    ("Kestrel", r"Kestrel"),
    ("sockets", r"System\.Net\.Sockets|SocketAsync"),
    ("thread pool", r"ThreadPoolWorkQueue|PortableThreadPool|WorkerThread"),
]
PATTERNS = [(name, re.compile(pattern)) for name, pattern in PARTS]


def parts(path):
    counts, stack = collections.Counter(), []

    def sample():
        for name, pattern in PATTERNS:
            if any(pattern.search(frame) for frame in stack):
                counts[name] += 1
                return
        counts["no managed frame (kernel, SQLite, the collector…)"] += 1

    for line in open(path, errors="replace"):
        if line[:1] in "\t ":
            if line.strip():
                stack.append(line.strip())
                continue
        if stack:
            sample()
        stack = []
    if stack:
        sample()
    return counts


hz, seconds = float(sys.argv[1]), float(sys.argv[2])
runs = []
for arg in sys.argv[3:]:
    name, rest = arg.split("=", 1)
    path, rps = rest.rsplit(":", 1)
    runs.append((name, parts(path), float(rps) * seconds))
names = [n for n, _ in PARTS] + ["no managed frame (kernel, SQLite, the collector…)"]
print(f"{'µs of CPU a request':52}" + "".join(f"{name:>14}" for name, _, _ in runs))
for part in names:
    print(f"{part:52}" + "".join(f"{1e6 * counts[part] / hz / requests:14.1f}" for _, counts, requests in runs))
print(f"{'all':52}" + "".join(f"{1e6 * sum(c.values()) / hz / r:14.1f}" for _, c, r in runs))
