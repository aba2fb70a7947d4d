import Foundation
import Testing

@testable import Netra
@testable import NetraBatch

/// The compiled batch engine against the interpreter on `WideProgram`'s random rulesets: on every
/// case line both must print the same bytes, judged by each rule's own date, with explanations,
/// and as of a date. `CompiledEngineTests.randomProgramsAgree` covers integer pairs only; these
/// programs add dates and validity windows, calendars, keyed findings and priorities, enumerations,
/// lists and sets, counts, optional fields, texts and exceptions. The run also counts the programs
/// that compiled and the lines the compiled engine decided itself, since a comparison in which the
/// interpreter answered for both proves nothing, and the programs that used each construct.
/// `NETRA_WIDE_PROGRAMS=20000 NETRA_WIDE_SEED=7 swift test --filter WideDifferential` runs a long
/// campaign; the default keeps the suite fast.
@Suite struct WideDifferentialTests {
  static let programs = Int(ProcessInfo.processInfo.environment["NETRA_WIDE_PROGRAMS"] ?? "") ?? 300
  static let seed = UInt64(ProcessInfo.processInfo.environment["NETRA_WIDE_SEED"] ?? "") ?? 20_250_117
  static let casesPerProgram = 16
  /// Problems (disagreements, programs that do not check) after which the run stops.
  static let enoughProblems = 3

  /// How each program's cases are run: by each rule's own date, explained, and as of a date (one
  /// of three by program, before, between and after the sources' usual changes).
  static func settings(program number: Int) -> [(name: String, options: Evaluator.Options)] {
    let date = ["2023-03-15", "2023-08-01", "2024-03-01"][number % 3]
    return [
      ("judged by each rule's date", Evaluator.Options(asOf: nil, trace: false)),
      ("explained", Evaluator.Options(asOf: nil, trace: true)),
      ("as of \(date)", Evaluator.Options(asOf: Day(parsing: date), trace: false)),
    ]
  }

  @Test func interpreterAndCompiledEngineAgree() {
    var generator = SplitMix(state: Self.seed)
    var tally = Tally()
    for number in 0..<Self.programs {
      let program = WideProgram.random(using: &generator)
      let lines = program.cases(count: Self.casesPerProgram, using: &generator).map { Array($0.utf8) }
      if let problem = Self.compare(program, lines: lines, number: number, tally: &tally) { tally.problems.append(problem) }
      if tally.problems.count >= Self.enoughProblems { break }
    }
    print(tally.summary)
    #expect(tally.problems.isEmpty, "\(tally.problems.joined(separator: "\n\n"))")
    #expect(tally.compiled * 10 >= tally.programs * 9, "only \(tally.compiled) of \(tally.programs) programs compiled")
    // Lines go to the interpreter for input errors and unsettled conflicts (about one in ten),
    // and, explained, for exceptions to weigh too (about one in six in all).
    for (setting, percent) in [(0, 75), (1, 65), (2, 75)] {
      #expect(
        tally.decided[setting] * 100 >= tally.lines[setting] * percent,
        "setting \(setting): the compiled engine decided only \(tally.decided[setting]) of \(tally.lines[setting]) lines")
    }
    // A short run (or one stopped by problems) may miss a construct by chance.
    guard tally.problems.isEmpty, tally.programs >= 100 else { return }
    for feature in WideProgram.Feature.allCases {
      #expect(tally.programsWith[feature, default: 0] > 0, "no program used \(feature.rawValue)")
    }
  }

  /// Checks the program and runs its lines on both engines in every setting; the first problem.
  static func compare(_ program: WideProgram, lines: [[UInt8]], number: Int, tally: inout Tally) -> String? {
    let source = program.source()
    let loaded = Netra.check(files: [("wide-\(number).netra", Array(source.utf8))])
    guard let checked = loaded.program else {
      return "program \(number) does not check:\n\(source)\n\(loaded.diagnostics.map(\.message.en))"
    }
    tally.count(program, compiles: CompiledProgram.compile(checked) != nil)
    for (index, setting) in settings(program: number).enumerated() {
      let result = CompiledEngineTests.run(checked, lines, options: setting.options)
      tally.lines[index] += lines.count
      tally.decided[index] += lines.count - result.passedOn
      if result.compiled != result.interpreted {
        return "program \(number), \(setting.name):\n\(source)\n\(firstDifference(result.compiled, result.interpreted, lines: lines))"
      }
    }
    return nil
  }

  /// The first output line on which the engines differ, with the case line it came from.
  static func firstDifference(_ a: String, _ b: String, lines: [[UInt8]]) -> String {
    let x = a.split(separator: "\n", omittingEmptySubsequences: false)
    let y = b.split(separator: "\n", omittingEmptySubsequences: false)
    for (index, (p, q)) in zip(x, y).enumerated() where p != q {
      let input = index < lines.count ? String(decoding: lines[index], as: UTF8.self) : "(none)"
      return "line \(index + 1):\ncase:        \(input)\ncompiled:    \(p)\ninterpreter: \(q)"
    }
    return "line counts \(x.count) and \(y.count)"
  }

  /// What a run saw, for the expectations and the closing print.
  struct Tally {
    var programs = 0
    var compiled = 0
    /// Lines run and lines the compiled engine decided itself, by setting (as `settings` orders them).
    var lines = [0, 0, 0]
    var decided = [0, 0, 0]
    var programsWith: [WideProgram.Feature: Int] = [:]
    var problems: [String] = []

    mutating func count(_ program: WideProgram, compiles: Bool) {
      programs += 1
      if compiles { compiled += 1 }
      for feature in program.features { programsWith[feature, default: 0] += 1 }
    }

    var summary: String {
      let names = ["by date", "explained", "as of"]
      let decisions = names.indices.map { "\(names[$0]) \(decided[$0])/\(lines[$0])" }.joined(separator: ", ")
      let features = WideProgram.Feature.allCases.map { "\($0.rawValue) \(programsWith[$0, default: 0])" }.joined(separator: ", ")
      return """
        wide differential (seed \(WideDifferentialTests.seed)): \(programs) programs, \(compiled) compiled, \(problems.count) problems
        lines the compiled engine decided: \(decisions)
        programs using: \(features)
        """
    }
  }
}
