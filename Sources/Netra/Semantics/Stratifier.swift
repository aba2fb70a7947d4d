/// Orders rules into strata so that whatever a rule negates, counts, or is defeated by is
/// complete before it runs. A cycle through negation has no such order and is an error.
extension Checker {
  struct Edge {
    let from: Int
    let to: Int
    /// Negation, counting, defeat, or reading a record whose conflicts must be settled first.
    let strong: Bool
    let rule: Int
  }

  package func heads(_ rule: Int) -> [Int] { program.rules[rule].conclusions.map(\.record) }

  func patternRecords(_ conditions: [CCondition], positive: inout [Int], negative: inout [Int], negated: Bool) {
    func visitExpr(_ expr: CExpr) {
      switch expr {
      case .constant, .slot: break
      case .field(let base, _, _), .dateComponent(let base, _): visitExpr(base)
      case .not(let e), .negate(let e): visitExpr(e)
      case .binary(_, let a, let b), .period(let a, let b): visitExpr(a); visitExpr(b)
      case .set(let items): items.forEach(visitExpr)
      case .conditional(let a, let b, let c): visitExpr(a); visitExpr(b); visitExpr(c)
      case .count(let pattern):
        negative.append(pattern.record)
        patternRecords(pattern.conditions, positive: &positive, negative: &negative, negated: true)
      }
    }
    for condition in conditions {
      switch condition {
      case .binding(_, let record, _):
        if negated { negative.append(record) } else { positive.append(record) }
      case .test(let expr, _): visitExpr(expr)
      case .absence(let pattern, _):
        negative.append(pattern.record)
        patternRecords(pattern.conditions, positive: &positive, negative: &negative, negated: true)
      }
    }
  }

  package func body(_ rule: Int) -> (positive: [Int], negative: [Int]) {
    var positive: [Int] = []
    var negative: [Int] = []
    var current: Int? = rule
    while let index = current {
      patternRecords(program.rules[index].conditions, positive: &positive, negative: &negative, negated: false)
      if let at = program.rules[index].judgedAt {
        patternRecords([.test(at, span: program.rules[index].span)], positive: &positive, negative: &negative, negated: false)
      }
      current = program.rules[index].exceptionTo
    }
    return (positive, negative)
  }

  func root(_ rule: Int) -> Int {
    var index = rule
    while let parent = program.rules[index].exceptionTo { index = parent }
    return index
  }

  mutating func stratify() {
    let recordCount = program.records.count
    var edges: [Edge] = []
    let keyed = program.records.map { $0.role != .input && !$0.keyFields.isEmpty }
    for (index, rule) in program.rules.enumerated() {
      let (positive, negative) = body(index)
      let ownHeads = heads(index)
      for head in ownHeads {
        // Reading a keyed record means its conflicts must be settled first, except where a rule
        // reads the very record it concludes (a finding that rests on another finding of the
        // same kind): then both are settled together at the end of the stratum.
        for source in positive { edges.append(Edge(from: source, to: head, strong: keyed[source] && source != head, rule: index)) }
        for source in negative { edges.append(Edge(from: source, to: head, strong: true, rule: index)) }
      }
      // All conclusions of one exception tree are derived together, so they share a stratum.
      let treeHeads = ownHeads + (rule.exceptionTo.map { heads(root($0)) } ?? [])
      for a in treeHeads {
        for b in treeHeads where a != b { edges.append(Edge(from: a, to: b, strong: false, rule: index)) }
      }
      // What an exception reads must be complete before the rules it defeats conclude.
      var ancestor = rule.exceptionTo
      // Only what the exception itself reads: the variables it shares with the rule it excepts
      // are bound by that rule already.
      var ownPositive: [Int] = []
      var ownNegative: [Int] = []
      patternRecords(rule.conditions, positive: &ownPositive, negative: &ownNegative, negated: false)
      let ownBody = Set(ownPositive + ownNegative)
      while let parent = ancestor {
        for head in heads(parent) {
          for source in ownBody.sorted() { edges.append(Edge(from: source, to: head, strong: true, rule: index)) }
        }
        ancestor = program.rules[parent].exceptionTo
      }
    }
    var outgoing = Array(repeating: [Int](), count: recordCount)
    for (number, edge) in edges.enumerated() { outgoing[edge.from].append(number) }

    let components = stronglyConnectedComponents(count: recordCount, outgoing: outgoing, edges: edges)
    var componentOf = Array(repeating: 0, count: recordCount)
    for (number, component) in components.enumerated() { for node in component { componentOf[node] = number } }

    for edge in edges where edge.strong && componentOf[edge.from] == componentOf[edge.to] {
      reportCycle(through: edge, edges: edges, outgoing: outgoing, componentOf: componentOf)
      return
    }
    // Tarjan yields components in reverse topological order.
    var level = Array(repeating: 0, count: components.count)
    for number in components.indices.reversed() {
      for node in components[number] {
        for edgeNumber in outgoing[node] {
          let edge = edges[edgeNumber]
          let target = componentOf[edge.to]
          if target != number { level[target] = max(level[target], level[number] + (edge.strong ? 1 : 0)) }
        }
      }
    }
    var strata: [Int: [Int]] = [:]
    for (index, rule) in program.rules.enumerated() where rule.exceptionTo == nil {
      let stratum = heads(index).map { level[componentOf[$0]] }.max() ?? 0
      program.rules[index] = rule.settled(stratum: stratum)
      strata[stratum, default: []].append(index)
    }
    program.strata = strata.keys.sorted().map { strata[$0]! }
  }

  func stronglyConnectedComponents(count: Int, outgoing: [[Int]], edges: [Edge]) -> [[Int]] {
    var index = 0
    var indices = Array(repeating: -1, count: count)
    var lowLinks = Array(repeating: 0, count: count)
    var onStack = Array(repeating: false, count: count)
    var stack: [Int] = []
    var components: [[Int]] = []
    // Iterative Tarjan, so 10,000 chained rules cannot overflow the call stack.
    for start in 0..<count where indices[start] == -1 {
      var work: [(node: Int, next: Int)] = [(start, 0)]
      indices[start] = index
      lowLinks[start] = index
      index += 1
      stack.append(start)
      onStack[start] = true
      while var frame = work.popLast() {
        if frame.next < outgoing[frame.node].count {
          let target = edges[outgoing[frame.node][frame.next]].to
          frame.next += 1
          work.append(frame)
          if indices[target] == -1 {
            indices[target] = index
            lowLinks[target] = index
            index += 1
            stack.append(target)
            onStack[target] = true
            work.append((target, 0))
          } else if onStack[target] {
            lowLinks[frame.node] = min(lowLinks[frame.node], indices[target])
          }
        } else {
          if let parent = work.last {
            lowLinks[parent.node] = min(lowLinks[parent.node], lowLinks[frame.node])
          }
          if lowLinks[frame.node] == indices[frame.node] {
            var component: [Int] = []
            while let top = stack.popLast() {
              onStack[top] = false
              component.append(top)
              if top == frame.node { break }
            }
            components.append(component.sorted())
          }
        }
      }
    }
    return components
  }

  mutating func reportCycle(through strong: Edge, edges: [Edge], outgoing: [[Int]], componentOf: [Int]) {
    // Walk back from the strong edge's target to its source inside the component.
    let component = componentOf[strong.from]
    var previous: [Int: Int] = [strong.to: -1]
    var queue = [strong.to]
    var found = strong.to == strong.from
    while !queue.isEmpty, !found {
      let node = queue.removeFirst()
      for edgeNumber in outgoing[node] {
        let edge = edges[edgeNumber]
        guard componentOf[edge.to] == component, previous[edge.to] == nil else { continue }
        previous[edge.to] = edgeNumber
        if edge.to == strong.from {
          found = true
          break
        }
        queue.append(edge.to)
      }
    }
    var rules = [strong.rule]
    var node = strong.from
    while let edgeNumber = previous[node], edgeNumber >= 0 {
      let edge = edges[edgeNumber]
      if !rules.contains(edge.rule) { rules.append(edge.rule) }
      node = edge.from
    }
    let names = rules.map { "`\(program.rules[$0].name)`" }
    let recordName = program.records[strong.from].name
    let first = program.rules[strong.rule]
    error(
      "E0401", first.nameSpan,
      en: "a cycle through negation: \(names.joined(separator: ", ")) depend on each other and rule `\(first.name)` negates, counts or is defeated by `\(recordName)`",
      id: "siklus melalui negasi: \(names.joined(separator: ", ")) saling bergantung dan aturan `\(first.name)` menegasikan, menghitung atau dikalahkan oleh `\(recordName)`",
      help: Message(
        en: "a rule cannot depend, through `no`, `count` or an exception, on what it concludes; split the rule or derive the negated fact from input facts only",
        id: "aturan tidak boleh bergantung, melalui `tidak_ada`, `jumlah` atau pengecualian, pada kesimpulannya sendiri; pecah aturan atau turunkan fakta yang dinegasikan dari fakta masukan saja"),
      label: Message(en: "this rule uses `\(recordName)` through negation", id: "aturan ini memakai `\(recordName)` melalui negasi"),
      labels: rules.dropFirst().map {
        DiagnosticLabel(span: program.rules[$0].nameSpan, message: Message(en: "this rule is part of the cycle", id: "aturan ini bagian dari siklus"))
      })
  }
}
