extension Parser {
  mutating func parseFile() -> [Declaration] {
    var declarations: [Declaration] = []
    if isAtEnd {
      diagnostics.append(
        Diagnostic(
          "E0100", at: current.span, en: "the file is empty", id: "berkas kosong",
          help: Message(
            en: "a ruleset file holds declarations such as `ruleset`, `source`, `record` and `rule`",
            id: "berkas himpunan aturan memuat deklarasi seperti `himpunan`, `sumber`, `rekaman` dan `aturan`")))
      return []
    }
    while !isAtEnd {
      let before = index
      do {
        declarations.append(try parseDeclaration())
      } catch {
        if index == before || index <= lastErrorIndex { advance() }
        synchronize()
      }
    }
    return declarations
  }

  mutating func parseDeclaration() throws -> Declaration {
    switch current.kind {
    case .keyword(.ruleset): return .header(try parseHeader())
    case .keyword(.source): return .source(try parseSource())
    case .keyword(.enum): return .enumeration(try parseEnum())
    case .keyword(.record), .keyword(.input), .keyword(.finding): return .record(try parseRecord())
    case .keyword(.const): return .constant(try parseConst())
    case .keyword(.calendar): return .calendar(try parseCalendar())
    case .keyword(.rule): return .rule(try parseRule())
    case .keyword(.priority): return .priority(try parsePriority())
    case .keyword(.test): return .test(try parseTest())
    default:
      throw error(
        expected: Message(
          en: "a declaration (`ruleset`, `source`, `enum`, `record`, `const`, `calendar`, `rule`, `priority` or `test`)",
          id: "deklarasi (`himpunan`, `sumber`, `enumerasi`, `rekaman`, `tetapan`, `kalender`, `aturan`, `prioritas` atau `uji`)"))
    }
  }

  mutating func parseHeader() throws -> HeaderDecl {
    let start = advance().span
    let name = try expectName(Message(en: "the ruleset's name", id: "nama himpunan aturan"))
    var version: Literal?
    if match(.version) { version = try expectString(Message(en: "a version in quotes", id: "versi dalam tanda kutip")) }
    return HeaderDecl(name: name, version: version, span: start.joined(with: previous.span))
  }

  mutating func parseSource() throws -> SourceDecl {
    let start = advance().span
    let name = try expectName(Message(en: "the source's name", id: "nama sumber"))
    let title = try expectString(Message(en: "the source's title in quotes", id: "judul sumber dalam tanda kutip"))
    var effective: Literal?
    var repealed: Literal?
    var replacedBy: Name?
    while true {
      if match(.effective) {
        effective = try expectDate()
      } else if match(.repealed) {
        repealed = try expectDate()
        if match(.by) { replacedBy = try expectName(Message(en: "the replacing source's name", id: "nama sumber pengganti")) }
      } else {
        break
      }
    }
    return SourceDecl(
      name: name, title: title, effective: effective, repealed: repealed, replacedBy: replacedBy,
      span: start.joined(with: previous.span))
  }

  mutating func parseEnum() throws -> EnumDecl {
    let start = advance().span
    let name = try expectName(Message(en: "the enumeration's name", id: "nama enumerasi"))
    try expect(.leftBrace, Message(en: "`{`", id: "`{`"))
    var cases: [Name] = []
    while !check(.rightBrace) {
      cases.append(try expectWord(Message(en: "a value name or `}`", id: "nama nilai atau `}`")))
      _ = match(.comma)
    }
    advance()
    return EnumDecl(name: name, cases: cases, span: start.joined(with: previous.span))
  }

  mutating func parseRecord() throws -> RecordDecl {
    let start = current.span
    var role = RecordRole.plain
    if match(.input) { role = .input } else if match(.finding) { role = .finding }
    try expect(.record)
    let name = try expectName(Message(en: "the record's name", id: "nama rekaman"))
    try expect(.leftBrace, Message(en: "`{`", id: "`{`"))
    var fields: [FieldDecl] = []
    var requirements: [Requirement] = []
    var order: [Name] = []
    while !check(.rightBrace) {
      if check(.require), peekKind(1) != .colon {
        let requireStart = advance().span
        let condition = try parseExpression()
        let message = try expectString(Message(en: "a message in quotes", id: "pesan dalam tanda kutip"))
        requirements.append(Requirement(condition: condition, message: message, span: requireStart.joined(with: message.span)))
      } else if check(.order), peekKind(1) == .keyword(.by) {
        advance()
        advance()
        repeat {
          order.append(try expectWord(Message(en: "a field name", id: "nama medan")))
        } while match(.comma)
      } else {
        fields.append(try parseField())
      }
      _ = match(.comma)
    }
    advance()
    return RecordDecl(
      name: name, role: role, fields: fields, requirements: requirements, order: order,
      span: start.joined(with: previous.span))
  }

  mutating func parseField() throws -> FieldDecl {
    let name = try expectWord(Message(en: "a field name or `}`", id: "nama medan atau `}`"))
    try expect(.colon, Message(en: "`:` and the field's type", id: "`:` dan tipe medan"))
    let type = try parseType()
    var defaultValue: Expr?
    if match(.equal) { defaultValue = try parseExpression() }
    var isKey = false
    var reference: Name?
    var onlyWhen: Expr?
    var requiredWhen: Expr?
    var nonempty = false
    while true {
      if match(.key) {
        isKey = true
      } else if match(.ref) {
        reference = try expectName(Message(en: "the referenced record", id: "rekaman yang dirujuk"))
      } else if match(.only) {
        try expect(.when)
        onlyWhen = try parseExpression()
      } else if match(.required) {
        try expect(.when)
        requiredWhen = try parseExpression()
      } else if match(.nonempty) {
        nonempty = true
      } else {
        break
      }
    }
    return FieldDecl(
      name: name, type: type, defaultValue: defaultValue, isKey: isKey, reference: reference,
      onlyWhen: onlyWhen, requiredWhen: requiredWhen, nonempty: nonempty, span: name.span.joined(with: previous.span))
  }

  mutating func parseType() throws -> TypeExpr {
    let start = current.span
    var type: TypeExpr
    if match(.leftBracket) {
      let element = try parseType()
      try expect(.rightBracket, Message(en: "`]`", id: "`]`"))
      type = TypeExpr(kind: .list(element), span: start.joined(with: previous.span))
    } else if match(.leftBrace) {
      let element = try parseType()
      try expect(.rightBrace, Message(en: "`}`", id: "`}`"))
      type = TypeExpr(kind: .set(element), span: start.joined(with: previous.span))
    } else {
      let name = try expectName(Message(en: "a type", id: "tipe"))
      type = TypeExpr(kind: .named(name), span: name.span)
    }
    if match(.question) { type = TypeExpr(kind: .optional(type), span: start.joined(with: previous.span)) }
    return type
  }

  mutating func parseConst() throws -> ConstDecl {
    let start = advance().span
    let name = try expectName(Message(en: "the constant's name", id: "nama tetapan"))
    var type: TypeExpr?
    if match(.colon) { type = try parseType() }
    try expect(.equal, Message(en: "`=` and the constant's value", id: "`=` dan nilai tetapan"))
    let value = try parseExpression()
    return ConstDecl(name: name, type: type, value: value, span: start.joined(with: previous.span))
  }

  mutating func parseCitations() throws -> [Citation] {
    var citations: [Citation] = []
    repeat {
      let source = try expectName(Message(en: "a source name", id: "nama sumber"))
      let locator = try expectString(
        Message(en: "a locator in quotes such as \"Pasal 5 huruf n angka 1\"", id: "letak dalam tanda kutip seperti \"Pasal 5 huruf n angka 1\""))
      citations.append(Citation(source: source, locator: locator, span: source.span.joined(with: locator.span)))
    } while match(.comma)
    return citations
  }

  mutating func parseCalendar() throws -> CalendarDecl {
    let start = advance().span
    let name = try expectName(Message(en: "the calendar's name", id: "nama kalender"))
    var title: Literal?
    if check(.string) { title = try expectString(Message(en: "a title", id: "judul")) }
    var basis: [Citation] = []
    if match(.basis) { basis = try parseCitations() }
    try expect(.leftBrace, Message(en: "`{`", id: "`{`"))
    var entries: [CalendarEntry] = []
    while !check(.rightBrace) {
      let entryName = try expectWord(Message(en: "a stage name or `}`", id: "nama tahapan atau `}`"))
      try expect(.colon, Message(en: "`:`", id: "`:`"))
      let value = try parseExpression()
      entries.append(CalendarEntry(name: entryName, value: value, span: entryName.span.joined(with: value.span)))
      _ = match(.comma)
    }
    advance()
    return CalendarDecl(name: name, title: title, basis: basis, entries: entries, span: start.joined(with: previous.span))
  }

  mutating func parseRule() throws -> RuleDecl {
    let start = advance().span
    let name = try expectName(Message(en: "the rule's name", id: "nama aturan"))
    var title: Literal?
    if check(.string) { title = try expectString(Message(en: "a title", id: "judul")) }
    var basis: [Citation] = []
    var exceptionTo: Name?
    var effective: Literal?
    var repealed: Literal?
    var judgedAt: Expr?
    var conditions: [Condition] = []
    var conclusions: [Conclusion] = []
    clauses: while true {
      switch current.kind {
      case .keyword(.exception):
        advance()
        try expect(.to)
        exceptionTo = try expectName(Message(en: "the rule this one is an exception to", id: "aturan yang dikecualikan"))
      case .keyword(.basis): advance(); basis += try parseCitations()
      case .keyword(.effective): advance(); effective = try expectDate()
      case .keyword(.repealed): advance(); repealed = try expectDate()
      case .keyword(.at): advance(); judgedAt = try parseExpression()
      case .keyword(.when):
        advance()
        conditions = try parseConditions()
      case .keyword(.then):
        advance()
        repeat {
          conclusions.append(try parseConclusion())
          _ = match(.comma)
        } while check(.identifier)
        break clauses
      default:
        break clauses
      }
    }
    if conclusions.isEmpty && exceptionTo == nil {
      throw error(expected: Message(en: "`then` and what the rule concludes", id: "`maka` dan kesimpulan aturan"))
    }
    return RuleDecl(
      name: name, title: title, basis: basis, exceptionTo: exceptionTo, effective: effective, repealed: repealed,
      judgedAt: judgedAt, conditions: conditions, conclusions: conclusions, span: start.joined(with: previous.span))
  }

  /// Condition items until a clause keyword, `}` or a declaration; `and` and `,` may separate them.
  mutating func parseConditions() throws -> [Condition] {
    var conditions: [Condition] = []
    while true {
      while match(.and) || match(.comma) {}
      switch current.kind {
      case .keyword(.then), .keyword(.basis), .keyword(.at), .keyword(.effective), .keyword(.repealed),
        .keyword(.exception), .rightBrace, .endOfFile:
        return conditions
      case .keyword(let keyword) where Parser.declarationStarters.contains(keyword):
        return conditions
      case .keyword(.no):
        let start = advance().span
        let pattern = try parsePattern(bodyRequired: false)
        conditions.append(.absence(pattern, span: start.joined(with: pattern.span)))
      case .identifier where peekKind(1) == .colon:
        let variable = Name(current.text, current.span)
        advance()
        advance()
        let type = try expectName(Message(en: "a record type", id: "tipe rekaman"))
        conditions.append(.binding(variable: variable, type: type))
      default:
        conditions.append(.test(try parseExpression()))
      }
    }
  }

  mutating func parsePattern(bodyRequired: Bool) throws -> Pattern {
    let variable = try expectName(Message(en: "a variable name", id: "nama variabel"))
    try expect(.colon, Message(en: "`:` and a record type", id: "`:` dan tipe rekaman"))
    let type = try expectName(Message(en: "a record type", id: "tipe rekaman"))
    var conditions: [Condition] = []
    if bodyRequired || check(.leftBrace) {
      try expect(.leftBrace, Message(en: "`{` and conditions", id: "`{` dan syarat"))
      depth += 1
      defer { depth -= 1 }
      if depth > Parser.maxDepth { throw tooDeep() }
      conditions = try parseConditions()
      try expect(.rightBrace, Message(en: "`}`", id: "`}`"))
    }
    return Pattern(variable: variable, type: type, conditions: conditions, span: variable.span.joined(with: previous.span))
  }

  mutating func parseConclusion() throws -> Conclusion {
    let type = try expectName(Message(en: "the record the rule concludes", id: "rekaman yang disimpulkan"))
    let fields = try parseFieldValues()
    return Conclusion(type: type, fields: fields, span: type.span.joined(with: previous.span))
  }

  mutating func parseFieldValues() throws -> [FieldValue] {
    try expect(.leftBrace, Message(en: "`{`", id: "`{`"))
    var fields: [FieldValue] = []
    while !check(.rightBrace) {
      let name = try expectWord(Message(en: "a field name or `}`", id: "nama medan atau `}`"))
      try expect(.colon, Message(en: "`:` and a value", id: "`:` dan nilai"))
      fields.append(FieldValue(name: name, value: try parseExpression()))
      _ = match(.comma)
    }
    advance()
    return fields
  }

  mutating func parsePriority() throws -> PriorityDecl {
    let start = advance().span
    let higher = try expectName(Message(en: "the rule that prevails", id: "aturan yang diutamakan"))
    try expect(.over)
    let lower = try expectName(Message(en: "the rule it prevails over", id: "aturan yang dikalahkan"))
    return PriorityDecl(higher: higher, lower: lower, span: start.joined(with: previous.span))
  }

  mutating func parseTest() throws -> TestDecl {
    let start = advance().span
    let name = try expectString(Message(en: "the test's name in quotes", id: "nama uji dalam tanda kutip"))
    var basis: [Citation] = []
    var rationale: Literal?
    var asOf: Literal?
    var given: JSONValue?
    var expectations: [Expectation] = []
    clauses: while true {
      switch current.kind {
      case .keyword(.basis): advance(); basis += try parseCitations()
      case .keyword(.because): advance(); rationale = try expectString(Message(en: "the rationale in quotes", id: "alasan dalam tanda kutip"))
      case .keyword(.at): advance(); asOf = try expectDate()
      case .keyword(.given): advance(); given = try parseJSON()
      case .keyword(.expect):
        let expectStart = advance().span
        let negated = match(.no)
        let type = try expectName(Message(en: "a finding record", id: "rekaman temuan"))
        let fields = check(.leftBrace) ? try parseFieldValues() : []
        expectations.append(Expectation(negated: negated, type: type, fields: fields, span: expectStart.joined(with: previous.span)))
      default: break clauses
      }
    }
    guard let given else {
      throw error(expected: Message(en: "`given` and the case as JSON", id: "`diketahui` dan kasus dalam JSON"))
    }
    return TestDecl(
      name: name, basis: basis, rationale: rationale, asOf: asOf, given: given, expectations: expectations,
      span: start.joined(with: previous.span))
  }

  /// A JSON value written inline in a test, read from tokens so spans stay exact.
  mutating func parseJSON() throws -> JSONValue {
    depth += 1
    defer { depth -= 1 }
    if depth > Parser.maxDepth { throw tooDeep() }
    let token = current
    switch token.kind {
    case .leftBrace:
      advance()
      var members: [JSONMember] = []
      while !check(.rightBrace) {
        let key = try expect(.string, Message(en: "a field name in double quotes", id: "nama medan dalam tanda kutip ganda"))
        try expect(.colon, Message(en: "`:`", id: "`:`"))
        members.append(JSONMember(key: key.text, keyOffset: key.span.start, value: try parseJSON()))
        if !match(.comma) { break }
      }
      try expect(.rightBrace, Message(en: "`,` or `}`", id: "`,` atau `}`"))
      return JSONValue(.object(members), offset: token.span.start)
    case .leftBracket:
      advance()
      var items: [JSONValue] = []
      while !check(.rightBracket) {
        items.append(try parseJSON())
        if !match(.comma) { break }
      }
      try expect(.rightBracket, Message(en: "`,` or `]`", id: "`,` atau `]`"))
      return JSONValue(.array(items), offset: token.span.start)
    case .string:
      advance()
      return JSONValue(.string(token.text), offset: token.span.start)
    case .integer, .decimal:
      advance()
      return JSONValue(.number(token.text), offset: token.span.start)
    case .minus where peekKind(1) == .integer || peekKind(1) == .decimal:
      advance()
      let number = advance()
      return JSONValue(.number("-" + number.text), offset: token.span.start)
    case .keyword(.true): advance(); return JSONValue(.bool(true), offset: token.span.start)
    case .keyword(.false): advance(); return JSONValue(.bool(false), offset: token.span.start)
    case .identifier where token.text == "null": advance(); return JSONValue(.null, offset: token.span.start)
    default:
      throw error(expected: Message(en: "a JSON value", id: "nilai JSON"))
    }
  }

  mutating func tooDeep() -> Abort {
    report(
      Diagnostic(
        "E0107", at: current.span, en: "nesting is deeper than \(Parser.maxDepth) levels",
        id: "sarang lebih dalam dari \(Parser.maxDepth) tingkat",
        help: Message(en: "split the expression into named constants or rules", id: "pecah ungkapan menjadi tetapan atau aturan bernama")))
  }
}
