import Netra

/// A small argument reader: positionals, `--flag`, and `--option value` or `--option=value`.
struct Arguments {
  var positionals: [String] = []
  var options: [String: String] = [:]
  var flags: Set<String> = []
  var problem: String?

  init(_ arguments: [String], options known: Set<String>, flags knownFlags: Set<String>) {
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
        options[name] = value
      } else {
        problem = "unknown option `\(name)`"
        return
      }
    }
  }

  func language(default fallback: Language) -> Language? {
    guard let text = options["--lang"] else { return fallback }
    return Language(rawValue: text)
  }
}
