/// `netra lint`: warnings about a ruleset that checks clean but says something its drafter
/// probably did not mean. Every finding is a warning with a code (E0310–E0315, listed in
/// docs/diagnostics.md), a span and a help text.
///
/// | code  | finding |
/// |-------|---------|
/// | E0310 | a rule can never fire: its conditions leave a field no possible value |
/// | E0311 | a rule can never fire: its date window lies outside its validity or its sources' |
/// | E0312 | a rule is always defeated: an exception to it has no conditions of its own |
/// | E0313 | two rules with the same conditions conclude incompatible facts, with no priority |
/// | E0314 | a declaration nothing uses |
/// | E0315 | a citation of a source repealed before the rule takes effect |
public struct Linter {
  let program: CheckedRuleset
  let files: [RulesetFile]
  var diagnostics: [Diagnostic] = []

  /// Lints a ruleset that checked clean (`Netra.Loaded.program` and its syntax trees).
  public static func lint(program: CheckedRuleset, files: [RulesetFile]) -> [Diagnostic] {
    var linter = Linter(program: program, files: files)
    linter.lintImpossibleValues()
    linter.lintDates()
    linter.lintDefeats()
    linter.lintConflictingTwins()
    linter.lintUnused()
    var bag = DiagnosticBag()
    bag.add(contentsOf: linter.diagnostics)
    return bag.sorted()
  }

  mutating func warn(
    _ code: String, at span: Span, en: String, id: String, help: Message, labels: [DiagnosticLabel] = [], notes: [Message] = []
  ) {
    diagnostics.append(
      Diagnostic(code, at: span, en: en, id: id, help: help, notes: notes, labels: labels, severity: .warning))
  }

  // MARK: - Shared helpers

  /// A field read as written in the rule: `a.jenis`, `p.jabatan.eselon`.
  func describe(_ expr: CExpr, in rule: CheckedRule) -> String {
    switch expr {
    case .slot(let slot): slot < rule.slotNames.count ? rule.slotNames[slot] : "?"
    case .field(let base, let record, let field): describe(base, in: rule) + "." + program.records[record].fields[field].name
    default: "?"
    }
  }

  /// The days a rule can apply on, from its own dates and every source it cites (inclusive
  /// ordinals; nil is unbounded).
  func validity(of rule: CheckedRule) -> DayInterval {
    var window = DayInterval(from: rule.effective?.ordinal, to: rule.repealed.map { $0.ordinal - 1 })
    for citation in rule.basis {
      window = window.intersection(validity(of: program.sources[citation.source]))
    }
    return window
  }

  func validity(of source: CheckedSource) -> DayInterval {
    DayInterval(from: source.effective?.ordinal, to: source.repealed.map { $0.ordinal - 1 })
  }

  /// The rule and the rules it is an exception to, innermost first.
  func chain(_ index: Int) -> [Int] {
    var rules = [index]
    while let parent = program.rules[rules[rules.count - 1]].exceptionTo { rules.append(parent) }
    return rules
  }
}

/// An inclusive interval of day ordinals; `nil` ends are unbounded.
struct DayInterval: Hashable {
  var from: Int?
  var to: Int?

  var isEmpty: Bool {
    guard let from, let to else { return false }
    return from > to
  }

  func intersection(_ other: DayInterval) -> DayInterval {
    DayInterval(
      from: [from, other.from].compactMap { $0 }.max(),
      to: [to, other.to].compactMap { $0 }.min())
  }

  /// `from … to` with dates, for messages.
  var description: String {
    let start = from.map { Day(ordinal: $0).description } ?? "…"
    let end = to.map { Day(ordinal: $0).description } ?? "…"
    return "\(start) .. \(end)"
  }
}
