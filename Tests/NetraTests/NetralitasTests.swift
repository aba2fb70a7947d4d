import Foundation
import Testing

@testable import Netra

/// The production ruleset: its own tests, the contract's worked examples and the case corpus.
@Suite struct NetralitasTests {
  static let program: CheckedRuleset? = Netra.load(path: "rulesets/netralitas", relativeTo: Support.repository.path).program

  static let caseDirectory = Support.repository.appendingPathComponent("rulesets/netralitas/cases")
  static let cases: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: caseDirectory.path)) ?? [])
    .filter { $0.hasSuffix(".json") && !$0.hasSuffix(".expected.json") }.sorted()

  @Test func rulesetChecksClean() {
    let loaded = Netra.load(path: "rulesets/netralitas", relativeTo: Support.repository.path)
    #expect(loaded.diagnostics.isEmpty, "\(DiagnosticRenderer(sources: loaded.sources, language: .en).renderText(loaded.diagnostics))")
  }

  @Test func rulesetTestsPass() throws {
    let program = try #require(Self.program)
    let outcomes = TestRunner(program: program).run()
    #expect(!outcomes.isEmpty)
    for outcome in outcomes where !outcome.passed {
      Issue.record("test \(outcome.test.name) failed: \(outcome.failures.joined(separator: "; "))")
    }
  }

  @Test func everyCodeIsCoveredBothWays() throws {
    let program = try #require(Self.program)
    let coverage = Coverage.measure(program: program, outcomes: TestRunner(program: program).run())
    let uncoveredCodes = coverage.codes.filter { !$0.covered }.map(\.name)
    #expect(coverage.codes.count == 33)
    #expect(uncoveredCodes.isEmpty, "codes not covered both ways: \(uncoveredCodes)")
  }

  /// Each case (the contract's five examples among them) gives exactly its expected findings,
  /// compared on code, act, actor, regime and level.
  @Test(arguments: cases)
  func caseGivesExpectedFindings(name: String) throws {
    let program = try #require(Self.program)
    let casePath = Self.caseDirectory.appendingPathComponent(name)
    let expectedPath = Self.caseDirectory.appendingPathComponent(String(name.dropLast(".json".count)) + ".expected.json")
    let bytes = Array(try Data(contentsOf: casePath))
    let result = Netra.evaluate(program: program, casePath: name, caseBytes: bytes, options: Evaluator.Options(trace: false))
    #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message.en))")
    #expect(result.conflicts.isEmpty, "conflicts in \(name)")
    let actual = JSONExplainer(result: result, includeExplanation: false).document().serialized(pretty: false)
    #expect(Self.summary(of: Array(actual.utf8)) == Self.summary(of: Array(try Data(contentsOf: expectedPath))))
  }

  static func summary(of bytes: [UInt8]) -> [String] {
    guard case .success(let document) = JSONReader.read(bytes), case .array(let findings)? = document.member("findings")?.kind else { return ["unreadable"] }
    return findings.map { finding in
      ["perbuatan", "kode", "rezim", "pelaku", "tingkat"].map { key -> String in
        if case .string(let text)? = finding.member(key)?.kind { return text }
        return "?"
      }.joined(separator: " ")
    }
  }

  @Test func aCaseThatBreaksTheContractGivesErrorsNotFindings() throws {
    let program = try #require(Self.program)
    let json = """
      {"kasus": "RUSAK-1", "pemilihan": "pilkada_2025",
       "pihak": [{"id": "o1", "jenis": "pns"}],
       "perbuatan": [
         {"id": "p1", "pelaku": "o1", "tanggal": "2024-10-05", "jenis": "medsos_suka", "peserta": "c9", "konten": "dukungan"},
         {"id": "p2", "pelaku": "o1", "tanggal": "2024-10-06", "jenis": "hadir_acara"},
         {"id": "p3", "pelaku": "o1", "tanggal": "2024-10-07", "jenis": "ajakan", "acara": "kampanye"}
       ]}
      """
    let result = Support.evaluate(program, json)
    #expect(result.findings.isEmpty)
    let problems = result.diagnostics.map { d -> String in
      guard case .json(_, let path, _) = d.location else { return d.code }
      return "\(d.code) \(path)"
    }
    #expect(
      Set(problems) == ["F0105 $.pemilihan", "F0104 $.perbuatan[1]", "F0106 $.perbuatan[2].acara", "F0108 $.perbuatan[0].peserta"],
      "\(problems)")
  }
}
