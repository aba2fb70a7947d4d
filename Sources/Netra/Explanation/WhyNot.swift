/// Answers "why did this rule not fire?" for one case: the closest candidate bindings and the
/// first condition each failed, or, when every condition held, what stopped the conclusion.
public struct WhyNot {
  public enum Answer: Sendable {
    case unknownRule(suggestion: String?)
    /// No candidate satisfied every condition; the closest ones are listed.
    case conditionsFailed([Evaluator.Candidate])
    /// Every condition held for a candidate, and this is what happened then.
    case matched(Evaluator.Candidate, outcome: ExceptionTrace.Outcome, judgedAt: Day?, fired: Bool)
  }

  public static func ask(rule name: String, result: CaseResult) throws(EvaluationError) -> Answer {
    guard var evaluator = result.evaluator else { return .unknownRule(suggestion: nil) }
    let program = result.program
    guard let rule = program.rule(named: name) else {
      return .unknownRule(suggestion: Suggestions.closest(to: name, among: program.rules.map(\.name)))
    }
    // An exception is asked about in its parent's context.
    var chain: [Int] = []
    var current: Int? = rule
    while let index = current {
      chain.insert(index, at: 0)
      current = program.rules[index].exceptionTo
    }
    var candidates: [Evaluator.Candidate] = [Evaluator.Candidate(bindings: [], passed: 0, failure: nil)]
    for index in chain {
      var next: [Evaluator.Candidate] = []
      for candidate in candidates where candidate.failure == nil {
        next += try evaluator.closestCandidates(rule: index, bindings: candidate.bindings, limit: 20)
      }
      candidates = next
      if candidates.isEmpty || candidates.allSatisfy({ $0.failure != nil }) { break }
    }
    // Among full matches, the interesting one is a match that did not fire.
    var firstFired: Answer?
    for full in candidates where full.failure == nil {
      let day = try evaluator.judgementDay(rule: rule, bindings: full.bindings)
      var probe = evaluator
      probe.pending = []
      let outcome = try probe.resolve(rule: rule, bindings: full.bindings)
      if case .applied = outcome {
        if firstFired == nil { firstFired = .matched(full, outcome: outcome, judgedAt: day, fired: true) }
        continue
      }
      return .matched(full, outcome: outcome, judgedAt: day, fired: false)
    }
    if let firstFired { return firstFired }
    return .conditionsFailed(Array(candidates.prefix(3)))
  }

  public static func render(_ answer: Answer, rule name: String, result: CaseResult, language: Language) -> String {
    func t(_ en: String, _ id: String) -> String { language == .en ? en : id }
    let explainer = TextExplainer(result: result, language: language, explain: true)
    switch answer {
    case .unknownRule(let suggestion):
      return t("unknown rule `\(name)`", "aturan `\(name)` tidak dikenal") + (suggestion.map { t("; did you mean `\($0)`?", "; mungkin maksud Anda `\($0)`?") } ?? "") + "\n"
    case .conditionsFailed(let candidates):
      var out = t("Why rule \(name) did not fire for case \(DisplayText.escaped(result.caseID ?? "?")):", "Mengapa aturan \(name) tidak berlaku untuk kasus \(DisplayText.escaped(result.caseID ?? "?")):") + "\n"
      for (number, candidate) in candidates.enumerated() {
        out += "  " + t("closest candidate \(number + 1)", "kandidat terdekat \(number + 1)") + ": " + describeBindings(candidate, rule: name, result: result, language: language) + "\n"
        if let failure = candidate.failure {
          out += "    " + t("first failed condition", "syarat pertama yang gagal") + ": " + explainer.renderCondition(failure) + "\n"
        }
      }
      return out
    case .matched(let candidate, let outcome, let day, _):
      var out = t("Every condition of rule \(name) holds for case \(DisplayText.escaped(result.caseID ?? "?"))", "Semua syarat aturan \(name) terpenuhi untuk kasus \(DisplayText.escaped(result.caseID ?? "?"))") + "\n"
      out += "  " + describeBindings(candidate, rule: name, result: result, language: language) + "\n"
      switch outcome {
      case .applied: out += "  " + t("the rule fires; if its finding is missing, a conflict or a higher-priority rule removed it", "aturan berlaku; bila temuannya tidak ada, konflik atau aturan yang diutamakan menghapusnya") + "\n"
      case .notInForce: out += "  " + t("but the rule is not in force on \(day?.description ?? "?")", "tetapi aturan tidak berlaku pada \(day?.description ?? "?")") + "\n"
      case .defeated(let by): out += "  " + t("but exception \(result.program.rules[by].name) applies and defeats it", "tetapi pengecualian \(result.program.rules[by].name) berlaku dan mengalahkannya") + "\n"
      case .failed: break
      }
      return out
    }
  }

  static func describeBindings(_ candidate: Evaluator.Candidate, rule name: String, result: CaseResult, language: Language) -> String {
    guard let evaluator = result.evaluator, let rule = result.program.rule(named: name) else { return "" }
    let r = result.program.rules[rule]
    var parts: [String] = []
    for (slot, fact) in candidate.bindings.enumerated() {
      guard let fact, slot < r.slotNames.count else { continue }
      parts.append("\(r.slotNames[slot]) = \(evaluator.render(.fact(fact)))")
    }
    return parts.isEmpty ? (language == .en ? "(no facts bound)" : "(tidak ada fakta terikat)") : parts.joined(separator: ", ")
  }
}
