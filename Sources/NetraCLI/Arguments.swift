import Netra

/// A small argument reader: positionals, `--flag`, and `--option value` or `--option=value`.
struct Arguments {
  var positionals: [String] = []
  var options: [String: String] = [:]
  var flags: Set<String> = []
  var problem: String?

  /// `choices` lists the values an option accepts (`--lang` always takes `id` or `en`); any other
  /// value is a problem that names the option, the values it takes and the value found.
  init(_ arguments: [String], options known: Set<String>, flags knownFlags: Set<String>, choices: [String: [String]] = [:]) {
    var choices = choices
    if known.contains("--lang") { choices["--lang"] = ["id", "en"] }
    var index = 0
    while index < arguments.count {
      let argument = arguments[index]
      index += 1
      if argument == "-" || !argument.hasPrefix("-") {
        positionals.append(argument)
        continue
      }
      var name = argument
      var value: String?
      if let equals = argument.firstIndex(of: "=") {
        name = String(argument[..<equals])
        value = String(argument[argument.index(after: equals)...])
      }
      if knownFlags.contains(name) || name == "--help" || name == "-h" {
        flags.insert(name == "-h" ? "--help" : name)
      } else if known.contains(name) {
        if value == nil {
          guard index < arguments.count else {
            problem = "option `\(name)` needs a value"
            return
          }
          value = arguments[index]
          index += 1
        }
        if let allowed = choices[name], let value, !allowed.contains(value) {
          problem = "`\(name)` expects \(Self.alternatives(allowed)), found `\(DisplayText.escaped(value))`"
          return
        }
        options[name] = value
      } else {
        problem = "unknown option `\(DisplayText.escaped(name))`"
        return
      }
    }
  }

  /// "text, json or html".
  static func alternatives(_ values: [String]) -> String {
    values.count < 2 ? values.joined() : values.dropLast().joined(separator: ", ") + " or " + values.last!
  }

  /// A usage problem as printed: coded, then the command's help.
  static func usageError(_ problem: String, help: String) -> String {
    "error[E0007]: \(problem)\n\n\(help)\n"
  }

  /// The value of a numeric option, or a problem naming it; nil when the option is absent.
  func positiveInteger(_ name: String) -> Result<Int?, UsageProblem> {
    guard let text = options[name] else { return .success(nil) }
    guard let value = Int(text), value > 0 else {
      return .failure(UsageProblem(text: "`\(name)` expects a positive whole number, found `\(DisplayText.escaped(text))`"))
    }
    return .success(value)
  }

  /// The limits of evaluation, each adjustable by its own option (docs/reliability.md, "Limits").
  static let limitOptions: Set<String> = [
    "--max-case-bytes", "--max-input-facts", "--max-derived-facts", "--max-steps", "--max-held-bindings", "--max-passes",
  ]

  /// The limits, or nil after printing the usage error of a bad value.
  func limits(help: String, errors: inout some TextOutputStream) -> Limits? {
    switch limits() {
    case .success(let value): return value
    case .failure(let problem):
      errors.write(Self.usageError(problem.text, help: help))
      return nil
    }
  }

  func limits() -> Result<Limits, UsageProblem> {
    var limits = Limits()
    let settings: [(String, WritableKeyPath<Limits, Int>)] = [
      ("--max-case-bytes", \.maxCaseBytes), ("--max-input-facts", \.maxInputFacts), ("--max-derived-facts", \.maxDerivedFacts),
      ("--max-steps", \.maxSteps), ("--max-held-bindings", \.maxHeldBindings), ("--max-passes", \.maxIterations),
    ]
    for (name, path) in settings {
      switch positiveInteger(name) {
      case .success(let value?): limits[keyPath: path] = value
      case .success(nil): break
      case .failure(let problem): return .failure(problem)
      }
    }
    return .success(limits)
  }

  func language(default fallback: Language) -> Language? {
    guard let text = options["--lang"] else { return fallback }
    return Language(rawValue: text)
  }
}

/// A mistake on the command line, said in words that name the option.
struct UsageProblem: Error {
  let text: String
}
