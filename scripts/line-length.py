#!/usr/bin/env python3
"""Holds C# lines to the .editorconfig's max_line_length (120) where CSharpier cannot (decision 0017).

CSharpier lays code out within the limit but leaves comments and string literals as written. This script:
  check (default)   lists every line of tracked C# (migrations excepted) over the limit and exits 1 if there is any,
                    except a line that is over only because of one string literal (a message split over lines can no
                    longer be found by searching for it, so such lines stay whole) and the inside of raw string
                    literals (JSON, SQL, browser scripts);
  --fix-comments    rewraps over-long comment lines (// and ///) at word boundaries, carrying the rest into the next
                    line of the same comment when that line continues the sentence, and moves a trailing comment that
                    makes a line too long onto its own line above.
Usage: scripts/line-length.py [--fix-comments] [paths...]
"""
import re
import subprocess
import sys
from pathlib import Path

LIMIT = 120
ROOT = Path(__file__).resolve().parent.parent
COMMENT = re.compile(r"^(\s*)(///|//)( ?)(.*)$")
STRING = re.compile(r'\$*""".*?"""|\$?@?"(?:[^"\\]|\\.)*"')


def tracked_files(args):
    if args:
        return [Path(a) for a in args]
    out = subprocess.run(["git", "ls-files", "*.cs"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    return [ROOT / f for f in out.splitlines() if "/Migrations/" not in f and "/CompiledModels/" not in f]


def exempt(line):
    """Over the limit only because of a string literal that cannot be split without hiding it from a search."""
    longest = max((m.group(0) for m in STRING.finditer(line)), key=len, default="")
    return len(longest) > 20 and len(line) - len(longest) + 2 <= LIMIT


def continues(line, marker, indent):
    m = COMMENT.match(line)
    if not m or m.group(1) != indent or m.group(2) != marker:
        return False
    text = m.group(4)
    return bool(text) and not re.match(r"(<|-|\*|\d+\.|[A-Z][\w ]*:$)", text)


def wrap_comments(lines):
    out, i, changed = [], 0, False
    while i < len(lines):
        line = lines[i]
        m = COMMENT.match(line)
        if m and len(line) > LIMIT:
            indent, marker, space, text = m.groups()
            head = f"{indent}{marker}{space or ' '}"
            words = text.split(" ")
            current = head + words[0]
            rest = []
            for w in words[1:]:
                if rest or len(current) + 1 + len(w) > LIMIT:
                    rest.append(w)
                else:
                    current += " " + w
            out.append(current)
            if rest:
                carry = " ".join(rest)
                if i + 1 < len(lines) and continues(lines[i + 1], marker, indent):
                    nxt = COMMENT.match(lines[i + 1])
                    lines[i + 1] = f"{head}{carry} {nxt.group(4)}"
                else:
                    lines.insert(i + 1, head + carry)
            changed = True
            i += 1
            continue
        trailing = re.match(r"^(\s*)(\S.*?;|\S.*?[{,(])\s+//\s?(.*)$", line)
        if len(line) > LIMIT and trailing and '"' not in trailing.group(2) and len(trailing.group(1) + trailing.group(2)) <= LIMIT:
            indent, code, note = trailing.groups()
            lines[i] = indent + code
            lines.insert(i, f"{indent}// {note}")
            changed = True
            continue
        out.append(line)
        i += 1
    return out, changed


def main(argv):
    fix = "--fix-comments" in argv
    files = tracked_files([a for a in argv if not a.startswith("--")])
    problems = []
    for path in files:
        text = path.read_text(encoding="utf-8")
        lines = text.split("\n")
        if fix:
            lines, changed = wrap_comments(lines)
            if changed:
                path.write_text("\n".join(lines), encoding="utf-8")
        in_raw = False
        for n, line in enumerate(lines, 1):
            starts_raw = in_raw
            in_raw ^= line.count('"""') % 2 == 1
            # The inside of a raw string literal is data (JSON, SQL, a browser script), laid out as that language wants.
            if len(line) > LIMIT and not (starts_raw and in_raw) and not exempt(line):
                problems.append(f"{path.relative_to(ROOT)}:{n}: {len(line)} characters")
    for p in problems:
        print(p)
    if problems:
        print(f"{len(problems)} lines over {LIMIT} characters (the limit of .editorconfig)", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
