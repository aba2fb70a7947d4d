/// Writing a case's output line as bytes, the same bytes `JSONExplainer` gives for a case without
/// explanations: `kasus`, then findings sorted as `CaseResult.findings` sorts them.
extension CaseMachine {
  mutating func write(to out: inout [UInt8]) throws(Fallback) -> Int {
    out.append(contentsOf: #"{"kasus":"#.utf8)
    let input = compiled.records[program.inputRecord]
    if !byRecord[program.inputRecord].isEmpty, case let root = byRecord[program.inputRecord][0], let key = input.keyField, input.fields[key].kind == .text,
      case let word = field(root, key), word != .noneWord
    {
      writeText(word, to: &out)
    } else {
      out.append(contentsOf: "null".utf8)
    }
    out.append(contentsOf: #","findings":["#.utf8)
    var total = 0
    for record in compiled.findingRecords {
      let facts = sortedFindings(record)
      for fact in facts {
        if total > 0 { out.append(UInt8(ascii: ",")) }
        total += 1
        writeFinding(fact, record: record, to: &out)
      }
    }
    out.append(contentsOf: "]}".utf8)
    return total
  }

  func sortedFindings(_ record: Int) -> [Int32] {
    let facts = (0..<byRecord[record].count).map { byRecord[record][$0] }
    guard facts.count > 1 else { return facts }
    let order = compiled.records[record].sortFields
    let kinds = compiled.records[record].fields.map(\.kind)
    return facts.sorted { a, b in
      for field in order {
        let c = compare(self.field(a, field), self.field(b, field), kinds[field])
        if c != 0 { return c < 0 }
      }
      return false
    }
  }

  /// `ValueOrder.compare` on words of one kind: `none` first.
  func compare(_ a: Word, _ b: Word, _ kind: WordKind) -> Int {
    if a == b { return 0 }
    if a == .noneWord { return -1 }
    if b == .noneWord { return 1 }
    switch kind {
    case .bool, .fact: return a < b ? -1 : 1
    case .int, .date: return a.signed < b.signed ? -1 : 1
    case .enumeration(let e):
      let ranks = compiled.enumRanks[e]
      return ranks[Int(a)] < ranks[Int(b)] ? -1 : 1
    case .text:
      return textBytes(a) { x in textBytes(b) { y in x.lexicographicallyPrecedes(y) ? -1 : (x.elementsEqual(y) ? 0 : 1) } }
    case .list(let element):
      let x = Int(a)
      let y = Int(b)
      let m = Int(lists[x])
      let n = Int(lists[y])
      for index in 0..<min(m, n) {
        let c = compare(lists[x + 1 + index], lists[y + 1 + index], element.kind)
        if c != 0 { return c }
      }
      return m == n ? 0 : (m < n ? -1 : 1)
    case .none, .period:
      return 0
    }
  }

  func textBytes<R>(_ word: Word, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
    texts.withBytes(Int(word), body)
  }

  func writeText(_ word: Word, to out: inout [UInt8]) {
    let id = Int(word)
    if id < compiled.texts.json.count {
      out.append(contentsOf: compiled.texts.json[id])
    } else {
      // Case texts are plain ASCII without quotes or backslashes: they need no escaping.
      out.append(UInt8(ascii: "\""))
      texts.withBytes(id) { out.append(contentsOf: $0) }
      out.append(UInt8(ascii: "\""))
    }
  }

  func writeFinding(_ fact: Int32, record: Int, to out: inout [UInt8]) {
    let r = compiled.records[record]
    out.append(UInt8(ascii: "{"))
    if compiled.findingRecords.count > 1 {
      out.append(contentsOf: #""jenis":"#.utf8)
      out.append(contentsOf: compiled.recordJSON[record])
      out.append(UInt8(ascii: ","))
    }
    for (index, f) in r.fields.enumerated() {
      out.append(contentsOf: compiled.fieldJSON[record][index])
      writeValue(field(fact, index), kind: f.kind, to: &out)
      out.append(UInt8(ascii: ","))
    }
    out.append(contentsOf: #""dasar":["#.utf8)
    var written: [String] = []
    for rule in rules(of: fact) where rule >= 0 {
      for identifier in compiled.rules[Int(rule)].basis where !written.contains(identifier) {
        if !written.isEmpty { out.append(UInt8(ascii: ",")) }
        written.append(identifier)
        out.append(contentsOf: JSONText.quote(identifier).utf8)
      }
    }
    out.append(contentsOf: "]}".utf8)
  }

  func writeValue(_ word: Word, kind: WordKind, to out: inout [UInt8]) {
    if word == .noneWord {
      out.append(contentsOf: "null".utf8)
      return
    }
    switch kind {
    case .bool: out.append(contentsOf: (word == 1 ? "true" : "false").utf8)
    case .int: out.append(contentsOf: String(word.signed).utf8)
    case .text: writeText(word, to: &out)
    case .date: out.append(contentsOf: "\"\(Day(ordinal: word.signed))\"".utf8)
    case .enumeration(let e): out.append(contentsOf: compiled.enumJSON[e][Int(word)])
    case .fact(let r):
      // A record value shows as its key.
      let target = compiled.records[Int(factRecord[Int(word)])]
      if let key = target.keyField {
        writeValue(field(Int32(word), key), kind: target.fields[key].kind, to: &out)
      } else {
        _ = r
        out.append(contentsOf: "null".utf8)
      }
    case .list(let element):
      let offset = Int(word)
      out.append(UInt8(ascii: "["))
      for index in 0..<Int(lists[offset]) {
        if index > 0 { out.append(UInt8(ascii: ",")) }
        writeValue(lists[offset + 1 + index], kind: element.kind, to: &out)
      }
      out.append(UInt8(ascii: "]"))
    case .none, .period:
      out.append(contentsOf: "null".utf8)
    }
  }
}
