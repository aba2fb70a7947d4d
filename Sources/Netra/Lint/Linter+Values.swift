/// E0310: conditions that leave an enumeration or Bool field no possible value, such as
/// `a.jenis == hadir_acara` with `a.jenis == medsos_suka`, `x in {}`, `h.tugas` with
/// `not h.tugas`, or a field compared to a value where its `only when` cannot hold.
extension Linter {
  /// What the conditions of a rule allow for one field.
  struct Constraint {
    let path: CExpr
    let allowed: Set<Value>
    let span: Span
  }

  mutating func lintImpossibleValues() {
    for (index, rule) in program.rules.enumerated() {
      // An exception runs inside the rules it excepts, so their conditions hold too.
      var conditions: [CCondition] = []
      for ancestor in chain(index).reversed() { conditions += program.rules[ancestor].conditions }
      var domains: [String: Set<Value>] = [:]
      var paths: [String: CExpr] = [:]
      var reported = false
      let own = Set(rule.conditions.map(\.span.start))
      for condition in conditions {
        guard case .test(let expr, let span) = condition else { continue }
        for constraint in constraints(expr, span: span) {
          let key = SyntaxDump.dump(constraint.path)
          let before = domains[key] ?? universe(of: constraint.path) ?? []
          let after = before.intersection(constraint.allowed)
          domains[key] = after
          paths[key] = constraint.path
          if after.isEmpty, !reported, own.contains(span.start) {
            reported = true
            reportImpossible(rule, field: describe(constraint.path, in: rule), at: span, because: nil)
          }
        }
      }
      guard !reported else { continue }
      // A field given only when another field has certain values is absent otherwise.
      for key in domains.keys.sorted() {
        guard let path = paths[key], case .field(let base, let record, let field) = path,
          let domain = domains[key], !domain.contains(.none), program.records[record].fields[field].defaultValue == nil,
          let (controller, allowed) = onlyWhenValues(record: record, field: field)
        else { continue }
        let controllerPath = CExpr.field(base, record: record, field: controller)
        let controllerDomain = domains[SyntaxDump.dump(controllerPath)] ?? universe(of: controllerPath) ?? []
        if controllerDomain.isDisjoint(with: allowed), let span = firstSpan(constraining: key, in: rule.conditions) {
          let checked = program.records[record].fields[field]
          reportImpossible(
            rule, field: describe(path, in: rule), at: span,
            because: Message(
              en: "`\(checked.name)` is given only when \(checked.onlyWhenText), which these conditions rule out",
              id: "`\(checked.name)` hanya diisi bila \(checked.onlyWhenText), yang dikesampingkan syarat-syarat ini"))
          break
        }
      }
    }
  }

  mutating func reportImpossible(_ rule: CheckedRule, field: String, at span: Span, because: Message?) {
    warn(
      "E0310", at: span,
      en: "rule `\(rule.name)` can never fire: no value of `\(field)` satisfies its conditions",
      id: "aturan `\(rule.name)` tidak pernah berlaku: tidak ada nilai `\(field)` yang memenuhi syaratnya",
      help: Message(
        en: "compare the values the conditions require of `\(field)`; one of them is probably mistyped or belongs to another rule",
        id: "bandingkan nilai yang disyaratkan untuk `\(field)`; salah satunya mungkin salah tulis atau milik aturan lain"),
      notes: because.map { [$0] } ?? [])
  }

  func firstSpan(constraining key: String, in conditions: [CCondition]) -> Span? {
    for condition in conditions {
      guard case .test(let expr, let span) = condition else { continue }
      if constraints(expr, span: span).contains(where: { SyntaxDump.dump($0.path) == key }) { return span }
    }
    return nil
  }

  /// Every value a field can hold: its enumeration's values or `true` and `false`, and `none`
  /// when it is optional. Nil for other types.
  func universe(of path: CExpr) -> Set<Value>? {
    guard case .field(_, let record, let field) = path else { return nil }
    let type = program.records[record].fields[field].type
    var values: Set<Value>
    switch type.unwrapped {
    case .enumeration(let index): values = Set(program.enums[index].cases.indices.map { Value.enumCase(type: index, index: $0) })
    case .bool: values = [.bool(true), .bool(false)]
    default: return nil
    }
    if type.isOptional { values.insert(.none) }
    return values
  }

  /// The simple facts a test states about single fields: `f == v`, `f != v`, `f in {…}`,
  /// `f not in {…}`, `b`, `not b`, joined by `and`.
  func constraints(_ expr: CExpr, span: Span) -> [Constraint] {
    func constant(_ expr: CExpr) -> [Value]? {
      switch expr {
      case .constant(.list(let values)): values
      case .constant(let value): [value]
      case .set(let items):
        items.allSatisfy { if case .constant = $0 { true } else { false } }
          ? items.compactMap { if case .constant(let value) = $0 { value } else { nil } } : nil
      default: nil
      }
    }
    func fieldAndValues(_ a: CExpr, _ b: CExpr) -> (CExpr, [Value])? {
      if let universe = universe(of: a), let values = constant(b), !universe.isEmpty { return (a, values) }
      if let universe = universe(of: b), let values = constant(a), !universe.isEmpty { return (b, values) }
      return nil
    }
    switch expr {
    case .binary(.and, let a, let b):
      return constraints(a, span: span) + constraints(b, span: span)
    case .binary(.equal, let a, let b):
      guard let (path, values) = fieldAndValues(a, b), values.count == 1 else { return [] }
      return [Constraint(path: path, allowed: Set(values), span: span)]
    case .binary(.notEqual, let a, let b):
      guard let (path, values) = fieldAndValues(a, b), values.count == 1, let all = universe(of: path) else { return [] }
      return [Constraint(path: path, allowed: all.subtracting(values), span: span)]
    case .binary(.in, let a, let b):
      guard universe(of: a) != nil, let values = constant(b) else { return [] }
      return [Constraint(path: a, allowed: Set(values), span: span)]
    case .binary(.notIn, let a, let b):
      guard let all = universe(of: a), let values = constant(b) else { return [] }
      return [Constraint(path: a, allowed: all.subtracting(values), span: span)]
    case .field where universe(of: expr)?.contains(.bool(true)) == true:
      return [Constraint(path: expr, allowed: [.bool(true)], span: span)]
    case .not(let inner) where universe(of: inner)?.contains(.bool(false)) == true:
      return [Constraint(path: inner, allowed: [.bool(false)], span: span)]
    default:
      return []
    }
  }

  /// For a field declared `only when g == v` or `only when g in {…}` on its own record: the
  /// controlling field and the values that allow it.
  func onlyWhenValues(record: Int, field: Int) -> (Int, Set<Value>)? {
    guard let condition = program.records[record].fields[field].onlyWhen,
      let constraint = constraints(condition, span: program.records[record].fields[field].span).first,
      case .field(.slot(0), record, let controller) = constraint.path,
      constraints(condition, span: program.records[record].span).count == 1
    else { return nil }
    return (controller, constraint.allowed)
  }
}
