/// A small language server (LSP over JSON-RPC): diagnostics on open and change, hover with a
/// rule's basis or a source's dates, and go to definition. Pure: it turns one message into the
/// messages to send; `netra lsp` does the framing on standard input and output.
public struct LanguageServer {
  /// Open documents: URI to text.
  var documents: [String: [UInt8]] = [:]
  /// Other files of the ruleset each document belongs to, read by the caller (URI to bytes).
  let siblings: (String) -> [(uri: String, bytes: [UInt8])]
  public private(set) var shutdownRequested = false

  public init(siblings: @escaping (String) -> [(uri: String, bytes: [UInt8])] = { _ in [] }) {
    self.siblings = siblings
  }

  /// Handles one message body as it came off the wire: the replies, and whether to exit (and
  /// whether that exit follows a `shutdown`). A body that is not JSON gets -32700; one that is not
  /// a request or notification object (an array, a scalar, no `method`) gets -32600; after
  /// `shutdown`, every request but `exit` gets -32600 and notifications are dropped.
  public mutating func handle(body: [UInt8]) -> (replies: [JSONNode], exit: Bool?) {
    guard case .success(let message) = JSONReader.read(body) else {
      return ([errorResponse(nil, code: -32700, "parse error: the message body is not JSON")], nil)
    }
    guard case .object = message.kind else {
      return ([errorResponse(nil, code: -32600, "invalid request: a message must be one JSON object (batches are not used by LSP)")], nil)
    }
    let id = message.member("id").map(JSONNode.init)
    guard case .string(let method)? = message.member("method")?.kind else {
      // A response from the client (it has an `id` and a `result` or `error`) needs no reply.
      if message.member("result") != nil || message.member("error") != nil { return ([], nil) }
      return ([errorResponse(id, code: -32600, "invalid request: no `method`")], nil)
    }
    if method == "exit" { return ([], shutdownRequested) }
    if shutdownRequested {
      guard id != nil else { return ([], nil) }
      return ([errorResponse(id, code: -32600, "invalid request: the server is shutting down; only `exit` is accepted")], nil)
    }
    return (handle(message), nil)
  }

  func errorResponse(_ id: JSONNode?, code: Int, _ text: String) -> JSONNode {
    .object([
      ("jsonrpc", .string("2.0")), ("id", id ?? .null), ("error", .object([("code", .number(String(code))), ("message", .string(text))])),
    ])
  }

  /// Handles one message; returns the messages to send back (responses and notifications).
  public mutating func handle(_ message: JSONValue) -> [JSONNode] {
    let method: String? = if case .string(let m)? = message.member("method")?.kind { m } else { nil }
    let id = message.member("id").map(JSONNode.init)
    let params = message.member("params")
    switch method {
    case "initialize":
      let capabilities: JSONNode = .object([
        ("textDocumentSync", .number("1")), ("hoverProvider", .bool(true)), ("definitionProvider", .bool(true)),
      ])
      return [response(id, .object([("capabilities", capabilities), ("serverInfo", .object([("name", .string("netra")), ("version", .string(Netra.version))]))]))]
    case "textDocument/didOpen", "textDocument/didChange":
      guard let uri = Self.text(params?.member("textDocument")?.member("uri")) else { return [] }
      var text: String?
      if method == "textDocument/didOpen" {
        text = Self.text(params?.member("textDocument")?.member("text"))
      } else if case .array(let changes)? = params?.member("contentChanges")?.kind, let last = changes.last {
        text = Self.text(last.member("text"))
      }
      guard let text else { return [] }
      documents[uri] = Array(text.utf8)
      return [publishDiagnostics(uri)]
    case "textDocument/didClose":
      if let uri = Self.text(params?.member("textDocument")?.member("uri")) { documents[uri] = nil }
      return []
    case "textDocument/hover":
      guard let (uri, offset) = position(params), let (name, loaded) = word(at: offset, uri: uri) else { return [response(id, .null)] }
      guard let text = hoverText(name, loaded) else { return [response(id, .null)] }
      return [response(id, .object([("contents", .object([("kind", .string("markdown")), ("value", .string(text))]))]))]
    case "textDocument/definition":
      guard let (uri, offset) = position(params), let (name, loaded) = word(at: offset, uri: uri),
        let span = declarationSpan(name, loaded)
      else { return [response(id, .null)] }
      return [response(id, location(span, loaded))]
    case "shutdown":
      shutdownRequested = true
      return [response(id, .null)]
    default:
      // Unknown requests get an error; unknown notifications are ignored, as LSP asks.
      if let id { return [errorResponse(id, code: -32601, "method not found")] }
      return []
    }
  }

  func response(_ id: JSONNode?, _ result: JSONNode) -> JSONNode {
    .object([("jsonrpc", .string("2.0")), ("id", id ?? .null), ("result", result)])
  }

  /// The document checked together with the other files of its ruleset.
  func load(_ uri: String) -> Netra.Loaded {
    var files = [(path: uri, bytes: documents[uri] ?? [])]
    for sibling in siblings(uri) where sibling.uri != uri { files.append((sibling.uri, documents[sibling.uri] ?? sibling.bytes)) }
    return Netra.check(files: files)
  }

  func publishDiagnostics(_ uri: String) -> JSONNode {
    let loaded = load(uri)
    var items: [JSONNode] = []
    for diagnostic in loaded.diagnostics {
      guard case .span(let span) = diagnostic.location, loaded.sources[span.file].path == uri else { continue }
      var message = diagnostic.message.en
      if let help = diagnostic.help { message += "\nhelp: " + help.en }
      items.append(
        .object([
          ("range", range(span, loaded)), ("severity", .number(diagnostic.severity == .error ? "1" : "2")),
          ("code", .string(diagnostic.code)), ("source", .string("netra")), ("message", .string(message)),
        ]))
    }
    return .object([
      ("jsonrpc", .string("2.0")), ("method", .string("textDocument/publishDiagnostics")),
      ("params", .object([("uri", .string(uri)), ("diagnostics", .array(items))])),
    ])
  }

  func range(_ span: Span, _ loaded: Netra.Loaded) -> JSONNode {
    let file = loaded.sources[span.file]
    func point(_ offset: Int) -> JSONNode {
      let position = file.lineColumn(at: offset)
      return .object([("line", .number(String(position.line - 1))), ("character", .number(String(position.column - 1)))])
    }
    return .object([("start", point(span.start)), ("end", point(span.end))])
  }

  func location(_ span: Span, _ loaded: Netra.Loaded) -> JSONNode {
    .object([("uri", .string(loaded.sources[span.file].path)), ("range", range(span, loaded))])
  }

  /// URI and byte offset of a text-document position (lines and characters counted from 0).
  func position(_ params: JSONValue?) -> (String, Int)? {
    guard let uri = Self.text(params?.member("textDocument")?.member("uri")), let bytes = documents[uri],
      case .number(let lineText)? = params?.member("position")?.member("line")?.kind,
      case .number(let characterText)? = params?.member("position")?.member("character")?.kind,
      let line = Int(lineText), let character = Int(characterText)
    else { return nil }
    let file = SourceFile(id: FileID(0), path: uri, bytes: bytes)
    guard line >= 0, line < file.lineStarts.count else { return nil }
    var offset = file.lineStarts[line]
    var column = 0
    while offset < bytes.count, column < character, bytes[offset] != UInt8(ascii: "\n") {
      offset += 1
      while offset < bytes.count, bytes[offset] & 0xC0 == 0x80 { offset += 1 }
      column += 1
    }
    return (uri, offset)
  }

  /// The identifier under the cursor, with the document's ruleset loaded.
  func word(at offset: Int, uri: String) -> (String, Netra.Loaded)? {
    let loaded = load(uri)
    guard let file = loaded.sources.files.first(where: { $0.path == uri }) else { return nil }
    let tokens = Lexer.tokenize(file).tokens
    guard let token = tokens.first(where: { $0.kind == .identifier && $0.span.start <= offset && offset <= $0.span.end }) else { return nil }
    return (token.text, loaded)
  }

  func declarations(_ loaded: Netra.Loaded) -> [(name: Name, declaration: Declaration)] {
    loaded.files.flatMap { file in
      file.declarations.compactMap { declaration -> (Name, Declaration)? in
        switch declaration {
        case .source(let d): (d.name, declaration)
        case .enumeration(let d): (d.name, declaration)
        case .record(let d): (d.name, declaration)
        case .constant(let d): (d.name, declaration)
        case .calendar(let d): (d.name, declaration)
        case .rule(let d): (d.name, declaration)
        case .header, .priority, .test: nil
        }
      }
    }
  }

  func declarationSpan(_ name: String, _ loaded: Netra.Loaded) -> Span? {
    declarations(loaded).first { $0.name.text == name }?.name.span
  }

  func hoverText(_ name: String, _ loaded: Netra.Loaded) -> String? {
    guard let (_, declaration) = declarations(loaded).first(where: { $0.name.text == name }) else { return nil }
    switch declaration {
    case .rule(let d):
      var text = "**rule `\(d.name.text)`**" + (d.title.map { " — \($0.text)" } ?? "")
      let citations = d.basis.map { citation -> String in
        let identifier = Locator.identifier(for: citation.locator.text).map { $0.isEmpty ? citation.source.text : citation.source.text + "." + $0 } ?? "?"
        return "- \(citation.source.text) \(citation.locator.text) (`\(identifier)`)"
      }
      text += "\n\nbasis:\n" + citations.joined(separator: "\n")
      if let target = d.exceptionTo { text += "\n\nexception to `\(target.text)`" }
      return text
    case .source(let d):
      var text = "**source `\(d.name.text)`** — \(d.title.text)"
      if let effective = d.effective { text += "\n\nin force from \(effective.text)" }
      if let repealed = d.repealed { text += "\n\nrepealed \(repealed.text)" + (d.replacedBy.map { " by `\($0.text)`" } ?? "") }
      return text
    case .record(let d):
      return "**record `\(d.name.text)`**\n\n" + d.fields.map { "- `\($0.name.text)`" }.joined(separator: "\n")
    case .enumeration(let d):
      return "**enum `\(d.name.text)`**: " + d.cases.map(\.text).joined(separator: ", ")
    case .calendar(let d):
      return "**calendar `\(d.name.text)`**" + (d.title.map { " — \($0.text)" } ?? "")
    case .constant(let d):
      return "**const `\(d.name.text)`**"
    case .header, .priority, .test:
      return nil
    }
  }

  static func text(_ value: JSONValue?) -> String? {
    if case .string(let text)? = value?.kind { return text }
    return nil
  }
}
