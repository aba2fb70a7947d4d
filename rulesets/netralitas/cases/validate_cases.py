#!/usr/bin/env python3
"""Checks the netralitas test cases against the case contract (shared/contract/README.md).

Usage: validate_cases.py [FOLDER]     (default: the folder this script is in)

For every NAME.json (a case) and NAME.expected.json (its findings) in FOLDER it checks:

- the case: unknown fields, missing required fields, fields an act kind does not use, types,
  enumeration values, real calendar dates, ids unique across the whole case, references
  (pelaku, peserta, pasangan_dari, pihak, terhadap), and the contract's note that a Pemilu party
  carries no `ditetapkan`;
- the expected file: the shape {kasus, findings}, the six finding fields and nothing else, known
  codes, regimes and levels, citation identifiers in the form of section 0.2 of the legal
  reference, findings that name a real act and its actor, and the order (act id, then code, then
  regime; no two findings share all three);
- the folder: every case has an expected file and the other way round, case ids are unique, and
  INDEX.md has a row for every case.

Prints one line per problem (file, JSON path, message) and exits 1 if there is any. Standard library
only.
"""

import datetime as dt
import json
import os
import re
import sys

# ---------------------------------------------------------------- the contract
PEMILIHAN = {"pemilu_2024", "pilkada_2024"}
PIHAK_JENIS = {"pns", "cpns", "pppk", "non_asn", "pensiunan", "kepala_desa", "perangkat_desa", "anggota_bpd",
               "tni", "polri", "pejabat_negara", "pejabat_daerah", "kepala_daerah", "pj_kepala_daerah", "calon",
               "tim_kampanye"}
JABATAN = {"jpt_madya", "jpt_pratama", "administrator", "pengawas", "fungsional", "pelaksana"}
PESERTA_JENIS = {"partai", "calon", "pasangan_calon", "calon_perseorangan"}
KONTESTASI = {"presiden", "dpr", "dpd", "dprd_provinsi", "dprd_kabkota", "gubernur", "bupati", "wali_kota"}
ATRIBUT = {"partai", "calon", "asn"}
FASILITAS = {"kendaraan_dinas", "kantor", "rumah_dinas", "peralatan", "anggaran", "akun_resmi", "pegawai"}
DAMPAK_LINGKUP = {"unit_kerja", "instansi", "negara"}
KONTEN = {"dukungan", "foto_calon", "netral", "kampanye_hitam", "sara"}
AKUN = {"resmi_calon", "tim_pemenangan", "pribadi", "grup_tertutup"}
SASARAN = {"asn_unit", "keluarga", "masyarakat"}

# Field specs: ("text",), ("bool",), ("int0",), ("date",), ("enum", set), ("list", set),
# ("ref", "pihak" | "peserta" | "perbuatan").
CASE_FIELDS = {"kasus": (True, ("text",)), "wilayah": (False, ("text",)), "pemilihan": (True, ("enum", PEMILIHAN)),
               "pihak": (True, None), "peserta": (False, None), "perbuatan": (True, None)}
PIHAK_FIELDS = {"id": (True, ("text",)), "jenis": (True, ("enum", PIHAK_JENIS)), "jabatan": (False, ("enum", JABATAN)),
                "instansi": (False, ("text",)), "cltn": (False, ("bool",)), "pasangan_dari": (False, ("ref", "peserta")),
                "pensiun_sejak": (False, ("date",)), "mundur_sejak": (False, ("date",)),
                "kewenangan_kepegawaian": (False, ("bool",))}
PESERTA_FIELDS = {"id": (True, ("text",)), "jenis": (True, ("enum", PESERTA_JENIS)), "nama": (False, ("text",)),
                  "ditetapkan": (False, ("date",)), "pihak": (False, ("ref", "pihak")),
                  "kontestasi": (False, ("enum", KONTESTASI))}
COMMON = {"id": (True, ("text",)), "pelaku": (True, ("ref", "pihak")), "tanggal": (True, ("date",)),
          "jenis": (True, None), "peserta": (False, ("ref", "peserta")), "surat_tugas": (False, ("bool",)),
          "atribut": (False, ("list", ATRIBUT)), "fasilitas_negara": (False, ("list", FASILITAS)),
          "gestur_dukungan": (False, ("bool",)), "mengerahkan": (False, ("int0",)),
          "dampak_lingkup": (False, ("enum", DAMPAK_LINGKUP)), "keterangan": (False, ("text",))}
MEDSOS_INTERAKSI = {"konten": (True, ("enum", KONTEN)), "publik": (False, ("bool",)), "akun": (False, ("enum", AKUN))}
OWN = {
    "anggota_partai": {"peran": (False, ("enum", {"anggota", "pengurus"}))},
    "mendaftar_partai": {},
    "deklarasi_diri": {},
    "ditetapkan_calon": {},
    "hadir_acara": {"acara": (True, ("enum", {"kampanye", "deklarasi", "sosialisasi", "silaturahmi", "bakti_sosial",
                                              "rapat_partai", "penyerahan_rekomendasi"})),
                    "peran": (False, ("enum", {"peserta", "narasumber", "panitia"}))},
    "bergabung_tim": {"peran": (True, ("enum", {"pelaksana_kampanye", "tim_kampanye", "tim_sukses", "tim_ahli",
                                                "konsultan", "penyusun_program", "juru_kampanye", "saksi",
                                                "penyandang_dana"}))},
    "medsos_unggah": {"konten": (True, ("enum", KONTEN)), "publik": (False, ("bool",))},
    "medsos_suka": MEDSOS_INTERAKSI, "medsos_komentar": MEDSOS_INTERAKSI, "medsos_bagikan": MEDSOS_INTERAKSI,
    "medsos_ikuti": MEDSOS_INTERAKSI,
    "memasang_apk": {},
    "keputusan": {"dampak": (True, ("enum", {"menguntungkan", "merugikan"}))},
    "keputusan_kepegawaian": {"alasan_politis": (True, ("bool",)), "penggantian_pejabat": (False, ("bool",)),
                              "izin_menteri": (False, ("bool",))},
    "program_pemerintah": {},
    "pelayanan_publik": {},
    "ajakan": {"sasaran": (False, ("enum", SASARAN))},
    "memberi_barang": {"imbalan_suara": (False, ("bool",)), "sasaran": (False, ("enum", SASARAN))},
    "intimidasi": {"sasaran": (False, ("enum", SASARAN))},
    "dukungan_ktp": {},
    "mencoblos": {},
    "tidak_menindak": {"terhadap": (True, ("ref", "perbuatan"))},
    "tidak_tindak_lanjut": {"terhadap": (True, ("ref", "perbuatan"))},
}

# ---------------------------------------------------------------- the findings
KODE = {
    "parpol_anggota", "parpol_pendekatan_bakal_calon", "deklarasi_diri_bakal_calon", "calon_tidak_mundur",
    "kampanye_ikut", "kampanye_atribut", "kampanye_dukungan_aktif", "kampanye_tim", "tim_ahli_pra_penetapan",
    "kampanye_mobilisasi_asn", "kampanye_keluarga_calon", "acara_politik_hadir", "narasumber_politik",
    "medsos_interaksi", "medsos_dukungan", "medsos_foto_calon", "apk_bahan_kampanye", "fasilitas_negara",
    "keputusan_menguntungkan_calon", "manajemen_asn_politis", "program_politisasi", "layanan_publik_memihak",
    "kegiatan_keberpihakan", "pemberian_barang", "politik_uang", "intimidasi", "dukungan_ktp",
    "kampanye_hitam_sara", "pejabat_kampanye_tanpa_cuti", "pelibatan_asn_oleh_peserta", "atasan_tidak_menindak",
    "ppk_tidak_tindak_lanjut", "pelanggaran_netralitas_lain",
}
TINGKAT = {
    "etik_pns": {"moral_tertutup", "moral_terbuka", "perlu_telaah"},
    "disiplin_pns": {"ringan", "sedang", "berat", "perlu_telaah"},
    "status_asn": {"ptdh", "pemberhentian_dengan_hormat", "perlu_telaah"},
    "pppk": {"disiplin_sedang", "disiplin_berat", "phk_dengan_hormat_taps", "phk_tidak_dengan_hormat", "perlu_telaah"},
    "non_asn_kontrak": {"teguran", "pemutusan_kontrak", "perlu_telaah"},
    "desa_admin": {"teguran", "pemberhentian_sementara", "pemberhentian", "perlu_telaah"},
    "aparat_internal": {"perlu_telaah"},
    "pencalonan": {"pembatalan_calon", "tidak_memenuhi_syarat"},
    "prosedural": {"blokir_siasn", "sanksi_ppk", "sanksi_oleh_atasan_ppk", "hukdis_atasan", "perlu_telaah"},
}
PIDANA = {"pidana_pemilu": ("uu7_2017", "pemilu_2024"), "pidana_pilkada": ("uu10_2016", "pilkada_2024")}
ARTICLE = re.compile(r"^(uu7_2017|uu10_2016)\.p\d+[a-z]?(\.a\d+)?$")
CITATION = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z0-9]+)*$")
INSTRUMENTS = {
    "uu5_2014", "uu20_2023", "pp42_2004", "pp37_2004", "pp11_2017", "pp17_2020", "pp94_2021", "pp53_2010",
    "pp49_2018", "uu7_2017", "uu10_2016", "uu6_2014", "uu34_2004", "uu2_2002", "skb2022", "skb2020",
    "se_menpanrb_01_2023", "se_menpanrb_18_2023", "se_menpanrb_04_2024", "se_menpanrb_b71_2017",
    "se_menpanrb_b36_2018", "perpres91_2024", "perpres92_2024", "perbkn1_2023", "perbkn6_2022",
    "perbawaslu6_2018", "perbawaslu7_2022", "pkpu3_2022", "pkpu19_2023", "pkpu2_2024", "pkpu20_2023",
    "surat_mendagri_100_2_1_3_1575_sj", "mk_41_puu_xii_2014", "mk_87_puu_xvi_2018", "mk_65_puu_xxi_2023",
    "mk_136_puu_xxii_2024", "mk_121_puu_xxii_2024",
}
FINDING_FIELDS = ["kode", "perbuatan", "pelaku", "rezim", "tingkat", "dasar"]


def is_date(value):
    if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return False
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def no_duplicate_keys(pairs):
    keys = [k for k, _ in pairs]
    dupes = sorted({k for k in keys if keys.count(k) > 1})
    if dupes:
        raise ValueError(f"duplicate key(s) {', '.join(dupes)}")
    return dict(pairs)


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f, object_pairs_hook=no_duplicate_keys)


class Checker:
    def __init__(self):
        self.errors = []

    def err(self, file, path, message):
        self.errors.append(f"{file}: {path}: {message}")

    # ------------------------------------------------------------ one value against its spec
    def value(self, file, path, value, spec, ids):
        kind = spec[0]
        if kind == "text":
            if not isinstance(value, str) or not value:
                self.err(file, path, "expected non-empty text")
        elif kind == "bool":
            if not isinstance(value, bool):
                self.err(file, path, "expected true or false")
        elif kind == "int0":
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                self.err(file, path, "expected an integer >= 0")
        elif kind == "date":
            if not is_date(value):
                self.err(file, path, f"expected a real date like 2024-10-05, found {value!r}")
        elif kind == "enum":
            if value not in spec[1]:
                self.err(file, path, f"unknown value {value!r}")
        elif kind == "list":
            if not isinstance(value, list):
                self.err(file, path, "expected a list")
                return
            for i, item in enumerate(value):
                if item not in spec[1]:
                    self.err(file, f"{path}[{i}]", f"unknown value {item!r}")
            if len(set(map(str, value))) != len(value):
                self.err(file, path, "repeated value in list")
        elif kind == "ref":
            if value not in ids[spec[1]]:
                self.err(file, path, f"no {spec[1]} with id {value!r}")

    def record(self, file, path, obj, fields, ids, extra_ok=()):
        if not isinstance(obj, dict):
            self.err(file, path, "expected an object")
            return False
        for key in obj:
            if key not in fields and key not in extra_ok:
                self.err(file, f"{path}.{key}", "unknown field")
        for key, (required, spec) in fields.items():
            if key not in obj:
                if required:
                    self.err(file, f"{path}.{key}", "missing required field")
            elif spec is not None:
                self.value(file, f"{path}.{key}", obj[key], spec, ids)
        return True

    # ------------------------------------------------------------ a case
    def case(self, file, case):
        if not isinstance(case, dict):
            self.err(file, "$", "expected an object")
            return None
        lists = {}
        for key in ("pihak", "peserta", "perbuatan"):
            value = case.get(key, [])
            if not isinstance(value, list):
                self.err(file, f"$.{key}", "expected a list")
                value = []
            lists[key] = [x for x in value if isinstance(x, dict)]
        if "pihak" in case and not lists["pihak"]:
            self.err(file, "$.pihak", "needs at least one person")
        ids = {key: {x.get("id") for x in items} for key, items in lists.items()}
        seen = {}
        for key, items in lists.items():
            for i, x in enumerate(items):
                xid = x.get("id")
                if xid in seen:
                    self.err(file, f"$.{key}[{i}].id", f"duplicate id {xid!r} (also {seen[xid]})")
                else:
                    seen[xid] = f"$.{key}[{i}]"
        self.record(file, "$", case, CASE_FIELDS, ids)
        for i, p in enumerate(lists["pihak"]):
            self.record(file, f"$.pihak[{i}]", p, PIHAK_FIELDS, ids)
        for i, t in enumerate(lists["peserta"]):
            path = f"$.peserta[{i}]"
            self.record(file, path, t, PESERTA_FIELDS, ids)
            if case.get("pemilihan") == "pemilu_2024" and t.get("jenis") == "partai" and "ditetapkan" in t:
                self.err(file, f"{path}.ditetapkan", "a Pemilu party takes its date from the calendar (14 Dec 2022)")
        for i, a in enumerate(lists["perbuatan"]):
            path = f"$.perbuatan[{i}]"
            jenis = a.get("jenis")
            if jenis not in OWN:
                self.err(file, f"{path}.jenis", f"unknown act kind {jenis!r}" if "jenis" in a else "missing required field")
                self.record(file, path, a, COMMON, ids, extra_ok=set(a) - set(COMMON))
                continue
            fields = dict(COMMON)
            fields.update(OWN[jenis])
            for key in a:
                if key not in fields and any(key in own for own in OWN.values()):
                    self.err(file, f"{path}.{key}", f"field not used by {jenis}")
            self.record(file, path, a, fields, ids,
                        extra_ok={k for k in a if k not in fields and any(k in own for own in OWN.values())})
            if a.get("terhadap") == a.get("id") and "terhadap" in a:
                self.err(file, f"{path}.terhadap", "an act cannot refer to itself")
        return {"acts": {a.get("id"): a for a in lists["perbuatan"]}, "kasus": case.get("kasus"),
                "pemilihan": case.get("pemilihan")}

    # ------------------------------------------------------------ an expected file
    def expected(self, file, exp, info):
        if not isinstance(exp, dict):
            self.err(file, "$", "expected an object")
            return
        for key in exp:
            if key not in ("kasus", "findings"):
                self.err(file, f"$.{key}", "unknown field")
        if info is not None and exp.get("kasus") != info["kasus"]:
            self.err(file, "$.kasus", f"expected {info['kasus']!r} (the case's id), found {exp.get('kasus')!r}")
        findings = exp.get("findings")
        if not isinstance(findings, list):
            self.err(file, "$.findings", "expected a list")
            return
        keys = []
        for i, f in enumerate(findings):
            path = f"$.findings[{i}]"
            if not isinstance(f, dict):
                self.err(file, path, "expected an object")
                continue
            if list(f) != FINDING_FIELDS:
                self.err(file, path, f"fields must be exactly {', '.join(FINDING_FIELDS)} in that order")
            kode, act, rezim, tingkat = f.get("kode"), f.get("perbuatan"), f.get("rezim"), f.get("tingkat")
            if kode not in KODE:
                self.err(file, f"{path}.kode", f"unknown code {kode!r}")
            if info is not None:
                a = info["acts"].get(act)
                if a is None:
                    self.err(file, f"{path}.perbuatan", f"no act {act!r} in the case")
                elif f.get("pelaku") != a.get("pelaku"):
                    self.err(file, f"{path}.pelaku", f"act {act!r} was done by {a.get('pelaku')!r}")
            if rezim in TINGKAT:
                if tingkat not in TINGKAT[rezim]:
                    self.err(file, f"{path}.tingkat", f"{tingkat!r} is not a level of {rezim}")
            elif rezim in PIDANA:
                prefix, election = PIDANA[rezim]
                if not isinstance(tingkat, str) or not ARTICLE.match(tingkat) or not tingkat.startswith(prefix + "."):
                    self.err(file, f"{path}.tingkat", f"expected an article of {prefix}, found {tingkat!r}")
                if info is not None and info["pemilihan"] != election:
                    self.err(file, f"{path}.rezim", f"{rezim} in a {info['pemilihan']} case")
            else:
                self.err(file, f"{path}.rezim", f"unknown regime {rezim!r}")
            dasar = f.get("dasar")
            if not isinstance(dasar, list) or not dasar:
                self.err(file, f"{path}.dasar", "expected a non-empty list of citations")
            else:
                for j, c in enumerate(dasar):
                    if not isinstance(c, str) or not CITATION.match(c) or c.split(".")[0] not in INSTRUMENTS:
                        self.err(file, f"{path}.dasar[{j}]", f"not a known citation identifier: {c!r}")
                if len(set(map(str, dasar))) != len(dasar):
                    self.err(file, f"{path}.dasar", "repeated citation")
                if rezim in PIDANA and tingkat not in dasar:
                    self.err(file, f"{path}.dasar", f"the article {tingkat!r} should be among the bases")
            keys.append((str(act), str(kode), str(rezim), path))
        for prev, cur in zip(keys, keys[1:]):
            if cur[:3] == prev[:3]:
                self.err(file, cur[3], "two findings with the same act, code and regime")
            elif cur[:3] < prev[:3]:
                self.err(file, cur[3], "findings not sorted by act id, then code, then regime")


def main(argv):
    folder = argv[1] if len(argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    names = sorted(os.listdir(folder))
    cases = [n[:-5] for n in names if n.endswith(".json") and not n.endswith(".expected.json")]
    expected = {n[:-len(".expected.json")] for n in names if n.endswith(".expected.json")}
    chk = Checker()
    kasus_seen = {}
    for name in cases:
        file = name + ".json"
        try:
            case = load(os.path.join(folder, file))
        except (ValueError, OSError) as e:
            chk.err(file, "$", f"not readable JSON: {e}")
            continue
        info = chk.case(file, case)
        if info and isinstance(info["kasus"], str):
            if info["kasus"] in kasus_seen:
                chk.err(file, "$.kasus", f"case id {info['kasus']!r} also used by {kasus_seen[info['kasus']]}")
            kasus_seen[info["kasus"]] = file
        if name not in expected:
            chk.err(file, "$", f"no {name}.expected.json")
            continue
        efile = name + ".expected.json"
        try:
            exp = load(os.path.join(folder, efile))
        except (ValueError, OSError) as e:
            chk.err(efile, "$", f"not readable JSON: {e}")
            continue
        chk.expected(efile, exp, info)
    for name in sorted(expected - set(cases)):
        chk.err(name + ".expected.json", "$", f"no {name}.json")
    index = os.path.join(folder, "INDEX.md")
    if os.path.exists(index):
        with open(index, encoding="utf-8") as f:
            text = f.read()
        for name in cases:
            if f"`{name}`" not in text:
                chk.err("INDEX.md", name, "no row for this case")
    else:
        chk.err("INDEX.md", "$", "missing")
    for line in chk.errors:
        print(line)
    print(f"validate_cases: {len(cases)} cases, {len(chk.errors)} problems")
    return 1 if chk.errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
