import Foundation

/// The checked program: every name resolved to an index, every expression typed.
/// Immutable to its users (the checker and the planner build it) and `Sendable`, so batch
/// evaluation shares one copy across threads.
public struct CheckedRuleset: Sendable {
  public internal(set) var name: String
  public internal(set) var version: String?
  public internal(set) var sources: [CheckedSource] = []
  public internal(set) var enums: [CheckedEnum] = []
  public internal(set) var records: [CheckedRecord] = []
  public internal(set) var calendars: [CheckedCalendar] = []
  public internal(set) var rules: [CheckedRule] = []
  /// Direct priority edges: `priorities[i]` lists the rules rule `i` prevails over.
  public internal(set) var priorities: [[Int]] = []
  /// Rules in evaluation order, grouped by stratum. Exceptions are not listed: they run inside
  /// the rule they except.
  public internal(set) var strata: [[Int]] = []
  /// Per stratum: the records its rules (and their exceptions) conclude, and whether any rule
  /// reads one of them (so the stratum needs passes until nothing new is derived).
  public internal(set) var strataHeads: [Set<Int>] = []
  public internal(set) var strataRecursive: [Bool] = []
  public internal(set) var tests: [CheckedTest] = []
  public internal(set) var inputRecord: Int = 0
  /// A digest of the source texts, for decision receipts.
  public internal(set) var sourceDigest: String = ""
  public internal(set) var sourceSet: SourceSet = SourceSet()

  public func record(named name: String) -> Int? { records.firstIndex { $0.name == name } }
  public func rule(named name: String) -> Int? { rules.firstIndex { $0.name == name } }

  /// Whether rule `a` prevails over rule `b` through a chain of priority declarations.
  public func prevails(_ a: Int, over b: Int) -> Bool {
    var seen: Set<Int> = [a]
    var stack = [a]
    while let next = stack.popLast() {
      for lower in priorities[next] {
        if lower == b { return true }
        if seen.insert(lower).inserted { stack.append(lower) }
      }
    }
    return false
  }
}
