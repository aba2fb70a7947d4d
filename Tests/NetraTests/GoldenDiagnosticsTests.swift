import Foundation
import Testing

@testable import Netra

/// Every `Golden/diagnostics/bad/*.netra` gives the codes its first line names, rendered as
/// its `.expected` (English) and `.expected-id` (Indonesian) files say.
@Suite struct GoldenDiagnosticsTests {
  static let directory = Support.repository.appendingPathComponent("Tests/NetraTests/Golden/diagnostics/bad")
  static let cases: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? [])
    .filter { $0.hasSuffix(".netra") }.sorted()

  @Test(arguments: cases)
  func diagnosticsMatchGolden(name: String) throws {
    let path = "Tests/NetraTests/Golden/diagnostics/bad/" + name
    let text = try String(contentsOfFile: Support.path(path), encoding: .utf8)
    let loaded = Netra.check(files: [(path, Array(text.utf8))])
    let firstLine = text.split(separator: "\n").first ?? ""
    let expectedCodes = firstLine.replacingOccurrences(of: "# expect:", with: "").split(separator: " ").map(String.init)
    #expect(loaded.diagnostics.map(\.code) == expectedCodes)
    let base = String(name.dropLast(".netra".count))
    try Support.golden(DiagnosticRenderer(sources: loaded.sources, language: .en).renderText(loaded.diagnostics), "diagnostics/bad/\(base).expected")
    try Support.golden(DiagnosticRenderer(sources: loaded.sources, language: .id).renderText(loaded.diagnostics), "diagnostics/bad/\(base).expected-id")
  }

  @Test func exampleDiagnosticsAsJSON() throws {
    let path = "Tests/NetraTests/Golden/diagnostics/bad/misspelled-record.netra"
    let text = try String(contentsOfFile: Support.path(path), encoding: .utf8)
    let loaded = Netra.check(files: [(path, Array(text.utf8))])
    try Support.golden(DiagnosticRenderer(sources: loaded.sources, language: .en).renderJSON(loaded.diagnostics), "diagnostics/misspelled-record.json")
  }
}
