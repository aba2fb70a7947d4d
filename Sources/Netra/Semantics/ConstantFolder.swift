/// Folds expressions that need no facts (constants, calendar periods) into values at check time.
package enum ConstantFolder {
  package static func fold(_ expr: CExpr) -> CExpr {
    switch expr {
    case .constant: return expr
    case .period(let a, let b):
      if case .constant(.date(let from)) = fold(a), case .constant(.date(let to)) = fold(b) {
        return .constant(.period(from, to))
      }
      return expr
    case .negate(let inner):
      switch fold(inner) {
      case .constant(.int(let value)) where value != Int.min: return .constant(.int(-value))
      case .constant(.decimal(let value)): return .constant(.decimal(-value))
      default: return expr
      }
    case .set(let items):
      let folded = items.map(fold)
      var values: [Value] = []
      for item in folded {
        guard case .constant(let value) = item else { return .set(folded) }
        values.append(value)
      }
      return .constant(.list(values))
    case .binary(let op, let a, let b):
      let left = fold(a)
      let right = fold(b)
      if case .constant(let x) = left, case .constant(let y) = right,
        let value = try? Operations.binary(op, x, y)
      {
        return .constant(value)
      }
      return .binary(op, left, right)
    default:
      return expr
    }
  }
}
