import Foundation
import Testing

@testable import Netra

/// Input a drafter (or an attacker) can hand us: each must give a diagnostic, never a crash or hang.
@Suite struct HostileInputTests {
  static let cases: [(String, [UInt8], String)] = [
    ("empty file", [], "E0100"),
    ("only whitespace and comments", Array("  \n# nothing\n".utf8), "E0100"),
    ("invalid UTF-8", Array("ruleset x\n".utf8) + [0xC3, 0x28], "E0101"),
    ("overlong UTF-8", [0xC0, 0xAF], "E0101"),
    ("a NUL byte", Array("ruleset x".utf8) + [0] + Array(" version \"1\"".utf8), "E0102"),
    ("10,000 nested parentheses", Array(("ruleset x\nconst c: Int = " + String(repeating: "(", count: 10_000) + "1" + String(repeating: ")", count: 10_000)).utf8), "E0107"),
    ("10,000 nested negations", Array(("ruleset x\nconst c: Bool = " + String(repeating: "not ", count: 10_000) + "true").utf8), "E0107"),
    ("a 5 MB line", Array(("ruleset x version \"" + String(repeating: "a", count: 5_000_000) + "\"").utf8), "R0105"),
    ("an unterminated string", Array("ruleset x version \"1.0\nsource s \"S\"".utf8), "E0104"),
    ("a date like 2024-02-30", Array("ruleset x\nsource s \"S\" effective 2024-02-30".utf8), "E0601"),
    ("a huge integer", Array("ruleset x\nconst c: Int = 99999999999999999999999999".utf8), "E0212"),
    ("a stray character", Array("ruleset x\nconst c: Int = 1 @ 2".utf8), "E0103"),
    ("a declaration cut short", Array("ruleset x\nrule".utf8), "E0110"),
    ("unbalanced braces", Array("ruleset x\nenum E { a, b".utf8), "E0110"),
    ("a BOM, then a mistake on line 2", [0xEF, 0xBB, 0xBF] + Array("ruleset x\nsource s \"S\" effective 2024-13-01".utf8), "E0601"),
    ("a keyword as a name", Array("ruleset rule".utf8), "E0106"),
    ("10,000 nested JSON arrays in a test", Array(("ruleset x\ntest \"t\" given " + String(repeating: "[", count: 10_000)).utf8), "E0107"),
    ("a test with no case", Array("ruleset x\ntest \"t\" expect F".utf8), "E0110"),
    ("an unknown escape", Array("ruleset x version \"a\\qb\"".utf8), "E0105"),
    ("a lone `!`", Array("ruleset x\nconst c: Bool = !true".utf8), "E0103"),
    ("a non-ASCII name", Array("ruleset x\nconst café: Int = 1".utf8), "E0103"),
    ("CR-only line breaks", Array("ruleset x\rconst c: Int = 1 +".utf8), "E0110"),
    ("a lone surrogate encoded in UTF-8", Array("ruleset x\n".utf8) + [0xED, 0xA0, 0x80], "E0101"),
    ("a truncated UTF-8 sequence at the end", Array("ruleset x\n".utf8) + [0xE2, 0x82], "E0101"),
  ]

  @Test(arguments: cases.indices)
  func hostileInputGivesADiagnostic(index: Int) {
    let (name, bytes, code) = Self.cases[index]
    let loaded = Support.check(bytes: bytes)
    #expect(loaded.program == nil, "\(name)")
    #expect(loaded.diagnostics.first?.code == code, "\(name): \(loaded.diagnostics.map(\.code))")
    // Rendering must not trap either, whatever the bytes.
    _ = DiagnosticRenderer(sources: loaded.sources, language: .id).renderText(loaded.diagnostics)
  }

  @Test(arguments: [
    ("{", "F0101"),
    ("", "F0101"),
    ("[1, 2", "F0101"),
    ("{\"a\": 1, \"a\": 2}", "F0101"),
    (String(repeating: "[", count: 100_000), "F0101"),
    ("{\"id\": \"\\ud800\"}", "F0101"),
    ("\"just text\"", "F0102"),
    ("", "F0101"),
    ("{\"id\": \"k\", \"orang\": []} trailing", "F0101"),
    ("{\"id\": \"k\\u0000\", \"orang\": [{\"id\": \"o\", \"jenis\": \"pns\", \"lahir\": \"2024-02-30\"}]}", "F0102"),
    ("{\"id\": \"k\", \"orang\": [{\"id\": \"o\", \"jenis\": \"pnss\"}]}", "F0105"),
    ("{\"id\": \"k\", \"orang\": [{\"id\": \"o\", \"jenis\": \"pns\"}, {\"id\": \"o\", \"jenis\": \"pns\"}]}", "F0107"),
    ("{\"id\": \"k\", \"orang\": [{\"id\": 1e400, \"jenis\": \"pns\"}]}", "F0102"),
    ("{\"id\": \"k\", \"orang\": [], \"x\": 1}", "F0103"),
    ("{\"id\": \"k\", \"orang\": {}}", "F0102"),
    ("{\"id\": \"k\", \"orang\": [\"\u{1}\"]}", "F0101"),
    ("{\"id\": 1, \"orang\": []}", "F0102"),
  ])
  func hostileCaseGivesAFactsError(json: String, code: String) throws {
    let program = try Support.program(CheckerTests.prelude)
    let result = Support.evaluate(program, json)
    #expect(result.diagnostics.first?.code == code, "\(result.diagnostics.map(\.code))")
  }

  @Test func caseLimitsAreNamedErrors() throws {
    let program = try Support.program(CheckerTests.prelude)
    let people = (0..<2_000).map { "{\"id\": \"o\($0)\", \"jenis\": \"pns\"}" }.joined(separator: ",")
    let json = "{\"id\": \"k\", \"orang\": [\(people)]}"
    var options = Evaluator.Options()
    options.limits.maxInputFacts = 1_000
    let tooMany = Netra.evaluate(program: program, casePath: "k.json", caseBytes: Array(json.utf8), options: options)
    #expect(tooMany.diagnostics.map(\.code) == ["R0102"])
    options.limits.maxCaseBytes = 10_000
    let tooBig = Netra.evaluate(program: program, casePath: "k.json", caseBytes: Array(json.utf8), options: options)
    #expect(tooBig.diagnostics.map(\.code) == ["R0102"])
  }

  @Test func ruleWorkLimitIsANamedError() throws {
    let program = try Support.program(
      CheckerTests.prelude + "rule r basis s \"Pasal 1\" when a: Orang b: Orang c: Orang a.jenis == b.jenis then Temuan { orang: a.id, kode: c.id }")
    let people = (0..<200).map { "{\"id\": \"o\($0)\", \"jenis\": \"pns\"}" }.joined(separator: ",")
    var options = Evaluator.Options()
    options.limits.maxSteps = 100_000
    let result = Netra.evaluate(program: program, casePath: "k.json", caseBytes: Array("{\"id\": \"k\", \"orang\": [\(people)]}".utf8), options: options)
    #expect(result.diagnostics.map(\.code) == ["R0102"])
  }
}
