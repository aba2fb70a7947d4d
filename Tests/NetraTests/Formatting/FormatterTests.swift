import Foundation
import Testing

@testable import Netra

@Suite("Formatter")
struct FormatterTests {
  /// Every ruleset file in the repository, and the formatter's own fixtures.
  static let files: [String] = {
    var found: [String] = []
    for directory in ["rulesets", "Tests/NetraTests/Golden/format"] {
      let enumerator = FileManager.default.enumerator(atPath: Support.path(directory))
      while let relative = enumerator?.nextObject() as? String {
        if relative.hasSuffix(".netra") { found.append(directory + "/" + relative) }
      }
    }
    return found.sorted()
  }()

  static func format(_ text: String, keywords: Language? = nil, sourceLocation: SourceLocation = #_sourceLocation) -> String {
    let file = SourceFile(id: FileID(0), path: "test.netra", bytes: Array(text.utf8))
    let (formatted, diagnostics) = Formatter.format(file, options: Formatter.Options(keywords: keywords))
    #expect(diagnostics.isEmpty, "\(diagnostics.map(\.message.en))", sourceLocation: sourceLocation)
    return formatted ?? ""
  }

  static func read(_ relative: String) throws -> String {
    try String(contentsOfFile: Support.path(relative), encoding: .utf8)
  }

  @Test(arguments: files)
  func formattingTwiceChangesNothing(path: String) throws {
    let once = Self.format(try Self.read(path))
    #expect(Self.format(once) == once)
  }

  @Test(arguments: files)
  func keywordsTranslateBothWays(path: String) throws {
    let text = try Self.read(path)
    let english = Self.format(text, keywords: .en)
    let indonesian = Self.format(text, keywords: .id)
    #expect(Self.format(indonesian, keywords: .en) == english)
    #expect(Self.format(english, keywords: .id) == indonesian)
    #expect(Self.format(indonesian) == indonesian, "the chosen language is kept afterwards")
    #expect(Self.onlyJSONLiterals(indonesian))
  }

  /// `true` and `false` inside `given` stay JSON, so they are the only English words left.
  static func onlyJSONLiterals(_ text: String) -> Bool {
    Lexer.tokenize(SourceFile(id: FileID(0), path: "", bytes: Array(text.utf8))).tokens
      .filter { $0.language == .en }
      .allSatisfy { $0.kind == .keyword(.true) || $0.kind == .keyword(.false) }
  }

  @Test(arguments: files)
  func commentsAreKeptInOrder(path: String) throws {
    let text = try Self.read(path)
    let comments = { (text: String) in
      Lexer.tokenize(SourceFile(id: FileID(0), path: "", bytes: Array(text.utf8))).comments.map {
        $0.text.trimmingCharacters(in: .whitespaces)
      }
    }
    #expect(comments(Self.format(text)) == comments(text))
  }

  @Test(arguments: [("messy", nil), ("messy", Language.id), ("messy", Language.en)])
  func goldenLayout(name: String, keywords: Language?) throws {
    let text = try Self.read("Tests/NetraTests/Golden/format/\(name).netra")
    let suffix = keywords.map { ".\($0.rawValue)" } ?? ""
    try Support.golden(Self.format(text, keywords: keywords), "format/\(name)\(suffix).expected")
  }

  /// Properties that hold source text or positions, which formatting is allowed to change.
  static let layoutProperties: Set<String> = [
    "conditionTexts", "onlyWhenText", "requiredWhenText", "sourceDigest", "sourceSet", "text", "nameSpan",
  ]

  @Test(arguments: ["rulesets/contoh", "rulesets/netralitas", "rulesets/bench-subset", "Tests/NetraTests/Golden/format/messy.netra"])
  func checkedProgramIsUnchanged(ruleset: String) throws {
    let before = Netra.load(path: ruleset, relativeTo: Support.repository.path)
    let program = try #require(before.program)
    var formatted: [(path: String, bytes: [UInt8])] = []
    for file in before.sources.files {
      let (text, diagnostics) = Formatter.format(file, options: Formatter.Options(keywords: .id))
      #expect(diagnostics.isEmpty)
      formatted.append((file.path, Array((text ?? "").utf8)))
    }
    let after = Netra.check(files: formatted)
    #expect(after.diagnostics.isEmpty)
    let reformatted = try #require(after.program)
    let dump = SyntaxDump.dump(program, skipping: Self.layoutProperties)
    #expect(dump.contains("CheckedRule(name:\"\(program.rules[0].name)\""), "the dump shows the rules")
    #expect(SyntaxDump.dump(reformatted, skipping: Self.layoutProperties) == dump)
    #expect(reformatted.rules.map { $0.basis.map(\.identifier) } == program.rules.map { $0.basis.map(\.identifier) })
  }

  @Test(
    "layout decisions that keep the meaning",
    arguments: [
      // Parentheses come back where precedence needs them, and only there (and around `and` in `or`).
      ("rule r basis s \"\" when (a.x + 1) * 2 > 3 then T {}", "rule r\n  basis s \"\"\n  when (a.x + 1) * 2 > 3\n  then T {}\n"),
      ("rule r basis s \"\" when ((a.x)) or (b and c) then T {}", "rule r\n  basis s \"\"\n  when a.x or (b and c)\n  then T {}\n"),
      ("rule r basis s \"\" when not (a during p) then T {}", "rule r\n  basis s \"\"\n  when not (a during p)\n  then T {}\n"),
      ("rule r basis s \"\" when (if a then b else c) == d then T {}", "rule r\n  basis s \"\"\n  when (if a then b else c) == d\n  then T {}\n"),
      // A condition starting with `-` would continue the one above it.
      ("rule r basis s \"\" when a, -b < 0 then T {}", "rule r\n  basis s \"\"\n  when\n    a\n    (-b < 0)\n  then T {}\n"),
      // A variable named like a unit after a number, and a set after a bare `no` pattern.
      ("rule r basis s \"\" when a == 3, hari: H then T {}", "rule r\n  basis s \"\"\n  when\n    a == 3,\n    hari: H\n  then T {}\n"),
      ("rule r basis s \"\" when no x: X, {a} == b then T {}", "rule r\n  basis s \"\"\n  when\n    no x: X,\n    {a} == b\n  then T {}\n"),
      // A field named by a keyword needs a comma before it; lists keep their brackets.
      ("record R { a: [Int] = [], key: Text }", "record R {\n  a: [Int] = [],\n  key: Text\n}\n"),
      ("record R { a: {Int} = {} }", "record R {\n  a: {Int} = {}\n}\n"),
      // Field modifiers that do not fit go on lines of their own; commas count towards the width.
      (
        "record R { alasan_politis: Bool? only when jenis == keputusan_kepegawaian required when jenis == keputusan_kepegawaian }",
        "record R {\n  alasan_politis: Bool?\n    only when jenis == keputusan_kepegawaian\n    required when jenis == keputusan_kepegawaian\n}\n"
      ),
      (
        "enum E { " + (1...9).map { "value_number_\($0)" }.joined(separator: ", ") + " }",
        "enum E {\n  value_number_1, value_number_2, value_number_3, value_number_4, value_number_5, value_number_6,\n"
          + "  value_number_7, value_number_8, value_number_9\n}\n"
      ),
      // A comment after the `{` that opens a record stays on that line.
      ("record R {  # why\n  a: Int\n}", "record R {  # why\n  a: Int\n}\n"),
      // Strings are written back with their escapes; units as written.
      ("const c: Text = \"a\\\"b\\\\c\\td\"", "const c: Text = \"a\\\"b\\\\c\\td\"\n"),
      ("const d: Duration = 6   bulan", "const d: Duration = 6 bulan\n"),
    ])
  func layout(input: String, expected: String) {
    #expect(Self.format(input) == expected)
  }

  @Test func eachDeclarationKeepsItsLanguage() {
    let input = "rule a basis s \"\" when x and y then T {}\naturan b dasar s \"\" jika x and y maka T {}\n"
    #expect(
      Self.format(input)
        == "rule a\n  basis s \"\"\n  when x and y\n  then T {}\n\naturan b\n  dasar s \"\"\n  jika x dan y\n  maka T {}\n")
  }

  @Test func filesThatDoNotParseAreRefused() {
    let file = SourceFile(id: FileID(0), path: "bad.netra", bytes: Array("rule r when then".utf8))
    let (text, diagnostics) = Formatter.format(file)
    #expect(text == nil)
    #expect(diagnostics.contains { $0.code == "E0110" })
  }

  @Test func aChangedTreeIsCaught() {
    let file = SourceFile(id: FileID(0), path: "a.netra", bytes: Array("const c: Int = 1 + 2 * 3\n".utf8))
    let (tree, _) = Parser.parse(file)
    #expect(Formatter.verify(original: tree, formatted: "const c: Int = 1 + 2 * 3\n", file: file) == nil)
    #expect(Formatter.verify(original: tree, formatted: "const c: Int = (1 + 2) * 3\n", file: file)?.code == "E0701")
    #expect(Formatter.verify(original: tree, formatted: "const c: Int = 1 + 2 * 3  # new\n", file: file)?.code == "E0701")
  }
}
