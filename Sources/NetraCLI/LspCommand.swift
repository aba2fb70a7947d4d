import Foundation
import Netra

/// `netra lsp`: the language server on standard input and output (LSP base protocol framing).
enum LspCommand {
  static let help = """
    usage: netra lsp

    Runs a language server (JSON-RPC over stdio, as editors expect): diagnostics as you type,
    hover on a rule for its legal basis or on a source for its dates, go to definition.
    A `file://` document is checked together with the other .netra files of its directory.
    """

  static func run(_ arguments: [String], output: inout some TextOutputStream, errors: inout some TextOutputStream) -> Int32 {
    if arguments.contains("--help") || arguments.contains("-h") {
      output.write(help + "\n")
      return ExitCode.success
    }
    var server = LanguageServer(siblings: siblings)
    let input = FileHandle.standardInput
    var buffer: [UInt8] = []
    while true {
      // Header lines up to a blank line, then Content-Length bytes of JSON.
      guard let headerEnd = readUntilBlankLine(input, &buffer) else { return ExitCode.success }
      let header = String(decoding: buffer[..<headerEnd], as: UTF8.self)
      buffer.removeFirst(headerEnd + 4)
      guard let lengthLine = header.split(separator: "\r\n").first(where: { $0.lowercased().hasPrefix("content-length:") }),
        let length = Int(lengthLine.split(separator: ":")[1].trimmingCharacters(in: .whitespaces)), length >= 0, length < 64 << 20
      else {
        errors.write("netra lsp: a message without a valid Content-Length header\n")
        return ExitCode.badInput
      }
      while buffer.count < length {
        let data = input.availableData
        if data.isEmpty { return ExitCode.success }
        buffer += data
      }
      let body = Array(buffer[..<length])
      buffer.removeFirst(length)
      guard case .success(let message) = JSONReader.read(body) else { continue }
      if case .string("exit")? = message.member("method")?.kind { return server.shutdownRequested ? ExitCode.success : 1 }
      for reply in server.handle(message) {
        let text = reply.serialized(pretty: false)
        let framed = "Content-Length: \(text.utf8.count)\r\n\r\n" + text
        FileHandle.standardOutput.write(Data(framed.utf8))
      }
    }
  }

  static func readUntilBlankLine(_ input: FileHandle, _ buffer: inout [UInt8]) -> Int? {
    let separator: [UInt8] = [13, 10, 13, 10]
    while true {
      if buffer.count >= 4 {
        for index in 0...(buffer.count - 4) where Array(buffer[index..<index + 4]) == separator { return index }
      }
      let data = input.availableData
      if data.isEmpty { return nil }
      buffer += data
    }
  }

  /// The other .netra files in the directory of a `file://` document.
  static func siblings(_ uri: String) -> [(uri: String, bytes: [UInt8])] {
    guard uri.hasPrefix("file://") else { return [] }
    let path = String(uri.dropFirst("file://".count))
    let directory = (path as NSString).deletingLastPathComponent
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return [] }
    return names.filter { $0.hasSuffix(".netra") }.sorted().compactMap { name in
      let file = directory + "/" + name
      guard let data = FileManager.default.contents(atPath: file) else { return nil }
      return ("file://" + file, [UInt8](data))
    }
  }
}
