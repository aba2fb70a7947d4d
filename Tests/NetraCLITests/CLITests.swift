import Foundation
import Netra
import Testing

@testable import NetraCLI

/// Commands run in-process: exit codes, stdout and stderr.
@Suite struct CLITests {
  static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  static func path(_ relative: String) -> String { repository.appendingPathComponent(relative).path }

  struct Run {
    let code: Int32
    let output: String
    let errors: String
  }

  static func run(_ arguments: [String]) -> Run {
    var output = ""
    var errors = ""
    let code = NetraCommand.run(arguments: arguments, output: &output, errors: &errors)
    return Run(code: code, output: output, errors: errors)
  }

  static func temporaryFile(_ name: String, _ bytes: [UInt8]) throws -> String {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("netra-cli-tests-\(ProcessInfo.processInfo.processIdentifier)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let file = directory.appendingPathComponent(name)
    try Data(bytes).write(to: file)
    return file.path
  }

  @Test func helpListsTheCommands() {
    let run = Self.run(["--help"])
    #expect(run.code == 0)
    for command in ["check", "eval", "explain", "test", "fmt", "graph", "lint"] { #expect(run.output.contains(command)) }
    #expect(Self.run(["eval", "--help"]).output.contains("--as-of"))
  }

  @Test func unknownCommandAndBadOptionsAreUsageErrors() {
    #expect(Self.run(["frobnicate"]).code == 2)
    #expect(Self.run(["check"]).code == 2)
    #expect(Self.run(["check", "x", "--bogus"]).code == 2)
    #expect(Self.run(["eval", Self.path("rulesets/contoh"), "x.json", "--as-of", "2024-02-30"]).code == 2)
  }

  @Test func checkExitsZeroOnTheExample() {
    let run = Self.run(["check", Self.path("rulesets/contoh")])
    #expect(run.code == 0, "\(run.errors)")
    #expect(run.errors.isEmpty)
  }

  @Test(arguments: HostileRulesets.cases.indices)
  func hostileRulesetsExitTwo(index: Int) throws {
    let (name, bytes) = HostileRulesets.cases[index]
    let file = try Self.temporaryFile("hostile-\(index).netra", bytes)
    let run = Self.run(["check", file])
    #expect(run.code == 2, "\(name)")
    #expect(run.errors.contains("error["), "\(name)")
  }

  @Test func checkJSONFormatIsParseable() throws {
    let file = try Self.temporaryFile("typo.netra", Array("ruleset x\nsource s \"S\" effective 2024-02-30\n".utf8))
    let run = Self.run(["check", file, "--format", "json"])
    #expect(run.code == 2)
    guard case .success(let document) = JSONReader.read(Array(run.errors.utf8)), case .array(let items) = document.kind else {
      Issue.record("not JSON: \(run.errors)")
      return
    }
    #expect(items.count == 1)
    #expect(items.first?.member("code")?.kind == .string("E0601"))
    #expect(items.first?.member("line")?.kind == .number("2"))
  }

  @Test func evalPrintsFindingsAndReceipt() throws {
    let run = Self.run(["eval", Self.path("rulesets/contoh"), Self.path("Tests/NetraTests/Golden/traces/kampanye.facts.json"), "--format", "json"])
    #expect(run.code == 0, "\(run.errors)")
    guard case .success(let document) = JSONReader.read(Array(run.output.utf8)) else {
      Issue.record("not JSON")
      return
    }
    #expect(document.member("kasus")?.kind == .string("GOLD-1"))
    #expect(document.member("receipt")?.member("ruleset_sha256") != nil)
    guard case .array(let findings)? = document.member("findings")?.kind else {
      Issue.record("no findings")
      return
    }
    #expect(findings.count == 4)
    #expect(findings.first?.member("explanation")?.member("rule")?.kind == .string("ikut_kampanye_baru"))
  }

  @Test func badCaseExitsTwoWithPathsOnStderr() {
    let run = Self.run(["eval", Self.path("rulesets/contoh"), Self.path("Tests/NetraTests/Golden/traces/five-mistakes.facts.json")])
    #expect(run.code == 2)
    #expect(run.output.isEmpty)
    #expect(run.errors.contains("$.perbuatan[1].tanggal"))
    #expect(run.errors.contains("expected a date like 2024-10-05, found \"5 Okt\"") || run.errors.contains("diharapkan tanggal seperti 2024-10-05"))
  }

  @Test func receiptVerifiesAndDetectsChange() throws {
    let casePath = Self.path("Tests/NetraTests/Golden/traces/kampanye.facts.json")
    let stored = Self.run(["eval", Self.path("rulesets/contoh"), casePath, "--format", "json"])
    let storedPath = try Self.temporaryFile("stored.json", Array(stored.output.utf8))
    let verified = Self.run(["eval", Self.path("rulesets/contoh"), casePath, "--verify-receipt", storedPath])
    #expect(verified.code == 0, "\(verified.output)\(verified.errors)")
    let tampered = stored.output.replacingOccurrences(of: "\"tingkat\": \"berat\"", with: "\"tingkat\": \"ringan\"")
    let tamperedPath = try Self.temporaryFile("tampered.json", Array(tampered.utf8))
    let refused = Self.run(["eval", Self.path("rulesets/contoh"), casePath, "--verify-receipt", tamperedPath, "--lang", "en"])
    #expect(refused.code == 1)
    #expect(refused.output.contains("finding 1 differs in its content"))
  }

  @Test func whyNotNamesTheFailedCondition() {
    let run = Self.run(["explain", Self.path("rulesets/contoh"), Self.path("Tests/NetraTests/Golden/traces/kampanye.facts.json"), "--why-not", "tugas_resmi", "--lang", "en"])
    #expect(run.code == 0)
    #expect(run.output.contains("first failed condition: ✗ a.surat_tugas"))
    #expect(Self.run(["explain", Self.path("rulesets/contoh"), Self.path("Tests/NetraTests/Golden/traces/kampanye.facts.json"), "--why-not", "tugas_resmy"]).code == 2)
  }

  @Test func rulesetTestsPass() {
    let run = Self.run(["test", Self.path("rulesets/contoh")])
    #expect(run.code == 0, "\(run.output)")
    #expect(run.output.contains("0 failed"))
  }
}

enum HostileRulesets {
  static let cases: [(String, [UInt8])] = [
    ("empty", []),
    ("invalid UTF-8", [0xFF, 0xFE, 0x41]),
    ("NUL", Array("ruleset x".utf8) + [0]),
    ("deep parentheses", Array(("ruleset x\nconst c: Int = " + String(repeating: "(", count: 10_000) + "1" + String(repeating: ")", count: 10_000)).utf8)),
    ("5 MB line", Array(("ruleset x version \"" + String(repeating: "a", count: 5_000_000) + "\"").utf8)),
    ("unterminated string", Array("ruleset x version \"1".utf8)),
    ("impossible date", Array("ruleset x\nsource s \"S\" effective 2024-02-30".utf8)),
  ]
}
