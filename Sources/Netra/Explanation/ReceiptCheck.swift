/// Checks a stored result against a fresh run of its case: the library half of
/// `netra eval --verify-receipt` (the command reads the files and prints).
///
/// A receipt binds everything the result states: the case id, every finding with its
/// explanation, the conflicts or errors, and each field of the receipt itself (engine, ruleset,
/// its version and digest, the case digest, the date `as_of`). The stored document is compared,
/// part by part, with the one a fresh run writes; any member it holds that a result never holds
/// is itself a difference, so nothing in the file goes unchecked. A receipt whose own fields are
/// malformed (an `as_of` that is not a real date) is refused (E0008).
public enum ReceiptCheck {
  public enum Outcome: Sendable, Equatable {
    /// The stored result is exactly what this run gives.
    case verified
    /// What differs, each part in words.
    case differs([Message])
    /// The stored result cannot be checked: E0008 at a JSON path.
    case refused(Diagnostic)
  }

  public static func verify(
    program: CheckedRuleset, casePath: String, caseBytes: [UInt8], storedPath: String, stored storedBytes: [UInt8], limits: Limits
  ) -> Outcome {
    func refuse(_ jsonPath: String, _ message: Message) -> Outcome {
      .refused(Diagnostic("E0008", .json(file: storedPath, path: jsonPath, position: nil), message))
    }
    let stored: JSONValue
    switch JSONReader.read(storedBytes) {
    case .success(let value): stored = value
    case .failure: return refuse("$", Message(en: "the stored result is not JSON", id: "hasil tersimpan bukan JSON"))
    }
    guard case .object? = stored.member("receipt")?.kind else {
      return refuse("$.receipt", Message(en: "the stored result has no `receipt` object", id: "hasil tersimpan tidak memuat objek `receipt`"))
    }
    let asOf: Day?
    switch receiptDate(stored) {
    case .success(let day): asOf = day
    case .failure(let problem): return refuse("$.receipt.as_of", problem.message)
    }
    var options = Evaluator.Options(asOf: asOf, trace: true)
    options.limits = limits
    let result = Netra.evaluate(program: program, casePath: casePath, caseBytes: caseBytes, options: options)
    let freshText = JSONExplainer(result: result, includeExplanation: result.diagnostics.isEmpty).document().serialized(pretty: false)
    guard case .success(let fresh) = JSONReader.read(Array(freshText.utf8)) else {
      return .differs([Message(en: "this run's result could not be read back", id: "hasil evaluasi ini tidak dapat dibaca kembali")])
    }
    let problems = differences(stored: stored, fresh: fresh)
    return problems.isEmpty ? .verified : .differs(problems)
  }

  struct Problem: Error {
    let message: Message
  }

  /// The receipt's `as_of`: absent or null for "the date of each conduct", else a real date.
  static func receiptDate(_ stored: JSONValue) -> Result<Day?, Problem> {
    guard let value = stored.member("receipt")?.member("as_of") else { return .success(nil) }
    switch value.kind {
    case .null: return .success(nil)
    case .string(let text):
      if let day = Day(parsing: text) { return .success(day) }
      let shown = DisplayText.escaped(text)
      return .failure(
        Problem(
          message: Message(
            en: "the receipt's `as_of` is not a real date like 2024-10-05: `\(shown)`",
            id: "`as_of` pada tanda terima bukan tanggal yang sah seperti 2024-10-05: `\(shown)`")))
    default:
      return .failure(
        Problem(
          message: Message(
            en: "the receipt's `as_of` must be a date text or null, found \(render(value))",
            id: "`as_of` pada tanda terima harus teks tanggal atau null, ditemukan \(render(value))")))
    }
  }

  /// Every part in which the stored result and the fresh one differ, in the fresh one's order,
  /// then every part only the stored one has.
  static func differences(stored: JSONValue, fresh: JSONValue) -> [Message] {
    guard case .object(let storedMembers) = stored.kind, case .object(let freshMembers) = fresh.kind else {
      return [Message(en: "the stored result is not a JSON object", id: "hasil tersimpan bukan objek JSON")]
    }
    var problems: [Message] = []
    let storedByKey = Dictionary(storedMembers.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
    let freshByKey = Dictionary(freshMembers.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
    for member in freshMembers {
      let old = storedByKey[member.key]
      if member.key == "receipt", let old {
        problems += receiptDifferences(stored: old, fresh: member.value)
      } else if member.key == "findings", let old {
        problems += findingDifferences(stored: old, fresh: member.value)
      } else if old.map(render) != render(member.value) {
        problems.append(partDiffers(member.key, stored: old, fresh: member.value))
      }
    }
    for member in storedMembers where freshByKey[member.key] == nil {
      let key = DisplayText.escaped(member.key)
      problems.append(
        Message(
          en: "the stored result states `\(key)`, which this run does not give",
          id: "hasil tersimpan menyatakan `\(key)`, yang tidak diberikan oleh evaluasi ini"))
    }
    return problems
  }

  static func receiptDifferences(stored: JSONValue, fresh: JSONValue) -> [Message] {
    let names: [String: Message] = [
      "engine": Message(en: "the engine", id: "mesin"),
      "ruleset": Message(en: "the ruleset's name", id: "nama ruleset"),
      "ruleset_version": Message(en: "the ruleset's version", id: "versi ruleset"),
      "ruleset_sha256": Message(en: "the ruleset's sources (digest)", id: "sumber ruleset (digest)"),
      "case_sha256": Message(en: "the case file (digest)", id: "berkas kasus (digest)"),
    ]
    var problems: [Message] = []
    guard case .object(let freshMembers) = fresh.kind, case .object(let storedMembers) = stored.kind else {
      return [Message(en: "the receipt is not an object", id: "tanda terima bukan objek")]
    }
    for member in freshMembers where member.key != "as_of" {
      let old = stored.member(member.key)
      guard old.map(render) != render(member.value) else { continue }
      let name = names[member.key] ?? Message(en: "`\(member.key)`", id: "`\(member.key)`")
      let was = old.map(render) ?? "—"
      let now = render(member.value)
      problems.append(
        Message(
          en: "\(name.en) differs: the result states \(was), this run gives \(now)",
          id: "\(name.id) berbeda: hasil menyatakan \(was), evaluasi ini memberikan \(now)"))
    }
    let known = Set(freshMembers.map(\.key))
    for member in storedMembers where !known.contains(member.key) {
      let key = DisplayText.escaped(member.key)
      problems.append(
        Message(
          en: "the receipt states `\(key)`, which no receipt holds", id: "tanda terima menyatakan `\(key)`, yang tidak ada pada tanda terima mana pun"
        ))
    }
    return problems
  }

  /// Findings compared one by one, so a replaced explanation is named by its finding.
  static func findingDifferences(stored: JSONValue, fresh: JSONValue) -> [Message] {
    guard case .array(let old) = stored.kind, case .array(let new) = fresh.kind else {
      return [partDiffers("findings", stored: stored, fresh: fresh)]
    }
    if old.count != new.count {
      return [
        Message(
          en: "the result states \(old.count) findings, this run gives \(new.count)",
          id: "hasil menyatakan \(old.count) temuan, evaluasi ini memberikan \(new.count)")
      ]
    }
    var problems: [Message] = []
    for (index, (a, b)) in zip(old, new).enumerated() where render(a) != render(b) {
      let withoutExplanation = { (value: JSONValue) -> String in
        guard case .object(let members) = value.kind else { return render(value) }
        return members.filter { $0.key != "explanation" }.map { "\($0.key):\(render($0.value))" }.joined(separator: ",")
      }
      let part = withoutExplanation(a) == withoutExplanation(b) ? Message(en: "its explanation", id: "penjelasannya") : Message(en: "its content", id: "isinya")
      problems.append(
        Message(en: "finding \(index + 1) differs in \(part.en)", id: "temuan \(index + 1) berbeda pada \(part.id)"))
    }
    return problems
  }

  static func partDiffers(_ key: String, stored: JSONValue?, fresh: JSONValue) -> Message {
    let names: [String: Message] = [
      "kasus": Message(en: "the case id", id: "id kasus"), "conflicts": Message(en: "the conflicts", id: "konflik"),
      "errors": Message(en: "the errors", id: "kesalahan"),
    ]
    let name = names[key] ?? Message(en: "`\(key)`", id: "`\(key)`")
    guard let stored else { return Message(en: "the result does not state \(name.en)", id: "hasil tidak menyatakan \(name.id)") }
    let (was, now) = (shortened(render(stored)), shortened(render(fresh)))
    return Message(
      en: "\(name.en) differs: the result states \(was), this run gives \(now)",
      id: "\(name.id) berbeda: hasil menyatakan \(was), evaluasi ini memberikan \(now)")
  }

  static func shortened(_ text: String) -> String {
    text.count > 80 ? String(text.prefix(77)) + "…" : text
  }

  /// Compact JSON with keys in document order (control characters escaped by `JSONText.quote`).
  public static func render(_ value: JSONValue) -> String {
    switch value.kind {
    case .null: "null"
    case .bool(let b): b ? "true" : "false"
    case .number(let n): n
    case .string(let s): JSONText.quote(s)
    case .array(let items): "[" + items.map(render).joined(separator: ",") + "]"
    case .object(let members): "{" + members.map { "\(JSONText.quote($0.key)):\(render($0.value))" }.joined(separator: ",") + "}"
    }
  }
}
