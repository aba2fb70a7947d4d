import Testing

@testable import Netra

@Suite struct LexerTests {
  func kinds(_ text: String) -> [TokenKind] {
    let file = SourceFile(id: FileID(0), path: "t", bytes: Array(text.utf8))
    return Lexer.tokenize(file).tokens.map(\.kind)
  }

  @Test func keywordsInBothLanguagesLexAsTheSameKeyword() {
    for keyword in Keyword.allCases {
      #expect(kinds(keyword.english) == [.keyword(keyword), .endOfFile])
      #expect(kinds(keyword.indonesian) == [.keyword(keyword), .endOfFile])
    }
  }

  @Test func spellingsAreUnique() {
    let spellings = Keyword.allCases.flatMap { [$0.english, $0.indonesian] }
    #expect(Set(spellings).count == spellings.count)
  }

  @Test(arguments: [
    ("2024-10-05", [TokenKind.date, .endOfFile]),
    ("2024-02-30", [.date, .endOfFile]),
    ("12.50", [.decimal, .endOfFile]),
    ("1..5", [.integer, .dotDot, .integer, .endOfFile]),
    ("a.b", [.identifier, .dot, .identifier, .endOfFile]),
    ("x >= 3 # comment", [.identifier, .greaterEqual, .integer, .endOfFile]),
    ("\"teks\" != \"lain\"", [.string, .bangEqual, .string, .endOfFile]),
  ])
  func tokens(text: String, expected: [TokenKind]) {
    #expect(kinds(text) == expected)
  }

  @Test func commentsAreKeptForTheFormatter() {
    let file = SourceFile(id: FileID(0), path: "t", bytes: Array("rule # why\n// also\n".utf8))
    #expect(Lexer.tokenize(file).comments.map(\.text) == ["# why", "// also"])
  }

  @Test func columnsCountCharactersNotBytes() {
    let file = SourceFile(id: FileID(0), path: "t", bytes: Array("\"Pasal é\" x".utf8))
    let x = Lexer.tokenize(file).tokens[1]
    #expect(file.lineColumn(at: x.span.start) == LineColumn(line: 1, column: 11))
  }
}
