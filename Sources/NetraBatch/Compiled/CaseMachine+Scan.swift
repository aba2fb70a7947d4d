import Netra
import Foundation

/// Reading a case line straight into facts, guided by the record schemas: no JSON tree, no
/// strings for field names or enumeration cases. It accepts exactly what `FactsLoader` accepts
/// without an error, or a subset of it: anything unusual (an error, an escape in a string, a
/// byte outside ASCII, a number that is not a plain integer) throws `Fallback`, and the
/// interpreter reads the line and reports what is wrong with it.
extension CaseMachine {
  mutating func scan(_ base: UnsafePointer<UInt8>, _ count: Int) throws(Fallback) {
    cursor = base
    end = base + count
    lineStart = base
    skipSpace()
    _ = try scanObject(record: program.inputRecord, depth: 0)
    skipSpace()
    guard cursor == end else { throw Fallback() }
    try checkReferences()
  }

  @inline(__always)
  mutating func skipSpace() {
    while cursor < end {
      switch cursor.pointee {
      case 0x20, 0x09, 0x0D: cursor += 1
      case 0x0A:
        // A line given through the API may hold newlines; explanations count lines by them.
        if tracing { newlines.append(Int32(cursor - lineStart)) }
        cursor += 1
      default: return
      }
    }
  }

  @inline(__always)
  mutating func expect(_ byte: UInt8) throws(Fallback) {
    guard cursor < end, cursor.pointee == byte else { throw Fallback() }
    cursor += 1
  }

  @inline(__always)
  mutating func expectWord(_ word: StaticString) throws(Fallback) {
    let count = word.utf8CodeUnitCount
    guard end - cursor >= count, memcmp(cursor, word.utf8Start, count) == 0 else { throw Fallback() }
    cursor += count
  }

  /// A string without escapes, bytes 0x20–0x7E only; returns its bytes (the quotes excluded).
  /// Eight bytes at a time where the line has them.
  @inline(__always)
  mutating func scanPlainString() throws(Fallback) -> (UnsafePointer<UInt8>, Int) {
    try expect(UInt8(ascii: "\""))
    let start = cursor
    while end - cursor >= 8 {
      let special = Self.specialBytes(UInt64(littleEndian: UnsafeRawPointer(cursor).loadUnaligned(as: UInt64.self)))
      if special != 0 {
        cursor += special.trailingZeroBitCount >> 3
        guard cursor.pointee == UInt8(ascii: "\"") else { throw Fallback() }
        let length = cursor - start
        cursor += 1
        return (start, length)
      }
      cursor += 8
    }
    while cursor < end {
      let byte = cursor.pointee
      if byte == UInt8(ascii: "\"") {
        let length = cursor - start
        cursor += 1
        return (start, length)
      }
      if byte == UInt8(ascii: "\\") || byte < 0x20 || byte >= 0x7F { throw Fallback() }
      cursor += 1
    }
    throw Fallback()
  }

  /// The high bit of every byte of `word` (little-endian) that ends or spoils a plain string: a
  /// quote, a backslash, a control byte, DEL or a byte outside ASCII. Bits above the lowest may
  /// be spurious (borrows), so only the lowest is read.
  @inline(__always)
  static func specialBytes(_ word: UInt64) -> UInt64 {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let high: UInt64 = 0x8080_8080_8080_8080
    @inline(__always) func zeroBytes(_ v: UInt64) -> UInt64 { (v &- ones) & ~v & high }
    let quote = zeroBytes(word ^ (ones &* 0x22))
    let backslash = zeroBytes(word ^ (ones &* 0x5C))
    let control = (word &- ones &* 0x20) & ~word & high
    let delete = zeroBytes(word ^ (ones &* 0x7F))
    return quote | backslash | control | delete | (word & high)
  }

  /// Whether the line continues with `quotedLength` bytes equal to `bytes` (a name and its
  /// closing quote), rejecting most names with one compare of their first word.
  @inline(__always)
  func continues(with bytes: UnsafePointer<UInt8>, quotedLength: Int, word: UInt64, mask: UInt64) -> Bool {
    let available = end - cursor
    if available >= 8 {
      guard UInt64(littleEndian: UnsafeRawPointer(cursor).loadUnaligned(as: UInt64.self)) & mask == word else { return false }
      return quotedLength <= 8 || (available >= quotedLength && Self.sameBytes(cursor + 8, bytes + 8, quotedLength - 8))
    }
    return available >= quotedLength && Self.sameBytes(cursor, bytes, quotedLength)
  }

  /// Short byte runs compared in place (field names and enumeration cases are short): words at
  /// a time, the last word overlapping the one before rather than a byte loop.
  @inline(__always)
  static func sameBytes(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ count: Int) -> Bool {
    @inline(__always) func word(_ p: UnsafePointer<UInt8>, _ at: Int) -> UInt64 { UnsafeRawPointer(p + at).loadUnaligned(as: UInt64.self) }
    @inline(__always) func half(_ p: UnsafePointer<UInt8>, _ at: Int) -> UInt32 { UnsafeRawPointer(p + at).loadUnaligned(as: UInt32.self) }
    if count >= 8 {
      var index = 0
      while index + 8 <= count {
        if word(a, index) != word(b, index) { return false }
        index += 8
      }
      return index == count || word(a, count - 8) == word(b, count - 8)
    }
    if count >= 4 { return half(a, 0) == half(b, 0) && half(a, count - 4) == half(b, count - 4) }
    for index in 0..<count where a[index] != b[index] { return false }
    return true
  }

  mutating func scanObject(record recordNumber: Int, depth: Int) throws(Fallback) -> Int32 {
    guard depth < 64 else { throw Fallback() }
    let record = compiled.flatRecords[recordNumber]
    let fields = compiled.flatFields.baseAddress! + record.fieldStart
    let names = compiled.nameBytes.baseAddress!
    inputFacts += 1
    if inputFacts > options.limits.maxInputFacts { throw Fallback() }
    let offset = cursor - lineStart
    try expect(UInt8(ascii: "{"))
    let fieldCount = record.fieldCount
    // A fact without nested facts is read straight into the fact words; one with them into a
    // frame of its own, copied in once its nested facts are in.
    let direct = !record.hasNested
    let frame = direct ? words.count : fieldStack.count
    if direct {
      words.append(repeating: .noneWord, count: fieldCount)
    } else {
      fieldStack.append(repeating: .noneWord, count: fieldCount)
    }
    var seen: UInt64 = 0
    var present: UInt64 = 0
    // Members usually come in declaration order: look for the next field first.
    var expected = 0
    skipSpace()
    if cursor < end, cursor.pointee == UInt8(ascii: "}") {
      cursor += 1
    } else {
      while true {
        skipSpace()
        // A member name that is no field (or has an escape) is the interpreter's to report.
        try expect(UInt8(ascii: "\""))
        var number = -1
        for step in 0..<fieldCount {
          var candidate = expected + step
          if candidate >= fieldCount { candidate -= fieldCount }
          let field = fields[candidate]
          if continues(with: names + Int(field.nameStart), quotedLength: Int(field.quotedLength), word: field.nameWord, mask: field.nameMask) {
            number = candidate
            break
          }
        }
        guard number >= 0 else { throw Fallback() }
        cursor += Int(fields[number].quotedLength)
        expected = number + 1
        let bit: UInt64 = 1 << UInt64(number)
        guard seen & bit == 0 else { throw Fallback() }
        seen |= bit
        skipSpace()
        try expect(UInt8(ascii: ":"))
        skipSpace()
        let field = fields[number]
        if cursor < end, cursor.pointee == UInt8(ascii: "n"), field.optional {
          try expectWord("null")
        } else {
          present |= bit
          let pathMark = path.count
          if tracing, field.nested >= 0 {
            path.append(UInt8(ascii: "."))
            path.append(from: names + Int(field.nameStart), count: Int(field.quotedLength) - 1)
          }
          // Texts, enumeration cases and dates are read here, without a call: most members are.
          let word: Word
          switch field.kind {
          case .text:
            let (start, length) = try scanPlainString()
            word = Word(texts.intern(start, length, readable: end - start))
          case .enumeration(let e): word = try scanEnumeration(e)
          case .date: word = try scanDate()
          default: word = try scanValue(field.kind, nested: Int(field.nested), depth: depth)
          }
          path.truncate(to: pathMark)
          // Reading nested facts may have moved the frame's storage: find it again.
          (direct ? words.base : fieldStack.base)[frame + number] = word
        }
        skipSpace()
        guard cursor < end else { throw Fallback() }
        if cursor.pointee == UInt8(ascii: ",") {
          cursor += 1
          continue
        }
        if cursor.pointee == UInt8(ascii: "}") {
          cursor += 1
          break
        }
        throw Fallback()
      }
    }
    let fact: Int32
    if direct {
      fact = registerFact(record: recordNumber, start: frame, rule: -1)
    } else {
      fact = appendFact(record: recordNumber, fields: fieldStack.base + frame, count: fieldCount, rule: -1)
      fieldStack.truncate(to: frame)
    }
    if tracing {
      // Input facts are registered in id order, so these are indexed by fact id.
      originStart.append(Int32(originPaths.count))
      originCount.append(Int32(path.count))
      originOffset.append(Int32(offset))
      originPaths.append(from: path.base, count: path.count)
    }
    try complete(fact: fact, record: record, fields: fields, present: present)
    return fact
  }

  /// Defaults, then the loader's checks; any failure is the interpreter's to report. Field
  /// masks keep the work to the fields that have something to check.
  mutating func complete(
    fact: Int32, record: CompiledProgram.FlatRecord, fields: UnsafePointer<CompiledProgram.FlatField>, present: UInt64
  ) throws(Fallback) {
    let start = Int(factStart[Int(fact)])
    bind[0] = fact
    defer { bind[0] = -1 }
    let absent = record.allFields & ~present
    if absent & record.mandatory != 0 { throw Fallback() }
    var defaults = absent & record.withDefault
    while defaults != 0 {
      let number = defaults.trailingZeroBitCount
      defaults &= defaults - 1
      let field = fields[number]
      words[start + number] = field.defaultIsConstant ? field.defaultWord : try recordValue(field.defaultCode, fact: start)
    }
    var checked = present & record.checkedWhenPresent
    while checked != 0 {
      let number = checked.trailingZeroBitCount
      checked &= checked - 1
      let field = fields[number]
      let word = words[start + number]
      if record.withOnlyWhen & (1 << UInt64(number)) != 0, try !checkRecord(field.onlyWhen, fact: start) { throw Fallback() }
      if field.nonempty, word != .noneWord, lists[Int(word)] == 0 { throw Fallback() }
      if field.reference >= 0, word != .noneWord {
        if field.kind.isList {
          let offset = Int(word)
          for item in 0..<Int(lists[offset]) { references.append(Reference(value: lists[offset + 1 + item], record: field.reference)) }
        } else {
          references.append(Reference(value: word, record: field.reference))
        }
      }
    }
    var required = absent & record.withRequiredWhen
    while required != 0 {
      let number = required.trailingZeroBitCount
      required &= required - 1
      let field = fields[number]
      if field.defaultCode < 0 || words[start + number] == .noneWord, try checkRecord(field.requiredWhen, fact: start) { throw Fallback() }
    }
    for index in 0..<record.requirementCount where try !checkRecord(compiled.requirementPool[record.requirementStart + index], fact: start) {
      throw Fallback()
    }
    if !record.isInput, record.keyField >= 0, present & (1 << UInt64(record.keyField)) != 0 {
      let word = words[start + record.keyField]
      if word != .noneWord { try claimKey(word, kind: fields[record.keyField].kind, fact: fact) }
    }
  }

  /// A record-level test of the fact whose words start at `fact` (bound to slot 0).
  @inline(__always)
  mutating func checkRecord(_ step: Step, fact: Int) throws(Fallback) -> Bool {
    if case .test(let code) = step { return try recordValue(code, fact: fact) == 1 }
    return holds(step)
  }

  /// The value of a record-level expression, remembered by the fields it reads where it has a memo.
  @inline(__always)
  mutating func recordValue(_ code: Int32, fact: Int) throws(Fallback) -> Word {
    let number = compiled.memoOf[Int(code)]
    guard number >= 0 else { return try value(code) }
    let memo = compiled.memos[Int(number)]
    let first = words[fact + Int(memo.firstField)]
    var key = first == .noneWord ? Int(memo.firstCount) : Int(first)
    if memo.secondField >= 0 {
      let second = words[fact + Int(memo.secondField)]
      key = key * Int(memo.secondCount + 1) + (second == .noneWord ? Int(memo.secondCount) : Int(second))
    }
    let slot = memo.tableStart + key
    if memoKnown[slot] { return memoWords[slot] }
    let word = try value(code)
    memoWords[slot] = word
    memoKnown[slot] = true
    return word
  }

  /// Input keys share one space of ids across the case: a repeat is an error.
  mutating func claimKey(_ word: Word, kind: WordKind, fact: Int32) throws(Fallback) {
    if kind == .text {
      let id = Int(word)
      if id >= textKeyStamp.count {
        let size = max(id + 1, textKeyStamp.count * 2)
        textKeyStamp.append(repeating: 0, count: size - textKeyStamp.count)
        textKeyFact.append(repeating: 0, count: size - textKeyFact.count)
      }
      guard textKeyStamp[id] != caseStamp else { throw Fallback() }
      textKeyStamp[id] = caseStamp
      textKeyFact[id] = fact
      return
    }
    guard case let tag = Self.keyTag(kind), tag >= 0 else { throw Fallback() }
    guard !otherKeys.contains(where: { $0 == (tag, word) }) else { throw Fallback() }
    otherKeys.append((tag, word))
  }

  /// Keys of different kinds never collide, as `Value`s of different cases differ.
  static func keyTag(_ kind: WordKind) -> Int {
    switch kind {
    case .bool: 1
    case .int: 2
    case .date: 3
    case .enumeration(let e): 16 + e
    default: -1
    }
  }

  /// Every reference names a fact of its record with that key.
  mutating func checkReferences() throws(Fallback) {
    for index in 0..<references.count {
      let reference = references[index]
      let record = compiled.flatRecords[Int(reference.record)]
      guard record.keyField >= 0 else { continue }
      let kind = compiled.flatFields[record.fieldStart + record.keyField].kind
      if !names(reference.value, record: reference.record, key: record.keyField, kind: kind) { throw Fallback() }
    }
  }

  @inline(__always)
  func names(_ item: Word, record: Int32, key: Int, kind: WordKind) -> Bool {
    if kind == .text {
      let id = Int(item)
      if id < textKeyStamp.count, textKeyStamp[id] == caseStamp, factRecord[Int(textKeyFact[id])] == record { return true }
    }
    let facts = byRecord[Int(record)]
    for index in 0..<facts.count where field(facts[index], key) == item { return true }
    return false
  }

  mutating func scanValue(_ kind: WordKind, nested: Int?, depth: Int) throws(Fallback) -> Word {
    guard cursor < end else { throw Fallback() }
    switch kind {
    case .bool:
      if cursor.pointee == UInt8(ascii: "t") {
        try expectWord("true")
        return 1
      }
      try expectWord("false")
      return 0
    case .int:
      return try scanInteger()
    case .text:
      let (start, length) = try scanPlainString()
      return Word(texts.intern(start, length, readable: end - start))
    case .date:
      return try scanDate()
    case .enumeration(let e):
      return try scanEnumeration(e)
    case .fact(let r):
      return Word(try scanObject(record: r, depth: depth + 1))
    case .list(let element):
      try expect(UInt8(ascii: "["))
      let frame = listStack.count
      skipSpace()
      if cursor < end, cursor.pointee == UInt8(ascii: "]") {
        cursor += 1
      } else {
        var index = 0
        while true {
          skipSpace()
          let pathMark = path.count
          if tracing, nested != nil { appendIndex(index) }
          listStack.append(try scanValue(element.kind, nested: nested, depth: depth + 1))
          path.truncate(to: pathMark)
          index += 1
          skipSpace()
          guard cursor < end else { throw Fallback() }
          if cursor.pointee == UInt8(ascii: ",") {
            cursor += 1
            continue
          }
          if cursor.pointee == UInt8(ascii: "]") {
            cursor += 1
            break
          }
          throw Fallback()
        }
      }
      let offset = lists.count
      lists.append(Word(listStack.count - frame))
      lists.append(from: listStack.base + frame, count: listStack.count - frame)
      listStack.truncate(to: frame)
      return Word(offset)
    case .none, .period:
      throw Fallback()
    }
  }

  /// A `YYYY-MM-DD` string as a date word.
  @inline(__always)
  mutating func scanDate() throws(Fallback) -> Word {
    let (start, length) = try scanPlainString()
    guard length == 10, start[4] == UInt8(ascii: "-"), start[7] == UInt8(ascii: "-") else { throw Fallback() }
    // Dates repeat across cases: the last one read in a slot is remembered by its bytes.
    let head = UnsafeRawPointer(start).loadUnaligned(as: UInt64.self)
    let tail = UnsafeRawPointer(start + 8).loadUnaligned(as: UInt16.self)
    let slot = Int(truncatingIfNeeded: ((head ^ UInt64(tail) &* 0x9E37_79B9) &* 0xff51_afd7_ed55_8ccd) >> 55)
    if dateHeads[slot] == head, dateTails[slot] == tail { return dateWords[slot] }
    return try readNewDate(start, head: head, tail: tail, slot: slot)
  }

  /// A date not in the cache: its digits checked and read, and the cache slot taken.
  @inline(never)
  mutating func readNewDate(_ start: UnsafePointer<UInt8>, head: UInt64, tail: UInt16, slot: Int) throws(Fallback) -> Word {
    func digits(_ from: Int, _ count: Int) throws(Fallback) -> Int {
      var value = 0
      for index in from..<(from + count) {
        let byte = start[index]
        guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { throw Fallback() }
        value = value * 10 + Int(byte - UInt8(ascii: "0"))
      }
      return value
    }
    guard let day = Day(year: try digits(0, 4), month: try digits(5, 2), day: try digits(8, 2)) else { throw Fallback() }
    dateHeads[slot] = head
    dateTails[slot] = tail
    dateWords[slot] = Word(signed: day.ordinal)
    return Word(signed: day.ordinal)
  }

  /// An enumeration case's name as its number.
  @inline(__always)
  mutating func scanEnumeration(_ e: Int) throws(Fallback) -> Word {
    let (start, length) = try scanPlainString()
    let table = compiled.enumTables[e]
    let slots = compiled.enumSlots.baseAddress! + table.slotStart
    let starts = compiled.enumCaseStarts.baseAddress! + table.firstCase
    var slot = Int(truncatingIfNeeded: TextTable.hash(start, length, readable: end - start)) & table.mask
    while case let number = Int(slots[slot]), number >= 0 {
      if starts[number + 1] - starts[number] == length, Self.sameBytes(compiled.enumCaseBytes.baseAddress! + starts[number], start, length) {
        return Word(number)
      }
      slot = (slot + 1) & table.mask
    }
    throw Fallback()
  }

  /// `[index]` on the path being read.
  mutating func appendIndex(_ index: Int) {
    var extended = path
    extended.append(UInt8(ascii: "["))
    Self.writeDigits(index, width: 1, to: &extended)
    extended.append(UInt8(ascii: "]"))
    path = extended
  }

  /// `-?digits` with no leading zero, fraction or exponent, within 18 digits.
  mutating func scanInteger() throws(Fallback) -> Word {
    var negative = false
    if cursor.pointee == UInt8(ascii: "-") {
      negative = true
      cursor += 1
    }
    let start = cursor
    var value = 0
    while cursor < end, cursor.pointee >= UInt8(ascii: "0"), cursor.pointee <= UInt8(ascii: "9") {
      value = value * 10 + Int(cursor.pointee - UInt8(ascii: "0"))
      cursor += 1
    }
    let digits = cursor - start
    guard digits > 0, digits <= 18, digits == 1 || start.pointee != UInt8(ascii: "0") else { throw Fallback() }
    if cursor < end, cursor.pointee == UInt8(ascii: ".") || cursor.pointee == UInt8(ascii: "e") || cursor.pointee == UInt8(ascii: "E") {
      throw Fallback()
    }
    return Word(signed: negative ? -value : value)
  }
}
