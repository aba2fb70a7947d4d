#!/usr/bin/env python3
"""Throwaway oracle of docs/rulesets/netralitas-decisions.md (scratch tool, not a deliverable).

Usage: oracle.py CASE.json...   prints expected findings JSON for each case.
       oracle.py --write DIR      writes DIR/NAME.expected.json for every DIR/NAME.json
"""
import json
import os
import sys

# ---------------------------------------------------------------- calendars (decision table §2)
CAL = {
    "pemilu_2024": [
        ("pra_tahapan", "0000-01-01", "2022-06-13"),
        ("bakal_calon", "2022-06-14", "2023-11-02"),
        ("pasca_penetapan", "2023-11-03", "2023-11-27"),
        ("kampanye", "2023-11-28", "2024-02-10"),
        ("masa_tenang", "2024-02-11", "2024-02-13"),
        ("pemungutan", "2024-02-14", "2024-02-14"),
        ("rekapitulasi", "2024-02-15", "2024-03-20"),
        ("pasca_pemilihan", "2024-03-21", "9999-12-31"),
    ],
    "pilkada_2024": [
        ("pra_tahapan", "0000-01-01", "2024-01-25"),
        ("bakal_calon", "2024-01-26", "2024-09-21"),
        ("pasca_penetapan", "2024-09-22", "2024-09-24"),
        ("kampanye", "2024-09-25", "2024-11-23"),
        ("masa_tenang", "2024-11-24", "2024-11-26"),
        ("pemungutan", "2024-11-27", "2024-11-27"),
        ("rekapitulasi", "2024-11-28", "2024-12-16"),
        ("pasca_pemilihan", "2024-12-17", "9999-12-31"),
    ],
}
PARTAI_PEMILU = "2022-12-14"
PP94 = "2021-08-31"
PASLON_PILKADA = "2024-09-22"
UU20 = "2023-10-31"
SE_NONASN = "2023-01-03"
PERBKN = "2023-01-10"
BKN = "2024-08-24"
MK136 = "2024-11-14"
P71_2_START = "2024-03-22"
P71_3_END = "2024-12-16"

ASN_PNS = {"pns", "cpns", "pj_kepala_daerah"}
ASN = ASN_PNS | {"pppk"}
ASNLIKE = ASN | {"non_asn"}
DESA_KP = {"kepala_desa", "perangkat_desa"}
APARAT = {"tni", "polri"}
POL = {"pejabat_negara", "kepala_daerah"}
KAMPANYE_AKTOR = {"calon", "tim_kampanye"}
INTERAKSI = {"medsos_suka", "medsos_komentar", "medsos_bagikan", "medsos_ikuti"}
PARTISAN = {"dukungan", "foto_calon"}
HITAM = {"kampanye_hitam", "sara"}
INHERENT = {"kampanye", "deklarasi", "rapat_partai", "penyerahan_rekomendasi"}
P494 = {"pelaksana_kampanye", "tim_kampanye", "juru_kampanye"}


def stage(pem, d):
    for name, lo, hi in CAL[pem]:
        if lo <= d <= hi:
            return name
    raise ValueError(d)


def asn9(d):
    return "uu5_2014.p9.a2" if d < UU20 else "uu20_2023.p9.a2"


ETIK = ["pp42_2004.p11.c", "pp42_2004.p15"]


class Eval:
    def __init__(self, case):
        self.case = case
        self.pem = case["pemilihan"]
        self.pihak = {p["id"]: p for p in case["pihak"]}
        self.peserta = {t["id"]: t for t in case.get("peserta", [])}
        self.acts = {a["id"]: a for a in case["perbuatan"]}
        self.out = {}
        self.etik_keys = set()

    # ------------------------------------------------------------ helpers
    def emit(self, kode, a, rezim, tingkat, dasar):
        key = (a["id"], kode, rezim)
        if key in self.out:
            raise AssertionError(f"{self.case['kasus']}: duplicate finding {key}")
        self.out[key] = {"kode": kode, "perbuatan": a["id"], "pelaku": a["pelaku"], "rezim": rezim,
                         "tingkat": tingkat, "dasar": list(dasar)}

    def has(self, a, exclude=()):
        return any(k[0] == a["id"] and k[1] not in exclude for k in self.out)

    def det(self, t):
        if t["jenis"] == "partai":
            return PARTAI_PEMILU if self.pem == "pemilu_2024" else t.get("ditetapkan", PASLON_PILKADA)
        return t.get("ditetapkan")

    def status(self, a):
        t = self.peserta.get(a.get("peserta"))
        if t is None:
            return None
        d = self.det(t)
        return "post" if d is not None and d <= a["tanggal"] else "pre"

    def bound(self, p, d):
        if p["jenis"] == "pensiunan":
            return False
        for k in ("pensiun_sejak", "mundur_sejak"):
            if k in p and p[k] <= d:
                return False
        return True

    def incumbent(self, p):
        return any(t.get("pihak") == p["id"] and t["jenis"] != "partai" for t in self.peserta.values())

    def lvl(self, p, a, L, dasar):
        """ASN-like actor: abstract level -> one finding triple, or None."""
        j = p["jenis"]
        if L != "ETIK" and j in ASN and a["tanggal"] < PP94:
            return None  # PP 53/2010 governs; not encoded
        if j in ASN_PNS:
            rz = {"ETIK": ("etik_pns", "moral_terbuka"), "TELAAH": ("disiplin_pns", "perlu_telaah"),
                  "RINGAN": ("disiplin_pns", "ringan"), "SEDANG": ("disiplin_pns", "sedang"),
                  "BERAT": ("disiplin_pns", "berat")}[L]
            return rz + (dasar,)
        if j == "pppk":
            rz = {"ETIK": ("pppk", "perlu_telaah"), "TELAAH": ("pppk", "perlu_telaah"),
                  "RINGAN": ("pppk", "perlu_telaah"), "SEDANG": ("pppk", "disiplin_sedang"),
                  "BERAT": ("pppk", "disiplin_berat")}[L]
            return rz + ([x for x in dasar if not x.startswith("pp42_2004")] + ["pp49_2018.p52.a3"],)
        if j == "non_asn":
            if a["tanggal"] < SE_NONASN:
                return None
            return ("non_asn_kontrak", "perlu_telaah" if L == "TELAAH" else "teguran", ["se_menpanrb_01_2023"])
        return None

    def asn(self, kode, p, a, L, dasar):
        r = self.lvl(p, a, L, dasar)
        if r:
            self.emit(kode, a, *r)
            if L == "ETIK":
                self.etik_keys.add((a["id"], kode, r[0]))

    def desa(self, kode, p, a, huruf):
        if p["jenis"] == "kepala_desa":
            self.emit(kode, a, "desa_admin", "teguran", [f"uu6_2014.p29.{huruf}", "uu6_2014.p30"])
        elif p["jenis"] == "perangkat_desa":
            self.emit(kode, a, "desa_admin", "teguran", [f"uu6_2014.p51.{huruf}", "uu6_2014.p52"])

    def aparat(self, kode, p, a):
        b = ["uu34_2004.p39"] if p["jenis"] == "tni" else ["uu2_2002.p28.a1"]
        self.emit(kode, a, "aparat_internal", "perlu_telaah", b)

    def benefit_crime(self, kode, p, a, window71_3=False):
        """Criminal route for 'decision or action benefiting/harming a participant' (Pasal 282/490/547;
        Pasal 71(1)/(3) with 188). Returns True if emitted."""
        j, d, st = p["jenis"], a["tanggal"], self.status(a)
        if self.pem == "pemilu_2024":
            if stage(self.pem, d) != "kampanye" or st != "post":
                return False
            if j == "kepala_desa":
                self.emit(kode, a, "pidana_pemilu", "uu7_2017.p490", ["uu7_2017.p282", "uu7_2017.p490"])
                return True
            if j in POL:
                self.emit(kode, a, "pidana_pemilu", "uu7_2017.p547", ["uu7_2017.p282", "uu7_2017.p547"])
                return True
            return False
        # pilkada
        late = {"pejabat_daerah", "tni", "polri"}
        eligible = ASN | {"kepala_desa"} | POL | late
        if j not in eligible:
            return False
        if j in late and d < MK136:
            return False
        a1 = st == "post"
        a3 = (window71_3 and j in {"kepala_daerah", "pj_kepala_daerah"} and st is not None
              and P71_2_START <= d <= P71_3_END)
        if not (a1 or a3):
            return False
        dasar = []
        if a1:
            dasar.append("uu10_2016.p71.a1")
        if a3:
            dasar.append("uu10_2016.p71.a3")
        if j == "pj_kepala_daerah":
            dasar.append("uu10_2016.p71.a4")
        dasar.append("uu10_2016.p188")
        if j in late:
            dasar.append("mk_136_puu_xxii_2024")
        self.emit(kode, a, "pidana_pilkada", "uu10_2016.p188", dasar)
        return True

    # ------------------------------------------------------------ main
    def run(self):
        procedural = []
        for a in self.case["perbuatan"]:
            if a["jenis"] in ("tidak_menindak", "tidak_tindak_lanjut"):
                procedural.append(a)
                continue
            self.act(a)
        for a in procedural:
            self.proc(a)
        return sorted(self.out.values(), key=lambda f: (f["perbuatan"], f["kode"], f["rezim"]))

    def act(self, a):
        p = self.pihak[a["pelaku"]]
        d = a["tanggal"]
        j = p["jenis"]
        jenis = a["jenis"]
        if jenis == "mencoblos":  # X1
            return
        if not self.bound(p, d):
            self.anyone(p, a)  # only crimes of "any person"
            return
        st = self.status(a)
        stg = stage(self.pem, d)
        inK = stg == "kampanye"
        fas = a.get("fasilitas_negara", [])
        atr = a.get("atribut", [])
        gestur = a.get("gestur_dukungan", False)
        tugas = a.get("surat_tugas", False)
        ngerahkan = a.get("mengerahkan", 0)
        t = self.peserta.get(a.get("peserta"))

        handler = getattr(self, "k_" + jenis)
        handler(p, a, st, stg, inK, fas, atr, gestur, tugas, ngerahkan, t)

        # code 18 (derivative for ASN-like, desa, aparat)
        if fas and not tugas and (j in ASNLIKE or j in DESA_KP or j in APARAT):
            if self.has(a):
                if j in ASNLIKE:
                    self.asn("fasilitas_negara", p, a, "BERAT", ["pp94_2021.p5.n.4", "pp94_2021.p14.i.2"])
                elif j in DESA_KP:
                    self.desa("fasilitas_negara", p, a, "c")
                else:
                    self.aparat("fasilitas_negara", p, a)
        # code 18 criminal (campaign actors; officials campaigning)
        campaigning_official = (j in POL and jenis == "hadir_acara" and a.get("acara") == "kampanye"
                                and inK and (gestur or a.get("peran") in ("narasumber", "panitia")))
        if fas and not tugas and inK and (j in KAMPANYE_AKTOR or campaigning_official):
            venue_only = set(fas) == {"kantor"}
            if not venue_only or atr:  # X10 (MK 65/PUU-XXI/2023)
                if self.pem == "pemilu_2024":
                    self.emit("fasilitas_negara", a, "pidana_pemilu", "uu7_2017.p521",
                              ["uu7_2017.p280.a1.h", "uu7_2017.p304.a2", "uu7_2017.p521"])
                else:
                    self.emit("fasilitas_negara", a, "pidana_pilkada", "uu10_2016.p187.a3",
                              ["uu10_2016.p69.h", "uu10_2016.p187.a3"])
        # code 30
        if j in KAMPANYE_AKTOR and ngerahkan > 0 and inK:
            if self.pem == "pemilu_2024":
                self.emit("pelibatan_asn_oleh_peserta", a, "pidana_pemilu", "uu7_2017.p493",
                          ["uu7_2017.p280.a2.f", "uu7_2017.p493"])
            elif j == "calon":
                self.emit("pelibatan_asn_oleh_peserta", a, "pidana_pilkada", "uu10_2016.p189",
                          ["uu10_2016.p70.a1.b", "uu10_2016.p189"])

    def anyone(self, p, a):
        if a["jenis"] == "memberi_barang" and a.get("imbalan_suara"):
            self.money_crime(p, a)

    # ------------------------------------------------------------ act kinds
    def k_anggota_partai(self, p, a, st, stg, inK, fas, atr, gestur, tugas, n, t):
        j, d = p["jenis"], a["tanggal"]
        peran = a.get("peran", "anggota")
        uu = ["uu5_2014.p87.a4.c"] if d < UU20 else ["uu20_2023.p52.a3.j", "uu20_2023.p52.a4"]
        if j in ("pns", "pj_kepala_daerah"):
            self.emit("parpol_anggota", a, "status_asn", "ptdh",
                      uu + ["pp11_2017.p250.c", "pp11_2017.p255", "pp37_2004.p2", "skb2022.lamp2.disiplin.5"])
        elif j == "cpns":
            self.emit("parpol_anggota", a, "status_asn", "ptdh",
                      uu + ["pp11_2017.p36", "pp37_2004.p2", "skb2022.lamp2.disiplin.5"])
        elif j == "pppk":
            uu = ["uu5_2014.p105.a3.c"] if d < UU20 else ["uu20_2023.p52.a3.j", "uu20_2023.p52.a4"]
            self.emit("parpol_anggota", a, "pppk", "phk_tidak_dengan_hormat",
                      uu + ["pp49_2018.p53.a3.c", "skb2022.lamp2.disiplin.5"])
        elif j == "non_asn":
            self.asn("parpol_anggota", p, a, "BERAT", [])
        elif j in DESA_KP and peran == "pengurus":
            self.desa("parpol_anggota", p, a, "g")
        elif j == "anggota_bpd" and peran == "pengurus":
            self.emit("parpol_anggota", a, "desa_admin", "perlu_telaah", ["uu6_2014.p64.h"])
        elif j in APARAT:
            self.aparat("parpol_anggota", p, a)

    def k_mendaftar_partai(self, p, a, st, stg, inK, *rest):
        if p["jenis"] in ASNLIKE and not p.get("cltn") and stg in ("pra_tahapan", "bakal_calon"):
            self.asn("parpol_pendekatan_bakal_calon", p, a, "SEDANG",
                     ["skb2022.lamp2.disiplin.3", "pp42_2004.p11.c"])

    def k_deklarasi_diri(self, p, a, st, *rest):
        if p["jenis"] in ASNLIKE and not p.get("cltn") and st != "post":
            self.asn("deklarasi_diri_bakal_calon", p, a, "ETIK", ["se_menpanrb_b71_2017"] + ETIK)

    def k_ditetapkan_calon(self, p, a, *rest):
        j, d = p["jenis"], a["tanggal"]
        # X7: resignation effective by the end of the month of determination
        eom = d[:8] + "31"
        if "mundur_sejak" in p and p["mundur_sejak"] <= eom:
            return
        t = self.peserta.get(a.get("peserta"))
        if self.pem == "pilkada_2024":
            syarat = ["uu10_2016.p7.a2.t"]
        else:
            syarat = ["uu7_2017.p182.k"] if (t and t.get("kontestasi") == "dpd") else ["uu7_2017.p240.a1.k"]
        if j in ASN_PNS:
            b = (["uu5_2014.p123.a3"] if d < UU20 else []) + ["pp11_2017.p254.a1", "pp11_2017.p254.a4",
                                                             "mk_41_puu_xii_2014"]
            self.emit("calon_tidak_mundur", a, "status_asn", "ptdh", b)
        elif j == "pppk":
            self.emit("calon_tidak_mundur", a, "pppk", "phk_tidak_dengan_hormat", ["pp49_2018.p53"] + syarat)
        elif j in APARAT:
            b = ["uu34_2004.p39"] if j == "tni" else ["uu2_2002.p28.a3"]
            self.emit("calon_tidak_mundur", a, "aparat_internal", "perlu_telaah", b)
        elif j != "kepala_desa":
            return
        self.emit("calon_tidak_mundur", a, "pencalonan", "tidak_memenuhi_syarat", syarat)

    def k_hadir_acara(self, p, a, st, stg, inK, fas, atr, gestur, tugas, n, t):
        j = p["jenis"]
        acara = a["acara"]
        peran = a.get("peran", "peserta")
        political = acara in INHERENT or t is not None
        if not political:
            return
        aktif = gestur or peran == "panitia" or (peran == "narasumber" and acara in ("kampanye", "deklarasi"))
        pembicara = peran == "narasumber" and acara not in ("kampanye", "deklarasi")
        attr = bool(atr) or "kendaraan_dinas" in fas
        campaignK = acara == "kampanye" and inK
        post = st == "post"
        if j in ASNLIKE:
            spouse = p.get("pasangan_dari") is not None and p.get("pasangan_dari") == a.get("peserta")
            clean = not gestur and not atr and not fas and n == 0
            if spouse and acara in ("kampanye", "deklarasi"):
                if p.get("cltn") and clean:  # X4
                    return
                self.asn("kampanye_keluarga_calon", p, a, "ETIK",
                         ["skb2022.lamp2.etik.7", "se_menpanrb_18_2023"] + ETIK)
                suppress_passive = True
            elif spouse and clean and peran == "peserta":  # SE 18/2023: accompanying at introduction
                return
            else:
                suppress_passive = False
            # X2
            x2 = tugas
            if campaignK:
                if attr and not x2:
                    self.asn("kampanye_atribut", p, a, "SEDANG", ["pp94_2021.p5.n.2", "pp94_2021.p13.g"])
                if (not attr and not aktif and not pembicara and n == 0 and not x2 and not suppress_passive):
                    self.asn("kampanye_ikut", p, a, "TELAAH", ["pp94_2021.p5.n.1"])
            else:
                if not aktif and not pembicara and n == 0 and not x2 and not suppress_passive:
                    self.asn("acara_politik_hadir", p, a, "ETIK", ["skb2022.lamp2.etik.6"] + ETIK)
            if aktif and not (tugas and not gestur):
                if post:
                    self.asn("kampanye_dukungan_aktif", p, a, "BERAT",
                             ["skb2022.lamp2.disiplin.4", asn9(a["tanggal"])])
                else:
                    self.asn("kampanye_dukungan_aktif", p, a, "ETIK", ["skb2022.lamp2.etik.3"] + ETIK)
            if pembicara and not (tugas and not gestur):
                if post:
                    self.asn("narasumber_politik", p, a, "BERAT",
                             ["pp94_2021.p5.n.6", "pp94_2021.p14.i.4", "se_menpanrb_b71_2017"])
                else:
                    self.asn("narasumber_politik", p, a, "ETIK", ["se_menpanrb_b71_2017"] + ETIK)
            if n > 0:
                if campaignK or post:
                    self.asn("kampanye_mobilisasi_asn", p, a, "BERAT", ["pp94_2021.p5.n.3", "pp94_2021.p14.i.1"])
                else:
                    self.asn("kampanye_mobilisasi_asn", p, a, "ETIK", ETIK)
        elif j in DESA_KP:
            if tugas and not gestur:
                return
            if acara in ("kampanye", "deklarasi") or aktif or pembicara:
                self.desa("kampanye_dukungan_aktif", p, a, "j")
                if j == "kepala_desa" and (aktif or pembicara):
                    self.benefit_crime("kampanye_dukungan_aktif", p, a)
        elif j in APARAT:
            if tugas and not gestur:
                return
            self.aparat("kampanye_dukungan_aktif", p, a)
            if aktif or pembicara:
                self.benefit_crime("kampanye_dukungan_aktif", p, a)
        elif j in POL:
            if acara == "kampanye" and inK and (gestur or peran in ("narasumber", "panitia")):
                if not p.get("cltn") or fas:  # X13
                    b = ["uu7_2017.p281.a1"] if self.pem == "pemilu_2024" else ["uu10_2016.p70.a3"]
                    self.emit("pejabat_kampanye_tanpa_cuti", a, "prosedural", "perlu_telaah", b)

    def k_bergabung_tim(self, p, a, st, stg, inK, fas, atr, gestur, tugas, n, t):
        j = p["jenis"]
        if st is None:
            return
        peran = a["peran"]
        if st == "pre":
            if j in ASNLIKE:
                self.asn("tim_ahli_pra_penetapan", p, a, "SEDANG", ["skb2022.lamp2.disiplin.9", asn9(a["tanggal"])])
            elif j in DESA_KP:
                self.desa("tim_ahli_pra_penetapan", p, a, "j")
            elif j in APARAT:
                self.aparat("tim_ahli_pra_penetapan", p, a)
            return
        kode = "kampanye_tim"
        if j in ASNLIKE:
            self.asn(kode, p, a, "BERAT", ["pp94_2021.p5.n.3", "skb2022.lamp2.disiplin.10"])
        elif j in DESA_KP:
            self.desa(kode, p, a, "j")
        elif j in APARAT:
            self.aparat(kode, p, a)
        huruf = {"pns": "f", "cpns": "f", "pppk": "f", "pj_kepala_daerah": "f", "tni": "g", "polri": "g",
                 "kepala_desa": "h", "perangkat_desa": "i", "anggota_bpd": "j"}.get(j)
        if self.pem == "pemilu_2024":
            if huruf and peran in P494:
                self.emit(kode, a, "pidana_pemilu", "uu7_2017.p494",
                          [f"uu7_2017.p280.a2.{huruf}", "uu7_2017.p280.a3", "uu7_2017.p494"])
        elif j in {"kepala_desa", "tni", "polri"}:
            self.benefit_crime(kode, p, a)

    def medsos_side(self, kode, p, a):
        """desa / aparat for online codes 14-17."""
        j = p["jenis"]
        if j in DESA_KP:
            self.desa(kode, p, a, "j")
            if j == "kepala_desa":
                self.benefit_crime(kode, p, a)
        elif j in APARAT:
            self.aparat(kode, p, a)
            self.benefit_crime(kode, p, a)

    def interaksi(self, p, a, st, *rest):
        konten = a["konten"]
        if konten in HITAM:
            if a["jenis"] in ("medsos_komentar", "medsos_bagikan"):
                self.hitam(p, a)
            return
        if konten not in PARTISAN:
            return
        if a["jenis"] == "medsos_ikuti" and a.get("akun") == "resmi_calon":  # U-13
            return
        kode = "medsos_interaksi"
        if p["jenis"] in ASNLIKE:
            if st == "post":
                self.asn(kode, p, a, "BERAT", ["skb2022.lamp2.disiplin.6", asn9(a["tanggal"]),
                                               "pp94_2021.p5.n.5", "pp94_2021.p14.i.3"])
            else:
                self.asn(kode, p, a, "ETIK", ["skb2022.lamp2.etik.4"] + ETIK)
        else:
            self.medsos_side(kode, p, a)

    k_medsos_suka = k_medsos_komentar = k_medsos_bagikan = k_medsos_ikuti = interaksi

    def k_medsos_unggah(self, p, a, st, stg, inK, fas, atr, gestur, tugas, n, t):
        konten = a["konten"]
        if konten in HITAM:
            self.hitam(p, a)
            return
        if konten not in PARTISAN or t is None:  # X9
            return
        if konten == "foto_calon":
            if not a.get("publik", True):
                return
            if (p.get("cltn") and p.get("pasangan_dari") == a.get("peserta") and not gestur and not atr
                    and not fas):  # X4
                return
            kode, e, dd = "medsos_foto_calon", "skb2022.lamp2.etik.5", [
                "skb2022.lamp2.disiplin.7", "pp94_2021.p5.n.5", "pp94_2021.p14.i.3"]
        else:
            kode, e, dd = "medsos_dukungan", "skb2022.lamp2.etik.2", [
                "skb2022.lamp2.disiplin.2", "pp94_2021.p5.n.6", "pp94_2021.p14.i.4"]
        if p["jenis"] in ASNLIKE:
            if st == "post":
                self.asn(kode, p, a, "BERAT", dd)
            else:
                self.asn(kode, p, a, "ETIK", [e] + ETIK)
        else:
            self.medsos_side(kode, p, a)

    def hitam(self, p, a):
        j, d = p["jenis"], a["tanggal"]
        kode = "kampanye_hitam_sara"
        dl = a.get("dampak_lingkup")
        if j in ASNLIKE:
            if dl in ("unit_kerja", "instansi"):
                self.asn(kode, p, a, "SEDANG", ["pp94_2021.p3.b", "pp94_2021.p10.a"])
            elif dl == "negara":
                self.asn(kode, p, a, "BERAT", ["pp94_2021.p3.b", "pp94_2021.p11.b"])
            else:
                self.asn(kode, p, a, "TELAAH", ["pp94_2021.p3.b"])
        elif j in DESA_KP:
            self.desa(kode, p, a, "e")
        elif j in APARAT:
            self.aparat(kode, p, a)
        elif j in KAMPANYE_AKTOR and stage(self.pem, d) == "kampanye":
            if self.pem == "pemilu_2024":
                self.emit(kode, a, "pidana_pemilu", "uu7_2017.p521", ["uu7_2017.p280.a1.c", "uu7_2017.p521"])
            else:
                h = "b" if a["konten"] == "sara" else "c"
                self.emit(kode, a, "pidana_pilkada", "uu10_2016.p187.a2", [f"uu10_2016.p69.{h}", "uu10_2016.p187.a2"])

    def k_memasang_apk(self, p, a, st, stg, inK, fas, atr, gestur, tugas, n, t):
        if t is None:
            return
        kode = "apk_bahan_kampanye"
        if p["jenis"] in ASNLIKE:
            if st == "post":
                self.asn(kode, p, a, "BERAT", ["skb2022.lamp2.disiplin.1", "pp94_2021.p5.n.6", "pp94_2021.p14.i.4"])
            else:
                self.asn(kode, p, a, "ETIK", ["skb2022.lamp2.etik.1"] + ETIK)
        else:
            self.medsos_side(kode, p, a)

    def official(self, kode, p, a, st, huruf_desa, window71_3=True, x13=False):
        """Codes 19-24, 26 for non-ASN actor groups (and ASN criminal route)."""
        j = p["jenis"]
        if j in DESA_KP:
            self.desa(kode, p, a, huruf_desa)
            if j == "kepala_desa":
                self.benefit_crime(kode, p, a)
        elif j in APARAT:
            self.aparat(kode, p, a)
            self.benefit_crime(kode, p, a)
        elif j in POL or j == "pejabat_daerah":
            if x13 and p.get("cltn") and not a.get("fasilitas_negara"):
                return
            self.benefit_crime(kode, p, a, window71_3)

    def pencalonan(self, kode, p, a, ayat):
        if p["jenis"] == "kepala_daerah" and self.incumbent(p) and self.pem == "pilkada_2024":
            self.emit(kode, a, "pencalonan", "pembatalan_calon", [f"uu10_2016.p71.{x}" for x in ayat]
                      + ["uu10_2016.p71.a5"])

    def k_keputusan(self, p, a, st, stg, inK, fas, atr, gestur, tugas, n, t):
        if t is None:  # X10 / names nobody
            return
        kode = "keputusan_menguntungkan_calon"
        j = p["jenis"]
        if j in ASNLIKE:
            self.asn(kode, p, a, "BERAT", ["pp94_2021.p5.n.5", "pp94_2021.p14.i.3", "skb2022.lamp2.disiplin.12"])
            if j in ASN:
                self.benefit_crime(kode, p, a, window71_3=True)
        else:
            self.official(kode, p, a, st, "b")
        if self.window71_3(a) and st is not None:
            self.pencalonan(kode, p, a, ["a3"])

    def window71_3(self, a):
        return self.pem == "pilkada_2024" and P71_2_START <= a["tanggal"] <= P71_3_END

    def k_keputusan_kepegawaian(self, p, a, st, stg, inK, fas, atr, gestur, tugas, n, t):
        j, d = p["jenis"], a["tanggal"]
        kode = "manajemen_asn_politis"
        authority = j in ("kepala_daerah", "pj_kepala_daerah") or p.get("kewenangan_kepegawaian", False)
        if not authority:
            return
        route_a = a["alasan_politis"] and t is not None
        route_b = (j in ("kepala_daerah", "pj_kepala_daerah") and self.pem == "pilkada_2024"
                   and a.get("penggantian_pejabat", False) and not a.get("izin_menteri", False)
                   and d >= P71_2_START)
        if a["alasan_politis"] and t is None and j in ASNLIKE:
            self.asn("pelanggaran_netralitas_lain", p, a, "ETIK",
                     [asn9(d)] + ETIK + ["skb2022.lamp2.disiplin.13"])
        if route_a and j in ASNLIKE:
            self.asn(kode, p, a, "BERAT", ["pp94_2021.p5.n.5", "pp94_2021.p14.i.3", "skb2022.lamp2.disiplin.12"])
        if route_b:
            b = ["uu10_2016.p71.a2"] + (["uu10_2016.p71.a4"] if j == "pj_kepala_daerah" else []) + ["uu10_2016.p190"]
            self.emit(kode, a, "pidana_pilkada", "uu10_2016.p190", b)
        elif route_a and j not in {"non_asn"}:
            if j in ASN:
                self.benefit_crime(kode, p, a, window71_3=True)
            else:
                self.official(kode, p, a, st, "b")
        ayat = []
        if route_b:
            ayat.append("a2")
        if route_a and self.window71_3(a):
            ayat.append("a3")
        if ayat:
            self.pencalonan(kode, p, a, ayat)

    def k_program_pemerintah(self, p, a, st, stg, inK, fas, atr, gestur, tugas, n, t):
        if t is None:
            return
        kode = "program_politisasi"
        j = p["jenis"]
        if j in ASNLIKE:
            self.asn(kode, p, a, "BERAT", ["pp94_2021.p5.n.5", "pp94_2021.p14.i.3"])
            if j in ASN:
                self.benefit_crime(kode, p, a, window71_3=True)
        else:
            self.official(kode, p, a, st, "b")
        if self.window71_3(a):
            self.pencalonan(kode, p, a, ["a3"])

    def k_pelayanan_publik(self, p, a, st, stg, inK, fas, atr, gestur, tugas, n, t):
        kode = "layanan_publik_memihak"
        j = p["jenis"]
        if t is not None:
            if j in ASNLIKE:
                self.asn(kode, p, a, "BERAT", ["pp94_2021.p5.n.5", "pp94_2021.p14.i.3"])
                if j in ASN:
                    self.benefit_crime(kode, p, a)
            elif j in DESA_KP:
                self.desa(kode, p, a, "d")
                if j == "kepala_desa":
                    self.benefit_crime(kode, p, a)
            return
        if j in ASNLIKE:
            if a.get("dampak_lingkup") == "instansi":
                self.asn(kode, p, a, "SEDANG", ["pp94_2021.p5.m", "pp94_2021.p13.e"])
            else:
                self.asn(kode, p, a, "TELAAH", ["pp94_2021.p5.m"])
        elif j in DESA_KP:
            self.desa(kode, p, a, "d")

    def k_ajakan(self, p, a, st, stg, inK, fas, atr, gestur, tugas, n, t):
        if t is None:  # X9
            return
        kode = "kegiatan_keberpihakan"
        j = p["jenis"]
        if j in ASNLIKE:
            if st == "post":
                self.asn(kode, p, a, "BERAT", ["pp94_2021.p5.n.6", "pp94_2021.p14.i.4", "skb2022.lamp2.disiplin.8"])
            else:
                self.asn(kode, p, a, "ETIK", ETIK)
        elif p["jenis"] != "pejabat_daerah":
            self.official(kode, p, a, st, "j", window71_3=False, x13=True)

    def k_memberi_barang(self, p, a, st, stg, inK, fas, atr, gestur, tugas, n, t):
        j = p["jenis"]
        if a.get("imbalan_suara"):
            kode = "politik_uang"
            if t is not None:
                if j in ASNLIKE:
                    if st == "post":
                        self.asn(kode, p, a, "BERAT", ["pp94_2021.p5.n.6", "pp94_2021.p14.i.4"])
                    else:
                        self.asn(kode, p, a, "ETIK", ETIK)
                elif j in DESA_KP:
                    self.desa(kode, p, a, "j")
                elif j in APARAT:
                    self.aparat(kode, p, a)
            self.money_crime(p, a)
            return
        if t is None:
            return
        kode = "pemberian_barang"
        if j in ASNLIKE:
            if st == "post":
                self.asn(kode, p, a, "BERAT", ["pp94_2021.p5.n.6", "pp94_2021.p14.i.4"])
            else:
                self.asn(kode, p, a, "ETIK", ETIK)
        elif j != "pejabat_daerah":
            self.official(kode, p, a, st, "j", window71_3=False, x13=True)

    def money_crime(self, p, a):
        d = a["tanggal"]
        stg = stage(self.pem, d)
        kode = "politik_uang"
        j = p["jenis"] if self.bound(p, d) else "warga"
        if self.pem == "pemilu_2024":
            if stg == "pemungutan":
                self.emit(kode, a, "pidana_pemilu", "uu7_2017.p523.a3", ["uu7_2017.p515", "uu7_2017.p523.a3"])
            elif stg == "masa_tenang" and j in KAMPANYE_AKTOR:
                self.emit(kode, a, "pidana_pemilu", "uu7_2017.p523.a2", ["uu7_2017.p278.a2", "uu7_2017.p523.a2"])
            elif stg == "kampanye" and j in KAMPANYE_AKTOR:
                self.emit(kode, a, "pidana_pemilu", "uu7_2017.p523.a1", ["uu7_2017.p280.a1.j", "uu7_2017.p523.a1"])
            elif stg == "kampanye" and j in {"kepala_desa"} | POL and self.status(a) == "post":
                self.benefit_crime(kode, p, a)
        else:
            if self.status(a) != "pre":
                self.emit(kode, a, "pidana_pilkada", "uu10_2016.p187a.a1", ["uu10_2016.p73.a4", "uu10_2016.p187a.a1"])

    def k_intimidasi(self, p, a, st, stg, inK, fas, atr, gestur, tugas, n, t):
        kode = "intimidasi"
        j = p["jenis"]
        if t is None:
            if j in ASNLIKE and a.get("sasaran", "masyarakat") == "asn_unit":
                dl = a.get("dampak_lingkup")
                if dl == "unit_kerja":
                    self.asn(kode, p, a, "RINGAN", ["pp94_2021.p5.i", "pp94_2021.p12.c"])
                elif dl == "instansi":
                    self.asn(kode, p, a, "SEDANG", ["pp94_2021.p5.i", "pp94_2021.p13.d"])
                else:
                    self.asn(kode, p, a, "TELAAH", ["pp94_2021.p5.i"])
            return
        if j in ASNLIKE:
            if st == "post":
                self.asn(kode, p, a, "BERAT", ["pp94_2021.p5.n.6", "pp94_2021.p14.i.4"])
            else:
                self.asn(kode, p, a, "ETIK", ETIK)
        elif j in KAMPANYE_AKTOR:
            if self.pem == "pemilu_2024" and stg == "kampanye":
                self.emit(kode, a, "pidana_pemilu", "uu7_2017.p521", ["uu7_2017.p280.a1.f", "uu7_2017.p521"])
        else:
            self.official(kode, p, a, st, "j", window71_3=False)

    def k_dukungan_ktp(self, p, a, st, stg, inK, fas, atr, gestur, tugas, n, t):
        if t is None or t["jenis"] != "calon_perseorangan":
            return
        if p["jenis"] in ASNLIKE:
            self.asn("dukungan_ktp", p, a, "BERAT", ["pp94_2021.p5.n.7", "pp94_2021.p14.i.5", "skb2022.lamp2.disiplin.11"])

    # ------------------------------------------------------------ procedural (codes 31, 32)
    def proc(self, a):
        p = self.pihak[a["pelaku"]]
        d = a["tanggal"]
        if not self.bound(p, d):
            return
        T = self.acts[a["terhadap"]]
        if T["pelaku"] == a["pelaku"] or T["tanggal"] > d:
            return
        tf = [f for k, f in self.out.items() if k[0] == T["id"] and k not in self.etik_keys]
        tf_all = [f for k, f in self.out.items() if k[0] == T["id"]]
        j = p["jenis"]
        if a["jenis"] == "tidak_menindak":
            if j not in ASN:
                return
            if any(f["rezim"] in ("disiplin_pns", "status_asn", "pppk") for f in tf):
                self.emit("atasan_tidak_menindak", a, "prosedural", "hukdis_atasan",
                          ["pp94_2021.p26.a1", "pp94_2021.p27.a1", "pp94_2021.p28"])
        else:
            ppk = j in ("kepala_daerah", "pj_kepala_daerah", "pejabat_negara") or (
                j in ASN and p.get("kewenangan_kepegawaian", False))
            if not ppk:
                return
            if any(f["rezim"] in ("etik_pns", "disiplin_pns", "status_asn", "pppk") for f in tf_all):
                b = ["skb2022"] + (["perbkn1_2023"] if d >= PERBKN else [])
                if d < UU20:
                    b += ["uu5_2014.p32.a3", "uu5_2014.p33.a1"]
                if d >= BKN:
                    b += ["perpres92_2024"]
                self.emit("ppk_tidak_tindak_lanjut", a, "prosedural", "blokir_siasn", b)


def evaluate(case):
    return {"kasus": case["kasus"], "findings": Eval(case).run()}


def main(argv):
    if len(argv) == 3 and argv[1] == "--write":
        folder = argv[2]
        for name in sorted(os.listdir(folder)):
            if name.endswith(".json") and not name.endswith(".expected.json"):
                with open(os.path.join(folder, name), encoding="utf-8") as f:
                    case = json.load(f)
                res = evaluate(case)
                out = os.path.join(folder, name[:-5] + ".expected.json")
                with open(out, "w", encoding="utf-8") as f:
                    f.write(json.dumps(res, ensure_ascii=False, indent=2) + "\n")
        return 0
    for path in argv[1:]:
        with open(path, encoding="utf-8") as f:
            print(json.dumps(evaluate(json.load(f)), ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
