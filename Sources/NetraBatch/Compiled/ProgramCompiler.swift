import Netra

/// Turns a checked ruleset into a `CompiledProgram`: expressions into stack code, conditions into
/// join steps. Throws `Fallback` at the first construct words cannot express.
struct ProgramCompiler {
  let program: CheckedRuleset
  /// The expression being compiled, and all compiled ones.
  var code: [Instruction] = []
  var finished: [Instruction] = []
  var steps: [Step] = []
  var patterns: [Range<Int>] = []
  var constantPool: [Word] = []
  var constantLists: [Word] = []
  var constantListOffsets: [[Word]: Word] = [:]
  var texts = ConstantTexts()
  /// What is being compiled, to say where compilation stopped.
  var context = ""
  /// The record each slot of the rule being compiled binds.
  var slotRecords: [Int] = []
  /// How to explain each rule's firings, by rule.
  var tracePlans: [TracePlan] = []

  init(program: CheckedRuleset) {
    self.program = program
  }

  mutating func compile() throws(Fallback) -> CompiledProgram {
    // Only facts the interpreter would record in full: the bindings arrays are fixed-size per rule.
    var records: [CompiledProgram.Record] = []
    for record in program.records {
      records.append(try compile(record: record))
    }
    var rules: [CompiledProgram.Rule] = []
    for rule in program.rules {
      rules.append(try compile(rule: rule))
    }
    return CompiledProgram(
      program: program, records: records, rules: rules, patterns: patterns, steps: steps, code: finished, constantPool: constantPool,
      constantLists: constantLists, texts: texts, tracePlans: tracePlans)
  }

  // MARK: Records

  mutating func compile(record: CheckedRecord) throws(Fallback) -> CompiledProgram.Record {
    context = "record `\(record.name)`"
    guard record.fields.count <= 64 else { throw Fallback() }
    var fields: [CompiledProgram.Field] = []
    for field in record.fields {
      context = "field `\(field.name)` of `\(record.name)`"
      guard let kind = WordKind(field.type) else { throw Fallback() }
      var nested: Int?
      switch field.type.unwrapped {
      case .record(let r): nested = r
      case .list(let element), .set(let element):
        if case .record(let r) = element.unwrapped { nested = r }
      default: break
      }
      let name = Array(field.name.utf8)
      fields.append(
        CompiledProgram.Field(
          name: name, kind: kind, optional: field.type.isOptional, nested: nested,
          defaultCode: try field.defaultValue.map { e throws(Fallback) in try compileRecordExpression(e) },
          onlyWhen: try field.onlyWhen.map { e throws(Fallback) in try compileRecordCondition(e) },
          requiredWhen: try field.requiredWhen.map { e throws(Fallback) in try compileRecordCondition(e) },
          nonempty: field.nonempty, reference: field.reference))
    }
    // Conflicts group derived facts by key words: list keys would need their items compared.
    if record.role != .input, record.keyFields.contains(where: { fields[$0].kind.isList }) { throw Fallback() }
    var requirements: [Step] = []
    for requirement in record.requirements { requirements.append(try compileRecordCondition(requirement.condition)) }
    return CompiledProgram.Record(
      name: record.name, role: record.role, fields: fields, keyField: record.keyFields.first, keyFields: record.keyFields,
      requirements: requirements, sortFields: record.order + Array(record.fields.indices))
  }

  /// Record expressions (defaults, `only when`, `required when`, `require`) read the record's own
  /// fields through slot 0; the loader treats anything else as `none`, so only that is compiled.
  mutating func compileRecordExpression(_ expr: CExpr) throws(Fallback) -> Int32 {
    guard Self.readsOnlyOwnFields(expr) else { throw Fallback() }
    return try compileExpression(expr)
  }

  /// A record condition as a simple test where it is one, else as code.
  mutating func compileRecordCondition(_ expr: CExpr) throws(Fallback) -> Step {
    guard Self.readsOnlyOwnFields(expr) else { throw Fallback() }
    if let simple = try simpleTest(expr) { return simple }
    return .test(code: try compileExpression(expr))
  }

  static func readsOnlyOwnFields(_ expr: CExpr) -> Bool {
    switch expr {
    case .constant: return true
    case .slot, .count: return false
    case .field(.slot(0), _, _): return true
    case .field: return false
    case .not(let e), .negate(let e), .dateComponent(let e, _): return readsOnlyOwnFields(e)
    case .binary(_, let a, let b), .period(let a, let b): return readsOnlyOwnFields(a) && readsOnlyOwnFields(b)
    case .set(let items): return items.allSatisfy(readsOnlyOwnFields)
    case .conditional(let a, let b, let c): return readsOnlyOwnFields(a) && readsOnlyOwnFields(b) && readsOnlyOwnFields(c)
    }
  }

  // MARK: Rules

  mutating func compile(rule: CheckedRule) throws(Fallback) -> CompiledProgram.Rule {
    slotRecords = rule.slotRecords
    context = "rule `\(rule.name)`"
    defer { slotRecords = [] }
    let stepRange = try compile(conditions: rule.conditions, probes: rule.probes)
    var conclusions: [(record: Int, codes: [Int32])] = []
    for conclusion in rule.conclusions {
      var codes: [Int32] = []
      for (index, expr) in conclusion.fields.enumerated() {
        let fieldKind = WordKind(program.records[conclusion.record].fields[index].type)
        guard let fieldKind, let exprKind = try kind(of: expr), Self.fits(exprKind, fieldKind) else { throw Fallback() }
        codes.append(try compileExpression(expr))
      }
      conclusions.append((conclusion.record, codes))
    }
    var from = Int.min
    var until = Int.max
    func narrow(_ effective: Day?, _ repealed: Day?) {
      if let effective { from = max(from, effective.ordinal) }
      if let repealed { until = min(until, repealed.ordinal) }
    }
    narrow(rule.effective, rule.repealed)
    for citation in rule.basis {
      let source = program.sources[citation.source]
      narrow(source.effective, source.repealed)
    }
    var basis: [String] = []
    for citation in rule.basis where !basis.contains(citation.identifier) { basis.append(citation.identifier) }
    var deltaSlots: [(slot: Int, record: Int)] = []
    for case .binding(let slot, let record, _) in rule.conditions { deltaSlots.append((slot, record)) }
    tracePlans.append(tracePlan(for: rule, number: tracePlans.count))
    return CompiledProgram.Rule(
      steps: stepRange, slotCount: max(1, rule.slotCount),
      exceptions: rule.exceptions, exceptionTo: rule.exceptionTo,
      judgedAtCode: try rule.judgedAt.map { e throws(Fallback) in try compileExpression(e) }, from: from, until: until,
      conclusions: conclusions, bindingRecords: rule.bindingRecords, deltaSlots: deltaSlots, basis: basis)
  }

  static func fits(_ value: WordKind, _ field: WordKind) -> Bool {
    if value == field || value == .none { return true }
    if case .list(let a) = value, case .list(let b) = field { return a == .none || a == b }
    return false
  }

  mutating func compile(conditions: [CCondition], probes: [Probe?]) throws(Fallback) -> Range<Int> {
    // Steps of nested patterns are compiled first, so this list stays contiguous.
    var compiled: [Step] = []
    for (index, condition) in conditions.enumerated() {
      switch condition {
      case .binding(let slot, let record, _):
        var probeField: Int32 = -1
        var probeCode: Int32 = -1
        if let probe = probes[index], probe.keys.count == 1,
          let fieldKind = WordKind(program.records[record].fields[probe.field].type), !fieldKind.isList,
          let keyKind = try kind(of: probe.keys[0]), !keyKind.isList
        {
          probeField = Int32(probe.field)
          probeCode = try compileExpression(probe.keys[0])
        }
        compiled.append(.bind(slot: Int32(slot), record: Int32(record), probeField: probeField, probeCode: probeCode, filters: 0))
      case .test(let expr, _):
        guard try kind(of: expr) != nil else { throw Fallback() }
        if let simple = try simpleTest(expr) {
          compiled.append(simple)
        } else {
          compiled.append(.test(code: try compileExpression(expr)))
        }
      case .absence(let pattern, _):
        compiled.append(.absent(pattern: try compile(pattern: pattern)))
      }
    }
    for (index, step) in compiled.enumerated() {
      guard case .bind(let slot, let record, let probeField, let probeCode, _) = step else { continue }
      let filters = compiled[(index + 1)...].prefix { $0.isSimpleTest }.count
      compiled[index] = .bind(slot: slot, record: record, probeField: probeField, probeCode: probeCode, filters: Int32(filters))
    }
    let start = steps.count
    steps += compiled
    return start..<steps.count
  }

  /// A test of a scalar field that runs without the stack machine, when the test is that simple.
  mutating func simpleTest(_ expr: CExpr) throws(Fallback) -> Step? {
    func scalarField(_ e: CExpr) -> (Int32, Int32)? {
      guard case .field(.slot(let slot), let record, let field) = e, let kind = WordKind(program.records[record].fields[field].type),
        !kind.isList, kind != .period
      else { return nil }
      return (Int32(slot), Int32(field))
    }
    switch expr {
    case .binary(let op, let a, .constant(let value)) where op == .equal || op == .notEqual:
      guard let (slot, field) = scalarField(a), let k = Self.kind(of: value), !k.isList, k != .period,
        let fieldKind = try kind(of: a), Self.comparable(fieldKind, k)
      else { return nil }
      let word = try word(of: value)
      return op == .equal ? .testEquals(slot: slot, field: field, word: word) : .testNotEquals(slot: slot, field: field, word: word)
    case .binary(.equal, let a, let b):
      guard let (slot, field) = scalarField(a), let (otherSlot, otherField) = scalarField(b), let x = try kind(of: a), let y = try kind(of: b),
        Self.comparable(x, y)
      else { return nil }
      return .testFieldsEqual(slot: slot, field: field, otherSlot: otherSlot, otherField: otherField)
    case .binary(.in, let a, .constant(.list(let items))):
      guard let (slot, field) = scalarField(a), let x = try kind(of: a) else { return nil }
      var words: [Word] = []
      for item in items {
        guard let k = Self.kind(of: item), !k.isList, k != .period, Self.comparable(x, k) else { return nil }
        words.append(try word(of: item))
      }
      let start = Int32(constantPool.count)
      constantPool += words
      return .testIn(slot: slot, field: field, start: start, count: Int32(words.count))
    case .field:
      guard let (slot, field) = scalarField(expr), try kind(of: expr) == .bool else { return nil }
      return .testTrue(slot: slot, field: field)
    case .not(let inner):
      guard let (slot, field) = scalarField(inner), try kind(of: inner) == .bool else { return nil }
      return .testFalse(slot: slot, field: field)
    default:
      return nil
    }
  }

  mutating func compile(pattern: CPattern) throws(Fallback) -> Int32 {
    let range = try compile(conditions: pattern.matchConditions, probes: pattern.probes)
    patterns.append(range)
    return Int32(patterns.count - 1)
  }

  // MARK: Expressions

  /// The kind of an expression's value, or nil when words cannot hold it.
  func kind(of expr: CExpr) throws(Fallback) -> WordKind? {
    switch expr {
    case .constant(let value): return Self.kind(of: value)
    case .slot(let slot): return slot < slotRecords.count ? .fact(slotRecords[slot]) : nil
    case .field(_, let record, let field): return WordKind(program.records[record].fields[field].type)
    case .not: return .bool
    case .negate(let inner): return try kind(of: inner) == .int ? .int : nil
    case .binary(let op, let a, let b):
      let x = try kind(of: a)
      let y = try kind(of: b)
      switch op {
      case .plus, .minus:
        if x == .int && y == .int { return .int }
        if x == .date, case .constant(.duration) = b { return .date }
        if op == .minus, x == .date, y == .date { return .int }
        return nil
      case .times: return x == .int && y == .int ? .int : nil
      case .divide: return nil
      case .during: return .bool
      default: return .bool
      }
    case .set(let items):
      var element: ElementKind = .none
      for item in items {
        guard let k = try kind(of: item), let e = ElementKind(k) else { return nil }
        if e != .none { element = e }
      }
      return .list(element)
    case .period: return .period
    case .conditional(_, let t, let f):
      let a = try kind(of: t)
      let b = try kind(of: f)
      if a == WordKind.none { return b }
      return a
    case .count: return .int
    case .dateComponent: return .int
    }
  }

  static func kind(of value: Value) -> WordKind? {
    switch value {
    case .none: return WordKind.none
    case .bool: return .bool
    case .int: return .int
    case .text: return .text
    case .date: return .date
    case .enumCase(let t, _): return .enumeration(t)
    case .list(let items):
      var element: ElementKind = .none
      for item in items {
        guard let k = kind(of: item), let e = ElementKind(k) else { return nil }
        if e != .none { element = e }
      }
      return .list(element)
    case .period: return .period
    case .decimal, .duration, .fact: return nil
    }
  }

  /// The word of a scalar constant.
  mutating func word(of value: Value) throws(Fallback) -> Word {
    switch value {
    case .none: return .noneWord
    case .bool(let b): return b ? 1 : 0
    case .int(let i):
      guard i != Int.min else { throw Fallback() }
      return Word(signed: i)
    case .text(let text): return Word(texts.id(of: text))
    case .date(let day): return Word(signed: day.ordinal)
    case .enumCase(_, let index): return Word(index)
    case .list(let items):
      var words: [Word] = []
      for item in items {
        if case .list = item { throw Fallback() }
        words.append(try word(of: item))
      }
      if let offset = constantListOffsets[words] { return offset }
      let offset = Word(constantLists.count)
      constantLists.append(Word(words.count))
      constantLists += words
      constantListOffsets[words] = offset
      return offset
    case .decimal, .duration, .period, .fact: throw Fallback()
    }
  }

  /// Compiles an expression to a run of code ending in `ret`; returns its start.
  /// Nested expressions (the conditions of a `count`) compile while their parent is half done,
  /// so each expression is built in `code` on its own and then moved, relocated, to `finished`.
  mutating func compileExpression(_ expr: CExpr) throws(Fallback) -> Int32 {
    guard try kind(of: expr) != nil else { throw Fallback() }
    let outer = code
    code = []
    defer { code = outer }
    try emit(expr)
    if code.count == 1, case .constant(let word) = code[0] {
      code = [.returnConstant(word)]
    } else if code.count == 1, case .field(let slot, let field) = code[0] {
      code = [.returnField(slot: slot, field: field)]
    } else if code.count == 1, case .select(let slot, let field, let start, let count) = code[0] {
      code = [.returnSelect(slot: slot, field: field, start: start, count: count)]
    } else {
      code.append(.ret)
    }
    let start = Int32(finished.count)
    for instruction in code {
      switch instruction {
      case .jumpUnlessTrue(let target): finished.append(.jumpUnlessTrue(target + start))
      case .jumpIfTrue(let target): finished.append(.jumpIfTrue(target + start))
      case .branchUnlessTrue(let target): finished.append(.branchUnlessTrue(target + start))
      case .jump(let target): finished.append(.jump(target + start))
      default: finished.append(instruction)
      }
    }
    return start
  }

  mutating func emit(_ expr: CExpr) throws(Fallback) {
    switch expr {
    case .constant(let value):
      code.append(.constant(try word(of: value)))
    case .slot(let slot):
      code.append(.slot(Int32(slot)))
    case .field(.slot(let slot), _, let field):
      code.append(.field(slot: Int32(slot), field: Int32(field)))
    case .field(let base, _, let field):
      try emit(base)
      code.append(.fieldOf(Int32(field)))
    case .not(let inner):
      try emit(inner)
      code.append(.not)
    case .negate(let inner):
      try emit(inner)
      code.append(.negate)
    case .binary(let op, let a, let b):
      try emitBinary(op, a, b)
    case .set(let items):
      if case .constant(let constant) = ConstantFolder.fold(.set(items)) {
        code.append(.constant(try word(of: constant)))
        return
      }
      for item in items { try emit(item) }
      code.append(.makeList(Int32(items.count)))
    case .period:
      throw Fallback()
    case .conditional(let c, let t, let f):
      if let (slot, field, words) = try selection(expr) {
        let start = Int32(constantPool.count)
        constantPool += words
        code.append(.select(slot: Int32(slot), field: Int32(field), start: start, count: Int32(words.count / 2)))
        return
      }
      try emit(c)
      let branch = code.count
      code.append(.branchUnlessTrue(0))
      try emit(t)
      let jump = code.count
      code.append(.jump(0))
      code[branch] = .branchUnlessTrue(Int32(code.count))
      try emit(f)
      code[jump] = .jump(Int32(code.count))
    case .count(let pattern):
      code.append(.count(pattern: try compile(pattern: pattern)))
    case .dateComponent(let inner, let component):
      try emit(inner)
      code.append(.dateComponent(component == .year ? 0 : component == .month ? 1 : 2))
    }
  }

  /// A chain of conditionals that tests one field of a bound fact against constants (or tests a
  /// truth-valued field) and gives constants: the field, and the pairs `c, v` followed by the
  /// default, for `select`. Nil for any other conditional.
  mutating func selection(_ expr: CExpr) throws(Fallback) -> (slot: Int, field: Int, words: [Word])? {
    var words: [Word] = []
    var tested: (slot: Int, field: Int)?
    var rest = expr
    while case .conditional(let condition, let then, let otherwise) = rest {
      guard case .constant(let value) = then else { return nil }
      let matched: Word
      let place: (slot: Int, field: Int)
      switch condition {
      case .binary(.equal, .field(.slot(let slot), let record, let field), .constant(let constant)):
        guard let x = try kind(of: .field(.slot(slot), record: record, field: field)), let y = try kind(of: .constant(constant)),
          Self.comparable(x, y), !x.isList, !y.isList
        else { return nil }
        place = (slot, field)
        matched = try word(of: constant)
      case .field(.slot(let slot), _, let field):
        guard try kind(of: condition) == .bool else { return nil }
        place = (slot, field)
        matched = 1
      default:
        return nil
      }
      if let tested, tested != place { return nil }
      tested = place
      words += [matched, try word(of: value)]
      rest = otherwise
    }
    guard let tested, case .constant(let value) = rest else { return nil }
    words.append(try word(of: value))
    return (tested.slot, tested.field, words)
  }

  mutating func emitBinary(_ op: BinaryOperator, _ a: CExpr, _ b: CExpr) throws(Fallback) {
    guard let x = try kind(of: a), let y = try kind(of: b) else { throw Fallback() }
    switch op {
    case .and, .or:
      try emit(a)
      let jump = code.count
      code.append(op == .and ? .jumpUnlessTrue(0) : .jumpIfTrue(0))
      try emit(b)
      code.append(.toBool)
      code[jump] = op == .and ? .jumpUnlessTrue(Int32(code.count)) : .jumpIfTrue(Int32(code.count))
    case .equal, .notEqual:
      guard Self.comparable(x, y) else { throw Fallback() }
      if case .field(.slot(let slot), _, let field) = a, case .constant(let value) = b, !x.isList, !y.isList {
        code.append(.fieldEquals(slot: Int32(slot), field: Int32(field), word: try word(of: value)))
        if op == .notEqual { code.append(.not) }
        return
      }
      try emit(a)
      try emit(b)
      if x.isList || y.isList {
        code.append(op == .equal ? .listEqual : .listNotEqual)
      } else {
        code.append(op == .equal ? .equal : .notEqual)
      }
    case .less, .lessEqual, .greater, .greaterEqual, .before, .after:
      guard Self.ordered(x), Self.ordered(y) else { throw Fallback() }
      try emit(a)
      try emit(b)
      switch op {
      case .less, .before: code.append(.less)
      case .lessEqual: code.append(.lessEqual)
      case .greater, .after: code.append(.greater)
      default: code.append(.greaterEqual)
      }
    case .in, .notIn:
      guard !x.isList, x != .period else { throw Fallback() }
      if case .constant(.list(let items)) = b {
        var words: [Word] = []
        for item in items {
          guard let k = Self.kind(of: item), !k.isList, Self.comparable(x, k) else { throw Fallback() }
          words.append(try word(of: item))
        }
        let start = Int32(constantPool.count)
        constantPool += words
        if op == .in, case .field(.slot(let slot), _, let field) = a {
          code.append(.fieldIn(slot: Int32(slot), field: Int32(field), start: start, count: Int32(words.count)))
          return
        }
        try emit(a)
        code.append(op == .in ? .inConstants(start: start, count: Int32(words.count)) : .notInConstants(start: start, count: Int32(words.count)))
      } else {
        guard case .list(let element) = y, Self.comparable(x, element.kind) else { throw Fallback() }
        try emit(a)
        try emit(b)
        code.append(op == .in ? .inList : .notInList)
      }
    case .during:
      guard x == .date || x == .none else { throw Fallback() }
      switch b {
      case .constant(.period(let from, let to)):
        guard let low = Int32(exactly: from.ordinal), let high = Int32(exactly: to.ordinal) else { throw Fallback() }
        try emit(a)
        code.append(.during(from: low, to: high))
      case .period(let from, let to):
        try emit(a)
        try emit(from)
        try emit(to)
        code.append(.duringPeriod)
      default:
        throw Fallback()
      }
    case .plus, .minus:
      if x == .int && y == .int {
        try emit(a)
        try emit(b)
        code.append(op == .plus ? .add : .subtract)
      } else if x == .date, case .constant(.duration(let duration)) = b {
        let sign = op == .plus ? 1 : -1
        guard let amount = Int32(exactly: duration.amount * sign) else { throw Fallback() }
        try emit(a)
        switch duration.unit {
        case .days: code.append(.shiftDate(days: amount, months: 0))
        case .months: code.append(.shiftDate(days: 0, months: amount))
        case .years:
          guard let months = Int32(exactly: Int(amount) * 12) else { throw Fallback() }
          code.append(.shiftDate(days: 0, months: months))
        }
      } else if op == .minus, x == .date, y == .date {
        try emit(a)
        try emit(b)
        code.append(.dateDifference)
      } else {
        throw Fallback()
      }
    case .times:
      guard x == .int, y == .int else { throw Fallback() }
      try emit(a)
      try emit(b)
      code.append(.multiply)
    case .divide:
      throw Fallback()
    }
  }

  /// Whether word equality decides equality of values of these kinds (`none` meets anything).
  static func comparable(_ x: WordKind, _ y: WordKind) -> Bool {
    if x == .none || y == .none || x == y { return x != .period && y != .period }
    if case .list(let a) = x, case .list(let b) = y { return a == .none || b == .none || a == b }
    return false
  }

  static func ordered(_ kind: WordKind) -> Bool { kind == .int || kind == .date || kind == .none }
}
