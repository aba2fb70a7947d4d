import Foundation
import Netra

/// Reading rulesets and case files for commands; errors rendered once, the same way everywhere.
enum Input {
  /// Loads and checks a ruleset, printing diagnostics; nil when it has errors.
  static func ruleset(_ path: String, language: Language, errors: inout some TextOutputStream) -> CheckedRuleset? {
    let loaded = Netra.load(path: path)
    let renderer = DiagnosticRenderer(sources: loaded.sources, language: language)
    if !loaded.diagnostics.isEmpty { errors.write(renderer.renderText(loaded.diagnostics)) }
    return loaded.program
  }

  /// The bytes of a case file, or of standard input for `-`.
  static func caseBytes(_ path: String, errors: inout some TextOutputStream) -> [UInt8]? {
    if path == "-" { return [UInt8](FileHandle.standardInput.readDataToEndOfFile()) }
    guard let handle = FileHandle(forReadingAtPath: path) else {
      errors.write("error[E0001]: cannot read the case file\n --> \(path)\n")
      return nil
    }
    defer { try? handle.close() }
    return [UInt8]((try? handle.readToEnd()) ?? Data())
  }

  static func day(_ text: String?, errors: inout some TextOutputStream) -> (ok: Bool, day: Day?) {
    guard let text else { return (true, nil) }
    guard let day = Day(parsing: text) else {
      errors.write("error: `--as-of` expects a real date like 2024-10-05, found `\(text)`\n")
      return (false, nil)
    }
    return (true, day)
  }
}
