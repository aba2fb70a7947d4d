/// A small, obviously-correct evaluator for randomly generated programs, to check the real
/// evaluator against (in the spirit of Cedar's differential testing). It knows only what the
/// generator produces: relations of integer pairs, joins, comparisons, negation and exceptions.
struct ReferenceProgram {
  /// Relations: 0 A, 1 B (input); 2 P, 3 Q, 4 R, 5 F (derived, in increasing level).
  static let names = ["A", "B", "P", "Q", "R", "F"]

  enum Operand: Equatable {
    case field(variable: Int, second: Bool)  // v.x or v.y
    case constant(Int)
  }

  enum Comparison: String, CaseIterable {
    case equal = "==", notEqual = "!=", less = "<", lessEqual = "<="
  }

  struct Test {
    let left: Operand
    let comparison: Comparison
    let right: Operand
  }

  /// `no v: T { v.x == <operand> }`
  struct Absence {
    let relation: Int
    let equalTo: Operand
    let onSecond: Bool
  }

  struct Rule {
    let head: Int
    let bindings: [Int]  // relation of each variable
    let tests: [Test]
    let absences: [Absence]
    let headX: Operand
    let headY: Operand
    /// An exception: the rule does not conclude where this test holds.
    let exception: Test?
  }

  var rules: [Rule]

  static func value(_ operand: Operand, _ tuple: [(Int, Int)]) -> Int {
    switch operand {
    case .constant(let c): c
    case .field(let variable, let second): second ? tuple[variable].1 : tuple[variable].0
    }
  }

  static func holds(_ test: Test, _ tuple: [(Int, Int)]) -> Bool {
    let a = value(test.left, tuple)
    let b = value(test.right, tuple)
    switch test.comparison {
    case .equal: return a == b
    case .notEqual: return a != b
    case .less: return a < b
    case .lessEqual: return a <= b
    }
  }

  struct Pair: Hashable { let x: Int; let y: Int }

  /// Level by level (a rule's head level), each to a fixpoint, negation reading lower levels only.
  func evaluate(a: [(Int, Int)], b: [(Int, Int)]) -> [Set<Pair>] {
    var relations = Array(repeating: Set<Pair>(), count: 6)
    relations[0] = Set(a.map { Pair(x: $0.0, y: $0.1) })
    relations[1] = Set(b.map { Pair(x: $0.0, y: $0.1) })
    for level in 2...5 {
      var changed = true
      while changed {
        changed = false
        for rule in rules where rule.head == level {
          var tuples: [[(Int, Int)]] = [[]]
          for relation in rule.bindings {
            tuples = tuples.flatMap { prefix in relations[relation].map { prefix + [($0.x, $0.y)] } }
          }
          for tuple in tuples {
            guard rule.tests.allSatisfy({ Self.holds($0, tuple) }) else { continue }
            let blocked = rule.absences.contains { absence in
              let target = Self.value(absence.equalTo, tuple)
              return relations[absence.relation].contains { (absence.onSecond ? $0.y : $0.x) == target }
            }
            if blocked { continue }
            if let exception = rule.exception, Self.holds(exception, tuple) { continue }
            let fact = Pair(x: Self.value(rule.headX, tuple), y: Self.value(rule.headY, tuple))
            if relations[level].insert(fact).inserted { changed = true }
          }
        }
      }
    }
    return relations
  }

  /// The same program in Netra.
  func source() -> String {
    var text = """
      ruleset differential version "1"
      source s "Sumber" effective 2000-01-01
      input record K { id: Text key  a: [A] = []  b: [B] = [] }
      record A { x: Int  y: Int }
      record B { x: Int  y: Int }
      record P { x: Int  y: Int }
      record Q { x: Int  y: Int }
      record R { x: Int  y: Int }
      finding record F { x: Int  y: Int }

      """
    func operand(_ o: Operand) -> String {
      switch o {
      case .constant(let c): String(c)
      case .field(let variable, let second): "v\(variable).\(second ? "y" : "x")"
      }
    }
    func test(_ t: Test) -> String { "\(operand(t.left)) \(t.comparison.rawValue) \(operand(t.right))" }
    for (index, rule) in rules.enumerated() {
      text += "rule r\(index) basis s \"Pasal \(index + 1)\"\n  when\n"
      for (variable, relation) in rule.bindings.enumerated() { text += "    v\(variable): \(Self.names[relation])\n" }
      for t in rule.tests { text += "    \(test(t))\n" }
      for absence in rule.absences {
        text += "    no n: \(Self.names[absence.relation]) { n.\(absence.onSecond ? "y" : "x") == \(operand(absence.equalTo)) }\n"
      }
      text += "  then \(Self.names[rule.head]) { x: \(operand(rule.headX)), y: \(operand(rule.headY)) }\n"
      if let exception = rule.exception {
        text += "rule e\(index) exception to r\(index) basis s \"Pasal \(index + 100)\" when \(test(exception))\n"
      }
    }
    return text
  }

  static func random(using generator: inout some RandomNumberGenerator) -> ReferenceProgram {
    var rules: [Rule] = []
    for _ in 0..<Int.random(in: 1...6, using: &generator) {
      let head = Int.random(in: 2...5, using: &generator)
      // Positive bindings may read any relation up to the head's own level (recursion allowed).
      let bindings = (0..<Int.random(in: 1...2, using: &generator)).map { _ in Int.random(in: 0...head, using: &generator) }
      func randomOperand() -> Operand {
        Bool.random(using: &generator)
          ? .constant(Int.random(in: 0...3, using: &generator))
          : .field(variable: Int.random(in: 0..<bindings.count, using: &generator), second: Bool.random(using: &generator))
      }
      func randomTest() -> Test {
        Test(
          left: .field(variable: Int.random(in: 0..<bindings.count, using: &generator), second: Bool.random(using: &generator)),
          comparison: Comparison.allCases.randomElement(using: &generator)!, right: randomOperand())
      }
      let tests = (0..<Int.random(in: 0...2, using: &generator)).map { _ in randomTest() }
      // Negation reads strictly lower levels only, so the program stays stratified.
      let absences = (0..<Int.random(in: 0...1, using: &generator)).map { _ in
        Absence(relation: Int.random(in: 0..<head, using: &generator), equalTo: randomOperand(), onSecond: Bool.random(using: &generator))
      }
      let exception = Int.random(in: 0..<3, using: &generator) == 0 ? randomTest() : nil
      rules.append(
        Rule(
          head: head, bindings: bindings, tests: tests, absences: absences,
          headX: .field(variable: 0, second: Bool.random(using: &generator)), headY: randomOperand(), exception: exception))
    }
    return ReferenceProgram(rules: rules)
  }
}
