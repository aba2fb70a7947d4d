/// Renders diagnostics as text in the rustc style, or as JSON for tools.
public struct DiagnosticRenderer {
  public let sources: SourceSet
  public let language: Language

  public init(sources: SourceSet, language: Language) {
    self.sources = sources
    self.language = language
  }

  public func renderText(_ diagnostics: [Diagnostic]) -> String {
    var out = ""
    for diagnostic in diagnostics {
      out += renderText(diagnostic)
      out += "\n"
    }
    let errors = diagnostics.filter { $0.severity == .error }.count
    if errors > 0 {
      out +=
        language == .en
        ? "error: \(errors) \(errors == 1 ? "error" : "errors") found\n"
        : "error: ditemukan \(errors) kesalahan\n"
    }
    return out
  }

  public func renderText(_ d: Diagnostic) -> String {
    // File names, JSON paths, messages and quoted lines may hold text from the user's files:
    // each is printed through `DisplayText`, so no control character reaches the terminal.
    var out = "\(d.severity.rawValue)[\(d.code)]: \(DisplayText.escaped(d.message.text(language), keepTabs: true))\n"
    switch d.location {
    case .span(let span):
      out += snippet(span: span, label: d.label?.text(language), arrow: true)
    case .json(let file, let path, let position):
      let at = position.map { ":\($0.line):\($0.column)" } ?? ""
      out += " --> \(DisplayText.escaped(file))\(at) \(language == .en ? "at" : "pada") \(DisplayText.escaped(path))\n"
    case .file(let file):
      out += " --> \(DisplayText.escaped(file))\n"
    }
    for label in d.labels {
      out += snippet(span: label.span, label: label.message.text(language), arrow: true)
    }
    for note in d.notes { out += "   = note: \(DisplayText.escaped(note.text(language), keepTabs: true))\n" }
    if let help = d.help { out += "   = help: \(DisplayText.escaped(help.text(language), keepTabs: true))\n" }
    return out
  }

  func snippet(span: Span, label: String?, arrow: Bool) -> String {
    let file = sources[span.file]
    let start = file.lineColumn(at: span.start)
    let rawLine = file.lineText(start.line)
    let lineText = DisplayText.escaped(rawLine, keepTabs: true)
    // Columns as shown: a control character before the caret is shown as a longer escape.
    let shownColumn = DisplayText.escaped(String(String.UnicodeScalarView(rawLine.unicodeScalars.prefix(start.column - 1))), keepTabs: true)
      .unicodeScalars.count + 1
    let gutter = String(repeating: " ", count: String(start.line).count)
    var out = "\(gutter)--> \(DisplayText.escaped(file.path)):\(start.line):\(start.column)\n"
    out += "\(gutter) |\n"
    out += "\(start.line) | \(lineText)\n"
    // The caret runs to the end of the span or of the line, whichever comes first.
    let end = file.lineColumn(at: span.end)
    let lineLength = lineText.unicodeScalars.count
    let width: Int
    if end.line == start.line {
      width = max(1, end.column - start.column)
    } else {
      width = max(1, lineLength - start.column + 1)
    }
    let pad = String(repeating: " ", count: max(0, shownColumn - 1))
    let carets = String(repeating: "^", count: min(width, max(1, 400 - start.column + 1)))
    out += "\(gutter) | \(pad)\(carets)\(label.map { " " + DisplayText.escaped($0, keepTabs: true) } ?? "")\n"
    return out
  }

  /// One JSON object per diagnostic, in an array, with keys in a fixed order.
  public func renderJSON(_ diagnostics: [Diagnostic]) -> String {
    var items: [String] = []
    for d in diagnostics {
      var fields: [(String, String)] = [
        ("code", JSONText.quote(d.code)),
        ("severity", JSONText.quote(d.severity.rawValue)),
        ("message", JSONText.quote(d.message.text(language))),
      ]
      switch d.location {
      case .span(let span):
        let file = sources[span.file]
        let start = file.lineColumn(at: span.start)
        let end = file.lineColumn(at: span.end)
        fields += [
          ("file", JSONText.quote(file.path)),
          ("line", String(start.line)),
          ("column", String(start.column)),
          ("end_line", String(end.line)),
          ("end_column", String(end.column)),
        ]
      case .json(let file, let path, let position):
        fields += [("file", JSONText.quote(file)), ("json_path", JSONText.quote(path))]
        if let position {
          fields += [("line", String(position.line)), ("column", String(position.column))]
        }
      case .file(let file):
        fields += [("file", JSONText.quote(file))]
      }
      if let help = d.help { fields.append(("help", JSONText.quote(help.text(language)))) }
      if !d.notes.isEmpty {
        fields.append(("notes", "[" + d.notes.map { JSONText.quote($0.text(language)) }.joined(separator: ",") + "]"))
      }
      items.append("{" + fields.map { "\(JSONText.quote($0.0)):\($0.1)" }.joined(separator: ",") + "}")
    }
    return "[" + items.joined(separator: ",\n ") + "]\n"
  }
}

/// Minimal JSON text helpers shared by every writer.
public enum JSONText {
  /// Appends the text as a JSON string. Plain text (no quote, backslash, control character,
  /// DEL, C1 control, line/paragraph separator or direction override) is copied whole; the rest
  /// goes through `quote`.
  public static func quote(_ text: String, into out: inout [UInt8]) {
    var text = text
    let plain = text.withUTF8 { bytes -> Bool in
      for byte in bytes where byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 || byte == 0x7F || byte == 0xE2 || byte == 0xC2 {
        return false
      }
      out.append(UInt8(ascii: "\""))
      out.append(contentsOf: bytes)
      out.append(UInt8(ascii: "\""))
      return true
    }
    if !plain { out += quote(text).utf8 }
  }

  public static func quote(_ text: String) -> String {
    var out = "\""
    out.reserveCapacity(text.utf8.count + 2)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      default:
        // Control characters, C1 controls and direction overrides are escaped too, so JSON
        // printed on a terminal cannot drive it (`DisplayText` does the same for text).
        if DisplayText.needsEscape(scalar, keepTabs: false) || scalar.value == 0x2028 || scalar.value == 0x2029 {
          let hex = String(scalar.value, radix: 16)
          out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out + "\""
  }
}
