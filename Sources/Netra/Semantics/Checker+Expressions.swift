import Foundation

extension Checker {
  mutating func typeMismatch(_ span: Span, expected: NetraType, found: NetraType) {
    guard expected != .error, found != .error else { return }
    error(
      "E0204", span, en: "expected \(describe(expected, .en)), found \(describe(found, .en))",
      id: "diharapkan \(describe(expected, .id)), ditemukan \(describe(found, .id))")
  }

  func describe(_ type: NetraType, _ language: Language) -> String {
    let en = language == .en
    switch type {
    case .bool: return "Bool"
    case .int: return "Int"
    case .decimal: return "Decimal"
    case .text: return "Text"
    case .date: return "Date"
    case .duration: return "Duration"
    case .period: return "Period"
    case .enumeration(let i): return "`\(program.enums[i].name)`"
    case .record(let i): return "`\(program.records[i].name)`"
    case .optional(let inner): return describe(inner, language) + "?"
    case .list(let inner): return "[" + describe(inner, language) + "]"
    case .set(let inner): return "{" + describe(inner, language) + "}"
    case .none: return en ? "`none`" : "`kosong`"
    case .error: return en ? "an unknown type" : "tipe tak dikenal"
    }
  }

  /// Checks an expression that must be a condition (Bool, or Bool? where absence means false).
  mutating func checkCondition(_ expr: Expr, scope: inout Scope) -> CExpr {
    let (checked, type) = infer(expr, scope: &scope, hint: .bool)
    if type.unwrapped != .bool && type != .error {
      error(
        "E0204", expr.span, en: "a condition must be true or false, but this is \(describe(type, .en))",
        id: "syarat harus benar atau salah, tetapi ini \(describe(type, .id))")
    }
    return checked
  }

  func isUnresolvedBareName(_ expr: Expr, scope: Scope) -> Bool {
    guard case .name(let name) = expr.kind else { return false }
    if scope.visible[name.text] != nil { return false }
    if let record = scope.selfRecord, program.records[record].fieldIndex[name.text] != nil { return false }
    return constants[name.text] == nil && calendarIndex[name.text] == nil
  }

  /// Infers an expression's type; `hint` is the type the context expects, used to pick the
  /// enumeration a bare value like `pns` belongs to.
  mutating func infer(_ expr: Expr, scope: inout Scope, hint: NetraType?) -> (CExpr, NetraType) {
    switch expr.kind {
    case .integer(let text):
      if hint?.unwrapped == .decimal, let value = Decimal(string: text) { return (.constant(.decimal(value)), .decimal) }
      guard let value = Int(text) else {
        error("E0212", expr.span, en: "the number `\(text.prefix(30))` is too large", id: "bilangan `\(text.prefix(30))` terlalu besar")
        return (.constant(.none), .error)
      }
      return (.constant(.int(value)), .int)
    case .decimal(let text):
      guard text.count <= 38, let value = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) else {
        error("E0212", expr.span, en: "the number `\(text.prefix(30))` cannot be represented exactly", id: "bilangan `\(text.prefix(30))` tidak dapat dinyatakan dengan tepat")
        return (.constant(.none), .error)
      }
      return (.constant(.decimal(value)), .decimal)
    case .string(let text): return (.constant(.text(text)), .text)
    case .date(let text):
      guard let day = Day(parsing: text) else {
        error(
          "E0601", expr.span, en: "`\(text)` is not a real calendar date", id: "`\(text)` bukan tanggal kalender yang sah",
          help: Message(en: "write a date that exists, as YYYY-MM-DD", id: "tulis tanggal yang ada, dalam bentuk YYYY-MM-DD"))
        return (.constant(.none), .error)
      }
      return (.constant(.date(day)), .date)
    case .boolean(let value): return (.constant(.bool(value)), .bool)
    case .none: return (.constant(.none), .none)
    case .duration(let amount, let unit):
      guard let value = Int(amount), value <= 100_000 else {
        error("E0212", expr.span, en: "the duration is too long", id: "durasi terlalu panjang")
        return (.constant(.none), .error)
      }
      return (.constant(.duration(Duration(amount: value, unit: unit))), .duration)
    case .name(let name):
      return resolveName(name, scope: scope, hint: hint)
    case .member(let base, let field):
      if case .name(let calendarName) = base.kind, scope.visible[calendarName.text] == nil,
        let calendar = calendarIndex[calendarName.text]
      {
        let entries = program.calendars.count > calendar ? program.calendars[calendar].entries : []
        if let entry = entries.first(where: { $0.name == field.text }) { return (.constant(entry.value), .period) }
        error(
          "E0203", field.span, en: "calendar `\(calendarName.text)` has no stage `\(field.text)`",
          id: "kalender `\(calendarName.text)` tidak punya tahapan `\(field.text)`", help: didYouMean(field.text, among: entries.map(\.name)))
        return (.constant(.none), .error)
      }
      let (checkedBase, baseType) = infer(base, scope: &scope, hint: nil)
      if baseType == .error { return (.constant(.none), .error) }
      if baseType.unwrapped == .date {
        let components: [String: DateComponent] = [
          "year": .year, "tahun": .year, "month": .month, "bulan": .month, "day": .day, "hari": .day,
        ]
        guard let component = components[field.text] else {
          error(
            "E0203", field.span, en: "a date has no field `\(field.text)`", id: "tanggal tidak punya medan `\(field.text)`",
            help: Message(en: "a date has `year`, `month` and `day`", id: "tanggal punya `tahun`, `bulan` dan `hari`"))
          return (.constant(.none), .error)
        }
        return (.dateComponent(checkedBase, component), baseType.isOptional ? .optional(.int) : .int)
      }
      guard case .record(let recordNumber) = baseType.unwrapped else {
        error(
          "E0203", field.span, en: "\(describe(baseType, .en)) has no fields", id: "\(describe(baseType, .id)) tidak punya medan")
        return (.constant(.none), .error)
      }
      let record = program.records[recordNumber]
      guard let fieldNumber = record.fieldIndex[field.text] else {
        error(
          "E0203", field.span, en: "`\(record.name)` has no field `\(field.text)`", id: "`\(record.name)` tidak punya medan `\(field.text)`",
          help: didYouMean(field.text, among: record.fieldIndex.keys))
        return (.constant(.none), .error)
      }
      var type = record.fields[fieldNumber].type
      if baseType.isOptional, !type.isOptional { type = .optional(type) }
      return (.field(checkedBase, record: recordNumber, field: fieldNumber), type)
    case .not(let inner):
      return (.not(checkCondition(inner, scope: &scope)), .bool)
    case .negate(let inner):
      let (checked, type) = infer(inner, scope: &scope, hint: hint)
      if !type.isNumeric && type.unwrapped != .duration {
        typeMismatch(inner.span, expected: .int, found: type)
      }
      return (.negate(checked), type)
    case .binary(let op, let left, let right):
      return inferBinary(op, left, right, span: expr.span, scope: &scope)
    case .set(let items):
      var element = hint?.elementType
      var checked: [CExpr] = []
      for item in items {
        let (value, type) = infer(item, scope: &scope, hint: element)
        if let known = element, !known.accepts(type), !type.accepts(known) { typeMismatch(item.span, expected: known, found: type) }
        if element == nil || element == .error { element = type }
        checked.append(value)
      }
      return (ConstantFolder.fold(.set(checked)), .set(element ?? .error))
    case .period(let from, let to):
      let (a, aType) = infer(from, scope: &scope, hint: .date)
      let (b, bType) = infer(to, scope: &scope, hint: .date)
      if aType.unwrapped != .date { typeMismatch(from.span, expected: .date, found: aType) }
      if bType.unwrapped != .date { typeMismatch(to.span, expected: .date, found: bType) }
      return (ConstantFolder.fold(.period(a, b)), .period)
    case .conditional(let condition, let whenTrue, let whenFalse):
      let c = checkCondition(condition, scope: &scope)
      let (t, tType) = infer(whenTrue, scope: &scope, hint: hint)
      let (f, fType) = infer(whenFalse, scope: &scope, hint: hint ?? tType)
      var type = tType
      if tType == .none {
        type = fType == .none ? .none : (fType.isOptional ? fType : .optional(fType))
      } else if fType == .none {
        type = tType.isOptional ? tType : .optional(tType)
      } else if !tType.unwrapped.accepts(fType.unwrapped) {
        typeMismatch(whenFalse.span, expected: tType, found: fType)
      } else if fType.isOptional, !tType.isOptional {
        type = .optional(tType)
      }
      return (.conditional(c, t, f), type)
    case .count(let pattern):
      return (.count(checkPattern(pattern, scope: &scope)), .int)
    }
  }

  mutating func resolveName(_ name: Name, scope: Scope, hint: NetraType?) -> (CExpr, NetraType) {
    if let slot = scope.visible[name.text] {
      // A variable whose record type was unknown already produced its error.
      return (.slot(slot), scope.slotRecords[slot] < 0 ? .error : .record(scope.slotRecords[slot]))
    }
    // Where the context expects an enumeration that has this value, the value wins over a
    // record field of the same name (`peran == peserta`).
    if case .enumeration(let e)? = hint?.unwrapped, let index = program.enums[e].caseIndex[name.text] {
      return (.constant(.enumCase(type: e, index: index)), .enumeration(e))
    }
    if case .enumeration(let e)? = hint?.elementType?.unwrapped, let index = program.enums[e].caseIndex[name.text] {
      return (.constant(.enumCase(type: e, index: index)), .enumeration(e))
    }
    if let record = scope.selfRecord, let field = program.records[record].fieldIndex[name.text] {
      return (.field(.slot(0), record: record, field: field), program.records[record].fields[field].type)
    }
    if let constant = constants[name.text] { return (.constant(constant.value), constant.type) }
    if calendarIndex[name.text] != nil {
      error(
        "E0203", name.span, en: "calendar `\(name.text)` is used without a stage", id: "kalender `\(name.text)` dipakai tanpa tahapan",
        help: Message(en: "name a stage, such as `\(name.text).kampanye`", id: "sebut tahapannya, misalnya `\(name.text).kampanye`"))
      return (.constant(.none), .error)
    }
    if let owners = enumValueOwners[name.text] {
      if owners.count == 1 {
        let e = owners[0]
        if case .enumeration(let expected)? = hint?.unwrapped, expected != e {
          error(
            "E0204", name.span, en: "`\(name.text)` is a value of `\(program.enums[e].name)`, not of `\(program.enums[expected].name)`",
            id: "`\(name.text)` adalah nilai `\(program.enums[e].name)`, bukan `\(program.enums[expected].name)`",
            help: didYouMean(name.text, among: program.enums[expected].cases))
          return (.constant(.none), .error)
        }
        return (.constant(.enumCase(type: e, index: program.enums[e].caseIndex[name.text]!)), .enumeration(e))
      }
      error(
        "E0210", name.span, en: "`\(name.text)` is a value of several enumerations: \(owners.map { "`\(program.enums[$0].name)`" }.joined(separator: ", "))",
        id: "`\(name.text)` adalah nilai beberapa enumerasi: \(owners.map { "`\(program.enums[$0].name)`" }.joined(separator: ", "))",
        help: Message(en: "compare it with a field of the enumeration you mean", id: "bandingkan dengan medan dari enumerasi yang dimaksud"))
      return (.constant(.none), .error)
    }
    var candidates = Array(scope.visible.keys) + Array(constants.keys) + Array(calendarIndex.keys)
    if case .enumeration(let e)? = hint?.unwrapped { candidates += program.enums[e].cases } else { candidates += enumValueOwners.keys }
    if let record = scope.selfRecord { candidates += program.records[record].fieldIndex.keys }
    error(
      "E0202", name.span, en: "unknown name `\(name.text)`", id: "nama `\(name.text)` tidak dikenal",
      help: didYouMean(name.text, among: candidates.sorted()),
      label: Message(en: "not a variable, constant or enumeration value in scope", id: "bukan variabel, tetapan atau nilai enumerasi yang dikenal"))
    return (.constant(.none), .error)
  }

  mutating func inferBinary(_ op: BinaryOperator, _ left: Expr, _ right: Expr, span: Span, scope: inout Scope) -> (CExpr, NetraType) {
    switch op {
    case .and, .or:
      let a = checkCondition(left, scope: &scope)
      let b = checkCondition(right, scope: &scope)
      return (.binary(op, a, b), .bool)
    case .equal, .notEqual:
      let (a, aType, b, bType) = inferPair(left, right, scope: &scope)
      if !aType.comparable(with: bType) {
        error(
          "E0204", span, en: "cannot compare \(describe(aType, .en)) with \(describe(bType, .en))",
          id: "tidak dapat membandingkan \(describe(aType, .id)) dengan \(describe(bType, .id))")
      }
      return (.binary(op, a, b), .bool)
    case .less, .lessEqual, .greater, .greaterEqual, .before, .after:
      let (a, aType, b, bType) = inferPair(left, right, scope: &scope)
      let x = aType.unwrapped
      let y = bType.unwrapped
      let ordered = (x.isNumeric && y.isNumeric) || (x == .date && y == .date) || x == .error || y == .error
      if !ordered || ((op == .before || op == .after) && x != .date && x != .error) {
        error(
          "E0204", span, en: "cannot order \(describe(aType, .en)) against \(describe(bType, .en))",
          id: "tidak dapat mengurutkan \(describe(aType, .id)) terhadap \(describe(bType, .id))")
      }
      return (.binary(op, a, b), .bool)
    case .in, .notIn:
      var a: CExpr
      var aType: NetraType
      var b: CExpr
      var bType: NetraType
      if isUnresolvedBareName(left, scope: scope) {
        (b, bType) = infer(right, scope: &scope, hint: nil)
        (a, aType) = infer(left, scope: &scope, hint: bType.elementType)
      } else {
        (a, aType) = infer(left, scope: &scope, hint: nil)
        (b, bType) = infer(right, scope: &scope, hint: .set(aType.unwrapped))
      }
      if bType.unwrapped == .period {
        error(
          "E0204", span, en: "use `during` to test a date against a period", id: "gunakan `selama` untuk menguji tanggal terhadap periode")
      } else if let element = bType.elementType {
        if !aType.comparable(with: element) { typeMismatch(left.span, expected: element, found: aType) }
      } else if bType != .error {
        error(
          "E0204", right.span, en: "expected a set or list after `in`, found \(describe(bType, .en))",
          id: "diharapkan himpunan atau daftar sesudah `dalam`, ditemukan \(describe(bType, .id))")
      }
      return (.binary(op, a, b), .bool)
    case .during:
      let (a, aType) = infer(left, scope: &scope, hint: .date)
      let (b, bType) = infer(right, scope: &scope, hint: .period)
      if aType.unwrapped != .date { typeMismatch(left.span, expected: .date, found: aType) }
      if bType.unwrapped != .period { typeMismatch(right.span, expected: .period, found: bType) }
      return (.binary(op, a, b), .bool)
    case .plus, .minus, .times, .divide:
      let (a, aType) = infer(left, scope: &scope, hint: nil)
      let (b, bType) = infer(right, scope: &scope, hint: nil)
      let x = aType.unwrapped
      let y = bType.unwrapped
      if x == .error || y == .error { return (.binary(op, a, b), .error) }
      var result: NetraType?
      switch (op, x, y) {
      case (_, .int, .int): result = op == .divide ? .decimal : .int
      case (_, .int, .decimal), (_, .decimal, .int), (_, .decimal, .decimal): result = .decimal
      case (.plus, .date, .duration), (.minus, .date, .duration): result = .date
      case (.minus, .date, .date): result = .int
      case (.plus, .text, .text): result = .text
      default: result = nil
      }
      guard let result else {
        error(
          "E0204", span, en: "`\(op.rawValue)` does not apply to \(describe(aType, .en)) and \(describe(bType, .en))",
          id: "`\(op.rawValue)` tidak berlaku untuk \(describe(aType, .id)) dan \(describe(bType, .id))")
        return (.binary(op, a, b), .error)
      }
      let optional = aType.isOptional || bType.isOptional
      return (ConstantFolder.fold(.binary(op, a, b)), optional ? .optional(result) : result)
    }
  }

  /// Infers both sides of a comparison, letting a typed side tell a bare enumeration value its type.
  mutating func inferPair(_ left: Expr, _ right: Expr, scope: inout Scope) -> (CExpr, NetraType, CExpr, NetraType) {
    if isUnresolvedBareName(left, scope: scope) {
      let (b, bType) = infer(right, scope: &scope, hint: nil)
      let (a, aType) = infer(left, scope: &scope, hint: bType)
      return (a, aType, b, bType)
    }
    let (a, aType) = infer(left, scope: &scope, hint: nil)
    let (b, bType) = infer(right, scope: &scope, hint: aType)
    return (a, aType, b, bType)
  }

  mutating func resolveRecord(_ name: Name) -> Int? {
    if let index = recordIndex[name.text] { return index }
    error(
      "E0201", name.span, en: "unknown record `\(name.text)`", id: "rekaman `\(name.text)` tidak dikenal",
      help: didYouMean(name.text, among: recordIndex.keys),
      label: Message(en: "not declared in this ruleset", id: "tidak dideklarasikan dalam himpunan aturan ini"))
    return nil
  }

  /// A pattern's variable is visible only inside its braces.
  mutating func checkPattern(_ pattern: Pattern, scope: inout Scope) -> CPattern {
    let record = resolveRecord(pattern.type) ?? -1
    let saved = scope.visible
    let slot = scope.bind(pattern.variable, record: record)
    let conditions = checkConditions(pattern.conditions, scope: &scope)
    scope.visible = saved
    return CPattern(slot: slot, record: record, conditions: conditions, span: pattern.span)
  }

  mutating func checkConditions(_ conditions: [Condition], scope: inout Scope) -> [CCondition] {
    var checked: [CCondition] = []
    for condition in conditions {
      switch condition {
      case .binding(let variable, let type):
        if let existing = scope.visible[variable.text] {
          error(
            "E0206", variable.span, en: "variable `\(variable.text)` is already bound", id: "variabel `\(variable.text)` sudah terikat",
            labels: [DiagnosticLabel(span: scope.slotSpans[existing], message: Message(en: "first bound here", id: "pertama diikat di sini"))])
          continue
        }
        guard let record = resolveRecord(type) else {
          _ = scope.bind(variable, record: -1)
          continue
        }
        let slot = scope.bind(variable, record: record)
        checked.append(.binding(slot: slot, record: record, span: condition.span))
      case .test(let expr):
        checked.append(.test(checkCondition(expr, scope: &scope), span: expr.span))
      case .absence(let pattern, let span):
        checked.append(.absence(checkPattern(pattern, scope: &scope), span: span))
      }
    }
    return checked
  }
}
