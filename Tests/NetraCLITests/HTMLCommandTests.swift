import Testing

@testable import NetraCLI

@Suite struct HTMLCommandTests {
  @Test func evalWritesAnHTMLReportInIndonesianByDefault() {
    let run = CLITests.run([
      "eval", CLITests.path("rulesets/contoh"), CLITests.path("Tests/NetraTests/Golden/traces/kampanye.facts.json"), "--format", "html",
    ])
    #expect(run.code == 0, "\(run.errors)")
    #expect(run.output.hasPrefix("<!DOCTYPE html>\n<html lang=\"id\">"))
    #expect(run.output.contains("<h1>Kasus GOLD-1</h1>"))
    #expect(run.output.components(separatedBy: "<article class=\"finding\">").count == 5)
    let english = CLITests.run([
      "eval", CLITests.path("rulesets/contoh"), CLITests.path("Tests/NetraTests/Golden/traces/kampanye.facts.json"), "--format", "html",
      "--lang", "en",
    ])
    #expect(english.output.contains("<h1>Case GOLD-1</h1>"))
  }
}
