#!/usr/bin/env python3
"""Runs netra on every case of a directory and compares its findings with NAME.expected.json.

Usage: compare_cases.py [--netra PATH] [--ruleset DIR] [--codes k1,k2] [CASE_DIR ...]

Findings are compared on (kode, perbuatan, pelaku, rezim, tingkat); `dasar` differences are
reported separately as notes. With --codes, only findings of those codes are compared (for
working on a part of the ruleset). Exit 1 when any case differs.
"""
import argparse
import json
import os
import subprocess
import sys

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(here)


def key(f):
    return (f["perbuatan"], f["kode"], f["rezim"], f["pelaku"], f["tingkat"])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--netra", default=os.path.join(root, ".build/release/netra"))
    parser.add_argument("--ruleset", default=os.path.join(root, "rulesets/netralitas"))
    parser.add_argument("--codes", default="")
    parser.add_argument("--dasar", action="store_true", help="also report dasar differences")
    parser.add_argument("dirs", nargs="*", default=[os.path.join(root, "rulesets/netralitas/cases"), "/work/shared/contract/examples"])
    args = parser.parse_args()
    codes = set(c for c in args.codes.split(",") if c)
    failures = 0
    total = 0
    for directory in args.dirs:
        for name in sorted(os.listdir(directory)):
            if not name.endswith(".json") or name.endswith(".expected.json"):
                continue
            case = os.path.join(directory, name)
            expected_path = case[: -len(".json")] + ".expected.json"
            if not os.path.exists(expected_path):
                continue
            total += 1
            expected = json.load(open(expected_path))["findings"]
            run = subprocess.run([args.netra, "eval", args.ruleset, case, "--format", "json"], capture_output=True, text=True)
            if run.returncode != 0:
                failures += 1
                print(f"ERROR {name}: exit {run.returncode}\n{run.stderr[:2000]}")
                continue
            actual = json.loads(run.stdout)["findings"]
            if codes:
                expected = [f for f in expected if f["kode"] in codes]
                actual = [f for f in actual if f["kode"] in codes]
            e = {key(f): f for f in expected}
            a = {key(f): f for f in actual}
            missing = sorted(set(e) - set(a))
            extra = sorted(set(a) - set(e))
            if missing or extra:
                failures += 1
                print(f"DIFF  {name}")
                for m in missing:
                    print(f"   missing  {m}")
                for x in extra:
                    print(f"   extra    {x}")
            elif args.dasar:
                for k in e:
                    if e[k].get("dasar") != a[k].get("dasar"):
                        print(f"NOTE  {name} {k}: dasar {a[k].get('dasar')} expected {e[k].get('dasar')}")
    print(f"{total - failures}/{total} cases agree")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
