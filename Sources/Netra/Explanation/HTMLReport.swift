/// A case's findings as one self-contained HTML page for people who read reports, not JSON:
/// findings grouped by person and then by act, each with its legal basis and its explanation as
/// a tree of collapsible `<details>`. No scripts, no external files; every piece of text that
/// comes from the case or the ruleset is escaped.
public struct HTMLReport {
  public let result: CaseResult
  public let language: Language
  /// Finding fields that name the person and the act, in grouping order. A finding without
  /// them is listed under "other findings".
  public let groupBy: [String]
  /// Every explanation open when the page loads (for printing), instead of closed.
  public let expanded: Bool

  public init(result: CaseResult, language: Language = .id, groupBy: [String] = ["pelaku", "perbuatan"], expanded: Bool = false) {
    self.result = result
    self.language = language
    self.groupBy = groupBy
    self.expanded = expanded
  }

  var program: CheckedRuleset { result.program }
  var text: TextExplainer { TextExplainer(result: result, language: language, explain: true) }
  func t(_ en: String, _ id: String) -> String { language == .en ? en : id }

  /// `&`, `<`, `>`, `"` and `'` as entities: safe in text and in quoted attributes.
  /// Text for HTML: markup characters as entities, control characters as visible escapes (a
  /// page saved to a file and printed with `cat` must not drive the terminal either).
  public static func escape(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for character in DisplayText.escapedKeepingLines(text) {
      switch character {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      default: out.append(character)
      }
    }
    return out
  }

  func e(_ text: String) -> String { HTMLReport.escape(text) }

  public func render() -> String {
    let caseName = result.caseID ?? "?"
    let count = result.findings.count
    var out = "<!DOCTYPE html>\n<html lang=\"\(language.rawValue)\">\n<head>\n<meta charset=\"utf-8\">\n"
    out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
    out += "<title>\(e(t("Netra report", "Laporan Netra"))): \(e(caseName))</title>\n<style>\n\(HTMLReport.style)</style>\n</head>\n<body>\n"
    out += "<header>\n<h1>\(e(t("Case", "Kasus"))) \(e(caseName))</h1>\n"
    out += "<p class=\"summary\">\(e(t("\(count) \(count == 1 ? "finding" : "findings")", "\(count) temuan"))) · "
    out += "\(e(t("ruleset", "himpunan aturan"))) <code>\(e(program.name))</code>"
    if let version = program.version { out += " \(e(t("version", "versi"))) \(e(version))" }
    out += "</p>\n</header>\n<main>\n"
    if count == 0 { out += "<p class=\"none\">\(e(t("No findings.", "Tidak ada temuan.")))</p>\n" }
    out += groups()
    out += conflicts()
    out += "</main>\n<footer>\n" + receipt() + "</footer>\n</body>\n</html>\n"
    return out
  }

  // MARK: - Grouping

  /// The value of a finding's field by name, as plain text; nil when the record has no such field.
  func field(_ name: String, of finding: Finding) -> String? {
    guard let index = program.records[finding.record].fieldIndex[name], !finding.fields[index].isNone else { return nil }
    return display(finding.fields[index])
  }

  /// A value as people read it: text without quotes or escapes, anything else as rendered.
  func display(_ value: Value) -> String {
    if case .text(let raw) = value { return raw }
    return result.evaluator.map { text.plain($0.render(value)) } ?? ""
  }

  func groups() -> String {
    var out = ""
    // Groups in the order of their first finding, which is the order `netra eval` prints.
    var people: [String?] = []
    for finding in result.findings {
      let person = groupBy.first.flatMap { field($0, of: finding) }
      if !people.contains(person) { people.append(person) }
    }
    for person in people {
      let mine = result.findings.filter { finding in groupBy.first.flatMap { field($0, of: finding) } == person }
      out += "<section class=\"person\">\n<h2>"
      if let person {
        out += "\(e(label(groupBy[0]))) \(e(person))\(describeInput(person))"
      } else {
        out += e(t("Other findings", "Temuan lain"))
      }
      out += "</h2>\n"
      var acts: [String?] = []
      for finding in mine {
        let act = groupBy.dropFirst().first.flatMap { field($0, of: finding) }
        if !acts.contains(act) { acts.append(act) }
      }
      for act in acts {
        out += "<section class=\"act\">\n"
        if let act, groupBy.count > 1 { out += "<h3>\(e(label(groupBy[1]))) \(e(act))\(describeInput(act))</h3>\n" }
        for finding in mine where groupBy.dropFirst().first.flatMap({ field($0, of: finding) }) == act {
          out += render(finding)
        }
        out += "</section>\n"
      }
      out += "</section>\n"
    }
    return out
  }

  /// A field name shown as a heading word: `pelaku` → `Pelaku`.
  func label(_ name: String) -> String { name.prefix(1).uppercased() + name.dropFirst().replacing("_", with: " ") }

  /// The case's own description of a person or act named by its key: ` <span>Pihak · jenis pns</span>`
  /// (fields that are false are left out).
  func describeInput(_ key: String) -> String {
    guard let evaluator = result.evaluator else { return "" }
    for (number, record) in program.records.enumerated() where number != program.inputRecord {
      guard let keyField = record.keyFields.first else { continue }
      for id in evaluator.base.byRecord[number] {
        let fact = evaluator.base[id]
        guard case .input = fact.origin, case .text(key) = fact.fields[keyField] else { continue }
        let parts = record.fields.indices.filter { $0 != keyField && !fact.fields[$0].isNone }.compactMap { index -> String? in
          if case .list(let items) = fact.fields[index], items.isEmpty { return nil }
          if case .fact = fact.fields[index] { return nil }
          if case .bool(false) = fact.fields[index] { return nil }  // what did not happen is noise here
          return "\(record.fields[index].name) \(display(fact.fields[index]))"
        }
        return " <span class=\"about\">\(e(([record.name] + parts).joined(separator: " · ")))</span>"
      }
    }
    return ""
  }

  // MARK: - Findings

  func render(_ finding: Finding) -> String {
    guard let evaluator = result.evaluator else { return "" }
    let record = program.records[finding.record]
    var out = "<article class=\"finding\">\n<table>\n"
    for (index, field) in record.fields.enumerated() where !groupBy.contains(field.name) && !finding.fields[index].isNone {
      out += "<tr><th>\(e(field.name))</th><td>\(e(display(finding.fields[index])))</td></tr>\n"
    }
    out += "</table>\n<p class=\"basis\">\(e(t("Basis", "Dasar"))): "
    out += finding.basis.map { "<code>\(e($0))</code>" }.joined(separator: ", ") + "</p>\n"
    out += "<details class=\"explanation\"\(expanded ? " open" : "")>\n<summary>\(e(t("Explanation", "Penjelasan")))</summary>\n"
    var shown: Set<FactID> = []
    out += explanation(of: finding.fact, evaluator: evaluator, depth: 0, shown: &shown)
    out += "</details>\n</article>\n"
    return out
  }

  /// One rule firing as a `<details>` tree: basis, date judged, facts (derived ones nested),
  /// conditions and exceptions weighed.
  func explanation(of fact: FactID, evaluator: Evaluator, depth: Int, shown: inout Set<FactID>) -> String {
    guard let derivation = evaluator.derivations[fact]?.first else { return "" }
    shown.insert(fact)
    let rule = program.rules[derivation.rule]
    var out = "<details class=\"rule\"\(depth == 0 || expanded ? " open" : "")>\n<summary>\(e(t("rule", "aturan"))) <strong>\(e(rule.name))</strong>"
    if let title = rule.title { out += " — \(e(title))" }
    out += " <span class=\"where\">\(e(text.location(rule.nameSpan)))</span></summary>\n<ul>\n"
    if let replaced = derivation.replaces {
      out += "<li>\(e(t("an exception to", "pengecualian terhadap"))) <strong>\(e(program.rules[replaced].name))</strong></li>\n"
    }
    for citation in rule.basis {
      let source = program.sources[citation.source]
      let locator = citation.locator.isEmpty ? "" : ", \(citation.locator)"
      out += "<li>\(e(t("basis", "dasar"))) \(e(source.title + locator)) <code>\(e(citation.identifier))</code></li>\n"
    }
    if let day = derivation.judgedAt {
      out += "<li>\(e(t("judged by the law in force on", "dinilai menurut hukum yang berlaku pada"))) \(e(day.description))</li>\n"
    }
    if !derivation.bindings.isEmpty {
      out += "<li>\(e(t("facts", "fakta")))\n<ul>\n"
      for binding in derivation.bindings {
        let line = text.describeBinding(binding, evaluator: evaluator)
        switch evaluator.base[binding.fact].origin {
        case .input:
          out += "<li>\(e(line))</li>\n"
        case .derived:
          if shown.contains(binding.fact) || depth >= 6 {
            out += "<li>\(e(line)) (\(e(t("derived, explained above", "diturunkan, diuraikan di atas"))))</li>\n"
          } else {
            out += "<li>\(e(line)) (\(e(t("derived", "diturunkan"))))\n"
            out += explanation(of: binding.fact, evaluator: evaluator, depth: depth + 1, shown: &shown) + "</li>\n"
          }
        }
      }
      out += "</ul>\n</li>\n"
    }
    if !derivation.conditions.isEmpty {
      out += "<li>\(e(t("conditions", "syarat")))\n<ul class=\"conditions\">\n"
      for condition in derivation.conditions {
        out += "<li class=\"\(condition.holds ? "holds" : "fails")\">\(e(text.renderCondition(condition)))</li>\n"
      }
      out += "</ul>\n</li>\n"
    }
    out += "<li>\(e(t("exceptions weighed", "pengecualian yang ditimbang")))"
    if derivation.exceptions.isEmpty {
      out += ": \(e(t("none", "tidak ada")))</li>\n"
    } else {
      out += "\n<ul>\n" + derivation.exceptions.map { "<li>\(e(text.renderException($0)))</li>\n" }.joined() + "</ul>\n</li>\n"
    }
    return out + "</ul>\n</details>\n"
  }

  // MARK: - Conflicts and receipt

  func conflicts() -> String {
    guard !result.conflicts.isEmpty, let evaluator = result.evaluator else { return "" }
    var out = "<section class=\"conflicts\">\n<h2>\(e(t("Conflicts", "Konflik")))</h2>\n"
    out += "<p>\(e(t("Rules concluding incompatible facts with no priority between them:", "Aturan yang menyimpulkan fakta yang bertentangan tanpa prioritas di antaranya:")))</p>\n<ul>\n"
    for conflict in result.conflicts {
      for (fact, rules) in zip(conflict.facts, conflict.rules) {
        let description = text.describeFields(evaluator.base[fact].fields, record: conflict.record)
        out += "<li>\(e(description)) ← \(e(rules.map { program.rules[$0].name }.joined(separator: ", ")))</li>\n"
      }
    }
    return out + "</ul>\n</section>\n"
  }

  func receipt() -> String {
    let r = result.receipt
    var out = "<p class=\"receipt\">\(e(r.engine)) · \(e(t("ruleset", "himpunan aturan"))) \(e(r.ruleset))"
    if let version = r.rulesetVersion { out += " \(e(version))" }
    out += " · sha256 <code>\(e(String(r.rulesetDigest.prefix(16))))</code>"
    if !r.caseDigest.isEmpty { out += " · \(e(t("case", "kasus"))) sha256 <code>\(e(String(r.caseDigest.prefix(16))))</code>" }
    if let asOf = r.asOf { out += " · \(e(t("as of", "per"))) \(e(asOf))" }
    return out + "</p>\n"
  }

  static let style = """
    body { font-family: system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #222; }
    h1 { margin-bottom: 0.2rem; }
    .summary, .about, .where, .receipt { color: #666; font-size: 0.9rem; }
    .about { font-weight: normal; margin-left: 0.5rem; }
    section.person { border-top: 2px solid #ccc; margin-top: 1.5rem; }
    section.act { margin-left: 1rem; }
    article.finding { border: 1px solid #ddd; border-radius: 6px; padding: 0.5rem 1rem; margin: 0.8rem 0; }
    table { border-collapse: collapse; }
    th { text-align: left; padding-right: 1rem; font-weight: 600; }
    details.rule { margin: 0.3rem 0 0.3rem 1rem; }
    summary { cursor: pointer; }
    ul.conditions li.holds { color: #175; }
    ul.conditions li.fails { color: #a22; }
    code { background: #f4f4f4; padding: 0 0.2rem; }

    """
}
