import Foundation
import Testing

@testable import Netra

/// Shared helpers: check ruleset text, evaluate a case, locate the repository.
enum Support {
  static let repository: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  static func path(_ relative: String) -> String { repository.appendingPathComponent(relative).path }

  static func check(_ text: String, path: String = "test.netra") -> Netra.Loaded {
    Netra.check(files: [(path, Array(text.utf8))])
  }

  static func check(bytes: [UInt8], path: String = "test.netra") -> Netra.Loaded {
    Netra.check(files: [(path, bytes)])
  }

  /// The text under the primary span of a diagnostic.
  static func underlined(_ diagnostic: Diagnostic, in loaded: Netra.Loaded) -> String {
    guard case .span(let span) = diagnostic.location else { return "" }
    return loaded.sources[span.file].text(of: span)
  }

  static func program(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> CheckedRuleset {
    let loaded = check(text)
    let renderer = DiagnosticRenderer(sources: loaded.sources, language: .en)
    #expect(loaded.diagnostics.isEmpty, "\(renderer.renderText(loaded.diagnostics))", sourceLocation: sourceLocation)
    return try #require(loaded.program, sourceLocation: sourceLocation)
  }

  static func evaluate(_ program: CheckedRuleset, _ json: String, asOf: String? = nil, trace: Bool = true) -> CaseResult {
    Netra.evaluate(
      program: program, casePath: "case.json", caseBytes: Array(json.utf8),
      options: Evaluator.Options(asOf: asOf.flatMap { Day(parsing: $0) }, trace: trace))
  }

  /// Findings as compact lines `field=value ...`, for table assertions.
  static func findingLines(_ result: CaseResult) -> [String] {
    guard let evaluator = result.evaluator else {
      return result.diagnostics.map { "error \($0.code)" }
    }
    return result.findings.map { finding in
      result.program.records[finding.record].fields.enumerated().map { index, field in
        "\(field.name)=\(TextExplainer(result: result, language: .en, explain: false).plain(evaluator.render(finding.fields[index])))"
      }.joined(separator: " ")
    }
  }

  /// Compares `actual` with the golden file, or rewrites it when NETRA_UPDATE_GOLDEN=1.
  static func golden(_ actual: String, _ relative: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
    let file = repository.appendingPathComponent("Tests/NetraTests/Golden").appendingPathComponent(relative)
    if ProcessInfo.processInfo.environment["NETRA_UPDATE_GOLDEN"] == "1" {
      try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
      try actual.write(to: file, atomically: true, encoding: .utf8)
      return
    }
    let expected = try String(contentsOf: file, encoding: .utf8)
    #expect(actual == expected, "golden \(relative) differs; rerun with NETRA_UPDATE_GOLDEN=1 and review the diff", sourceLocation: sourceLocation)
  }
}
