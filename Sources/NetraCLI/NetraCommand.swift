import Netra

/// The `netra` command: dispatches to subcommands. Parses arguments and prints; no logic.
public enum NetraCommand {
  public static let usage = """
    netra — law as executable rules

    usage: netra <command> [options]

    commands:
      check <ruleset>              check a ruleset (a .netra file or a directory)
      eval <ruleset> <case.json|-> evaluate one case and print its findings
      explain <ruleset> <case.json> --why-not <rule>
                                   say why a rule did not fire for a case
      test <ruleset>               run the ruleset's test blocks
      lsp                          run the language server (JSON-RPC over stdio) for editors
      fmt <file-or-dir>...         lay files out canonically (--check, --write, --keywords id|en)
      graph <ruleset>              draw rules, records, exceptions and priorities (DOT, Mermaid)
      lint <ruleset>               warn about rules that never fire, unused declarations, ...
      help [command]               show help for a command

    options for every command:
      --lang id|en                 language of messages (default: en for diagnostics)
      --help                       show help

    exit codes: 0 success, 1 findings or failing tests where promised, 2 bad input or usage
    """

  public static func run(arguments: [String], output: inout some TextOutputStream, errors: inout some TextOutputStream) -> Int32 {
    guard let command = arguments.first else {
      errors.write(usage + "\n")
      return ExitCode.badInput
    }
    let rest = Array(arguments.dropFirst())
    switch command {
    case "--help", "-h", "help":
      if let topic = rest.first, let text = help(for: topic) {
        output.write(text + "\n")
      } else {
        output.write(usage + "\n")
      }
      return ExitCode.success
    case "--version", "version":
      output.write("netra \(Netra.version)\n")
      return ExitCode.success
    case "check": return CheckCommand.run(rest, output: &output, errors: &errors)
    case "eval": return EvalCommand.run(rest, output: &output, errors: &errors)
    case "explain": return ExplainCommand.run(rest, output: &output, errors: &errors)
    case "test": return TestCommand.run(rest, output: &output, errors: &errors)
    case "lsp": return LspCommand.run(rest, output: &output, errors: &errors)
    case "fmt": return FormatCommand.run(rest, output: &output, errors: &errors)
    case "graph": return GraphCommand.run(rest, output: &output, errors: &errors)
    case "lint": return LintCommand.run(rest, output: &output, errors: &errors)
    default:
      errors.write("error[E0007]: unknown command `\(DisplayText.escaped(command))`\n\n" + usage + "\n")
      return ExitCode.badInput
    }
  }

  /// The language the command line asks messages in (`--lang`), for errors found after the
  /// command has run, such as a failed write; else the command's own default (Indonesian for
  /// `eval` and `explain`, English for the drafters' tools).
  public static func messageLanguage(_ arguments: [String]) -> Language {
    for (index, argument) in arguments.enumerated() {
      let value = argument.hasPrefix("--lang=") ? String(argument.dropFirst("--lang=".count)) : argument == "--lang" ? arguments.dropFirst(index + 1).first : nil
      if let value, let language = Language(rawValue: value) { return language }
    }
    return ["eval", "explain"].contains(arguments.first ?? "") ? .id : .en
  }

  static func help(for command: String) -> String? {
    switch command {
    case "check": CheckCommand.help
    case "eval": EvalCommand.help
    case "explain": ExplainCommand.help
    case "test": TestCommand.help
    case "lsp": LspCommand.help
    case "fmt": FormatCommand.help
    case "graph": GraphCommand.help
    case "lint": LintCommand.help
    default: nil
    }
  }
}
