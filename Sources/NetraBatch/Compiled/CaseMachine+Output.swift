import Netra

/// Writing a case's output line as bytes, the same bytes `JSONExplainer` gives for a case without
/// explanations: `kasus`, then findings sorted as `CaseResult.findings` sorts them.
extension CaseMachine {
  mutating func write(to out: inout RawBuffer<UInt8>) throws(Fallback) -> Int {
    out.append(#"{"kasus":"#)
    let roots = byRecord[program.inputRecord]
    if compiled.caseKeyField >= 0, !roots.isEmpty, case let word = field(roots[0], compiled.caseKeyField), word != .noneWord {
      writeText(word, to: &out)
    } else {
      out.append("null")
    }
    out.append(#","findings":["#)
    var total = 0
    for record in compiled.findingRecords {
      sortFindings(record)
      for index in 0..<sorted.count {
        if total > 0 { out.append(UInt8(ascii: ",")) }
        total += 1
        try writeFinding(sorted[index], record: record, to: &out)
      }
    }
    out.append("]}")
    return total
  }

  /// Puts the live facts of a finding record in output order into `sorted`: an insertion sort
  /// for the few findings of most cases, the library's sort with ties in fact order (as
  /// the insertion sort keeps them) for the thousands of a large one.
  mutating func sortFindings(_ record: Int) {
    let live = byRecord[record]
    sorted.removeAll()
    if live.count > 64 {
      let order = (0..<live.count).map { live[$0] }.sorted { a, b in
        precedes(a, b, record: record) || (!precedes(b, a, record: record) && a < b)
      }
      for fact in order { sorted.append(fact) }
      return
    }
    for index in 0..<live.count {
      let fact = live[index]
      sorted.append(fact)
      var position = sorted.count - 1
      while position > 0, precedes(fact, sorted[position - 1], record: record) {
        sorted[position] = sorted[position - 1]
        position -= 1
      }
      sorted[position] = fact
    }
  }

  @inline(__always)
  func append(_ fragment: CompiledProgram.Fragment, to out: inout RawBuffer<UInt8>) {
    out.append(from: compiled.outputBytes.baseAddress! + Int(fragment.start), count: Int(fragment.count))
  }

  @inline(__always)
  func precedes(_ a: Int32, _ b: Int32, record: Int) -> Bool {
    let fields = compiled.flatFields.baseAddress! + compiled.flatRecords[record].fieldStart
    for index in compiled.sortStart[record]..<compiled.sortStart[record + 1] {
      let number = compiled.sortPool[index]
      let c = compare(field(a, number), field(b, number), fields[number].kind)
      if c != 0 { return c < 0 }
    }
    return false
  }

  /// `ValueOrder.compare` on words of one kind: `none` first. Lists compare item by item.
  @inline(__always)
  func compare(_ a: Word, _ b: Word, _ kind: WordKind) -> Int {
    guard case .list(let element) = kind, a != b, a != .noneWord, b != .noneWord else { return compareItems(a, b, kind) }
    let x = Int(a)
    let y = Int(b)
    let m = Int(lists[x])
    let n = Int(lists[y])
    for index in 0..<min(m, n) {
      let c = compareItems(lists[x + 1 + index], lists[y + 1 + index], element.kind)
      if c != 0 { return c }
    }
    return m == n ? 0 : (m < n ? -1 : 1)
  }

  /// `compare` on words that are not lists (lists of lists stay with the interpreter). Not
  /// recursive, so it inlines: a call would copy the whole machine.
  @inline(__always)
  func compareItems(_ a: Word, _ b: Word, _ kind: WordKind) -> Int {
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
    case .list, .none, .period:
      return 0
    }
  }

  @inline(__always)
  func textBytes<R>(_ word: Word, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
    texts.withBytes(Int(word), body)
  }

  /// Mutating only to be passed by address (see `CaseMachine`).
  mutating func writeText(_ word: Word, to out: inout RawBuffer<UInt8>) {
    let id = Int(word)
    if id < compiled.textFragments.count {
      append(compiled.textFragments[id], to: &out)
    } else {
      // Case texts are plain ASCII without quotes or backslashes: they need no escaping.
      out.append(UInt8(ascii: "\""))
      texts.withBytes(id) { bytes in
        if let base = bytes.baseAddress { out.append(from: base, count: bytes.count) }
      }
      out.append(UInt8(ascii: "\""))
    }
  }

  mutating func writeFinding(_ fact: Int32, record: Int, to out: inout RawBuffer<UInt8>) throws(Fallback) {
    let flat = compiled.flatRecords[record]
    let fields = compiled.flatFields.baseAddress! + flat.fieldStart
    out.append(UInt8(ascii: "{"))
    if compiled.findingRecords.count > 1 {
      out.append(#""jenis":"#)
      append(compiled.recordFragments[record], to: &out)
      out.append(UInt8(ascii: ","))
    }
    for index in 0..<flat.fieldCount {
      append(compiled.fieldFragments[flat.fieldStart + index], to: &out)
      writeValue(field(fact, index), kind: fields[index].kind, to: &out)
      out.append(UInt8(ascii: ","))
    }
    out.append(#""dasar":["#)
    written.removeAll()
    var rule = Int(firstRule[Int(fact)])
    var more = 0
    while rule >= 0 {
      let r = compiled.rule(rule)
      for index in 0..<r.pointee.basisCount {
        let citation = compiled.citationPool[r.pointee.basisStart + index]
        if (0..<written.count).contains(where: { written[$0] == citation.identifier }) { continue }
        if !written.isEmpty { out.append(UInt8(ascii: ",")) }
        written.append(citation.identifier)
        out.append(from: compiled.citationBytes.baseAddress! + citation.start, count: citation.count)
      }
      // Further rules that derived the same fact, in the order they did.
      rule = -1
      while more < moreRules.count {
        defer { more += 1 }
        if moreRules[more].fact == fact {
          rule = Int(moreRules[more].rule)
          break
        }
      }
    }
    out.append(UInt8(ascii: "]"))
    if tracing {
      out.append(#","explanation":"#)
      try writeExplanation(of: fact, depth: 0, to: &out)
    }
    out.append(UInt8(ascii: "}"))
  }

  /// A value as JSON; a fact shows as its key. Mutating only to be passed by address (see
  /// `CaseMachine`).
  mutating func writeValue(_ word: Word, kind: WordKind, to out: inout RawBuffer<UInt8>) {
    if word == .noneWord {
      out.append("null")
      return
    }
    switch kind {
    case .bool: out.append(word == 1 ? "true" : "false")
    case .int: Self.writeInteger(word.signed, to: &out)
    case .text: writeText(word, to: &out)
    case .date:
      out.append(UInt8(ascii: "\""))
      Self.writeDate(word, to: &out)
      out.append(UInt8(ascii: "\""))
    case .enumeration(let e): append(compiled.enumFragments[compiled.enumFragmentStart[e] + Int(word)], to: &out)
    case .fact:
      // A record value shows as its key.
      let target = compiled.flatRecords[Int(factRecord[Int(word)])]
      if target.keyField >= 0 {
        writeValue(field(Int32(word), target.keyField), kind: compiled.flatFields[target.fieldStart + target.keyField].kind, to: &out)
      } else {
        out.append("null")
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
      out.append("null")
    }
  }

  /// `YYYY-MM-DD`, as `Day.description`.
  @inline(__always)
  static func writeDate(_ word: Word, to out: inout RawBuffer<UInt8>) {
    let (year, month, day) = Day(ordinal: word.signed).components
    Self.writeDigits(year, width: 4, to: &out)
    out.append(UInt8(ascii: "-"))
    Self.writeDigits(month, width: 2, to: &out)
    out.append(UInt8(ascii: "-"))
    Self.writeDigits(day, width: 2, to: &out)
  }

  @inline(__always)
  static func writeInteger(_ value: Int, to out: inout RawBuffer<UInt8>) {
    if value < 0 {
      out.append(UInt8(ascii: "-"))
      // Words never hold Int.min, so the magnitude fits.
      Self.writeDigits(-value, width: 1, to: &out)
    } else {
      Self.writeDigits(value, width: 1, to: &out)
    }
  }

  /// Decimal digits of a non-negative number, zero-padded to `width`.
  @inline(__always)
  static func writeDigits(_ value: Int, width: Int, to out: inout RawBuffer<UInt8>) {
    var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
      (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
    var count = 0
    var rest = value
    withUnsafeMutableBytes(of: &digits) { buffer in
      repeat {
        buffer[count] = UInt8(ascii: "0") + UInt8(rest % 10)
        rest /= 10
        count += 1
      } while rest > 0 || count < width
      for index in stride(from: count - 1, through: 0, by: -1) { out.append(buffer[index]) }
    }
  }
}
