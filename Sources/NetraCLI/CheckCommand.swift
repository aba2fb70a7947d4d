import Netra

enum CheckCommand {
  static let help = """
    usage: netra check <ruleset> [--format text|json] [--lang en|id]

    Checks a ruleset (a .netra file, or a directory searched for .netra files): syntax, names,
    types, legal bases, dates, stratified negation, exception and priority graphs.

      --format text|json   diagnostics as text (default) or as a JSON array for tools
      --lang en|id         language of the messages (default en)

    exit codes: 0 clean, 2 diagnostics (on stderr)
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
    if args.options["--format"] == "json" {
      errors.write(renderer.renderJSON(loaded.diagnostics))
    } else if !loaded.diagnostics.isEmpty {
      errors.write(renderer.renderText(loaded.diagnostics))
    }
    guard let program = loaded.program, !loaded.diagnostics.contains(where: { $0.severity == .error }) else {
      return ExitCode.badInput
    }
    if args.options["--format"] != "json" {
      let rules = program.rules.count
      output.write(
        language == .en
          ? "ok: ruleset `\(program.name)` checked: \(rules) rules, \(program.records.count) records, \(program.sources.count) sources, \(program.tests.count) tests\n"
          : "ok: himpunan aturan `\(program.name)` lolos periksa: \(rules) aturan, \(program.records.count) rekaman, \(program.sources.count) sumber, \(program.tests.count) uji\n")
    }
    return ExitCode.success
  }
}
