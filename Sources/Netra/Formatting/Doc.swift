/// A document to lay out: text, with places where a line may break.
///
/// Wadler's "prettier printer" in the imperative form Prettier uses: a group is printed on one
/// line when it fits in the width, and otherwise every `line` directly inside it breaks.
indirect enum Doc: Sendable {
  case text(String)
  /// A space, or a line break when the enclosing group is broken.
  case line
  /// Nothing, or a line break when the enclosing group is broken.
  case softLine
  /// Always a line break; every group around it breaks too.
  case hardLine
  case concat([Doc])
  /// Indents the lines that start inside it.
  case nest(Int, Doc)
  /// `mustBreak` is known when the group is built: it holds a hard line or a trailing comment.
  case group(Doc, mustBreak: Bool)
  /// Content and separators alternating (`[item, separator, item, …]`); a separator breaks only
  /// where the next item would not fit, so short items fill each line.
  case fill([Doc])
  /// One of two documents, by the mode of the enclosing group.
  case ifBreak(Doc, flat: Doc)
  /// Text put at the end of the current line, after everything else on it: a trailing comment.
  case lineSuffix(String)

  static let empty = Doc.concat([])

  static func group(_ content: Doc) -> Doc { .group(content, mustBreak: content.forcesBreak) }

  /// Whether the document holds something that cannot be printed on one line.
  var forcesBreak: Bool {
    switch self {
    case .text, .line, .softLine: false
    case .hardLine, .lineSuffix: true
    case .concat(let parts), .fill(let parts): parts.contains { $0.forcesBreak }
    case .nest(_, let content): content.forcesBreak
    case .group(_, let mustBreak): mustBreak
    case .ifBreak(let broken, let flat): broken.forcesBreak || flat.forcesBreak
    }
  }
}

/// Lays a `Doc` out in a given width.
struct LayoutPrinter {
  /// One printed line: its text (indentation included) and its trailing comment, if any.
  struct Line {
    var text: String
    var suffix: String?
  }

  enum Mode { case flat, broken }

  private struct Command {
    let indent: Int
    let mode: Mode
    let doc: Doc
  }

  let width: Int

  func lines(_ doc: Doc) -> [Line] {
    var lines: [Line] = []
    var current = ""
    var column = 0
    var suffix: String?
    var stack = [Command(indent: 0, mode: .broken, doc: doc)]

    func newline(_ indent: Int) {
      while current.last == " " { current.removeLast() }
      lines.append(Line(text: current, suffix: suffix))
      suffix = nil
      current = String(repeating: " ", count: indent)
      column = indent
    }

    while let command = stack.popLast() {
      switch command.doc {
      case .text(let text):
        current += text
        column += text.count
      case .line:
        if command.mode == .flat {
          current += " "
          column += 1
        } else {
          newline(command.indent)
        }
      case .softLine:
        if command.mode == .broken { newline(command.indent) }
      case .hardLine:
        newline(command.indent)
      case .concat(let parts):
        for part in parts.reversed() { stack.append(Command(indent: command.indent, mode: command.mode, doc: part)) }
      case .nest(let amount, let content):
        stack.append(Command(indent: command.indent + amount, mode: command.mode, doc: content))
      case .group(let content, let mustBreak):
        let flat = Command(indent: command.indent, mode: .flat, doc: content)
        let fitsFlat = !mustBreak && fits([flat], rest: stack, room: width - column)
        stack.append(fitsFlat ? flat : Command(indent: command.indent, mode: .broken, doc: content))
      case .fill(let parts):
        guard let first = parts.first else { break }
        let contentFlat = Command(indent: command.indent, mode: .flat, doc: first)
        let contentFits = !first.forcesBreak && fits([contentFlat], rest: [], room: width - column)
        if parts.count >= 3 {
          let separator = parts[1]
          let pair = Command(indent: command.indent, mode: .flat, doc: .concat([first, separator, parts[2]]))
          let pairFits = !first.forcesBreak && !parts[2].forcesBreak && fits([pair], rest: [], room: width - column)
          stack.append(Command(indent: command.indent, mode: command.mode, doc: .fill(Array(parts.dropFirst(2)))))
          stack.append(Command(indent: command.indent, mode: pairFits ? .flat : .broken, doc: separator))
        }
        stack.append(contentFits ? contentFlat : Command(indent: command.indent, mode: .broken, doc: first))
      case .ifBreak(let broken, let flat):
        stack.append(Command(indent: command.indent, mode: command.mode, doc: command.mode == .broken ? broken : flat))
      case .lineSuffix(let text):
        suffix = suffix.map { $0 + " " + text } ?? text
      }
    }
    newline(0)
    return lines
  }

  /// Whether `next` fits in `room` columns, counting what follows it up to the next line break.
  private func fits(_ next: [Command], rest: [Command], room: Int) -> Bool {
    var room = room
    var pending = Array(next.reversed())
    var restIndex = rest.count
    while room >= 0 {
      let command: Command
      if let popped = pending.popLast() {
        command = popped
      } else if restIndex > 0 {
        restIndex -= 1
        command = rest[restIndex]
      } else {
        return true
      }
      switch command.doc {
      case .text(let text): room -= text.count
      case .line:
        if command.mode == .broken { return true }
        room -= 1
      case .softLine:
        if command.mode == .broken { return true }
      case .hardLine: return true
      case .concat(let parts):
        for part in parts.reversed() { pending.append(Command(indent: command.indent, mode: command.mode, doc: part)) }
      case .nest(let amount, let content):
        pending.append(Command(indent: command.indent + amount, mode: command.mode, doc: content))
      case .group(let content, let mustBreak):
        let mode: Mode = mustBreak ? .broken : .flat
        pending.append(Command(indent: command.indent, mode: mode, doc: content))
      case .fill(let parts):
        for part in parts.reversed() { pending.append(Command(indent: command.indent, mode: command.mode, doc: part)) }
      case .ifBreak(let broken, let flat):
        pending.append(Command(indent: command.indent, mode: command.mode, doc: command.mode == .broken ? broken : flat))
      case .lineSuffix:
        break
      }
    }
    return false
  }
}
