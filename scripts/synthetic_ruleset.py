#!/usr/bin/env python3
"""Writes a synthetic ruleset of N rules over the contract's case shape, for scaling figures.

Usage: synthetic_ruleset.py N DIR   (DIR gets kasus.netra copied from rulesets/bench-subset and
rules.netra with N rules, each a variant of the subset's rules with its own constants)."""
import os
import shutil
import sys

n, out = int(sys.argv[1]), sys.argv[2]
here = os.path.dirname(os.path.abspath(__file__))
os.makedirs(out, exist_ok=True)
shutil.copy(os.path.join(here, "..", "rulesets", "bench-subset", "kasus.netra"), os.path.join(out, "kasus.netra"))
kinds = ["medsos_suka", "medsos_komentar", "medsos_bagikan", "medsos_unggah", "hadir_acara", "ajakan",
         "keputusan", "bergabung_tim", "memasang_apk", "dukungan_ktp", "anggota_partai", "intimidasi"]
codes = ["medsos_interaksi", "medsos_dukungan", "kampanye_ikut", "kegiatan_keberpihakan", "keputusan_menguntungkan_calon",
         "kampanye_tim", "apk_bahan_kampanye", "dukungan_ktp", "parpol_anggota", "intimidasi"]
lines = ['ruleset synthetic version "1"', 'source s "Sumber" effective 2000-01-01', ""]
for i in range(n):
    kind = kinds[i % len(kinds)]
    code = codes[i % len(codes)]
    day = 1 + i % 28
    lines.append(f'rule r{i} basis s "Pasal {i + 1}"')
    lines.append("  when")
    lines.append("    a: Perbuatan")
    lines.append(f"    a.jenis == {kind}")
    lines.append(f"    a.tanggal after 2023-{1 + i % 12:02d}-{day:02d}")
    lines.append("    p: Pihak")
    lines.append("    p.id == a.pelaku")
    lines.append("    p.jenis in {pns, cpns, pppk}")
    lines.append(f'  then Temuan {{ kode: {code}, perbuatan: a.id, pelaku: p.id, rezim: disiplin_pns, tingkat: "berat" }}')
with open(os.path.join(out, "rules.netra"), "w") as f:
    f.write("\n".join(lines) + "\n")
