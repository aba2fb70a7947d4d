#!/usr/bin/env python3
"""Scratch generator of the netralitas test cases (writes NAME.json files and INDEX rows)."""
import json
import os
import sys

OUT = "/work/main/rulesets/netralitas/cases"
CASES = []


def P(id, jenis, **kw):
    d = {"id": id, "jenis": jenis}
    d.update(kw)
    return d


def T(id, jenis, nama, **kw):
    d = {"id": id, "jenis": jenis, "nama": nama}
    d.update(kw)
    return d


def A(id, pelaku, tanggal, jenis, ket, **kw):
    d = {"id": id, "pelaku": pelaku, "tanggal": tanggal, "jenis": jenis}
    d.update(kw)
    d["keterangan"] = ket
    return d


def case(name, pemilihan, wilayah, pihak, peserta, perbuatan, shows, basis, why):
    n = len(CASES) + 1
    c = {"kasus": f"NTR-UJI-{n:03d}", "wilayah": wilayah, "pemilihan": pemilihan, "pihak": pihak}
    if peserta:
        c["peserta"] = peserta
    c["perbuatan"] = perbuatan
    CASES.append((f"{n:02d}-{name}", c, shows, basis, why))


PEMILU, PILKADA = "pemilu_2024", "pilkada_2024"

# 01
case("pemilu-pns-pppk-anggota-partai", PEMILU, "Kabupaten Sleman",
     [P("o1", "pns", jabatan="fungsional", instansi="Dinas Pendidikan Kabupaten Sleman"),
      P("o2", "pppk", jabatan="fungsional", instansi="Puskesmas Depok II")],
     [T("partai1", "partai", "Partai Cahaya Nusantara (fiktif)")],
     [A("p1", "o1", "2024-01-08", "anggota_partai", "Guru PNS (Pak Wiryawan) terdaftar sebagai anggota partai dengan kartu tanda anggota.", peserta="partai1"),
      A("p2", "o2", "2023-12-02", "anggota_partai", "Perawat PPPK (Bu Sekar) menjadi bendahara pengurus ranting partai.", peserta="partai1", peran="pengurus")],
     "Party membership by a PNS and a PPPK after UU 20/2023 took effect; code 1 for two ASN kinds.",
     "UU 20/2023 Pasal 52 ayat (3) huruf j, (4); PP 11/2017 Pasal 250 huruf c, 255; PP 49/2018 Pasal 53",
     "Membership is PTDH for a PNS and termination not with honour for a PPPK, at any stage; acts after 31 Oct 2023 cite UU 20/2023.")

# 02
case("pemilu-anggota-partai-batas-uu20", PEMILU, "Kota Yogyakarta",
     [P("o1", "cpns", jabatan="pelaksana", instansi="Pemkot Yogyakarta"),
      P("o2", "pns", jabatan="pengawas", instansi="Pemkot Yogyakarta")],
     [T("partai1", "partai", "Partai Bintang Timur (fiktif)")],
     [A("p1", "o1", "2023-10-30", "anggota_partai", "CPNS (Mas Arif) menerima kartu anggota partai sehari sebelum UU 20/2023 berlaku.", peserta="partai1"),
      A("p2", "o2", "2023-10-31", "anggota_partai", "Kepala seksi (Bu Ratih) dilantik sebagai pengurus partai pada hari UU 20/2023 berlaku.", peserta="partai1", peran="pengurus")],
     "The UU 5/2014 to UU 20/2023 switch on 31 Oct 2023 changes the basis, not the outcome; CPNS basis.",
     "UU 5/2014 Pasal 87 ayat (4) huruf c (before); UU 20/2023 Pasal 52 (from 31 Oct 2023); PP 11/2017 Pasal 36 for CPNS [M]",
     "Lex posterior by conduct date: 30 Oct 2023 cites UU 5/2014, 31 Oct 2023 cites UU 20/2023.")

# 03
case("pemilu-desa-aparat-keanggotaan-partai", PEMILU, "Kabupaten Lombok Timur",
     [P("o1", "kepala_desa", instansi="Desa Sukamaju"), P("o2", "perangkat_desa", instansi="Desa Sukamaju"),
      P("o3", "anggota_bpd", instansi="BPD Desa Sukamaju"), P("o4", "tni", instansi="Kodim 1615"),
      P("o5", "pejabat_daerah", instansi="DPRD Kabupaten Lombok Timur"),
      P("o6", "pensiunan", instansi="Purna tugas Dinas Pertanian", pensiun_sejak="2021-04-01")],
     [T("partai1", "partai", "Partai Amanah Rakyat (fiktif)")],
     [A("p1", "o1", "2023-05-02", "anggota_partai", "Kepala desa (Pak Lalu Sahnan) tercatat sebagai anggota biasa partai, bukan pengurus.", peserta="partai1"),
      A("p2", "o2", "2023-05-02", "anggota_partai", "Sekretaris desa (Pak Zainul) menjadi sekretaris pengurus partai tingkat kecamatan.", peserta="partai1", peran="pengurus"),
      A("p3", "o3", "2023-05-03", "anggota_partai", "Anggota BPD (Bu Baiq Nurul) menjadi pengurus partai.", peserta="partai1", peran="pengurus"),
      A("p4", "o4", "2023-05-04", "anggota_partai", "Prajurit TNI (Serda Hendra) terdaftar sebagai anggota partai.", peserta="partai1"),
      A("p5", "o5", "2023-05-05", "anggota_partai", "Anggota DPRD (Pak Muhlis) adalah pengurus partainya.", peserta="partai1", peran="pengurus"),
      A("p6", "o6", "2023-05-06", "anggota_partai", "Pensiunan PNS (Pak Amaq Rahmat) menjadi anggota partai.", peserta="partai1")],
     "Code 1 for village and security actors; near misses: village head as ordinary member, DPRD member, retiree.",
     "UU 6/2014 Pasal 29 huruf g, 51 huruf g, 64 huruf h; UU 34/2004 Pasal 39",
     "UU 6/2014 bars village officials only from party office (pengurus); BPD has no sanction article; TNI may not be members; DPRD members and retirees are not bound.")

# 04
case("pemilu-pns-mundur-lalu-jadi-pengurus-partai", PEMILU, "Kota Tarakan",
     [P("o1", "pns", jabatan="administrator", instansi="Pemkot Tarakan", mundur_sejak="2023-06-30"),
      P("o2", "pns", jabatan="pelaksana", instansi="Pemkot Tarakan", mundur_sejak="2023-09-01"),
      P("o3", "pns", jabatan="pengawas", instansi="Pemkot Tarakan", mundur_sejak="2023-09-30")],
     [T("partai1", "partai", "Partai Damai Sejahtera Raya (fiktif)")],
     [A("p1", "o1", "2023-07-15", "anggota_partai", "Mantan kepala bagian (Pak Yosef) menjadi pengurus partai setelah pengunduran dirinya berlaku.", peserta="partai1", peran="pengurus"),
      A("p2", "o2", "2023-09-01", "anggota_partai", "Staf (Mbak Ani) menerima kartu anggota pada hari pengunduran dirinya berlaku.", peserta="partai1"),
      A("p3", "o3", "2023-09-29", "anggota_partai", "Kasubbag (Pak Roni) sudah menjadi anggota sehari sebelum pengunduran dirinya berlaku.", peserta="partai1")],
     "Defeater X7: resignation effective on or before the act removes code 1; one day earlier it does not.",
     "PP 11/2017 Pasal 255; UU 5/2014 Pasal 87 ayat (4) huruf c",
     "From mundur_sejak the person is no longer ASN, so membership from that day is no violation; membership the day before is PTDH.")

# 05
case("pilkada-pns-mendekati-partai", PILKADA, "Kabupaten Sleman",
     [P("o1", "pns", jabatan="jpt_pratama", instansi="Pemkab Sleman (kepala dinas)"),
      P("o2", "pns", jabatan="jpt_pratama", instansi="Pemkab Sleman (asisten sekda)", cltn=True),
      P("o3", "pppk", jabatan="fungsional", instansi="Pemkab Sleman"),
      P("o4", "pns", jabatan="administrator", instansi="Pemkab Sleman")],
     [T("partai1", "partai", "Partai Elang Jaya (fiktif)")],
     [A("p1", "o1", "2024-05-14", "mendaftar_partai", "Kepala dinas (Pak Haryanto) mendaftar penjaringan bakal calon bupati di partai.", peserta="partai1"),
      A("p2", "o2", "2024-05-20", "mendaftar_partai", "Asisten sekda (Bu Endang) yang sedang CLTN mendaftar penjaringan bakal calon wakil bupati.", peserta="partai1"),
      A("p3", "o3", "2024-06-03", "mendaftar_partai", "Dokter PPPK (dr. Galih) mengambil formulir pendaftaran bakal calon di partai.", peserta="partai1"),
      A("p4", "o4", "2024-10-01", "mendaftar_partai", "Kabag (Pak Suwarno) mendatangi partai minta dicalonkan, setelah paslon ditetapkan.", peserta="partai1")],
     "Code 2 for PNS and PPPK; X6 (CLTN); after determination the stage window is closed.",
     "SKB 2022 Lampiran II disiplin item 3; PP 42/2004 Pasal 11 huruf c",
     "Approaching a party as a bakal calon without CLTN is sedang (SKB D3) in the pra_tahapan/bakal_calon stages only.")

# 06
case("pilkada-deklarasi-diri-bakal-calon", PILKADA, "Kota Langsa",
     [P("o1", "pns", jabatan="administrator", instansi="Pemkot Langsa (camat)"),
      P("o2", "pns", jabatan="jpt_pratama", instansi="Pemkot Langsa", cltn=True),
      P("o3", "pppk", jabatan="fungsional", instansi="Pemkot Langsa")],
     [],
     [A("p1", "o1", "2024-04-20", "deklarasi_diri", "Camat (Pak Teuku Razali) mendeklarasikan diri sebagai bakal calon wali kota di hadapan warga."),
      A("p2", "o2", "2024-04-27", "deklarasi_diri", "Kepala badan (Bu Cut Meutia) yang sedang CLTN menyatakan diri bakal calon wali kota."),
      A("p3", "o3", "2024-05-02", "deklarasi_diri", "Guru PPPK (Pak Fadhil) membiarkan dirinya dideklarasikan sebagai bakal calon wakil wali kota.")],
     "Code 3; X6; acts naming no participant; PPPK ethics level.",
     "SE MenPANRB B/71/M.SM.00.00/2017; PP 42/2004 Pasal 11 huruf c, 15",
     "Self-declaration before determination is an ethics breach; on CLTN it is tolerated; PPPK has no moral-sanction level (perlu_telaah).")

# 07
case("pemilu-pns-ditetapkan-calon-tanpa-mundur", PEMILU, "Kota Yogyakarta",
     [P("o1", "pns", jabatan="fungsional", instansi="Pemkot Yogyakarta (dosen politeknik)"),
      P("o2", "pns", jabatan="pengawas", instansi="Pemkot Yogyakarta", mundur_sejak="2023-11-30")],
     [T("c1", "calon", "Calon anggota DPRD Kota Yogyakarta (fiktif: Bagus Prakoso)", ditetapkan="2023-11-03", pihak="o1", kontestasi="dprd_kabkota"),
      T("c2", "calon_perseorangan", "Calon anggota DPD DIY (fiktif: Ratna Kusumawardani)", ditetapkan="2023-11-03", pihak="o2", kontestasi="dpd")],
     [A("p1", "o1", "2023-11-03", "ditetapkan_calon", "Pak Bagus ditetapkan dalam DCT DPRD kota tanpa surat pengunduran diri yang berlaku.", peserta="c1"),
      A("p2", "o2", "2023-10-15", "deklarasi_diri", "Bu Ratna mendeklarasikan diri sebagai bakal calon anggota DPD.", peserta="c2"),
      A("p3", "o2", "2023-11-03", "ditetapkan_calon", "Bu Ratna ditetapkan calon DPD; pengunduran dirinya berlaku akhir bulan penetapan.", peserta="c2")],
     "Code 4 with both regimes; X7 with resignation effective at the end of the month of determination; code 3 before determination.",
     "PP 11/2017 Pasal 254 ayat (1), (4) as amended by PP 17/2020; MK 41/PUU-XII/2014; UU 7/2017 Pasal 240 ayat (1) huruf k [M]",
     "A PNS determined without resigning is PTDH and not eligible; a resignation taking effect by the end of the month of determination is timely (Pasal 254 ayat (3), (5)).")

# 08
case("pemilu-pppk-calon-mundur-terlambat", PEMILU, "Kabupaten Lombok Timur",
     [P("o1", "pppk", jabatan="fungsional", instansi="SMP Negeri 3 Selong", mundur_sejak="2023-12-15")],
     [T("c1", "calon", "Calon anggota DPRD Kabupaten Lombok Timur (fiktif: Lalu Ahmad Fauzi)", ditetapkan="2023-11-03", pihak="o1", kontestasi="dprd_kabkota")],
     [A("p1", "o1", "2023-11-03", "ditetapkan_calon", "Guru PPPK (Pak Lalu Ahmad) masuk DCT; surat pengunduran dirinya belum diproses dan baru berlaku pertengahan Desember.", peserta="c1")],
     "Code 4 for a PPPK whose resignation took effect after the month of determination (C8).",
     "PP 49/2018 Pasal 53 [I]; UU 7/2017 Pasal 240 ayat (1) huruf k [M]; legal reference §12 C8",
     "An unprocessed resignation is no resignation: termination not with honour and the candidacy is not eligible.")

# 09
case("pilkada-kades-dan-polri-jadi-calon", PILKADA, "Kabupaten Kepahiang",
     [P("o1", "kepala_desa", instansi="Desa Tebat Monok"), P("o2", "polri", instansi="Polres Kepahiang"),
      P("o3", "pns", jabatan="jpt_pratama", instansi="Pemkab Kepahiang", mundur_sejak="2024-09-30")],
     [T("paslon1", "pasangan_calon", "Paslon Bupati Kepahiang nomor urut 1 (fiktif: Wakil: Harun Syafei)", ditetapkan="2024-09-22", pihak="o1", kontestasi="bupati"),
      T("paslon2", "pasangan_calon", "Paslon Bupati Kepahiang nomor urut 2 (fiktif: Bupati: Dodi Saputra)", ditetapkan="2024-09-22", pihak="o2", kontestasi="bupati"),
      T("paslon3", "pasangan_calon", "Paslon Bupati Kepahiang nomor urut 3 (fiktif: Bupati: Yuliana Sari)", ditetapkan="2024-09-22", pihak="o3", kontestasi="bupati")],
     [A("p1", "o1", "2024-09-22", "ditetapkan_calon", "Kepala desa (Pak Harun) ditetapkan sebagai calon wakil bupati tanpa mundur dari jabatan kepala desa.", peserta="paslon1"),
      A("p2", "o2", "2024-09-22", "ditetapkan_calon", "Perwira Polri (AKP Dodi) ditetapkan sebagai calon bupati tanpa pengunduran diri yang berlaku.", peserta="paslon2"),
      A("p3", "o3", "2024-09-22", "ditetapkan_calon", "Kepala dinas (Bu Yuliana) ditetapkan calon bupati; pengunduran dirinya berlaku akhir September.", peserta="paslon3")],
     "Code 4 for kepala_desa and polri in a Pilkada; X7 for the PNS.",
     "UU 10/2016 Pasal 7 ayat (2) huruf t; UU 2/2002 Pasal 28 ayat (3); PP 11/2017 Pasal 254",
     "Village heads and police officers must resign when determined; the candidacy is not eligible, and the officer also faces internal discipline.")

# 10
case("pemilu-hari-pertama-kampanye", PEMILU, "Kota Tarakan",
     [P("o1", "pns", jabatan="pelaksana", instansi="Pemkot Tarakan"),
      P("o2", "pppk", jabatan="fungsional", instansi="Pemkot Tarakan"),
      P("o3", "pns", jabatan="pelaksana", instansi="Pemkot Tarakan")],
     [T("paslon1", "pasangan_calon", "Pasangan capres-cawapres nomor urut 1 (fiktif)", ditetapkan="2023-11-13", kontestasi="presiden")],
     [A("p1", "o1", "2023-11-28", "hadir_acara", "Staf (Mas Ikhsan) ikut mendengarkan kampanye terbuka tanpa atribut pada hari pertama masa kampanye.", peserta="paslon1", acara="kampanye"),
      A("p2", "o2", "2023-11-28", "hadir_acara", "Guru PPPK (Bu Fitri) hadir di kampanye yang sama tanpa atribut dan tanpa gestur.", peserta="paslon1", acara="kampanye"),
      A("p3", "o3", "2023-11-27", "hadir_acara", "Staf (Pak Gerson) hadir di acara yang disebut kampanye sehari sebelum masa kampanye dimulai.", peserta="paslon1", acara="kampanye")],
     "Campaign start boundary (28 Nov 2023 inclusive); code 5 at perlu_telaah (U-1, X3); the day before falls under code 12.",
     "PP 94/2021 Pasal 5 huruf n angka 1 (no level article); SKB 2022 Lampiran II etik item 6",
     "Passive attendance in the campaign period has no level in PP 94/2021; an event called a campaign before the period is judged by its date.")

# 11
case("pemilu-hari-terakhir-kampanye", PEMILU, "Kota Langsa",
     [P("o1", "pns", jabatan="pengawas", instansi="Pemkot Langsa")],
     [T("c1", "calon", "Calon anggota DPR Aceh II (fiktif: T. Iskandar)", ditetapkan="2023-11-03", kontestasi="dpr")],
     [A("p1", "o1", "2024-02-10", "hadir_acara", "Kasi (Pak Mukhlis) menonton kampanye rapat umum pada hari terakhir masa kampanye, tanpa atribut.", peserta="c1", acara="kampanye"),
      A("p2", "o1", "2024-02-11", "hadir_acara", "Pak Mukhlis hadir lagi pada acara serupa pada hari pertama masa tenang.", peserta="c1", acara="kampanye")],
     "Campaign end boundary (10 Feb 2024 inclusive, 11 Feb is masa tenang); one person, two acts.",
     "PP 94/2021 Pasal 5 huruf n angka 1; SKB 2022 Lampiran II etik item 6",
     "Code 5 needs the campaign stage; in the quiet period passive presence at a participant's event is code 12.")

# 12
case("pilkada-hari-pertama-kampanye", PILKADA, "Kota Yogyakarta",
     [P("o1", "pns", jabatan="pelaksana", instansi="Pemkot Yogyakarta"),
      P("o2", "cpns", jabatan="pelaksana", instansi="Pemkot Yogyakarta")],
     [T("paslon1", "pasangan_calon", "Paslon Wali Kota Yogyakarta nomor urut 1 (fiktif: Andaru - Laras)", ditetapkan="2024-09-22", kontestasi="wali_kota")],
     [A("p1", "o1", "2024-09-25", "hadir_acara", "Staf (Mbak Nadia) hadir di kampanye pertemuan terbatas pada hari pertama kampanye, tanpa atribut.", peserta="paslon1", acara="kampanye"),
      A("p2", "o2", "2024-09-24", "hadir_acara", "CPNS (Mas Yoga) hadir di acara paslon yang disebut kampanye sehari sebelum masa kampanye.", peserta="paslon1", acara="kampanye")],
     "Pilkada campaign start boundary (25 Sep 2024); 24 Sep is pasca_penetapan.",
     "PP 94/2021 Pasal 5 huruf n angka 1; SKB 2022 Lampiran II etik item 6",
     "Same rule as Pemilu with the Pilkada calendar (PKPU 2/2024).")

# 13
case("pilkada-hari-terakhir-kampanye", PILKADA, "Kota Tarakan",
     [P("o1", "pns", jabatan="fungsional", instansi="RSUD Tarakan")],
     [T("paslon2", "pasangan_calon", "Paslon Wali Kota Tarakan nomor urut 2 (fiktif)", ditetapkan="2024-09-22", kontestasi="wali_kota")],
     [A("p1", "o1", "2024-10-10", "hadir_acara", "Perawat (Bu Martha) menonton kampanye di lapangan; laporan tidak menyebut paslon mana.", acara="kampanye"),
      A("p2", "o1", "2024-11-23", "hadir_acara", "Bu Martha hadir di kampanye paslon 2 pada hari terakhir kampanye, tanpa atribut.", peserta="paslon2", acara="kampanye"),
      A("p3", "o1", "2024-11-24", "hadir_acara", "Bu Martha hadir di acara paslon 2 pada hari pertama masa tenang.", peserta="paslon2", acara="kampanye")],
     "Pilkada campaign end boundary (23 Nov 2024); a campaign event that names no participant still counts.",
     "PP 94/2021 Pasal 5 huruf n angka 1; SKB 2022 Lampiran II etik item 6",
     "Attending a campaign event in the campaign period is code 5 even when the report names no participant.")

# 14
case("pilkada-surat-tugas-di-acara-politik", PILKADA, "Kabupaten Sleman",
     [P("o1", "pns", jabatan="pelaksana", instansi="Satpol PP Kabupaten Sleman"),
      P("o2", "pns", jabatan="fungsional", instansi="Dinas Kependudukan Kabupaten Sleman"),
      P("o3", "pns", jabatan="pelaksana", instansi="Dinas Perhubungan Kabupaten Sleman")],
     [T("paslon1", "pasangan_calon", "Paslon Bupati Sleman nomor urut 1 (fiktif)", ditetapkan="2024-09-22", kontestasi="bupati")],
     [A("p1", "o1", "2024-10-19", "hadir_acara", "Anggota Satpol PP (Pak Wahyudi) berjaga di kampanye dengan surat tugas, memakai seragam dan mobil dinas.", peserta="paslon1", acara="kampanye", surat_tugas=True, atribut=["asn"], fasilitas_negara=["kendaraan_dinas"]),
      A("p2", "o2", "2024-08-12", "hadir_acara", "Petugas Disdukcapil (Bu Yanti) menjelaskan layanan KTP-el di sosialisasi bakal paslon atas surat tugas.", peserta="paslon1", acara="sosialisasi", peran="narasumber", surat_tugas=True),
      A("p3", "o3", "2024-10-19", "hadir_acara", "Petugas Dishub (Pak Budi) bertugas mengatur parkir di kampanye dengan surat tugas, tetapi ikut mengacungkan nomor urut.", peserta="paslon1", acara="kampanye", surat_tugas=True, gestur_dukungan=True)],
     "Defeater X2: an official assignment removes codes 5, 6, 12, 13 and 18, but not partisan gestures (code 7).",
     "SE MenPANRB B/71/M.SM.00.00/2017 (dalam rangka dinas); SKB 2022 Lampiran II disiplin item 4",
     "Presence on a written assignment is not partisan; a gesture for a ballot number is partisan whatever the assignment.")

# 15
case("pilkada-kerabat-dan-pasangan-calon-hadir-kampanye", PILKADA, "Kabupaten Kepahiang",
     [P("o1", "pns", jabatan="pelaksana", instansi="Pemkab Kepahiang"),
      P("o2", "pns", jabatan="fungsional", instansi="Pemkab Kepahiang", pasangan_dari="paslon1")],
     [T("paslon1", "pasangan_calon", "Paslon Bupati Kepahiang nomor urut 1 (fiktif: Nasrul - Evi)", ditetapkan="2024-09-22", kontestasi="bupati")],
     [A("p1", "o1", "2024-10-05", "hadir_acara", "Adik kandung calon bupati (Pak Irwan), PNS, menonton kampanye kakaknya tanpa atribut.", peserta="paslon1", acara="kampanye"),
      A("p2", "o2", "2024-10-05", "hadir_acara", "Istri calon bupati (Bu Evi Marlina), PNS tanpa CLTN, mendampingi suaminya di kampanye tanpa atribut dan gestur.", peserta="paslon1", acara="kampanye")],
     "X5 (other relatives have no exemption) and code 11 for a spouse without CLTN, which replaces code 5.",
     "PP 94/2021 Pasal 5 huruf n angka 1; SKB 2022 Lampiran II etik item 7; SE MenPANRB 18/2023",
     "A sibling is an ordinary attendee; a spouse not on CLTN attending the spouse's campaign is the specific ethics breach (E7).")

# 16
case("pemilu-atribut-dan-mobil-dinas-di-kampanye", PEMILU, "Kota Yogyakarta",
     [P("o1", "pns", jabatan="pelaksana", instansi="Pemkot Yogyakarta"),
      P("o2", "cpns", jabatan="pelaksana", instansi="Pemkot Yogyakarta"),
      P("o3", "pns", jabatan="administrator", instansi="Pemkot Yogyakarta")],
     [T("partai1", "partai", "Partai Cahaya Nusantara (fiktif)"),
      T("paslon1", "pasangan_calon", "Pasangan capres-cawapres nomor urut 2 (fiktif)", ditetapkan="2023-11-13", kontestasi="presiden")],
     [A("p1", "o1", "2024-01-20", "hadir_acara", "Staf (Mas Dimas) memakai kaos partai di kampanye rapat umum partai.", peserta="partai1", acara="kampanye", atribut=["partai"]),
      A("p2", "o2", "2024-01-21", "hadir_acara", "CPNS (Mbak Tari) datang ke kampanye paslon dengan mobil dinas, tanpa atribut lain.", peserta="paslon1", acara="kampanye", fasilitas_negara=["kendaraan_dinas"]),
      A("p3", "o3", "2023-10-21", "hadir_acara", "Kabag (Pak Hendro) memakai topi bergambar bakal capres di deklarasi dukungan sebelum penetapan.", peserta="paslon1", acara="deklarasi", atribut=["calon"])],
     "Code 6 with party attributes and with a service vehicle (which also gives code 18, P7); attributes before determination stay code 12.",
     "PP 94/2021 Pasal 5 huruf n angka 2, Pasal 13 huruf g; angka 4, Pasal 14 huruf i; SKB 2022 Lampiran II etik item 6",
     "A service vehicle is an ASN attribute (elucidation of angka 2) and a state facility; outside the campaign only the ethics list reaches attributes.")

# 17
case("pilkada-pns-gestur-deklarasi-dan-kampanye", PILKADA, "Kabupaten Lombok Timur",
     [P("o1", "pns", jabatan="fungsional", instansi="Dinas Kesehatan Kabupaten Lombok Timur")],
     [T("paslon1", "pasangan_calon", "Paslon Bupati Lombok Timur nomor urut 1 (fiktif)", ditetapkan="2024-09-22", kontestasi="bupati")],
     [A("p1", "o1", "2024-08-20", "hadir_acara", "Bidan PNS (Bu Baiq Rina) ikut bersorak dan mengacungkan dua jari di deklarasi bakal paslon.", peserta="paslon1", acara="deklarasi", gestur_dukungan=True),
      A("p2", "o1", "2024-10-12", "hadir_acara", "Bu Baiq Rina naik panggung kampanye paslon dan menyanyikan yel-yel.", peserta="paslon1", acara="kampanye", gestur_dukungan=True),
      A("p3", "o1", "2024-10-20", "hadir_acara", "Bu Baiq Rina menjadi panitia silaturahmi paslon dengan warga.", peserta="paslon1", acara="silaturahmi", peran="panitia")],
     "Code 7 before (ethics) and after (heavy) determination; an organising role counts as active support.",
     "SKB 2022 Lampiran II etik item 3 [I], disiplin item 4; UU 20/2023 Pasal 9 ayat (2)",
     "Active partisan support is a code-of-ethics matter for a bakal calon and berat once the pair is determined.")

# 18
case("pilkada-kades-perangkat-bpd-di-kampanye", PILKADA, "Kabupaten Lombok Timur",
     [P("o1", "kepala_desa", instansi="Desa Pringgasela"), P("o2", "perangkat_desa", instansi="Desa Pringgasela"),
      P("o3", "anggota_bpd", instansi="BPD Desa Pringgasela"), P("o4", "perangkat_desa", instansi="Desa Pringgasela")],
     [T("paslon1", "pasangan_calon", "Paslon Bupati Lombok Timur nomor urut 1 (fiktif)", ditetapkan="2024-09-22", kontestasi="bupati")],
     [A("p1", "o1", "2024-10-15", "hadir_acara", "Kepala desa (Pak Lalu Supardi) berpose dengan simbol nomor urut paslon di panggung kampanye.", peserta="paslon1", acara="kampanye", gestur_dukungan=True),
      A("p2", "o2", "2024-10-15", "hadir_acara", "Kepala dusun (Pak Sahnun) duduk menonton kampanye yang sama.", peserta="paslon1", acara="kampanye"),
      A("p3", "o3", "2024-10-15", "hadir_acara", "Anggota BPD (Pak Rahmat) menonton kampanye yang sama.", peserta="paslon1", acara="kampanye"),
      A("p4", "o4", "2024-10-16", "hadir_acara", "Kaur desa (Bu Nurhayati) hadir di silaturahmi paslon tanpa peran.", peserta="paslon1", acara="silaturahmi")],
     "Village actors at a Pilkada campaign: desa_admin for the head and officials, Pasal 188 only for the head's active support; BPD not bound.",
     "UU 6/2014 Pasal 29 huruf j, 30, 51 huruf j, 52; UU 10/2016 Pasal 71 ayat (1), 188; legal reference §12 C1",
     "Village heads and officials may not take part in campaigns at all; the criminal route names village heads, not village officials or BPD.")

# 19
case("pemilu-kades-hadir-deklarasi-sebelum-kampanye", PEMILU, "Kota Langsa",
     [P("o1", "kepala_desa", instansi="Gampong Paya Bujok (keuchik)")],
     [T("paslon1", "pasangan_calon", "Pasangan capres-cawapres nomor urut 3 (fiktif)", ditetapkan="2023-11-13", kontestasi="presiden")],
     [A("p1", "o1", "2023-10-19", "hadir_acara", "Keuchik (Pak Zulkifli) hadir di deklarasi dukungan bakal capres tanpa gestur.", peserta="paslon1", acara="deklarasi"),
      A("p2", "o1", "2023-10-25", "hadir_acara", "Keuchik memberi sambutan di sosialisasi bakal capres di meunasah.", peserta="paslon1", acara="sosialisasi", peran="narasumber")],
     "Village head before the Pemilu campaign: administrative only (C1).",
     "UU 6/2014 Pasal 29 huruf j, 30; legal reference §12 C1",
     "Pasal 282 with 490 reaches only the campaign period; earlier conduct is answered with a reprimand.")

# 20
case("pilkada-tni-polri-sebelum-sesudah-putusan-mk-136", PILKADA, "Kota Tarakan",
     [P("o1", "tni", instansi="Lanal Tarakan"), P("o2", "polri", instansi="Polres Tarakan"),
      P("o3", "polri", instansi="Polres Tarakan")],
     [T("paslon1", "pasangan_calon", "Paslon Gubernur Kalimantan Utara nomor urut 1 (fiktif)", ditetapkan="2024-09-22", kontestasi="gubernur")],
     [A("p1", "o1", "2024-11-10", "hadir_acara", "Prajurit (Kopda Samuel) mengacungkan nomor urut di kampanye paslon.", peserta="paslon1", acara="kampanye", gestur_dukungan=True),
      A("p2", "o2", "2024-11-20", "hadir_acara", "Polisi (Bripka Andre) berfoto dengan simbol nomor urut di kampanye paslon.", peserta="paslon1", acara="kampanye", gestur_dukungan=True),
      A("p3", "o3", "2024-07-01", "hadir_acara", "Polisi (Brigpol Made) hadir di rapat partai tanpa peran.", acara="rapat_partai")],
     "P5: MK 136/PUU-XXII/2024 (read 14 Nov 2024) extends Pasal 188 to TNI/Polri only for later conduct.",
     "UU 34/2004 Pasal 39; UU 2/2002 Pasal 28 ayat (1); UU 10/2016 Pasal 71 ayat (1), 188; MK 136/PUU-XXII/2024",
     "Internal discipline applies throughout; the criminal article reaches TNI/Polri from the day the decision was read.")

# 21
case("pilkada-tim-sukses-asn", PILKADA, "Kota Yogyakarta",
     [P("o1", "pns", jabatan="administrator", instansi="Pemkot Yogyakarta"),
      P("o2", "pppk", jabatan="fungsional", instansi="Pemkot Yogyakarta"),
      P("o3", "pns", jabatan="pelaksana", instansi="Pemkot Yogyakarta")],
     [T("paslon3", "pasangan_calon", "Paslon Wali Kota Yogyakarta nomor urut 3 (fiktif)", ditetapkan="2024-09-22", kontestasi="wali_kota")],
     [A("p1", "o1", "2024-10-01", "bergabung_tim", "Kabid (Pak Sigit) menjadi koordinator tim sukses kecamatan paslon 3.", peserta="paslon3", peran="tim_sukses"),
      A("p2", "o2", "2024-10-02", "bergabung_tim", "Guru PPPK (Bu Lestari) tercantum dalam tim kampanye resmi paslon 3.", peserta="paslon3", peran="tim_kampanye"),
      A("p3", "o3", "2024-10-03", "bergabung_tim", "Staf (Mas Joko) disebut bergabung dengan sebuah tim, tanpa keterangan tim siapa.", peran="tim_sukses")],
     "P4: in a Pilkada an ASN on a campaign team gets discipline only (no Pasal 494 counterpart); a team naming no participant yields nothing.",
     "PP 94/2021 Pasal 5 huruf n angka 3; SKB 2022 Lampiran II disiplin item 10; PP 49/2018 Pasal 52",
     "UU 10/2016 punishes the candidate who involves ASN (Pasal 189), not the ASN.")

# 22
case("pemilu-tim-kampanye-desa-aparat-asn", PEMILU, "Kabupaten Sidoarjo",
     [P("o1", "kepala_desa", instansi="Desa Kedungrejo"), P("o2", "perangkat_desa", instansi="Desa Kedungrejo"),
      P("o3", "anggota_bpd", instansi="BPD Desa Kedungrejo"), P("o4", "tni", instansi="Koramil Waru"),
      P("o5", "pns", jabatan="fungsional", instansi="Pemkab Sidoarjo"), P("o6", "pppk", jabatan="fungsional", instansi="Pemkab Sidoarjo")],
     [T("paslon1", "pasangan_calon", "Pasangan capres-cawapres nomor urut 1 (fiktif)", ditetapkan="2023-11-13", kontestasi="presiden"),
      T("c1", "calon", "Calon anggota DPRD Sidoarjo (fiktif: Hari Santoso)", ditetapkan="2023-11-03", kontestasi="dprd_kabkota")],
     [A("p1", "o1", "2023-12-01", "bergabung_tim", "Kepala desa (Pak Darmaji) tercatat sebagai anggota tim kampanye kabupaten paslon 1.", peserta="paslon1", peran="tim_kampanye"),
      A("p2", "o2", "2023-12-02", "bergabung_tim", "Sekdes (Pak Slamet) menjadi juru kampanye calon DPRD.", peserta="c1", peran="juru_kampanye"),
      A("p3", "o3", "2023-12-03", "bergabung_tim", "Anggota BPD (Bu Sulastri) menjadi pelaksana kampanye calon DPRD.", peserta="c1", peran="pelaksana_kampanye"),
      A("p4", "o4", "2023-12-04", "bergabung_tim", "Prajurit (Serka Bambang) masuk struktur tim kampanye paslon 1.", peserta="paslon1", peran="tim_kampanye"),
      A("p5", "o5", "2024-02-14", "bergabung_tim", "Guru PNS (Pak Teguh) menjadi saksi calon DPRD di TPS.", peserta="c1", peran="saksi"),
      A("p6", "o6", "2024-01-09", "bergabung_tim", "Penyuluh PPPK (Mas Rizal) menjadi juru kampanye paslon 1.", peserta="paslon1", peran="juru_kampanye")],
     "Code 8 across actor kinds in a Pemilu: Pasal 494 with the right letter of Pasal 280 ayat (2); a witness role is discipline only.",
     "UU 7/2017 Pasal 280 ayat (2) huruf f-j, ayat (3), Pasal 494; UU 6/2014 Pasal 29 huruf j, 51 huruf j; PP 94/2021 Pasal 5 huruf n angka 3",
     "Pasal 494 covers campaign executors, team members and campaigners; BPD members are reached by the criminal article only.")

# 23
case("pilkada-tim-ahli-bakal-paslon", PILKADA, "Kota Tarakan",
     [P("o1", "pns", jabatan="jpt_pratama", instansi="Pemkot Tarakan"),
      P("o2", "non_asn", instansi="Pemkot Tarakan (tenaga honorer)"),
      P("o3", "kepala_desa", instansi="Kelurahan/desa fiktif di Tarakan")],
     [T("paslon1", "pasangan_calon", "Paslon Wali Kota Tarakan nomor urut 1 (fiktif)", ditetapkan="2024-09-22", kontestasi="wali_kota")],
     [A("p1", "o1", "2024-07-01", "bergabung_tim", "Kepala badan (Pak Rusli) menjadi tim ahli penyusun visi-misi bakal paslon.", peserta="paslon1", peran="tim_ahli"),
      A("p2", "o2", "2024-07-05", "bergabung_tim", "Honorer (Mbak Vivi) ikut tim penyusun program bakal paslon.", peserta="paslon1", peran="penyusun_program"),
      A("p3", "o3", "2024-07-06", "bergabung_tim", "Kepala desa (Pak Ambo) masuk tim sukses bakal paslon.", peserta="paslon1", peran="tim_sukses")],
     "Code 9 (before determination) for a PNS, a non-ASN employee and a village head.",
     "SKB 2022 Lampiran II disiplin item 9; SE MenPANRB 01/2023; UU 6/2014 Pasal 29 huruf j",
     "Serving a bakal calon's team is sedang for a PNS (D9); non-ASN staff follow the ASN list under their contract; village heads may not take part.")

# 24
case("pemilu-tim-ahli-bakal-dpd-2022", PEMILU, "Daerah Istimewa Yogyakarta",
     [P("o1", "non_asn", instansi="Pemprov DIY (tenaga kontrak)"),
      P("o2", "pns", jabatan="fungsional", instansi="Pemprov DIY (dosen)")],
     [T("c1", "calon_perseorangan", "Calon anggota DPD DIY (fiktif: Gusti Purnomo)", ditetapkan="2023-11-03", kontestasi="dpd")],
     [A("p1", "o1", "2022-11-15", "bergabung_tim", "Tenaga kontrak (Mas Bayu) menjadi konsultan media bakal calon DPD.", peserta="c1", peran="konsultan"),
      A("p2", "o2", "2022-11-15", "bergabung_tim", "Dosen PNS (Pak Purwadi) menjadi konsultan bakal calon DPD.", peserta="c1", peran="konsultan")],
     "Instruments by date: SE MenPANRB 01/2023 (3 Jan 2023) does not reach a non-ASN act of 2022; UU 5/2014 basis before 31 Oct 2023.",
     "SE MenPANRB 01/2023; SKB 2022 Lampiran II disiplin item 9; UU 5/2014 Pasal 9 ayat (2)",
     "No instrument bound non-ASN staff before the circular; the PNS is bound throughout.")

# 25
case("pemilu-kadis-kerahkan-asn-dan-caleg", PEMILU, "Kabupaten Sleman",
     [P("o1", "pns", jabatan="jpt_pratama", instansi="Pemkab Sleman (kepala dinas)"),
      P("o2", "calon", instansi="Calon anggota DPRD Sleman")],
     [T("c1", "calon", "Calon anggota DPRD Sleman (fiktif: Hardiman)", ditetapkan="2023-11-03", pihak="o2", kontestasi="dprd_kabkota")],
     [A("p1", "o1", "2024-01-16", "hadir_acara", "Kepala dinas (Pak Sugeng) hadir di kampanye calon dan mewajibkan 12 staf ikut hadir.", peserta="c1", acara="kampanye", mengerahkan=12),
      A("p2", "o2", "2024-01-16", "hadir_acara", "Calon (Pak Hardiman) berorasi di kampanye yang sama dan meminta kepala dinas membawa stafnya.", peserta="c1", acara="kampanye", peran="narasumber", mengerahkan=12),
      A("p3", "o1", "2024-01-20", "hadir_acara", "Pak Sugeng mengajak 8 staf ke silaturahmi warga yang tidak terkait peserta mana pun.", acara="silaturahmi", mengerahkan=8)],
     "Code 10 (mobilising ASN, berat; no separate code 5) and code 30 for the candidate who involved them (Pasal 493); mobilising to a non-political gathering is nothing.",
     "PP 94/2021 Pasal 5 huruf n angka 3, Pasal 14 huruf i; UU 7/2017 Pasal 280 ayat (2) huruf f, Pasal 493",
     "Both sides of one event: the ASN who mobilises and the candidate who involves ASN.")

# 26
case("pilkada-pasangan-calon-berstatus-asn", PILKADA, "Kabupaten Pasaman Barat",
     [P("o1", "pns", jabatan="fungsional", instansi="Pemkab Pasaman Barat", pasangan_dari="paslon1"),
      P("o2", "pppk", jabatan="fungsional", instansi="Pemkab Pasaman Barat", pasangan_dari="paslon2", cltn=True),
      P("o3", "pns", jabatan="administrator", instansi="Pemkab Pasaman Barat", pasangan_dari="paslon3", cltn=True)],
     [T("paslon1", "pasangan_calon", "Paslon Bupati Pasaman Barat nomor urut 1 (fiktif)", ditetapkan="2024-09-22", kontestasi="bupati"),
      T("paslon2", "pasangan_calon", "Paslon Bupati Pasaman Barat nomor urut 2 (fiktif)", ditetapkan="2024-09-22", kontestasi="bupati"),
      T("paslon3", "pasangan_calon", "Paslon Bupati Pasaman Barat nomor urut 3 (fiktif)", ditetapkan="2024-09-22", kontestasi="bupati")],
     [A("p1", "o1", "2024-10-03", "hadir_acara", "Suami calon wakil bupati (Pak Yusri), PNS tanpa CLTN, mendampingi istrinya di kampanye.", peserta="paslon1", acara="kampanye"),
      A("p2", "o2", "2024-10-03", "hadir_acara", "Istri calon bupati (Bu Rahmi), PPPK yang sedang CLTN, mendampingi suaminya di kampanye tanpa atribut dan gestur.", peserta="paslon2", acara="kampanye"),
      A("p3", "o3", "2024-10-04", "hadir_acara", "Istri calon bupati (Bu Dewi), sedang CLTN, datang ke kampanye suaminya dengan mobil dinas.", peserta="paslon3", acara="kampanye", fasilitas_negara=["kendaraan_dinas"]),
      A("p4", "o1", "2024-09-01", "hadir_acara", "Pak Yusri mendampingi istrinya di acara perkenalan bakal paslon kepada warga.", peserta="paslon1", acara="sosialisasi")],
     "Code 11 and defeater X4 (spouse on CLTN, clean); a service vehicle breaks X4; accompanying at an introduction is allowed.",
     "SKB 2022 Lampiran II etik item 7; SE MenPANRB 18/2023; PP 94/2021 Pasal 5 huruf n angka 2 and 4",
     "CLTN plus no attributes, facilities or gestures tolerates attendance; a service vehicle is both an ASN attribute and a state facility.")

# 27
case("pemilu-acara-politik-nonkampanye", PEMILU, "Kota Yogyakarta",
     [P("o1", "pns", jabatan="pengawas", instansi="Pemkot Yogyakarta"),
      P("o2", "pns", jabatan="pelaksana", instansi="Pemkot Yogyakarta"),
      P("o3", "pns", jabatan="fungsional", instansi="Kesbangpol Kota Yogyakarta")],
     [T("c1", "calon_perseorangan", "Calon anggota DPD DIY (fiktif: Sri Handayani)", ditetapkan="2023-11-03", kontestasi="dpd"),
      T("partai1", "partai", "Partai Bintang Timur (fiktif)")],
     [A("p1", "o1", "2023-09-10", "hadir_acara", "Kasi (Bu Wulan) ikut bakti sosial atas nama bakal calon DPD.", peserta="c1", acara="bakti_sosial"),
      A("p2", "o1", "2023-08-12", "hadir_acara", "Bu Wulan hadir di rapat partai; laporan tidak menyebut partainya.", acara="rapat_partai"),
      A("p3", "o2", "2023-08-20", "hadir_acara", "Staf (Mas Tono) hadir di silaturahmi warga yang tidak terkait peserta mana pun.", acara="silaturahmi"),
      A("p4", "o3", "2023-09-02", "hadir_acara", "Analis Kesbangpol (Pak Agus) memantau sosialisasi partai dengan surat tugas.", peserta="partai1", acara="sosialisasi", surat_tugas=True),
      A("p5", "o2", "2023-09-15", "hadir_acara", "Mas Tono hadir di acara penyerahan rekomendasi partai kepada bakal calon.", acara="penyerahan_rekomendasi")],
     "Code 12 for non-campaign political events; a gathering that names nobody is not political; X2.",
     "SKB 2022 Lampiran II etik item 6; PP 42/2004 Pasal 11 huruf c, 15",
     "Party meetings and endorsement hand-overs are political by nature; socialisation, silaturahmi and charity events only when held in a participant's name.")

# 28
case("pemilu-narasumber-acara-partai", PEMILU, "Kota Tarakan",
     [P("o1", "pns", jabatan="jpt_pratama", instansi="Pemkot Tarakan"),
      P("o2", "pns", jabatan="fungsional", instansi="Pemkot Tarakan"),
      P("o3", "pns", jabatan="administrator", instansi="Bappeda Kota Tarakan")],
     [T("partai1", "partai", "Partai Elang Jaya (fiktif)"),
      T("c1", "calon", "Calon anggota DPRD Kalimantan Utara (fiktif: Yohanes Lie)", ditetapkan="2023-11-03", kontestasi="dprd_provinsi")],
     [A("p1", "o1", "2023-06-20", "hadir_acara", "Kepala dinas (Pak Ruslan) menjadi pembicara di rapat kerja partai.", peserta="partai1", acara="rapat_partai", peran="narasumber"),
      A("p2", "o2", "2023-08-01", "hadir_acara", "Dosen (Bu Agnes) menjadi narasumber di sosialisasi bakal calon DPRD.", peserta="c1", acara="sosialisasi", peran="narasumber"),
      A("p3", "o3", "2023-06-21", "hadir_acara", "Kabid Bappeda (Pak Hasan) memaparkan RPJMD di forum partai dengan surat tugas.", peserta="partai1", acara="rapat_partai", peran="narasumber", surat_tugas=True)],
     "Code 13: a party is a participant from 14 Dec 2022, so speaking at its event is heavy; for a bakal calon it is ethics; X2.",
     "SE MenPANRB B/71/M.SM.00.00/2017; PP 94/2021 Pasal 5 huruf n angka 6 [I]; PP 42/2004 Pasal 11 huruf c",
     "Speaking at a political event is partisanship unless done on official duty with a written assignment.")

# 29
case("pilkada-interaksi-medsos-hari-penetapan", PILKADA, "Kota Yogyakarta",
     [P("o1", "pns", jabatan="administrator", instansi="Pemkot Yogyakarta"),
      P("o2", "pns", jabatan="pelaksana", instansi="Pemkot Yogyakarta"),
      P("o3", "pns", jabatan="fungsional", instansi="Pemkot Yogyakarta")],
     [T("paslon2", "pasangan_calon", "Paslon Wali Kota Yogyakarta nomor urut 2 (fiktif)", ditetapkan="2024-09-22", kontestasi="wali_kota")],
     [A("p1", "o1", "2024-09-21", "medsos_suka", "Kasubbag (Bu Ratri) menyukai unggahan ajakan memilih bakal paslon sehari sebelum penetapan.", peserta="paslon2", konten="dukungan", akun="tim_pemenangan"),
      A("p2", "o1", "2024-09-22", "medsos_suka", "Bu Ratri menyukai unggahan serupa pada hari penetapan paslon.", peserta="paslon2", konten="dukungan", akun="tim_pemenangan"),
      A("p3", "o2", "2024-10-01", "medsos_ikuti", "Staf (Mas Bima) mengikuti akun resmi paslon untuk mengetahui jadwal debat.", peserta="paslon2", konten="dukungan", akun="resmi_calon"),
      A("p4", "o2", "2024-10-01", "medsos_ikuti", "Mas Bima juga bergabung dengan grup WhatsApp tim pemenangan paslon.", peserta="paslon2", konten="dukungan", akun="tim_pemenangan"),
      A("p5", "o3", "2024-10-02", "medsos_komentar", "Dosen (Pak Damar) berkomentar di unggahan berita debat yang netral.", peserta="paslon2", konten="netral"),
      A("p6", "o3", "2024-10-03", "medsos_suka", "Pak Damar menyukai unggahan bernada SARA tentang paslon.", peserta="paslon2", konten="sara")],
     "Determination day counts as after it (ethics the day before, heavy on the day); U-13 decision on following an official account; neutral content; a like of SARA content.",
     "SKB 2022 Lampiran II etik item 4, disiplin item 6; UU 20/2023 Pasal 9 ayat (2); PP 94/2021 Pasal 5 huruf n angka 5",
     "Interactions with partisan content are E4 before and D6 after determination; following a candidate's official account is not joining a winning-team account.")

# 30
case("pemilu-unggahan-dukungan-capres", PEMILU, "Kota Langsa",
     [P("o1", "pns", jabatan="pengawas", instansi="Pemkot Langsa"),
      P("o2", "pns", jabatan="pelaksana", instansi="Pemkot Langsa"),
      P("o3", "pns", jabatan="pelaksana", instansi="Diskominfo Kota Langsa")],
     [T("paslon1", "pasangan_calon", "Pasangan capres-cawapres nomor urut 1 (fiktif)", ditetapkan="2023-11-13", kontestasi="presiden")],
     [A("p1", "o1", "2023-11-12", "medsos_unggah", "Kasi (Pak Fauzan) mengunggah video ajakan memilih bakal capres sehari sebelum penetapan.", peserta="paslon1", konten="dukungan"),
      A("p2", "o1", "2023-11-13", "medsos_unggah", "Pak Fauzan mengunggah video serupa pada hari penetapan pasangan.", peserta="paslon1", konten="dukungan"),
      A("p3", "o2", "2023-12-05", "medsos_unggah", "Staf (Mbak Intan) mengunggah seruan 'pilih yang terbaik', tanpa menyebut atau menyiratkan peserta.", konten="dukungan"),
      A("p4", "o3", "2023-12-05", "medsos_unggah", "Admin humas (Mas Reza) mengunggah dukungan untuk paslon 1 dari akun resmi Diskominfo.", peserta="paslon1", konten="dukungan", fasilitas_negara=["akun_resmi"])],
     "Code 15 before and after determination (13 Nov 2023 for the presidential pairs); X9; official account adds code 18.",
     "SKB 2022 Lampiran II etik item 2, disiplin item 2; PP 94/2021 Pasal 5 huruf n angka 4 and 6",
     "An online post for a named participant is E2 then D2; a post naming nobody is not partisan; an official account is a state facility.")

# 31
case("pilkada-foto-bersama-paslon", PILKADA, "Kabupaten Sleman",
     [P("o1", "pns", jabatan="pelaksana", instansi="Pemkab Sleman"),
      P("o2", "pns", jabatan="fungsional", instansi="Pemkab Sleman"),
      P("o3", "pns", jabatan="fungsional", instansi="Pemkab Sleman", pasangan_dari="paslon1", cltn=True),
      P("o4", "pns", jabatan="administrator", instansi="Pemkab Sleman", pasangan_dari="paslon2")],
     [T("paslon1", "pasangan_calon", "Paslon Bupati Sleman nomor urut 1 (fiktif)", ditetapkan="2024-09-22", kontestasi="bupati"),
      T("paslon2", "pasangan_calon", "Paslon Bupati Sleman nomor urut 2 (fiktif)", ditetapkan="2024-09-22", kontestasi="bupati")],
     [A("p1", "o1", "2024-10-08", "medsos_unggah", "Staf (Mas Gilang) mengunggah foto bersama paslon 1 di akun Instagram publik.", peserta="paslon1", konten="foto_calon"),
      A("p2", "o2", "2024-10-08", "medsos_unggah", "Guru (Bu Asih) mengirim foto bersama paslon 1 ke akun yang dikunci dan tidak dapat diakses publik.", peserta="paslon1", konten="foto_calon", publik=False),
      A("p3", "o3", "2024-10-09", "medsos_unggah", "Suami calon bupati (Pak Bondan), sedang CLTN, mengunggah foto keluarga bersama istrinya tanpa gestur.", peserta="paslon1", konten="foto_calon"),
      A("p4", "o4", "2024-10-09", "medsos_unggah", "Istri calon bupati (Bu Sinta), tanpa CLTN, mengunggah foto bersama suaminya tanpa gestur.", peserta="paslon2", konten="foto_calon")],
     "Code 16; photos not publicly accessible; X4 for a spouse on CLTN, not without CLTN.",
     "SKB 2022 Lampiran II etik item 5, disiplin item 7; PP 94/2021 Pasal 14 huruf i angka 3; SE MenPANRB 18/2023",
     "E5/D7 require publicly accessible media; the spouse exemption follows X4, which requires CLTN.")

# 32
case("pemilu-apk-partai-dan-bakal-calon", PEMILU, "Kabupaten Sidoarjo",
     [P("o1", "pns", jabatan="pelaksana", instansi="Pemkab Sidoarjo"),
      P("o2", "pns", jabatan="fungsional", instansi="Pemkab Sidoarjo"),
      P("o3", "pns", jabatan="pelaksana", instansi="Pemkab Sidoarjo"),
      P("o4", "kepala_desa", instansi="Desa Buduran")],
     [T("partai1", "partai", "Partai Amanah Rakyat (fiktif)"),
      T("c2", "calon_perseorangan", "Calon anggota DPD Jawa Timur (fiktif: Imam Bukhori)", kontestasi="dpd"),
      T("c3", "calon", "Calon anggota DPRD Jawa Timur (fiktif: Siti Maemunah)", ditetapkan="2023-11-03", kontestasi="dprd_provinsi")],
     [A("p1", "o1", "2023-08-15", "memasang_apk", "Staf (Mas Eko) memasang baliho partai di pagar rumahnya.", peserta="partai1"),
      A("p2", "o2", "2023-12-01", "memasang_apk", "Guru (Bu Yayuk) membagikan stiker calon DPD yang tanggal penetapannya tidak tercatat.", peserta="c2"),
      A("p3", "o3", "2023-12-02", "memasang_apk", "Mas Bagas memasang spanduk 'Ayo ke TPS' tanpa nama peserta."),
      A("p4", "o4", "2024-01-05", "memasang_apk", "Kepala desa (Pak Kasiman) memasang baliho calon DPRD di balai desa.", peserta="c3")],
     "Code 17: a Pemilu party counts as determined from 14 Dec 2022; a candidate without `ditetapkan` stays a bakal calon; props naming nobody; village head (C1).",
     "SKB 2022 Lampiran II etik item 1, disiplin item 1; UU 6/2014 Pasal 29 huruf j; UU 7/2017 Pasal 282, 490",
     "Props are E1 before and D1 after determination; a village head's props in the campaign period are an action benefiting a participant.")

# 33
case("pemilu-fasilitas-negara-tim-kampanye", PEMILU, "Kota Tarakan",
     [P("o1", "tim_kampanye", instansi="Tim kampanye kota paslon 2"),
      P("o2", "tim_kampanye", instansi="Tim kampanye kota paslon 2"),
      P("o3", "tim_kampanye", instansi="Tim kampanye kota paslon 2"),
      P("o4", "pns", jabatan="administrator", instansi="Pemkot Tarakan")],
     [T("paslon2", "pasangan_calon", "Pasangan capres-cawapres nomor urut 2 (fiktif)", ditetapkan="2023-11-13", kontestasi="presiden")],
     [A("p1", "o1", "2023-12-10", "hadir_acara", "Ketua tim (Pak Arman) memakai mobil dinas pinjaman untuk kampanye keliling.", peserta="paslon2", acara="kampanye", peran="panitia", fasilitas_negara=["kendaraan_dinas"]),
      A("p2", "o2", "2023-12-11", "hadir_acara", "Tim (Bu Lina) memakai aula kantor kecamatan untuk dialog kampanye tanpa atribut.", peserta="paslon2", acara="kampanye", peran="panitia", fasilitas_negara=["kantor"]),
      A("p3", "o3", "2023-12-12", "hadir_acara", "Tim (Pak Hadi) memakai aula kantor yang sama dengan spanduk dan bendera paslon.", peserta="paslon2", acara="kampanye", peran="panitia", fasilitas_negara=["kantor"], atribut=["calon"]),
      A("p4", "o4", "2024-02-14", "mencoblos", "Kabag (Pak Yohan) memakai mobil dinas untuk pergi mencoblos.", fasilitas_negara=["kendaraan_dinas"])],
     "Code 18 criminal for campaign actors; X10 (MK 65/PUU-XXI/2023: government buildings without attributes); X1 and a non-partisan use of a facility.",
     "UU 7/2017 Pasal 280 ayat (1) huruf h, 304 ayat (2), 521; MK 65/PUU-XXI/2023; PKPU 20/2023 Pasal 72 ayat (1) huruf h",
     "A service vehicle is never allowed; a government hall may be used with permission and without attributes; voting is never a violation.")

# 34
case("pemilu-pejabat-negara-berkampanye", PEMILU, "Kota Yogyakarta",
     [P("o1", "pejabat_negara", instansi="Kementerian fiktif (menteri)"),
      P("o2", "pejabat_negara", instansi="Presiden (fiktif)", cltn=True),
      P("o3", "kepala_daerah", instansi="Pemkot Yogyakarta (wali kota)", cltn=True)],
     [T("paslon1", "pasangan_calon", "Pasangan capres-cawapres nomor urut 1 (fiktif)", ditetapkan="2023-11-13", kontestasi="presiden")],
     [A("p1", "o1", "2024-01-24", "hadir_acara", "Menteri (Pak Bramantyo) berorasi di kampanye paslon pada hari kerja tanpa cuti.", peserta="paslon1", acara="kampanye", peran="narasumber"),
      A("p2", "o2", "2024-01-27", "hadir_acara", "Presiden berkampanye saat cuti, hanya dengan pengamanan melekat yang tidak dicatat sebagai fasilitas.", peserta="paslon1", acara="kampanye", peran="narasumber"),
      A("p3", "o3", "2024-01-28", "hadir_acara", "Wali kota (Pak Heru) cuti kampanye, tetapi datang dengan mobil dinas dan mengacungkan nomor urut.", peserta="paslon1", acara="kampanye", gestur_dukungan=True, fasilitas_negara=["kendaraan_dinas"])],
     "Code 29 and defeaters X13 and X11; facilities of office while campaigning (code 18).",
     "UU 7/2017 Pasal 281 ayat (1), 299, 304-305, 280 ayat (1) huruf h, 521",
     "Political officials may campaign on leave without facilities of office; Pasal 305 security facilities are not recorded as facilities.")

# 35
case("pemilu-keputusan-menguntungkan-peserta", PEMILU, "Kabupaten Sidoarjo",
     [P("o1", "pns", jabatan="administrator", instansi="Kecamatan Buduran (camat)"),
      P("o2", "kepala_desa", instansi="Desa Sidokepung"),
      P("o3", "pejabat_negara", instansi="Kementerian fiktif (menteri)"),
      P("o4", "pns", jabatan="administrator", instansi="Bagian Umum Pemkab Sidoarjo"),
      P("o5", "kepala_daerah", instansi="Pemkab Sidoarjo (bupati)")],
     [T("c1", "calon", "Calon anggota DPR Jawa Timur I (fiktif: Anton Wijaya)", ditetapkan="2023-11-03", kontestasi="dpr")],
     [A("p1", "o1", "2024-01-10", "keputusan", "Camat (Pak Nurhadi) memberi izin keramaian hanya kepada calon 1 dan menolak calon lain.", peserta="c1", dampak="menguntungkan"),
      A("p2", "o2", "2024-01-11", "keputusan", "Kepala desa (Pak Sukadi) menerbitkan SK relawan desa untuk calon 1.", peserta="c1", dampak="menguntungkan"),
      A("p3", "o3", "2024-01-12", "keputusan", "Menteri mempercepat penyaluran hibah di daerah basis calon 1.", peserta="c1", dampak="menguntungkan"),
      A("p4", "o4", "2024-01-13", "keputusan", "Kabag Umum (Bu Rina) memberi izin pemakaian aula kabupaten kepada semua peserta dengan syarat yang sama.", dampak="menguntungkan"),
      A("p5", "o5", "2023-11-20", "keputusan", "Bupati (Pak Mashuri) menunda izin acara calon 1 sebelum masa kampanye.", peserta="c1", dampak="merugikan")],
     "Code 19 in a Pemilu: discipline for the camat (no criminal article, gap), Pasal 490 for the village head and 547 for the minister in the campaign period; X10; a decision before the campaign period.",
     "PP 94/2021 Pasal 5 huruf n angka 5; UU 7/2017 Pasal 282, 490, 547; UU 6/2014 Pasal 29 huruf b",
     "Pasal 282 reaches only the campaign period and its crimes name only village heads and state officials.")

# 36
case("pilkada-keputusan-pejabat-daerah-tni-mk136", PILKADA, "Kota Tarakan",
     [P("o1", "pejabat_daerah", instansi="DPRD Kota Tarakan (ketua)"),
      P("o2", "tni", instansi="Kodim 0907 Tarakan"),
      P("o3", "pns", jabatan="administrator", instansi="Pemkot Tarakan (lurah)")],
     [T("paslon1", "pasangan_calon", "Paslon Wali Kota Tarakan nomor urut 1 (fiktif)", ditetapkan="2024-09-22", kontestasi="wali_kota")],
     [A("p1", "o1", "2024-11-10", "keputusan", "Ketua DPRD (Pak Arsyad) memberi fasilitas rapat DPRD untuk acara paslon 1.", peserta="paslon1", dampak="menguntungkan"),
      A("p2", "o1", "2024-11-15", "keputusan", "Ketua DPRD kembali memberi fasilitas serupa setelah putusan MK 136.", peserta="paslon1", dampak="menguntungkan"),
      A("p3", "o2", "2024-11-20", "keputusan", "Dandim (Letkol Wisnu) melarang acara paslon 1 di lapangan milik TNI, tetapi mengizinkan paslon lain.", peserta="paslon1", dampak="merugikan"),
      A("p4", "o3", "2024-09-10", "keputusan", "Lurah (Bu Hasna) mempercepat surat keterangan untuk relawan bakal paslon 1.", peserta="paslon1", dampak="menguntungkan")],
     "P5 (MK 136 from 14 Nov 2024) for regional officials and TNI; Pasal 188 via Pasal 71 ayat (1) needs a determined pair.",
     "UU 10/2016 Pasal 71 ayat (1), 188; MK 136/PUU-XXII/2024; PP 94/2021 Pasal 5 huruf n angka 5",
     "Before the decision Pasal 188 did not name regional officials or TNI/Polri; before determination there is no pasangan calon to benefit.")

# 37
case("pilkada-petahana-dan-pj-mengganti-pejabat", PILKADA, "Provinsi Kalimantan Utara",
     [P("o1", "kepala_daerah", instansi="Pemkab Bulungan (bupati petahana)"),
      P("o2", "pj_kepala_daerah", instansi="Pemkab Tana Tidung (Pj bupati)", jabatan="jpt_pratama")],
     [T("paslon1", "pasangan_calon", "Paslon Bupati Bulungan nomor urut 1 (fiktif, petahana)", ditetapkan="2024-09-22", pihak="o1", kontestasi="bupati")],
     [A("p1", "o1", "2024-05-10", "keputusan_kepegawaian", "Bupati petahana (Pak Syarwani) mengganti dua kepala dinas tanpa persetujuan tertulis Mendagri.", alasan_politis=False, penggantian_pejabat=True),
      A("p2", "o1", "2024-06-10", "keputusan_kepegawaian", "Bupati mengganti kepala BPBD dengan persetujuan tertulis Mendagri.", alasan_politis=False, penggantian_pejabat=True, izin_menteri=True),
      A("p3", "o2", "2024-04-01", "keputusan_kepegawaian", "Pj bupati (Pak Frans) mengganti sekretaris dinas tanpa persetujuan Mendagri.", alasan_politis=False, penggantian_pejabat=True),
      A("p4", "o1", "2024-03-21", "keputusan_kepegawaian", "Bupati mengganti kepala bagian sehari sebelum larangan enam bulan berlaku.", alasan_politis=False, penggantian_pejabat=True)],
     "Code 20 via Pasal 71 ayat (2): window from 22 Mar 2024, X12 (Minister's approval), incumbent disqualification, Pj through ayat (4).",
     "UU 10/2016 Pasal 71 ayat (2), (4), (5), 190; Surat Mendagri 100.2.1.3/1575/SJ",
     "Replacing officials in the window without written approval is a crime for heads and acting heads and disqualifies an incumbent candidate; no political motive is needed.")

# 38
case("pilkada-petahana-dan-pj-rotasi-politis", PILKADA, "Provinsi Kalimantan Utara",
     [P("o1", "kepala_daerah", instansi="Pemkot Tarakan (wali kota petahana)"),
      P("o2", "pj_kepala_daerah", instansi="Pemkab Malinau (Pj bupati)", jabatan="jpt_pratama")],
     [T("paslon1", "pasangan_calon", "Paslon Wali Kota Tarakan nomor urut 1 (fiktif, petahana)", ditetapkan="2024-09-22", pihak="o1", kontestasi="wali_kota"),
      T("paslon2", "pasangan_calon", "Paslon Bupati Malinau nomor urut 2 (fiktif)", ditetapkan="2024-09-22", kontestasi="bupati")],
     [A("p1", "o1", "2024-10-02", "keputusan_kepegawaian", "Wali kota petahana mengganti tiga camat yang dianggap tidak mendukung dirinya, tanpa izin Mendagri.", peserta="paslon1", alasan_politis=True, penggantian_pejabat=True),
      A("p2", "o2", "2024-10-05", "keputusan_kepegawaian", "Pj bupati memutasi staf yang menolak hadir di acara paslon 2 (tanpa penggantian pejabat).", peserta="paslon2", alasan_politis=True)],
     "Code 20 with both routes: Pasal 190 absorbs 188 for the incumbent; the Pj (a PNS) gets discipline and Pasal 188 through ayat (1), (3), (4).",
     "UU 10/2016 Pasal 71 ayat (1)-(5), 188, 190; PP 94/2021 Pasal 5 huruf n angka 5",
     "One finding per code and regime: replacing officials is punished by the specific Pasal 190; disqualification rests on ayat (2) and (3).")

# 39
case("pilkada-rotasi-tanpa-kewenangan-atau-tanpa-peserta", PILKADA, "Kota Langsa",
     [P("o1", "pns", jabatan="pengawas", instansi="Pemkot Langsa (kasubbag kepegawaian)"),
      P("o2", "pns", jabatan="jpt_pratama", instansi="Pemkot Langsa (sekda)", kewenangan_kepegawaian=True)],
     [T("paslon1", "pasangan_calon", "Paslon Wali Kota Langsa nomor urut 1 (fiktif)", ditetapkan="2024-09-22", kontestasi="wali_kota")],
     [A("p1", "o1", "2024-10-10", "keputusan_kepegawaian", "Kasubbag (Bu Cut Nyak) menyusun daftar mutasi pendukung paslon lain; ia tidak berwenang memutasi.", peserta="paslon1", alasan_politis=True),
      A("p2", "o2", "2024-10-11", "keputusan_kepegawaian", "Sekda (Pak Teuku Akbar) merotasi staf karena pilihan politik mereka, tanpa kaitan dengan peserta tertentu.", alasan_politis=True),
      A("p3", "o2", "2024-10-12", "keputusan_kepegawaian", "Sekda merotasi staf untuk pemerataan beban kerja.", peserta="paslon1", alasan_politis=False)],
     "Near misses of code 20 (no staffing authority; no political reason) and the residual code 33.",
     "UU 20/2023 Pasal 9 ayat (2); PP 42/2004 Pasal 11 huruf c; SKB 2022 Lampiran II disiplin item 13",
     "A staffing decision on political grounds that favours no named participant breaches the neutrality principle only.")

# 40
case("pilkada-program-bansos-petahana", PILKADA, "Kabupaten Polewali Mandar",
     [P("o1", "kepala_daerah", instansi="Pemkab Polewali Mandar (bupati petahana)"),
      P("o2", "pns", jabatan="jpt_pratama", instansi="Dinas Sosial Kabupaten Polewali Mandar")],
     [T("paslon1", "pasangan_calon", "Paslon Bupati Polewali Mandar nomor urut 1 (fiktif, petahana)", ditetapkan="2024-09-22", pihak="o1", kontestasi="bupati")],
     [A("p1", "o1", "2024-08-15", "program_pemerintah", "Bupati petahana membagikan bansos berstiker wajahnya dan tagline pencalonannya.", peserta="paslon1"),
      A("p2", "o2", "2024-10-10", "program_pemerintah", "Kadis sosial (Pak Amiruddin) menjadwalkan penyaluran bansos bersamaan dengan kampanye paslon 1.", peserta="paslon1"),
      A("p3", "o1", "2024-03-01", "program_pemerintah", "Bupati meluncurkan program beras murah dengan nama tagline pencalonannya, sebelum masa enam bulan.", peserta="paslon1")],
     "Code 21: Pasal 71 ayat (3) window (22 Mar - 16 Dec 2024) reaches a bakal pasangan; incumbent disqualification; the ASN implementer.",
     "UU 10/2016 Pasal 71 ayat (1), (3), (5), 188; PP 94/2021 Pasal 5 huruf n angka 5",
     "Using programmes for a pair from six months before determination is a crime and disqualifies an incumbent; before the window nothing in this ruleset reaches a regional head.")

# 41
case("pemilu-kades-bantuan-desa-jadi-kampanye", PEMILU, "Kabupaten Sidoarjo",
     [P("o1", "kepala_desa", instansi="Desa Pepelegi"),
      P("o2", "pns", jabatan="pelaksana", instansi="Dinas Sosial Kabupaten Sidoarjo")],
     [T("paslon1", "pasangan_calon", "Pasangan capres-cawapres nomor urut 2 (fiktif)", ditetapkan="2023-11-13", kontestasi="presiden")],
     [A("p1", "o1", "2024-01-20", "program_pemerintah", "Kepala desa (Pak Suroso) mengubah pembagian BLT dana desa menjadi acara dukungan paslon.", peserta="paslon1"),
      A("p2", "o1", "2023-10-01", "program_pemerintah", "Kepala desa menyisipkan foto bakal capres dalam paket bantuan desa sebelum penetapan.", peserta="paslon1"),
      A("p3", "o2", "2024-01-22", "program_pemerintah", "Pendamping sosial PNS (Mas Fajar) menyalurkan bansos dengan kaos paslon.", peserta="paslon1")],
     "Code 21 in a Pemilu: Pasal 490 for a village head in the campaign period (C2); ASN discipline only.",
     "UU 7/2017 Pasal 282, 490; UU 6/2014 Pasal 29 huruf b; PP 94/2021 Pasal 5 huruf n angka 5; legal reference §12 C2",
     "A village head's programme misuse in the campaign period is an action benefiting a participant; earlier it is administrative.")

# 42
case("pilkada-layanan-publik-memihak", PILKADA, "Kabupaten Sleman",
     [P("o1", "pns", jabatan="pelaksana", instansi="Kelurahan fiktif, Kabupaten Sleman"),
      P("o2", "pns", jabatan="pelaksana", instansi="Dinas Kependudukan Kabupaten Sleman"),
      P("o3", "pns", jabatan="pelaksana", instansi="Puskesmas Mlati"),
      P("o4", "kepala_desa", instansi="Desa Sendangadi"),
      P("o5", "pejabat_daerah", instansi="DPRD Kabupaten Sleman (anggota)")],
     [T("paslon1", "pasangan_calon", "Paslon Bupati Sleman nomor urut 1 (fiktif)", ditetapkan="2024-09-22", kontestasi="bupati"),
      T("paslon2", "pasangan_calon", "Paslon Bupati Sleman nomor urut 2 (fiktif)", ditetapkan="2024-09-22", kontestasi="bupati")],
     [A("p1", "o1", "2024-10-15", "pelayanan_publik", "Petugas (Mas Andi) menunda surat pengantar bagi warga yang memasang stiker paslon 2.", peserta="paslon2"),
      A("p2", "o2", "2024-10-16", "pelayanan_publik", "Petugas (Bu Ningsih) mendahulukan warga yang sepaham politik dengannya; kantor kebanjiran keluhan.", dampak_lingkup="instansi"),
      A("p3", "o3", "2024-10-17", "pelayanan_publik", "Petugas (Mbak Desi) melayani pasien berbeda menurut pilihan politik; dampak belum dinilai."),
      A("p4", "o4", "2024-10-18", "pelayanan_publik", "Kepala desa (Pak Sutrisno) hanya menerbitkan surat untuk warga pendukung paslon 1.", peserta="paslon1"),
      A("p5", "o5", "2024-10-19", "pelayanan_publik", "Anggota DPRD (Bu Sri) hanya menyalurkan aspirasi dari warga pendukung paslon 1.", peserta="paslon1")],
     "Code 22: heavy when it benefits or harms a participant (with Pasal 188 in Pilkada); Pasal 5 huruf m graded by impact otherwise; a DPRD member is outside code 22.",
     "PP 94/2021 Pasal 5 huruf m, 13 huruf e, Pasal 5 huruf n angka 5; UU 10/2016 Pasal 71 ayat (1), 188; UU 6/2014 Pasal 29 huruf d",
     "Without a participant only the general service prohibition applies, which has a level only where the agency is harmed.")

# 43
case("pemilu-ajakan-camat-dan-gubernur", PEMILU, "Provinsi Nusa Tenggara Barat",
     [P("o1", "pns", jabatan="administrator", instansi="Kecamatan Selong (camat)"),
      P("o2", "pns", jabatan="pelaksana", instansi="Kecamatan Selong"),
      P("o3", "kepala_daerah", instansi="Pemprov NTB (gubernur)"),
      P("o4", "kepala_daerah", instansi="Pemkab Lombok Timur (bupati)", cltn=True)],
     [T("c1", "calon", "Calon anggota DPR NTB II (fiktif: Lalu Hamdi)", ditetapkan="2023-11-03", kontestasi="dpr"),
      T("c2", "calon_perseorangan", "Calon anggota DPD NTB (fiktif: Baiq Hartini)", ditetapkan="2023-11-03", kontestasi="dpd")],
     [A("p1", "o1", "2024-01-08", "ajakan", "Camat (Pak Lalu Rusdi) di grup WhatsApp kantor meminta staf memilih calon 1.", peserta="c1", sasaran="asn_unit"),
      A("p2", "o1", "2023-07-01", "ajakan", "Camat mengajak staf mendukung pengumpulan dukungan bakal calon DPD.", peserta="c2", sasaran="asn_unit"),
      A("p3", "o2", "2024-01-09", "ajakan", "Staf (Mbak Nurul) mengajak warga datang ke TPS tanpa menyebut peserta.", sasaran="masyarakat"),
      A("p4", "o3", "2024-01-10", "ajakan", "Gubernur dalam acara resmi pemprov meminta ASN memilih calon 1, tanpa cuti.", peserta="c1", sasaran="asn_unit"),
      A("p5", "o4", "2024-01-11", "ajakan", "Bupati yang sedang cuti kampanye mengajak warga di rapat umum memilih calon 1.", peserta="c1", sasaran="masyarakat")],
     "Code 23: heavy after determination, ethics for a bakal calon (C3); X9; Pasal 547 for an official in the campaign period; X13.",
     "PP 94/2021 Pasal 5 huruf n angka 6, Pasal 14 huruf i; SKB 2022 Lampiran II disiplin item 8; UU 7/2017 Pasal 282, 283, 547, 281",
     "Appeals for a named participant are partisanship; a political official's appeal while on campaign leave is lawful campaigning.")

# 44
case("pilkada-pembagian-sembako", PILKADA, "Kota Langsa",
     [P("o1", "pns", jabatan="pengawas", instansi="Pemkot Langsa"),
      P("o2", "pns", jabatan="pelaksana", instansi="Pemkot Langsa")],
     [T("paslon1", "pasangan_calon", "Paslon Wali Kota Langsa nomor urut 1 (fiktif)", ditetapkan="2024-09-22", kontestasi="wali_kota")],
     [A("p1", "o1", "2024-10-20", "memberi_barang", "Kasi (Pak Irfan) membagikan paket sembako berstiker paslon 1 kepada tetangga.", peserta="paslon1", sasaran="masyarakat"),
      A("p2", "o1", "2024-08-30", "memberi_barang", "Pak Irfan membagikan kalender bergambar bakal paslon kepada staf.", peserta="paslon1", sasaran="asn_unit"),
      A("p3", "o2", "2024-10-21", "memberi_barang", "Staf (Bu Maya) membagikan takjil di masjid tanpa kaitan dengan peserta mana pun.", sasaran="masyarakat")],
     "Code 24 before and after determination; gifts naming nobody.",
     "PP 94/2021 Pasal 5 huruf n angka 6, Pasal 14 huruf i; PP 42/2004 Pasal 11 huruf c; legal reference §12 C3",
     "Gifts connected with a participant are partisan activities; for a bakal calon they are an ethics matter.")

# 45
case("pemilu-politik-uang-masa-tenang-dan-pemungutan", PEMILU, "Kota Tarakan",
     [P("o1", "pns", jabatan="pelaksana", instansi="Pemkot Tarakan"),
      P("o2", "pensiunan", instansi="Purna tugas Pemkot Tarakan"),
      P("o3", "tim_kampanye", instansi="Tim kampanye calon DPRD"),
      P("o4", "pns", jabatan="pelaksana", instansi="Pemkot Tarakan"),
      P("o5", "tim_kampanye", instansi="Tim kampanye calon DPRD")],
     [T("c1", "calon", "Calon anggota DPRD Kota Tarakan (fiktif: Jefri Tandiayu)", ditetapkan="2023-11-03", kontestasi="dprd_kabkota")],
     [A("p1", "o1", "2024-02-14", "memberi_barang", "Staf (Mas Wawan) memberi uang Rp100.000 kepada pemilih di dekat TPS agar memilih calon 1.", peserta="c1", imbalan_suara=True),
      A("p2", "o2", "2024-02-14", "memberi_barang", "Pensiunan (Pak Markus) membagikan amplop kepada pemilih pada hari pemungutan.", peserta="c1", imbalan_suara=True),
      A("p3", "o3", "2024-02-12", "memberi_barang", "Anggota tim (Pak Rudi) membagikan uang kepada pemilih pada masa tenang.", peserta="c1", imbalan_suara=True),
      A("p4", "o4", "2024-02-12", "memberi_barang", "Staf (Bu Santi) membagikan uang kepada pemilih pada masa tenang.", peserta="c1", imbalan_suara=True),
      A("p5", "o5", "2024-01-15", "memberi_barang", "Anggota tim (Bu Erna) membagikan uang transport kepada peserta kampanye.", peserta="c1", imbalan_suara=True)],
     "Code 25 in a Pemilu: Pasal 523 ayat (1)-(3) by stage and actor; a retiree is reached as any person; an ASN in the quiet period gets discipline only.",
     "UU 7/2017 Pasal 280 ayat (1) huruf j, 278 ayat (2), 515, 523; PP 94/2021 Pasal 5 huruf n angka 6",
     "Ayat (1) and (2) name executors, participants and teams; ayat (3) and Pasal 515 reach any person on voting day.")

# 46
case("pilkada-politik-uang-kades-honorer-pensiun", PILKADA, "Kabupaten Kepahiang",
     [P("o1", "kepala_desa", instansi="Desa Kelilik"),
      P("o2", "non_asn", instansi="Pemkab Kepahiang (tenaga honorer)"),
      P("o3", "pns", jabatan="fungsional", instansi="Pemkab Kepahiang", pensiun_sejak="2024-10-01")],
     [T("paslon1", "pasangan_calon", "Paslon Bupati Kepahiang nomor urut 1 (fiktif)", ditetapkan="2024-09-22", kontestasi="bupati")],
     [A("p1", "o1", "2024-11-26", "memberi_barang", "Kepala desa (Pak Jumadi) membagikan uang kepada warga pada masa tenang agar memilih paslon 1.", peserta="paslon1", imbalan_suara=True, sasaran="masyarakat"),
      A("p2", "o2", "2024-11-27", "memberi_barang", "Honorer (Mas Doni) memberi uang kepada pemilih agar tidak datang ke TPS, tanpa menyebut paslon.", imbalan_suara=True),
      A("p3", "o3", "2024-11-20", "memberi_barang", "Guru yang pensiun sejak 1 Oktober (Pak Zulfikar) membagikan uang untuk paslon 1.", peserta="paslon1", imbalan_suara=True)],
     "Code 25 in a Pilkada: Pasal 187A reaches any person; X8 leaves only the crime; the village head also faces desa_admin.",
     "UU 10/2016 Pasal 73 ayat (4), 187A ayat (1); UU 6/2014 Pasal 29 huruf j",
     "Money politics in a Pilkada is a crime for anyone; discipline and contract sanctions need a bound actor and a named participant.")

# 47
case("pilkada-intimidasi", PILKADA, "Kota Tarakan",
     [P("o1", "pns", jabatan="fungsional", instansi="SMA Negeri fiktif (kepala sekolah)"),
      P("o2", "pns", jabatan="administrator", instansi="Kelurahan fiktif (lurah)"),
      P("o3", "pns", jabatan="pelaksana", instansi="Pemkot Tarakan"),
      P("o4", "kepala_desa", instansi="Desa fiktif di Kaltara")],
     [T("paslon2", "pasangan_calon", "Paslon Wali Kota Tarakan nomor urut 2 (fiktif)", ditetapkan="2024-09-22", kontestasi="wali_kota")],
     [A("p1", "o1", "2024-10-14", "intimidasi", "Kepala sekolah (Pak Stefanus) mengancam memindahkan guru yang tidak memilih paslon 2.", peserta="paslon2", sasaran="asn_unit"),
      A("p2", "o2", "2024-10-15", "intimidasi", "Lurah (Bu Aminah) membentak staf yang berbeda pilihan, tanpa menyebut paslon; suasana kantor terganggu.", sasaran="asn_unit", dampak_lingkup="unit_kerja"),
      A("p3", "o3", "2024-10-16", "intimidasi", "Staf (Mas Yudi) menekan tetangganya soal pilihan politik, tanpa menyebut paslon.", sasaran="masyarakat"),
      A("p4", "o4", "2024-10-17", "intimidasi", "Kepala desa mengancam mencoret warga dari daftar bantuan bila tidak memilih paslon 2.", peserta="paslon2", sasaran="masyarakat")],
     "Code 26: heavy when partisan; Pasal 5 huruf i graded by impact when no participant is named; village head with Pasal 188.",
     "PP 94/2021 Pasal 5 huruf n angka 6 [I], Pasal 5 huruf i, 12 huruf c; UU 10/2016 Pasal 71 ayat (1), 188; UU 6/2014 Pasal 29 huruf j",
     "Pressure to support a participant is a partisan activity; arbitrary treatment of subordinates is graded by its reach.")

# 48
case("pemilu-dukungan-ktp-bakal-calon-dpd", PEMILU, "Provinsi Nusa Tenggara Barat",
     [P("o1", "pns", jabatan="fungsional", instansi="SMP Negeri fiktif (kepala sekolah)"),
      P("o2", "non_asn", instansi="SMP Negeri fiktif (guru honorer)"),
      P("o3", "pns", jabatan="pelaksana", instansi="Pemkab Lombok Barat")],
     [T("c1", "calon_perseorangan", "Calon anggota DPD NTB (fiktif: Hj. Nurhasanah)", ditetapkan="2023-11-03", kontestasi="dpd"),
      T("c2", "calon", "Calon anggota DPR NTB I (fiktif: Gede Santika)", ditetapkan="2023-11-03", kontestasi="dpr")],
     [A("p1", "o1", "2023-01-15", "dukungan_ktp", "Kepala sekolah (Pak Mahsun) mengumpulkan fotokopi KTP guru untuk dukungan bakal calon DPD.", peserta="c1"),
      A("p2", "o2", "2023-01-20", "dukungan_ktp", "Guru honorer (Mbak Aini) menyerahkan fotokopi KTP-nya untuk bakal calon DPD.", peserta="c1"),
      A("p3", "o3", "2023-08-20", "dukungan_ktp", "Staf (Pak Komang) menandatangani surat dukungan dengan fotokopi KTP untuk calon DPR dari partai.", peserta="c2")],
     "Code 27 before determination (heavy, C3); non-ASN after SE 01/2023; support for a party candidate is not KTP support.",
     "PP 94/2021 Pasal 5 huruf n angka 7, Pasal 14 huruf i; SKB 2022 Lampiran II disiplin item 11; SE MenPANRB 01/2023",
     "KTP support concerns independent candidates (DPD, independent pairs) and is berat whatever the stage.")

# 49
case("pilkada-dukungan-ktp-paslon-perseorangan", PILKADA, "Kota Yogyakarta",
     [P("o1", "pns", jabatan="pelaksana", instansi="Pemkot Yogyakarta"),
      P("o2", "pns", jabatan="pelaksana", instansi="Pemkot Yogyakarta")],
     [T("paslon1", "calon_perseorangan", "Bakal pasangan perseorangan Wali Kota Yogyakarta (fiktif)", ditetapkan="2024-09-22", kontestasi="wali_kota"),
      T("paslon2", "pasangan_calon", "Paslon Wali Kota Yogyakarta usungan partai (fiktif)", ditetapkan="2024-09-22", kontestasi="wali_kota")],
     [A("p1", "o1", "2024-05-20", "dukungan_ktp", "Staf (Mas Prasetyo) memberikan surat dukungan dan fotokopi KTP kepada bakal paslon perseorangan.", peserta="paslon1"),
      A("p2", "o2", "2024-05-21", "dukungan_ktp", "Staf (Bu Yuni) menyerahkan fotokopi KTP kepada relawan paslon usungan partai.", peserta="paslon2")],
     "Code 27 in the Pilkada support-collection stage; near miss with a party-backed pair.",
     "PP 94/2021 Pasal 5 huruf n angka 7, Pasal 14 huruf i; SKB 2022 Lampiran II disiplin item 11",
     "Only an independent (calon_perseorangan) target makes KTP support the angka 7 violation.")

# 50
case("pemilu-sara-dan-kampanye-hitam", PEMILU, "Kota Langsa",
     [P("o1", "pns", jabatan="fungsional", instansi="Pemkot Langsa"),
      P("o2", "pns", jabatan="pengawas", instansi="Pemkot Langsa"),
      P("o3", "pns", jabatan="pelaksana", instansi="Pemkot Langsa"),
      P("o4", "tim_kampanye", instansi="Tim kampanye paslon 3"),
      P("o5", "pns", jabatan="pelaksana", instansi="Pemkot Langsa")],
     [T("paslon1", "pasangan_calon", "Pasangan capres-cawapres nomor urut 1 (fiktif)", ditetapkan="2023-11-13", kontestasi="presiden")],
     [A("p1", "o1", "2023-12-12", "medsos_unggah", "Dosen (Pak Munir) mengunggah konten yang mengadu domba kelompok agama; menjadi perhatian nasional.", konten="sara", dampak_lingkup="negara"),
      A("p2", "o2", "2023-12-13", "medsos_bagikan", "Kasi (Bu Rosmawar) membagikan hoaks tentang paslon 1; instansinya dikecam.", peserta="paslon1", konten="kampanye_hitam", dampak_lingkup="instansi"),
      A("p3", "o3", "2023-12-14", "medsos_unggah", "Staf (Mas Hendra) mengunggah tuduhan palsu tentang paslon 1; dampaknya belum dinilai.", peserta="paslon1", konten="kampanye_hitam"),
      A("p4", "o4", "2023-12-15", "medsos_unggah", "Anggota tim (Pak Syukri) mengunggah konten yang menghina suku pendukung paslon 1.", peserta="paslon1", konten="sara"),
      A("p5", "o5", "2023-12-16", "medsos_suka", "Staf (Mbak Dara) menyukai unggahan bernada SARA.", peserta="paslon1", konten="sara")],
     "Code 28 graded by dampak_lingkup (perlu_telaah when not given); Pasal 521 for a campaign team; a like is neither producing nor spreading.",
     "PP 94/2021 Pasal 3 huruf b, 10 huruf a, 11 huruf b; UU 7/2017 Pasal 280 ayat (1) huruf c, 521",
     "The duty to keep national unity is graded by impact; campaign actors commit the election crime.")

# 51
case("pilkada-pj-berkampanye-dan-kampanye-hitam-tim", PILKADA, "Provinsi Aceh",
     [P("o1", "pj_kepala_daerah", instansi="Pemkot Langsa (Pj wali kota)", jabatan="jpt_pratama"),
      P("o2", "tim_kampanye", instansi="Tim kampanye paslon 2"),
      P("o3", "calon", instansi="Calon wali kota")],
     [T("paslon1", "pasangan_calon", "Paslon Wali Kota Langsa nomor urut 1 (fiktif)", ditetapkan="2024-09-22", kontestasi="wali_kota"),
      T("paslon2", "pasangan_calon", "Paslon Wali Kota Langsa nomor urut 2 (fiktif)", ditetapkan="2024-09-22", pihak="o3", kontestasi="wali_kota")],
     [A("p1", "o1", "2024-10-26", "hadir_acara", "Pj wali kota (Pak Syahrul) naik panggung kampanye paslon 1 dan mengacungkan nomor urut.", peserta="paslon1", acara="kampanye", gestur_dukungan=True),
      A("p2", "o2", "2024-10-27", "medsos_unggah", "Anggota tim (Pak Marzuki) menyebarkan fitnah tentang paslon 1.", peserta="paslon1", konten="kampanye_hitam"),
      A("p3", "o3", "2024-10-28", "medsos_unggah", "Calon (Pak Iskandar) mengunggah ujaran yang menghina golongan pendukung lawan.", peserta="paslon1", konten="sara")],
     "An acting head is a PNS who may not campaign (code 7, not 29); Pasal 187 ayat (2) with Pasal 69 huruf b/c for campaign actors.",
     "UU 10/2016 Pasal 71 ayat (4), 69 huruf b and c, 187 ayat (2); SKB 2022 Lampiran II disiplin item 4",
     "Leave does not make a Pj's campaigning lawful; insults and defamation in the campaign are Pilkada crimes for campaign actors.")

# 52
case("pilkada-calon-kerahkan-asn", PILKADA, "Kabupaten Polewali Mandar",
     [P("o1", "calon", instansi="Calon bupati"), P("o2", "tim_kampanye", instansi="Tim kampanye paslon 1")],
     [T("paslon1", "pasangan_calon", "Paslon Bupati Polewali Mandar nomor urut 1 (fiktif)", ditetapkan="2024-09-22", pihak="o1", kontestasi="bupati")],
     [A("p1", "o1", "2024-10-30", "hadir_acara", "Calon bupati (Pak Andi Baso) meminta 20 guru PNS hadir dan mengisi acara kampanyenya.", peserta="paslon1", acara="kampanye", peran="narasumber", mengerahkan=20),
      A("p2", "o2", "2024-10-30", "hadir_acara", "Ketua tim (Pak Ridwan) mengatur kehadiran para guru tersebut.", peserta="paslon1", acara="kampanye", peran="panitia", mengerahkan=20),
      A("p3", "o1", "2024-09-24", "ajakan", "Calon meminta para kepala sekolah mengerahkan guru ke acaranya sebelum masa kampanye.", peserta="paslon1", sasaran="asn_unit", mengerahkan=15)],
     "Code 30 in a Pilkada: Pasal 189 names only the candidate, in the campaign period.",
     "UU 10/2016 Pasal 70 ayat (1) huruf b, 189",
     "The team member and conduct before the campaign period fall outside Pasal 189.")

# 53
case("pemilu-atasan-tidak-menindak", PEMILU, "Kota Yogyakarta",
     [P("o1", "pns", jabatan="pelaksana", instansi="Dinas Perizinan Kota Yogyakarta"),
      P("o2", "pns", jabatan="administrator", instansi="Dinas Perizinan Kota Yogyakarta (atasan langsung)"),
      P("o3", "pns", jabatan="pelaksana", instansi="Dinas Perizinan Kota Yogyakarta")],
     [T("paslon1", "pasangan_calon", "Pasangan capres-cawapres nomor urut 1 (fiktif)", ditetapkan="2023-11-13", kontestasi="presiden")],
     [A("p1", "o1", "2023-12-01", "medsos_bagikan", "Staf (Mas Aldi) membagikan unggahan ajakan memilih paslon 1.", peserta="paslon1", konten="dukungan"),
      A("p2", "o2", "2023-12-20", "tidak_menindak", "Atasan (Bu Kartika) mengetahui unggahan itu tetapi tidak memanggil dan memeriksa Mas Aldi.", terhadap="p1"),
      A("p3", "o3", "2023-11-01", "medsos_suka", "Staf (Mbak Sari) menyukai unggahan bakal capres sebelum penetapan.", peserta="paslon1", konten="dukungan"),
      A("p4", "o2", "2023-12-21", "tidak_menindak", "Bu Kartika juga tidak menindaklanjuti tanda suka Mbak Sari.", terhadap="p3")],
     "Code 31 follows only a disciplinary violation of the subordinate; an ethics-only breach goes to the ethics council.",
     "PP 94/2021 Pasal 26 ayat (1), 27 ayat (1), 28 [M]",
     "The superior's duty to examine is a duty of PP 94/2021 discipline.")

# 54
case("pilkada-pj-tidak-tindak-lanjuti-rekomendasi-bkn", PILKADA, "Kabupaten Tapanuli Utara",
     [P("o1", "pns", jabatan="administrator", instansi="Pemkab Tapanuli Utara"),
      P("o2", "pj_kepala_daerah", instansi="Pemkab Tapanuli Utara (Pj bupati)", jabatan="jpt_pratama"),
      P("o3", "pns", jabatan="jpt_pratama", instansi="BKPSDM Tapanuli Utara")],
     [T("paslon1", "pasangan_calon", "Paslon Bupati Tapanuli Utara nomor urut 1 (fiktif)", ditetapkan="2024-09-22", kontestasi="bupati")],
     [A("p1", "o1", "2024-10-01", "medsos_komentar", "Kabag (Pak Hotman) berkomentar mengajak memilih paslon 1 di akun tim pemenangan.", peserta="paslon1", konten="dukungan", akun="tim_pemenangan"),
      A("p2", "o2", "2024-11-05", "tidak_tindak_lanjut", "Pj bupati (Pak Parlindungan) tidak menjatuhkan hukuman yang direkomendasikan BKN dalam batas waktu.", terhadap="p1"),
      A("p3", "o3", "2024-11-06", "tidak_tindak_lanjut", "Kepala BKPSDM (Bu Rosita), tanpa kewenangan kepegawaian, tidak menindaklanjuti rekomendasi yang sama.", terhadap="p1")],
     "Code 32 after the KASN-to-BKN transfer (24 Aug 2024): one procedural finding (blokir_siasn); no staffing authority, no finding.",
     "Peraturan BKN 1/2023; SKB 2022; Perpres 92/2024; legal reference §12 C7",
     "Data blocking is the automatic consequence; sanctions on the PPK and imposition by the authority above are discretionary follow-ups.")

# 55
case("pemilu-bupati-tidak-tindak-lanjuti-rekomendasi-kasn", PEMILU, "Kabupaten Sleman",
     [P("o1", "pns", jabatan="fungsional", instansi="Pemkab Sleman"),
      P("o2", "kepala_daerah", instansi="Pemkab Sleman (bupati)")],
     [T("c1", "calon", "Calon anggota DPR DIY (fiktif: Budi Santoso)", ditetapkan="2023-11-03", kontestasi="dpr")],
     [A("p1", "o1", "2023-09-01", "medsos_unggah", "Guru (Bu Wahyuni) mengunggah promosi bakal calon DPR.", peserta="c1", konten="dukungan"),
      A("p2", "o2", "2023-10-20", "tidak_tindak_lanjut", "Bupati tidak menjatuhkan sanksi moral yang direkomendasikan KASN dalam batas waktu.", terhadap="p1")],
     "Code 32 in the KASN period and under UU 5/2014 (before 31 Oct 2023); it follows an ethics recommendation too.",
     "UU 5/2014 Pasal 32 ayat (3), 33 ayat (1); Peraturan BKN 1/2023; SKB 2022",
     "A PPK must execute KASN recommendations, including moral sanctions.")

# 56
case("pemilu-pensiun-dan-pensiunan", PEMILU, "Kota Tarakan",
     [P("o1", "pensiunan", instansi="Purna tugas Pemkot Tarakan"),
      P("o2", "pns", jabatan="fungsional", instansi="Pemkot Tarakan", pensiun_sejak="2024-01-01")],
     [T("paslon1", "pasangan_calon", "Pasangan capres-cawapres nomor urut 3 (fiktif)", ditetapkan="2023-11-13", kontestasi="presiden")],
     [A("p1", "o1", "2023-12-05", "bergabung_tim", "Pensiunan (Pak Simon) menjadi ketua tim kampanye kecamatan.", peserta="paslon1", peran="tim_kampanye"),
      A("p2", "o2", "2024-01-01", "medsos_unggah", "Guru (Bu Hana) mengunggah dukungan paslon pada hari pensiunnya berlaku.", peserta="paslon1", konten="dukungan"),
      A("p3", "o2", "2023-12-31", "medsos_unggah", "Bu Hana mengunggah dukungan serupa sehari sebelum pensiun.", peserta="paslon1", konten="dukungan")],
     "Defeater X8 at its boundary: retirement effective on the act date frees the person; the day before does not.",
     "Status rule (legal reference §2, X8); SKB 2022 Lampiran II disiplin item 2",
     "A retiree is no longer bound by ASN rules and is not listed in Pasal 280 ayat (2).")

# 57
case("pilkada-partai-tanpa-tanggal-penetapan", PILKADA, "Kota Yogyakarta",
     [P("o1", "pns", jabatan="pelaksana", instansi="Pemkot Yogyakarta")],
     [T("partai1", "partai", "Partai Cahaya Nusantara (fiktif), pengusung paslon")],
     [A("p1", "o1", "2024-09-01", "medsos_bagikan", "Staf (Mas Heri) membagikan ajakan partai untuk memenangkan bakal paslonnya.", peserta="partai1", konten="dukungan"),
      A("p2", "o1", "2024-10-01", "medsos_bagikan", "Mas Heri membagikan ajakan serupa setelah paslon ditetapkan.", peserta="partai1", konten="dukungan")],
     "In a Pilkada a party counts as a participant once the pairs are determined (22 Sep 2024 when the party has no `ditetapkan`).",
     "Contract (`peserta.ditetapkan`); PKPU 2/2024; SKB 2022 Lampiran II etik item 4, disiplin item 6",
     "Party participation in a Pilkada follows the determination of the pair it nominated.")

# 58
case("pemilu-partai-sejak-penetapan-parpol", PEMILU, "Kota Langsa",
     [P("o1", "pns", jabatan="pengawas", instansi="Pemkot Langsa")],
     [T("partai1", "partai", "Partai Bintang Timur (fiktif)")],
     [A("p1", "o1", "2022-12-13", "medsos_bagikan", "Kasi (Pak Rahmadi) membagikan poster partai sehari sebelum penetapan partai peserta pemilu.", peserta="partai1", konten="dukungan"),
      A("p2", "o1", "2022-12-14", "medsos_bagikan", "Pak Rahmadi membagikan poster partai pada hari penetapan partai peserta.", peserta="partai1", konten="dukungan")],
     "In a Pemilu parties are participants from 14 Dec 2022 (the day counts); UU 5/2014 basis for 2022 conduct.",
     "PKPU 3/2022; SKB 2022 Lampiran II etik item 4, disiplin item 6; UU 5/2014 Pasal 9 ayat (2)",
     "The determination day counts as after determination.")

# 59
case("pemilu-calon-tanpa-tanggal-penetapan", PEMILU, "Kabupaten Sidoarjo",
     [P("o1", "pns", jabatan="pelaksana", instansi="Pemkab Sidoarjo")],
     [T("c1", "calon", "Calon anggota DPRD Sidoarjo (fiktif: Rudi Hartono), tanggal penetapan tidak tercatat", kontestasi="dprd_kabkota")],
     [A("p1", "o1", "2024-01-10", "medsos_unggah", "Staf (Mas Agung) mengunggah dukungan untuk calon 1.", peserta="c1", konten="dukungan"),
      A("p2", "o1", "2024-01-12", "hadir_acara", "Mas Agung berteriak yel-yel di kampanye calon 1.", peserta="c1", acara="kampanye", gestur_dukungan=True),
      A("p3", "o1", "2024-01-14", "hadir_acara", "Mas Agung menonton kampanye calon 1 tanpa atribut.", peserta="c1", acara="kampanye")],
     "Contract rule: a candidate without `ditetapkan` is a bakal calon, even in the campaign period; passive attendance in the campaign period is still code 5.",
     "Contract (`peserta.ditetapkan`); SKB 2022 Lampiran II etik items 2 and 3; PP 94/2021 Pasal 5 huruf n angka 1",
     "Stage-dependent levels follow the target's recorded status; codes 5 and 6 depend on the campaign period only.")

# 60
case("pilkada-pppk-berbagai-perbuatan", PILKADA, "Kabupaten Kepahiang",
     [P("o1", "pppk", jabatan="fungsional", instansi="Pemkab Kepahiang (guru PPPK)")],
     [T("paslon1", "pasangan_calon", "Paslon Bupati Kepahiang nomor urut 1 (fiktif)", ditetapkan="2024-09-22", kontestasi="bupati")],
     [A("p1", "o1", "2024-10-11", "hadir_acara", "Guru PPPK (Bu Leni) berjoget di panggung kampanye dengan kaos paslon.", peserta="paslon1", acara="kampanye", gestur_dukungan=True, atribut=["calon"]),
      A("p2", "o1", "2024-08-11", "medsos_suka", "Bu Leni menyukai unggahan bakal paslon.", peserta="paslon1", konten="dukungan")],
     "PPPK regime: disiplin_sedang/disiplin_berat; before determination perlu_telaah (no moral-sanction level for PPPK).",
     "PP 49/2018 Pasal 52 ayat (3); PP 94/2021 Pasal 5 huruf n angka 2, 13 huruf g; SKB 2022 Lampiran II",
     "PPPK discipline follows PNS discipline; PP 42/2004 binds PNS only.")

# 61
case("pemilu-honorer-berbagai-perbuatan", PEMILU, "Kota Tarakan",
     [P("o1", "non_asn", instansi="Pemkot Tarakan (PPNPN)")],
     [T("c1", "calon", "Calon anggota DPRD Kota Tarakan (fiktif: Daeng Ramli)", ditetapkan="2023-11-03", kontestasi="dprd_kabkota")],
     [A("p1", "o1", "2024-01-05", "hadir_acara", "Honorer (Mas Aco) menonton kampanye tanpa atribut.", peserta="c1", acara="kampanye"),
      A("p2", "o1", "2024-01-06", "hadir_acara", "Mas Aco meneriakkan nomor urut calon di kampanye.", peserta="c1", acara="kampanye", gestur_dukungan=True),
      A("p3", "o1", "2024-01-07", "medsos_unggah", "Mas Aco mengunggah ajakan memilih calon 1.", peserta="c1", konten="dukungan"),
      A("p4", "o1", "2024-01-08", "bergabung_tim", "Mas Aco menjadi juru kampanye calon 1.", peserta="c1", peran="juru_kampanye")],
     "non_asn regime: the first step of the contract sanction (teguran), perlu_telaah where ASN law itself sets no level; no Pasal 494.",
     "SE MenPANRB 01/2023; UU 7/2017 Pasal 280 ayat (2) (honorary staff not listed, U-19)",
     "Non-ASN staff follow the ASN list under their annual contract; the election crime does not name them.")

# 62
case("pemilu-tni-polri-mencoblos-dan-unggah", PEMILU, "Kota Yogyakarta",
     [P("o1", "tni", instansi="Korem 072"), P("o2", "polri", instansi="Polresta Yogyakarta")],
     [T("paslon1", "pasangan_calon", "Pasangan capres-cawapres nomor urut 2 (fiktif)", ditetapkan="2023-11-13", kontestasi="presiden")],
     [A("p1", "o1", "2024-02-14", "mencoblos", "Prajurit (Pratu Ahmad) tercatat ikut mencoblos di TPS."),
      A("p2", "o2", "2024-01-19", "medsos_unggah", "Polisi (Briptu Kevin) mengunggah ajakan memilih paslon 2.", peserta="paslon1", konten="dukungan")],
     "Aparat: voting is outside the 33 codes (no finding); online support is internal discipline only in a Pemilu.",
     "UU 2/2002 Pasal 28 ayat (1); UU 7/2017 Pasal 200",
     "No Pemilu crime names TNI/Polri for online support; voting by TNI/Polri is a voter-list matter outside this taxonomy.")

# 63
case("pilkada-perangkat-dan-kades-di-medsos", PILKADA, "Kabupaten Lombok Timur",
     [P("o1", "perangkat_desa", instansi="Desa Masbagik"), P("o2", "kepala_desa", instansi="Desa Masbagik")],
     [T("paslon1", "pasangan_calon", "Paslon Bupati Lombok Timur nomor urut 2 (fiktif)", ditetapkan="2024-09-22", kontestasi="bupati")],
     [A("p1", "o1", "2024-10-07", "medsos_bagikan", "Kaur desa (Pak Muhsin) membagikan ajakan memilih paslon.", peserta="paslon1", konten="dukungan"),
      A("p2", "o2", "2024-10-08", "medsos_unggah", "Kepala desa (Pak Lalu Hasan) mengunggah video dukungan paslon.", peserta="paslon1", konten="dukungan"),
      A("p3", "o2", "2024-09-10", "medsos_suka", "Kepala desa menyukai unggahan bakal paslon sebelum penetapan.", peserta="paslon1", konten="dukungan")],
     "Online conduct by village actors in a Pilkada: desa_admin; Pasal 188 for the village head once the pair is determined (C1).",
     "UU 6/2014 Pasal 29 huruf j, 30, 51 huruf j, 52; UU 10/2016 Pasal 71 ayat (1), 188",
     "Pasal 71 ayat (1) names village heads, not village officials, and protects a pasangan calon.")

# 64
case("pemilu-kades-kampanye-daring", PEMILU, "Kota Mataram",
     [P("o1", "kepala_desa", instansi="Kelurahan/desa fiktif di Lombok Barat")],
     [T("c1", "calon", "Calon anggota DPRD NTB (fiktif: Made Sudarma)", ditetapkan="2023-11-03", kontestasi="dprd_provinsi")],
     [A("p1", "o1", "2024-01-30", "medsos_unggah", "Kepala desa (Pak Lalu Wirawan) mengunggah ajakan memilih calon DPRD di Facebook.", peserta="c1", konten="dukungan"),
      A("p2", "o1", "2024-02-12", "medsos_unggah", "Kepala desa mengunggah ajakan serupa pada masa tenang.", peserta="c1", konten="dukungan")],
     "C1 in a Pemilu: online campaigning by a village head in the campaign period is Pasal 490; in the quiet period it is administrative only.",
     "UU 7/2017 Pasal 282, 490; UU 6/2014 Pasal 29 huruf j, 30; legal reference §12 C1 (PN Mataram)",
     "Pasal 282 is limited to the campaign period.")

# 65
case("pilkada-acara-kampanye-di-masa-tenang", PILKADA, "Kota Tarakan",
     [P("o1", "pns", jabatan="pelaksana", instansi="Pemkot Tarakan"),
      P("o2", "pns", jabatan="pelaksana", instansi="Pemkot Tarakan")],
     [T("paslon1", "pasangan_calon", "Paslon Wali Kota Tarakan nomor urut 1 (fiktif)", ditetapkan="2024-09-22", kontestasi="wali_kota")],
     [A("p1", "o1", "2024-11-25", "hadir_acara", "Staf (Mas Kevin) berjoget dan mengacungkan nomor urut di acara paslon pada masa tenang.", peserta="paslon1", acara="kampanye", gestur_dukungan=True),
      A("p2", "o2", "2024-11-25", "hadir_acara", "Staf (Bu Yuli) menonton acara yang sama tanpa peran.", peserta="paslon1", acara="kampanye")],
     "Active support has no campaign-period window (code 7 berat); passive presence outside the period is code 12.",
     "SKB 2022 Lampiran II disiplin item 4, etik item 6",
     "An event called a campaign outside the period is judged by its date.")

# 66
case("pilkada-kantor-kecamatan-gabungan", PILKADA, "Kota Yogyakarta",
     [P("o1", "pns", jabatan="administrator", instansi="Kemantren Gondokusuman (mantri pamong praja)"),
      P("o2", "pns", jabatan="pelaksana", instansi="Kemantren Gondokusuman"),
      P("o3", "non_asn", instansi="Kemantren Gondokusuman (tenaga kontrak)"),
      P("o4", "kepala_desa", instansi="Lurah desa fiktif di DIY")],
     [T("paslon1", "pasangan_calon", "Paslon Wali Kota Yogyakarta nomor urut 1 (fiktif)", ditetapkan="2024-09-22", kontestasi="wali_kota"),
      T("paslon2", "pasangan_calon", "Paslon Wali Kota Yogyakarta nomor urut 2 (fiktif)", ditetapkan="2024-09-22", kontestasi="wali_kota")],
     [A("p1", "o1", "2024-10-14", "ajakan", "Mantri pamong praja (Pak Bayu) mengumpulkan staf di aula kantor dan meminta mereka memilih paslon 2.", peserta="paslon2", sasaran="asn_unit", fasilitas_negara=["kantor"]),
      A("p2", "o2", "2024-10-15", "medsos_suka", "Staf (Mbak Ayu) menyukai unggahan tim pemenangan paslon 2.", peserta="paslon2", konten="dukungan", akun="tim_pemenangan"),
      A("p3", "o3", "2024-10-15", "medsos_bagikan", "Tenaga kontrak (Mas Ilham) membagikan unggahan yang sama.", peserta="paslon2", konten="dukungan"),
      A("p4", "o4", "2024-10-20", "hadir_acara", "Kepala desa (Pak Sumarno) berpose dengan simbol nomor urut di kampanye paslon 2.", peserta="paslon2", acara="kampanye", gestur_dukungan=True),
      A("p5", "o1", "2024-10-25", "tidak_menindak", "Pak Bayu tidak memeriksa stafnya atas tanda suka tersebut.", terhadap="p2")],
     "Several persons and acts in one case: codes 23 with 18 (P7), 14 for PNS and non-ASN, 7 with Pasal 188 for a village head, 31.",
     "PP 94/2021 Pasal 5 huruf n angka 4 and 6, Pasal 26; SKB 2022 Lampiran II disiplin items 6 and 8; SE MenPANRB 01/2023; UU 10/2016 Pasal 188",
     "Each act is judged on its own; one act can yield findings under two codes.")

# 67
case("pilkada-cpns-mencoblos-dan-ajakan-netral", PILKADA, "Kabupaten Sleman",
     [P("o1", "cpns", jabatan="pelaksana", instansi="Pemkab Sleman")],
     [],
     [A("p1", "o1", "2024-11-26", "medsos_unggah", "CPNS (Mbak Laras) mengunggah ajakan datang ke TPS dan menolak politik uang.", konten="netral"),
      A("p2", "o1", "2024-11-26", "ajakan", "Mbak Laras mengajak keluarganya menggunakan hak pilih, tanpa menyebut paslon.", sasaran="keluarga"),
      A("p3", "o1", "2024-11-27", "mencoblos", "Mbak Laras mencoblos di TPS.")],
     "X1 and X9 in a Pilkada; a case with no participants.",
     "UU 7/2017 and UU 10/2016 (right to vote); legal reference §8.1 X1, X9",
     "Voting and neutral civic messages are not violations.")

# 68
case("pemilu-cltn-saja-tidak-membebaskan", PEMILU, "Kota Langsa",
     [P("o1", "pns", jabatan="fungsional", instansi="Pemkot Langsa", cltn=True)],
     [T("c1", "calon", "Calon anggota DPRK Langsa (fiktif: Teuku Fadli)", ditetapkan="2023-11-03", kontestasi="dprd_kabkota")],
     [A("p1", "o1", "2023-12-18", "hadir_acara", "Dosen yang sedang CLTN untuk studi (Bu Cut Rahmah), bukan pasangan calon, menonton kampanye calon 1.", peserta="c1", acara="kampanye"),
      A("p2", "o1", "2023-12-19", "medsos_unggah", "Bu Cut Rahmah mengunggah foto bersama calon 1 di akun publiknya.", peserta="c1", konten="foto_calon")],
     "CLTN alone is not a defeater: it matters only for spouses (X4) and prospective candidates (X6).",
     "Legal reference §2 (leave does not suspend the duty), §8.1 X4, X6; PP 94/2021 Pasal 5 huruf n angka 1; SKB 2022 Lampiran II disiplin item 7",
     "An ASN on unpaid leave remains an ASN.")

# 69
case("pilkada-anggota-dprd-ajakan-dan-intimidasi", PILKADA, "Kota Tarakan",
     [P("o1", "pejabat_daerah", instansi="DPRD Kota Tarakan (anggota)")],
     [T("paslon1", "pasangan_calon", "Paslon Wali Kota Tarakan nomor urut 1 (fiktif)", ditetapkan="2024-09-22", kontestasi="wali_kota")],
     [A("p1", "o1", "2024-11-16", "ajakan", "Anggota DPRD (Pak Baharuddin) mengajak konstituennya memilih paslon yang diusung partainya.", peserta="paslon1", sasaran="masyarakat"),
      A("p2", "o1", "2024-11-18", "intimidasi", "Pak Baharuddin mengancam menghentikan dana aspirasi bagi RT yang tidak memilih paslon 1.", peserta="paslon1", sasaran="masyarakat")],
     "pejabat_daerah after MK 136: campaigning as a party politician is not a Pasal 71 breach; threats using the office are.",
     "UU 10/2016 Pasal 71 ayat (1), 188; MK 136/PUU-XXII/2024",
     "Regional officials reach Pasal 188 only through acts of office (decisions, programmes, intimidation).")


def main():
    os.makedirs(OUT, exist_ok=True)
    for name, c, *_ in CASES:
        with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as f:
            f.write(json.dumps(c, ensure_ascii=False, indent=2) + "\n")
    with open("/tmp/netra-oracle/index_rows.json", "w", encoding="utf-8") as f:
        json.dump([[n, s, b, w] for n, c, s, b, w in CASES], f, ensure_ascii=False, indent=1)
    print(len(CASES), "cases")


if __name__ == "__main__":
    main()


def write_index():
    rows = json.load(open("/tmp/netra-oracle/index_rows.json", encoding="utf-8"))
    lines = [
        "# Test cases of the netralitas ruleset",
        "",
        "Each case is `NAME.json` (input in the contract format of `shared/contract/README.md`) and",
        "`NAME.expected.json` (its findings: `kode`, `perbuatan`, `pelaku`, `rezim`, `tingkat`, `dasar`; sorted by",
        "act id, then code, then regime). The decisions they pin are in",
        "[`docs/rulesets/netralitas-decisions.md`](../../../docs/rulesets/netralitas-decisions.md); X-n, P-n, U-n and",
        "C-n refer to sections 8.1, 8.2, 11 and 12 of the legal reference. People, agencies and candidates are fictional;",
        "the `keterangan` texts are invented scenarios.",
        "",
        "`python3 validate_cases.py` checks every case against the contract and every expected file's shape and order.",
        "",
        "Findings column: `act:code rezim/tingkat`, one per finding; `none` means the case expects no finding.",
        "",
        "| case | what it shows | expected findings | legal basis | rationale |",
        "|---|---|---|---|---|",
    ]
    for name, shows, basis, why in rows:
        exp = json.load(open(os.path.join(OUT, name + ".expected.json"), encoding="utf-8"))
        fs = "; ".join(f"{f['perbuatan']}:{f['kode']} {f['rezim']}/{f['tingkat']}" for f in exp["findings"]) or "none"
        cell = lambda s: s.replace("|", "\\|")
        lines.append(f"| `{name}` | {cell(shows)} | {cell(fs)} | {cell(basis)} | {cell(why)} |")
    with open(os.path.join(OUT, "INDEX.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__" and len(sys.argv) > 1 and sys.argv[1] == "--index":
    write_index()
