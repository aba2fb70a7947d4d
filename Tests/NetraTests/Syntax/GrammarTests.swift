import Foundation
import Testing

@testable import Netra

/// `grammar/netra.ebnf` is the source of truth; its keyword table must match the lexer's.
@Suite struct GrammarTests {
  static func keywordTable() throws -> [(String, String)] {
    let text = try String(contentsOfFile: Support.path("grammar/netra.ebnf"), encoding: .utf8)
    let table = try #require(text.components(separatedBy: "keyword         =").last)
    var pairs: [(String, String)] = []
    for line in table.split(separator: "\n") {
      let quoted = line.split(separator: "\"", omittingEmptySubsequences: false).enumerated().filter { $0.offset % 2 == 1 }.map { String($0.element) }
      if quoted.count == 2 { pairs.append((quoted[0], quoted[1])) }
    }
    return pairs
  }

  @Test func keywordTableMatchesTheLexer() throws {
    let grammar = try Self.keywordTable()
    let lexer = Keyword.allCases.map { ($0.english, $0.indonesian) }
    #expect(grammar.map(\.0) == lexer.map(\.0))
    #expect(grammar.map(\.1) == lexer.map(\.1))
  }

  @Test func everyQuotedKeywordInTheGrammarRulesIsAKeywordOrPunctuation() throws {
    let text = try String(contentsOfFile: Support.path("grammar/netra.ebnf"), encoding: .utf8)
    let withComments = try #require(text.components(separatedBy: "(* Keywords:").first)
    // Drop comments: they quote locators and examples, not syntax.
    var rules = ""
    var rest = Substring(withComments)
    while let open = rest.range(of: "(*") {
      rules += rest[..<open.lowerBound]
      guard let close = rest[open.upperBound...].range(of: "*)") else { break }
      rest = rest[close.upperBound...]
    }
    rules += rest
    let words = rules.split(separator: "\"", omittingEmptySubsequences: false).enumerated()
      .filter { $0.offset % 2 == 1 }.map { String($0.element) }
      .filter { $0.first?.isLetter == true }
    let units = Set(["day", "days", "hari", "month", "months", "bulan", "year", "years", "tahun", "null", "A", "Z", "a", "z", "n", "t"])
    for word in Set(words).sorted() where !units.contains(word) {
      #expect(Keyword.bySpelling[word] != nil, "`\(word)` is in the grammar but not a keyword")
    }
  }
}

/// The TextMate grammar for editors highlights every keyword spelling, in both languages.
@Suite struct TextMateGrammarTests {
  @Test func everyKeywordIsHighlighted() throws {
    let text = try String(contentsOfFile: Support.path("grammar/netra.tmLanguage.json"), encoding: .utf8)
    guard case .success(let document) = JSONReader.read(Array(text.utf8)), let repository = document.member("repository") else {
      Issue.record("grammar/netra.tmLanguage.json is not readable JSON")
      return
    }
    var highlighted: Set<String> = []
    for key in ["declaration", "constant", "keyword"] {
      guard case .string(let pattern)? = repository.member(key)?.member("match")?.kind,
        let open = pattern.firstIndex(of: "("), let close = pattern.firstIndex(of: ")")
      else { continue }
      highlighted.formUnion(pattern[pattern.index(after: open)..<close].split(separator: "|").map(String.init))
    }
    for keyword in Keyword.allCases {
      #expect(highlighted.contains(keyword.english), "`\(keyword.english)` is not highlighted")
      #expect(highlighted.contains(keyword.indonesian), "`\(keyword.indonesian)` is not highlighted")
    }
  }

  @Test func sampleFileChecksAndPasses() {
    let loaded = Netra.load(path: "grammar/sample.netra", relativeTo: Support.repository.path)
    #expect(loaded.diagnostics.isEmpty)
    #expect(loaded.program.map { TestRunner(program: $0).run().allSatisfy(\.passed) } == true)
  }
}
