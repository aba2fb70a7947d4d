/// The canonical layout of declarations: one clause per line under its declaration, two spaces
/// deeper; one record field, condition, calendar stage or test clause per line; short bodies
/// (conclusions, enumerations, `no` and `count` patterns) on one line when they fit.
extension Formatter {
  /// Declarations that span several lines get a blank line before and after them.
  static func isBlock(_ declaration: Declaration) -> Bool {
    switch declaration {
    case .record, .calendar, .rule, .test: true
    case .header, .source, .enumeration, .constant, .priority: false
    }
  }

  mutating func fileDoc(_ tree: RulesetFile) -> Doc {
    let declarations = tree.declarations
    let items = declarations.map { declaration in
      Item(start: declaration.span.start, end: declaration.span.end) { formatter in
        formatter.language = formatter.languageOfToken(at: declaration.span.start)
        return formatter.declaration(declaration)
      }
    }
    return list(
      items, separation: .lines, closing: file.bytes.count + 1,
      forceBlank: { Formatter.isBlock(declarations[$0]) || Formatter.isBlock(declarations[$0 - 1]) })
  }

  mutating func declaration(_ declaration: Declaration) -> Doc {
    switch declaration {
    case .header(let d): header(d)
    case .source(let d): source(d)
    case .enumeration(let d): enumeration(d)
    case .record(let d): record(d)
    case .constant(let d): constant(d)
    case .calendar(let d): calendar(d)
    case .rule(let d): rule(d)
    case .priority(let d): .text("\(kw(.priority)) \(d.higher.text) \(kw(.over)) \(d.lower.text)")
    case .test(let d): test(d)
    }
  }

  /// A declaration's first line, then its clauses one per line, two spaces deeper.
  mutating func clauses(_ head: Doc, _ items: [Item]) -> Doc {
    guard !items.isEmpty else { return head }
    return .concat([head, .nest(2, .concat([.hardLine, list(items, separation: .lines)]))])
  }

  func header(_ d: HeaderDecl) -> Doc {
    var text = "\(kw(.ruleset)) \(d.name.text)"
    if let version = d.version { text += " \(kw(.version)) \(Formatter.quote(version.text))" }
    return .text(text)
  }

  mutating func source(_ d: SourceDecl) -> Doc {
    var items: [Item] = []
    if let effective = d.effective {
      items.append(
        Item(start: keywordStart(.effective, before: effective.span.start), end: effective.span.end) { f in
          .text("\(f.kw(.effective)) \(effective.text)")
        })
    }
    if let repealed = d.repealed {
      let end = d.replacedBy?.span.end ?? repealed.span.end
      items.append(
        Item(start: keywordStart(.repealed, before: repealed.span.start), end: end) { f in
          .text("\(f.kw(.repealed)) \(repealed.text)" + (d.replacedBy.map { " \(f.kw(.by)) \($0.text)" } ?? ""))
        })
    }
    return clauses(.text("\(kw(.source)) \(d.name.text) \(Formatter.quote(d.title.text))"), items)
  }

  mutating func enumeration(_ d: EnumDecl) -> Doc {
    let head = Doc.text("\(kw(.enum)) \(d.name.text) {")
    if d.cases.isEmpty && !hasComment(in: d.span.start..<d.span.end) { return .text("\(kw(.enum)) \(d.name.text) {}") }
    if hasComment(in: d.span.start..<d.span.end) {
      let items = d.cases.map { name in Item(start: name.span.start, end: name.span.end) { _ in .text(name.text) } }
      let count = items.count
      let body = list(items, separation: .lines, punctuation: { $0 < count - 1 ? .text(",") : .empty }, closing: d.span.end)
      return .concat([head, .nest(2, .concat([.hardLine, body])), .hardLine, .text("}")])
    }
    let values = Formatter.commaFill(d.cases.map { .text($0.text) })
    return .group(.concat([head, .nest(2, .concat([.line, values])), .line, .text("}")]))
  }

  mutating func record(_ d: RecordDecl) -> Doc {
    var head = ""
    if d.role == .input { head = kw(.input) + " " }
    if d.role == .finding { head = kw(.finding) + " " }
    head += "\(kw(.record)) \(d.name.text) {"
    var items: [Item] = []
    /// The first word of each item, to know where a comma must separate it from the one before.
    var firstWords: [String] = []
    for field in d.fields {
      items.append(Item(start: field.span.start, end: field.span.end) { f in f.field(field) })
      firstWords.append(field.name.text)
    }
    for requirement in d.requirements {
      items.append(
        Item(start: requirement.span.start, end: requirement.span.end) { f in
          .concat([.text(f.kw(.require) + " "), f.expr(requirement.condition), .text(" " + Formatter.quote(requirement.message.text))])
        })
      firstWords.append("")
    }
    if let first = d.order.first, let last = d.order.last {
      items.append(
        Item(start: keywordStart(.order, before: first.span.start), end: last.span.end) { f in
          .text("\(f.kw(.order)) \(f.kw(.by)) " + d.order.map(\.text).joined(separator: ", "))
        })
      firstWords.append("")
    }
    if items.isEmpty && !hasComment(in: d.span.start..<d.span.end) { return .text(head + "}") }
    let opening = openingComment(after: d.name.span.end)
    let body = list(
      items, separation: .lines,
      punctuation: { $0 + 1 < firstWords.count && Formatter.needsCommaBefore(firstWords[$0 + 1]) ? .text(",") : .empty },
      closing: d.span.end)
    return .concat([.text(head), opening, .nest(2, .concat([.hardLine, body])), .hardLine, .text("}")])
  }

  mutating func field(_ d: FieldDecl) -> Doc {
    var parts: [Doc] = [.text("\(d.name.text): \(type(d.type))")]
    if let value = d.defaultValue {
      parts = [valueAfter(.concat(parts + [.text(" =")]), value)]
    }
    var modifiers: [Doc] = []
    if d.isKey { modifiers.append(kwDoc(.key)) }
    if let reference = d.reference { modifiers.append(.text("\(kw(.ref)) \(reference.text)")) }
    if let condition = d.onlyWhen { modifiers.append(.concat([.text("\(kw(.only)) \(kw(.when)) "), expr(condition)])) }
    if let condition = d.requiredWhen { modifiers.append(.concat([.text("\(kw(.required)) \(kw(.when)) "), expr(condition)])) }
    if d.nonempty { modifiers.append(kwDoc(.nonempty)) }
    // Modifiers that do not fit go on lines of their own, two spaces deeper.
    return .group(.concat([.concat(parts), .nest(2, .concat(modifiers.map { .concat([.line, $0]) }))]))
  }

  func type(_ t: TypeExpr) -> String {
    switch t.kind {
    case .named(let name): name.text
    case .optional(let inner): type(inner) + "?"
    case .list(let inner): "[\(type(inner))]"
    case .set(let inner): "{\(type(inner))}"
    }
  }

  mutating func constant(_ d: ConstDecl) -> Doc {
    var head = "\(kw(.const)) \(d.name.text)"
    if let type = d.type { head += ": " + self.type(type) }
    return valueAfter(.text(head + " ="), d.value)
  }

  mutating func citations(_ citations: [Citation]) -> Doc {
    .nest(2, Formatter.commaFill(citations.map { .text("\($0.source.text) \(Formatter.quote($0.locator.text))") }))
  }

  mutating func basisItem(_ basis: [Citation]) -> Item? {
    guard let first = basis.first, let last = basis.last else { return nil }
    return Item(start: keywordStart(.basis, before: first.span.start), end: last.span.end) { f in
      .concat([.text(f.kw(.basis) + " "), f.citations(basis)])
    }
  }

  mutating func calendar(_ d: CalendarDecl) -> Doc {
    var head = "\(kw(.calendar)) \(d.name.text)"
    if let title = d.title { head += " " + Formatter.quote(title.text) }
    var headDoc = Doc.text(head)
    if let basis = basisItem(d.basis) {
      headDoc = clauses(headDoc, [basis])
      headDoc = .concat([headDoc, .hardLine, .text("{")])
    } else {
      headDoc = .text(head + " {")
    }
    let items = d.entries.map { entry in
      Item(start: entry.span.start, end: entry.span.end) { f in f.valueAfter(.text(entry.name.text + ":"), entry.value) }
    }
    let names = d.entries.map(\.name.text)
    if items.isEmpty && !hasComment(in: d.span.start..<d.span.end) { return .concat([headDoc, .text("}")]) }
    headDoc = .concat([headDoc, openingComment(after: d.basis.last?.span.end ?? d.title?.span.end ?? d.name.span.end)])
    let body = list(
      items, separation: .lines,
      punctuation: { $0 + 1 < names.count && Formatter.needsCommaBefore(names[$0 + 1]) ? .text(",") : .empty },
      closing: d.span.end)
    return .concat([headDoc, .nest(2, .concat([.hardLine, body])), .hardLine, .text("}")])
  }

  mutating func rule(_ d: RuleDecl) -> Doc {
    var head = "\(kw(.rule)) \(d.name.text)"
    if let title = d.title { head += " " + Formatter.quote(title.text) }
    var items: [Item] = []
    if let target = d.exceptionTo {
      items.append(
        Item(start: keywordStart(.exception, before: target.span.start), end: target.span.end) { f in
          .text("\(f.kw(.exception)) \(f.kw(.to)) \(target.text)")
        })
    }
    if let basis = basisItem(d.basis) { items.append(basis) }
    if let effective = d.effective {
      items.append(
        Item(start: keywordStart(.effective, before: effective.span.start), end: effective.span.end) { f in
          .text("\(f.kw(.effective)) \(effective.text)")
        })
    }
    if let repealed = d.repealed {
      items.append(
        Item(start: keywordStart(.repealed, before: repealed.span.start), end: repealed.span.end) { f in
          .text("\(f.kw(.repealed)) \(repealed.text)")
        })
    }
    if let at = d.judgedAt {
      items.append(
        Item(start: keywordStart(.at, before: at.span.start), end: at.span.end) { f in
          f.valueAfter(.text(f.kw(.at)), at)
        })
    }
    if let first = d.conditions.first, let last = d.conditions.last {
      let conditions = d.conditions
      items.append(
        Item(start: keywordStart(.when, before: first.span.start), end: last.span.end) { f in
          f.block(
            f.kwDoc(.when),
            conditions.map { condition in
              Item(start: condition.span.start, end: condition.span.end) { f in f.condition(condition, inList: true) }
            },
            punctuation: { Formatter.needsComma(after: $0, in: conditions) ? .text(",") : .empty })
        })
    }
    if let first = d.conclusions.first, let last = d.conclusions.last {
      let conclusions = d.conclusions
      items.append(
        Item(start: keywordStart(.then, before: first.span.start), end: last.span.end) { f in
          let count = conclusions.count
          return f.block(
            f.kwDoc(.then),
            conclusions.map { conclusion in
              Item(start: conclusion.span.start, end: conclusion.span.end) { f in
                f.record(conclusion.type.text, conclusion.fields, closing: conclusion.span.end)
              }
            },
            punctuation: { $0 < count - 1 ? .text(",") : .empty })
        })
    }
    return clauses(.text(head), items)
  }

  /// `when` or `then` with its items: a single item without comments before it stays on the
  /// keyword's line; otherwise one item per line, two spaces deeper.
  mutating func block(_ keyword: Doc, _ items: [Item], punctuation: @escaping (Int) -> Doc = { _ in .empty }) -> Doc {
    if items.count == 1, !hasComment(in: 0..<items[0].start) {
      return .concat([keyword, .text(" "), items[0].build(&self)])
    }
    return .concat([keyword, .nest(2, .concat([.hardLine, list(items, separation: .lines, punctuation: punctuation)]))])
  }

  /// `Temuan { kode: x, perbuatan: a.id }` on one line when it fits, else one field per line.
  /// With `oneLine` (a test's `expect`, read as a row of a table) it stays on one line unless a
  /// comment is inside.
  mutating func record(_ type: String, _ fields: [FieldValue], closing: Int, oneLine: Bool = false) -> Doc {
    if fields.isEmpty && !hasComment(in: 0..<closing) { return .text(type + " {}") }
    let count = fields.count
    if oneLine, let first = fields.first, !hasComment(in: first.name.span.start..<closing) {
      var parts: [Doc] = [.text(type + " { ")]
      for (position, field) in fields.enumerated() {
        if position > 0 { parts.append(.text(", ")) }
        parts.append(.concat([.text(field.name.text + ": "), expr(field.value)]))
      }
      return .concat(parts + [.text(" }")])
    }
    let items = fields.map { field in
      Item(start: field.name.span.start, end: field.value.span.end) { f in f.valueAfter(.text(field.name.text + ":"), field.value) }
    }
    let body = list(
      items, separation: .group, punctuation: { $0 < count - 1 ? .text(",") : .empty }, closing: closing)
    return .group(.concat([.text(type + " {"), .nest(2, .concat([.line, body])), .line, .text("}")]))
  }

  mutating func test(_ d: TestDecl) -> Doc {
    var items: [Item] = []
    if let basis = basisItem(d.basis) { items.append(basis) }
    if let rationale = d.rationale {
      items.append(
        Item(start: keywordStart(.because, before: rationale.span.start), end: rationale.span.end) { f in
          .text("\(f.kw(.because)) \(Formatter.quote(rationale.text))")
        })
    }
    if let asOf = d.asOf {
      items.append(
        Item(start: keywordStart(.at, before: asOf.span.start), end: asOf.span.end) { f in .text("\(f.kw(.at)) \(asOf.text)") })
    }
    let given = d.given
    items.append(
      Item(start: keywordStart(.given, before: given.offset), end: jsonEnd(given)) { f in
        .concat([.text(f.kw(.given) + " "), f.json(given)])
      })
    for expectation in d.expectations {
      items.append(
        Item(start: expectation.span.start, end: expectation.span.end) { f in
          let head = f.kw(.expect) + (expectation.negated ? " " + f.kw(.no) : "") + " "
          if expectation.fields.isEmpty { return .text(head + expectation.type.text) }
          return .concat([.text(head), f.record(expectation.type.text, expectation.fields, closing: expectation.span.end, oneLine: true)])
        })
    }
    return clauses(.text("\(kw(.test)) \(Formatter.quote(d.name.text))"), items)
  }

  // MARK: - JSON in tests

  /// Where a JSON value written in a test ends.
  func jsonEnd(_ value: JSONValue) -> Int {
    switch value.kind {
    case .object, .array: return closing[value.offset] ?? value.offset
    default:
      guard let index = tokenIndex[value.offset] else { return value.offset }
      let token = tokens[index]
      if token.kind == .minus, index + 1 < tokens.count { return tokens[index + 1].span.end }
      return token.span.end
    }
  }

  static func isScalar(_ value: JSONValue) -> Bool {
    switch value.kind {
    case .object(let members): members.isEmpty
    case .array(let items): items.isEmpty
    default: true
    }
  }

  /// A scalar, or a list of scalars: what may sit inside a one-line object.
  static func isLeaf(_ value: JSONValue) -> Bool {
    if case .array(let items) = value.kind { return items.allSatisfy(isScalar) }
    return isScalar(value)
  }

  /// JSON as in a case file: an object or list whose items are scalars or lists of scalars on
  /// one line (one act, one person), any other one item per line; the width does not matter, so
  /// test cases read as tables. `true`, `false` and `null` stay JSON whatever the keyword language.
  mutating func json(_ value: JSONValue) -> Doc {
    let end = jsonEnd(value)
    switch value.kind {
    case .null: return .text("null")
    case .bool(let flag): return .text(flag ? "true" : "false")
    case .number(let text): return .text(text)
    case .string(let text): return .text(Formatter.quote(text))
    case .array(let elements):
      let items = elements.map { element in Item(start: element.offset, end: jsonEnd(element)) { f in f.json(element) } }
      return container("[", "]", items, scalars: elements.allSatisfy(Formatter.isLeaf), range: value.offset..<end)
    case .object(let members):
      let items = members.map { member in
        Item(start: member.keyOffset, end: jsonEnd(member.value)) { f in
          .concat([.text(Formatter.quote(member.key) + ": "), f.json(member.value)])
        }
      }
      return container("{", "}", items, scalars: members.allSatisfy { Formatter.isLeaf($0.value) }, range: value.offset..<end)
    }
  }

  private mutating func container(_ open: String, _ close: String, _ items: [Item], scalars: Bool, range: Range<Int>) -> Doc {
    let count = items.count
    if scalars && !hasComment(in: range) {
      var parts: [Doc] = [.text(open)]
      for (position, item) in items.enumerated() {
        if position > 0 { parts.append(.text(", ")) }
        parts.append(item.build(&self))
      }
      return .concat(parts + [.text(close)])
    }
    let body = list(items, separation: .lines, punctuation: { $0 < count - 1 ? .text(",") : .empty }, closing: range.upperBound)
    return .concat([.text(open), .nest(2, .concat([.hardLine, body])), .hardLine, .text(close)])
  }
}
