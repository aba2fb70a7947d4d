import Netra

enum TestCommand {
  static let help = """
    usage: netra test <ruleset> [--coverage] [--strict-coverage] [--filter TEXT] [--explain] [--lang en|id]

    Runs the ruleset's `test` blocks. Each test gives a case, the findings it must produce
    (`expect`) and must not produce (`expect no`), a citation and a rationale.

      --coverage          print coverage by code, rule and legal provision: whether a passing
                          test shows each firing and not firing; uncovered items are listed
      --strict-coverage   fail (exit 1) unless everything is covered both ways
      --filter TEXT       run only tests whose name contains TEXT
      --explain           show the explanation of each failing test's findings

    exit codes: 0 all passed, 1 a test failed (or coverage is incomplete with --strict-coverage),
    2 the ruleset does not check
    """

  static func run(_ arguments: [String], output: inout some TextOutputStream, errors: inout some TextOutputStream) -> Int32 {
    let args = Arguments(arguments, options: ["--filter", "--lang"], flags: ["--coverage", "--strict-coverage", "--explain"])
    if args.flags.contains("--help") {
      output.write(help + "\n")
      return ExitCode.success
    }
    guard args.problem == nil, args.positionals.count == 1, let language = args.language(default: .en) else {
      errors.write(Arguments.usageError(args.problem ?? "expected one ruleset path", help: help))
      return ExitCode.badInput
    }
    guard let program = Input.ruleset(args.positionals[0], language: language, errors: &errors) else { return ExitCode.badInput }
    let runner = TestRunner(program: program)
    let outcomes = runner.run(filter: args.options["--filter"])
    var failed = 0
    for outcome in outcomes {
      let location = DisplayText.escaped(program.sourceSet[outcome.test.file].path) + ":" + String(program.sourceSet[outcome.test.file].lineColumn(at: outcome.test.span.start).line)
      if outcome.passed {
        output.write("ok    \(DisplayText.escaped(outcome.test.name))\n")
        continue
      }
      failed += 1
      output.write("FAIL  \(DisplayText.escaped(outcome.test.name))   \(location)\n")
      if let rationale = outcome.test.rationale { output.write("      interpretation: \(DisplayText.escaped(rationale))\n") }
      if !outcome.test.basis.isEmpty { output.write("      basis: \(outcome.test.basis.map(\.identifier).joined(separator: ", "))\n") }
      for failure in outcome.failures { output.write("      - \(DisplayText.escaped(failure))\n") }
      if args.flags.contains("--explain") {
        output.write(TextExplainer(result: outcome.result, language: language, explain: true).render().split(separator: "\n", omittingEmptySubsequences: false).map { "      " + $0 }.joined(separator: "\n") + "\n")
      }
    }
    output.write("\n\(outcomes.count) tests, \(outcomes.count - failed) passed, \(failed) failed\n")
    var coverageOK = true
    if args.flags.contains("--coverage") || args.flags.contains("--strict-coverage") {
      let coverage = Coverage.measure(program: program, outcomes: outcomes)
      output.write(coverage.render())
      coverageOK = coverage.uncovered.isEmpty
    }
    if failed > 0 { return ExitCode.findings }
    if args.flags.contains("--strict-coverage") && !coverageOK { return ExitCode.findings }
    return ExitCode.success
  }
}
