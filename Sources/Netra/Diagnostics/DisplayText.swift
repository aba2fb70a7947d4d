/// Text from a case or a ruleset, made safe to print on a terminal.
///
/// A case id, a field name, a source title or a file name may hold ESC, CR, LF or other control
/// characters: printed raw, they can clear the screen, rewrite the title bar (OSC) or forge lines
/// of output. Every such value is shown through `escaped`, which writes each control character
/// as a visible escape (`\u{1b}`, `\n`, ...) and leaves all other text as it is.
public enum DisplayText {
  /// The text with every control character (C0, DEL, C1) and every bidirectional override written
  /// as an escape. Tab is kept only when `keepTabs`.
  public static func escaped(_ text: String, keepTabs: Bool = false) -> String {
    guard text.unicodeScalars.contains(where: { needsEscape($0, keepTabs: keepTabs) }) else { return text }
    var out = ""
    out.reserveCapacity(text.utf8.count + 8)
    for scalar in text.unicodeScalars {
      guard needsEscape(scalar, keepTabs: keepTabs) else {
        out.unicodeScalars.append(scalar)
        continue
      }
      switch scalar {
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      default: out += "\\u{" + String(scalar.value, radix: 16) + "}"
      }
    }
    return out
  }

  /// Whole lines of output: like `escaped`, but line breaks and tabs are kept, so a multi-line
  /// message stays readable while ESC, CR and the rest cannot reach the terminal.
  public static func escapedKeepingLines(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: { $0 != "\n" && needsEscape($0, keepTabs: true) }) else { return text }
    // Split on scalars: "\r\n" is one Character, and its CR must be escaped too.
    return text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
      .map { escaped(String(String.UnicodeScalarView($0)), keepTabs: true) }
      .joined(separator: "\n")
  }

  static func needsEscape(_ scalar: Unicode.Scalar, keepTabs: Bool) -> Bool {
    switch scalar.value {
    case 0x09: !keepTabs
    case 0x00...0x1F, 0x7F...0x9F: true
    // Bidirectional embeddings, overrides and isolates: they reorder what a reader sees.
    case 0x202A...0x202E, 0x2066...0x2069: true
    default: false
    }
  }
}
