import Netra

enum ExplainCommand {
  static let help = """
    usage: netra explain <ruleset> <case.json|-> --why-not <rule> [--lang id|en] [--as-of YYYY-MM-DD]
                         [--max-case-bytes N] [--max-input-facts N] [--max-derived-facts N]
                         [--max-steps N] [--max-held-bindings N] [--max-passes N]
                         (see `netra eval --help`)

    Says why a named rule did not fire for a case: the closest candidate facts and the first
    condition each failed, with the values seen; or, when every condition held, whether the rule
    was out of force or defeated by an exception.
    Without --why-not, prints every finding with its derivation (as `netra eval --explain`).
    """

  static func run(_ arguments: [String], output: inout some TextOutputStream, errors: inout some TextOutputStream) -> Int32 {
    let args = Arguments(arguments, options: Set(["--why-not", "--lang", "--as-of"]).union(Arguments.limitOptions), flags: [])
    if args.flags.contains("--help") {
      output.write(help + "\n")
      return ExitCode.success
    }
    guard args.problem == nil, args.positionals.count == 2, let language = args.language(default: .id) else {
      errors.write(Arguments.usageError(args.problem ?? "expected a ruleset and a case file", help: help))
      return ExitCode.badInput
    }
    guard let limits = args.limits(help: help, errors: &errors) else { return ExitCode.badInput }
    let (dayOK, asOf) = Input.day(args.options["--as-of"], errors: &errors)
    guard dayOK, let program = Input.ruleset(args.positionals[0], language: language, errors: &errors),
      let bytes = Input.caseBytes(args.positionals[1], limit: limits.maxCaseBytes, language: language, errors: &errors)
    else { return ExitCode.badInput }
    let casePath = args.positionals[1] == "-" ? "<stdin>" : args.positionals[1]
    var options = Evaluator.Options(asOf: asOf, trace: true)
    options.limits = limits
    let result = Netra.evaluate(program: program, casePath: casePath, caseBytes: bytes, options: options)
    if !result.diagnostics.isEmpty {
      errors.write(DiagnosticRenderer(sources: SourceSet(), language: language).renderText(result.diagnostics))
      return ExitCode.badInput
    }
    guard let rule = args.options["--why-not"] else {
      output.write(TextExplainer(result: result, language: language, explain: true).render())
      return ExitCode.success
    }
    do {
      let answer = try WhyNot.ask(rule: rule, result: result)
      output.write(WhyNot.render(answer, rule: rule, result: result, language: language))
      if case .unknownRule = answer { return ExitCode.badInput }
      return ExitCode.success
    } catch {
      errors.write("error[\(error.code)]: \(error.message.text(language))\n")
      return ExitCode.badInput
    }
  }
}
