import Netra

extension CaseMachine {
  enum MatchMode {
    /// Append each match's first `width` slots to `matches`.
    case collect(Int)
    /// Stop at the first match (`no`), or count them all (`count`).
    case exists, count
  }

  /// Matches `steps[index..<end]` as `Evaluator.match` does: bindings in fact order, tests in
  /// written order. Returns false when the search stopped early.
  @discardableResult
  mutating func match(_ index: Int, _ end: Int, mode: MatchMode) throws(Fallback) -> Bool {
    if index == end {
      switch mode {
      case .collect(let width):
        // Bindings held at once are bounded, as in the interpreter (`holdBindings`).
        if matches.count + width > options.limits.maxHeldBindings { throw Fallback() }
        for slot in 0..<width { matches.append(bind[slot]) }
        return true
      case .exists:
        matchCount += 1
        return false
      case .count:
        matchCount += 1
        return true
      }
    }
    switch compiled.stepTable[index] {
    case .bind(let slot, let record, let probeField, let probeCode, let filters):
      let key = probeField >= 0 ? try quickValue(probeCode) : 0
      let restricted = restrictionSlot == Int(slot)
      let candidates = byRecord[Int(record)]
      let next = index + 1 + Int(filters)
      // No fact is added while matching (conclusions wait in `pending`): the storage stays put.
      let words = self.words.base
      let starts = factStart.base
      let bound = bind.base + Int(slot)
      let table = compiled.stepTable.baseAddress!
      if probeField >= 0, candidates.count > ProbeIndex.threshold {
        // Many candidates: only those with the probed value, from the index, in fact order.
        let probed = probeIndex.table(record: Int(record), field: Int(probeField), candidates: candidates, words: words, starts: starts)
        guard let list = probed.facts[key] else {
          bound.pointee = -1
          return true
        }
        for candidate in list where !(restricted && candidate < restrictionFirst) {
          if !(try bindAndMatch(candidate, to: bound, filters: (index + 1)..<next, table: table, then: next, end, mode: mode)) {
            bound.pointee = -1
            return false
          }
        }
        bound.pointee = -1
        return true
      }
      for position in 0..<candidates.count {
        let candidate = candidates.base[position]
        if restricted && candidate < restrictionFirst { continue }
        if probeField >= 0 && words[Int(starts[Int(candidate)]) + Int(probeField)] != key { continue }
        if !(try bindAndMatch(candidate, to: bound, filters: (index + 1)..<next, table: table, then: next, end, mode: mode)) {
          bound.pointee = -1
          return false
        }
      }
      bound.pointee = -1
      return true
    case .test(let code):
      try countStep()
      guard try value(code) == 1 else { return true }
      return try match(index + 1, end, mode: mode)
    case .absent(let pattern):
      guard try !exists(pattern) else { return true }
      return try match(index + 1, end, mode: mode)
    case .testEquals, .testNotEquals, .testIn, .testTrue, .testFalse, .testFieldsEqual:
      try countStep()
      guard holds(compiled.stepTable[index]) else { return true }
      return try match(index + 1, end, mode: mode)
    }
  }

  /// Binds one candidate, tests the binding's filters and matches the rest: false when the
  /// search stopped. Every candidate counts a step, as in the interpreter.
  @inline(__always)
  mutating func bindAndMatch(
    _ candidate: Int32, to bound: UnsafeMutablePointer<Int32>, filters: Range<Int>, table: UnsafePointer<Step>,
    then next: Int, _ end: Int, mode: MatchMode
  ) throws(Fallback) -> Bool {
    try countStep()
    bound.pointee = candidate
    for filter in filters {
      try countStep()
      if !holds(table[filter]) { return true }
    }
    return try match(next, end, mode: mode)
  }

  /// Whether `word` is among `count` constants of the pool from `start`.
  @inline(__always)
  func poolContains(_ start: Int32, _ count: Int32, _ word: Word) -> Bool {
    let pool = compiled.constantPool.baseAddress!
    for index in Int(start)..<Int(start + count) where pool[index] == word { return true }
    return false
  }

  /// Whether a test holds: simple tests in place, others through their code.
  @inline(__always)
  mutating func check(_ step: Step) throws(Fallback) -> Bool {
    if case .test(let code) = step { return try value(code) == 1 }
    return holds(step)
  }

  /// Whether a simple test holds under the current bindings.
  @inline(__always)
  func holds(_ step: Step) -> Bool {
    switch step {
    case .testEquals(let slot, let f, let word): return slotField(slot, f) == word
    case .testNotEquals(let slot, let f, let word): return slotField(slot, f) != word
    case .testIn(let slot, let f, let start, let count): return poolContains(start, count, slotField(slot, f))
    case .testTrue(let slot, let f): return slotField(slot, f) == 1
    case .testFalse(let slot, let f): return slotField(slot, f) != 1
    case .testFieldsEqual(let slot, let f, let otherSlot, let otherField): return slotField(slot, f) == slotField(otherSlot, otherField)
    case .bind, .test, .absent: return false
    }
  }

  @inline(__always)
  mutating func countStep() throws(Fallback) {
    steps += 1
    if steps > maxSteps { throw Fallback() }
  }

  /// A field of the fact bound to a slot, `none` when unbound.
  @inline(__always)
  func slotField(_ slot: Int32, _ f: Int32) -> Word {
    let fact = bind[Int(slot)]
    return fact < 0 ? .noneWord : field(fact, Int(f))
  }

  mutating func exists(_ pattern: Int32) throws(Fallback) -> Bool {
    let saved = matchCount
    matchCount = 0
    let range = compiled.patternTable[Int(pattern)]
    try match(range.lowerBound, range.upperBound, mode: .exists)
    let found = matchCount > 0
    matchCount = saved
    return found
  }

  mutating func count(_ pattern: Int32) throws(Fallback) -> Int {
    let saved = matchCount
    matchCount = 0
    let range = compiled.patternTable[Int(pattern)]
    try match(range.lowerBound, range.upperBound, mode: .count)
    let total = matchCount
    matchCount = saved
    return total
  }

  /// A constant or a field without entering the stack machine.
  @inline(__always)
  mutating func quickValue(_ start: Int32) throws(Fallback) -> Word {
    switch compiled.code[Int(start)] {
    case .returnConstant(let word): return word
    case .returnField(let slot, let f): return slotField(slot, f)
    case .returnSelect(let slot, let f, let from, let count): return select(slotField(slot, f), from, count)
    default: return try value(start)
    }
  }

  /// The value paired with `word` in `count` pairs of the constant pool from `start`, else the
  /// default after them.
  @inline(__always)
  func select(_ word: Word, _ start: Int32, _ count: Int32) -> Word {
    let pool = compiled.constantPool.baseAddress! + Int(start)
    for pair in 0..<Int(count) where pool[2 * pair] == word { return pool[2 * pair + 1] }
    return pool[2 * Int(count)]
  }

  /// Runs the code at `pc` and returns its value.
  mutating func value(_ start: Int32) throws(Fallback) -> Word {
    let code = compiled.code.baseAddress!
    let base = stackTop
    var sp = base
    var pc = Int(start)
    @inline(__always) func push(_ word: Word) throws(Fallback) {
      guard sp < stackCapacity else { throw Fallback() }
      stack[sp] = word
      sp += 1
    }
    @inline(__always) func pop() -> Word {
      sp -= 1
      return stack[sp]
    }
    while true {
      switch code[pc] {
      case .returnConstant(let word):
        return word
      case .returnField(let slot, let f):
        return slotField(slot, f)
      case .returnSelect(let slot, let f, let from, let count):
        return select(slotField(slot, f), from, count)
      case .select(let slot, let f, let from, let count):
        try push(select(slotField(slot, f), from, count))
      case .fieldIn(let slot, let f, let from, let count):
        try push(poolContains(from, count, slotField(slot, f)) ? 1 : 0)
      case .constant(let word):
        try push(word)
      case .slot(let slot):
        let fact = bind[Int(slot)]
        try push(fact < 0 ? .noneWord : Word(fact))
      case .field(let slot, let f):
        let fact = bind[Int(slot)]
        try push(fact < 0 ? .noneWord : field(fact, Int(f)))
      case .fieldOf(let f):
        let fact = pop()
        try push(fact == .noneWord ? .noneWord : field(Int32(fact), Int(f)))
      case .fieldEquals(let slot, let f, let word):
        try push(slotField(slot, f) == word ? 1 : 0)
      case .equal:
        let b = pop()
        let a = pop()
        try push(a == b ? 1 : 0)
      case .notEqual:
        let b = pop()
        let a = pop()
        try push(a != b ? 1 : 0)
      case .listEqual:
        let b = pop()
        let a = pop()
        try push(listsEqual(a, b) ? 1 : 0)
      case .listNotEqual:
        let b = pop()
        let a = pop()
        try push(listsEqual(a, b) ? 0 : 1)
      case .less, .lessEqual, .greater, .greaterEqual:
        let b = pop()
        let a = pop()
        if a == .noneWord || b == .noneWord {
          try push(0)
        } else {
          let x = a.signed
          let y = b.signed
          let holds: Bool
          switch code[pc] {
          case .less: holds = x < y
          case .lessEqual: holds = x <= y
          case .greater: holds = x > y
          default: holds = x >= y
          }
          try push(holds ? 1 : 0)
        }
      case .inConstants(let from, let count):
        try push(poolContains(from, count, pop()) ? 1 : 0)
      case .notInConstants(let from, let count):
        let x = pop()
        try push(x != .noneWord && !poolContains(from, count, x) ? 1 : 0)
      case .inList, .notInList:
        let list = pop()
        let x = pop()
        var found = false
        if list != .noneWord {
          let offset = Int(list)
          for item in 0..<Int(lists[offset]) where lists[offset + 1 + item] == x {
            found = true
            break
          }
        }
        if case .inList = code[pc] {
          try push(found ? 1 : 0)
        } else {
          try push(x != .noneWord && !found ? 1 : 0)
        }
      case .during(let from, let to):
        let x = pop()
        try push(x != .noneWord && Int(from) <= x.signed && x.signed <= Int(to) ? 1 : 0)
      case .duringPeriod:
        let to = pop()
        let from = pop()
        let x = pop()
        let holds = x != .noneWord && from != .noneWord && to != .noneWord && from.signed <= x.signed && x.signed <= to.signed
        try push(holds ? 1 : 0)
      case .not:
        try push(pop() == 1 ? 0 : 1)
      case .toBool:
        try push(pop() == 1 ? 1 : 0)
      case .jumpUnlessTrue(let target):
        if pop() != 1 {
          try push(0)
          pc = Int(target)
          continue
        }
      case .jumpIfTrue(let target):
        if pop() == 1 {
          try push(1)
          pc = Int(target)
          continue
        }
      case .branchUnlessTrue(let target):
        if pop() != 1 {
          pc = Int(target)
          continue
        }
      case .jump(let target):
        pc = Int(target)
        continue
      case .count(let pattern):
        stackTop = sp
        let total = try count(pattern)
        stackTop = base
        try push(Word(signed: total))
      case .negate:
        let x = pop()
        try push(x == .noneWord ? .noneWord : Word(signed: -x.signed))
      case .add, .subtract, .multiply:
        let b = pop()
        let a = pop()
        if a == .noneWord || b == .noneWord {
          try push(.noneWord)
        } else {
          let result: (partialValue: Int, overflow: Bool)
          switch code[pc] {
          case .add: result = a.signed.addingReportingOverflow(b.signed)
          case .subtract: result = a.signed.subtractingReportingOverflow(b.signed)
          default: result = a.signed.multipliedReportingOverflow(by: b.signed)
          }
          // Overflow is an error the interpreter reports; Int.min has no word.
          guard !result.overflow, result.partialValue != Int.min else { throw Fallback() }
          try push(Word(signed: result.partialValue))
        }
      case .shiftDate(let days, let months):
        let x = pop()
        if x == .noneWord {
          try push(.noneWord)
        } else {
          var day = Day(ordinal: x.signed + Int(days))
          if months != 0 {
            guard let shifted = day.adding(months: Int(months)) else { throw Fallback() }
            day = shifted
          }
          guard day.ordinal >= Self.firstDay, day.ordinal <= Self.lastDay else { throw Fallback() }
          try push(Word(signed: day.ordinal))
        }
      case .dateDifference:
        let b = pop()
        let a = pop()
        try push(a == .noneWord || b == .noneWord ? .noneWord : Word(signed: a.signed - b.signed))
      case .dateComponent(let component):
        let x = pop()
        if x == .noneWord {
          try push(.noneWord)
        } else {
          let parts = Day(ordinal: x.signed).components
          try push(Word(signed: component == 0 ? parts.year : component == 1 ? parts.month : parts.day))
        }
      case .makeList(let count):
        let offset = lists.count
        lists.append(Word(count))
        for index in 0..<Int(count) { lists.append(stack[sp - Int(count) + index]) }
        sp -= Int(count)
        try push(Word(offset))
      case .ret:
        return stack[sp - 1]
      }
      pc += 1
    }
  }

  static let firstDay = Day(year: 1, month: 1, day: 1)!.ordinal
  static let lastDay = Day(year: 9999, month: 12, day: 31)!.ordinal
}
