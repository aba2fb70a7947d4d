import Foundation
import Testing

@testable import NetraCLI

/// `netra fmt`: printing, `--check`, `--write`, `--keywords`, and refusing what does not parse.
@Suite struct FormatCommandTests {
  static let messy = "rule r basis s \"Pasal 1\" when a.x then T {}\n"
  static let tidy = "rule r\n  basis s \"Pasal 1\"\n  when a.x\n  then T {}\n"

  @Test func printsTheFormattedText() throws {
    let file = try CLITests.temporaryFile("fmt-print.netra", Array(Self.messy.utf8))
    let run = CLITests.run(["fmt", file])
    #expect(run.code == 0, "\(run.errors)")
    #expect(run.output == Self.tidy)
    #expect(try String(contentsOfFile: file, encoding: .utf8) == Self.messy, "without --write the file is left alone")
  }

  @Test func checkListsFilesThatWouldChange() throws {
    let messy = try CLITests.temporaryFile("fmt-check-messy.netra", Array(Self.messy.utf8))
    let tidy = try CLITests.temporaryFile("fmt-check-tidy.netra", Array(Self.tidy.utf8))
    let run = CLITests.run(["fmt", "--check", messy, tidy])
    #expect(run.code == 1)
    #expect(run.output == messy + "\n")
    #expect(CLITests.run(["fmt", "--check", tidy]).code == 0)
  }

  @Test func writeRewritesAndThenCheckPasses() throws {
    let file = try CLITests.temporaryFile("fmt-write.netra", Array(Self.messy.utf8))
    let run = CLITests.run(["fmt", "--write", file])
    #expect(run.code == 0)
    #expect(run.output == file + "\n")
    #expect(try String(contentsOfFile: file, encoding: .utf8) == Self.tidy)
    #expect(CLITests.run(["fmt", "--write", file]).output.isEmpty, "nothing left to change")
  }

  @Test func keywordsAreTranslated() throws {
    let file = try CLITests.temporaryFile("fmt-keywords.netra", Array(Self.tidy.utf8))
    let run = CLITests.run(["fmt", "--keywords", "id", file])
    #expect(run.output == "aturan r\n  dasar s \"Pasal 1\"\n  jika a.x\n  maka T {}\n")
    #expect(CLITests.run(["fmt", "--keywords", "fr", file]).code == 2)
  }

  @Test func everyRulesetInTheRepositoryIsFormatted() {
    let run = CLITests.run(["fmt", "--check", CLITests.path("rulesets")])
    #expect(run.code == 0, "run `netra fmt --write rulesets` for: \(run.output)")
  }

  @Test func filesThatDoNotParseExitTwoAndStayUnchanged() throws {
    let text = "rule r when then\n"
    let file = try CLITests.temporaryFile("fmt-bad.netra", Array(text.utf8))
    let run = CLITests.run(["fmt", "--write", file])
    #expect(run.code == 2)
    #expect(run.errors.contains("error[E0110]"))
    #expect(try String(contentsOfFile: file, encoding: .utf8) == text)
  }

  @Test func usageErrors() {
    #expect(CLITests.run(["fmt"]).code == 2)
    #expect(CLITests.run(["fmt", "x.netra", "--check", "--write"]).code == 2)
    #expect(CLITests.run(["fmt", "--write", "-"]).code == 2, "standard input cannot be rewritten")
    #expect(CLITests.run(["fmt", "--help"]).output.contains("--keywords"))
  }
}
