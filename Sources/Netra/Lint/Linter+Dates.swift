/// E0311: a rule judged at a date (`at a.tanggal`) whose conditions confine that date to a window
/// outside the days the rule and all its sources are in force. E0315: a citation of a source
/// repealed before the rule's own `effective` date.
extension Linter {
  mutating func lintDates() {
    for rule in program.rules {
      lintCitations(rule)
      guard rule.exceptionTo == nil, let at = rule.judgedAt else { continue }
      let validity = validity(of: rule)
      let key = SyntaxDump.dump(at)
      var window = DayInterval(from: nil, to: nil)
      for condition in rule.conditions {
        guard case .test(let expr, let span) = condition else { continue }
        for bound in dateBounds(expr, judged: key) {
          window = window.intersection(bound)
          if window.isEmpty || window.intersection(validity).isEmpty {
            let judged = describe(at, in: rule)
            warn(
              "E0311", at: span,
              en: "rule `\(rule.name)` can never fire: `\(judged)` must fall in \(window.isEmpty ? "no window" : window.description), but the rule applies only \(validity.description)",
              id: "aturan `\(rule.name)` tidak pernah berlaku: `\(judged)` harus jatuh pada \(window.isEmpty ? "rentang kosong" : window.description), padahal aturan hanya berlaku \(validity.description)",
              help: Message(
                en: "the rule is judged at `\(judged)`, and applies only while it and every source it cites are in force; check the dates of the window, the rule and its sources",
                id: "aturan dinilai pada `\(judged)` dan hanya berlaku selama aturan dan semua sumber yang dikutipnya berlaku; periksa tanggal rentang, aturan dan sumbernya"))
            break
          }
        }
        if window.isEmpty || window.intersection(validity).isEmpty { break }
      }
    }
  }

  /// The windows a test puts on the judged date: `d during P`, `d before x`, `d after x`,
  /// `d < x` and the like with a constant date, joined by `and`.
  func dateBounds(_ expr: CExpr, judged key: String) -> [DayInterval] {
    func isJudged(_ e: CExpr) -> Bool { SyntaxDump.dump(e) == key }
    switch expr {
    case .binary(.and, let a, let b):
      return dateBounds(a, judged: key) + dateBounds(b, judged: key)
    case .binary(.during, let d, .constant(.period(let from, let to))) where isJudged(d):
      return [DayInterval(from: from.ordinal, to: to.ordinal)]
    case .binary(let op, let d, .constant(.date(let day))) where isJudged(d):
      switch op {
      case .before, .less: return [DayInterval(from: nil, to: day.ordinal - 1)]
      case .lessEqual: return [DayInterval(from: nil, to: day.ordinal)]
      case .after, .greater: return [DayInterval(from: day.ordinal + 1, to: nil)]
      case .greaterEqual: return [DayInterval(from: day.ordinal, to: nil)]
      case .equal: return [DayInterval(from: day.ordinal, to: day.ordinal)]
      default: return []
      }
    default:
      return []
    }
  }

  mutating func lintCitations(_ rule: CheckedRule) {
    guard let effective = rule.effective else { return }
    for citation in rule.basis {
      let source = program.sources[citation.source]
      guard let repealed = source.repealed, repealed <= effective else { continue }
      let replacement = source.replacedBy.map { program.sources[$0].name }
      warn(
        "E0315", at: citation.span,
        en: "`\(source.name)` is cited by rule `\(rule.name)`, which takes effect \(effective), but it was repealed \(repealed)",
        id: "`\(source.name)` dikutip aturan `\(rule.name)` yang berlaku \(effective), padahal sumber itu dicabut \(repealed)",
        help: replacement.map {
          Message(en: "cite the source that replaced it, `\($0)`", id: "kutip sumber penggantinya, `\($0)`")
        } ?? Message(en: "cite a source in force when the rule takes effect", id: "kutip sumber yang berlaku saat aturan mulai berlaku"),
        labels: [DiagnosticLabel(span: source.span, message: Message(en: "repealed here", id: "dicabut di sini"))])
    }
  }
}
