extension RuleGraph {
  /// A Mermaid flowchart, for Markdown documents. Records given in the case are cylinders,
  /// findings double boxes, derived records boxes; rules are rounded, exceptions hexagons.
  /// `no` and `count` edges are dotted, defeats end in a cross, priorities are thick.
  public func mermaid() -> String {
    var out = "flowchart LR\n"
    for node in nodes {
      let label = RuleGraph.mermaidQuote(node.name)
      let shape =
        switch node.kind {
        case .rule: "([\(label)])"
        case .exception: "{{\(label)}}"
        case .inputRecord: "[(\(label))]"
        case .derivedRecord: "[\(label)]"
        case .findingRecord: "[[\(label)]]"
        }
      out += "  \(node.id)\(shape)\n"
    }
    for edge in edges {
      let arrow =
        switch edge.kind {
        case .reads, .concludes: "-->"
        case .negates: "-. no .->"
        case .counts: "-. count .->"
        case .defeats: "-- defeats --x"
        case .prevails: "== prevails over ==>"
        case .feeds: edge.label.map { "-- \(RuleGraph.mermaidQuote($0)) -->" } ?? "-->"
        }
      out += "  \(edge.from) \(arrow) \(edge.to)\n"
    }
    return out
  }

  /// A label in double quotes; Mermaid reads `#quot;` for a quote inside one.
  static func mermaidQuote(_ text: String) -> String {
    "\"" + text.map { $0 == "\"" ? "#quot;" : String($0) }.joined() + "\""
  }
}
