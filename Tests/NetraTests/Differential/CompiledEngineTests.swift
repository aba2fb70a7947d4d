import Foundation
import Testing

@testable import Netra
@testable import NetraBatch

/// The compiled batch engine against the interpreter: on every line both must print the same
/// bytes. The compiled engine hands what it does not decide to the interpreter, so each test also
/// checks that it did decide the valid cases itself (else the comparison would prove nothing).
@Suite struct CompiledEngineTests {
  static let rulesets = ["rulesets/netralitas", "rulesets/contoh", "rulesets/bench-subset"]

  static func load(_ path: String) throws -> CheckedRuleset {
    try #require(Netra.load(path: path, relativeTo: Support.repository.path).program)
  }

  /// Both engines' output for the lines, and how many lines the compiled engine passed on.
  static func run(_ program: CheckedRuleset, _ lines: [[UInt8]], asOf: Day? = nil, trace: Bool = false) -> (
    compiled: String, interpreted: String, passedOn: Int
  ) {
    run(program, lines, options: Evaluator.Options(asOf: asOf, trace: trace))
  }

  static func run(_ program: CheckedRuleset, _ lines: [[UInt8]], options: Evaluator.Options) -> (
    compiled: String, interpreted: String, passedOn: Int
  ) {
    let fast = BatchEvaluator(program: program, options: options, workers: 2)
    let slow = BatchEvaluator(program: program, options: options, workers: 2, compiledEngine: false)
    let slices = lines.map { ArraySlice($0) }
    let a = fast.evaluate(lines: slices, firstNumber: 1)
    let b = slow.evaluate(lines: slices, firstNumber: 1)
    return (String(decoding: a.output, as: UTF8.self), String(decoding: b.output, as: UTF8.self), a.interpreted)
  }

  static func firstDifference(_ a: String, _ b: String) -> String {
    let x = a.split(separator: "\n", omittingEmptySubsequences: false)
    let y = b.split(separator: "\n", omittingEmptySubsequences: false)
    for (index, (p, q)) in zip(x, y).enumerated() where p != q { return "line \(index + 1):\ncompiled:    \(p)\ninterpreter: \(q)" }
    return "line counts \(x.count) and \(y.count)"
  }

  @Test(arguments: ["rulesets/netralitas", "rulesets/bench-subset"]) func rulesetsCompile(path: String) throws {
    #expect(CompiledProgram.compile(try Self.load(path)) != nil)
  }

  /// The subset's rules have trace plans (only `r4` has exceptions to weigh): on the worked cases
  /// of the full ruleset, which share its case contract, the compiled engine explains most
  /// findings itself, with the interpreter's bytes.
  @Test func subsetFindingsAreExplainedByTheCompiledEngine() throws {
    let full = try Self.load("rulesets/netralitas")
    let subset = try Self.load("rulesets/bench-subset")
    var lines: [[UInt8]] = full.tests.map { Array(JSONNode($0.given).serialized(pretty: false).utf8) }
    // Pretty-printed too: paths, lines and columns of the facts an explanation names.
    lines += full.tests.map { Array(JSONNode($0.given).serialized(pretty: true).utf8) }
    let traced = Self.run(subset, lines, trace: true)
    #expect(traced.compiled == traced.interpreted, "\(Self.firstDifference(traced.compiled, traced.interpreted))")
    let explained = traced.compiled.split(separator: "\n").filter { $0.contains("\"explanation\"") }.count
    #expect(explained > 40, "only \(explained) cases with findings")
    #expect(traced.passedOn * 2 < explained, "the interpreter explained \(traced.passedOn) of \(explained) cases")
  }

  /// `peran`'s default and the `require`s of an act read only `jenis` and `peran`: each worker
  /// remembers them by those values. The memo must exist (or the saving is gone unnoticed) and
  /// must not remember what reads anything else (`mengerahkan >= 0` reads an integer).
  @Test func recordExpressionsOfEnumerationsAreRemembered() throws {
    let program = try Self.load("rulesets/bench-subset")
    let compiled = try #require(CompiledProgram.compile(program))
    let act = try #require(compiled.records.firstIndex { $0.name == "Perbuatan" })
    let record = compiled.records[act]
    let peran = try #require(record.fields.firstIndex { $0.name == Array("peran".utf8) })
    let jenis = try #require(record.fields.firstIndex { $0.name == Array("jenis".utf8) })
    let defaultCode = try #require(record.fields[peran].defaultCode)
    let memo = compiled.memoOf[Int(defaultCode)]
    #expect(memo >= 0)
    if memo >= 0 { #expect(compiled.memos[Int(memo)].firstField == Int32(jenis)) }
    let remembered = record.requirements.map { step -> Bool in
      if case .test(let code) = step { return compiled.memoOf[Int(code)] >= 0 }
      return true
    }
    #expect(remembered == [false, true, true, true], "\(remembered)")
  }

  /// The level table (`if l.level == "ETIK" then … else if …`) and `peran`'s default compile to
  /// selections, one instruction each, not a branch per test.
  @Test func chainsOfTestsOnOneFieldAreSelections() throws {
    let compiled = try #require(CompiledProgram.compile(try Self.load("rulesets/bench-subset")))
    let selections = compiled.code.filter {
      switch $0 {
      case .select, .returnSelect: true
      default: false
      }
    }
    // `peran` (1), `rezim` and `tingkat` of both level rules (4), `level` of r4, r7 and r8 (3).
    #expect(selections.count == 8, "\(selections.count)")
  }

  /// A decimal field keeps a ruleset on the interpreter, and the batch says where.
  @Test func decimalsStayOnTheInterpreter() throws {
    let batch = BatchEvaluator(program: try Self.load("rulesets/contoh"), options: Evaluator.Options())
    #expect(!batch.usesCompiledEngine)
    #expect(batch.interpreterReason?.contains("`nilai`") == true, "\(batch.interpreterReason ?? "")")
  }

  /// The worked cases of the neutrality ruleset, as files (pretty-printed: the scanner takes any
  /// JSON whitespace) and as the cases of every `test` block, at their `as of` dates too.
  @Test(arguments: rulesets) func worksCasesAndTestBlocksAgree(path: String) throws {
    let program = try Self.load(path)
    var lines: [[UInt8]] = program.tests.map { Array(JSONNode($0.given).serialized(pretty: false).utf8) }
    let folder = Support.path(path + "/cases")
    let files = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".json") && !$0.hasSuffix(".expected.json") }.sorted()
    for file in files { lines.append(Array(try Data(contentsOf: URL(fileURLWithPath: folder + "/" + file)))) }
    let result = Self.run(program, lines)
    #expect(result.compiled == result.interpreted, "\(Self.firstDifference(result.compiled, result.interpreted))")
    let failing = result.interpreted.split(separator: "\n").filter { $0.hasPrefix("{\"line\"") }.count
    #expect(result.passedOn == failing, "the compiled engine passed on \(result.passedOn) lines, \(failing) with errors")
    // With explanations, cases with findings go to the interpreter; the rest keep the compiled line.
    // With explanations: the compiled engine explains what its trace plans cover.
    let traced = Self.run(program, lines, trace: true)
    #expect(traced.compiled == traced.interpreted, "with explanations: \(Self.firstDifference(traced.compiled, traced.interpreted))")
    for date in ["2020-01-01", "2024-01-15", "2030-06-30"] {
      let dated = Self.run(program, lines, asOf: Day(parsing: date))
      #expect(dated.compiled == dated.interpreted, "as of \(date): \(Self.firstDifference(dated.compiled, dated.interpreted))")
      let tracedAt = Self.run(program, lines, asOf: Day(parsing: date), trace: true)
      #expect(tracedAt.compiled == tracedAt.interpreted, "as of \(date), explained: \(Self.firstDifference(tracedAt.compiled, tracedAt.interpreted))")
    }
  }

  /// Cases mutated at random: strings swapped for others of the corpus or for hostile ones,
  /// members dropped, bytes cut. Errors, fallbacks and findings must all match.
  @Test func mutatedCasesAgree() throws {
    let program = try Self.load("rulesets/netralitas")
    let bases = program.tests.map { JSONNode($0.given).serialized(pretty: false) }
    var vocabulary: Set<String> = ["2024-02-30", "2024-13-01", "é", "x\\u0041", "", "null", "o1", "t1", "p1", "2023-11-28", "2024-02-10", "2024-11-23"]
    for base in bases {
      for match in base.matches(of: /"([^"\\]*)"/) { vocabulary.insert(String(match.output.1)) }
    }
    let words = vocabulary.sorted()
    var generator = SplitMix(state: 2_024_112_3)
    var lines: [[UInt8]] = []
    for _ in 0..<1500 {
      var text = bases.randomElement(using: &generator)!
      for _ in 0..<Int.random(in: 1...3, using: &generator) {
        let strings = text.ranges(of: /"[^"\\]*"/)
        guard let range = strings.randomElement(using: &generator) else { break }
        switch Int.random(in: 0..<10, using: &generator) {
        case 0..<6: text.replaceSubrange(range, with: "\"\(words.randomElement(using: &generator)!)\"")
        case 6: text.replaceSubrange(range, with: ["1", "true", "null", "[]", "{}", "-0", "1.5"].randomElement(using: &generator)!)
        case 7:
          // Drop a member: the key, its value and the comma after it.
          if let member = text[range.lowerBound...].firstMatch(of: /"[^"\\]*":("[^"\\]*"|true|false|-?[0-9]+),?/) {
            text.removeSubrange(member.range)
          }
        case 8: text.insert(contentsOf: " \n\t", at: range.lowerBound)
        default: text = String(text.prefix(Int.random(in: 0...text.count, using: &generator)))
        }
      }
      lines.append(Array(text.utf8))
    }
    let result = Self.run(program, lines)
    #expect(result.compiled == result.interpreted, "\(Self.firstDifference(result.compiled, result.interpreted))")
    #expect(result.passedOn < lines.count, "some mutated cases must stay on the compiled engine")
    let traced = Self.run(program, lines, trace: true)
    #expect(traced.compiled == traced.interpreted, "explained: \(Self.firstDifference(traced.compiled, traced.interpreted))")
  }

  /// The random programs of the differential test (recursion, negation, exceptions), with every
  /// derived record made a finding so the output shows all of it.
  @Test func randomProgramsAgree() throws {
    var generator = SplitMix(state: 7_777)
    var decided = 0
    var explainedHere = 0
    for number in 0..<200 {
      let source = ReferenceProgram.random(using: &generator).source()
        .replacingOccurrences(of: "\nrecord P", with: "\nfinding record P")
        .replacingOccurrences(of: "\nrecord Q", with: "\nfinding record Q")
        .replacingOccurrences(of: "\nrecord R", with: "\nfinding record R")
      let program = try #require(Netra.check(files: [("random-\(number).netra", Array(source.utf8))]).program, "\(source)")
      var lines: [[UInt8]] = []
      for _ in 0..<4 {
        let a = (0..<Int.random(in: 0...4, using: &generator)).map { _ in "{\"x\": \(Int.random(in: 0...3, using: &generator)), \"y\": \(Int.random(in: 0...3, using: &generator))}" }
        let b = (0..<Int.random(in: 0...4, using: &generator)).map { _ in "{\"x\": \(Int.random(in: 0...3, using: &generator)), \"y\": \(Int.random(in: 0...3, using: &generator))}" }
        lines.append(Array("{\"id\": \"k\", \"a\": [\(a.joined(separator: ","))], \"b\": [\(b.joined(separator: ","))]}".utf8))
      }
      let result = Self.run(program, lines)
      #expect(result.compiled == result.interpreted, "program \(number):\n\(source)\n\(Self.firstDifference(result.compiled, result.interpreted))")
      decided += lines.count - result.passedOn
      let traced = Self.run(program, lines, trace: true)
      #expect(traced.compiled == traced.interpreted, "program \(number), explained:\n\(source)\n\(Self.firstDifference(traced.compiled, traced.interpreted))")
      explainedHere += lines.count - traced.passedOn
    }
    #expect(decided > 600, "the compiled engine decided only \(decided) of 800 cases")
    #expect(explainedHere > 400, "the compiled engine explained only \(explainedHere) of 800 cases")
  }

  /// Facts nested ten deep, forty fields each: the reader's frames outgrow their first storage
  /// while nested facts are read, and each frame must be found again after it moves.
  @Test func deeplyNestedFactsAgree() throws {
    let padding = (0..<39).map { "  f\($0): Int = \($0)" }.joined(separator: "\n")
    var source = "ruleset deep\n\nsource pp1 \"Peraturan uji\"\n\nrecord N0 {\n  id: Text key\n\(padding)\n}\n"
    for level in 1..<10 {
      source += "\nrecord N\(level) {\n  id: Text key\n  inner: [N\(level - 1)]\n\(padding)\n}\n"
    }
    source += """

      input record Kasus {
        kasus: Text key
        top: [N9]
      }

      finding record Seen {
        id: Text key
      }

      rule seen "every innermost fact"
        basis pp1 "Pasal 1"
        when
          n: N0
          n.f3 == 3
        then Seen { id: n.id }

      """
    let loaded = Netra.check(files: [("deep.netra", Array(source.utf8))])
    let program = try #require(loaded.program, "\(loaded.diagnostics.map(\.message.en))")
    #expect(CompiledProgram.compile(program) != nil)
    func nested(_ level: Int, _ path: String) -> String {
      let inner = level == 0 ? "" : ", \"inner\": [" + (0..<2).map { nested(level - 1, path + "-\($0)") }.joined(separator: ",") + "]"
      return "{\"id\": \"\(path)\"\(inner)}"
    }
    let lines = [Array("{\"kasus\": \"k\", \"top\": [\(nested(9, "n"))]}".utf8)]
    let result = Self.run(program, lines)
    #expect(result.compiled == result.interpreted, "\(Self.firstDifference(result.compiled, result.interpreted))")
    #expect(result.passedOn == 0)
    #expect(result.compiled.contains("n-0-0-0-0-0-0-0-0-0"))
  }
}
