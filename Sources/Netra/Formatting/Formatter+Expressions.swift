/// Expressions and conditions. Parentheses are not kept in the syntax tree, so they are put back
/// where the parser's precedence needs them, and around a few forms people read better with
/// them: a comparison under `not`, and an `if` anywhere but a whole value or an `else` branch.
extension Formatter {
  /// How tightly an expression binds, from the grammar (`grammar/netra.ebnf`): an operand whose
  /// precedence is below what its position needs is printed in parentheses.
  enum Precedence {
    static let conditional = 0
    static let or = 1
    static let and = 2
    static let not = 3
    static let comparison = 4
    static let range = 5
    static let additive = 6
    static let multiplicative = 7
    static let negate = 8
    static let postfix = 9
    static let primary = 10
  }

  static func precedence(_ kind: ExprKind) -> Int {
    switch kind {
    case .conditional: Precedence.conditional
    case .binary(let op, _, _): precedence(op)
    case .not: Precedence.not
    case .period: Precedence.range
    case .negate: Precedence.negate
    case .member: Precedence.postfix
    case .integer, .decimal, .string, .date, .boolean, .none, .duration, .name, .set, .count: Precedence.primary
    }
  }

  static func precedence(_ op: BinaryOperator) -> Int {
    switch op {
    case .or: Precedence.or
    case .and: Precedence.and
    case .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual, .in, .notIn, .during, .before, .after:
      Precedence.comparison
    case .plus, .minus: Precedence.additive
    case .times, .divide: Precedence.multiplicative
    }
  }

  /// An expression in a position that needs at least `minimum` precedence.
  mutating func expr(_ e: Expr, _ minimum: Int = Precedence.conditional) -> Doc {
    let doc = bare(e)
    return Formatter.precedence(e.kind) < minimum ? .concat([.text("("), doc, .text(")")]) : doc
  }

  /// `prefix value`, or for an `if`, the value on the next line when it does not fit.
  mutating func valueAfter(_ prefix: Doc, _ value: Expr) -> Doc {
    if case .conditional = value.kind {
      return .group(.concat([prefix, .nest(2, .concat([.line, expr(value)]))]))
    }
    return .concat([prefix, .text(" "), expr(value)])
  }

  mutating func bare(_ e: Expr) -> Doc {
    switch e.kind {
    case .integer(let text), .decimal(let text), .date(let text): return .text(text)
    case .string(let text): return .text(Formatter.quote(text))
    case .boolean(let flag): return kwDoc(flag ? .true : .false)
    case .none: return kwDoc(.none)
    case .duration(let amount, _):
      // The unit as written (`days`, `hari`): it is a word, not a keyword.
      let unit = file.text(of: e.span).split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }).last
      return .text(amount + " " + (unit.map(String.init) ?? "days"))
    case .name(let name): return .text(name.text)
    case .member(let base, let field):
      return .concat([expr(base, Precedence.postfix), .text("." + field.text)])
    case .not(let operand):
      return .concat([.text(kw(.not) + " "), expr(operand, Precedence.range)])
    case .negate(let operand):
      return .concat([.text("-"), expr(operand, Precedence.negate)])
    case .binary(let op, let left, let right):
      return binary(op, left, right)
    case .set(let items):
      var parts: [Doc] = []
      for item in items { parts.append(expr(item, Precedence.or)) }
      let (open, close) = brackets(of: e)
      if items.isEmpty { return .text(open + close) }
      return .group(.concat([.text(open), .nest(2, .concat([.softLine, Formatter.commaFill(parts)])), .softLine, .text(close)]))
    case .period(let from, let to):
      return .concat([expr(from, Precedence.additive), .text(" .. "), expr(to, Precedence.additive)])
    case .conditional:
      return conditional(e)
    case .count(let pattern):
      return .concat([.text(kw(.count) + " "), self.pattern(pattern, bodyRequired: true)])
    }
  }

  /// `[` and `]` for a list written so, `{` and `}` otherwise: both parse to the same set.
  func brackets(of e: Expr) -> (String, String) {
    var index = e.span.start
    while index < e.span.end,
      [UInt8(ascii: "("), UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r")].contains(file.bytes[index])
    {
      index += 1
    }
    return index < e.span.end && file.bytes[index] == UInt8(ascii: "[") ? ("[", "]") : ("{", "}")
  }

  mutating func binary(_ op: BinaryOperator, _ left: Expr, _ right: Expr) -> Doc {
    let level = Formatter.precedence(op)
    switch op {
    case .and, .or:
      // A chain `a or b or c` breaks before each operator when it does not fit.
      var operands = [right]
      var first = left
      while case .binary(op, let innerLeft, let innerRight) = first.kind {
        operands.append(innerRight)
        first = innerLeft
      }
      let keyword = kw(op == .and ? .and : .or)
      var rest: [Doc] = []
      // An `and` inside an `or` is put in parentheses: not needed, but easier to read.
      let minimum = op == .or ? Precedence.and + 1 : level + 1
      for operand in operands.reversed() { rest += [.line, .text(keyword + " "), expr(operand, minimum)] }
      return .group(.concat([expr(first, op == .or ? minimum : level), .nest(2, .concat(rest))]))
    case .plus, .minus, .times, .divide:
      return .concat([expr(left, level), .text(" \(op.rawValue) "), expr(right, level + 1)])
    default:
      let symbol =
        switch op {
        case .in: kw(.in)
        case .notIn: kw(.not) + " " + kw(.in)
        case .during: kw(.during)
        case .before: kw(.before)
        case .after: kw(.after)
        default: op.rawValue
        }
      return .concat([expr(left, Precedence.range), .text(" \(symbol) "), expr(right, Precedence.range)])
    }
  }

  /// `if c then a else if d then b else z`, breaking before each `else` when it does not fit.
  mutating func conditional(_ e: Expr) -> Doc {
    var arms: [Doc] = []
    var current = e
    while case .conditional(let condition, let whenTrue, let whenFalse) = current.kind {
      let keyword = arms.isEmpty ? kw(.if) : kw(.else) + " " + kw(.if)
      arms.append(
        .group(
          .concat([
            .text(keyword + " "), expr(condition, Precedence.or), .text(" " + kw(.then)),
            .nest(2, .concat([.line, expr(whenTrue, Precedence.or)])),
          ])))
      current = whenFalse
    }
    var parts: [Doc] = []
    for arm in arms { parts += [arm, .line] }
    parts += [.text(kw(.else) + " "), expr(current)]
    return .group(.concat(parts))
  }

  /// A condition item. In a list of items, one that starts with `-` is put in parentheses so it
  /// does not read as subtracting from the item above.
  mutating func condition(_ c: Condition, inList: Bool) -> Doc {
    switch c {
    case .binding(let variable, let type):
      return .text("\(variable.text): \(type.text)")
    case .test(let e):
      let doc = expr(e)
      return inList && startsWithMinus(e) ? .concat([.text("("), doc, .text(")")]) : doc
    case .absence(let pattern, _):
      return .concat([.text(kw(.no) + " "), self.pattern(pattern, bodyRequired: false)])
    }
  }

  /// Whether condition `index` must be followed by a comma, though items need no separator: the
  /// next would otherwise be read as part of it (a variable named like a duration unit after a
  /// number, or a set after a `no` pattern without braces, which would read as its body).
  static func needsComma(after index: Int, in conditions: [Condition]) -> Bool {
    guard index + 1 < conditions.count else { return false }
    switch (conditions[index], conditions[index + 1]) {
    case (_, .binding(let variable, _)):
      return Parser.durationUnits[variable.text] != nil
    case (.absence(let pattern, _), .test(let next)):
      return pattern.conditions.isEmpty && startsWithBrace(next)
    default:
      return false
    }
  }

  static func startsWithBrace(_ e: Expr) -> Bool {
    switch e.kind {
    case .set: true
    case .binary(_, let left, _), .member(let left, _), .period(let left, _): startsWithBrace(left)
    default: false
    }
  }

  func startsWithMinus(_ e: Expr) -> Bool {
    switch e.kind {
    case .negate: true
    case .binary(_, let left, _): Formatter.precedence(left.kind) >= Formatter.precedence(e.kind) && startsWithMinus(left)
    case .member(let base, _): startsWithMinus(base)
    case .period(let from, _): startsWithMinus(from)
    default: false
    }
  }

  /// `x: T { conditions }`, on one line (items separated by commas) when it fits.
  mutating func pattern(_ p: Pattern, bodyRequired: Bool) -> Doc {
    let head = Doc.text("\(p.variable.text): \(p.type.text)")
    if p.conditions.isEmpty && !hasComment(in: p.span.start..<p.span.end) {
      return bodyRequired ? .concat([head, .text(" {}")]) : head
    }
    let count = p.conditions.count
    let items = p.conditions.map { condition in
      Item(start: condition.span.start, end: condition.span.end) { f in f.condition(condition, inList: true) }
    }
    let body = list(
      items, separation: .group,
      punctuation: { position in
        guard position < count - 1 else { return .empty }
        return .ifBreak(Formatter.needsComma(after: position, in: p.conditions) ? .text(",") : .empty, flat: .text(","))
      },
      closing: p.span.end)
    return .group(.concat([head, .text(" {"), .nest(2, .concat([.line, body])), .line, .text("}")]))
  }
}
