import Netra

/// One worker's compiled evaluator: reads a case line straight into facts, runs the compiled rules
/// and writes the findings line, reusing its buffers from case to case. It mirrors `Evaluator`
/// step for step (fact order, join order, exceptions, validity dates, conflicts), and throws
/// `Fallback` for everything it leaves to the interpreter: input errors, conflicts, limits and
/// arithmetic faults. A differential test holds the two to the same output.
///
/// The machine is a large struct (1.4 KB). A non-mutating method that is not inlined gets a
/// copy of it on every call, so the helpers that write values are `mutating` (passed by
/// address) though they only read, and the small ones are inlined.
struct CaseMachine {
  let compiled: CompiledProgram
  let options: Evaluator.Options
  let program: CheckedRuleset

  // Facts: fields of every fact in one word array.
  var words = RawBuffer<Word>(capacity: 1024)
  var factStart = RawBuffer<Int32>(capacity: 128)
  var factRecord = RawBuffer<Int32>(capacity: 128)
  /// Live facts of each record, in fact order.
  let byRecord: UnsafeMutableBufferPointer<RawBuffer<Int32>>
  /// Items of lists, each list its count followed by its items; constant lists come first.
  var lists: RawBuffer<Word>
  var texts: TextTable

  // Derivation bookkeeping.
  /// The first rule that derived each fact (-1 for input facts), and any further ones.
  var firstRule = RawBuffer<Int32>(capacity: 128)
  var moreRules: [(fact: Int32, rule: Int32)] = []
  var dedupe = FactSet()
  var pending = RawBuffer<Word>(capacity: 256)
  var pendingItems = RawBuffer<PendingFact>(capacity: 64)
  var derivedCount = 0
  var steps = 0
  let maxSteps: Int

  // Matching.
  var bind: RawBuffer<Int32>
  /// Bindings of collected matches, `slotCount` words each.
  var matches = RawBuffer<Int32>(capacity: 256)
  var matchCount = 0
  var guardPresence = RawBuffer<UInt64>(capacity: 16)
  var restrictionSlot = -1
  var restrictionFirst: Int32 = 0
  /// Facts by a probed field, for joins over many candidates.
  var probeIndex = ProbeIndex()
  let stack: UnsafeMutablePointer<Word>
  let stackCapacity = 4096
  var stackTop = 0

  // Reading.
  var cursor: UnsafePointer<UInt8> = UnsafePointer(bitPattern: 1)!
  var end: UnsafePointer<UInt8> = UnsafePointer(bitPattern: 1)!
  var fieldStack = RawBuffer<Word>(capacity: 256)
  var listStack = RawBuffer<Word>(capacity: 256)
  var inputFacts = 0
  /// Dates read, by their ten bytes (a head of eight and a tail of two), in 512 slots; a head of
  /// zero is an empty slot, as no date has a zero byte.
  let dateHeads: UnsafeMutablePointer<UInt64>
  let dateTails: UnsafeMutablePointer<UInt16>
  let dateWords: UnsafeMutablePointer<Word>
  var references = RawBuffer<Reference>(capacity: 64)
  /// For each text id, the fact whose key it is (stamped by case).
  var textKeyFact = RawBuffer<Int32>(capacity: 256)
  var textKeyStamp = RawBuffer<UInt32>(capacity: 256)
  var otherKeys: [(kind: Int, word: Word)] = []
  var caseStamp: UInt32 = 0

  /// Remembered values of record-level expressions (see `RecordMemo`), valid where `memoKnown`.
  let memoWords: UnsafeMutablePointer<Word>
  let memoKnown: UnsafeMutablePointer<Bool>

  // Explaining (with `options.trace` only; see CaseMachine+Explain.swift).
  let tracing: Bool
  var lineStart: UnsafePointer<UInt8> = UnsafePointer(bitPattern: 1)!
  /// The JSON path of the object being read, and each input fact's path and offset.
  var path = RawBuffer<UInt8>(capacity: 256)
  var originPaths = RawBuffer<UInt8>(capacity: 1024)
  var originStart = RawBuffer<Int32>(capacity: 64)
  var originCount = RawBuffer<Int32>(capacity: 64)
  var originOffset = RawBuffer<Int32>(capacity: 64)
  /// Offsets of the newlines read as whitespace (only lines given through the API have them).
  var newlines = RawBuffer<Int32>(capacity: 16)
  /// Per fact: where its first derivation's bindings start in `bindingPool` (-1 for input
  /// facts) and the day it was judged at; per pending conclusion, the same until it is a fact.
  var factBindings = RawBuffer<Int32>(capacity: 128)
  var factJudged = RawBuffer<Word>(capacity: 128)
  var bindingPool = RawBuffer<Int32>(capacity: 512)
  var pendingBindings = RawBuffer<Int32>(capacity: 256)
  var pendingJudged = RawBuffer<Word>(capacity: 64)
  var scratch = RawBuffer<UInt8>(capacity: 256)
  /// Exceptions weighed against explained firings, the bindings their failures saw, and per
  /// fact the run of them its first derivation weighed.
  var weighed = RawBuffer<WeighedException>(capacity: 32)
  var weighedBindings = RawBuffer<Int32>(capacity: 128)
  var factWeighedStart = RawBuffer<Int32>(capacity: 128)
  var factWeighedCount = RawBuffer<Int32>(capacity: 128)
  /// The exception that defeated the rule last resolved as defeated.
  var lastDefeater: Int32 = -1
  /// The closest-candidate walk: conditions visited, and the best failure so far.
  var walkVisited = 0
  var walkBestPassed = -1
  var walkBest = WeighedException(rule: -1, outcome: 0, defeatedBy: -1, failure: 0, condition: -1, bindings: -1, blocking: -1)
  var walkSnapshot = RawBuffer<Int32>(capacity: 64)

  // Writing.
  /// A finding record's facts in output order, and the citations a finding has written.
  var sorted = RawBuffer<Int32>(capacity: 16)
  var written = RawBuffer<Int>(capacity: 16)
  /// The output line being written.
  var line = RawBuffer<UInt8>(capacity: 4096)

  init(compiled: CompiledProgram, options: Evaluator.Options) {
    self.compiled = compiled
    self.options = options
    self.program = compiled.program
    maxSteps = options.limits.maxSteps
    tracing = options.trace
    byRecord = .allocate(capacity: max(1, compiled.records.count))
    _ = byRecord.initialize(from: (0..<byRecord.count).map { _ in RawBuffer<Int32>() })
    lists = RawBuffer(compiled.constantLists)
    texts = TextTable(constants: compiled.texts.bytes)
    let slots = compiled.maxSlots
    bind = RawBuffer(capacity: slots)
    for _ in 0..<slots { bind.append(-1) }
    stack = .allocate(capacity: stackCapacity)
    dateHeads = .allocate(capacity: 512)
    dateHeads.initialize(repeating: 0, count: 512)
    dateTails = .allocate(capacity: 512)
    dateTails.initialize(repeating: 0, count: 512)
    dateWords = .allocate(capacity: 512)
    dateWords.initialize(repeating: 0, count: 512)
    memoWords = .allocate(capacity: max(1, compiled.memoSize))
    memoWords.initialize(repeating: 0, count: max(1, compiled.memoSize))
    memoKnown = .allocate(capacity: max(1, compiled.memoSize))
    memoKnown.initialize(repeating: false, count: max(1, compiled.memoSize))
  }

  /// Frees the machine's storage; it must not be used after.
  func release() {
    stack.deallocate()
    memoWords.deallocate()
    dateHeads.deallocate()
    dateTails.deallocate()
    dateWords.deallocate()
    memoKnown.deallocate()
    for buffer in byRecord { buffer.free() }
    byRecord.deallocate()
    for buffer in [words, lists, pending, fieldStack, listStack] { buffer.free() }
    for buffer in [factStart, factRecord, firstRule, bind, matches] { buffer.free() }
    pendingItems.free()
    dedupe.free()
    sorted.free()
    textKeyFact.free()
    textKeyStamp.free()
    written.free()
    line.free()
    for buffer in [path, originPaths, scratch] { buffer.free() }
    for buffer in [originStart, originCount, originOffset, newlines, factBindings, bindingPool, pendingBindings] { buffer.free() }
    factJudged.free()
    pendingJudged.free()
    weighed.free()
    for buffer in [weighedBindings, factWeighedStart, factWeighedCount, walkSnapshot] { buffer.free() }
    guardPresence.free()
    references.free()
    texts.free()
  }

  mutating func reset() {
    words.removeAll()
    factStart.removeAll()
    factRecord.removeAll()
    for index in byRecord.indices { byRecord[index].removeAll() }
    probeIndex.reset()
    lists.truncate(to: compiled.constantLists.count)
    texts.reset()
    firstRule.removeAll()
    if !moreRules.isEmpty { moreRules.removeAll(keepingCapacity: true) }
    dedupe.reset()
    pending.removeAll()
    pendingItems.removeAll()
    derivedCount = 0
    steps = 0
    matches.removeAll()
    restrictionSlot = -1
    stackTop = 0
    fieldStack.removeAll()
    listStack.removeAll()
    inputFacts = 0
    references.removeAll()
    otherKeys.removeAll(keepingCapacity: true)
    if tracing {
      path.removeAll()
      path.append("$")
      originPaths.removeAll()
      originStart.removeAll()
      originCount.removeAll()
      originOffset.removeAll()
      newlines.removeAll()
      factBindings.removeAll()
      factJudged.removeAll()
      bindingPool.removeAll()
      pendingBindings.removeAll()
      pendingJudged.removeAll()
      weighed.removeAll()
      weighedBindings.removeAll()
      factWeighedStart.removeAll()
      factWeighedCount.removeAll()
    }
    caseStamp &+= 1
    if caseStamp == 0 {
      for index in 0..<textKeyStamp.count { textKeyStamp[index] = 0 }
      caseStamp = 1
    }
  }

  /// Reads one case line into facts. Throws when the interpreter must read it.
  mutating func read(line: UnsafeBufferPointer<UInt8>) throws(Fallback) {
    reset()
    guard line.count <= options.limits.maxCaseBytes, let base = line.baseAddress else { throw Fallback() }
    try scan(base, line.count)
  }

  /// Evaluates the case read and appends its output line (without the newline) to `output`;
  /// returns the number of findings. Throws when the interpreter must decide the case.
  mutating func evaluate(output: inout [UInt8]) throws(Fallback) -> Int {
    try run()
    var out = line
    out.removeAll()
    defer { line = out }
    let findings = try write(to: &out)
    output.append(contentsOf: UnsafeBufferPointer(start: out.base, count: out.count))
    return findings
  }

  // MARK: Facts

  @inline(__always)
  func field(_ fact: Int32, _ field: Int) -> Word { words[Int(factStart[Int(fact)]) + field] }

  mutating func appendFact(record: Int, fields: UnsafePointer<Word>, count: Int, rule: Int32) -> Int32 {
    let start = words.count
    words.append(from: fields, count: count)
    return registerFact(record: record, start: start, rule: rule)
  }

  /// Makes the words from `start` (already in `words`) a fact of the record.
  mutating func registerFact(record: Int, start: Int, rule: Int32) -> Int32 {
    let id = Int32(factStart.count)
    factStart.append(Int32(start))
    factRecord.append(Int32(record))
    byRecord[record].append(id)
    firstRule.append(rule)
    if tracing {
      factBindings.append(-1)
      factJudged.append(.noneWord)
      factWeighedStart.append(0)
      factWeighedCount.append(0)
    }
    return id
  }

  // MARK: Strata

  /// Which enumeration cases occur in each guard pair among the case's input facts.
  mutating func recordGuards() {
    guardPresence.removeAll()
    for (record, field) in compiled.guardPairs {
      var mask: UInt64 = 0
      let facts = byRecord[record]
      for index in 0..<facts.count {
        let word = self.field(facts[index], field)
        if word < 64 { mask |= 1 << word }
      }
      guardPresence.append(mask)
    }
  }

  mutating func run() throws(Fallback) {
    recordGuards()
    let ints = compiled.intPool.baseAddress!
    let recordCount = compiled.records.count
    for number in 0..<compiled.strata.count {
      let stratum = compiled.strata[number]
      let heads = compiled.headTable.baseAddress! + number * recordCount
      var iterations = 0
      var deltaStart = Int32(factStart.count)
      for index in 0..<stratum.ruleCount {
        try evaluate(rule: ints[stratum.ruleStart + index], deltaSlot: -1, deltaFirst: 0)
        try flushPending()
      }
      while stratum.recursive {
        let passStart = Int32(factStart.count)
        if passStart == deltaStart { break }
        for index in 0..<stratum.ruleCount {
          let rule = ints[stratum.ruleStart + index]
          let r = compiled.rule(rule)
          for delta in 0..<r.pointee.deltaCount where heads[ints[r.pointee.deltaStart + 2 * delta + 1]] {
            try evaluate(rule: rule, deltaSlot: ints[r.pointee.deltaStart + 2 * delta], deltaFirst: deltaStart)
          }
          try flushPending()
        }
        deltaStart = passStart
        iterations += 1
        if iterations >= options.limits.maxIterations { throw Fallback() }
      }
      for index in 0..<stratum.keyedCount {
        let record = ints[stratum.keyedStart + index]
        if byRecord[record].count > 1 { try settleConflicts(record: record) }
      }
    }
  }

  mutating func evaluate(rule: Int, deltaSlot: Int, deltaFirst: Int32) throws(Fallback) {
    let r = compiled.rule(rule)
    if r.pointee.guardPair >= 0, guardPresence[r.pointee.guardPair] & r.pointee.guardMask == 0 { return }
    let ints = compiled.intPool.baseAddress!
    for index in 0..<r.pointee.bindingCount where byRecord[ints[r.pointee.bindingStart + index]].isEmpty { return }
    for slot in 0..<r.pointee.slotCount { bind[slot] = -1 }
    restrictionSlot = deltaSlot
    restrictionFirst = deltaFirst
    let first = matches.count
    try match(r.pointee.stepStart, r.pointee.stepEnd, mode: .collect(r.pointee.slotCount))
    restrictionSlot = -1
    var offset = first
    while offset < matches.count {
      _ = try resolve(rule: rule, at: offset, width: r.pointee.slotCount)
      offset += r.pointee.slotCount
    }
    matches.truncate(to: first)
  }

  /// Loads the bindings of a collected match into `bind`, clearing slots up to `slotCount`.
  @inline(__always)
  mutating func load(_ offset: Int, width: Int, slotCount: Int) {
    for slot in 0..<slotCount { bind[slot] = slot < width ? matches[offset + slot] : -1 }
  }

  enum Outcome { case applied, defeated, notInForce, failed }

  /// As `Evaluator.resolve`: in force at the judgement day, no exception applying; derives the
  /// conclusions into `pending`.
  mutating func resolve(rule: Int, at offset: Int, width: Int) throws(Fallback) -> Outcome {
    let r = compiled.rule(rule)
    let ints = compiled.intPool.baseAddress!
    load(offset, width: width, slotCount: r.pointee.slotCount)
    let judged = try judgementDay(rule: rule)
    if let day = judged {
      let ordinal = day.signed
      if ordinal < r.pointee.from || ordinal >= r.pointee.until { return .notInForce }
    }
    // Explaining a firing records why each exception did not apply; only firings that conclude
    // something are explained, and only rules with trace plans.
    let explaining = tracing && r.pointee.conclusionCount > 0
    if explaining, !compiled.traceRules[rule].explainable { throw Fallback() }
    let weighStart = weighed.count
    for index in 0..<r.pointee.exceptionCount {
      let exception = ints[r.pointee.exceptionStart + index]
      let e = compiled.rule(exception)
      load(offset, width: width, slotCount: e.pointee.slotCount)
      let first = matches.count
      try match(e.pointee.stepStart, e.pointee.stepEnd, mode: .collect(e.pointee.slotCount))
      var outcome = Outcome.failed
      var defeatedBy: Int32 = -1
      var candidate = first
      while candidate < matches.count {
        outcome = try resolve(rule: exception, at: candidate, width: e.pointee.slotCount)
        defeatedBy = lastDefeater
        if outcome == .applied { break }
        candidate += e.pointee.slotCount
      }
      matches.truncate(to: first)
      if outcome == .applied {
        weighed.truncate(to: weighStart)
        lastDefeater = Int32(exception)
        return .defeated
      }
      if explaining {
        let plan = compiled.traceExceptions[compiled.traceRules[rule].exceptionStart + index]
        var record = WeighedException(
          rule: Int32(exception), outcome: outcome == .notInForce ? 1 : outcome == .defeated ? 2 : 0, defeatedBy: defeatedBy, failure: 0,
          condition: -1, bindings: -1, blocking: -1)
        if outcome == .failed {
          load(offset, width: width, slotCount: e.pointee.slotCount)
          record = try closestFailure(plan, record)
        }
        weighed.append(record)
      }
    }
    if r.pointee.exceptionCount > 0 { load(offset, width: width, slotCount: r.pointee.slotCount) }
    var bindingStart: Int32 = -1
    if tracing {
      bindingStart = Int32(pendingBindings.count)
      for slot in 0..<r.pointee.slotCount { pendingBindings.append(bind[slot]) }
    }
    for index in 0..<r.pointee.conclusionCount {
      let conclusion = compiled.conclusionPool[r.pointee.conclusionStart + index]
      let start = Int32(pending.count)
      for code in 0..<conclusion.codeCount { pending.append(try quickValue(compiled.codePool[conclusion.codeStart + code])) }
      pendingItems.append(
        PendingFact(
          record: Int32(conclusion.record), rule: Int32(rule), start: start, bindings: bindingStart, weighedStart: Int32(weighStart),
          weighedCount: Int32(weighed.count - weighStart)))
      if tracing { pendingJudged.append(judged ?? .noneWord) }
    }
    return .applied
  }

  /// The word of the date a firing is judged at, or nil for rules judged by no date.
  mutating func judgementDay(rule: Int) throws(Fallback) -> Word? {
    var index = rule
    while index >= 0 {
      let r = compiled.rule(index)
      if r.pointee.judgedAtCode >= 0 {
        if let asOf = options.asOf { return Word(signed: asOf.ordinal) }
        let day = try value(r.pointee.judgedAtCode)
        return day == .noneWord ? nil : day
      }
      index = r.pointee.exceptionTo
    }
    return nil
  }

  mutating func flushPending() throws(Fallback) {
    guard !pendingItems.isEmpty else { return }
    for index in 0..<pendingItems.count {
      let item = pendingItems[index]
      let record = Int(item.record)
      let start = Int(item.start)
      let stop = index + 1 < pendingItems.count ? Int(pendingItems[index + 1].start) : pending.count
      let hash = hashFields(record: record, start, stop)
      if let existing = dedupe.find(hash: hash, where: { fact in
        factRecord[Int(fact)] == item.record && sameFields(fact, record: record, start, stop)
      }) {
        if firstRule[Int(existing)] != item.rule && !moreRules.contains(where: { $0 == (existing, item.rule) }) {
          moreRules.append((existing, item.rule))
        }
        continue
      }
      let id = appendFact(record: record, fields: pending.base + start, count: stop - start, rule: item.rule)
      if tracing {
        factBindings[Int(id)] = Int32(bindingPool.count)
        factJudged[Int(id)] = pendingJudged[index]
        factWeighedStart[Int(id)] = item.weighedStart
        factWeighedCount[Int(id)] = item.weighedCount
        bindingPool.append(from: pendingBindings.base + Int(item.bindings), count: compiled.rule(Int(item.rule)).pointee.slotCount)
      }
      dedupe.insert(hash: hash, fact: id)
      derivedCount += 1
      if derivedCount > options.limits.maxDerivedFacts { throw Fallback() }
    }
    pending.removeAll()
    pendingItems.removeAll()
    pendingBindings.removeAll()
    pendingJudged.removeAll()
  }

  /// Rules that derived a fact, in the order they did.
  func rules(of fact: Int32) -> [Int32] {
    var result = [firstRule[Int(fact)]]
    for more in moreRules where more.fact == fact { result.append(more.rule) }
    return result
  }

  @inline(__always)
  func hashFields(record: Int, _ start: Int, _ stop: Int) -> UInt64 {
    var h = UInt64(record) &* 0x9E37_79B9_7F4A_7C15
    let listFields = compiled.flatRecords[record].listFields
    let words = pending.base
    for index in start..<stop {
      let word = words[index]
      if listFields != 0, listFields & (1 << UInt64(index - start)) != 0, word != .noneWord {
        let count = Int(lists[Int(word)])
        h = (h ^ UInt64(count)) &* 0x100_0000_01b3
        for item in 0..<count { h = (h ^ lists[Int(word) + 1 + item]) &* 0x100_0000_01b3 }
      } else {
        h = (h ^ word) &* 0x100_0000_01b3
      }
    }
    return h ^ (h >> 31)
  }

  @inline(__always)
  func sameFields(_ fact: Int32, record: Int, _ start: Int, _ stop: Int) -> Bool {
    let listFields = compiled.flatRecords[record].listFields
    let base = Int(factStart[Int(fact)])
    for index in start..<stop {
      let a = words[base + index - start]
      let b = pending[index]
      if listFields & (1 << UInt64(index - start)) != 0 {
        if !listsEqual(a, b) { return false }
      } else if a != b {
        return false
      }
    }
    return true
  }

  @inline(__always)
  func listsEqual(_ a: Word, _ b: Word) -> Bool {
    if a == b { return true }
    if a == .noneWord || b == .noneWord { return false }
    let count = lists[Int(a)]
    guard count == lists[Int(b)] else { return false }
    for item in 0..<Int(count) where lists[Int(a) + 1 + item] != lists[Int(b) + 1 + item] { return false }
    return true
  }

  // MARK: Conflicts

  /// As `Evaluator.settleConflicts`, for one keyed record with more than one fact: keyed facts
  /// that differ are settled by priority; a conflict that remains goes to the interpreter, which
  /// reports it.
  mutating func settleConflicts(record: Int) throws(Fallback) {
    let keys = compiled.records[record].keyFields
    if !sharesKey(record: record, keys: keys) { return }
    let facts = (0..<byRecord[record].count).map { byRecord[record][$0] }
    var groups: [[Word]: [Int32]] = [:]
    var order: [[Word]] = []
    for fact in facts {
      let key = keys.map { field(fact, $0) }
      if groups[key] == nil { order.append(key) }
      groups[key, default: []].append(fact)
    }
    guard order.count < facts.count else { return }
    var retracted: Set<Int32> = []
    for key in order {
      let group = groups[key]!
      guard group.count > 1 else { continue }
      let beaten = group.filter { loser in
        let loserRules = rules(of: loser)
        return group.contains { winner in
          winner != loser && rules(of: winner).contains { high in loserRules.allSatisfy { program.prevails(Int(high), over: Int($0)) } }
        }
      }
      if group.count - beaten.count > 1 { throw Fallback() }
      retracted.formUnion(beaten)
    }
    guard !retracted.isEmpty else { return }
    // The interpreter explains what a retracted fact's derivations saw before it went.
    if tracing { throw Fallback() }
    for index in byRecord.indices {
      let kept = (0..<byRecord[index].count).map { byRecord[index][$0] }.filter { !retracted.contains($0) }
      byRecord[index].removeAll()
      for fact in kept { byRecord[index].append(fact) }
    }
    probeIndex.reset()
  }
}

extension CaseMachine {
  /// Whether two live facts of a record have equal keys; without allocating, as this runs for
  /// every keyed record of every case and nearly always finds none.
  @inline(__always)
  func sharesKey(record: Int, keys: [Int]) -> Bool {
    let facts = byRecord[record]
    guard facts.count <= 64 else { return true }
    for i in 0..<facts.count {
      let a = Int(factStart[Int(facts[i])])
      next: for j in (i + 1)..<facts.count {
        let b = Int(factStart[Int(facts[j])])
        for key in keys where words[a + key] != words[b + key] { continue next }
        return true
      }
    }
    return false
  }
}

/// A conclusion waiting for the end of the pass: its fields start at `start` in `pending`.
struct PendingFact {
  let record: Int32
  let rule: Int32
  let start: Int32
  /// Where the firing's bindings start in `pendingBindings` (-1 when not explaining), and its
  /// weighed exceptions in `weighed`.
  let bindings: Int32
  let weighedStart: Int32
  let weighedCount: Int32
}

/// An exception weighed against an explained firing, as `ExceptionTrace` has it: `outcome` 0
/// failed, 1 not in force, 2 defeated (by `defeatedBy`); a failure (`failure` 1: no fact to
/// bind, 2: a test, 3: an absence) names the walked condition, the bindings it failed under (in
/// `weighedBindings`) and, for an absence, the fact found.
struct WeighedException {
  let rule: Int32
  let outcome: UInt8
  let defeatedBy: Int32
  var failure: UInt8
  var condition: Int32
  var bindings: Int32
  var blocking: Int32
}

/// A reference read from the case, checked once every fact is in.
struct Reference {
  let value: Word
  let record: Int32
}

/// Derived facts by the hash of their record and fields, for the set semantics of derivation.
/// Cleared per case by generation. Storage is manual (freed with `free()`), as the machine's.
struct FactSet {
  private var facts: UnsafeMutablePointer<Int32>
  private var hashes: UnsafeMutablePointer<UInt64>
  private var generations: UnsafeMutablePointer<UInt32>
  private var size = 256
  private var generation: UInt32 = 1
  private var count = 0

  init() {
    (facts, hashes, generations) = Self.allocate(size)
  }

  private static func allocate(_ size: Int) -> (UnsafeMutablePointer<Int32>, UnsafeMutablePointer<UInt64>, UnsafeMutablePointer<UInt32>) {
    let facts = UnsafeMutablePointer<Int32>.allocate(capacity: size)
    facts.initialize(repeating: 0, count: size)
    let hashes = UnsafeMutablePointer<UInt64>.allocate(capacity: size)
    hashes.initialize(repeating: 0, count: size)
    let generations = UnsafeMutablePointer<UInt32>.allocate(capacity: size)
    generations.initialize(repeating: 0, count: size)
    return (facts, hashes, generations)
  }

  func free() {
    facts.deallocate()
    hashes.deallocate()
    generations.deallocate()
  }

  mutating func reset() {
    generation &+= 1
    count = 0
    if generation == 0 {
      generations.update(repeating: 0, count: size)
      generation = 1
    }
  }

  @inline(__always)
  func find(hash: UInt64, where same: (Int32) -> Bool) -> Int32? {
    let mask = size - 1
    var slot = Int(truncatingIfNeeded: hash) & mask
    while generations[slot] == generation {
      if hashes[slot] == hash, same(facts[slot]) { return facts[slot] }
      slot = (slot + 1) & mask
    }
    return nil
  }

  mutating func insert(hash: UInt64, fact: Int32) {
    if (count + 1) * 2 > size { grow() }
    let mask = size - 1
    var slot = Int(truncatingIfNeeded: hash) & mask
    while generations[slot] == generation { slot = (slot + 1) & mask }
    facts[slot] = fact
    hashes[slot] = hash
    generations[slot] = generation
    count += 1
  }

  private mutating func grow() {
    let old = (facts, hashes, generations, size, generation)
    size *= 2
    (facts, hashes, generations) = Self.allocate(size)
    generation = 1
    count = 0
    for index in 0..<old.3 where old.2[index] == old.4 { insert(hash: old.1[index], fact: old.0[index]) }
    old.0.deallocate()
    old.1.deallocate()
    old.2.deallocate()
  }
}
