import Foundation
import Netra
import Testing

@testable import NetraCLI

/// Batch mode loses nothing: one output line per input line, in order, even across a kill and
/// a `--resume`.
@Suite(.serialized) struct BatchTests {
  static func caseLine(_ number: Int, valid: Bool = true) -> String {
    let date = valid ? "2024-01-\(String(format: "%02d", number % 28 + 1))" : "2024-02-30"
    return """
      {"kasus":"B-\(number)","pihak":[{"id":"o1","jenis":"pns"}],"perbuatan":[{"id":"a1","pelaku":"o1","tanggal":"\(date)","jenis":"hadir_kampanye","atribut":[]}]}
      """
  }

  static func write(_ lines: [String], name: String) throws -> String {
    let path = try CLITests.temporaryFile(name, Array((lines.joined(separator: "\n") + "\n").utf8))
    return path
  }

  static func caseIDs(inOutput path: String) throws -> [String] {
    let text = try String(contentsOfFile: path, encoding: .utf8)
    return text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map { line -> String in
      guard case .success(let document) = JSONReader.read(Array(line.utf8)), case .string(let id)? = document.member("kasus")?.kind else {
        return "unreadable: \(line.prefix(80))"
      }
      return id
    }
  }

  @Test func everyLineYieldsOneLineInOrderAndBadLinesDoNotStopTheRest() throws {
    var lines = (1...300).map { Self.caseLine($0) }
    lines[9] = Self.caseLine(10, valid: false)
    lines[19] = "{not json"
    let input = try Self.write(lines, name: "batch-in.jsonl")
    let output = FileManager.default.temporaryDirectory.appendingPathComponent("batch-out-\(ProcessInfo.processInfo.processIdentifier).jsonl").path
    defer { try? FileManager.default.removeItem(atPath: output) }
    let run = CLITests.run(["eval", CLITests.path("rulesets/contoh"), "--batch", input, "--output", output, "--workers", "2"])
    #expect(run.code == 2)  // some lines were bad
    #expect(run.errors.contains("summary: 300 cases"))
    let ids = try Self.caseIDs(inOutput: output)
    #expect(ids.count == 300)
    var expected = (1...300).map { "B-\($0)" }
    expected[19] = "unreadable"
    #expect(ids.enumerated().allSatisfy { index, id in index == 19 ? id.contains("\"line\":20") : id == expected[index] })
    let text = try String(contentsOfFile: output, encoding: .utf8)
    let outputLines = text.split(separator: "\n")
    #expect(outputLines[9].contains("\"errors\"") && outputLines[9].contains("$.perbuatan[0].tanggal"))
    #expect(outputLines.filter { $0.contains("\"errors\"") }.count == 2)
    #expect(run.errors.contains("2 errors"))
  }

  /// Kills a real batch run part-way, resumes it, and checks every case appears exactly once.
  @Test func killedRunResumesWithoutLosingOrRepeatingACase() throws {
    let binary = try #require(Self.netraBinary(), "build the `netra` executable first (swift build)")
    let count = 30_000
    let input = try Self.write((1...count).map { Self.caseLine($0) }, name: "kill-in.jsonl")
    let output = FileManager.default.temporaryDirectory.appendingPathComponent("kill-out-\(ProcessInfo.processInfo.processIdentifier).jsonl").path
    try? FileManager.default.removeItem(atPath: output)
    defer { try? FileManager.default.removeItem(atPath: output) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: binary)
    process.arguments = ["eval", CLITests.path("rulesets/contoh"), "--batch", input, "--output", output, "--workers", "2"]
    process.standardError = FileHandle.nullDevice
    try process.run()
    // Wait until some output exists, then kill without warning.
    let deadline = Date().addingTimeInterval(60)
    while Date() < deadline {
      let size = (try? FileManager.default.attributesOfItem(atPath: output)[.size] as? Int) ?? 0
      if size > 0 { break }
      usleep(2_000)
    }
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
    let partial = try Self.caseIDs(inOutput: output).count
    #expect(partial < count, "the run finished before it could be killed; raise `count`")

    let resumed = CLITests.run(["eval", CLITests.path("rulesets/contoh"), "--batch", input, "--output", output, "--resume", "--workers", "2"])
    #expect(resumed.code == 0, "\(resumed.errors)")
    let ids = try Self.caseIDs(inOutput: output)
    #expect(ids.count == count)
    #expect(ids == (1...count).map { "B-\($0)" })
  }

  static func netraBinary() -> String? {
    for configuration in ["debug", "release"] {
      let path = CLITests.path(".build/\(configuration)/netra")
      if FileManager.default.isExecutableFile(atPath: path) { return path }
    }
    return nil
  }
}
