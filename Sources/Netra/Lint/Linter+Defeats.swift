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
  /// those, can conflict. Each conclusion's fields are dumped once, so the lint takes time in
  /// proportion to the rules and the conflicts found, not to the square of the rules (10,000
  /// rules with repeated conditions took minutes when every pair in a group was compared).
  mutating func lintConflictingTwins() {
    /// Per condition group: (record, key dumps) → other-field dumps → earlier rules, in order.
    var groups: [String: [ConclusionKey: [String: [Int]]]] = [:]
    for (index, rule) in program.rules.enumerated() where rule.exceptionTo == nil {
      let key = SyntaxDump.dump(rule.conditions) + "|" + SyntaxDump.dump(rule.judgedAt as Any)
      let shapes = conclusionShapes(rule)
      var candidates: Set<Int> = []
      for shape in shapes {
        for (rest, rules) in groups[key]?[shape.key] ?? [:] where rest != shape.rest { candidates.formUnion(rules) }
      }
      for earlier in candidates.sorted() {
        let other = program.rules[earlier]
        guard !program.prevails(index, over: earlier), !program.prevails(earlier, over: index),
          !validity(of: rule).intersection(validity(of: other)).isEmpty,
          let record = conflictingRecord(conclusionShapes(other), shapes)
        else { continue }
        warn(
          "E0313", at: rule.nameSpan,
          en: "rules `\(other.name)` and `\(rule.name)` have the same conditions and conclude conflicting `\(record)` facts, with no priority between them",
          id: "aturan `\(other.name)` dan `\(rule.name)` bersyarat sama dan menyimpulkan fakta `\(record)` yang bertentangan, tanpa prioritas di antaranya",
          help: Message(
            en: "add `priority \(rule.name) over \(other.name)` (or the reverse), or tell the rules apart by a condition",
            id: "tambahkan `prioritas \(rule.name) atas \(other.name)` (atau sebaliknya), atau bedakan keduanya dengan suatu syarat"),
          labels: [DiagnosticLabel(span: other.nameSpan, message: Message(en: "the same conditions", id: "syarat yang sama"))])
      }
      for shape in shapes { groups[key, default: [:]][shape.key, default: [:]][shape.rest, default: []].append(index) }
    }
  }

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
