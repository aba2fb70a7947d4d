/// E0312: an exception with no conditions of its own defeats its rule whenever it applies.
/// E0313: two rules with the same conditions conclude facts of a keyed record with the same keys
/// and different other fields, and no priority settles which wins: every case that fires one
/// fires both, and the conflict is reported instead of a finding.
extension Linter {
  mutating func lintDefeats() {
    for rule in program.rules {
      guard let parentIndex = rule.exceptionTo, rule.conditions.isEmpty, rule.effective == nil, rule.repealed == nil else { continue }
      let parent = program.rules[parentIndex]
      // It applies whenever its parent does only if its own sources are in force then too.
      let parentWindow = validity(of: parent)
      guard validity(of: rule).intersection(parentWindow) == parentWindow else { continue }
      let replaces = !rule.conclusions.isEmpty
      warn(
        "E0312", at: rule.nameSpan,
        en: "rule `\(parent.name)` is always defeated: its exception `\(rule.name)` has no conditions of its own",
        id: "aturan `\(parent.name)` selalu dikalahkan: pengecualiannya `\(rule.name)` tidak punya syarat sendiri",
        help: Message(
          en: replaces
            ? "state when the exception applies, or write its conclusion in `\(parent.name)` itself"
            : "state when the exception applies, or remove `\(parent.name)`",
          id: replaces
            ? "nyatakan kapan pengecualian berlaku, atau tulis kesimpulannya pada `\(parent.name)` sendiri"
            : "nyatakan kapan pengecualian berlaku, atau hapus `\(parent.name)`"),
        labels: [DiagnosticLabel(span: parent.nameSpan, message: Message(en: "never concludes anything", id: "tidak pernah menyimpulkan apa pun"))])
    }
  }

  /// Compares a rule only with the earlier rules of its condition group that conclude a fact of
  /// the same keyed record with the same keys and other fields that differ: those, and only
  /// those, can conflict. Each rule is reported once, against the first earlier rule it conflicts
  /// with, with a note counting the others (up to `twinsCounted`): the lint's time and output stay
  /// in proportion to the rules, even when every rule conflicts with every other (10,000 rules
  /// with repeated conditions took minutes when every pair in a group was compared and reported).
  mutating func lintConflictingTwins() {
    /// Per condition group and keyed conclusion: the earlier rules in order, and how many of them
    /// conclude each set of other fields.
    var groups: [String: [ConclusionKey: EarlierRules]] = [:]
    // Each rule's conclusions dumped once: a candidate is compared many times.
    let allShapes = program.rules.map(conclusionShapes)
    for (index, rule) in program.rules.enumerated() where rule.exceptionTo == nil {
      let key = SyntaxDump.dump(rule.conditions) + "|" + SyntaxDump.dump(rule.judgedAt as Any)
      let shapes = allShapes[index]
      // The earlier rules this one conflicts with, in order, the first and up to `twinsCounted` more.
      var found: Set<Int> = []
      for shape in shapes {
        guard let earlier = groups[key]?[shape.key], earlier.sameRest[shape.rest, default: 0] < earlier.rules.count else { continue }
        var kept = 0
        for (candidate, rest) in earlier.rules where rest != shape.rest && !found.contains(candidate) {
          guard conflicts(index, candidate, shapes, allShapes[candidate]) else { continue }
          found.insert(candidate)
          kept += 1
          if kept > Self.twinsCounted { break }
        }
      }
      let ordered = found.sorted()
      if let earlier = ordered.first, let record = conflictingRecord(allShapes[earlier], shapes) {
        warnTwins(rule: index, earlier: earlier, record: record, others: min(ordered.count - 1, Self.twinsCounted))
      }
      for shape in shapes { groups[key, default: [:]][shape.key, default: EarlierRules()].add(index, rest: shape.rest) }
    }
  }

  /// The earlier rules of a condition group concluding one keyed record with the same keys.
  struct EarlierRules {
    var rules: [(rule: Int, rest: String)] = []
    var sameRest: [String: Int] = [:]

    mutating func add(_ rule: Int, rest: String) {
      rules.append((rule, rest))
      sameRest[rest, default: 0] += 1
    }
  }

  /// Whether two rules of one condition group, neither prevailing, both in force at some time,
  /// conclude conflicting facts.
  func conflicts(_ rule: Int, _ earlier: Int, _ shapes: [ConclusionShape], _ earlierShapes: [ConclusionShape]) -> Bool {
    !program.prevails(rule, over: earlier) && !program.prevails(earlier, over: rule)
      && !validity(of: program.rules[rule]).intersection(validity(of: program.rules[earlier])).isEmpty
      && conflictingRecord(earlierShapes, shapes) != nil
  }

  mutating func warnTwins(rule index: Int, earlier: Int, record: String, others: Int) {
    let rule = program.rules[index]
    let other = program.rules[earlier]
    let more = others == Self.twinsCounted ? "\(others) or more" : "\(others)"
    let lagi = others == Self.twinsCounted ? "\(others) atau lebih" : "\(others)"
    warn(
      "E0313", at: rule.nameSpan,
      en: "rules `\(other.name)` and `\(rule.name)` have the same conditions and conclude conflicting `\(record)` facts, with no priority between them",
      id: "aturan `\(other.name)` dan `\(rule.name)` bersyarat sama dan menyimpulkan fakta `\(record)` yang bertentangan, tanpa prioritas di antaranya",
      help: Message(
        en: "add `priority \(rule.name) over \(other.name)` (or the reverse), or tell the rules apart by a condition",
        id: "tambahkan `prioritas \(rule.name) atas \(other.name)` (atau sebaliknya), atau bedakan keduanya dengan suatu syarat"),
      labels: [DiagnosticLabel(span: other.nameSpan, message: Message(en: "the same conditions", id: "syarat yang sama"))],
      notes: others == 0
        ? []
        : [
          Message(
            en: "`\(rule.name)` conflicts in the same way with \(more) other earlier rules",
            id: "`\(rule.name)` juga bertentangan dengan cara yang sama dengan \(lagi) aturan lain sebelumnya")
        ])
  }

  /// How many further conflicting rules a warning counts before it says "or more".
  static let twinsCounted = 20

  /// A keyed record and the dumps of its key fields in one conclusion.
  struct ConclusionKey: Hashable {
    let record: Int
    let keys: [String]
  }

  /// A conclusion of a keyed (non-input) record: its key, and its other fields' dumps together.
  struct ConclusionShape {
    let key: ConclusionKey
    let rest: String
  }

  func conclusionShapes(_ rule: CheckedRule) -> [ConclusionShape] {
    rule.conclusions.compactMap { conclusion in
      let record = program.records[conclusion.record]
      guard record.role != .input, !record.keyFields.isEmpty else { return nil }
      let keys = record.keyFields.map { SyntaxDump.dump(conclusion.fields[$0]) }
      let rest = record.fields.indices.filter { !record.keyFields.contains($0) }.map { SyntaxDump.dump(conclusion.fields[$0]) }
      return ConclusionShape(key: ConclusionKey(record: conclusion.record, keys: keys), rest: rest.joined(separator: "\u{1F}"))
    }
  }

  /// The name of a keyed record both rules conclude with equal keys and some other field
  /// different, if there is one (the first such conclusion of `a`, as a drafter reads it).
  func conflictingRecord(_ a: [ConclusionShape], _ b: [ConclusionShape]) -> String? {
    for x in a {
      for y in b where y.key == x.key && y.rest != x.rest { return program.records[x.key.record].name }
    }
    return nil
  }
}
