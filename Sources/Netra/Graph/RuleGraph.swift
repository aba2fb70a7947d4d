/// The shape of a ruleset for people: which records each rule reads and concludes (so which rule
/// feeds which), which exception defeats which rule, and which rule prevails over which.
///
/// Built from the checked program, so names are resolved and exceptions known; nodes and edges
/// come in declaration order, so the output is the same on every run.
public struct RuleGraph: Sendable {
  /// What to draw.
  public enum View: String, Sendable, CaseIterable {
    /// Records and rules: reads, negations, counts, conclusions, defeats, priorities.
    case all
    /// Rules only: an edge from each rule to every rule that reads what it concludes, plus
    /// defeats and priorities.
    case feeds
    /// Only the rules in an exception or priority, with those edges.
    case defeats
  }

  public enum NodeKind: Hashable, Sendable {
    case rule
    /// A rule declared `exception to` another.
    case exception
    /// A record given in the case (the input record and every record nested in it).
    case inputRecord
    /// A record rules derive.
    case derivedRecord
    /// A `finding` record.
    case findingRecord
  }

  public struct Node: Hashable, Sendable {
    /// Unique among nodes, and a valid identifier in DOT and Mermaid: `rule_x`, `record_X`.
    public let id: String
    public let name: String
    public let title: String?
    public let kind: NodeKind
  }

  public enum EdgeKind: String, Hashable, Sendable {
    /// A rule binds facts of a record (`x: R`).
    case reads
    /// A rule requires that no fact match (`no x: R { … }`).
    case negates
    /// A rule counts facts (`count x: R { … }`).
    case counts
    /// A rule derives facts of a record (`then R { … }`).
    case concludes
    /// An exception defeats the rule it excepts.
    case defeats
    /// `priority a over b`.
    case prevails
    /// A rule concludes a record another rule reads (view `feeds`); `label` names the record.
    case feeds
  }

  public struct Edge: Hashable, Sendable {
    public let from: String
    public let to: String
    public let kind: EdgeKind
    /// For `feeds`: the records that connect the two rules, and whether the reader negates or counts them.
    public let label: String?
  }

  public let name: String
  public let view: View
  public private(set) var nodes: [Node] = []
  public private(set) var edges: [Edge] = []

  public init(program: CheckedRuleset, view: View = .all) {
    name = program.name
    self.view = view
    let reads = program.rules.indices.map { RuleGraph.reads(of: program.rules[$0]) }
    let concludes = program.rules.map { rule in RuleGraph.unique(rule.conclusions.map(\.record)) }

    var defeatEdges: [Edge] = []
    var inDefeats = Set<Int>()
    for (index, rule) in program.rules.enumerated() {
      if let target = rule.exceptionTo {
        defeatEdges.append(Edge(from: RuleGraph.ruleID(rule.name), to: RuleGraph.ruleID(program.rules[target].name), kind: .defeats, label: nil))
        inDefeats.formUnion([index, target])
      }
    }
    for (higher, lowers) in program.priorities.enumerated() {
      for lower in lowers {
        defeatEdges.append(
          Edge(from: RuleGraph.ruleID(program.rules[higher].name), to: RuleGraph.ruleID(program.rules[lower].name), kind: .prevails, label: nil))
        inDefeats.formUnion([higher, lower])
      }
    }

    for (index, rule) in program.rules.enumerated() where view != .defeats || inDefeats.contains(index) {
      nodes.append(
        Node(id: RuleGraph.ruleID(rule.name), name: rule.name, title: rule.title, kind: rule.exceptionTo == nil ? .rule : .exception))
    }
    switch view {
    case .all:
      let derived = Set(concludes.joined())
      for (index, record) in program.records.enumerated() {
        let kind: NodeKind =
          record.role == .finding ? .findingRecord : derived.contains(index) ? .derivedRecord : .inputRecord
        nodes.append(Node(id: RuleGraph.recordID(record.name), name: record.name, title: nil, kind: kind))
      }
      for (index, rule) in program.rules.enumerated() {
        for (record, kind) in reads[index] {
          edges.append(Edge(from: RuleGraph.recordID(program.records[record].name), to: RuleGraph.ruleID(rule.name), kind: kind, label: nil))
        }
        for record in concludes[index] {
          edges.append(Edge(from: RuleGraph.ruleID(rule.name), to: RuleGraph.recordID(program.records[record].name), kind: .concludes, label: nil))
        }
      }
    case .feeds:
      for (writer, rule) in program.rules.enumerated() {
        for (reader, other) in program.rules.enumerated() {
          let links = reads[reader].filter { concludes[writer].contains($0.record) }
          guard !links.isEmpty else { continue }
          let label = links.map { link in
            program.records[link.record].name + (link.kind == .negates ? " (no)" : link.kind == .counts ? " (count)" : "")
          }.joined(separator: ", ")
          edges.append(Edge(from: RuleGraph.ruleID(rule.name), to: RuleGraph.ruleID(other.name), kind: .feeds, label: label))
        }
      }
    case .defeats:
      break
    }
    edges += defeatEdges
  }

  static func ruleID(_ name: String) -> String { "rule_" + name }
  static func recordID(_ name: String) -> String { "record_" + name }

  static func unique<T: Hashable>(_ items: [T]) -> [T] {
    var seen = Set<T>()
    return items.filter { seen.insert($0).inserted }
  }

  /// The records a rule reads, each with how, in the order they first appear; an exception's
  /// own conditions only (what it shares with its rule is drawn on that rule).
  static func reads(of rule: CheckedRule) -> [(record: Int, kind: EdgeKind)] {
    var found: [(record: Int, kind: EdgeKind)] = []
    func add(_ record: Int, _ kind: EdgeKind) {
      if !found.contains(where: { $0.record == record && $0.kind == kind }) { found.append((record, kind)) }
    }
    func visit(_ conditions: [CCondition], inside: EdgeKind?) {
      for condition in conditions {
        switch condition {
        case .binding(_, let record, _): add(record, inside ?? .reads)
        case .test(let expr, _): visit(expr, inside: inside)
        case .absence(let pattern, _):
          add(pattern.record, .negates)
          visit(pattern.conditions, inside: .negates)
        }
      }
    }
    func visit(_ expr: CExpr, inside: EdgeKind?) {
      switch expr {
      case .constant, .slot: break
      case .field(let base, _, _), .dateComponent(let base, _), .not(let base), .negate(let base): visit(base, inside: inside)
      case .binary(_, let a, let b), .period(let a, let b):
        visit(a, inside: inside)
        visit(b, inside: inside)
      case .set(let items): items.forEach { visit($0, inside: inside) }
      case .conditional(let a, let b, let c):
        visit(a, inside: inside)
        visit(b, inside: inside)
        visit(c, inside: inside)
      case .count(let pattern):
        add(pattern.record, inside == .negates ? .negates : .counts)
        visit(pattern.conditions, inside: inside ?? .counts)
      }
    }
    visit(rule.conditions, inside: nil)
    if let at = rule.judgedAt { visit(at, inside: nil) }
    return found
  }
}
