import Foundation
import Testing

@testable import Netra

/// Random programs and facts on which the real evaluator must agree with `ReferenceProgram`.
/// `NETRA_DIFFERENTIAL_PROGRAMS=100000 swift test --filter Differential` runs a long campaign
/// (figures in docs/reliability.md); the default keeps the suite fast.
@Suite struct DifferentialTests {
  static let programs = Int(ProcessInfo.processInfo.environment["NETRA_DIFFERENTIAL_PROGRAMS"] ?? "") ?? 300
  static let seed = UInt64(ProcessInfo.processInfo.environment["NETRA_DIFFERENTIAL_SEED"] ?? "") ?? 20_241_127

  @Test func realEvaluatorAgreesWithTheReference() throws {
    var generator = SplitMix(state: Self.seed)
    var disagreements: [String] = []
    for number in 0..<Self.programs {
      let reference = ReferenceProgram.random(using: &generator)
      let source = reference.source()
      let loaded = Netra.check(files: [("random-\(number).netra", Array(source.utf8))])
      guard let program = loaded.program else {
        disagreements.append("program \(number) did not check:\n\(source)\n\(loaded.diagnostics.map(\.message.en))")
        continue
      }
      for _ in 0..<3 {
        let a = (0..<Int.random(in: 0...4, using: &generator)).map { _ in (Int.random(in: 0...3, using: &generator), Int.random(in: 0...3, using: &generator)) }
        let b = (0..<Int.random(in: 0...4, using: &generator)).map { _ in (Int.random(in: 0...3, using: &generator), Int.random(in: 0...3, using: &generator)) }
        let json = "{\"id\": \"k\", \"a\": [\(a.map { "{\"x\": \($0.0), \"y\": \($0.1)}" }.joined(separator: ","))], \"b\": [\(b.map { "{\"x\": \($0.0), \"y\": \($0.1)}" }.joined(separator: ","))]}"
        let expected = reference.evaluate(a: a, b: b)
        let result = Netra.evaluate(program: program, casePath: "k.json", caseBytes: Array(json.utf8), options: Evaluator.Options())
        guard let evaluator = result.evaluator else {
          disagreements.append("program \(number) failed on \(json): \(result.diagnostics.map(\.message.en))")
          continue
        }
        for (relation, name) in ReferenceProgram.names.enumerated() where relation >= 2 {
          let record = try #require(program.record(named: name))
          let actual = Set(
            evaluator.base.byRecord[record].map { id -> ReferenceProgram.Pair in
              let fields = evaluator.base[id].fields
              guard case .int(let x) = fields[0], case .int(let y) = fields[1] else { return ReferenceProgram.Pair(x: -99, y: -99) }
              return ReferenceProgram.Pair(x: x, y: y)
            })
          if actual != expected[relation] {
            disagreements.append("program \(number), relation \(name), case \(json):\n\(source)\nexpected \(expected[relation]) got \(actual)")
          }
        }
      }
      if disagreements.count > 3 { break }
    }
    #expect(disagreements.isEmpty, "\(disagreements.joined(separator: "\n\n"))")
  }
}
