import Foundation
import Testing

@testable import Netra
@testable import NetraBatch

/// Blocks started before the ones before them are waited for (as the command line does) give
/// the same output as blocks evaluated one at a time, in order, on any number of workers.
@Suite struct BatchPipelineTests {
  static func caseLine(_ number: Int) -> String {
    let date = number % 5 == 0 ? "2024-02-30" : "2024-01-\(String(format: "%02d", number % 28 + 1))"  // some bad lines
    return """
      {"kasus":"P-\(number)","pihak":[{"id":"o1","jenis":"pns"}],"perbuatan":[{"id":"a1","pelaku":"o1","tanggal":"\(date)","jenis":"hadir_kampanye","atribut":[]}]}
      """
  }

  @Test(arguments: [1, 2, 3]) func blocksInFlightKeepTheirOrder(workers: Int) throws {
    let program = try #require(Netra.load(path: "rulesets/contoh", relativeTo: Support.repository.path).program)
    let batch = BatchEvaluator(program: program, options: Evaluator.Options(), workers: workers)
    let blocks = (0..<4).map { block in (0..<(50 + 37 * block)).map { ArraySlice(Array(Self.caseLine(block * 1000 + $0).utf8)) } }
    let oneAtATime = blocks.map { batch.evaluate(lines: $0, firstNumber: 1).output }
    let running = blocks.map { batch.start(block: LineBlock(copying: $0), firstNumber: 1) }
    for (index, block) in running.enumerated() {
      let result = block.wait()
      #expect(Array(result.parts.joined()) == oneAtATime[index], "block \(index)")
      #expect(result.cases == blocks[index].count)
      #expect(result.failed == (blocks[index].count + 4) / 5)  // every fifth line has a bad date
    }
    #expect(batch.start(block: LineBlock(), firstNumber: 1).wait().cases == 0)
  }
}
