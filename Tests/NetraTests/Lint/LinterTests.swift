import Foundation
import Testing

@testable import Netra

@Suite("Linter")
struct LinterTests {
  static func lint(_ loaded: Netra.Loaded, sourceLocation: SourceLocation = #_sourceLocation) throws -> [Diagnostic] {
    let renderer = DiagnosticRenderer(sources: loaded.sources, language: .en)
    #expect(loaded.diagnostics.isEmpty, "\(renderer.renderText(loaded.diagnostics))", sourceLocation: sourceLocation)
    return Linter.lint(program: try #require(loaded.program, sourceLocation: sourceLocation), files: loaded.files)
  }

  static func codes(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> [String] {
    try lint(Support.check(text), sourceLocation: sourceLocation).map(\.code)
  }

  @Test func eachPlantedInstanceIsFoundAndNothingElse() throws {
    let loaded = Netra.load(path: "Tests/NetraTests/Golden/lint/planted.netra", relativeTo: Support.repository.path)
    let warnings = try Self.lint(loaded)
    #expect(warnings.map(\.code) == ["E0314", "E0314", "E0314", "E0314", "E0314", "E0310", "E0311", "E0312", "E0313", "E0315"])
    #expect(warnings.allSatisfy { $0.severity == .warning && $0.help != nil })
    #expect(
      warnings.map { Support.underlined($0, in: loaded) } == [
        "surat_lupa", "Warna", "lupa", "tak_terpakai", "Lupa", "a.jenis == suka", "a.tanggal before 2019-01-01",
        "pengecualian_kosong", "kembar_b", "uu_lama \"Pasal 7\"",
      ])
    for language in Language.allCases {
      let text = DiagnosticRenderer(sources: loaded.sources, language: language).renderText(warnings)
      try Support.golden(text, "lint/planted.\(language.rawValue).expected")
    }
  }

  /// The two sources the neutrality ruleset declares without citing, justified in docs/diagnostics.md.
  @Test func neutralityRulesetHasOnlyTheJustifiedFindings() throws {
    let loaded = Netra.load(path: "rulesets/netralitas", relativeTo: Support.repository.path)
    let warnings = try Self.lint(loaded)
    #expect(warnings.map { "\($0.code) \(Support.underlined($0, in: loaded))" } == ["E0314 pp53_2010", "E0314 surat_mendagri_1575_2024"])
  }

  @Test(arguments: ["rulesets/contoh", "rulesets/bench-subset"])
  func otherRulesetsAreClean(ruleset: String) throws {
    #expect(try Self.lint(Netra.load(path: ruleset, relativeTo: Support.repository.path)).isEmpty)
  }

  static let header = """
    ruleset t
    source s "S" effective 2020-01-01
    source lama "Lama" effective 2000-01-01 repealed 2010-01-01 by s
    enum J { a, b, c }
    input record K { id: Text key, xs: [X] }
    record X { id: Text key, j: J, k: J? only when j == a, f: Bool, d: Date, n: Int }
    finding record F { x: Text key, t: Text }
    test "t" basis lama "" given {"id": "k", "xs": []}

    """

  @Test(
    "variants",
    arguments: [
      // E0310 in its forms.
      ("when x: X, x.j in {}", ["E0310"]),
      ("when x: X, x.j in {a, b}, x.j not in {a, b}", ["E0310"]),
      ("when x: X, x.j != a and x.j != b and x.j != c", ["E0310"]),
      ("when x: X, x.f, not x.f", ["E0310"]),
      ("when x: X, x.f == true, x.f == false", ["E0310"]),
      ("when x: X, x.j == b, x.k == c", ["E0310"]),
      ("when x: X, x.j == b, x.k == none", []),
      ("when x: X, x.j == a, x.k == c", []),
      ("when x: X, x.j == a or x.j == b, x.j == c", []),
      ("when x: X, y: X, x.j == a, y.j == b", []),
      // E0311: the judged date against the rule's and its sources' validity.
      ("at x.d when x: X, x.d before 2020-01-01", ["E0311"]),
      ("at x.d when x: X, x.d during 2019-01-01 .. 2019-12-31", ["E0311"]),
      ("at x.d when x: X, x.d after 2021-01-01, x.d < 2021-01-01", ["E0311"]),
      ("at x.d when x: X, x.d after 2019-12-31", []),
      ("when x: X, x.d before 2020-01-01", []),
      ("effective 2022-01-01 at x.d when x: X, x.d <= 2021-12-31", ["E0311"]),
    ])
  func variants(rule: String, expected: [String]) throws {
    #expect(try Self.codes(Self.header + "rule r basis s \"\" \(rule) then F { x: x.id, t: \"\" }\n") == expected)
  }

  @Test(
    "exceptions, twins and citations",
    arguments: [
      ("rule e exception to r basis s \"\"", ["E0312"]),
      ("rule e exception to r basis s \"\" then F { x: x.id, t: \"other\" }", ["E0312"]),
      ("rule e exception to r basis s \"\" when x.f", []),
      ("rule e exception to r basis s \"\" effective 2023-01-01", []),
      ("rule e exception to r basis s \"\" when x.j == b", ["E0310"]),
      ("rule r2 basis s \"\" when x: X, x.n > 1 then F { x: x.id, t: \"b\" }", ["E0313"]),
      ("rule r2 basis s \"\" when x: X, x.n > 1 then F { x: x.id, t: \"a\" }", []),
      ("rule r2 basis s \"\" when x: X, x.n > 2 then F { x: x.id, t: \"b\" }", []),
      ("rule r2 basis s \"\" when x: X, x.n > 1 then F { x: x.id, t: \"b\" }\npriority r2 over r", []),
      ("rule r2 basis lama \"\" effective 2010-01-01 when x: X then F { x: x.id, t: \"b\" }", ["E0315"]),
    ])
  func rulePairs(extra: String, expected: [String]) throws {
    let base = "rule r basis s \"\" when x: X, x.n > 1, x.j == a then F { x: x.id, t: \"a\" }\n"
    let text = Self.header + base.replacingOccurrences(of: ", x.j == a", with: extra.contains("r2") ? "" : ", x.j == a") + extra + "\n"
    #expect(try Self.codes(text) == expected)
  }

  /// Many rules with repeated conditions: each rule that conflicts is reported once, at itself,
  /// against the first earlier rule it conflicts with, and the others are counted in a note; no
  /// rule whose conclusions equal every earlier one's is reported.
  @Test func conflictingTwinsAmongManyRulesAreEachReportedOnce() throws {
    var text = Self.header
    let groups = 40
    let perGroup = 5
    for group in 0..<groups {
      for member in 0..<perGroup {
        let value = member % 2 == 0 ? "a" : "b"
        text += "rule g\(group)_\(member) basis s \"\" when x: X, x.n > \(group) then F { x: x.id, t: \"\(value)\" }\n"
      }
    }
    let warnings = try Self.lint(Support.check(text)).filter { $0.code == "E0313" }
    // In each group, members 1–4 each conflict with an earlier member (member 0 has none before it).
    #expect(warnings.count == groups * 4)
    for warning in warnings {
      let names = warning.message.en.split(separator: "`").enumerated().filter { $0.offset % 2 == 1 }.prefix(2).map { String($0.element) }
      let members = names.map { Int($0.split(separator: "_")[1])! }
      #expect(names[0].split(separator: "_")[0] == names[1].split(separator: "_")[0], "\(names)")
      // The first earlier rule with the other conclusion: member 0 for "b" rules, member 1 for "a" rules.
      #expect(members[0] == (members[1] % 2 == 1 ? 0 : 1), "\(names)")
      let expectedOthers = members[1] <= 2 ? 0 : 1
      #expect(warning.notes.count == (expectedOthers == 0 ? 0 : 1), "\(names) \(warning.notes)")
    }
  }

  /// Every rule conflicting with every other: one warning a rule, the others counted up to a cap.
  @Test func aGroupWhereEveryRuleConflictsStaysOneWarningARule() throws {
    var text = Self.header
    for member in 0..<300 {
      text += "rule r\(member) basis s \"\" when x: X, x.n > 1 then F { x: x.id, t: \"v\(member)\" }\n"
    }
    let warnings = try Self.lint(Support.check(text)).filter { $0.code == "E0313" }
    #expect(warnings.count == 299)
    #expect(warnings.last?.notes.first?.en.contains("20 or more other earlier rules") == true)
  }
}
