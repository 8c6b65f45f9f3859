#!/usr/bin/env python3
"""Hostile request bodies against every anonymous JSON endpoint (the calculations) of a running app.

For each POST under /api/v1/calculations/ in the app's OpenAPI document it builds a valid-looking body from the schema,
then sends it broken in every way it can think of: each value of the wrong type or null, each member missing, an unknown
member in each object, numbers out of range, the text cut short or with a stray character, and whole bodies that are
empty, not JSON, not UTF-8, nested too deeply, in a charset the API does not read or of another content type. It
prints how the answers fall out: by status, how many 5xx, and how many 400s for a body the API could not read name the
JSON path (a `jsonPath` member). The calculation endpoints are rate limited per client address, so requests are sent
from many loopback addresses (127.0.0.0/8 is all local on Linux).

Usage: hostile_bodies.py BASE_URL   (e.g. http://127.0.0.1:5391)
"""
import collections
import http.client
import json
import sys
import urllib.parse

BASE = sys.argv[1].rstrip("/")
HOST = urllib.parse.urlparse(BASE)
counter = [0]


def send(path, body, content_type="application/json"):
    # A new loopback source address every 15 requests keeps each under the per-address limits (20 a minute for the
    # Monte Carlo simulation).
    counter[0] += 1
    n = counter[0] // 15
    source = f"127.{(n // 250) % 250 + 1}.{n % 250 + 1}.{1 + counter[0] % 200}"
    conn = http.client.HTTPConnection(HOST.hostname, HOST.port, timeout=60, source_address=(source, 0))
    data = body if isinstance(body, bytes) else body.encode("utf-8")
    conn.request("POST", path, body=data, headers={"Content-Type": content_type} if content_type else {})
    response = conn.getresponse()
    text = response.read().decode("utf-8", "replace")
    conn.close()
    return response.status, response.getheader("Content-Type") or "", text


def get_json(path):
    conn = http.client.HTTPConnection(HOST.hostname, HOST.port, timeout=60)
    conn.request("GET", path)
    return json.loads(conn.getresponse().read())


DOC = get_json("/openapi/v1.json")


def resolve(schema):
    while "$ref" in schema:
        schema = DOC["components"]["schemas"][schema["$ref"].split("/")[-1]]
    return schema


def sample(schema, depth=0):
    """A plausible value for the schema: every member present, one item in each list."""
    schema = resolve(schema)
    if depth > 8:
        return None
    if "oneOf" in schema:
        return sample(schema["oneOf"][0], depth + 1)
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), None)
    if "enum" in schema:
        return schema["enum"][0]
    if kind == "object" or "properties" in schema:
        return {k: sample(v, depth + 1) for k, v in schema.get("properties", {}).items()}
    if kind == "array":
        return [sample(schema.get("items", {}), depth + 1)]
    if kind == "integer":
        return 1
    if kind == "number":
        return 1
    if kind == "boolean":
        return True
    if kind == "string":
        fmt = schema.get("format")
        return {"date": "2026-04-01", "date-time": "2026-04-01T00:00:00Z", "uuid": "3f2504e0-4f89-11d3-9a0c-0305e82c3301"}.get(fmt, "A")
    return "A"


def nodes(value, path=()):
    """Every member and item of a sample with its path."""
    yield path, value
    if isinstance(value, dict):
        for k, v in value.items():
            yield from nodes(v, path + (k,))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from nodes(v, path + (i,))


def replaced(value, path, new):
    if not path:
        return new
    copy = json.loads(json.dumps(value))
    target = copy
    for p in path[:-1]:
        target = target[p]
    if new is REMOVE:
        del target[path[-1]]
    else:
        target[path[-1]] = new
    return copy


REMOVE = object()


def wrong_values(v):
    if isinstance(v, bool):
        return ["yes", 1]
    if isinstance(v, (int, float)):
        return ["1", True, [], {}, 1e400, -1e400, 1.5, 99999999999999999999999999999999]
    if isinstance(v, str):
        return [1, True, [], {}]
    if isinstance(v, list):
        return [{}, "x", 1]
    if isinstance(v, dict):
        return [[], "x", 1]
    return ["x"]


def mutations(body):
    text = json.dumps(body)
    for path, v in nodes(body):
        for w in wrong_values(v):
            yield "wrong type", json.dumps(replaced(body, path, w)).replace("Infinity", "1e400"), "application/json"
        if path:
            yield "null", json.dumps(replaced(body, path, None)), "application/json"
            if isinstance(path[-1], str):
                yield "missing member", json.dumps(replaced(body, path, REMOVE)), "application/json"
        if isinstance(v, dict):
            yield "unknown member", json.dumps(replaced(body, path, {**v, "zzUnknown": 1})), "application/json"
    for cut in range(1, len(text), max(1, len(text) // 12)):
        yield "cut short", text[:cut], "application/json"
        yield "stray character", text[:cut] + "," + text[cut:], "application/json"
    yield "duplicate member", text[:-1] + ", " + text[1:], "application/json"
    for whole in ["", " ", "null", "[]", '"x"', "1", "true", "{", "}", "{}", "[" * 200, '{"a":' * 100 + "1" + "}" * 100]:
        yield "whole body", whole, "application/json"
    yield "not UTF-8", b'{"schedule":"\xff\xfe"}', "application/json"
    yield "charset", text, "application/json; charset=not-a-charset"
    yield "charset", text.encode("utf-16"), "application/json; charset=utf-16"
    yield "content type", text, "text/plain"
    yield "content type", "a=1", "application/x-www-form-urlencoded"
    yield "content type", text, None


def main():
    tally = collections.Counter()
    by_kind = collections.defaultdict(collections.Counter)
    failures = []
    unnamed = []
    total = 0
    for path, item in sorted(DOC["paths"].items()):
        op = item.get("post")
        if not path.startswith("/api/v1/calculations/") or not op or "requestBody" not in op:
            continue
        schema = op["requestBody"]["content"]["application/json"]["schema"]
        body = sample(schema)
        for kind, data, ctype in mutations(body):
            status, media, text = send(path, data, ctype)
            total += 1
            tally[status] += 1
            by_kind[kind][status] += 1
            if status >= 500:
                failures.append(f"{status} {path} {kind}: {str(data)[:120]!r} -> {text[:160]}")
            # A body the API could not read (not a rule the calculation checks after reading it) must name the path.
            if status == 400 and "could not be read" in text and "jsonPath" not in text:
                unnamed.append(f"{path} {kind}: {str(data)[:100]!r} -> {text[:200]}")
    print(f"answers: {total}")
    print("by status: " + ", ".join(f"{s}: {n}" for s, n in sorted(tally.items())))
    for kind, counts in sorted(by_kind.items()):
        print(f"  {kind:18} " + ", ".join(f"{s}: {n}" for s, n in sorted(counts.items())))
    print(f"5xx: {sum(n for s, n in tally.items() if s >= 500)}")
    print(f"400 'could not be read' without a jsonPath: {len(unnamed)}")
    for line in failures[:15] + unnamed[:10]:
        print("  " + line)


main()
