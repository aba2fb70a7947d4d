extension Checker {
  mutating func resolveCitations(_ citations: [Citation]) -> [ResolvedCitation] {
    var resolved: [ResolvedCitation] = []
    for citation in citations {
      guard let source = sourceIndex[citation.source.text] else {
        error(
          "E0303", citation.source.span, en: "unknown source `\(citation.source.text)`", id: "sumber `\(citation.source.text)` tidak dikenal",
          help: didYouMean(citation.source.text, among: sourceIndex.keys) ?? Message(
            en: "declare it with `source \(citation.source.text) \"title\" effective YYYY-MM-DD`",
            id: "deklarasikan dengan `sumber \(citation.source.text) \"judul\" berlaku YYYY-MM-DD`"),
          label: Message(en: "not declared as a source", id: "tidak dideklarasikan sebagai sumber"))
        continue
      }
      guard let locator = Locator.identifier(for: citation.locator.text) else {
        error(
          "E0302", citation.locator.span, en: "the locator `\(citation.locator.text)` is not well-formed",
          id: "letak `\(citation.locator.text)` tidak berbentuk benar",
          help: Message(
            en: "write `Pasal 5 ayat (2) huruf n angka 1`, `Penjelasan Pasal 5`, or `Lampiran II disiplin 6`",
            id: "tulis `Pasal 5 ayat (2) huruf n angka 1`, `Penjelasan Pasal 5`, atau `Lampiran II disiplin 6`"))
        continue
      }
      let identifier = locator.isEmpty ? citation.source.text : citation.source.text + "." + locator
      resolved.append(ResolvedCitation(source: source, locator: citation.locator.text, identifier: identifier, span: citation.span))
    }
    return resolved
  }

  /// Checks every rule. Exceptions are checked inside their parent's scope, so they are visited
  /// after it; a rule whose parent is missing or cyclic is checked on its own.
  mutating func checkRules() {
    var checked: [CheckedRule?] = Array(repeating: nil, count: ruleDecls.count)
    var parentScopes: [Int: Scope] = [:]
    var visiting: Set<Int> = []

    func visit(_ index: Int, checker: inout Checker) {
      if checked[index] != nil || visiting.contains(index) { return }
      visiting.insert(index)
      let d = checker.ruleDecls[index]
      var scope = Scope()
      var parent: Int?
      if let target = d.exceptionTo {
        if let targetIndex = checker.ruleIndex[target.text] {
          if targetIndex == index {
            checker.error("E0402", target.span, en: "rule `\(d.name.text)` is an exception to itself", id: "aturan `\(d.name.text)` menjadi pengecualian atas dirinya sendiri")
          } else {
            visit(targetIndex, checker: &checker)
            if let parentScope = parentScopes[targetIndex] {
              scope = parentScope
              parent = targetIndex
            }
          }
        } else {
          checker.error(
            "E0207", target.span, en: "unknown rule `\(target.text)`", id: "aturan `\(target.text)` tidak dikenal",
            help: checker.didYouMean(target.text, among: checker.ruleIndex.keys))
        }
      }
      let firstSlot = scope.slotNames.count
      let rule = checker.checkRule(d, scope: &scope, parent: parent, firstSlot: firstSlot)
      parentScopes[index] = scope
      checked[index] = rule
      visiting.remove(index)
    }
    for index in ruleDecls.indices { visit(index, checker: &self) }
    var exceptions = Array(repeating: [Int](), count: checked.count)
    for (index, rule) in checked.enumerated() {
      if let parent = rule!.exceptionTo { exceptions[parent].append(index) }
    }
    program.rules = zip(checked, exceptions).map { rule, exceptions in rule!.settled(exceptions: exceptions) }
  }

  mutating func checkRule(_ d: RuleDecl, scope: inout Scope, parent: Int?, firstSlot: Int) -> CheckedRule {
    if d.basis.isEmpty {
      error(
        "E0301", d.name.span, en: "rule `\(d.name.text)` has no legal basis", id: "aturan `\(d.name.text)` tidak punya dasar hukum",
        help: Message(en: "add `basis source \"Pasal ...\"` naming the provision it encodes", id: "tambahkan `dasar sumber \"Pasal ...\"` yang menyebut ketentuan yang dikodekan"))
    }
    let basis = resolveCitations(d.basis)
    let effective = checkedDay(d.effective)
    let repealed = checkedDay(d.repealed)
    if let effective, let repealed, repealed < effective, let literal = d.repealed {
      error("E0602", literal.span, en: "rule `\(d.name.text)` is repealed before it takes effect", id: "aturan `\(d.name.text)` dicabut sebelum berlaku")
    }
    let conditions = checkConditions(d.conditions, scope: &scope)
    var judgedAt: CExpr?
    if let at = d.judgedAt {
      let (expr, type) = infer(at, scope: &scope, hint: .date)
      if type.unwrapped != .date { typeMismatch(at.span, expected: .date, found: type) }
      judgedAt = expr
    }
    var conclusions: [CConclusion] = []
    for conclusion in d.conclusions {
      guard let recordNumber = resolveRecord(conclusion.type) else { continue }
      let record = program.records[recordNumber]
      if record.role == .input {
        error("E0209", conclusion.type.span, en: "rules cannot conclude the input record `\(record.name)`", id: "aturan tidak dapat menyimpulkan rekaman masukan `\(record.name)`")
        continue
      }
      var values: [CExpr?] = Array(repeating: nil, count: record.fields.count)
      for field in conclusion.fields {
        guard let fieldNumber = record.fieldIndex[field.name.text] else {
          error(
            "E0203", field.name.span, en: "`\(record.name)` has no field `\(field.name.text)`", id: "`\(record.name)` tidak punya medan `\(field.name.text)`",
            help: didYouMean(field.name.text, among: record.fieldIndex.keys))
          continue
        }
        if values[fieldNumber] != nil {
          error("E0206", field.name.span, en: "field `\(field.name.text)` is given twice", id: "medan `\(field.name.text)` diberikan dua kali")
          continue
        }
        let expected = record.fields[fieldNumber].type
        let (value, type) = infer(field.value, scope: &scope, hint: expected.unwrapped)
        if !expected.accepts(type) { typeMismatch(field.value.span, expected: expected, found: type) }
        values[fieldNumber] = value
      }
      var missing: [String] = []
      for (fieldNumber, field) in record.fields.enumerated() where values[fieldNumber] == nil {
        if let defaultValue = field.defaultValue, case .constant = defaultValue {
          values[fieldNumber] = defaultValue
        } else if field.type.isOptional {
          values[fieldNumber] = .constant(.none)
        } else if case .list = field.type {
          values[fieldNumber] = .constant(.list([]))
        } else {
          missing.append(field.name)
        }
      }
      if !missing.isEmpty {
        error(
          "E0208", conclusion.type.span, en: "`\(record.name)` needs a value for \(missing.map { "`\($0)`" }.joined(separator: ", "))",
          id: "`\(record.name)` memerlukan nilai untuk \(missing.map { "`\($0)`" }.joined(separator: ", "))")
      }
      conclusions.append(CConclusion(record: recordNumber, fields: values.map { $0 ?? .constant(.none) }, span: conclusion.span))
    }
    let file = sources[d.span.file]
    return CheckedRule(
      name: d.name.text, title: d.title?.text, basis: basis, exceptionTo: parent, effective: effective, repealed: repealed,
      judgedAt: judgedAt, firstSlot: firstSlot, slotCount: scope.slotNames.count, slotNames: scope.slotNames,
      slotRecords: scope.slotRecords, conditions: conditions, conclusions: conclusions, span: d.span, nameSpan: d.name.span,
      conditionTexts: d.conditions.map { file.text(of: $0.span) })
  }

  mutating func checkPriorities() {
    program.priorities = Array(repeating: [], count: program.rules.count)
    for d in priorityDecls {
      var ends: [Int] = []
      for name in [d.higher, d.lower] {
        if let index = ruleIndex[name.text] {
          ends.append(index)
        } else {
          error("E0207", name.span, en: "unknown rule `\(name.text)`", id: "aturan `\(name.text)` tidak dikenal", help: didYouMean(name.text, among: ruleIndex.keys))
        }
      }
      guard ends.count == 2 else { continue }
      if ends[0] == ends[1] {
        error("E0403", d.span, en: "a rule cannot have priority over itself", id: "aturan tidak dapat diutamakan atas dirinya sendiri")
        continue
      }
      program.priorities[ends[0]].append(ends[1])
    }
  }

  mutating func checkExceptionGraph() {
    // Parents were resolved while checking; a cycle leaves each member pointing into the cycle.
    for (index, d) in ruleDecls.enumerated() {
      var seen: [Int] = [index]
      var current = d.exceptionTo.flatMap { ruleIndex[$0.text] }
      while let next = current {
        if next == index {
          // Report each cycle once, at its first rule.
          if seen.contains(where: { $0 < index }) { break }
          let names = seen.map { "`\(ruleDecls[$0].name.text)`" }
          error(
            "E0402", d.name.span, en: "exceptions form a cycle: \(names.joined(separator: " → ")) → `\(d.name.text)`",
            id: "pengecualian membentuk siklus: \(names.joined(separator: " → ")) → `\(d.name.text)`",
            labels: seen.dropFirst().map { DiagnosticLabel(span: ruleDecls[$0].name.span, message: Message(en: "part of the cycle", id: "bagian dari siklus")) })
          break
        }
        if seen.contains(next) { break }
        seen.append(next)
        current = ruleDecls[next].exceptionTo.flatMap { ruleIndex[$0.text] }
      }
    }
  }

  mutating func checkPriorityGraph() {
    for (index, rule) in program.rules.enumerated() {
      for lower in program.priorities[index] where program.prevails(lower, over: index) {
        let d = priorityDecls.first { ruleIndex[$0.higher.text] == index && ruleIndex[$0.lower.text] == lower }
        error(
          "E0403", d?.span ?? rule.nameSpan, en: "priorities form a cycle between `\(rule.name)` and `\(program.rules[lower].name)`",
          id: "prioritas membentuk siklus antara `\(rule.name)` dan `\(program.rules[lower].name)`")
      }
    }
  }

  mutating func checkTests() {
    var names: Set<String> = []
    for (d, file) in testDecls {
      if !names.insert(d.name.text).inserted {
        error("E0205", d.name.span, en: "test \(JSONText.quote(d.name.text)) is declared twice", id: "uji \(JSONText.quote(d.name.text)) dideklarasikan dua kali")
      }
      let basis = resolveCitations(d.basis)
      let asOf = checkedDay(d.asOf)
      var expectations: [CheckedExpectation] = []
      for expectation in d.expectations {
        guard let recordNumber = resolveRecord(expectation.type) else { continue }
        let record = program.records[recordNumber]
        var fields: [(Int, Value)] = []
        for field in expectation.fields {
          guard let fieldNumber = record.fieldIndex[field.name.text] else {
            error(
              "E0203", field.name.span, en: "`\(record.name)` has no field `\(field.name.text)`", id: "`\(record.name)` tidak punya medan `\(field.name.text)`",
              help: didYouMean(field.name.text, among: record.fieldIndex.keys))
            continue
          }
          var scope = Scope()
          let expected = record.fields[fieldNumber].type
          let (value, type) = infer(field.value, scope: &scope, hint: expected.unwrapped)
          if !expected.accepts(type) { typeMismatch(field.value.span, expected: expected, found: type) }
          if case .constant(let constant) = ConstantFolder.fold(value) { fields.append((fieldNumber, constant)) }
        }
        let text = sources[expectation.span.file].text(of: expectation.span)
        expectations.append(CheckedExpectation(negated: expectation.negated, record: recordNumber, fields: fields, text: text, span: expectation.span))
      }
      program.tests.append(
        CheckedTest(
          name: d.name.text, basis: basis, rationale: d.rationale?.text, asOf: asOf, given: d.given, file: file,
          expectations: expectations, span: d.span))
    }
  }
}
