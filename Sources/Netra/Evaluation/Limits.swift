/// Bounds that turn runaway input into a clear error instead of a hang.
public struct Limits: Sendable {
  /// Derived facts per case.
  public var maxDerivedFacts = 1_000_000
  /// Condition evaluations per case (a bound on join work).
  public var maxSteps = 50_000_000
  /// Passes over one stratum while it still derives new facts.
  public var maxIterations = 100_000
  /// Bytes of one case document.
  public var maxCaseBytes = 16 * 1024 * 1024
  /// Facts read from one case document. A reported case holds tens of facts; 10,000 keeps an
  /// explained evaluation of the neutrality ruleset near 200 MB (docs/reliability.md, "Limits").
  public var maxInputFacts = 10_000
  /// Bindings held at once while a rule's matches are collected (one per variable per match):
  /// bounds the memory of a join that only binds, whose conclusions all dedupe.
  public var maxHeldBindings = 4_000_000

  public init() {}
}

/// An evaluation stopped by a limit or an arithmetic fault; reported as a diagnostic, never a crash.
public struct EvaluationError: Error, Sendable {
  public let code: String
  public let message: Message
}
