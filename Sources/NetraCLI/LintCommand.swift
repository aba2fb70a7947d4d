import Netra

enum LintCommand {
  static let help = """
    usage: netra lint <ruleset> [--format text|json] [--lang en|id]

    Checks a ruleset, then warns about what it probably does not mean (codes in
    docs/diagnostics.md): rules that can never fire (E0310 values, E0311 dates), rules an exception
    always defeats (E0312), rules with the same conditions and conflicting conclusions and no
    priority (E0313), declarations never used (E0314), citations of a source repealed before the
    rule takes effect (E0315).

      --format text|json   warnings as text (default) or as a JSON array for tools
      --lang en|id         language of the messages (default en)

    exit codes: 0 nothing found, 1 warnings (on stdout), 2 the ruleset does not check
    """

  static func run(_ arguments: [String], output: inout some TextOutputStream, errors: inout some TextOutputStream) -> Int32 {
    let args = Arguments(arguments, options: ["--format", "--lang"], flags: [], choices: ["--format": ["text", "json"]])
    if args.flags.contains("--help") {
      output.write(help + "\n")
      return ExitCode.success
    }
    guard args.problem == nil, args.positionals.count == 1, let language = args.language(default: .en),
      ["text", "json"].contains(args.options["--format"] ?? "text")
    else {
      errors.write(Arguments.usageError(args.problem ?? "expected one ruleset path", help: help))
      return ExitCode.badInput
    }
    let loaded = Netra.load(path: args.positionals[0])
    let renderer = DiagnosticRenderer(sources: loaded.sources, language: language)
    guard let program = loaded.program, !loaded.diagnostics.contains(where: { $0.severity == .error }) else {
      errors.write(renderer.renderText(loaded.diagnostics))
      return ExitCode.badInput
    }
    let warnings = loaded.diagnostics + Linter.lint(program: program, files: loaded.files)
    if args.options["--format"] == "json" {
      output.write(renderer.renderJSON(warnings))
    } else if warnings.isEmpty {
      output.write(language == .en ? "ok: nothing to report in `\(program.name)`\n" : "ok: tidak ada temuan pada `\(program.name)`\n")
    } else {
      output.write(renderer.renderText(warnings))
      output.write(
        language == .en
          ? "warning: \(warnings.count) \(warnings.count == 1 ? "warning" : "warnings")\n"
          : "warning: \(warnings.count) peringatan\n")
    }
    return warnings.isEmpty ? ExitCode.success : ExitCode.findings
  }
}
