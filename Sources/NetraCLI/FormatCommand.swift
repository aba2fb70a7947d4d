import Foundation
import Netra

enum FormatCommand {
  static let help = """
    usage: netra fmt <file-or-dir|->... [--check | --write] [--keywords id|en] [--lang en|id]

    Lays .netra files out in the one canonical layout, keeping every comment. Directories are
    searched for .netra files; `-` formats standard input to standard output. Formatting a
    formatted file changes nothing.

      (neither flag)       print the formatted text of each file to standard output
      --check              list the files whose layout would change; change nothing
      --write              rewrite the files whose layout would change, and list them
      --keywords id|en     write every keyword in Indonesian or English (same meaning); without
                           it each declaration keeps the language of its first keyword
      --lang en|id         language of error messages (default en)

    exit codes: 0 done (or nothing to change), 1 files would change (--check),
    2 a file does not parse, or bad usage (that file is left as it is)
    """

  static func run(_ arguments: [String], output: inout some TextOutputStream, errors: inout some TextOutputStream) -> Int32 {
    let args = Arguments(arguments, options: ["--keywords", "--lang"], flags: ["--check", "--write"], choices: ["--keywords": ["id", "en"]])
    if args.flags.contains("--help") {
      output.write(help + "\n")
      return ExitCode.success
    }
    let keywords = args.options["--keywords"].map { Language(rawValue: $0) }
    guard args.problem == nil, !args.positionals.isEmpty, let language = args.language(default: .en),
      keywords != .some(nil), !(args.flags.contains("--check") && args.flags.contains("--write"))
    else {
      let problem =
        args.problem ?? (args.positionals.isEmpty ? "expected one or more files or directories" : "`--check` and `--write` cannot be used together")
      errors.write(Arguments.usageError(problem, help: help))
      return ExitCode.badInput
    }
    var failed = false
    var changed = false
    for path in args.positionals {
      if path == "-" {
        // Standard input to standard output, for editors that format on save.
        guard !args.flags.contains("--write") else {
          errors.write("error[E0007]: `--write` cannot rewrite standard input\n")
          failed = true
          continue
        }
        let what = Message(en: "the ruleset text", id: "teks ruleset")
        guard let bytes = Input.caseBytes("-", limit: Netra.maxFileBytes, what: what, limitCode: "R0104", language: language, errors: &errors) else {
          failed = true
          continue
        }
        guard let text = format(bytes, path: "<stdin>", keywords: keywords ?? nil, language: language, errors: &errors) else {
          failed = true
          continue
        }
        let differs = Array(text.utf8) != bytes
        if args.flags.contains("--check") {
          if differs { output.write("<stdin>\n") }
        } else {
          output.write(text)
        }
        changed = changed || differs
        continue
      }
      let (files, problems) = Netra.rulesetFiles(at: path)
      if !problems.isEmpty {
        errors.write(DiagnosticRenderer(sources: SourceSet(), language: language).renderText(problems))
        failed = true
      }
      for file in files {
        let (bytes, readProblems) = Netra.readRulesetFile(file)
        guard let bytes else {
          errors.write(DiagnosticRenderer(sources: SourceSet(), language: language).renderText(readProblems))
          failed = true
          continue
        }
        guard let text = format(bytes, path: file, keywords: keywords ?? nil, language: language, errors: &errors) else {
          failed = true
          continue
        }
        let differs = Array(text.utf8) != bytes
        if args.flags.contains("--check") {
          if differs { output.write(DisplayText.escaped(file) + "\n") }
        } else if args.flags.contains("--write") {
          guard differs else { continue }
          switch InPlaceFile.write(Array(text.utf8), to: file) {
          case .success:
            output.write(DisplayText.escaped(file) + "\n")
          case .failure(let failure):
            let reason = if case .unreadable(let why) = failure { why } else { "not a regular file" }
            errors.write("error[E0003]: cannot write the file: \(reason)\n --> \(DisplayText.escaped(file))\n")
            failed = true
            continue
          }
        } else {
          output.write(text)
        }
        changed = changed || differs
      }
    }
    if failed { return ExitCode.badInput }
    return args.flags.contains("--check") && changed ? ExitCode.findings : ExitCode.success
  }

  /// The formatted text of one file, or nil after printing why it cannot be formatted.
  static func format(
    _ bytes: [UInt8], path: String, keywords: Language?, language: Language, errors: inout some TextOutputStream
  ) -> String? {
    var sources = SourceSet()
    let id = sources.add(path: path, bytes: bytes)
    let (text, diagnostics) = Formatter.format(sources[id], options: Formatter.Options(keywords: keywords))
    if text == nil { errors.write(DiagnosticRenderer(sources: sources, language: language).renderText(diagnostics)) }
    return text
  }
}
