#!/usr/bin/env python3
"""Sums the TRX files of a test run: one line per suite, then 'N passed, N failed, N skipped'. Exits 1 on any failure."""
import pathlib
import sys
import xml.etree.ElementTree as ET

NS = "{http://microsoft.com/schemas/VisualStudio/TeamTest/2010}"
folder = pathlib.Path(sys.argv[1])
passed = failed = skipped = 0
for trx in sorted(folder.glob("*.trx")):
    outcomes = [r.get("outcome") for r in ET.parse(trx).getroot().iter(f"{NS}UnitTestResult")]
    p = outcomes.count("Passed")
    s = outcomes.count("NotExecuted")
    f = len(outcomes) - p - s
    print(f"{trx.stem}: {p} passed, {f} failed, {s} skipped")
    passed, failed, skipped = passed + p, failed + f, skipped + s
missing = folder / "missing.txt"
if missing.exists():
    for line in missing.read_text().splitlines():
        print(line)
        failed += 1
print()
print(f"{passed} passed, {failed} failed, {skipped} skipped")
sys.exit(1 if failed or passed == 0 else 0)
