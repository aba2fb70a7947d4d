import Foundation
import Netra
import Testing

/// Drives `netra lsp` over standard input and output, as an editor would.
@Suite struct LanguageServerTests {
  static func frame(_ json: String) -> Data { Data(("Content-Length: \(json.utf8.count)\r\n\r\n" + json).utf8) }

  /// Reads framed messages from the server's output until `count` have arrived.
  static func readMessages(_ handle: FileHandle, count: Int) -> [JSONValue] {
    var buffer: [UInt8] = []
    var messages: [JSONValue] = []
    while messages.count < count {
      let data = handle.availableData
      if data.isEmpty { break }
      buffer += data
      while let headerEnd = (0..<max(0, buffer.count - 3)).first(where: { buffer[$0..<$0 + 4].elementsEqual([13, 10, 13, 10]) }) {
        let header = String(decoding: buffer[..<headerEnd], as: UTF8.self)
        guard let length = Int(header.split(separator: ":")[1].trimmingCharacters(in: .whitespaces)),
          buffer.count >= headerEnd + 4 + length
        else { break }
        let body = Array(buffer[(headerEnd + 4)..<(headerEnd + 4 + length)])
        buffer.removeFirst(headerEnd + 4 + length)
        if case .success(let message) = JSONReader.read(body) { messages.append(message) }
      }
    }
    return messages
  }

  @Test func diagnosticsHoverAndDefinitionOverStdio() throws {
    let binary = try #require(BatchTests.netraBinary(), "build the `netra` executable first (swift build)")
    let process = Process()
    process.executableURL = URL(fileURLWithPath: binary)
    process.arguments = ["lsp"]
    let input = Pipe()
    let output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    try process.run()

    let good = """
      ruleset t version \\"1\\"\\nsource pp94_2021 \\"PP 94/2021\\" effective 2021-08-31\\ninput record K { id: Text key  o: [O] }\\nrecord O { id: Text key }\\nfinding record F { o: Text }\\nrule r \\"Judul\\" basis pp94_2021 \\"Pasal 5 huruf n angka 1\\" when x: O then F { o: x.id }\\n
      """
    let bad = good.replacingOccurrences(of: "when x: O", with: "when x: Oo")
    let uri = "untitled:test.netra"
    input.fileHandleForWriting.write(Self.frame(#"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}}"#))
    input.fileHandleForWriting.write(Self.frame(#"{"jsonrpc":"2.0","method":"initialized","params":{}}"#))
    input.fileHandleForWriting.write(
      Self.frame(#"{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"\#(uri)","languageId":"netra","version":1,"text":"\#(bad)"}}}"#))
    input.fileHandleForWriting.write(
      Self.frame(#"{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"\#(uri)","version":2},"contentChanges":[{"text":"\#(good)"}]}}"#))
    // Line 5 (0-based) is the rule; character 25 lies on `pp94_2021`, character 5 on `r`.
    input.fileHandleForWriting.write(
      Self.frame(#"{"jsonrpc":"2.0","id":2,"method":"textDocument/hover","params":{"textDocument":{"uri":"\#(uri)"},"position":{"line":5,"character":5}}}"#))
    input.fileHandleForWriting.write(
      Self.frame(#"{"jsonrpc":"2.0","id":3,"method":"textDocument/hover","params":{"textDocument":{"uri":"\#(uri)"},"position":{"line":5,"character":25}}}"#))
    input.fileHandleForWriting.write(
      Self.frame(#"{"jsonrpc":"2.0","id":4,"method":"textDocument/definition","params":{"textDocument":{"uri":"\#(uri)"},"position":{"line":5,"character":25}}}"#))
    input.fileHandleForWriting.write(Self.frame(#"{"jsonrpc":"2.0","id":5,"method":"shutdown"}"#))
    input.fileHandleForWriting.write(Self.frame(#"{"jsonrpc":"2.0","method":"exit"}"#))

    let messages = Self.readMessages(output.fileHandleForReading, count: 7)
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    try #require(messages.count == 7)

    #expect(messages[0].member("result")?.member("capabilities")?.member("hoverProvider")?.kind == .bool(true))
    // After didOpen: one error on the misspelled record; after didChange: none.
    guard case .array(let first)? = messages[1].member("params")?.member("diagnostics")?.kind,
      case .array(let second)? = messages[2].member("params")?.member("diagnostics")?.kind
    else {
      Issue.record("no diagnostics published")
      return
    }
    #expect(first.count == 1)
    #expect(first.first?.member("code")?.kind == .string("E0201"))
    #expect(first.first?.member("range")?.member("start")?.member("line")?.kind == .number("5"))
    #expect(second.isEmpty)
    guard case .string(let ruleHover)? = messages[3].member("result")?.member("contents")?.member("value")?.kind,
      case .string(let sourceHover)? = messages[4].member("result")?.member("contents")?.member("value")?.kind
    else {
      Issue.record("no hover")
      return
    }
    #expect(ruleHover.contains("pp94_2021.p5.n.1"))
    #expect(sourceHover.contains("2021-08-31"))
    #expect(messages[5].member("result")?.member("range")?.member("start")?.member("line")?.kind == .number("1"))
    #expect(messages[6].member("id")?.kind == .number("5"))
  }
}
