import Testing

@testable import Netra

/// Table-driven semantics: each row is a small ruleset body, a case, and the findings it gives.
@Suite struct SemanticsTests {
  static let prelude = """
    ruleset t version "1"
    source lama "UU lama" effective 2010-01-01 repealed 2023-10-31 by baru
    source baru "UU baru" effective 2023-10-31
    source s "Sumber tetap" effective 2000-01-01
    enum Jenis { pns, pppk, warga }
    input record Kasus { id: Text key  orang: [Orang]  tindak: [Tindak] = []  atasan: [Atasan] = [] }
    record Orang { id: Text key  jenis: Jenis  tugas: Bool = false  nilai: Decimal = 0 }
    record Tindak { id: Text key  pelaku: Text ref Orang  tanggal: Date }
    record Atasan { bawahan: Text  atasan: Text }
    finding record Temuan { kode: Text key  orang: Text key  tingkat: Text  order by orang, kode }

    """

  struct Row: Sendable, CustomStringConvertible {
    let name: String
    let rules: String
    let json: String
    let expected: [String]
    var asOf: String? = nil
    var description: String { name }
  }

  static let people = """
    {"id": "K", "orang": [{"id": "a", "jenis": "pns"}, {"id": "b", "jenis": "pppk", "tugas": true}, {"id": "c", "jenis": "warga"}],
     "tindak": [{"id": "t1", "pelaku": "a", "tanggal": "2023-10-30"}, {"id": "t2", "pelaku": "a", "tanggal": "2023-10-31"},
                {"id": "t3", "pelaku": "b", "tanggal": "2024-02-10"}],
     "atasan": [{"bawahan": "c", "atasan": "b"}, {"bawahan": "b", "atasan": "a"}]}
    """

  static let rows: [Row] = [
    Row(
      name: "a plain rule",
      rules: "rule r basis s \"Pasal 1\" when o: Orang o.jenis == pns then Temuan { kode: \"x\", orang: o.id, tingkat: \"ringan\" }",
      json: people, expected: ["kode=x orang=a tingkat=ringan"]),
    Row(
      name: "chaining through a derived fact",
      rules: """
        record Asn { orang: Text }
        rule asn basis s "Pasal 1" when o: Orang o.jenis in {pns, pppk} then Asn { orang: o.id }
        rule r basis s "Pasal 2" when x: Asn, t: Tindak t.pelaku == x.orang then Temuan { kode: t.id, orang: x.orang, tingkat: "sedang" }
        """,
      json: people, expected: ["kode=t1 orang=a tingkat=sedang", "kode=t2 orang=a tingkat=sedang", "kode=t3 orang=b tingkat=sedang"]),
    Row(
      name: "recursion: transitive superiors",
      rules: """
        record Atas { bawah: Text  atas: Text }
        rule langsung basis s "Pasal 1" when h: Atasan then Atas { bawah: h.bawahan, atas: h.atasan }
        rule tidak_langsung basis s "Pasal 2" when x: Atas, y: Atas x.atas == y.bawah then Atas { bawah: x.bawah, atas: y.atas }
        rule r basis s "Pasal 3" when x: Atas then Temuan { kode: x.atas, orang: x.bawah, tingkat: "rantai" }
        """,
      json: people, expected: ["kode=a orang=b tingkat=rantai", "kode=a orang=c tingkat=rantai", "kode=b orang=c tingkat=rantai"]),
    Row(
      name: "negation",
      rules: "rule r basis s \"Pasal 1\" when o: Orang no t: Tindak { t.pelaku == o.id } then Temuan { kode: \"diam\", orang: o.id, tingkat: \"-\" }",
      json: people, expected: ["kode=diam orang=c tingkat=-"]),
    Row(
      name: "counting",
      rules: "rule r basis s \"Pasal 1\" when o: Orang count t: Tindak { t.pelaku == o.id } >= 2 then Temuan { kode: \"ulang\", orang: o.id, tingkat: \"berat\" }",
      json: people, expected: ["kode=ulang orang=a tingkat=berat"]),
    Row(
      name: "an exception defeats its rule where both apply",
      rules: """
        rule r basis s "Pasal 1" when o: Orang o.jenis != warga then Temuan { kode: "x", orang: o.id, tingkat: "sedang" }
        rule e basis s "Pasal 2" exception to r when o.tugas
        """,
      json: people, expected: ["kode=x orang=a tingkat=sedang"]),
    Row(
      name: "an exception with its own conclusion replaces the rule's",
      rules: """
        rule r basis s "Pasal 1" when o: Orang o.jenis != warga then Temuan { kode: "x", orang: o.id, tingkat: "sedang" }
        rule e basis s "Pasal 2" exception to r when o.tugas then Temuan { kode: "x", orang: o.id, tingkat: "perlu_telaah" }
        """,
      json: people, expected: ["kode=x orang=a tingkat=sedang", "kode=x orang=b tingkat=perlu_telaah"]),
    Row(
      name: "an exception to an exception restores the rule",
      rules: """
        rule r basis s "Pasal 1" when o: Orang o.jenis != warga then Temuan { kode: "x", orang: o.id, tingkat: "sedang" }
        rule e basis s "Pasal 2" exception to r when o.tugas
        rule f basis s "Pasal 3" exception to e when o.jenis == pppk
        """,
      json: people, expected: ["kode=x orang=a tingkat=sedang", "kode=x orang=b tingkat=sedang"]),
    Row(
      name: "priority settles incompatible conclusions",
      rules: """
        rule umum basis s "Pasal 1" when o: Orang o.jenis == pns then Temuan { kode: "x", orang: o.id, tingkat: "ringan" }
        rule khusus basis s "Pasal 2" when o: Orang o.jenis == pns then Temuan { kode: "x", orang: o.id, tingkat: "berat" }
        priority khusus over umum
        """,
      json: people, expected: ["kode=x orang=a tingkat=berat"]),
    Row(
      name: "a conflict without priority keeps neither conclusion",
      rules: """
        rule umum basis s "Pasal 1" when o: Orang o.jenis == pns then Temuan { kode: "x", orang: o.id, tingkat: "ringan" }
        rule khusus basis s "Pasal 2" when o: Orang o.jenis == pns then Temuan { kode: "x", orang: o.id, tingkat: "berat" }
        """,
      json: people, expected: []),
    Row(
      name: "date interval, first and last day inclusive",
      rules: "rule r basis s \"Pasal 1\" when t: Tindak t.tanggal during 2023-10-31 .. 2024-02-10 then Temuan { kode: t.id, orang: t.pelaku, tingkat: \"-\" }",
      json: people, expected: ["kode=t2 orang=a tingkat=-", "kode=t3 orang=b tingkat=-"]),
    Row(
      name: "before and after are strict",
      rules: "rule r basis s \"Pasal 1\" when t: Tindak t.tanggal after 2023-10-30 and t.tanggal before 2024-02-10 then Temuan { kode: t.id, orang: t.pelaku, tingkat: \"-\" }",
      json: people, expected: ["kode=t2 orang=a tingkat=-"]),
    Row(
      name: "date arithmetic with months",
      rules: "rule r basis s \"Pasal 1\" when t: Tindak t.tanggal + 3 months == 2024-05-10 then Temuan { kode: t.id, orang: t.pelaku, tingkat: \"-\" }",
      json: people, expected: ["kode=t3 orang=b tingkat=-"]),
    Row(
      name: "validity by the date of the conduct: the old law up to the day before repeal",
      rules: """
        rule r_lama basis lama "Pasal 1" at t.tanggal when t: Tindak then Temuan { kode: t.id, orang: t.pelaku, tingkat: "lama" }
        rule r_baru basis baru "Pasal 1" at t.tanggal when t: Tindak then Temuan { kode: t.id, orang: t.pelaku, tingkat: "baru" }
        """,
      json: people, expected: ["kode=t1 orang=a tingkat=lama", "kode=t2 orang=a tingkat=baru", "kode=t3 orang=b tingkat=baru"]),
    Row(
      name: "as-of judges every conduct by one date",
      rules: """
        rule r_lama basis lama "Pasal 1" at t.tanggal when t: Tindak then Temuan { kode: t.id, orang: t.pelaku, tingkat: "lama" }
        rule r_baru basis baru "Pasal 1" at t.tanggal when t: Tindak then Temuan { kode: t.id, orang: t.pelaku, tingkat: "baru" }
        """,
      json: people, expected: ["kode=t1 orang=a tingkat=lama", "kode=t2 orang=a tingkat=lama", "kode=t3 orang=b tingkat=lama"], asOf: "2020-01-01"),
    Row(
      name: "rule validity window",
      rules: "rule r basis s \"Pasal 1\" effective 2024-01-01 at t.tanggal when t: Tindak then Temuan { kode: t.id, orang: t.pelaku, tingkat: \"-\" }",
      json: people, expected: ["kode=t3 orang=b tingkat=-"]),
    Row(
      name: "exact decimals",
      rules: "rule r basis s \"Pasal 1\" when o: Orang o.nilai * 3 == 0.3 then Temuan { kode: \"d\", orang: o.id, tingkat: \"-\" }",
      json: #"{"id": "K", "orang": [{"id": "a", "jenis": "pns", "nilai": 0.1}, {"id": "b", "jenis": "pns", "nilai": 0.10000001}]}"#,
      expected: ["kode=d orang=a tingkat=-"]),
  ]

  @Test(arguments: rows)
  func semantics(row: Row) throws {
    let program = try Support.program(Self.prelude + row.rules)
    let result = Support.evaluate(program, row.json, asOf: row.asOf)
    #expect(Support.findingLines(result) == row.expected)
  }

  @Test func conflictIsReportedWithBothRules() throws {
    let program = try Support.program(Self.prelude + Self.rows.first { $0.name.hasPrefix("a conflict") }!.rules)
    let result = Support.evaluate(program, Self.people)
    let conflict = try #require(result.conflicts.first)
    #expect(conflict.rules.map { $0.map { program.rules[$0].name } } == [["umum"], ["khusus"]])
  }

  @Test func runawayRecursionHitsALimitNotAHang() throws {
    let program = try Support.program(
      Self.prelude + """
        record N { n: Int }
        rule awal basis s "Pasal 1" when o: Orang then N { n: 0 }
        rule lanjut basis s "Pasal 2" when x: N then N { n: x.n + 1 }
        """)
    var options = Evaluator.Options()
    options.limits.maxDerivedFacts = 2_000
    let result = Netra.evaluate(program: program, casePath: "case.json", caseBytes: Array(Self.people.utf8), options: options)
    #expect(result.diagnostics.map(\.code) == ["R0101"])
  }
}
