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
      --verify-receipt FILE   re-run the case and compare with a stored JSON result: same
                              ruleset, same case, same findings (exit 0), or what differs (exit 1)

    batch mode (JSON Lines: one case per line):
      --batch FILE|-          evaluate every line on every core; one JSON line out per line in,
                              in input order; a bad line gives an error line and the rest go on;
                              a summary (cases, findings, errors, time) goes to stderr
      --output FILE           write results to FILE instead of stdout
      --resume                continue an interrupted run into the same --output FILE: lines
                              already written are skipped, a cut last line is removed
      --workers N             threads (default: the number of cores)
      --explain               include each finding's explanation (slower)

    exit codes: 0 evaluated, 1 receipt does not verify, 2 bad input (errors on stderr)
    """

  static func run(_ arguments: [String], output: inout some TextOutputStream, errors: inout some TextOutputStream) -> Int32 {
    let args = Arguments(
      arguments, options: ["--format", "--lang", "--as-of", "--verify-receipt", "--batch", "--output", "--workers"],
      flags: ["--explain", "--resume"])
    if args.flags.contains("--help") {
      output.write(help + "\n")
      return ExitCode.success
    }
    let format = args.options["--format"] ?? "text"
    if let input = args.options["--batch"] {
      guard args.problem == nil, args.positionals.count == 1, let language = args.language(default: .id) else {
        errors.write("error: \(args.problem ?? "batch mode takes a ruleset and `--batch FILE`")\n\n\(help)\n")
        return ExitCode.badInput
      }
      let (dayOK, asOf) = Input.day(args.options["--as-of"], errors: &errors)
      let workers = args.options["--workers"].map { Int($0) ?? 0 } ?? ProcessInfo.processInfo.activeProcessorCount
      guard dayOK, workers > 0 else {
        if dayOK { errors.write("error: `--workers` expects a positive number\n") }
        return ExitCode.badInput
      }
      guard let program = Input.ruleset(args.positionals[0], language: language, errors: &errors) else { return ExitCode.badInput }
      let options = BatchCommand.Options(
        input: input, output: args.options["--output"], resume: args.flags.contains("--resume"), workers: workers,
        trace: args.flags.contains("--explain"), asOf: asOf)
      return BatchCommand.run(program: program, options: options, output: &output, errors: &errors)
    }
    guard args.problem == nil, args.positionals.count == 2, let language = args.language(default: .id), ["text", "json", "html"].contains(format) else {
      errors.write("error: \(args.problem ?? "expected a ruleset, a case file and valid options")\n\n\(help)\n")
      return ExitCode.badInput
    }
    let (dayOK, asOf) = Input.day(args.options["--as-of"], errors: &errors)
    guard dayOK else { return ExitCode.badInput }
    guard let program = Input.ruleset(args.positionals[0], language: language, errors: &errors) else { return ExitCode.badInput }
    guard let bytes = Input.caseBytes(args.positionals[1], errors: &errors) else { return ExitCode.badInput }
    let casePath = args.positionals[1] == "-" ? "<stdin>" : args.positionals[1]

    if let stored = args.options["--verify-receipt"] {
      return ReceiptVerifier.verify(program: program, casePath: casePath, caseBytes: bytes, storedPath: stored, output: &output, errors: &errors)
    }

    let result = Netra.evaluate(program: program, casePath: casePath, caseBytes: bytes, options: Evaluator.Options(asOf: asOf, trace: true))
    if !result.diagnostics.isEmpty {
      errors.write(DiagnosticRenderer(sources: SourceSet(), language: language).renderText(result.diagnostics))
      if format == "json" { output.write(JSONExplainer(result: result, includeExplanation: false).document().serialized(pretty: true) + "\n") }
      return ExitCode.badInput
    }
    if format == "json" {
      output.write(JSONExplainer(result: result, includeExplanation: true).document().serialized(pretty: true) + "\n")
    } else if format == "html" {
      output.write(HTMLReport(result: result, language: language, expanded: args.flags.contains("--explain")).render())
    } else {
      output.write(TextExplainer(result: result, language: language, explain: args.flags.contains("--explain")).render())
    }
    return ExitCode.success
  }
}

/// Re-runs a stored result's case and compares: the receipt's digests, then the findings.
enum ReceiptVerifier {
  static func verify(
    program: CheckedRuleset, casePath: String, caseBytes: [UInt8], storedPath: String,
    output: inout some TextOutputStream, errors: inout some TextOutputStream
  ) -> Int32 {
    guard let storedBytes = Input.caseBytes(storedPath, errors: &errors) else { return ExitCode.badInput }
    guard case .success(let stored) = JSONReader.read(storedBytes), let receipt = stored.member("receipt") else {
      errors.write("error: \(storedPath) is not a stored netra result with a `receipt`\n")
      return ExitCode.badInput
    }
    func text(_ key: String) -> String? {
      if case .string(let value)? = receipt.member(key)?.kind { return value }
      return nil
    }
    var asOf: Day?
    if let day = text("as_of") { asOf = Day(parsing: day) }
    let result = Netra.evaluate(program: program, casePath: casePath, caseBytes: caseBytes, options: Evaluator.Options(asOf: asOf, trace: false))
    var problems: [String] = []
    if text("ruleset_sha256") != program.sourceDigest { problems.append("the ruleset's sources changed since the result was made") }
    if text("case_sha256") != result.receipt.caseDigest { problems.append("the case file differs from the one the result was made from") }
    let fresh = JSONExplainer(result: result, includeExplanation: false).document()
    if canonicalFindings(stored) != canonicalFindings(fresh) { problems.append("the findings differ") }
    if problems.isEmpty {
      output.write("receipt verified: same ruleset, same case, same findings\n")
      return ExitCode.success
    }
    output.write("receipt does not verify:\n" + problems.map { "  - \($0)\n" }.joined())
    return ExitCode.findings
  }

  /// Findings without explanations, as compact text, for comparison.
  static func canonicalFindings(_ document: JSONValue) -> String {
    guard case .array(let items)? = document.member("findings")?.kind else { return "" }
    return items.map { item -> String in
      guard case .object(let members) = item.kind else { return "" }
      return members.filter { $0.key != "explanation" }.map { "\($0.key)=\(render($0.value))" }.joined(separator: ";")
    }.joined(separator: "\n")
  }

  static func canonicalFindings(_ node: JSONNode) -> String {
    let text = node.serialized(pretty: false)
    guard case .success(let document) = JSONReader.read(Array(text.utf8)) else { return "" }
    return canonicalFindings(document)
  }

  static func render(_ value: JSONValue) -> String {
    switch value.kind {
    case .null: "null"
    case .bool(let b): b ? "true" : "false"
    case .number(let n): n
    case .string(let s): JSONText.quote(s)
    case .array(let items): "[" + items.map(render).joined(separator: ",") + "]"
    case .object(let members): "{" + members.map { "\($0.key):\(render($0.value))" }.joined(separator: ",") + "}"
    }
  }
}
