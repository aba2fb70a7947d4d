/// Join plans, computed once per checked program and shared by every evaluation.
public enum JoinPlan {
  /// For each condition that binds a variable, the best probe found among the tests that follow
  /// it (up to the next binding): `x.f == e` or `x.f in {c1, c2}` with `e` already known.
  public static func probes(for conditions: [CCondition]) -> [Probe?] {
    var result = [Probe?](repeating: nil, count: conditions.count)
    for (index, condition) in conditions.enumerated() {
      guard case .binding(let slot, _, _) = condition else { continue }
      var best: Probe?
      for later in conditions[(index + 1)...] {
        guard case .test(let expr, _) = later else { break }
        guard let probe = probe(expr, slot: slot) else { continue }
        // An equality (one key) beats a membership (several keys).
        if best == nil || probe.keys.count < best!.keys.count { best = probe }
        if probe.keys.count == 1 { break }
      }
      result[index] = best
    }
    return result
  }

  static func probe(_ expr: CExpr, slot: Int) -> Probe? {
    switch expr {
    case .binary(.equal, let a, let b):
      if case .field(.slot(slot), _, let field) = a, maxSlot(b) < slot { return Probe(field: field, keys: [b]) }
      if case .field(.slot(slot), _, let field) = b, maxSlot(a) < slot { return Probe(field: field, keys: [a]) }
      return nil
    case .binary(.in, .field(.slot(slot), _, let field), .constant(.list(let values))) where !values.isEmpty && values.count <= 16:
      return Probe(field: field, keys: values.map { .constant($0) })
    case .binary(.and, let a, let b):
      return probe(a, slot: slot) ?? probe(b, slot: slot)
    default:
      return nil
    }
  }

  /// The highest slot an expression reads, or -1; a `count` counts as unknown.
  static func maxSlot(_ expr: CExpr) -> Int {
    switch expr {
    case .constant: return -1
    case .slot(let s): return s
    case .field(let base, _, _), .dateComponent(let base, _): return maxSlot(base)
    case .not(let e), .negate(let e): return maxSlot(e)
    case .binary(_, let a, let b), .period(let a, let b): return max(maxSlot(a), maxSlot(b))
    case .set(let items): return items.map(maxSlot).max() ?? -1
    case .conditional(let a, let b, let c): return max(maxSlot(a), maxSlot(b), maxSlot(c))
    case .count: return Int.max
    }
  }
}
