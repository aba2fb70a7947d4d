import Netra
import Testing

@testable import NetraCLI

@Suite struct LintCommandTests {
  @Test func warningsExitOneOnStdout() {
    let run = CLITests.run(["lint", CLITests.path("Tests/NetraTests/Golden/lint/planted.netra")])
    #expect(run.code == 1)
    #expect(run.output.contains("warning[E0310]"))
    #expect(run.output.hasSuffix("warning: 10 warnings\n"))
    #expect(run.errors.isEmpty)
  }

  @Test func cleanRulesetExitsZero() {
    let run = CLITests.run(["lint", CLITests.path("rulesets/contoh"), "--lang", "id"])
    #expect(run.code == 0, "\(run.output)")
    #expect(run.output.hasPrefix("ok:"))
  }

  @Test func jsonFormatListsEachWarning() throws {
    let run = CLITests.run(["lint", CLITests.path("Tests/NetraTests/Golden/lint/planted.netra"), "--format", "json"])
    guard case .success(let document) = JSONReader.read(Array(run.output.utf8)), case .array(let items) = document.kind else {
      Issue.record("not JSON: \(run.output)")
      return
    }
    #expect(items.count == 10)
    #expect(items.allSatisfy { $0.member("severity")?.kind == .string("warning") })
  }

  @Test func rulesetsThatDoNotCheckExitTwo() throws {
    let file = try CLITests.temporaryFile("lint-bad.netra", Array("ruleset x\nrule r when then\n".utf8))
    #expect(CLITests.run(["lint", file]).code == 2)
    #expect(CLITests.run(["lint"]).code == 2)
  }
}
