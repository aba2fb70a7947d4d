/// E0314: records, enumerations, constants, calendars and sources that nothing in the ruleset
/// uses. Read from the syntax trees, since constants and calendars are folded away in the
/// checked program. A rule variable named like a constant counts as a use: a missed warning is
/// better than a wrong one.
extension Linter {
  /// Every name the ruleset mentions outside the place it is declared.
  struct Uses {
    var types: Set<String> = []
    var names: Set<String> = []
    var sources: Set<String> = []
  }

  mutating func lintUnused() {
    var uses = Uses()
    for file in files {
      for declaration in file.declarations { collect(declaration, into: &uses) }
    }
    let input = program.records[program.inputRecord].name
    for file in files {
      for declaration in file.declarations {
        switch declaration {
        case .record(let d) where d.name.text != input && !uses.types.contains(d.name.text):
          reportUnused(d.name, kind: Message(en: "record", id: "rekaman"))
        case .enumeration(let d) where !uses.types.contains(d.name.text):
          reportUnused(d.name, kind: Message(en: "enumeration", id: "enumerasi"))
        case .constant(let d) where !uses.names.contains(d.name.text):
          reportUnused(d.name, kind: Message(en: "constant", id: "tetapan"))
        case .calendar(let d) where !uses.names.contains(d.name.text):
          reportUnused(d.name, kind: Message(en: "calendar", id: "kalender"))
        case .source(let d) where !uses.sources.contains(d.name.text):
          reportUnused(d.name, kind: Message(en: "source", id: "sumber"))
        default:
          break
        }
      }
    }
  }

  mutating func reportUnused(_ name: Name, kind: Message) {
    warn(
      "E0314", at: name.span,
      en: "\(kind.en) `\(name.text)` is never used", id: "\(kind.id) `\(name.text)` tidak pernah dipakai",
      help: Message(
        en: "remove it, or use it where it was meant to be used",
        id: "hapus, atau pakai di tempat yang dimaksud"))
  }

  func collect(_ declaration: Declaration, into uses: inout Uses) {
    switch declaration {
    case .header, .enumeration, .priority:
      break
    case .source(let d):
      if let replacement = d.replacedBy { uses.sources.insert(replacement.text) }
    case .record(let d):
      for field in d.fields {
        collect(field.type, into: &uses)
        if let reference = field.reference { uses.types.insert(reference.text) }
        for expr in [field.defaultValue, field.onlyWhen, field.requiredWhen].compactMap({ $0 }) { collect(expr, into: &uses) }
      }
      for requirement in d.requirements { collect(requirement.condition, into: &uses) }
    case .constant(let d):
      if let type = d.type { collect(type, into: &uses) }
      collect(d.value, into: &uses)
    case .calendar(let d):
      for citation in d.basis { uses.sources.insert(citation.source.text) }
      for entry in d.entries { collect(entry.value, into: &uses) }
    case .rule(let d):
      for citation in d.basis { uses.sources.insert(citation.source.text) }
      if let at = d.judgedAt { collect(at, into: &uses) }
      collect(d.conditions, into: &uses)
      for conclusion in d.conclusions {
        uses.types.insert(conclusion.type.text)
        for field in conclusion.fields { collect(field.value, into: &uses) }
      }
    case .test(let d):
      for citation in d.basis { uses.sources.insert(citation.source.text) }
      for expectation in d.expectations {
        uses.types.insert(expectation.type.text)
        for field in expectation.fields { collect(field.value, into: &uses) }
      }
    }
  }

  func collect(_ type: TypeExpr, into uses: inout Uses) {
    switch type.kind {
    case .named(let name): uses.types.insert(name.text)
    case .optional(let inner), .list(let inner), .set(let inner): collect(inner, into: &uses)
    }
  }

  func collect(_ conditions: [Condition], into uses: inout Uses) {
    for condition in conditions {
      switch condition {
      case .binding(_, let type): uses.types.insert(type.text)
      case .test(let expr): collect(expr, into: &uses)
      case .absence(let pattern, _):
        uses.types.insert(pattern.type.text)
        collect(pattern.conditions, into: &uses)
      }
    }
  }

  func collect(_ expr: Expr, into uses: inout Uses) {
    switch expr.kind {
    case .integer, .decimal, .string, .date, .boolean, .none, .duration: break
    case .name(let name): uses.names.insert(name.text)
    case .member(let base, _), .not(let base), .negate(let base): collect(base, into: &uses)
    case .binary(_, let a, let b), .period(let a, let b):
      collect(a, into: &uses)
      collect(b, into: &uses)
    case .set(let items): for item in items { collect(item, into: &uses) }
    case .conditional(let a, let b, let c):
      collect(a, into: &uses)
      collect(b, into: &uses)
      collect(c, into: &uses)
    case .count(let pattern):
      uses.types.insert(pattern.type.text)
      collect(pattern.conditions, into: &uses)
    }
  }
}
