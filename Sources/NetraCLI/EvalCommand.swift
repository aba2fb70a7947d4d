import Foundation
import Netra

enum EvalCommand {
  static let help = """
    usage: netra eval <ruleset> <case.json|-> [options]
           netra eval <ruleset> --batch <cases.jsonl|-> [--output FILE [--resume]] [--workers N]

    Evaluates one case (a JSON document, or `-` for standard input) and prints its findings.

      --format text|json|html text for people (default), the JSON of the findings contract, or
                              a self-contained HTML report (findings by person and act, each
                              explanation as a collapsible tree)
      --lang id|en            language of text output and messages (default id)
      --as-of YYYY-MM-DD      judge every rule by the law in force on this date, instead of
                              the date of each conduct
      --explain               text output: show each finding's derivation (JSON always has it);
                              html: open every explanation when the page loads
      --verify-receipt FILE   re-run the case and compare with a stored JSON result: the same
                              engine, ruleset, case, date, findings and explanations (exit 0),
                              or each part that differs (exit 1); a malformed receipt is E0008
      --max-result-bytes N    the largest stored result read (default 67108864), R0104 past it

    limits (each a safeguard against runaway input; raise one when a genuine case needs it):
      --max-case-bytes N      bytes of one case or batch line (default 16777216)
      --max-input-facts N     facts in one case (default 10000)
      --max-derived-facts N   facts derived for one case (default 1000000)
      --max-steps N           candidate bindings and tests for one case (default 50000000)
      --max-held-bindings N   bindings held at once while a rule's matches are collected
                              (default 4000000)
      --max-passes N          passes over one recursive stratum (default 100000)

    batch mode (JSON Lines: one case per line):
      --batch FILE|-          evaluate every line on every core; one JSON line out per line in,
                              in input order; a bad line gives an error line and the rest go on;
                              a summary (cases, findings, errors, time) goes to stderr
      --output FILE           write results to FILE instead of stdout (written in place, locked
                              for the run; never the input file); FILE.netra-run records the
                              engine, ruleset digest, --explain and --as-of of the run
      --resume                continue an interrupted run into the same --output FILE: only a
                              run made the same way, whose lines are this input's results;
                              they are skipped and a cut last line is removed; else E0005
      --workers N             threads (default: the number of cores)
      --explain               include each finding's explanation (slower)

    exit codes: 0 evaluated, 1 receipt does not verify, 2 bad input or an output that cannot
    be written (errors on stderr, each with its code)
    """

  /// Options that only batch mode reads: given without `--batch` they are a mistake, not ignored.
  static let batchOnly = ["--output", "--resume", "--workers"]

  static func run(_ arguments: [String], output: inout some TextOutputStream, errors: inout some TextOutputStream) -> Int32 {
    let args = Arguments(
      arguments,
      options: Set(["--format", "--lang", "--as-of", "--verify-receipt", "--max-result-bytes", "--batch", "--output", "--workers"])
        .union(Arguments.limitOptions),
      flags: ["--explain", "--resume"], choices: ["--format": ["text", "json", "html"]])
    if args.flags.contains("--help") {
      output.write(help + "\n")
      return ExitCode.success
    }
    let language = args.language(default: Language.id) ?? Language.id
    guard let limits = args.limits(help: help, errors: &errors) else { return ExitCode.badInput }
    let format = args.options["--format"] ?? "text"
    if let input = args.options["--batch"] {
      var problem = args.problem
      if problem == nil, args.positionals.count != 1 { problem = "batch mode takes a ruleset and `--batch FILE`" }
      if problem == nil, args.options["--format"] != nil { problem = "batch mode writes JSON Lines; `--format` is for one case" }
      if problem == nil, args.options["--verify-receipt"] != nil { problem = "`--verify-receipt` checks one case, not a batch" }
      if problem == nil, args.flags.contains("--resume"), args.options["--output"] == nil { problem = "`--resume` needs `--output FILE`" }
      var workers = ProcessInfo.processInfo.activeProcessorCount
      if problem == nil {
        switch args.positiveInteger("--workers") {
        case .success(let value): workers = value ?? workers
        case .failure(let failure): problem = failure.text
        }
      }
      if let problem {
        errors.write(Arguments.usageError(problem, help: help))
        return ExitCode.badInput
      }
      let (dayOK, asOf) = Input.day(args.options["--as-of"], errors: &errors)
      guard dayOK else { return ExitCode.badInput }
      guard let program = Input.ruleset(args.positionals[0], language: language, errors: &errors) else { return ExitCode.badInput }
      let options = BatchCommand.Options(
        input: input, output: args.options["--output"], resume: args.flags.contains("--resume"), workers: workers,
        trace: args.flags.contains("--explain"), asOf: asOf, limits: limits, language: language)
      return BatchCommand.run(program: program, options: options, output: &output, errors: &errors)
    }
    var problem = args.problem
    if problem == nil, let stray = batchOnly.first(where: { args.options[$0] != nil || args.flags.contains($0) }) {
      problem = "`\(stray)` belongs to batch mode; give `--batch FILE` too, or leave it out"
    }
    if problem == nil, args.positionals.count != 2 { problem = "expected a ruleset and a case file (or `-`)" }
    if let problem {
      errors.write(Arguments.usageError(problem, help: help))
      return ExitCode.badInput
    }
    let (dayOK, asOf) = Input.day(args.options["--as-of"], errors: &errors)
    guard dayOK else { return ExitCode.badInput }
    guard let program = Input.ruleset(args.positionals[0], language: language, errors: &errors) else { return ExitCode.badInput }
    guard let bytes = Input.caseBytes(args.positionals[1], limit: limits.maxCaseBytes, language: language, errors: &errors) else {
      return ExitCode.badInput
    }
    let casePath = args.positionals[1] == "-" ? "<stdin>" : args.positionals[1]
    var evaluatorOptions = Evaluator.Options(asOf: asOf, trace: true)
    evaluatorOptions.limits = limits

    if let stored = args.options["--verify-receipt"] {
      if args.options["--as-of"] != nil {
        errors.write(Arguments.usageError("`--verify-receipt` takes the date from the stored result; leave `--as-of` out", help: help))
        return ExitCode.badInput
      }
      guard case .success(let storedLimit) = args.positiveInteger("--max-result-bytes") else {
        errors.write(Arguments.usageError("`--max-result-bytes` expects a positive whole number", help: help))
        return ExitCode.badInput
      }
      return ReceiptVerifier.verify(
        program: program, casePath: casePath, caseBytes: bytes, storedPath: stored, storedLimit: storedLimit ?? Netra.maxFileBytes,
        limits: limits, language: language, output: &output, errors: &errors)
    }
    if args.options["--max-result-bytes"] != nil {
      errors.write(Arguments.usageError("`--max-result-bytes` belongs to `--verify-receipt`", help: help))
      return ExitCode.badInput
    }

    let result = Netra.evaluate(program: program, casePath: casePath, caseBytes: bytes, options: evaluatorOptions)
    if !result.diagnostics.isEmpty {
      errors.write(DiagnosticRenderer(sources: SourceSet(), language: language).renderText(result.diagnostics))
      if format == "json" { output.write(JSONExplainer(result: result, includeExplanation: false).document().serialized(pretty: true) + "\n") }
      return ExitCode.badInput
    }
    if format == "json" {
      JSONExplainer(result: result, includeExplanation: true).write(pretty: true) { output.write(String(decoding: $0, as: UTF8.self)) }
      output.write("\n")
    } else if format == "html" {
      output.write(HTMLReport(result: result, language: language, expanded: args.flags.contains("--explain")).render())
    } else {
      output.write(TextExplainer(result: result, language: language, explain: args.flags.contains("--explain")).render())
    }
    return ExitCode.success
  }
}
