extension CheckedRuleset {
  /// The records a rule concludes, with those of its exceptions (which run inside it).
  public func heads(ofRule rule: Int) -> [Int] {
    var records = rules[rule].conclusions.map(\.record)
    for exception in rules[rule].exceptions { records += heads(ofRule: exception) }
    return records
  }

  /// Whether a rule, or one of its exceptions, binds a fact of one of `records`.
  public func rule(_ rule: Int, reads records: Set<Int>) -> Bool {
    let r = rules[rule]
    for case .binding(_, let record, _) in r.conditions where records.contains(record) { return true }
    return r.exceptions.contains { self.rule($0, reads: records) }
  }
}
