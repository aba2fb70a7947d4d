/// Random rulesets and cases for comparing the compiled batch engine with the interpreter
/// (`WideDifferentialTests`), wider than `ReferenceProgram`'s integer pairs: dates judged by `at`
/// against the windows of sources and of rules, calendars and period literals, keyed findings
/// whose conflicts priorities settle or leave, enumerations, lists and sets, counts, optional
/// fields and defaults, texts, exceptions with and without their own conclusion, negation, joins
/// and recursion. There is no reference evaluator: the interpreter is the reference, so a program
/// only has to check and to keep to what the compiled engine runs itself (no decimals, durations
/// or periods as values, text `+` or division), or the comparison would prove nothing.
///
/// Every program has the same two case records (`Orang`, `Aksi`) and one to four derived records
/// `D1`..`D4` of one shape, `Dk` read only by rules of level `k` or above (negation, counts and
/// exceptions only from below), which keeps every program stratified.
struct WideProgram {
  /// Constructs a program uses, so a test can show each was drawn.
  enum Feature: String, CaseIterable, Sendable {
    case at, window, calendar, date, priority, count, optional, list, text, enumeration
    case exception, exceptionWithConclusion, negation, join, recursion, hiddenRecursion
  }

  let text: String
  let features: Set<Feature>
  /// Whether `Aksi.pelaku` is a `ref Orang`, which the cases then respect (nearly always).
  let actorIsReference: Bool

  static func random(using generator: inout some RandomNumberGenerator) -> WideProgram {
    var draw = WideDraw(generator: generator)
    let program = draw.program()
    generator = draw.generator
    return program
  }

  /// The ruleset text.
  func source() -> String { text }

  /// Case documents, one line each: a few people and acts with values the rules test for, an
  /// optional field absent, `null` or given, and now and then an input error.
  func cases(count: Int, using generator: inout some RandomNumberGenerator) -> [String] {
    var draw = WideDraw(generator: generator)
    let documents = (0..<count).map { draw.caseDocument(number: $0, actorIsReference: actorIsReference) }
    generator = draw.generator
    return documents
  }
}

// MARK: - The model

/// A record as the generator sees it: enough to write fields of the right kind into conditions
/// and conclusions.
struct WideShape: Sendable {
  enum Kind: Sendable { case text, int, date, jenis, warna }

  struct Field: Sendable {
    let name: String
    let kind: Kind
    var optional = false
    var list = false
    var isScalar: Bool { !optional && !list }
    /// Fields holding the id of a case fact: what joins compare.
    var isIdentifier: Bool { isScalar && kind == .text && ["id", "pelaku", "sasaran", "who", "to"].contains(name) }
  }

  let name: String
  let fields: [Field]
  /// 0 for case records; a derived record's level orders the strata.
  let level: Int
  var keys: [String] = []
  var finding = true
  /// The case record (an index in `caseRecords`) most rules concluding a keyed record bind first,
  /// so that rules meet on the same keys and conflict.
  var anchor = 0

  var isDerived: Bool { level > 0 }

  /// Which ids a field holds: people (`o`), acts (`a`), or either (`*`, derived fields).
  func domain(of field: Field) -> String {
    if isDerived { return "*" }
    return name == "Aksi" && field.name == "id" ? "a" : "o"
  }

  static let person = WideShape(
    name: "Orang",
    fields: [
      Field(name: "id", kind: .text), Field(name: "jenis", kind: .jenis), Field(name: "nama", kind: .text),
      Field(name: "umur", kind: .int, optional: true), Field(name: "skor", kind: .int), Field(name: "tag", kind: .text, list: true),
      Field(name: "warna", kind: .warna, list: true), Field(name: "kelompok", kind: .text, list: true),
      Field(name: "lahir", kind: .date, optional: true),
    ], level: 0)

  static let act = WideShape(
    name: "Aksi",
    fields: [
      Field(name: "id", kind: .text), Field(name: "pelaku", kind: .text), Field(name: "sasaran", kind: .text),
      Field(name: "tanggal", kind: .date), Field(name: "jenis", kind: .jenis), Field(name: "nilai", kind: .int),
      Field(name: "bobot", kind: .int), Field(name: "tanda", kind: .warna), Field(name: "catatan", kind: .text, optional: true),
      Field(name: "batas", kind: .date, optional: true),
    ], level: 0)

  static let caseRecords = [person, act]
}

/// A variable bound in a rule and the record it ranges over.
struct WideVariable {
  let name: String
  let shape: WideShape
}

/// A field of a bound variable, as written in a condition (`v1.tanggal`).
struct WideReference: Equatable {
  let variable: String
  let field: String
  var text: String { "\(variable).\(field)" }
}

/// The variables of a rule, which its exceptions see too, and a counter that gives every variable
/// of the rule and of its exceptions (negated and counted ones included) a name of its own.
struct WideFamily {
  var scope: [WideVariable] = []
  var count = 0

  mutating func fresh(_ prefix: String) -> String {
    count += 1
    return "\(prefix)\(count)"
  }
}

/// A rule already written: what exceptions and priorities need to know of it.
struct WideRule {
  let name: String
  /// Index of the derived record it concludes.
  let head: Int
  /// Index of its family (an exception shares its rule's).
  let family: Int
  /// Whether it has a conclusion of its own (an exception may not).
  let concludes: Bool
}

/// Values shared by programs and cases, so that the rules' tests meet the values cases hold.
enum WideValues {
  static let names = ["A", "B", "C"]
  static let tags = ["x", "y", "z"]
  static let notes = ["bebas", "lain"]
  static let jenis = ["ja", "jb", "jc"]
  static let warna = ["wa", "wb", "wc"]
  /// Around the windows the programs draw, boundaries included.
  static let dates = [
    "2022-12-31", "2023-01-01", "2023-02-28", "2023-03-01", "2023-06-30", "2023-07-01", "2023-09-15", "2023-12-31",
    "2024-01-01", "2024-02-29", "2024-06-30",
  ]
}

/// How values and records are written (outside the generic `WideDraw`, whose metatype is not
/// `Sendable`).
enum WideText {
  static func quoted(_ text: String) -> String { "\"\(text)\"" }

  /// `finding record D1 { who: Text key  to: Text ... }`
  static func declaration(_ shape: WideShape) -> String {
    let fields = shape.fields.map { field -> String in
      let base: String
      switch field.kind {
      case .text: base = "Text"
      case .int: base = "Int"
      case .date: base = "Date"
      case .jenis: base = "Jenis"
      case .warna: base = "Warna"
      }
      let type = field.list ? "[\(base)]" : base + (field.optional ? "?" : "")
      return "\(field.name): \(type)" + (shape.keys.contains(field.name) ? " key" : "")
    }
    return "\(shape.finding ? "finding " : "")record \(shape.name) { \(fields.joined(separator: "  ")) }\n"
  }

  static func object(_ members: [(String, String)]) -> String {
    "{" + members.map { "\(quoted($0.0)): \($0.1)" }.joined(separator: ", ") + "}"
  }

  static func texts(_ items: [String]) -> String { "[" + items.map(quoted).joined(separator: ", ") + "]" }
}

// MARK: - Drawing

/// Draws from the generator and remembers the constructs drawn. Generic over the generator, so
/// `WideProgram.random(using:)` can hand the generator back advanced.
struct WideDraw<G: RandomNumberGenerator> {
  var generator: G
  var features: Set<WideProgram.Feature> = []

  mutating func chance(_ percent: Int) -> Bool { Int.random(in: 0..<100, using: &generator) < percent }
  mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &generator) }
  mutating func pick<T>(_ items: [T]) -> T { items[Int.random(in: 0..<items.count, using: &generator)] }
  mutating func sample<T>(_ items: [T], _ count: Int) -> [T] { Array(items.shuffled(using: &generator).prefix(count)) }

  /// References to the fields of the scope that pass the test.
  func references(in scope: [WideVariable], where test: (WideShape.Field) -> Bool) -> [WideReference] {
    scope.flatMap { variable in
      variable.shape.fields.filter(test).map { WideReference(variable: variable.name, field: $0.name) }
    }
  }

  func scalars(_ kind: WideShape.Kind, in scope: [WideVariable]) -> [WideReference] {
    references(in: scope) { $0.isScalar && $0.kind == kind }
  }
}

// MARK: Terms

extension WideDraw {
  mutating func constant(_ kind: WideShape.Kind) -> String {
    switch kind {
    case .text: return WideText.quoted(pick(WideValues.names + WideValues.tags + ["o1", "o2", "a1"]))
    case .int: return String(int(0...4))
    case .date: return pick(WideValues.dates)
    case .jenis: return pick(WideValues.jenis)
    case .warna: return pick(WideValues.warna)
    }
  }

  /// `{a, b}` of one or two constants.
  mutating func constantSet(_ kind: WideShape.Kind) -> String {
    let pool: [String]
    switch kind {
    case .text: pool = (WideValues.names + WideValues.tags + ["o1", "o2"]).map(WideText.quoted)
    case .jenis: pool = WideValues.jenis
    case .warna: pool = WideValues.warna
    case .int, .date: pool = (0...4).map(String.init)
    }
    return "{" + sample(pool, int(1...2)).joined(separator: ", ") + "}"
  }

  /// A field of the kind from the scope (never `avoiding`, so no test compares a field with
  /// itself), or now and then a constant.
  mutating func term(_ kind: WideShape.Kind, in scope: [WideVariable], avoiding: WideReference? = nil) -> String {
    let candidates = scalars(kind, in: scope).filter { $0 != avoiding }
    if !candidates.isEmpty, !chance(15) { return pick(candidates).text }
    return constant(kind)
  }
}

// MARK: Conditions

extension WideDraw {
  /// A test over the scope's fields, or nil when the scope has no field for the kinds drawn.
  mutating func condition(in scope: [WideVariable], depth: Int = 0) -> String? {
    for _ in 0..<6 {
      let drawn: String?
      switch int(0...11) {
      case 0, 1: drawn = integerTest(scope)
      case 2: drawn = textTest(scope)
      case 3, 4: drawn = enumerationTest(scope)
      case 5: drawn = listTest(scope)
      case 6, 7, 8: drawn = dateTest(scope)
      case 9, 10: drawn = optionalTest(scope)
      default: drawn = depth == 0 ? compoundTest(scope) : nil
      }
      if let drawn { return drawn }
    }
    return nil
  }

  /// `a.f == b.g` on fields holding ids of the same kind of fact, or nil when there is none.
  mutating func join(_ new: WideVariable, to scope: [WideVariable]) -> String? {
    var pairs: [String] = []
    for field in new.shape.fields where field.isIdentifier {
      for other in scope {
        for otherField in other.shape.fields where otherField.isIdentifier && !(field.name == "id" && otherField.name == "id") {
          let domains = [new.shape.domain(of: field), other.shape.domain(of: otherField)]
          guard domains[0] == domains[1] || domains.contains("*") else { continue }
          pairs.append("\(new.name).\(field.name) == \(other.name).\(otherField.name)")
        }
      }
    }
    guard !pairs.isEmpty else { return nil }
    features.insert(.join)
    return pick(pairs)
  }

  mutating func integerTest(_ scope: [WideVariable]) -> String? {
    let fields = scalars(.int, in: scope)
    guard !fields.isEmpty else { return nil }
    let field = pick(fields)
    let left = chance(20) ? "\(field.text) + \(int(1...2))" : field.text
    return "\(left) \(pick(["==", "!=", "<", "<=", ">", ">="])) \(term(.int, in: scope, avoiding: field))"
  }

  mutating func textTest(_ scope: [WideVariable]) -> String? {
    let fields = scalars(.text, in: scope)
    guard !fields.isEmpty else { return nil }
    features.insert(.text)
    let field = pick(fields)
    switch int(0...3) {
    case 0: return "\(field.text) == \(term(.text, in: scope, avoiding: field))"
    case 1: return "\(field.text) != \(term(.text, in: scope, avoiding: field))"
    default: return "\(field.text) \(pick(["in", "not in"])) \(constantSet(.text))"
    }
  }

  mutating func enumerationTest(_ scope: [WideVariable]) -> String? {
    let fields = references(in: scope) { $0.isScalar && ($0.kind == .jenis || $0.kind == .warna) }
    guard !fields.isEmpty else { return nil }
    features.insert(.enumeration)
    let field = pick(fields)
    let fieldKind = kind(of: field, in: scope)
    switch int(0...3) {
    case 0: return "\(field.text) == \(term(fieldKind, in: scope, avoiding: field))"
    case 1: return "\(field.text) != \(constant(fieldKind))"
    default: return "\(field.text) \(pick(["in", "not in"])) \(constantSet(fieldKind))"
    }
  }

  /// `x in v.list` (a `[Text]`, `[Warna]` or `{Text}` field).
  mutating func listTest(_ scope: [WideVariable]) -> String? {
    let fields = references(in: scope) { $0.list }
    guard !fields.isEmpty else { return nil }
    features.insert(.list)
    let field = pick(fields)
    return "\(term(kind(of: field, in: scope), in: scope)) \(pick(["in", "in", "not in"])) \(field.text)"
  }

  mutating func dateTest(_ scope: [WideVariable]) -> String? {
    let fields = scalars(.date, in: scope)
    guard !fields.isEmpty else { return nil }
    features.insert(.date)
    let field = pick(fields)
    let left = field.text
    switch int(0...6) {
    case 0: return "\(left) \(pick(["before", "after"])) \(term(.date, in: scope, avoiding: field))"
    case 1:
      features.insert(.calendar)
      return "\(left) during c.\(pick(["tahap", "lanjut"]))"
    case 2:
      let ends = sample(WideValues.dates, 2).sorted()
      return "\(left) during \(ends[0]) .. \(ends[1])"
    case 3: return "\(left).year \(pick(["==", "!=", ">="])) \(int(2022...2024))"
    case 4: return "\(left).month \(pick(["==", "<=", ">"])) \(int(1...12))"
    case 5: return "\(left).day \(pick(["<", ">="])) \(int(1...28))"
    default: return "\(left) - \(term(.date, in: scope, avoiding: field)) \(pick(["<", ">="])) \(int(-30...30))"
    }
  }

  /// An optional field against `none`, or ordered or compared (false, or `none`, when absent).
  mutating func optionalTest(_ scope: [WideVariable]) -> String? {
    let fields = references(in: scope) { $0.optional }
    guard !fields.isEmpty else { return nil }
    features.insert(.optional)
    let field = pick(fields)
    switch (int(0...3), kind(of: field, in: scope)) {
    case (0, _): return "\(field.text) == none"
    case (1, _): return "\(field.text) != none"
    case (2, .int): return "\(field.text) + 1 > \(term(.int, in: scope))"
    case (_, .int): return "\(field.text) \(pick(["==", "<", ">="])) \(term(.int, in: scope))"
    case (_, .date): return "\(field.text) \(pick(["before", "after", "=="])) \(term(.date, in: scope))"
    default: return "\(field.text) \(pick(["==", "!="])) \(term(.text, in: scope))"
    }
  }

  /// `not (a)`, `(a) or (b)`, `(a) and (b)`.
  mutating func compoundTest(_ scope: [WideVariable]) -> String? {
    guard let first = condition(in: scope, depth: 1) else { return nil }
    guard !chance(40), let second = condition(in: scope, depth: 1) else { return "not (\(first))" }
    return "(\(first)) \(pick(["or", "and"])) (\(second))"
  }

  func kind(of reference: WideReference, in scope: [WideVariable]) -> WideShape.Kind {
    let shape = scope.first { $0.name == reference.variable }!.shape
    return shape.fields.first { $0.name == reference.field }!.kind
  }
}

// MARK: Patterns and conclusions

extension WideDraw {
  /// `no n: R { ... }` over a record of a lower stratum.
  mutating func absence(over lower: [WideShape], scope: [WideVariable], family: inout WideFamily) -> String {
    features.insert(.negation)
    let variable = WideVariable(name: family.fresh("n"), shape: pick(lower))
    return "no \(variable.name): \(variable.shape.name) { \(patternBody(variable, scope: scope)) }"
  }

  /// `count c: R { ... } >= k` over a record of a lower stratum.
  mutating func count(over lower: [WideShape], scope: [WideVariable], family: inout WideFamily) -> String {
    features.insert(.count)
    let variable = WideVariable(name: family.fresh("c"), shape: pick(lower))
    return "count \(variable.name): \(variable.shape.name) { \(patternBody(variable, scope: scope)) } \(pick([">=", "==", "<", ">"])) \(int(0...2))"
  }

  /// A join to the rule's variables and maybe a test of the pattern's own fields (may be empty).
  mutating func patternBody(_ variable: WideVariable, scope: [WideVariable]) -> String {
    var conditions: [String] = []
    if let join = join(variable, to: scope) { conditions.append(join) }
    if chance(40), let test = condition(in: [variable]) { conditions.append(test) }
    return conditions.joined(separator: " and ")
  }

  /// A conclusion of `head`. For a keyed head it mostly reads one fact, the keys from its id, so
  /// that facts of one rule do not conflict among themselves and conflicts come from rules meeting
  /// on a key. A recursive rule only copies values (no arithmetic: the fixpoint stays finite).
  mutating func conclusion(_ head: WideShape, scope: [WideVariable], copyOnly: Bool) -> String {
    let anchored = !head.keys.isEmpty && !copyOnly && chance(80)
    let visible = anchored ? [scope[0]] : scope
    var parts: [String] = []
    for field in head.fields {
      if field.optional, chance(30) { continue }
      let written = anchored && head.keys.contains(field.name) ? keyValue(field, of: scope[0]) : value(field, in: visible, copyOnly: copyOnly)
      parts.append("\(field.name): \(written)")
    }
    return "\(head.name) { \(parts.joined(separator: ", ")) }"
  }

  mutating func keyValue(_ field: WideShape.Field, of anchor: WideVariable) -> String {
    let derived = anchor.shape.isDerived
    switch field.name {
    case "who": return "\(anchor.name).\(derived ? "who" : "id")"
    case "to": return "\(anchor.name).\(derived ? "to" : "id")"
    default: return chance(50) ? "\(anchor.name).\(derived ? "kind" : "jenis")" : constant(.jenis)
    }
  }

  mutating func value(_ field: WideShape.Field, in scope: [WideVariable], copyOnly: Bool) -> String {
    if field.list {
      let lists = references(in: scope) { $0.list && $0.kind == .text }
      if !lists.isEmpty, chance(70) { return pick(lists).text }
      return pick(["[]", "[\"x\"]", "[\"x\", \"y\"]"])
    }
    if field.optional {
      let texts = references(in: scope) { !$0.list && $0.kind == .text }
      if !texts.isEmpty, chance(70) { return pick(texts).text }
      return pick(["none", "\"c\""])
    }
    if copyOnly || chance(60) { return term(field.kind, in: scope) }
    switch field.kind {
    case .int: return computedInteger(scope)
    case .jenis:
      let kinds = scalars(.jenis, in: scope)
      guard !kinds.isEmpty else { return term(.jenis, in: scope) }
      return "if \(pick(kinds).text) == ja then jb else \(constant(.jenis))"
    default: return term(field.kind, in: scope)
    }
  }

  /// A sum, a choice on an enumeration, or a date's component.
  mutating func computedInteger(_ scope: [WideVariable]) -> String {
    let kinds = scalars(.jenis, in: scope)
    let dates = scalars(.date, in: scope)
    switch int(0...2) {
    case 0: return "\(term(.int, in: scope)) + \(term(.int, in: scope))"
    case 1 where !kinds.isEmpty: return "if \(pick(kinds).text) == \(constant(.jenis)) then \(int(0...4)) else \(int(0...4))"
    default:
      guard !dates.isEmpty else { return term(.int, in: scope) }
      return "\(pick(dates).text).\(pick(["year", "month", "day"]))"
    }
  }
}

// MARK: Rules

extension WideDraw {
  /// A rule concluding `head`: bindings joined to each other, tests, maybe an absence and a count,
  /// maybe its own window and an `at` date.
  mutating func mainRule(_ number: Int, head: WideShape, lower: [WideShape], recursive: Bool) -> (text: String, family: WideFamily) {
    var family = WideFamily()
    var items = recursive ? recursiveBindings(head, family: &family) : bindings(head, lower: lower, family: &family)
    for _ in 0..<int(0...2) {
      if let test = condition(in: family.scope) { items.append(test) }
    }
    if chance(30) { items.append(absence(over: lower, scope: family.scope, family: &family)) }
    if chance(25) { items.append(count(over: lower, scope: family.scope, family: &family)) }
    var lines = ["rule r\(number) \"aturan \(number)\"", "  basis \(citations(number))"]
    if chance(30) { lines.append("  \(window())") }
    let dates = scalars(.date, in: family.scope)
    if !dates.isEmpty, chance(60) {
      features.insert(.at)
      lines.append("  at \(pick(dates).text)")
    }
    lines.append("  when")
    lines += items.map { "    \($0)" }
    lines.append("  then \(conclusion(head, scope: family.scope, copyOnly: recursive))")
    return (lines.joined(separator: "\n") + "\n", family)
  }

  /// One to three facts, each joined to those before it (mostly); a keyed head's anchor first.
  mutating func bindings(_ head: WideShape, lower: [WideShape], family: inout WideFamily) -> [String] {
    var items: [String] = []
    for index in 0..<int(1...3) {
      let anchored = index == 0 && !head.keys.isEmpty && chance(75)
      let shape = anchored ? WideShape.caseRecords[head.anchor] : pick(lower + [WideShape.act])
      let variable = WideVariable(name: family.fresh("v"), shape: shape)
      items.append("\(variable.name): \(shape.name)")
      if !family.scope.isEmpty, chance(85), let join = join(variable, to: family.scope) { items.append(join) }
      family.scope.append(variable)
    }
    return items
  }

  /// Two facts of the head itself, chained: a transitive closure.
  mutating func recursiveBindings(_ head: WideShape, family: inout WideFamily) -> [String] {
    features.insert(.recursion)
    if !head.finding { features.insert(.hiddenRecursion) }
    let first = WideVariable(name: family.fresh("v"), shape: head)
    let second = WideVariable(name: family.fresh("v"), shape: head)
    family.scope = [first, second]
    return ["\(first.name): \(head.name)", "\(second.name): \(head.name)", "\(first.name).to == \(second.name).who"]
  }

  /// An exception to `target`: tests over the rule's variables, maybe one more fact of a lower
  /// stratum and an absence, and half the time a conclusion of its own.
  mutating func exception(
    _ number: Int, to target: WideRule, head: WideShape, lower: [WideShape], family: inout WideFamily
  ) -> (text: String, concludes: Bool) {
    features.insert(.exception)
    var scope = family.scope
    var items: [String] = []
    if chance(30) {
      let variable = WideVariable(name: family.fresh("x"), shape: pick(lower))
      items.append("\(variable.name): \(variable.shape.name)")
      if let join = join(variable, to: scope) { items.append(join) }
      scope.append(variable)
    }
    if let test = condition(in: scope) { items.append(test) }
    if chance(20) { items.append(absence(over: lower, scope: scope, family: &family)) }
    if items.isEmpty { items.append("\(scope[0].name).\(scope[0].shape.isDerived ? "who" : "id") != \"zz\"") }
    var lines = ["rule e\(number) \"pengecualian \(number)\"", "  exception to \(target.name)", "  basis \(citations(100 + number))"]
    if chance(20) { lines.append("  \(window())") }
    lines.append("  when")
    lines += items.map { "    \($0)" }
    let concludes = chance(50)
    if concludes {
      features.insert(.exceptionWithConclusion)
      lines.append("  then \(conclusion(head, scope: scope, copyOnly: false))")
    }
    return (lines.joined(separator: "\n") + "\n", concludes)
  }

  /// One source (sometimes two, whose windows may never meet), each with a locator.
  mutating func citations(_ number: Int) -> String {
    let sources = sample(["s0", "s1", "s2", "s3"], chance(25) ? 2 : 1)
    let locators = ["Pasal \(number + 1)", "Pasal \(number + 1) ayat (2)", "Lampiran II huruf \(number + 1)", ""]
    return sources.map { "\($0) \(WideText.quoted(pick(locators)))" }.joined(separator: ", ")
  }

  /// A rule's own `effective` and/or `repealed` date.
  mutating func window() -> String {
    features.insert(.window)
    let ends = sample(WideValues.dates, 2).sorted()
    switch int(0...2) {
    case 0: return "effective \(ends[0])"
    case 1: return "repealed \(ends[1])"
    default: return "effective \(ends[0]) repealed \(ends[1])"
    }
  }
}

// MARK: Programs

extension WideDraw {
  mutating func program() -> WideProgram {
    let actorIsReference = chance(60)
    var derived = (1...int(1...4)).map { derivedShape(level: $0) }
    if derived.count >= 2, chance(30) { derived[int(0...derived.count - 2)].finding = false }
    var text = header() + caseRecords(actorIsReference: actorIsReference, requiresValue: chance(30))
    text += derived.map(WideText.declaration).joined()
    var rules: [WideRule] = []
    var families: [WideFamily] = []
    for (index, head) in derived.enumerated() {
      let lower = WideShape.caseRecords + derived.prefix(index)
      let count = int(head.keys.isEmpty && head.finding ? 1...3 : 2...3)
      for number in 0..<count {
        // A base rule first; a hidden record's last rule recurses, so a finding reads a closure.
        let recursive = number > 0 && (chance(20) || (!head.finding && number == count - 1))
        let written = mainRule(rules.count, head: head, lower: lower, recursive: recursive)
        rules.append(WideRule(name: "r\(rules.count)", head: index, family: families.count, concludes: true))
        families.append(written.family)
        text += written.text
      }
    }
    text += exceptions(&rules, families: &families, derived: derived)
    text += priorities(rules, derived: derived)
    return WideProgram(text: text, features: features, actorIsReference: actorIsReference)
  }

  /// Up to three exceptions, a quarter of them to an earlier exception.
  mutating func exceptions(_ rules: inout [WideRule], families: inout [WideFamily], derived: [WideShape]) -> String {
    var text = ""
    var written: [WideRule] = []
    for number in 0..<int(0...3) {
      let target = !written.isEmpty && chance(25) ? pick(written) : pick(rules)
      let lower = WideShape.caseRecords + derived.prefix(target.head)
      let drawn = exception(number, to: target, head: derived[target.head], lower: lower, family: &families[target.family])
      written.append(WideRule(name: "e\(number)", head: target.head, family: target.family, concludes: drawn.concludes))
      text += drawn.text
    }
    rules += written
    return text
  }

  /// Half the pairs of rules concluding one keyed record, the later over the earlier (no cycle).
  mutating func priorities(_ rules: [WideRule], derived: [WideShape]) -> String {
    var text = ""
    for (index, head) in derived.enumerated() where !head.keys.isEmpty {
      let meeting = rules.filter { $0.head == index && $0.concludes }
      for low in meeting.indices {
        for high in meeting.indices where high > low && chance(50) {
          features.insert(.priority)
          text += "priority \(meeting[high].name) over \(meeting[low].name)\n"
        }
      }
    }
    return text
  }

  /// Who, to whom, how much, what kind, when; maybe a note and tags; keys on a third of them.
  mutating func derivedShape(level: Int) -> WideShape {
    var fields = [
      WideShape.Field(name: "who", kind: .text), WideShape.Field(name: "to", kind: .text), WideShape.Field(name: "n", kind: .int),
      WideShape.Field(name: "kind", kind: .jenis), WideShape.Field(name: "day", kind: .date),
    ]
    if chance(50) { fields.append(WideShape.Field(name: "catat", kind: .text, optional: true)) }
    if chance(25) { fields.append(WideShape.Field(name: "tags", kind: .text, list: true)) }
    var shape = WideShape(name: "D\(level)", fields: fields, level: level)
    shape.keys = pick([[], [], [], ["who"], ["who", "kind"], ["who", "to"]])
    shape.anchor = pick([0, 0, 1])
    return shape
  }

  /// Header, sources whose windows meet and part, enumerations and a calendar.
  mutating func header() -> String {
    let change = sample(WideValues.dates, 3).sorted()
    let stages = sample(Array(WideValues.dates.dropLast()), 3).sorted()
    return """
      ruleset wide version "1"
      source s0 "Sumber lama" effective 2020-01-01 repealed \(change[1]) by s1
      source s1 "Sumber baru" effective \(change[1])
      source s2 "Sumber tetap"
      source s3 "Sumber sementara" effective \(change[0]) repealed \(change[2])
      enum Jenis { ja, jb, jc }
      enum Warna { wa, wb, wc }
      calendar c "Tahapan" { tahap: \(stages[0]) .. \(stages[1])  lanjut: \(stages[2]) .. 2024-06-30 }

      """
  }

  /// `Orang`, `Aksi` and the input record, with defaults that read the record's own fields.
  mutating func caseRecords(actorIsReference: Bool, requiresValue: Bool) -> String {
    let score = pick(["1", "if jenis == ja then 2 else 0", "3"])
    let weight = pick(["nilai * 2", "nilai + 1", "if jenis == jb then nilai else 0"])
    let reference = actorIsReference ? " ref Orang" : ""
    let requirement = requiresValue ? "  require nilai >= 0 \"nilai tidak negatif\"\n" : ""
    return """
      record Orang {
        id: Text key
        jenis: Jenis
        nama: Text
        umur: Int?
        skor: Int = \(score)
        tag: [Text] = []
        warna: [Warna] = []
        kelompok: {Text} = {}
        lahir: Date?
      }
      record Aksi {
        id: Text key
        pelaku: Text\(reference)
        sasaran: Text
        tanggal: Date
        jenis: Jenis
        nilai: Int
        bobot: Int = \(weight)
        tanda: Warna = wa
        catatan: Text?
        batas: Date?
      \(requirement)}
      input record Kasus { kasus: Text key  orang: [Orang] = []  aksi: [Aksi] = [] }

      """
  }

}

// MARK: Cases

extension WideDraw {
  /// A case of up to four people and five acts; one in thirty with an unknown enumeration value.
  mutating func caseDocument(number: Int, actorIsReference: Bool) -> String {
    let people = (0..<(chance(10) ? 0 : int(1...4))).map { "o\($0 + 1)" }
    let acts = people.isEmpty && actorIsReference && !chance(5) ? 0 : (chance(10) ? 0 : int(1...5))
    let persons = people.map { person($0) }
    let deeds = (0..<acts).map { act("a\($0 + 1)", people: people, actorIsReference: actorIsReference) }
    var document = WideText.object([
      ("kasus", WideText.quoted("k\(number)")), ("orang", "[" + persons.joined(separator: ", ") + "]"),
      ("aksi", "[" + deeds.joined(separator: ", ") + "]"),
    ])
    if chance(3), let range = document.firstRange(of: "\"ja\"") { document.replaceSubrange(range, with: "\"jx\"") }
    return document
  }

  mutating func person(_ id: String) -> String {
    var members = [
      ("id", WideText.quoted(id)), ("jenis", WideText.quoted(pick(WideValues.jenis))), ("nama", WideText.quoted(pick(WideValues.names))),
    ]
    members += optionalMember("umur", String(int(0...4)))
    if chance(40) { members.append(("skor", String(int(0...4)))) }
    if chance(60) { members.append(("tag", WideText.texts(sample(WideValues.tags + WideValues.names + ["o1", "o2"], int(0...2))))) }
    if chance(60) { members.append(("warna", WideText.texts(sample(WideValues.warna, int(0...2))))) }
    if chance(40) { members.append(("kelompok", WideText.texts(sample(WideValues.tags + WideValues.names, int(0...2))))) }
    members += optionalMember("lahir", WideText.quoted(date()))
    return WideText.object(members)
  }

  /// An act by one of the people (now and then by someone not in the case: an input error under
  /// `ref`), possibly with a negative value (an error where `require` forbids it).
  mutating func act(_ id: String, people: [String], actorIsReference: Bool) -> String {
    let pool = people.isEmpty ? ["o1"] : people
    let known = actorIsReference ? !chance(2) : chance(80)
    var members = [
      ("id", WideText.quoted(id)), ("pelaku", WideText.quoted(known ? pick(pool) : pick(["o1", "o2", "o5"]))),
      ("sasaran", WideText.quoted(pick(pool + ["o9"]))), ("tanggal", WideText.quoted(date())), ("jenis", WideText.quoted(pick(WideValues.jenis))),
      ("nilai", String(int((chance(5) ? -1 : 0)...4))),
    ]
    if chance(30) { members.append(("tanda", WideText.quoted(pick(WideValues.warna)))) }
    members += optionalMember("catatan", WideText.quoted(pick(WideValues.notes + WideValues.names)))
    members += optionalMember("batas", WideText.quoted(date()))
    return WideText.object(members)
  }

  /// Absent, `null`, or given.
  mutating func optionalMember(_ name: String, _ value: String) -> [(String, String)] {
    switch int(0...3) {
    case 0: return []
    case 1: return [(name, "null")]
    default: return [(name, value)]
    }
  }

  /// Half from the dates the programs name (window ends), half any day of 2022-2024.
  mutating func date() -> String {
    if chance(50) { return pick(WideValues.dates) }
    let month = int(1...12)
    let day = int(1...28)
    return "\(int(2022...2024))-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
  }
}
