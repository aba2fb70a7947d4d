import Testing

@testable import NetraCLI

@Suite struct GraphCommandTests {
  @Test func drawsDOTByDefaultAndMermaidOnRequest() {
    let dot = CLITests.run(["graph", CLITests.path("rulesets/contoh")])
    #expect(dot.code == 0, "\(dot.errors)")
    #expect(dot.output.hasPrefix("digraph \"contoh_netralitas\" {\n"))
    #expect(dot.output.contains("rule_tugas_resmi -> rule_ikut_kampanye_baru [color=red"))
    let mermaid = CLITests.run(["graph", CLITests.path("rulesets/contoh"), "--format", "mermaid", "--view", "defeats"])
    #expect(mermaid.output.hasPrefix("flowchart LR\n"))
    #expect(mermaid.output == CLITests.run(["graph", CLITests.path("rulesets/contoh"), "--format=mermaid", "--view=defeats"]).output)
  }

  @Test func badUsageAndBadRulesetsExitTwo() {
    #expect(CLITests.run(["graph"]).code == 2)
    #expect(CLITests.run(["graph", CLITests.path("rulesets/contoh"), "--format", "svg"]).code == 2)
    #expect(CLITests.run(["graph", CLITests.path("rulesets/contoh"), "--view", "everything"]).code == 2)
    #expect(CLITests.run(["graph", CLITests.path("docs")]).code == 2)
  }
}
