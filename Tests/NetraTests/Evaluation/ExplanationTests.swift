import Foundation
import Testing

@testable import Netra

/// Golden traces in both languages, a why-not golden, and determinism of the output.
@Suite struct ExplanationTests {
  static func exampleProgram() throws -> CheckedRuleset {
    let loaded = Netra.load(path: "rulesets/contoh", relativeTo: Support.repository.path)
    return try #require(loaded.program)
  }

  static func caseResult(_ name: String, trace: Bool = true) throws -> CaseResult {
    let program = try exampleProgram()
    let path = "Tests/NetraTests/Golden/traces/\(name).facts.json"
    let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: Support.path(path))))
    return Netra.evaluate(program: program, casePath: path, caseBytes: bytes, options: Evaluator.Options(trace: trace))
  }

  @Test(arguments: [Language.id, .en])
  func textTraceMatchesGolden(language: Language) throws {
    let result = try Self.caseResult("kampanye")
    try Support.golden(TextExplainer(result: result, language: language, explain: true).render(), "traces/kampanye.\(language.rawValue).expected")
  }

  @Test func jsonTraceMatchesGolden() throws {
    let result = try Self.caseResult("kampanye")
    try Support.golden(JSONExplainer(result: result, includeExplanation: true).document().serialized(pretty: true) + "\n", "traces/kampanye.json.expected")
  }

  @Test(arguments: [("ikut_kampanye_baru", Language.id), ("kampanye_berulang", .en), ("tugas_resmi", .en), ("ikut_kampanye_lama", .en)])
  func whyNotMatchesGolden(rule: String, language: Language) throws {
    let result = try Self.caseResult("kampanye")
    let answer = try WhyNot.ask(rule: rule, result: result)
    try Support.golden(WhyNot.render(answer, rule: rule, result: result, language: language), "traces/why-not-\(rule).\(language.rawValue).expected")
  }

  @Test func fiveMistakesGiveFiveErrorsWithPaths() throws {
    let result = try Self.caseResult("five-mistakes")
    let lines = result.diagnostics.map { diagnostic -> String in
      guard case .json(_, let path, let position) = diagnostic.location else { return "" }
      return "\(diagnostic.code) \(path) \(position.map(\.description) ?? "")"
    }
    #expect(
      lines == [
        "F0105 $.pihak[0].jenis 4:28",
        "F0103 $.pihak[1].umur 5:35",
        "F0108 $.perbuatan[0].pelaku 8:29",
        "F0102 $.perbuatan[1].tanggal 9:46",
        "F0107 $.perbuatan[2].id 10:13",
      ])
    try Support.golden(DiagnosticRenderer(sources: SourceSet(), language: .en).renderText(result.diagnostics), "traces/five-mistakes.expected")
  }

  @Test func twoRunsAreByteIdentical() throws {
    let first = try Self.caseResult("kampanye")
    let second = try Self.caseResult("kampanye")
    #expect(
      JSONExplainer(result: first, includeExplanation: true).document().serialized(pretty: true)
        == JSONExplainer(result: second, includeExplanation: true).document().serialized(pretty: true))
  }

  /// Shuffling the lists of a case changes only the input locations explanations cite.
  @Test(arguments: 0..<5)
  func shuffledListsGiveTheSameFindings(seed: UInt64) throws {
    let program = try Self.exampleProgram()
    let path = Support.path("Tests/NetraTests/Golden/traces/kampanye.facts.json")
    let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
    guard case .success(let document) = JSONReader.read(bytes), case .object(let members) = document.kind else {
      Issue.record("unreadable fixture")
      return
    }
    var generator = SplitMix(state: seed)
    let shuffled = JSONNode.object(
      members.map { member in
        if case .array(let items) = member.value.kind { return (member.key, .array(items.shuffled(using: &generator).map(JSONNode.init))) }
        return (member.key, JSONNode(member.value))
      })
    let original = Netra.evaluate(program: program, casePath: "a.json", caseBytes: bytes, options: Evaluator.Options(trace: false))
    let reordered = Netra.evaluate(
      program: program, casePath: "a.json", caseBytes: Array(shuffled.serialized(pretty: false).utf8), options: Evaluator.Options(trace: false))
    #expect(Support.findingLines(original) == Support.findingLines(reordered))
    #expect(!Support.findingLines(original).isEmpty)
  }
}

/// A seeded generator, so shuffles are the same on every run.
struct SplitMix: RandomNumberGenerator {
  var state: UInt64
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
