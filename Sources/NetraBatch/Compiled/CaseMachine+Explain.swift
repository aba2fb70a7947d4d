import Netra

/// Explanations written by the compiled engine: the bytes `JSONExplainer` gives for a finding's
/// derivation tree, from each rule's `TracePlan` (fixed parts written at compile time) and the
/// bindings and judgement day recorded when the rule fired. Cases whose explanations need what
/// the plans leave out (exceptions to weigh, retracted facts) went to the interpreter earlier.
extension CaseMachine {
  /// `{"rule":…,"judged_at":…,"facts":[…],"conditions":[…],"exceptions":[]}` for a derived fact.
  mutating func writeExplanation(of fact: Int32, depth: Int, to out: inout RawBuffer<UInt8>) throws(Fallback) {
    let rule = Int(firstRule[Int(fact)])
    let bindingStart = Int(factBindings[Int(fact)])
    guard rule >= 0, bindingStart >= 0 else { throw Fallback() }
    let plan = compiled.traceRules[rule]
    appendTrace(plan.header, to: &out)
    let judged = factJudged[Int(fact)]
    if judged == .noneWord {
      out.append("null")
    } else {
      writeValue(judged, kind: .date, to: &out)
    }
    out.append(#","facts":["#)
    var first = true
    for slot in 0..<plan.slotCount {
      let bound = bindingPool[bindingStart + slot]
      guard bound >= 0 else { continue }
      if !first { out.append(UInt8(ascii: ",")) }
      first = false
      appendTrace(compiled.traceSlots[plan.slotStart + slot].prefix, to: &out)
      let record = compiled.flatRecords[Int(factRecord[Int(bound)])]
      if record.keyField >= 0 {
        out.append(#","key":"#)
        writeValue(field(bound, record.keyField), kind: compiled.flatFields[record.fieldStart + record.keyField].kind, to: &out)
      }
      if Int(bound) < originStart.count {
        out.append(#","path":""#)
        writeOriginPath(of: bound, to: &out)
        // Line and column as `SourceFile.lineColumn` counts them (the compiled engine reads
        // ASCII only, so a column is a byte).
        let offset = Int(originOffset[Int(bound)])
        var line = 1
        var lineBegins = 0
        for index in 0..<newlines.count where Int(newlines[index]) < offset {
          line += 1
          lineBegins = Int(newlines[index]) + 1
        }
        out.append(#"","line":"#)
        Self.writeInteger(line, to: &out)
        out.append(#","column":"#)
        Self.writeInteger(offset - lineBegins + 1, to: &out)
      } else if depth < 8 {
        out.append(#","derivation":"#)
        try writeExplanation(of: bound, depth: depth + 1, to: &out)
      }
      out.append(UInt8(ascii: "}"))
    }
    out.append(#"],"conditions":["#)
    let slotCount = compiled.rule(rule).pointee.slotCount
    for index in 0..<plan.conditionCount {
      if index > 0 { out.append(UInt8(ascii: ",")) }
      let condition = compiled.traceConditions[plan.conditionStart + index]
      appendTrace(condition.prefix, to: &out)
      if condition.hasValues {
        try writeValues(condition.left, condition.right, bindings: bindingPool.base + bindingStart, slotCount: slotCount, to: &out)
      }
      out.append("}}")
    }
    out.append(#"],"exceptions":["#)
    let weighedStart = Int(factWeighedStart[Int(fact)])
    for index in 0..<Int(factWeighedCount[Int(fact)]) {
      if index > 0 { out.append(UInt8(ascii: ",")) }
      try writeWeighed(weighed[weighedStart + index], plan: compiled.traceExceptions[plan.exceptionStart + index], to: &out)
    }
    out.append(UInt8(ascii: "]"))
    var others = 0
    for more in moreRules where more.fact == fact {
      out.append(others == 0 ? #","also_derived_by":["# : ",")
      appendTrace(compiled.ruleNameFragments[Int(more.rule)], to: &out)
      others += 1
    }
    if others > 0 { out.append(UInt8(ascii: "]")) }
    out.append(UInt8(ascii: "}"))
  }

  /// `{"rule":…,"basis":[…],"applied":false,"reason":…}` for an exception that did not apply.
  mutating func writeWeighed(_ record: WeighedException, plan: CompiledProgram.FlatTraceException, to out: inout RawBuffer<UInt8>) throws(Fallback) {
    appendTrace(plan.prefix, to: &out)
    switch record.outcome {
    case 1:
      out.append(#","applied":false,"reason":"not_in_force"}"#)
    case 2:
      out.append(#","applied":false,"reason":"defeated","defeated_by":"#)
      appendTrace(compiled.ruleNameFragments[Int(record.defeatedBy)], to: &out)
      out.append(UInt8(ascii: "}"))
    default:
      out.append(#","applied":false,"reason":"condition_failed""#)
      if record.failure != 0 {
        out.append(#","failed_condition":"#)
        let step = compiled.traceWalks[plan.walkStart + Int(record.condition)]
        appendTrace(step.failPrefix, to: &out)
        switch record.failure {
        case 1:
          out.append(#""facts":"0""#)
        case 2 where step.hasValues:
          try writeValues(step.left, step.right, bindings: weighedBindings.base + Int(record.bindings), slotCount: plan.slotCount, to: &out)
        case 3:
          out.append(#""found":"#)
          var text = scratch
          text.removeAll()
          render(Word(record.blocking), kind: .fact(Int(factRecord[Int(record.blocking)])), to: &text)
          scratch = text
          Self.quote(text.base, text.count, to: &out)
        default:
          break
        }
        out.append("}}")
      }
      out.append(UInt8(ascii: "}"))
    }
  }

  // MARK: Why an exception did not apply

  /// The interpreter's `firstFailure`: walks the exception's conditions in written order over
  /// every binding (the bindings in `bind` are the rule's), keeping the first candidate that got
  /// furthest, and records the condition it failed at.
  mutating func closestFailure(_ plan: CompiledProgram.FlatTraceException, _ start: WeighedException) throws(Fallback) -> WeighedException {
    walkVisited = 0
    walkBestPassed = -1
    walkBest = start
    try walk(plan, 0, 0)
    var record = walkBest
    if record.failure == 2 {
      record.bindings = Int32(weighedBindings.count)
      weighedBindings.append(from: walkSnapshot.base, count: plan.slotCount)
    }
    return record
  }

  mutating func walk(_ plan: CompiledProgram.FlatTraceException, _ index: Int, _ passed: Int) throws(Fallback) {
    walkVisited += 1
    if walkVisited > 200_000 { return }
    if index == plan.walkCount {
      consider(passed, failure: 0, condition: -1, blocking: -1, plan: plan)
      return
    }
    let step = compiled.traceWalks[plan.walkStart + index]
    switch step.kind {
    case 0:
      let facts = byRecord[step.record]
      if facts.count == 0 { consider(passed, failure: 1, condition: index, blocking: -1, plan: plan) }
      for position in 0..<facts.count {
        bind[step.slot] = facts[position]
        try walk(plan, index + 1, passed + 1)
        if walkVisited > 200_000 { break }
      }
      bind[step.slot] = -1
    case 1:
      if try value(step.code) == 1 {
        try walk(plan, index + 1, passed + 1)
      } else {
        consider(passed, failure: 2, condition: index, blocking: -1, plan: plan)
      }
    default:
      // The first fact that blocks the absence, as the interpreter's match finds it.
      let first = matches.count
      let range = compiled.patternTable[Int(step.pattern)]
      try match(range.lowerBound, range.upperBound, mode: .collect(step.slot + 1))
      let blocking = matches.count > first ? matches[first + step.slot] : -1
      matches.truncate(to: first)
      if blocking < 0 {
        try walk(plan, index + 1, passed + 1)
      } else {
        consider(passed, failure: 3, condition: index, blocking: blocking, plan: plan)
      }
    }
  }

  mutating func consider(_ passed: Int, failure: UInt8, condition: Int, blocking: Int32, plan: CompiledProgram.FlatTraceException) {
    guard walkBestPassed < 0 || passed > walkBestPassed else { return }
    walkBestPassed = passed
    walkBest.failure = failure
    walkBest.condition = Int32(condition)
    walkBest.blocking = blocking
    if failure == 2 {
      walkSnapshot.removeAll()
      for slot in 0..<plan.slotCount { walkSnapshot.append(bind[slot]) }
    }
  }

  @inline(__always)
  func appendTrace(_ fragment: CompiledProgram.Fragment, to out: inout RawBuffer<UInt8>) {
    out.append(from: compiled.traceBytes.baseAddress! + Int(fragment.start), count: Int(fragment.count))
  }

  /// Mutating only to be passed by address (see `CaseMachine`).
  mutating func writeOriginPath(of fact: Int32, to out: inout RawBuffer<UInt8>) {
    out.append(from: originPaths.base + Int(originStart[Int(fact)]), count: Int(originCount[Int(fact)]))
  }

  /// `"left":…,"right":…` of a comparison, its operands run under the given bindings.
  mutating func writeValues(
    _ left: CompiledProgram.FlatOperand, _ right: CompiledProgram.FlatOperand, bindings: UnsafePointer<Int32>, slotCount: Int,
    to out: inout RawBuffer<UInt8>
  ) throws(Fallback) {
    for slot in 0..<compiled.maxSlots { bind[slot] = slot < slotCount ? bindings[slot] : -1 }
    defer { for slot in 0..<compiled.maxSlots { bind[slot] = -1 } }
    out.append(#""left":"#)
    try writeOperand(left, to: &out)
    out.append(#","right":"#)
    try writeOperand(right, to: &out)
  }

  /// A compared operand as `Evaluator.render` shows it, as a JSON string.
  mutating func writeOperand(_ operand: CompiledProgram.FlatOperand, to out: inout RawBuffer<UInt8>) throws(Fallback) {
    if operand.rendered.count >= 0 {
      appendTrace(operand.rendered, to: &out)
      return
    }
    let word = try value(operand.code)
    var text = scratch
    text.removeAll()
    render(word, kind: operand.kind, to: &text)
    scratch = text
    Self.quote(text.base, text.count, to: &out)
  }

  /// `Evaluator.render` on a word: `kosong` for none, enumeration names, quoted text, dates,
  /// lists in braces, facts by record, key and path. Mutating only to be passed by address (see
  /// `CaseMachine`).
  mutating func render(_ word: Word, kind: WordKind, to out: inout RawBuffer<UInt8>) {
    if word == .noneWord {
      out.append("kosong")
      return
    }
    switch kind {
    case .none, .period:
      out.append("kosong")
    case .bool:
      out.append(word == 1 ? "true" : "false")
    case .int:
      Self.writeInteger(word.signed, to: &out)
    case .date:
      Self.writeDate(word, to: &out)
    case .text:
      // `JSONText.quote` of the text: the constants' quoted forms are kept; a case's own texts
      // are plain ASCII without quotes or backslashes.
      writeText(word, to: &out)
    case .enumeration(let e):
      let table = compiled.enumTables[e]
      let starts = compiled.enumCaseStarts.baseAddress! + table.firstCase
      let number = Int(word)
      out.append(from: compiled.enumCaseBytes.baseAddress! + starts[number], count: starts[number + 1] - starts[number])
    case .list(let element):
      let offset = Int(word)
      out.append(UInt8(ascii: "{"))
      for index in 0..<Int(lists[offset]) {
        if index > 0 { out.append(", ") }
        render(lists[offset + 1 + index], kind: element.kind, to: &out)
      }
      out.append(UInt8(ascii: "}"))
    case .fact:
      let fact = Int32(word)
      let recordNumber = Int(factRecord[Int(fact)])
      let name = compiled.recordFragments[recordNumber]
      // The record's name without the quotes of its JSON form (names are identifiers).
      out.append(from: compiled.outputBytes.baseAddress! + Int(name.start) + 1, count: Int(name.count) - 2)
      let record = compiled.flatRecords[recordNumber]
      if record.keyField >= 0 {
        out.append(UInt8(ascii: " "))
        render(field(fact, record.keyField), kind: compiled.flatFields[record.fieldStart + record.keyField].kind, to: &out)
      }
      if Int(fact) < originStart.count {
        out.append(" (")
        writeOriginPath(of: fact, to: &out)
        out.append(UInt8(ascii: ")"))
      }
    }
  }

  /// U+202A–U+202E (E2 80 AA–AE) and U+2066–U+2069 (E2 81 A6–A9).
  static func isDirectionOverride(_ second: UInt8, _ third: UInt8) -> Bool {
    (second == 0x80 && (0xAA...0xAE).contains(third)) || (second == 0x81 && (0xA6...0xA9).contains(third))
  }

  /// `JSONText.quote` on UTF-8 bytes.
  static func quote(_ bytes: UnsafePointer<UInt8>, _ count: Int, to out: inout RawBuffer<UInt8>) {
    out.append(UInt8(ascii: "\""))
    var index = 0
    while index < count {
      let byte = bytes[index]
      switch byte {
      case UInt8(ascii: "\""): out.append(#"\""#)
      case UInt8(ascii: "\\"): out.append(#"\\"#)
      case 0x0A: out.append(#"\n"#)
      case 0x0D: out.append(#"\r"#)
      case 0x09: out.append(#"\t"#)
      case 0xE2 where index + 2 < count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
        out.append(bytes[index + 2] == 0xA8 ? #"\u2028"# : #"\u2029"#)
        index += 2
      case 0xC2 where index + 1 < count && (0x80...0x9F).contains(bytes[index + 1]),
        0xE2 where index + 2 < count && Self.isDirectionOverride(bytes[index + 1], bytes[index + 2]):
        // As `JSONText.quote`: C1 controls and direction overrides as \u escapes. (Case texts
        // reach here only in ASCII; constants cannot hold these, E0108; kept for agreement.)
        let length = byte == 0xC2 ? 2 : 3
        let scalar = String(decoding: UnsafeBufferPointer(start: bytes + index, count: length), as: UTF8.self).unicodeScalars.first!.value
        let hex = String(scalar, radix: 16)
        out.append(#"\u"#)
        for digit in (String(repeating: "0", count: 4 - hex.count) + hex).utf8 { out.append(digit) }
        index += length - 1
      default:
        if byte < 0x20 || byte == 0x7F {
          let hex: [UInt8] = Array("0123456789abcdef".utf8)
          out.append(#"\u00"#)
          out.append(hex[Int(byte >> 4)])
          out.append(hex[Int(byte & 0xF)])
        } else {
          out.append(byte)
        }
      }
      index += 1
    }
    out.append(UInt8(ascii: "\""))
  }
}
