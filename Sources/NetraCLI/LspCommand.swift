import Foundation
import Netra

#if canImport(Glibc)
  import Glibc
#endif

/// `netra lsp`: the language server on standard input and output (LSP base protocol framing).
enum LspCommand {
  static let help = """
    usage: netra lsp [--max-header-bytes N] [--max-body-bytes N]

    Runs a language server (JSON-RPC over stdio, as editors expect): diagnostics as you type,
    hover on a rule for its legal basis or on a source for its dates, go to definition.
    A `file://` document is checked together with the other .netra files of its directory.

      --max-header-bytes N   the longest message header accepted (default 8192); a longer one
                             stops the server with R0107 instead of being read without end
      --max-body-bytes N     the longest message body accepted (default 67108864), R0107 past it

    A body that is not JSON gets the JSON-RPC error -32700, a body that is not a request object
    (an array, a number, an object without `method`) -32600; after `shutdown`, requests get
    -32600 too, and `exit` ends the server (exit code 0 after `shutdown`, 1 without it).
    """

  static func run(_ arguments: [String], output: inout some TextOutputStream, errors: inout some TextOutputStream) -> Int32 {
    let args = Arguments(arguments, options: ["--max-header-bytes", "--max-body-bytes"], flags: [])
    if args.flags.contains("--help") {
      output.write(help + "\n")
      return ExitCode.success
    }
    var framer = MessageFramer()
    switch (args.positiveInteger("--max-header-bytes"), args.positiveInteger("--max-body-bytes")) {
    case (.success(let header), .success(let body)):
      framer = MessageFramer(maxHeaderBytes: header ?? framer.maxHeaderBytes, maxBodyBytes: body ?? framer.maxBodyBytes)
    case (.failure(let problem), _), (_, .failure(let problem)):
      errors.write(Arguments.usageError(problem.text, help: help))
      return ExitCode.badInput
    }
    if let problem = args.problem ?? (args.positionals.isEmpty ? nil : "`netra lsp` takes no paths; editors send documents over standard input") {
      errors.write(Arguments.usageError(problem, help: help))
      return ExitCode.badInput
    }
    var server = LanguageServer(siblings: siblings)
    let sink = StandardStream.output.writer
    var chunk = [UInt8](repeating: 0, count: 64 * 1024)
    while true {
      while let event = framer.next() {
        switch event {
        case .broken(let reason):
          errors.write("error[R0107]: netra lsp: \(reason); the stream cannot be read on\n")
          return ExitCode.badInput
        case .message(let body):
          let (replies, exit) = server.handle(body: body)
          for reply in replies {
            let text = reply.serialized(pretty: false)
            sink.write("Content-Length: \(text.utf8.count)\r\n\r\n" + text)
          }
          if sink.failure != nil { return ExitCode.badInput }
          // LSP asks for exit code 0 after `shutdown` and 1 without it.
          if let exit { return exit ? 0 : 1 }
        }
      }
      let got = chunk.withUnsafeMutableBytes { read(0, $0.baseAddress, $0.count) }
      if got < 0, errno == EINTR { continue }
      if got <= 0 { return ExitCode.success }
      framer.append(chunk[0..<got])
    }
  }

  /// The other .netra files in the directory of a `file://` document: regular files only, each
  /// read no further than the ruleset file limit, and no link that leads out of the directory
  /// (as `netra check` reads a ruleset).
  static func siblings(_ uri: String) -> [(uri: String, bytes: [UInt8])] {
    guard uri.hasPrefix("file://") else { return [] }
    let path = String(uri.dropFirst("file://".count))
    let directory = (path as NSString).deletingLastPathComponent
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory), let root = Netra.realPath(directory) else { return [] }
    return names.filter { $0.hasSuffix(".netra") }.sorted().compactMap { name in
      let file = directory + "/" + name
      guard let target = Netra.realPath(file), target.hasPrefix(root + "/") else { return nil }
      guard case .success(let bytes) = BoundedFile.read(file, limit: Netra.maxFileBytes, kinds: .regular) else { return nil }
      return ("file://" + file, bytes)
    }
  }
}
