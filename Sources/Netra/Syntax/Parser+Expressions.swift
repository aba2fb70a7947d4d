extension Parser {
  /// expression := or
  mutating func parseExpression() throws -> Expr {
    depth += 1
    defer { depth -= 1 }
    if depth > Parser.maxDepth { throw tooDeep() }
    return try parseOr()
  }

  mutating func parseOr() throws -> Expr {
    var left = try parseAnd()
    while match(.or) {
      let right = try parseAnd()
      left = Expr(.binary(.or, left, right), left.span.joined(with: right.span))
    }
    return left
  }

  /// `and` inside an expression binds only when the next operand cannot start a new condition
  /// item, so `a == 1 and b: T` still reads as two items.
  mutating func parseAnd() throws -> Expr {
    var left = try parseNot()
    while check(.and), !(peekKind(1) == .identifier && peekKind(2) == .colon), peekKind(1) != .keyword(.no) {
      advance()
      let right = try parseNot()
      left = Expr(.binary(.and, left, right), left.span.joined(with: right.span))
    }
    return left
  }

  mutating func parseNot() throws -> Expr {
    if check(.not) {
      let start = advance().span
      depth += 1
      defer { depth -= 1 }
      if depth > Parser.maxDepth { throw tooDeep() }
      let operand = try parseNot()
      return Expr(.not(operand), start.joined(with: operand.span))
    }
    return try parseComparison()
  }

  mutating func parseComparison() throws -> Expr {
    let left = try parseRange()
    let op: BinaryOperator
    switch current.kind {
    case .equalEqual: op = .equal
    case .bangEqual: op = .notEqual
    case .less: op = .less
    case .lessEqual: op = .lessEqual
    case .greater: op = .greater
    case .greaterEqual: op = .greaterEqual
    case .keyword(.in): op = .in
    case .keyword(.not) where peekKind(1) == .keyword(.in):
      advance()
      op = .notIn
    case .keyword(.during): op = .during
    case .keyword(.before): op = .before
    case .keyword(.after): op = .after
    default: return left
    }
    advance()
    let right = try parseRange()
    return Expr(.binary(op, left, right), left.span.joined(with: right.span))
  }

  /// range := additive [ ".." additive ]
  mutating func parseRange() throws -> Expr {
    let left = try parseAdditive()
    if match(.dotDot) {
      let right = try parseAdditive()
      return Expr(.period(left, right), left.span.joined(with: right.span))
    }
    return left
  }

  mutating func parseAdditive() throws -> Expr {
    var left = try parseMultiplicative()
    while check(.plus) || check(.minus) {
      let op: BinaryOperator = advance().kind == .plus ? .plus : .minus
      let right = try parseMultiplicative()
      left = Expr(.binary(op, left, right), left.span.joined(with: right.span))
    }
    return left
  }

  mutating func parseMultiplicative() throws -> Expr {
    var left = try parseUnary()
    while check(.star) || check(.slash) {
      let op: BinaryOperator = advance().kind == .star ? .times : .divide
      let right = try parseUnary()
      left = Expr(.binary(op, left, right), left.span.joined(with: right.span))
    }
    return left
  }

  mutating func parseUnary() throws -> Expr {
    if check(.minus) {
      let start = advance().span
      depth += 1
      defer { depth -= 1 }
      if depth > Parser.maxDepth { throw tooDeep() }
      let operand = try parseUnary()
      return Expr(.negate(operand), start.joined(with: operand.span))
    }
    return try parsePostfix()
  }

  mutating func parsePostfix() throws -> Expr {
    var expr = try parsePrimary()
    while match(.dot) {
      let field = try expectWord(Message(en: "a field name after `.`", id: "nama medan sesudah `.`"))
      expr = Expr(.member(expr, field), expr.span.joined(with: field.span))
    }
    return expr
  }

  static let durationUnits: [String: DurationUnit] = [
    "day": .days, "days": .days, "hari": .days,
    "month": .months, "months": .months, "bulan": .months,
    "year": .years, "years": .years, "tahun": .years,
  ]

  mutating func parsePrimary() throws -> Expr {
    let token = current
    switch token.kind {
    case .integer:
      advance()
      if check(.identifier), let unit = Parser.durationUnits[current.text] {
        let unitToken = advance()
        return Expr(.duration(amount: token.text, unit: unit), token.span.joined(with: unitToken.span))
      }
      return Expr(.integer(token.text), token.span)
    case .decimal: advance(); return Expr(.decimal(token.text), token.span)
    case .string: advance(); return Expr(.string(token.text), token.span)
    case .date: advance(); return Expr(.date(token.text), token.span)
    case .keyword(.true): advance(); return Expr(.boolean(true), token.span)
    case .keyword(.false): advance(); return Expr(.boolean(false), token.span)
    case .keyword(.none): advance(); return Expr(.none, token.span)
    case .identifier: advance(); return Expr(.name(Name(token.text, token.span)), token.span)
    case .leftParen:
      advance()
      let inner = try parseExpression()
      try expect(.rightParen, Message(en: "`)`", id: "`)`"))
      return Expr(inner.kind, token.span.joined(with: previous.span))
    case .leftBrace:
      advance()
      var items: [Expr] = []
      while !check(.rightBrace) {
        items.append(try parseExpression())
        if !match(.comma) { break }
      }
      try expect(.rightBrace, Message(en: "`,` or `}`", id: "`,` atau `}`"))
      return Expr(.set(items), token.span.joined(with: previous.span))
    case .leftBracket:
      advance()
      var items: [Expr] = []
      while !check(.rightBracket) {
        items.append(try parseExpression())
        if !match(.comma) { break }
      }
      try expect(.rightBracket, Message(en: "`,` or `]`", id: "`,` atau `]`"))
      return Expr(.set(items), token.span.joined(with: previous.span))
    case .keyword(.if):
      advance()
      let condition = try parseExpression()
      try expect(.then)
      let whenTrue = try parseExpression()
      try expect(.else)
      let whenFalse = try parseExpression()
      return Expr(.conditional(condition, whenTrue, whenFalse), token.span.joined(with: whenFalse.span))
    case .keyword(.count):
      advance()
      let pattern = try parsePattern(bodyRequired: true)
      return Expr(.count(pattern), token.span.joined(with: pattern.span))
    default:
      throw error(expected: Message(en: "an expression", id: "ungkapan"))
    }
  }
}
