import Foundation
import Testing

@testable import NetraCLI

/// The batch reader splits any input into the same lines, mapped or read, whatever the window.
@Suite struct LineReaderTests {
  /// Lines as the reader should give them: split at newlines, a carriage return before a newline
  /// dropped, no line after a final newline.
  static func expectedLines(_ bytes: [UInt8]) -> [[UInt8]] {
    var lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { line in
      line.last == UInt8(ascii: "\r") ? Array(line.dropLast()) : Array(line)
    }
    if bytes.last == UInt8(ascii: "\n") || bytes.isEmpty { lines.removeLast() }
    return lines
  }

  static func readAll(_ path: String, window: Int, readChunk: Int, mapping: Bool) throws -> [[UInt8]] {
    let reader = try #require(LineReader(path: path, window: window, readChunk: readChunk, mapping: mapping))
    var lines: [[UInt8]] = []
    // Owners are kept, as blocks keep them, so earlier lines must stay readable to the end.
    var kept: [(UnsafeBufferPointer<UInt8>, AnyObject)] = []
    while let (line, owner) = reader.next() { kept.append((line, owner)) }
    for (line, _) in kept { lines.append(Array(line)) }
    #expect(reader.problem == nil)
    return lines
  }

  static let inputs: [(String, [UInt8])] = {
    let long = [UInt8](repeating: UInt8(ascii: "x"), count: 20_000)
    var mixed: [UInt8] = []
    for index in 0..<500 {
      mixed += Array("{\"kasus\":\"K-\(index)\"}".utf8)
      mixed += index % 7 == 0 ? Array("\r\n".utf8) : [UInt8(ascii: "\n")]
      if index % 50 == 0 { mixed += [UInt8(ascii: "\n")] }  // a blank line
      if index == 250 { mixed += long + [UInt8(ascii: "\n")] }
    }
    return [
      ("empty", []),
      ("one line without a newline", Array("{}".utf8)),
      ("only newlines", Array("\n\n\r\n".utf8)),
      ("no final newline", mixed + Array("{\"last\":1}".utf8)),
      ("final newline", mixed),
      ("one long line", long),
    ]
  }()

  @Test(arguments: inputs.indices)
  func mappedAndReadInputGiveTheSameLines(index: Int) throws {
    let (name, bytes) = Self.inputs[index]
    let path = try CLITests.temporaryFile("reader-\(index).jsonl", bytes)
    defer { try? FileManager.default.removeItem(atPath: path) }
    let expected = Self.expectedLines(bytes)
    for (window, chunk) in [(1, 1), (4096, 7), (5000, 1000), (8 << 20, 4 << 20)] {
      for mapping in [true, false] {
        let lines = try Self.readAll(path, window: window, readChunk: chunk, mapping: mapping)
        #expect(lines == expected, "\(name), window \(window), chunk \(chunk), mapped \(mapping)")
      }
    }
  }

  /// A line longer than the limit comes out as a prefix longer than the limit (the evaluator
  /// reports it as too large) and the lines after it come out whole: one line out for each in.
  @Test func overlongLinesArePrefixesAndTheRestGoesOn() throws {
    let long = [UInt8](repeating: UInt8(ascii: "y"), count: 50_000)
    var bytes: [UInt8] = []
    for index in 0..<40 { bytes += Array("{\"n\":\(index)}\n".utf8) + (index % 10 == 3 ? long + [0x0A] : []) }
    bytes += long  // an overlong last line without a newline
    let path = try CLITests.temporaryFile("reader-long.jsonl", bytes)
    defer { try? FileManager.default.removeItem(atPath: path) }
    let expected = Self.expectedLines(bytes)
    for (window, chunk) in [(1, 1), (4096, 700), (8 << 20, 4 << 20)] {
      for mapping in [true, false] {
        let reader = try #require(LineReader(path: path, maxLineBytes: 1_000, window: window, readChunk: chunk, mapping: mapping))
        var lines: [[UInt8]] = []
        var kept: [AnyObject] = []
        while let (line, owner) = reader.next() {
          lines.append(Array(line))
          kept.append(owner)
        }
        let context = "window \(window), chunk \(chunk), mapped \(mapping)"
        #expect(lines.count == expected.count, "\(context)")
        for (got, want) in zip(lines, expected) {
          if want.count > 1_000 {
            #expect(got.count > 1_000 && want.starts(with: got), "\(context)")
          } else {
            #expect(got == want, "\(context)")
          }
        }
      }
    }
  }

  @Test func aDirectoryIsAReadError() throws {
    let directory = FileManager.default.temporaryDirectory.path
    let reader = try #require(LineReader(path: directory))
    #expect(reader.next() == nil)
    #expect(reader.problem?.text.contains("cannot read the input") == true)
    // The command names what the path is before reading it.
    let run = CLITests.run(["eval", CLITests.path("rulesets/contoh"), "--batch", directory])
    #expect(run.code == 2)
    #expect(run.errors.contains("error[E0004]: the batch input \(directory) is a directory"))
  }
}
