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

  mutating func lintConflictingTwins() {
    var seen: [String: [Int]] = [:]
    for (index, rule) in program.rules.enumerated() where rule.exceptionTo == nil {
      let key = SyntaxDump.dump(rule.conditions) + "|" + SyntaxDump.dump(rule.judgedAt as Any)
      for earlier in seen[key] ?? [] {
        let other = program.rules[earlier]
        guard !program.prevails(index, over: earlier), !program.prevails(earlier, over: index),
          !validity(of: rule).intersection(validity(of: other)).isEmpty,
          let record = conflictingRecord(other, rule)
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
      seen[key, default: []].append(index)
    }
  }

  /// The name of a keyed record both rules conclude with equal keys and some other field
  /// different, if there is one.
  func conflictingRecord(_ a: CheckedRule, _ b: CheckedRule) -> String? {
    for x in a.conclusions {
      let record = program.records[x.record]
      guard record.role != .input, !record.keyFields.isEmpty else { continue }
      for y in b.conclusions where y.record == x.record {
        let keysEqual = record.keyFields.allSatisfy { SyntaxDump.dump(x.fields[$0]) == SyntaxDump.dump(y.fields[$0]) }
        let restDiffers = record.fields.indices.contains { field in
          !record.keyFields.contains(field) && SyntaxDump.dump(x.fields[field]) != SyntaxDump.dump(y.fields[field])
        }
        if keysEqual && restDiffers { return record.name }
      }
    }
    return nil
  }
}
