import Testing

@testable import Netra

@Suite("Rule graph")
struct RuleGraphTests {
  static func program(_ ruleset: String) throws -> CheckedRuleset {
    try #require(Netra.load(path: ruleset, relativeTo: Support.repository.path).program)
  }

  @Test(
    arguments: [
      ("rulesets/contoh", RuleGraph.View.all, "dot", "contoh.all.dot"),
      ("rulesets/contoh", .all, "mermaid", "contoh.all.mmd"),
      ("rulesets/contoh", .feeds, "mermaid", "contoh.feeds.mmd"),
      ("rulesets/contoh", .defeats, "dot", "contoh.defeats.dot"),
      ("rulesets/netralitas", .defeats, "mermaid", "netralitas.defeats.mmd"),
    ])
  func graphMatchesGolden(ruleset: String, view: RuleGraph.View, format: String, golden: String) throws {
    let graph = RuleGraph(program: try Self.program(ruleset), view: view)
    try Support.golden(format == "dot" ? graph.dot() : graph.mermaid(), "graphs/\(golden)")
  }

  @Test func everyRuleAndRecordIsDrawnWithItsEdges() throws {
    let program = try Self.program("rulesets/netralitas")
    let graph = RuleGraph(program: program)
    let ids = Set(graph.nodes.map(\.id))
    #expect(ids.count == graph.nodes.count, "node ids are unique")
    for rule in program.rules { #expect(ids.contains("rule_" + rule.name)) }
    for record in program.records { #expect(ids.contains("record_" + record.name)) }
    for edge in graph.edges {
      #expect(ids.contains(edge.from) && ids.contains(edge.to))
    }
    let exceptions = program.rules.filter { $0.exceptionTo != nil }.count
    #expect(graph.edges.filter { $0.kind == .defeats }.count == exceptions)
    #expect(graph.edges.filter { $0.kind == .prevails }.count == program.priorities.joined().count)
    #expect(Set(graph.edges).count == graph.edges.count, "no edge twice")
  }

  @Test func feedsConnectAWriterToEachReader() throws {
    let program = try Support.program(
      """
      ruleset g
      source s "S" effective 2020-01-01
      input record K { id: Text key, xs: [X] }
      record X { id: Text key }
      record Y { x: Text key }
      finding record F { x: Text key }
      rule a basis s "Pasal 1" when x: X then Y { x: x.id }
      rule b basis s "Pasal 2" when x: X, no y: Y { y.x == x.id } then F { x: x.id }
      rule c basis s "Pasal 3" when y: Y, count z: Y { z.x == y.x } > 0 then F { x: y.x }
      """)
    let graph = RuleGraph(program: program, view: .feeds)
    #expect(
      graph.edges.map { "\($0.from) \($0.to) \($0.label ?? "")" } == [
        "rule_a rule_b Y (no)", "rule_a rule_c Y, Y (count)",
      ])
  }
}
