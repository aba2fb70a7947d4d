import Testing

@testable import Netra

/// Each row: a ruleset with one mistake, the code it must give, and the text under the caret.
@Suite struct CheckerTests {
  static let prelude = """
    ruleset t version "1"
    source s "Sumber" effective 2020-01-01
    enum Jenis { pns, pppk }
    input record Kasus { id: Text key  orang: [Orang] }
    record Orang { id: Text key  jenis: Jenis  lahir: Date? }
    finding record Temuan { orang: Text key  kode: Text }

    """

  @Test(arguments: [
    ("rule r basis s \"Pasal 1\" when o: Orangg then Temuan { orang: o.id, kode: \"x\" }", "E0201", "Orangg"),
    ("rule r basis s \"Pasal 1\" when o: Orang o.jenis == pnss then Temuan { orang: o.id, kode: \"x\" }", "E0202", "pnss"),
    ("rule r basis s \"Pasal 1\" when o: Orang o.jeniss == pns then Temuan { orang: o.id, kode: \"x\" }", "E0203", "jeniss"),
    ("rule r basis s \"Pasal 1\" when o: Orang o.jenis == 3 then Temuan { orang: o.id, kode: \"x\" }", "E0204", "o.jenis == 3"),
    ("rule r when o: Orang then Temuan { orang: o.id, kode: \"x\" }", "E0301", "r"),
    ("rule r basis s \"Pasal satu\" when o: Orang then Temuan { orang: o.id, kode: \"x\" }", "E0302", "\"Pasal satu\""),
    ("rule r basis t \"Pasal 1\" when o: Orang then Temuan { orang: o.id, kode: \"x\" }", "E0303", "t"),
    ("rule r basis s \"Pasal 1\" when o: Orang then Temuan { orang: o.id }", "E0208", "Temuan"),
    ("rule r basis s \"Pasal 1\" when o: Orang o.lahir after 2024-02-30 then Temuan { orang: o.id, kode: \"x\" }", "E0601", "2024-02-30"),
    ("rule r basis s \"Pasal 1\" exception to q when o: Orang", "E0207", "q"),
    ("rule r basis s \"Pasal 1\" when o: Orang then Temuan { orang: o.id, kode: \"x\" }\nrule r basis s \"Pasal 2\" when o: Orang then Temuan { orang: o.id, kode: \"y\" }", "E0205", "r"),
    ("rule r basis s \"Pasal 1\" when o: Orang o: Orang then Temuan { orang: o.id, kode: \"x\" }", "E0206", "o"),
    ("rule b basis s \"Pasal 1\" when o: Orang then Temuan { orang: o.id, kode: \"x\" }\npriority a over b", "E0207", "a"),
    ("rule r basis s \"Pasal 1\" when o: Orang then Temuan { orang: o.id, kode: \"x\" }\nrule rule", "E0106", "rule"),
    ("rule r basis s \"Pasal 1\" when o: Orang o.jenis == then Temuan { orang: o.id, kode: \"x\" }", "E0110", "then"),
  ])
  func oneMistakeGivesOneError(body: String, code: String, underlined: String) {
    let loaded = Support.check(Self.prelude + body)
    let errors = loaded.diagnostics.filter { $0.severity == .error }
    #expect(errors.count == 1, "\(errors.map(\.code))")
    #expect(errors.first?.code == code)
    if let first = errors.first { #expect(Support.underlined(first, in: loaded) == underlined) }
  }

  @Test func misspelledRecordSuggestsTheDeclaredName() {
    let loaded = Support.check(Self.prelude + "rule r basis s \"Pasal 1\" when o: Orangg then Temuan { orang: o.id, kode: \"x\" }")
    #expect(loaded.diagnostics.first?.help?.en == "did you mean `Orang`?")
  }

  @Test func negationCycleNamesBothRules() throws {
    let text = Self.prelude + """
      record A { id: Text }
      record B { id: Text }
      rule pertama basis s "Pasal 1" when o: Orang no b: B { b.id == o.id } then A { id: o.id }
      rule kedua basis s "Pasal 2" when a: A then B { id: a.id }
      """
    let loaded = Support.check(text)
    let diagnostic = try #require(loaded.diagnostics.first)
    #expect(diagnostic.code == "E0401")
    #expect(diagnostic.message.en.contains("`pertama`") && diagnostic.message.en.contains("`kedua`"))
    #expect(diagnostic.labels.count == 1)
  }

  @Test func exceptionCycleIsReported() {
    let text = Self.prelude + """
      rule a basis s "Pasal 1" exception to b when o: Orang
      rule b basis s "Pasal 2" exception to a when o: Orang
      """
    #expect(Support.check(text).diagnostics.contains { $0.code == "E0402" })
  }

  @Test func priorityCycleIsReported() {
    let text = Self.prelude + """
      rule a basis s "Pasal 1" when o: Orang then Temuan { orang: o.id, kode: "a" }
      rule b basis s "Pasal 2" when o: Orang then Temuan { orang: o.id, kode: "b" }
      priority a over b
      priority b over a
      """
    #expect(Support.check(text).diagnostics.contains { $0.code == "E0403" })
  }

  @Test(arguments: [
    ("Pasal 5 huruf n angka 1", "p5.n.1"),
    ("Pasal 280 ayat (3)", "p280.a3"),
    ("Pasal 280 ayat (2) huruf f", "p280.a2.f"),
    ("Pasal 6A", "p6a"),
    ("Penjelasan Pasal 5 huruf n angka 2", "pj.p5.n.2"),
    ("Lampiran II disiplin 6", "lamp2.disiplin.6"),
    ("", ""),
  ])
  func locatorsBecomeIdentifiers(locator: String, identifier: String) {
    #expect(Locator.identifier(for: locator) == identifier)
  }

  @Test(arguments: ["Pasal", "Pasal 05", "Pasal 5 ayat 3", "Bab 2", "Pasal 5 huruf N", "Lampiran 2 x"])
  func malformedLocatorsAreRejected(locator: String) {
    #expect(Locator.identifier(for: locator) == nil)
  }

  @Test func exampleRulesetChecksClean() {
    let loaded = Netra.load(path: "rulesets/contoh", relativeTo: Support.repository.path)
    #expect(loaded.diagnostics.isEmpty)
    #expect(loaded.program != nil)
  }
}
