import Foundation
import Testing

@testable import Netra

@Suite("HTML report")
struct HTMLReportTests {
  static func contoh() throws -> CheckedRuleset {
    try #require(Netra.load(path: "rulesets/contoh", relativeTo: Support.repository.path).program)
  }

  @Test(arguments: [Language.id, .en])
  func reportMatchesGolden(language: Language) throws {
    let facts = try String(contentsOfFile: Support.path("Tests/NetraTests/Golden/traces/kampanye.facts.json"), encoding: .utf8)
    let result = Netra.evaluate(
      program: try Self.contoh(), casePath: "kampanye.facts.json", caseBytes: Array(facts.utf8),
      options: Evaluator.Options(asOf: nil, trace: true))
    try Support.golden(HTMLReport(result: result, language: language).render(), "html/kampanye.\(language.rawValue).html")
  }

  /// Ids, the case name and dates chosen to break out of text and attributes if not escaped.
  static let hostileCase = #"""
    {
      "kasus": "<script>alert('kasus')</script>",
      "pihak": [ { "id": "o1\"><img src=x onerror=alert(1)>", "jenis": "pns" }, { "id": "o2 & <b>", "jenis": "pppk" } ],
      "perbuatan": [
        { "id": "a1</td><script>", "pelaku": "o1\"><img src=x onerror=alert(1)>", "tanggal": "2024-01-10", "jenis": "hadir_kampanye", "atribut": ["<i>kaos</i>"] },
        { "id": "a2'", "pelaku": "o2 & <b>", "tanggal": "2023-06-01", "jenis": "hadir_kampanye", "atribut": [], "mengerahkan": 5 }
      ]
    }
    """#

  @Test func everyPieceOfUserTextIsEscapedAndEachFindingAppears() throws {
    let result = Netra.evaluate(
      program: try Self.contoh(), casePath: "hostile.json", caseBytes: Array(Self.hostileCase.utf8),
      options: Evaluator.Options(asOf: nil, trace: true))
    #expect(result.diagnostics.isEmpty)
    let html = HTMLReport(result: result).render()
    for raw in ["<script", "<img", "<b>", "<i>", "</td><script>", "onerror=alert(1)>"] {
      #expect(!html.contains(raw), "unescaped `\(raw)`")
    }
    for escaped in ["&lt;script&gt;alert(&#39;kasus&#39;)&lt;/script&gt;", "o1&quot;&gt;&lt;img src=x onerror=alert(1)&gt;", "o2 &amp; &lt;b&gt;", "a2&#39;"] {
      #expect(html.contains(escaped), "missing `\(escaped)`")
    }
    #expect(result.findings.count >= 2)
    #expect(html.components(separatedBy: "<article class=\"finding\">").count - 1 == result.findings.count)
    for finding in result.findings {
      let kode = try #require(result.evaluator?.render(finding.fields[0]))
      #expect(html.contains("<td>\(HTMLReport.escape(TextExplainer(result: result, language: .id, explain: false).plain(kode)))</td>"))
      #expect(html.contains(HTMLReport.escape(HTMLReport(result: result).field("perbuatan", of: finding) ?? "?")))
    }
  }

  @Test func thePageIsSelfContainedAndBalanced() throws {
    let facts = try String(contentsOfFile: Support.path("Tests/NetraTests/Golden/traces/kampanye.facts.json"), encoding: .utf8)
    let result = Netra.evaluate(
      program: try Self.contoh(), casePath: "kampanye.facts.json", caseBytes: Array(facts.utf8), options: Evaluator.Options(asOf: nil, trace: true))
    let html = HTMLReport(result: result).render()
    #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"id\">"))
    for external in ["<script", "<link", "src=", "href=", "http://", "https://"] { #expect(!html.contains(external)) }
    for tag in ["details", "section", "article", "ul", "li", "table", "tr", "summary"] {
      let opened = html.components(separatedBy: "<\(tag)>").count + html.components(separatedBy: "<\(tag) ").count - 2
      #expect(opened == html.components(separatedBy: "</\(tag)>").count - 1, "<\(tag)> is balanced")
    }
  }

  @Test(arguments: ["&", "<", ">", "\"", "'"])
  func escapeCoversEachSpecialCharacter(character: String) {
    let escaped = HTMLReport.escape("a\(character)b")
    #expect(!escaped.dropFirst().dropLast().contains(Character(character)) || character == "&" && escaped == "a&amp;b")
  }
}
