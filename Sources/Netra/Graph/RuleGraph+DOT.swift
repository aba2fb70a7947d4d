extension RuleGraph {
  /// Graphviz DOT: `netra graph r | dot -Tsvg > r.svg`. Records are boxes (grey: given in the
  /// case; double: findings), rules ellipses (dashed: exceptions); `no` and `count` edges are
  /// dashed, defeats red, priorities blue.
  public func dot() -> String {
    var out = "digraph \(RuleGraph.dotQuote(name)) {\n"
    out += "  rankdir=LR;\n"
    out += "  node [fontname=\"Helvetica\", fontsize=10];\n"
    out += "  edge [fontname=\"Helvetica\", fontsize=9];\n"
    for node in nodes {
      var attributes = ["label=\(RuleGraph.dotQuote(node.name))"]
      switch node.kind {
      case .rule: attributes.append("shape=ellipse")
      case .exception: attributes += ["shape=ellipse", "style=dashed"]
      case .inputRecord: attributes += ["shape=box", "style=filled", "fillcolor=\"#e8e8e8\""]
      case .derivedRecord: attributes.append("shape=box")
      case .findingRecord: attributes += ["shape=box", "peripheries=2"]
      }
      if let title = node.title { attributes.append("tooltip=\(RuleGraph.dotQuote(title))") }
      out += "  \(node.id) [\(attributes.joined(separator: ", "))];\n"
    }
    for edge in edges {
      var attributes: [String] = []
      switch edge.kind {
      case .reads, .concludes: break
      case .negates: attributes += ["style=dashed", "label=\"no\""]
      case .counts: attributes += ["style=dashed", "label=\"count\""]
      case .defeats: attributes += ["color=red", "fontcolor=red", "label=\"defeats\""]
      case .prevails: attributes += ["color=blue", "fontcolor=blue", "style=bold", "label=\"prevails over\""]
      case .feeds: if let label = edge.label { attributes.append("label=\(RuleGraph.dotQuote(label))") }
      }
      out += "  \(edge.from) -> \(edge.to)" + (attributes.isEmpty ? "" : " [\(attributes.joined(separator: ", "))]") + ";\n"
    }
    return out + "}\n"
  }

  static func dotQuote(_ text: String) -> String {
    var out = "\""
    for character in text {
      switch character {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      default: out.append(character)
      }
    }
    return out + "\""
  }
}
