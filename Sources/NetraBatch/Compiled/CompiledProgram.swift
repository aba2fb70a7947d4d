import Netra

/// A checked ruleset compiled for batch speed: records as schemas the case scanner fills, rules as
/// join steps over flat bytecode. Built once and shared read-only by every worker. Rulesets that
/// use what words cannot hold (decimals, durations and periods in facts, text joined with `+`)
/// do not compile, and run on the interpreter.
final class CompiledProgram: @unchecked Sendable {
  struct Field {
    let name: [UInt8]
    let kind: WordKind
    let optional: Bool
    /// The record a nested object or list of objects is read as.
    let nested: Int?
    let defaultCode: Int32?
    let onlyWhen: Step?
    let requiredWhen: Step?
    let nonempty: Bool
    let reference: Int?
  }

  struct Record {
    let name: String
    let role: RecordRole
    let fields: [Field]
    let keyField: Int?
    let keyFields: [Int]
    let requirements: [Step]
    /// Findings are sorted by these fields, then by all.
    let sortFields: [Int]
  }

  struct Rule {
    let steps: Range<Int>
    let slotCount: Int
    let exceptions: [Int]
    let exceptionTo: Int?
    let judgedAtCode: Int32?
    /// In force from `from` up to, not including, `until` (day ordinals), rule and sources together.
    let from: Int
    let until: Int
    let conclusions: [(record: Int, codes: [Int32])]
    let bindingRecords: [Int]
    /// Slots bound at the top level, for the semi-naive restriction of recursive strata.
    let deltaSlots: [(slot: Int, record: Int)]
    let basis: [String]
  }

  /// The record schemas again as plain values in flat tables, for the scanner's hot loop.
  struct FlatField {
    /// The name followed by its closing quote, in `nameBytes`; its first eight bytes (or fewer,
    /// `nameMask` telling which) as a little-endian word, to reject a member name in one compare.
    let nameStart: Int32
    let quotedLength: Int32
    let nameWord: UInt64
    let nameMask: UInt64
    let kind: WordKind
    let optional: Bool
    let nonempty: Bool
    let nested: Int32
    let defaultCode: Int32
    /// A default that is a constant, set without running code.
    let defaultIsConstant: Bool
    let defaultWord: Word
    /// Meaningful where the record's masks say the field has them.
    let onlyWhen: Step
    let requiredWhen: Step
    let reference: Int32
  }

  struct Fragment {
    let start: Int32
    let count: Int32
  }

  struct FlatTraceRule {
    let explainable: Bool
    let header: Fragment
    let slotStart: Int
    let slotCount: Int
    let conditionStart: Int
    let conditionCount: Int
    let exceptionStart: Int
    let exceptionCount: Int
  }

  struct FlatTraceException {
    let prefix: Fragment
    let rule: Int
    let slotCount: Int
    let walkStart: Int
    let walkCount: Int
  }

  /// A walked condition: a binding (`kind` 0), a test (1) or an absence (2).
  struct FlatWalk {
    let kind: UInt8
    let slot: Int
    let record: Int
    let code: Int32
    let pattern: Int32
    let failPrefix: Fragment
    let hasValues: Bool
    let left: FlatOperand
    let right: FlatOperand
  }

  struct FlatTraceSlot {
    let prefix: Fragment
    let record: Int
  }

  /// An operand rendered at compile time (`rendered.count >= 0`), or code to run.
  struct FlatOperand {
    let rendered: Fragment
    let code: Int32
    let kind: WordKind
  }

  struct FlatTraceCondition {
    let prefix: Fragment
    let hasValues: Bool
    let left: FlatOperand
    let right: FlatOperand
  }

  /// Where an enumeration's hash table lies in `enumSlots`, and its first case in `enumCaseStarts`.
  struct EnumTable {
    let slotStart: Int
    let mask: Int
    let firstCase: Int
  }

  struct FlatRecord {
    let fieldStart: Int
    let fieldCount: Int
    let keyField: Int
    let isInput: Bool
    /// Whether a field holds nested facts (read in the middle of this fact's fields).
    let hasNested: Bool
    /// The fields that hold lists (compared and hashed by their items).
    let listFields: UInt64
    let requirementStart: Int
    let requirementCount: Int
    /// Fields by what reading them involves, one bit per field.
    let allFields: UInt64
    let withDefault: UInt64
    let mandatory: UInt64
    let withOnlyWhen: UInt64
    let withRequiredWhen: UInt64
    let checkedWhenPresent: UInt64
  }

  /// A rule's hot facts as plain values; the lists live in the pools below.
  struct FlatRule {
    let stepStart: Int
    let stepEnd: Int
    let slotCount: Int
    let judgedAtCode: Int32
    let exceptionTo: Int
    let from: Int
    let until: Int
    let exceptionStart: Int
    let exceptionCount: Int
    let conclusionStart: Int
    let conclusionCount: Int
    let bindingStart: Int
    let bindingCount: Int
    let deltaStart: Int
    let deltaCount: Int
    /// Citation identifiers, as (id, JSON bytes start, length) in `basisPool`.
    let basisStart: Int
    let basisCount: Int
    /// A rule index on discriminating fields: the rule can only match when some input fact has,
    /// in guard pair `guardPair`, one of the enumeration cases in `guardMask` (-1: no guard).
    let guardPair: Int
    let guardMask: UInt64
  }

  struct FlatConclusion {
    let record: Int
    let codeStart: Int
    let codeCount: Int
  }

  struct Citation {
    let identifier: Int
    let start: Int
    let count: Int
  }

  /// Each stratum: its rules in `stratumRules`, whether it recurses, and the keyed records whose
  /// conflicts it settles.
  struct FlatStratum {
    let ruleStart: Int
    let ruleCount: Int
    let recursive: Bool
    let keyedStart: Int
    let keyedCount: Int
  }

  let program: CheckedRuleset
  let records: [Record]
  let flatRules: UnsafeMutableBufferPointer<FlatRule>

  /// A rule's flat facts in place. Reading a field through the pointer loads that field alone; a
  /// copy of the whole struct (150 bytes) costs a call to `memcpy`, as the compiler cannot keep
  /// it in registers across the machine's mutating calls.
  @inline(__always)
  func rule(_ index: Int) -> UnsafePointer<FlatRule> { UnsafePointer(flatRules.baseAddress! + index) }
  let conclusionPool: UnsafeMutableBufferPointer<FlatConclusion>
  let intPool: UnsafeMutableBufferPointer<Int>
  let codePool: UnsafeMutableBufferPointer<Int32>
  let citationPool: UnsafeMutableBufferPointer<Citation>
  let citationBytes: UnsafeMutableBufferPointer<UInt8>
  let strata: UnsafeMutableBufferPointer<FlatStratum>
  /// Per stratum and record: whether the stratum concludes the record.
  let headTable: UnsafeMutableBufferPointer<Bool>
  let maxSlots: Int
  /// The (record, field) pairs rule guards read; each case records which cases occur in them.
  let guardPairs: [(record: Int, field: Int)]
  let flatFields: UnsafeMutableBufferPointer<FlatField>
  let flatRecords: UnsafeMutableBufferPointer<FlatRecord>
  let nameBytes: UnsafeMutableBufferPointer<UInt8>
  let requirementPool: UnsafeMutableBufferPointer<Step>
  let rules: [Rule]
  let patterns: [Range<Int>]
  let steps: [Step]
  /// `steps` as a flat table, and each pattern's steps, for the matcher's hot loop.
  let stepTable: UnsafeMutableBufferPointer<Step>
  let patternTable: UnsafeMutableBufferPointer<Range<Int>>
  let code: UnsafeMutableBufferPointer<Instruction>
  let constantPool: UnsafeMutableBufferPointer<Word>
  /// Constant lists, laid out as the first words of every case's list area.
  let constantLists: [Word]
  let texts: ConstantTexts
  /// Per enumeration, its cases' rank in name order (findings sort enumerations by name).
  let enumRanks: [[Int]]
  /// Per enumeration, a hash table from a case's name to its number: `enumSlots` holds case
  /// numbers (-1 empty), `enumCaseStarts` where each case's name starts in `enumCaseBytes` (one
  /// more entry than cases, so the next start ends it).
  let enumTables: UnsafeMutableBufferPointer<EnumTable>
  let enumSlots: UnsafeMutableBufferPointer<Int32>
  let enumCaseStarts: UnsafeMutableBufferPointer<Int>
  let enumCaseBytes: UnsafeMutableBufferPointer<UInt8>
  let findingRecords: UnsafeMutableBufferPointer<Int>
  /// Output text as fragments of one byte pool, so writing a value takes no array: enumeration
  /// cases (from `enumFragmentStart[e]`), `"field":` prefixes (by flat field number), record
  /// names and the ruleset's text constants, all as JSON.
  let outputBytes: UnsafeMutableBufferPointer<UInt8>
  let enumFragments: UnsafeMutableBufferPointer<Fragment>
  let enumFragmentStart: UnsafeMutableBufferPointer<Int>
  let fieldFragments: UnsafeMutableBufferPointer<Fragment>
  let recordFragments: UnsafeMutableBufferPointer<Fragment>
  let textFragments: UnsafeMutableBufferPointer<Fragment>
  /// Per record, the fields findings are sorted by, as `sortStart[r]..<sortStart[r + 1]` of `sortPool`.
  let sortPool: UnsafeMutableBufferPointer<Int>
  let sortStart: UnsafeMutableBufferPointer<Int>
  /// The input record's key field when it is a text (the case's `kasus`), else -1.
  let caseKeyField: Int
  /// Explaining firings (see `TracePlan`), flattened: per rule, its plan's fragments in
  /// `traceBytes`, its slots and its conditions; rule names as JSON, for `also_derived_by`.
  let traceRules: UnsafeMutableBufferPointer<FlatTraceRule>
  let traceSlots: UnsafeMutableBufferPointer<FlatTraceSlot>
  let traceConditions: UnsafeMutableBufferPointer<FlatTraceCondition>
  let traceExceptions: UnsafeMutableBufferPointer<FlatTraceException>
  let traceWalks: UnsafeMutableBufferPointer<FlatWalk>
  let traceBytes: UnsafeMutableBufferPointer<UInt8>
  let ruleNameFragments: UnsafeMutableBufferPointer<Fragment>
  /// Per code start, its memo in `memos` (-1 when it has none); `memoSize` words in all.
  let memoOf: UnsafeMutableBufferPointer<Int32>
  let memos: UnsafeMutableBufferPointer<RecordMemo>
  let memoSize: Int

  init(
    program: CheckedRuleset, records: [Record], rules: [Rule], patterns: [Range<Int>], steps: [Step], code: [Instruction],
    constantPool: [Word], constantLists: [Word], texts: ConstantTexts, tracePlans: [TracePlan]
  ) {
    self.program = program
    self.records = records
    var fields: [FlatField] = []
    var flat: [FlatRecord] = []
    var names: [UInt8] = []
    var requirements: [Step] = []
    for record in records {
      func mask(_ holds: (Field) -> Bool) -> UInt64 {
        var bits: UInt64 = 0
        for (index, field) in record.fields.enumerated() where holds(field) { bits |= 1 << UInt64(index) }
        return bits
      }
      flat.append(
        FlatRecord(
          fieldStart: fields.count, fieldCount: record.fields.count, keyField: record.keyField ?? -1, isInput: record.role == .input,
          hasNested: record.fields.contains { $0.nested != nil }, listFields: mask { $0.kind.isList },
          requirementStart: requirements.count, requirementCount: record.requirements.count, allFields: mask { _ in true },
          withDefault: mask { $0.defaultCode != nil }, mandatory: mask { $0.defaultCode == nil && !$0.optional },
          withOnlyWhen: mask { $0.onlyWhen != nil }, withRequiredWhen: mask { $0.requiredWhen != nil },
          checkedWhenPresent: mask { $0.onlyWhen != nil || $0.nonempty || $0.reference != nil }))
      requirements += record.requirements
      for field in record.fields {
        var constantDefault: Word?
        if let start = field.defaultCode, case .returnConstant(let word) = code[Int(start)] { constantDefault = word }
        let quoted = Self.quotedPrefix(field.name)
        fields.append(
          FlatField(
            nameStart: Int32(names.count), quotedLength: Int32(field.name.count + 1), nameWord: quoted.word, nameMask: quoted.mask, kind: field.kind, optional: field.optional,
            nonempty: field.nonempty, nested: Int32(field.nested ?? -1), defaultCode: field.defaultCode ?? -1,
            defaultIsConstant: constantDefault != nil, defaultWord: constantDefault ?? .noneWord, onlyWhen: field.onlyWhen ?? .test(code: -1),
            requiredWhen: field.requiredWhen ?? .test(code: -1), reference: Int32(field.reference ?? -1)))
        names += field.name + [UInt8(ascii: "\"")]
      }
    }
    // Guards: a constant test on an enumeration field of an input record (no rule concludes it,
    // so its facts are all there before the first rule runs).
    let concluded = Set(rules.flatMap { $0.conclusions.map(\.record) })
    var pairs: [(record: Int, field: Int)] = []
    var guards: [(pair: Int, mask: UInt64)] = []
    for rule in rules {
      var best: (pair: (record: Int, field: Int), mask: UInt64)?
      for index in rule.steps {
        guard case .bind(let slot, let record, _, _, let filters) = steps[index], !concluded.contains(Int(record)) else { continue }
        for filter in steps[(index + 1)..<(index + 1 + Int(filters))] {
          var field: Int32 = -1
          var mask: UInt64 = 0
          switch filter {
          case .testEquals(let s, let f, let word) where s == slot && word < 64:
            field = f
            mask = 1 << word
          case .testIn(let s, let f, let start, let count) where s == slot:
            let words = constantPool[Int(start)..<Int(start + count)]
            guard words.allSatisfy({ $0 < 64 }) else { continue }
            field = f
            for word in words { mask |= 1 << word }
          default:
            continue
          }
          guard case .enumeration(let e) = records[Int(record)].fields[Int(field)].kind, program.enums[e].cases.count <= 64 else { continue }
          if best == nil || mask.nonzeroBitCount < best!.mask.nonzeroBitCount { best = ((Int(record), Int(field)), mask) }
        }
      }
      if let best {
        let pair = pairs.firstIndex { $0 == best.pair } ?? pairs.count
        if pair == pairs.count { pairs.append(best.pair) }
        guards.append((pair, best.mask))
      } else {
        guards.append((-1, 0))
      }
    }
    guardPairs = pairs
    var flatRules: [FlatRule] = []
    var conclusions: [FlatConclusion] = []
    var ints: [Int] = []
    var codes: [Int32] = []
    var citations: [Citation] = []
    var citationText: [UInt8] = []
    var identifiers: [String: Int] = [:]
    for rule in rules {
      let exceptionStart = ints.count
      ints += rule.exceptions
      let bindingStart = ints.count
      ints += rule.bindingRecords
      let deltaStart = ints.count
      for (slot, record) in rule.deltaSlots { ints += [slot, record] }
      let conclusionStart = conclusions.count
      for conclusion in rule.conclusions {
        conclusions.append(FlatConclusion(record: conclusion.record, codeStart: codes.count, codeCount: conclusion.codes.count))
        codes += conclusion.codes
      }
      let basisStart = citations.count
      for identifier in rule.basis {
        let json = Array(JSONText.quote(identifier).utf8)
        let id = identifiers[identifier] ?? identifiers.count
        identifiers[identifier] = id
        citations.append(Citation(identifier: id, start: citationText.count, count: json.count))
        citationText += json
      }
      flatRules.append(
        FlatRule(
          stepStart: rule.steps.lowerBound, stepEnd: rule.steps.upperBound, slotCount: rule.slotCount, judgedAtCode: rule.judgedAtCode ?? -1,
          exceptionTo: rule.exceptionTo ?? -1, from: rule.from, until: rule.until, exceptionStart: exceptionStart,
          exceptionCount: rule.exceptions.count, conclusionStart: conclusionStart, conclusionCount: rule.conclusions.count,
          bindingStart: bindingStart, bindingCount: rule.bindingRecords.count, deltaStart: deltaStart, deltaCount: rule.deltaSlots.count,
          basisStart: basisStart, basisCount: rule.basis.count, guardPair: guards[flatRules.count].pair, guardMask: guards[flatRules.count].mask))
    }
    var strata: [FlatStratum] = []
    var heads: [Bool] = []
    for (number, stratum) in program.strata.enumerated() {
      let ruleStart = ints.count
      ints += stratum
      let keyedStart = ints.count
      let concluded = program.strataHeads[number]
      ints += concluded.sorted().filter { !records[$0].keyFields.isEmpty && records[$0].role != .input }
      strata.append(
        FlatStratum(
          ruleStart: ruleStart, ruleCount: stratum.count, recursive: program.strataRecursive[number], keyedStart: keyedStart,
          keyedCount: ints.count - keyedStart))
      heads += records.indices.map { concluded.contains($0) }
    }
    self.flatRules = Self.table(flatRules)
    conclusionPool = Self.table(conclusions)
    intPool = Self.table(ints)
    codePool = Self.table(codes)
    citationPool = Self.table(citations)
    citationBytes = Self.table(citationText)
    self.strata = Self.table(strata)
    headTable = Self.table(heads)
    maxSlots = max(1, rules.map(\.slotCount).max() ?? 1)
    flatFields = Self.table(fields)
    flatRecords = Self.table(flat)
    nameBytes = Self.table(names)
    requirementPool = Self.table(requirements)
    self.rules = rules
    self.patterns = patterns
    self.steps = steps
    stepTable = Self.table(steps)
    patternTable = Self.table(patterns)
    self.code = Self.table(code)
    self.constantPool = Self.table(constantPool)
    self.constantLists = constantLists
    self.texts = texts
    enumRanks = program.enums.map { e in
      let sorted = e.cases.indices.sorted { e.cases[$0] < e.cases[$1] }
      var rank = [Int](repeating: 0, count: e.cases.count)
      for (position, index) in sorted.enumerated() { rank[index] = position }
      return rank
    }
    var caseStarts: [Int] = []
    var caseBytes: [UInt8] = []
    var slots: [Int32] = []
    var tables: [EnumTable] = []
    for e in program.enums {
      let first = caseStarts.count
      let size = max(8, TextTable.power(of: e.cases.count * 2))
      let table = EnumTable(slotStart: slots.count, mask: size - 1, firstCase: first)
      slots += [Int32](repeating: -1, count: size)
      for (index, name) in e.cases.enumerated() {
        let bytes = Array(name.utf8)
        caseStarts.append(caseBytes.count)
        caseBytes += bytes
        var slot = bytes.withUnsafeBufferPointer { Int(truncatingIfNeeded: TextTable.hash($0.baseAddress ?? UnsafePointer(bitPattern: 1)!, $0.count)) } & table.mask
        while slots[table.slotStart + slot] >= 0 { slot = (slot + 1) & table.mask }
        slots[table.slotStart + slot] = Int32(index)
      }
      tables.append(table)
    }
    caseStarts.append(caseBytes.count)
    enumTables = Self.table(tables)
    enumSlots = Self.table(slots)
    enumCaseStarts = Self.table(caseStarts)
    enumCaseBytes = Self.table(caseBytes)
    findingRecords = Self.table(program.records.indices.filter { program.records[$0].role == .finding })
    var output: [UInt8] = []
    func fragment(_ text: String) -> Fragment {
      let bytes = Array(text.utf8)
      defer { output += bytes }
      return Fragment(start: Int32(output.count), count: Int32(bytes.count))
    }
    var enumStarts: [Int] = []
    var enumTexts: [Fragment] = []
    for e in program.enums {
      enumStarts.append(enumTexts.count)
      enumTexts += e.cases.map { fragment(JSONText.quote($0)) }
    }
    enumFragments = Self.table(enumTexts)
    enumFragmentStart = Self.table(enumStarts)
    fieldFragments = Self.table(records.flatMap { $0.fields.map { fragment(JSONText.quote(String(decoding: $0.name, as: UTF8.self)) + ":") } })
    recordFragments = Self.table(program.records.map { fragment(JSONText.quote($0.name)) })
    textFragments = Self.table(texts.strings.map { fragment(JSONText.quote($0)) })
    outputBytes = Self.table(output)
    sortPool = Self.table(records.flatMap(\.sortFields))
    var sortStarts = [0]
    for record in records { sortStarts.append(sortStarts.last! + record.sortFields.count) }
    sortStart = Self.table(sortStarts)
    var memoIndex = [Int32](repeating: -1, count: code.count)
    var memoList: [RecordMemo] = []
    var memoWords = 0
    for record in records {
      var starts = record.requirements.compactMap { step -> Int32? in
        if case .test(let start) = step { return start }
        return nil
      }
      for field in record.fields {
        if let start = field.defaultCode { starts.append(start) }
        for case .test(let start) in [field.onlyWhen, field.requiredWhen].compactMap({ $0 }) { starts.append(start) }
      }
      for start in starts where start >= 0 && memoIndex[Int(start)] < 0 {
        guard
          let found = RecordMemo.analyze(
            code: code, start: start, fields: record.fields,
            valueCount: { kind in
              switch kind {
              case .bool: 2
              case .enumeration(let e): program.enums[e].cases.count <= 64 ? program.enums[e].cases.count : nil
              default: nil
              }
            })
        else { continue }
        let memo = RecordMemo(firstField: found.first, firstCount: found.firstCount, secondField: found.second, secondCount: found.secondCount, tableStart: memoWords)
        memoIndex[Int(start)] = Int32(memoList.count)
        memoList.append(memo)
        memoWords += memo.tableSize
      }
    }
    memoOf = Self.table(memoIndex)
    memos = Self.table(memoList)
    memoSize = memoWords
    var traceText: [UInt8] = []
    func traceFragment(_ bytes: [UInt8]) -> Fragment {
      defer { traceText += bytes }
      return Fragment(start: Int32(traceText.count), count: Int32(bytes.count))
    }
    func flatOperand(_ operand: TracePlan.Operand) -> FlatOperand {
      switch operand {
      case .rendered(let bytes): FlatOperand(rendered: traceFragment(bytes), code: -1, kind: .none)
      case .code(let start, let kind): FlatOperand(rendered: Fragment(start: 0, count: -1), code: start, kind: kind)
      }
    }
    var flatTraceRules: [FlatTraceRule] = []
    var flatSlots: [FlatTraceSlot] = []
    var flatConditions: [FlatTraceCondition] = []
    var flatExceptions: [FlatTraceException] = []
    var flatWalks: [FlatWalk] = []
    let noOperand = FlatOperand(rendered: Fragment(start: 0, count: 0), code: -1, kind: .none)
    for plan in tracePlans {
      flatTraceRules.append(
        FlatTraceRule(
          explainable: plan.explainable, header: traceFragment(plan.header), slotStart: flatSlots.count, slotCount: plan.slots.count,
          conditionStart: flatConditions.count, conditionCount: plan.conditions.count, exceptionStart: flatExceptions.count,
          exceptionCount: plan.exceptions.count))
      for exception in plan.exceptions {
        flatExceptions.append(
          FlatTraceException(
            prefix: traceFragment(exception.prefix), rule: exception.rule, slotCount: exception.slotCount, walkStart: flatWalks.count,
            walkCount: exception.walk.count))
        for step in exception.walk {
          var kind: UInt8 = 0
          var slot = 0
          var record = -1
          var code: Int32 = -1
          var pattern: Int32 = -1
          switch step.kind {
          case .binding(let s, let r):
            slot = s
            record = r
          case .test(let c):
            kind = 1
            code = c
          case .absence(let p, let s):
            kind = 2
            pattern = p
            slot = s
          }
          flatWalks.append(
            FlatWalk(
              kind: kind, slot: slot, record: record, code: code, pattern: pattern, failPrefix: traceFragment(step.failPrefix),
              hasValues: !step.operands.isEmpty, left: step.operands.first.map(flatOperand) ?? noOperand,
              right: step.operands.last.map(flatOperand) ?? noOperand))
        }
      }
      for slot in plan.slots { flatSlots.append(FlatTraceSlot(prefix: traceFragment(slot.prefix), record: slot.record)) }
      for condition in plan.conditions {
        flatConditions.append(
          FlatTraceCondition(
            prefix: traceFragment(condition.prefix), hasValues: !condition.operands.isEmpty,
            left: condition.operands.first.map(flatOperand) ?? noOperand, right: condition.operands.last.map(flatOperand) ?? noOperand))
      }
    }
    traceRules = Self.table(flatTraceRules)
    traceSlots = Self.table(flatSlots)
    traceConditions = Self.table(flatConditions)
    traceExceptions = Self.table(flatExceptions)
    traceWalks = Self.table(flatWalks)
    ruleNameFragments = Self.table(program.rules.map { rule in traceFragment(Array(JSONText.quote(rule.name).utf8)) })
    traceBytes = Self.table(traceText)
    let input = records[program.inputRecord]
    caseKeyField = input.keyField.flatMap { input.fields[$0].kind == .text ? $0 : nil } ?? -1
  }

  /// The first eight bytes of a name and its closing quote as a little-endian word, and the
  /// mask of the bytes that belong to it.
  static func quotedPrefix(_ name: [UInt8]) -> (word: UInt64, mask: UInt64) {
    let quoted = name + [UInt8(ascii: "\"")]
    var word: UInt64 = 0
    var mask: UInt64 = 0
    for (index, byte) in quoted.prefix(8).enumerated() {
      word |= UInt64(byte) << UInt64(8 * index)
      mask |= 0xFF << UInt64(8 * index)
    }
    return (word, mask)
  }

  /// A table of the items, its `count` theirs (storage is never empty, so its base exists).
  static func table<T>(_ items: [T]) -> UnsafeMutableBufferPointer<T> {
    let storage = UnsafeMutablePointer<T>.allocate(capacity: max(1, items.count))
    let table = UnsafeMutableBufferPointer(start: storage, count: items.count)
    _ = table.initialize(from: items)
    return table
  }

  deinit {
    flatRules.deallocate()
    conclusionPool.deallocate()
    intPool.deallocate()
    codePool.deallocate()
    citationPool.deallocate()
    citationBytes.deallocate()
    strata.deallocate()
    headTable.deallocate()
    code.deallocate()
    constantPool.deallocate()
    flatFields.deallocate()
    flatRecords.deallocate()
    nameBytes.deallocate()
    requirementPool.deallocate()
    findingRecords.deallocate()
    traceRules.deallocate()
    traceSlots.deallocate()
    traceConditions.deallocate()
    traceExceptions.deallocate()
    traceWalks.deallocate()
    traceBytes.deallocate()
    ruleNameFragments.deallocate()
    stepTable.deallocate()
    patternTable.deallocate()
    memoOf.deallocate()
    memos.deallocate()
    outputBytes.deallocate()
    enumFragments.deallocate()
    enumFragmentStart.deallocate()
    fieldFragments.deallocate()
    recordFragments.deallocate()
    textFragments.deallocate()
    sortPool.deallocate()
    sortStart.deallocate()
    enumTables.deallocate()
    enumSlots.deallocate()
    enumCaseStarts.deallocate()
    enumCaseBytes.deallocate()
  }

  /// Compiles a checked ruleset, or nil when it needs the interpreter.
  static func compile(_ program: CheckedRuleset) -> CompiledProgram? {
    try? compileOrExplain(program).get()
  }

  /// The compiled program, or what stopped compilation (a decimal field, say).
  static func compileOrExplain(_ program: CheckedRuleset) -> Result<CompiledProgram, CompileStop> {
    var compiler = ProgramCompiler(program: program)
    do {
      return .success(try compiler.compile())
    } catch {
      return .failure(CompileStop(place: compiler.context))
    }
  }
}

/// Where compilation for the batch engine stopped: that place uses what words cannot hold.
struct CompileStop: Error {
  let place: String
}

/// Text constants of the ruleset: ids `0..<count`, equal strings sharing one id, each with its
/// JSON form for output. Case texts get ids after them.
struct ConstantTexts {
  var strings: [String] = []
  var json: [[UInt8]] = []
  var bytes: [[UInt8]] = []
  var ids: [String: Int] = [:]
  /// Byte forms of the constants, for finding a case's text among them.
  var byBytes: [[UInt8]: Int] = [:]

  mutating func id(of text: String) -> Int {
    if let id = ids[text] { return id }
    let id = strings.count
    strings.append(text)
    json.append(Array(JSONText.quote(text).utf8))
    bytes.append(Array(text.utf8))
    ids[text] = id
    if byBytes[Array(text.utf8)] == nil { byBytes[Array(text.utf8)] = id }
    return id
  }
}
