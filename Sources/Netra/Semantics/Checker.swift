import Foundation

/// Turns parsed files into a `CheckedRuleset`, in named stages that each add to one bag.
/// A stage runs only when the stages it needs succeeded, so one typo gives one error.
public struct Checker {
  let files: [RulesetFile]
  package let sources: SourceSet
  var bag = DiagnosticBag()
  package var program = CheckedRuleset(name: "")

  // Declarations by name, collected in the first stage.
  var sourceDecls: [SourceDecl] = []
  var enumDecls: [EnumDecl] = []
  var recordDecls: [RecordDecl] = []
  var constDecls: [ConstDecl] = []
  var calendarDecls: [CalendarDecl] = []
  var ruleDecls: [RuleDecl] = []
  var priorityDecls: [PriorityDecl] = []
  var testDecls: [(TestDecl, FileID)] = []
  package var header: HeaderDecl?

  var sourceIndex: [String: Int] = [:]
  var enumIndex: [String: Int] = [:]
  var recordIndex: [String: Int] = [:]
  package var constants: [String: (value: Value, type: NetraType)] = [:]
  var calendarIndex: [String: Int] = [:]
  var ruleIndex: [String: Int] = [:]
  /// Enumeration values by name, to resolve a bare value when the context gives no type.
  var enumValueOwners: [String: [Int]] = [:]

  public init(files: [RulesetFile], sources: SourceSet) {
    self.files = files
    self.sources = sources
  }

  public static func check(files: [RulesetFile], sources: SourceSet) -> (CheckedRuleset?, [Diagnostic]) {
    var checker = Checker(files: files, sources: sources)
    let ok = checker.run()
    return (ok ? checker.program : nil, checker.bag.sorted())
  }

  /// The stages, in order.
  package mutating func run() -> Bool {
    collectDeclarations()
    resolveRecords()
    guard !bag.hasErrors else { return false }
    checkRecordExpressions()
    evaluateConstants()
    // Exceptions are checked in their parent's scope, so their graph must be acyclic first.
    checkExceptionGraph()
    guard !bag.hasErrors else { return false }
    checkRules()
    checkPriorities()
    guard !bag.hasErrors else { return false }
    checkPriorityGraph()
    guard !bag.hasErrors else { return false }
    stratify()
    guard !bag.hasErrors else { return false }
    checkTests()
    program.sourceSet = sources
    program.sourceDigest = Digest.sha256Hex(of: sources.files.flatMap { Array($0.path.utf8) + [0] + $0.bytes })
    return !bag.hasErrors
  }

  package mutating func error(_ code: String, _ span: Span, en: String, id: String, help: Message? = nil, label: Message? = nil, labels: [DiagnosticLabel] = [], notes: [Message] = []) {
    bag.add(Diagnostic(code, at: span, en: en, id: id, label: label, help: help, notes: notes, labels: labels))
  }

  func didYouMean(_ name: String, among candidates: some Sequence<String>) -> Message? {
    guard let suggestion = Suggestions.closest(to: name, among: candidates) else { return nil }
    return Message(en: "did you mean `\(suggestion)`?", id: "mungkin maksud Anda `\(suggestion)`?")
  }

  package func day(_ literal: Literal) -> Day? { Day(parsing: literal.text) }

  mutating func checkedDay(_ literal: Literal?) -> Day? {
    guard let literal else { return nil }
    if let day = day(literal) { return day }
    error(
      "E0601", literal.span, en: "`\(literal.text)` is not a real calendar date",
      id: "`\(literal.text)` bukan tanggal kalender yang sah",
      help: Message(en: "write a date that exists, as YYYY-MM-DD", id: "tulis tanggal yang ada, dalam bentuk YYYY-MM-DD"))
    return nil
  }

  // MARK: Stage 1: declarations and duplicates

  mutating func collectDeclarations() {
    var seen: [String: Span] = [:]
    func claim(_ name: Name, kind: Message, in checker: inout Checker) -> Bool {
      if let first = seen[name.text] {
        checker.error(
          "E0205", name.span, en: "`\(name.text)` is declared twice", id: "`\(name.text)` dideklarasikan dua kali",
          label: Message(en: "second declaration of this \(kind.en)", id: "deklarasi kedua \(kind.id) ini"),
          labels: [DiagnosticLabel(span: first, message: Message(en: "first declared here", id: "pertama dideklarasikan di sini"))])
        return false
      }
      seen[name.text] = name.span
      return true
    }
    for file in files {
      for declaration in file.declarations {
        switch declaration {
        case .header(let d):
          if let first = header {
            error(
              "E0112", d.span, en: "the ruleset header is declared twice", id: "kepala himpunan aturan dideklarasikan dua kali",
              labels: [DiagnosticLabel(span: first.span, message: Message(en: "first header", id: "kepala pertama"))])
          } else {
            header = d
          }
        case .source(let d):
          if claim(d.name, kind: Message(en: "source", id: "sumber"), in: &self) {
            sourceIndex[d.name.text] = sourceDecls.count
            sourceDecls.append(d)
          }
        case .enumeration(let d):
          if claim(d.name, kind: Message(en: "enumeration", id: "enumerasi"), in: &self) {
            enumIndex[d.name.text] = enumDecls.count
            enumDecls.append(d)
          }
        case .record(let d):
          if NetraType.builtins[d.name.text] != nil {
            error("E0205", d.name.span, en: "`\(d.name.text)` is a built-in type", id: "`\(d.name.text)` adalah tipe bawaan")
          } else if claim(d.name, kind: Message(en: "record", id: "rekaman"), in: &self) {
            recordIndex[d.name.text] = recordDecls.count
            recordDecls.append(d)
          }
        case .constant(let d):
          if claim(d.name, kind: Message(en: "constant", id: "tetapan"), in: &self) { constDecls.append(d) }
        case .calendar(let d):
          if claim(d.name, kind: Message(en: "calendar", id: "kalender"), in: &self) {
            calendarIndex[d.name.text] = calendarDecls.count
            calendarDecls.append(d)
          }
        case .rule(let d):
          if claim(d.name, kind: Message(en: "rule", id: "aturan"), in: &self) {
            ruleIndex[d.name.text] = ruleDecls.count
            ruleDecls.append(d)
          }
        case .priority(let d): priorityDecls.append(d)
        case .test(let d): testDecls.append((d, file.file))
        }
      }
    }
    if let header {
      program.name = header.name.text
      program.version = header.version?.text
    } else if let first = files.first, !bag.hasErrors {
      let span = Span(file: first.file, start: 0, end: 0)
      error(
        "E0111", span, en: "the ruleset has no `ruleset` header", id: "himpunan aturan tidak punya kepala `himpunan`",
        help: Message(en: "start one file with `ruleset name version \"1.0\"`", id: "awali satu berkas dengan `himpunan nama versi \"1.0\"`"))
    }
    for d in sourceDecls {
      let effective = checkedDay(d.effective)
      let repealed = checkedDay(d.repealed)
      if let effective, let repealed, repealed < effective, let literal = d.repealed {
        error(
          "E0602", literal.span, en: "source `\(d.name.text)` is repealed before it takes effect",
          id: "sumber `\(d.name.text)` dicabut sebelum berlaku")
      }
      var replacedBy: Int?
      if let name = d.replacedBy {
        replacedBy = sourceIndex[name.text]
        if replacedBy == nil {
          error(
            "E0303", name.span, en: "unknown source `\(name.text)`", id: "sumber `\(name.text)` tidak dikenal",
            help: didYouMean(name.text, among: sourceIndex.keys))
        }
      }
      program.sources.append(
        CheckedSource(name: d.name.text, title: d.title.text, effective: effective, repealed: repealed, replacedBy: replacedBy, span: d.span))
    }
    for d in enumDecls {
      var caseIndex: [String: Int] = [:]
      for (index, value) in d.cases.enumerated() {
        if caseIndex[value.text] != nil {
          error("E0206", value.span, en: "value `\(value.text)` appears twice in `\(d.name.text)`", id: "nilai `\(value.text)` muncul dua kali dalam `\(d.name.text)`")
        } else {
          caseIndex[value.text] = index
          enumValueOwners[value.text, default: []].append(program.enums.count)
        }
      }
      program.enums.append(CheckedEnum(name: d.name.text, cases: d.cases.map(\.text), caseIndex: caseIndex, span: d.span))
    }
  }

  // MARK: Stage 2: record types

  mutating func resolveType(_ type: TypeExpr) -> NetraType {
    switch type.kind {
    case .named(let name):
      if let builtin = NetraType.builtins[name.text] { return builtin }
      if let index = enumIndex[name.text] { return .enumeration(index) }
      if let index = recordIndex[name.text] { return .record(index) }
      error(
        "E0201", name.span, en: "unknown type `\(name.text)`", id: "tipe `\(name.text)` tidak dikenal",
        help: didYouMean(name.text, among: Array(enumIndex.keys) + Array(recordIndex.keys) + NetraType.builtins.keys),
        label: Message(en: "not declared in this ruleset", id: "tidak dideklarasikan dalam himpunan aturan ini"))
      return .error
    case .optional(let inner): return .optional(resolveType(inner))
    case .list(let inner): return .list(resolveType(inner))
    case .set(let inner): return .set(resolveType(inner))
    }
  }

  mutating func resolveRecords() {
    var inputs: [RecordDecl] = []
    for d in recordDecls {
      var fields: [CheckedField] = []
      var fieldIndex: [String: Int] = [:]
      for field in d.fields {
        let type = resolveType(field.type)
        if fieldIndex[field.name.text] != nil {
          error("E0206", field.name.span, en: "field `\(field.name.text)` appears twice in `\(d.name.text)`", id: "medan `\(field.name.text)` muncul dua kali dalam `\(d.name.text)`")
          continue
        }
        var reference: Int?
        if let ref = field.reference {
          reference = recordIndex[ref.text]
          if reference == nil {
            error("E0201", ref.span, en: "unknown record `\(ref.text)`", id: "rekaman `\(ref.text)` tidak dikenal", help: didYouMean(ref.text, among: recordIndex.keys))
          }
        }
        fieldIndex[field.name.text] = fields.count
        fields.append(
          CheckedField(
            name: field.name.text, type: type, defaultValue: nil, isKey: field.isKey, reference: reference, onlyWhen: nil,
            requiredWhen: nil, nonempty: field.nonempty, span: field.span))
      }
      if d.role == .input { inputs.append(d) }
      program.records.append(CheckedRecord(name: d.name.text, role: d.role, fields: fields, fieldIndex: fieldIndex, span: d.span))
    }
    if inputs.count > 1 {
      error(
        "E0209", inputs[1].name.span, en: "only one record can be the `input` record", id: "hanya satu rekaman boleh menjadi rekaman `masukan`",
        labels: [DiagnosticLabel(span: inputs[0].name.span, message: Message(en: "first input record", id: "rekaman masukan pertama"))])
    } else if let input = inputs.first {
      program.inputRecord = recordIndex[input.name.text]!
    } else if !recordDecls.isEmpty || !ruleDecls.isEmpty, let first = files.first {
      error(
        "E0209", header?.name.span ?? Span(file: first.file, start: 0, end: 0), en: "the ruleset declares no `input record`",
        id: "himpunan aturan tidak mendeklarasikan `masukan rekaman`",
        help: Message(en: "mark the record a case arrives as with `input record`", id: "tandai rekaman kasus dengan `masukan rekaman`"))
    }
  }

  // MARK: Stage 3: record expressions (defaults, `only when`, `required when`, `require`, `order by`)

  mutating func checkRecordExpressions() {
    for (recordNumber, d) in recordDecls.enumerated() {
      let record = program.records[recordNumber]
      var fields = record.fields
      var scope = Scope(selfRecord: recordNumber)
      for (fieldNumber, field) in d.fields.enumerated() where fieldNumber < record.fields.count {
        let checked = record.fields[fieldNumber]
        var defaultValue: CExpr?
        if let expr = field.defaultValue {
          let (value, type) = infer(expr, scope: &scope, hint: checked.type.unwrapped)
          if !checked.type.accepts(type) { typeMismatch(expr.span, expected: checked.type, found: type) }
          defaultValue = value
        }
        let onlyWhen = field.onlyWhen.map { checkCondition($0, scope: &scope) }
        let requiredWhen = field.requiredWhen.map { checkCondition($0, scope: &scope) }
        switch checked.type {
        case .text, .int, .date, .enumeration, .error: break
        default:
          if checked.isKey {
            error("E0204", field.type.span, en: "a `key` field must be Text, Int, Date or an enumeration", id: "medan `kunci` harus Text, Int, Date atau enumerasi")
          }
        }
        fields[fieldNumber] = CheckedField(
          name: checked.name, type: checked.type, defaultValue: defaultValue, isKey: checked.isKey, reference: checked.reference,
          onlyWhen: onlyWhen, requiredWhen: requiredWhen, nonempty: checked.nonempty, span: checked.span,
          onlyWhenText: field.onlyWhen.map { sources[$0.span.file].text(of: $0.span) } ?? "",
          requiredWhenText: field.requiredWhen.map { sources[$0.span.file].text(of: $0.span) } ?? "")
      }
      var requirements: [CheckedRequirement] = []
      for requirement in d.requirements {
        requirements.append(
          CheckedRequirement(condition: checkCondition(requirement.condition, scope: &scope), message: requirement.message.text, span: requirement.span))
      }
      var order: [Int] = []
      for name in d.order {
        if let index = record.fieldIndex[name.text] {
          order.append(index)
        } else {
          error("E0203", name.span, en: "`\(d.name.text)` has no field `\(name.text)`", id: "`\(d.name.text)` tidak punya medan `\(name.text)`", help: didYouMean(name.text, among: record.fieldIndex.keys))
        }
      }
      program.records[recordNumber] = CheckedRecord(
        name: record.name, role: record.role, fields: fields, fieldIndex: record.fieldIndex, requirements: requirements,
        order: order, span: record.span)
    }
  }

  mutating func evaluateConstants() {
    for d in constDecls {
      var scope = Scope()
      let declared = d.type.map { resolveType($0) }
      let (expr, type) = infer(d.value, scope: &scope, hint: declared?.unwrapped)
      if let declared, !declared.accepts(type) { typeMismatch(d.value.span, expected: declared, found: type) }
      guard case .constant(let value) = ConstantFolder.fold(expr) else {
        error("E0213", d.value.span, en: "the value of constant `\(d.name.text)` must be known without facts", id: "nilai tetapan `\(d.name.text)` harus diketahui tanpa fakta")
        continue
      }
      constants[d.name.text] = (value, declared ?? type)
    }
    for d in calendarDecls {
      var scope = Scope()
      var entries: [(String, Value)] = []
      var seen: Set<String> = []
      for entry in d.entries {
        let (expr, type) = infer(entry.value, scope: &scope, hint: .period)
        if type != .period && type != .error { typeMismatch(entry.value.span, expected: .period, found: type) }
        if !seen.insert(entry.name.text).inserted {
          error("E0206", entry.name.span, en: "stage `\(entry.name.text)` appears twice in `\(d.name.text)`", id: "tahapan `\(entry.name.text)` muncul dua kali dalam `\(d.name.text)`")
        }
        if case .constant(let value) = ConstantFolder.fold(expr) {
          if case .period(let from, let to) = value, to < from {
            error("E0602", entry.value.span, en: "the period ends before it starts", id: "periode berakhir sebelum dimulai")
          }
          entries.append((entry.name.text, value))
        } else {
          entries.append((entry.name.text, .none))
        }
      }
      program.calendars.append(CheckedCalendar(name: d.name.text, title: d.title?.text, basis: resolveCitations(d.basis), entries: entries, span: d.span))
    }
  }
}
