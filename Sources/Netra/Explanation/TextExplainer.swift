/// Findings and their derivations as text for people, in Indonesian or English.
public struct TextExplainer {
  public let result: CaseResult
  public let language: Language
  public let explain: Bool

  public init(result: CaseResult, language: Language, explain: Bool) {
    self.result = result
    self.language = language
    self.explain = explain
  }

  var program: CheckedRuleset { result.program }
  func t(_ en: String, _ id: String) -> String { language == .en ? en : id }

  public func render() -> String {
    var out = ""
    let caseName = DisplayText.escaped(result.caseID ?? "?")
    let count = result.findings.count
    out += t("Case \(caseName): \(count) \(count == 1 ? "finding" : "findings")", "Kasus \(caseName): \(count) temuan") + "\n"
    for (number, finding) in result.findings.enumerated() {
      out += "\n" + renderFinding(finding, number: number + 1)
    }
    if !result.conflicts.isEmpty, let evaluator = result.evaluator {
      out += "\n" + t("Conflicts (rules concluding incompatible facts with no priority between them):", "Konflik (aturan yang menyimpulkan fakta yang bertentangan tanpa prioritas di antaranya):") + "\n"
      for conflict in result.conflicts {
        for (fact, rules) in zip(conflict.facts, conflict.rules) {
          out += "  - \(describeFields(evaluator.base[fact].fields, record: conflict.record)) ← \(rules.map { program.rules[$0].name }.joined(separator: ", "))\n"
        }
      }
    }
    return out
  }

  func describeFields(_ fields: [Value], record: Int) -> String {
    guard let evaluator = result.evaluator else { return "" }
    return program.records[record].fields.enumerated()
      .filter { !fields[$0.offset].isNone }
      .map { "\($0.element.name) \(DisplayText.escaped(plain(evaluator.render(fields[$0.offset]))))" }
      .joined(separator: " · ")
  }

  func plain(_ text: String) -> String {
    text.hasPrefix("\"") && text.hasSuffix("\"") && text.count >= 2 ? String(text.dropFirst().dropLast()) : text
  }

  func renderFinding(_ finding: Finding, number: Int) -> String {
    var out = "\(program.records[finding.record].name) \(number): \(describeFields(finding.fields, record: finding.record))\n"
    out += "  \(t("basis", "dasar")): \(finding.basis.joined(separator: ", "))\n"
    if explain, let evaluator = result.evaluator {
      var shown: Set<FactID> = []
      out += renderDerivation(of: finding.fact, evaluator: evaluator, indent: "  ", depth: 0, shown: &shown)
    }
    return out
  }

  func location(_ span: Span) -> String {
    let file = program.sourceSet[span.file]
    let position = file.lineColumn(at: span.start)
    return "\(file.path):\(position.line)"
  }

  /// `shown` holds the derived facts already explained for this finding; a fact used twice is
  /// explained once and then referred to.
  func renderDerivation(of fact: FactID, evaluator: Evaluator, indent: String, depth: Int, shown: inout Set<FactID>) -> String {
    guard let derivation = evaluator.derivations[fact]?.first else { return "" }
    shown.insert(fact)
    let rule = program.rules[derivation.rule]
    var out = ""
    let title = rule.title.map { " " + JSONText.quote($0) } ?? ""
    out += "\(indent)\(t("rule", "aturan")) \(rule.name)\(title)   \(location(rule.nameSpan))\n"
    if let replaced = derivation.replaces {
      out += "\(indent)  \(t("an exception to", "pengecualian terhadap")) \(program.rules[replaced].name)\n"
    }
    for citation in rule.basis {
      let source = program.sources[citation.source]
      let locator = citation.locator.isEmpty ? "" : ", \(citation.locator)"
      out += "\(indent)  \(t("basis", "dasar")) \(DisplayText.escaped(source.title))\(locator) [\(citation.identifier)]\n"
    }
    if let day = derivation.judgedAt {
      out += "\(indent)  \(t("judged by the law in force on", "dinilai menurut hukum yang berlaku pada")) \(day)\n"
    }
    if !derivation.bindings.isEmpty {
      out += "\(indent)  \(t("facts", "fakta")):\n"
      for binding in derivation.bindings {
        let text = indent + "    " + describeBinding(binding, evaluator: evaluator)
        switch evaluator.base[binding.fact].origin {
        case .input:
          out += text + "\n"
        case .derived:
          if shown.contains(binding.fact) {
            out += text + " (\(t("derived, explained above", "diturunkan, diuraikan di atas")))\n"
          } else {
            out += text + " (\(t("derived", "diturunkan")))\n"
            if depth < 6 {
              out += renderDerivation(of: binding.fact, evaluator: evaluator, indent: indent + "      ", depth: depth + 1, shown: &shown)
            }
          }
        }
      }
    }
    if !derivation.conditions.isEmpty {
      out += "\(indent)  \(t("conditions", "syarat")):\n"
      for condition in derivation.conditions { out += "\(indent)    " + renderCondition(condition) + "\n" }
    }
    out += "\(indent)  \(t("exceptions weighed", "pengecualian yang ditimbang")):"
    if derivation.exceptions.isEmpty {
      out += " " + t("none", "tidak ada") + "\n"
    } else {
      out += "\n"
      for exception in derivation.exceptions { out += "\(indent)    " + renderException(exception) + "\n" }
    }
    return out
  }

  /// `p = Pihak "o1"`, followed for an input fact by where it is in the case
  /// (`($.pihak[0], baris 4 kolom 5)`).
  func describeBinding(_ binding: (name: String, fact: FactID), evaluator: Evaluator) -> String {
    let fact = evaluator.base[binding.fact]
    let record = program.records[fact.record]
    var text = "\(binding.name) = \(record.name)"
    if let key = record.keyFields.first { text += " " + evaluator.render(fact.fields[key]) }
    if case .input(let path, let offset) = fact.origin {
      let position = result.caseFile.lineColumn(at: offset)
      text += " (\(path), \(t("line", "baris")) \(position.line) \(t("column", "kolom")) \(position.column))"
    }
    return text
  }

  func renderCondition(_ condition: ConditionTrace) -> String {
    let mark = condition.holds ? "✓" : "✗"
    var text = "\(mark) \(condition.text)"
    if condition.values.count == 2, condition.values[0].expression == "left" {
      text += "   [\(condition.values[0].value) | \(condition.values[1].value)]"
    } else if let found = condition.values.first(where: { $0.expression == "found" }) {
      text += "   [\(t("found", "ditemukan")) \(found.value)]"
    } else if let count = condition.values.first(where: { $0.expression == "facts" }) {
      text += "   [\(t("facts of this kind", "fakta jenis ini")): \(count.value)]"
    }
    return text
  }

  func renderException(_ trace: ExceptionTrace) -> String {
    let rule = program.rules[trace.rule]
    let basis = rule.basis.map(\.identifier).joined(separator: ", ")
    switch trace.outcome {
    case .applied:
      return "! \(rule.name) [\(basis)]: " + t("applied", "berlaku")
    case .notInForce:
      return "✗ \(rule.name) [\(basis)]: " + t("not in force on the date judged", "tidak berlaku pada tanggal yang dinilai")
    case .defeated(let by):
      return "✗ \(rule.name) [\(basis)]: " + t("defeated by its own exception \(program.rules[by].name)", "dikalahkan oleh pengecualiannya sendiri \(program.rules[by].name)")
    case .failed(let failure):
      guard let failure else { return "✗ \(rule.name) [\(basis)]: " + t("did not apply", "tidak berlaku") }
      return "✗ \(rule.name) [\(basis)]: " + t("did not apply, because", "tidak berlaku, karena") + " " + renderCondition(failure)
    }
  }
}
