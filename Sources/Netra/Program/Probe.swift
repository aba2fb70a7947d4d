import Foundation

/// How a binding is joined: instead of scanning every fact of its record, look up the facts whose
/// `field` equals one of `keys`, each computed from variables bound before it. Chosen by
/// `JoinPlan`; part of the checked program so every evaluation shares it.
public struct Probe: Sendable {
  public let field: Int
  public let keys: [CExpr]
}
