import Foundation
import Testing

@testable import Netra

/// The report as a browser renders it: headless Chromium (Debian's `chromium` package). Skipped
/// where no Chromium is installed; `scripts/html_screenshot.sh` makes the screenshot in docs/.
@Suite("HTML report in a browser")
struct HTMLRenderingTests {
  static let chromium: String? = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
    .first { FileManager.default.isExecutableFile(atPath: $0) }

  /// Runs Chromium headless on a file and returns its standard output.
  static func chromium(_ arguments: [String]) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: try #require(chromium))
    process.arguments = ["--headless", "--no-sandbox", "--disable-gpu"] + arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self)
  }

  @Test(.enabled(if: chromium != nil, "needs headless Chromium"))
  func theRenderedPageShowsEveryFinding() throws {
    let ruleset = try #require(Netra.load(path: "rulesets/netralitas", relativeTo: Support.repository.path).program)
    let casePath = "rulesets/netralitas/cases/kontrak-yogyakarta-pns-menyukai-unggahan-paslon.json"
    let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: Support.path(casePath))))
    let result = Netra.evaluate(program: ruleset, casePath: casePath, caseBytes: bytes, options: Evaluator.Options(asOf: nil, trace: true))
    #expect(!result.findings.isEmpty)
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("netra-html-\(ProcessInfo.processInfo.processIdentifier)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let page = directory.appendingPathComponent("laporan.html")
    try HTMLReport(result: result, expanded: true).render().write(to: page, atomically: true, encoding: .utf8)

    // The DOM after parsing: every finding is an element, with its code in a cell.
    let dom = try Self.chromium(["--dump-dom", page.absoluteString])
    #expect(dom.components(separatedBy: "<article class=\"finding\">").count - 1 == result.findings.count)
    #expect(dom.contains("<td>medsos_interaksi</td>"))

    // A screenshot with something drawn on it.
    let image = directory.appendingPathComponent("laporan.png")
    _ = try Self.chromium(["--hide-scrollbars", "--window-size=1000,1500", "--screenshot=\(image.path)", page.absoluteString])
    let png = try Data(contentsOf: image)
    #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
    #expect(png.count > 20_000, "a blank page would compress to almost nothing")
  }
}
