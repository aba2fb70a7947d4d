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

  /// The bytes of a case file, or of standard input for `-`, read no further than the case limit
  /// (R0102 past it): `/dev/zero` or a huge file costs the limit, not all of its bytes.
  static func caseBytes(
    _ path: String, limit: Int = Limits().maxCaseBytes, what: Message = Message(en: "the case file", id: "berkas kasus"),
    limitCode: String = "R0102", language: Language = .en, errors: inout some TextOutputStream
  ) -> [UInt8]? {
    switch BoundedFile.read(path, limit: limit, kinds: .stream) {
    case .success(let bytes):
      return bytes
    case .failure(let failure):
      let shown = path == "-" ? "<stdin>" : path
      let diagnostic: Diagnostic
      if case .tooLarge = failure, limitCode == "R0102" {
        diagnostic = Diagnostic(
          "R0102", .json(file: shown, path: "$", position: nil),
          Message(en: "the case is larger than \(limit) bytes", id: "kasus lebih besar dari \(limit) bita"),
          help: Message(
            en: "the limit is a safeguard; raise it with `--max-case-bytes N` if the case is genuine",
            id: "batas ini pengaman; naikkan dengan `--max-case-bytes N` bila kasusnya memang sebesar itu"))
      } else {
        diagnostic = failure.diagnostic(path: shown, what: what, limitCode: limitCode)
      }
      errors.write(DiagnosticRenderer(sources: SourceSet(), language: language).renderText([diagnostic]))
      return nil
    }
  }

  static func day(_ text: String?, errors: inout some TextOutputStream) -> (ok: Bool, day: Day?) {
    guard let text else { return (true, nil) }
    guard let day = Day(parsing: text) else {
      errors.write("error[E0007]: `--as-of` expects a real date like 2024-10-05, found `\(DisplayText.escaped(text))`\n")
      return (false, nil)
    }
    return (true, day)
  }
}
