import Foundation

/// Reads a case document into facts, checking it against the ruleset's records and enumerations.
/// Every mismatch names its JSON path and line:column, and all of a document's errors are
/// reported together.
public struct FactsLoader {
  let program: CheckedRuleset
  let file: SourceFile
  let limits: Limits
  public private(set) var base: FactBase
  public private(set) var diagnostics: [Diagnostic] = []
  /// Keys of input facts, which share one space of ids across the case.
  var keys: [Value: String] = [:]
  var references: [(value: Value, record: Int, path: String, offset: Int)] = []
  var factCount = 0

  init(program: CheckedRuleset, file: SourceFile, limits: Limits) {
    self.program = program
    self.file = file
    self.limits = limits
    self.base = FactBase(recordCount: program.records.count)
  }

  /// Reads the bytes of one case document. `path` is shown in messages.
  public static func load(program: CheckedRuleset, path: String, bytes: [UInt8], limits: Limits = Limits()) -> (FactBase?, [Diagnostic], SourceFile) {
    let file = SourceFile(id: FileID(0), path: path, bytes: bytes)
    if bytes.count > limits.maxCaseBytes {
      return (nil, [Diagnostic("R0102", .json(file: path, path: "$", position: nil), Message(en: "the case is larger than \(limits.maxCaseBytes) bytes", id: "kasus lebih besar dari \(limits.maxCaseBytes) bita"))], file)
    }
    switch JSONReader.read(bytes) {
    case .failure(let failure):
      let diagnostic = Diagnostic(
        "F0101", .json(file: path, path: "$", position: file.lineColumn(at: failure.offset)),
        Message(en: "invalid JSON: \(failure.message.en)", id: "JSON tidak sah: \(failure.message.id)"))
      return (nil, [diagnostic], file)
    case .success(let document):
      return load(program: program, document: document, file: file, limits: limits)
    }
  }

  /// Reads an already-parsed document (test blocks carry theirs inline).
  public static func load(program: CheckedRuleset, document: JSONValue, file: SourceFile, limits: Limits = Limits()) -> (FactBase?, [Diagnostic], SourceFile) {
    var loader = FactsLoader(program: program, file: file, limits: limits)
    loader.loadRoot(document)
    loader.checkReferences()
    let diagnostics = loader.diagnostics.sorted { $0.sortKey < $1.sortKey }
    return (diagnostics.isEmpty ? loader.base : nil, diagnostics, file)
  }

  mutating func fail(_ code: String, _ path: String, _ offset: Int, en: String, id: String, help: Message? = nil) {
    guard diagnostics.count < 100 else { return }
    diagnostics.append(
      Diagnostic(code, .json(file: file.path, path: path, position: file.lineColumn(at: offset)), Message(en: en, id: id), help: help))
  }

  mutating func loadRoot(_ document: JSONValue) {
    _ = loadRecord(program.inputRecord, document, path: "$")
  }

  mutating func loadRecord(_ recordNumber: Int, _ json: JSONValue, path: String) -> FactID? {
    let record = program.records[recordNumber]
    guard case .object(let members) = json.kind else {
      fail("F0102", path, json.offset, en: "expected an object for `\(record.name)`, found \(json.description.en)", id: "diharapkan objek untuk `\(record.name)`, ditemukan \(json.description.id)")
      return nil
    }
    factCount += 1
    if factCount > limits.maxInputFacts {
      if factCount == limits.maxInputFacts + 1 {
        fail(
          "R0102", path, json.offset, en: "the case holds more than \(limits.maxInputFacts) facts (raise the limit with `--max-input-facts N`)",
          id: "kasus memuat lebih dari \(limits.maxInputFacts) fakta (naikkan batasnya dengan `--max-input-facts N`)")
      }
      return nil
    }
    let errorsBefore = diagnostics.count
    var fields = [Value](repeating: .none, count: record.fields.count)
    var present = [Bool](repeating: false, count: record.fields.count)
    var offsets = [Int](repeating: json.offset, count: record.fields.count)
    for member in members {
      let memberPath = path + "." + member.key
      guard let fieldNumber = record.fieldIndex[member.key] else {
        let suggestion = Suggestions.closest(to: member.key, among: record.fieldIndex.keys)
        fail(
          "F0103", memberPath, member.keyOffset, en: "unknown field `\(member.key)` in `\(record.name)`", id: "medan `\(member.key)` tidak dikenal dalam `\(record.name)`",
          help: suggestion.map { Message(en: "did you mean `\($0)`?", id: "mungkin maksud Anda `\($0)`?") })
        continue
      }
      offsets[fieldNumber] = member.value.offset
      if case .null = member.value.kind, record.fields[fieldNumber].type.isOptional { continue }
      present[fieldNumber] = true
      if let value = convert(member.value, to: record.fields[fieldNumber].type, path: memberPath) {
        fields[fieldNumber] = value
      }
    }
    // Defaults, in field order, so a default may read fields before it.
    var missing: [Int] = []
    for (number, field) in record.fields.enumerated() where !present[number] {
      if let defaultValue = field.defaultValue {
        fields[number] = evaluate(defaultValue, fields: fields)
      } else if !field.type.isOptional {
        missing.append(number)
      }
    }
    for number in missing where diagnostics.count == errorsBefore || record.fields[number].requiredWhen == nil {
      let field = record.fields[number]
      fail("F0104", path, json.offset, en: "missing field `\(field.name)` in `\(record.name)`", id: "medan `\(field.name)` tidak ada dalam `\(record.name)`")
    }
    let clean = diagnostics.count == errorsBefore
    for (number, field) in record.fields.enumerated() {
      if clean, present[number], let condition = field.onlyWhen, !evaluate(condition, fields: fields).asBool {
        fail(
          "F0106", path + "." + field.name, offsets[number], en: "field `\(field.name)` is not used here: it applies only when `\(field.onlyWhenText)`",
          id: "medan `\(field.name)` tidak dipakai di sini: hanya berlaku bila `\(field.onlyWhenText)`")
      }
      if clean, !present[number], field.defaultValue == nil || fields[number].isNone, let condition = field.requiredWhen,
        evaluate(condition, fields: fields).asBool
      {
        fail(
          "F0104", path, json.offset, en: "missing field `\(field.name)`, required when `\(field.requiredWhenText)`",
          id: "medan `\(field.name)` tidak ada, wajib bila `\(field.requiredWhenText)`")
      }
      if present[number], field.nonempty, case .list(let items) = fields[number], items.isEmpty {
        fail("F0110", path + "." + field.name, offsets[number], en: "`\(field.name)` must hold at least one item", id: "`\(field.name)` harus memuat sedikitnya satu butir")
      }
      if present[number], let target = field.reference, !fields[number].isNone {
        references.append((fields[number], target, path + "." + field.name, offsets[number]))
      }
    }
    if diagnostics.count == errorsBefore {
      for requirement in record.requirements where !evaluate(requirement.condition, fields: fields).asBool {
        fail("F0109", path, json.offset, en: requirement.message, id: requirement.message)
      }
    }
    // The case's own id is not in the space of ids its records share.
    if record.role != .input, let key = record.keyFields.first, present[key], !fields[key].isNone {
      if let first = keys[fields[key]] {
        fail(
          "F0107", path + "." + record.fields[key].name, offsets[key], en: "the id \(render(fields[key])) is already used at \(first)",
          id: "id \(render(fields[key])) sudah dipakai pada \(first)")
      } else {
        keys[fields[key]] = path
      }
    }
    return base.addInput(record: recordNumber, fields: fields, path: path, offset: json.offset)
  }

  func render(_ value: Value) -> String {
    switch value {
    case .text(let text): JSONText.quote(text)
    case .int(let i): String(i)
    default: "\(value)"
    }
  }

  mutating func checkReferences() {
    for reference in references {
      let record = program.records[reference.record]
      guard let key = record.keyFields.first else { continue }
      let targets = reference.value
      let values: [Value] = if case .list(let items) = targets { items } else { [targets] }
      for value in values where !base.byRecord[reference.record].contains(where: { base[$0].fields[key] == value }) {
        fail(
          "F0108", reference.path, reference.offset, en: "\(render(value)) names no `\(record.name)` in this case",
          id: "\(render(value)) tidak menunjuk `\(record.name)` mana pun dalam kasus ini")
      }
    }
  }

  mutating func convert(_ json: JSONValue, to type: NetraType, path: String) -> Value? {
    func mismatch(_ en: String, _ id: String, _ loader: inout FactsLoader) -> Value? {
      loader.fail("F0102", path, json.offset, en: "expected \(en), found \(json.description.en)", id: "diharapkan \(id), ditemukan \(json.description.id)")
      return nil
    }
    switch type {
    case .optional(let inner):
      if case .null = json.kind { return Value.none }
      return convert(json, to: inner, path: path)
    case .bool:
      if case .bool(let b) = json.kind { return .bool(b) }
      return mismatch("true or false", "true atau false", &self)
    case .int:
      if case .number(let text) = json.kind, let value = Int(text) { return .int(value) }
      return mismatch("a whole number", "bilangan bulat", &self)
    case .decimal:
      if case .number(let text) = json.kind, !text.contains("e"), !text.contains("E"), text.count <= 38,
        let value = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))
      {
        return .decimal(value)
      }
      return mismatch("a decimal number", "bilangan desimal", &self)
    case .text:
      if case .string(let text) = json.kind { return .text(text) }
      return mismatch("text", "teks", &self)
    case .date:
      if case .string(let text) = json.kind, let day = Day(parsing: text) { return .date(day) }
      return mismatch("a date like 2024-10-05", "tanggal seperti 2024-10-05", &self)
    case .enumeration(let e):
      let enumeration = program.enums[e]
      guard case .string(let text) = json.kind else {
        return mismatch("one of the values of `\(enumeration.name)`", "salah satu nilai `\(enumeration.name)`", &self)
      }
      if let index = enumeration.caseIndex[text] { return .enumCase(type: e, index: index) }
      let suggestion = Suggestions.closest(to: text, among: enumeration.cases)
      let listed = enumeration.cases.prefix(12).joined(separator: ", ") + (enumeration.cases.count > 12 ? ", …" : "")
      fail(
        "F0105", path, json.offset, en: "unknown value \(JSONText.quote(text)) for `\(enumeration.name)`",
        id: "nilai \(JSONText.quote(text)) tidak dikenal untuk `\(enumeration.name)`",
        help: suggestion.map { Message(en: "did you mean `\($0)`?", id: "mungkin maksud Anda `\($0)`?") }
          ?? Message(en: "expected one of: \(listed)", id: "diharapkan salah satu dari: \(listed)"))
      return nil
    case .record(let r):
      return loadRecord(r, json, path: path).map { .fact($0) }
    case .list(let element), .set(let element):
      guard case .array(let items) = json.kind else { return mismatch("a list", "daftar", &self) }
      var values: [Value] = []
      for (index, item) in items.enumerated() {
        if let value = convert(item, to: element, path: "\(path)[\(index)]") { values.append(value) }
      }
      return .list(values)
    case .duration, .period, .none, .error:
      return mismatch("a value this field can hold", "nilai yang dapat dimuat medan ini", &self)
    }
  }

  /// Record expressions (defaults, `only when`, `require`) read the record's own fields.
  func evaluate(_ expr: CExpr, fields: [Value]) -> Value {
    switch expr {
    case .constant(let value): return value
    case .slot: return .none
    case .field(.slot(0), _, let field): return fields[field]
    case .field(let inner, _, let field):
      if case .fact(let id) = evaluate(inner, fields: fields) { return base[id].fields[field] }
      return .none
    case .not(let inner): return .bool(!evaluate(inner, fields: fields).asBool)
    case .negate(let inner):
      if case .int(let x) = evaluate(inner, fields: fields), x != Int.min { return .int(-x) }
      return .none
    case .binary(let op, let a, let b):
      return (try? Operations.binary(op, evaluate(a, fields: fields), evaluate(b, fields: fields))) ?? .none
    case .set(let items): return .list(items.map { evaluate($0, fields: fields) })
    case .period(let a, let b):
      if case .date(let x) = evaluate(a, fields: fields), case .date(let y) = evaluate(b, fields: fields) { return .period(x, y) }
      return .none
    case .conditional(let c, let t, let f):
      return evaluate(c, fields: fields).asBool ? evaluate(t, fields: fields) : evaluate(f, fields: fields)
    case .count: return .none
    case .dateComponent(let inner, let component):
      guard case .date(let day) = evaluate(inner, fields: fields) else { return .none }
      let parts = day.components
      return .int(component == .year ? parts.year : component == .month ? parts.month : parts.day)
    }
  }
}
