import Netra

enum GraphCommand {
  static let help = """
    usage: netra graph <ruleset> [--format dot|mermaid] [--view all|feeds|defeats] [--lang en|id]

    Draws a ruleset: which records each rule reads (dashed: `no`, `count`) and concludes, which
    exception defeats which rule, and which rule prevails over which. The output is the same on
    every run, so it can be committed beside the ruleset.

      --format dot|mermaid        Graphviz DOT (default; `| dot -Tsvg`) or a Mermaid flowchart
      --view all                  records and rules (default)
      --view feeds                rules only: an edge from a rule to each rule that reads what it
                                  concludes, labelled with the record
      --view defeats              only exceptions and priorities
      --lang en|id                language of error messages (default en)

    exit codes: 0 drawn, 2 the ruleset does not check, or bad usage
    """

  static func run(_ arguments: [String], output: inout some TextOutputStream, errors: inout some TextOutputStream) -> Int32 {
    let args = Arguments(
      arguments, options: ["--format", "--view", "--lang"], flags: [],
      choices: ["--format": ["dot", "mermaid"], "--view": RuleGraph.View.allCases.map(\.rawValue)])
    if args.flags.contains("--help") {
      output.write(help + "\n")
      return ExitCode.success
    }
    let format = args.options["--format"] ?? "dot"
    guard args.problem == nil, args.positionals.count == 1, let language = args.language(default: .en),
      ["dot", "mermaid"].contains(format), let view = RuleGraph.View(rawValue: args.options["--view"] ?? "all")
    else {
      errors.write(Arguments.usageError(args.problem ?? "expected one ruleset path", help: help))
      return ExitCode.badInput
    }
    guard let program = Input.ruleset(args.positionals[0], language: language, errors: &errors) else { return ExitCode.badInput }
    let graph = RuleGraph(program: program, view: view)
    output.write(format == "dot" ? graph.dot() : graph.mermaid())
    return ExitCode.success
  }
}
