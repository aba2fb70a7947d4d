/// One finding: a fact of a `finding` record, with the legal bases of the rules that derived it.
public struct Finding: Sendable {
  public let fact: FactID
  public let record: Int
  public let fields: [Value]
  /// Citation identifiers of the deriving rules, in rule order, without repeats.
  public let basis: [String]
}

/// The outcome of evaluating one case.
public struct CaseResult: Sendable {
  public let program: CheckedRuleset
  /// The case's own identifier (the input record's key), when it was read.
  public let caseID: String?
  public let findings: [Finding]
  public let conflicts: [Conflict]
  /// Facts errors or an evaluation limit; when present there are no findings.
  public let diagnostics: [Diagnostic]
  /// The evaluator after the run: facts, derivations and rendering, for explanations.
  public let evaluator: Evaluator?
  public let caseFile: SourceFile
  public let receipt: Receipt
}

/// What a decision was made with, so it can be re-checked later.
public struct Receipt: Sendable, Equatable {
  public let engine: String
  public let ruleset: String
  public let rulesetVersion: String?
  public let rulesetDigest: String
  public let caseDigest: String
  public let asOf: String?
}

extension Netra {
  /// Reads, checks and evaluates one case document.
  /// `receipt: false` skips hashing the case (batch lines carry no receipt of their own).
  public static func evaluate(
    program: CheckedRuleset, casePath: String, caseBytes: [UInt8], options: Evaluator.Options, receipt: Bool = true
  ) -> CaseResult {
    let (base, diagnostics, file) = FactsLoader.load(program: program, path: casePath, bytes: caseBytes, limits: options.limits)
    let digest = receipt ? Digest.sha256Hex(of: caseBytes) : ""
    return evaluate(program: program, base: base, diagnostics: diagnostics, file: file, caseDigest: digest, options: options)
  }

  /// Evaluates a case given inline (test blocks).
  public static func evaluate(program: CheckedRuleset, document: JSONValue, file: SourceFile, options: Evaluator.Options) -> CaseResult {
    let (base, diagnostics, _) = FactsLoader.load(program: program, document: document, file: file, limits: options.limits)
    return evaluate(program: program, base: base, diagnostics: diagnostics, file: file, caseDigest: "", options: options)
  }

  package static func evaluate(
    program: CheckedRuleset, base: FactBase?, diagnostics: [Diagnostic], file: SourceFile, caseDigest: String, options: Evaluator.Options
  ) -> CaseResult {
    let receipt = Receipt(
      engine: "netra \(version)", ruleset: program.name, rulesetVersion: program.version, rulesetDigest: program.sourceDigest,
      caseDigest: caseDigest, asOf: options.asOf?.description)
    guard let base else {
      return CaseResult(program: program, caseID: nil, findings: [], conflicts: [], diagnostics: diagnostics, evaluator: nil, caseFile: file, receipt: receipt)
    }
    let caseID = base.byRecord[program.inputRecord].first.flatMap { root -> String? in
      guard let key = program.records[program.inputRecord].keyFields.first else { return nil }
      if case .text(let text) = base[root].fields[key] { return text }
      return nil
    }
    var evaluator = Evaluator(program: program, base: base, options: options)
    do {
      try evaluator.run()
    } catch {
      let diagnostic = Diagnostic(error.code, .json(file: file.path, path: "$", position: nil), error.message)
      return CaseResult(
        program: program, caseID: caseID, findings: [], conflicts: [], diagnostics: [diagnostic], evaluator: nil, caseFile: file, receipt: receipt)
    }
    return CaseResult(
      program: program, caseID: caseID, findings: findings(of: evaluator), conflicts: evaluator.conflicts, diagnostics: [],
      evaluator: evaluator, caseFile: file, receipt: receipt)
  }

  /// Facts of `finding` records, sorted by each record's `order by` fields, then all fields.
  static func findings(of evaluator: Evaluator) -> [Finding] {
    let program = evaluator.program
    var found: [Finding] = []
    for (recordNumber, record) in program.records.enumerated() where record.role == .finding {
      for id in evaluator.base.byRecord[recordNumber] {
        var basis: [String] = []
        for rule in evaluator.derivedBy[id] ?? [] {
          for citation in program.rules[rule].basis where !basis.contains(citation.identifier) { basis.append(citation.identifier) }
        }
        found.append(Finding(fact: id, record: recordNumber, fields: evaluator.base[id].fields, basis: basis))
      }
    }
    return found.sorted { a, b in
      if a.record != b.record { return a.record < b.record }
      let record = program.records[a.record]
      for field in record.order + Array(record.fields.indices) {
        let order = ValueOrder.compare(a.fields[field], b.fields[field], program: program)
        if order != 0 { return order < 0 }
      }
      return false
    }
  }
}

/// A total order on values for sorting output: enumerations by name, text by scalars.
enum ValueOrder {
  static func rank(_ value: Value) -> Int {
    switch value {
    case .none: 0
    case .bool: 1
    case .int, .decimal: 2
    case .text: 3
    case .date: 4
    case .duration: 5
    case .period: 6
    case .enumCase: 7
    case .fact: 8
    case .list: 9
    }
  }

  static func compare(_ a: Value, _ b: Value, program: CheckedRuleset) -> Int {
    let ra = rank(a)
    let rb = rank(b)
    if ra != rb { return ra < rb ? -1 : 1 }
    switch (a, b) {
    case (.bool(let x), .bool(let y)): return x == y ? 0 : (!x ? -1 : 1)
    case (.text(let x), .text(let y)): return x == y ? 0 : (x.unicodeScalars.lexicographicallyPrecedes(y.unicodeScalars) ? -1 : 1)
    case (.enumCase(let t1, let i1), .enumCase(let t2, let i2)):
      let x = program.enums[t1].cases[i1]
      let y = program.enums[t2].cases[i2]
      return x == y ? 0 : (x < y ? -1 : 1)
    case (.fact(let x), .fact(let y)): return x == y ? 0 : (x < y ? -1 : 1)
    case (.list(let x), .list(let y)):
      for (p, q) in zip(x, y) {
        let order = compare(p, q, program: program)
        if order != 0 { return order }
      }
      return x.count == y.count ? 0 : (x.count < y.count ? -1 : 1)
    case (.period(let a1, let a2), .period(let b1, let b2)):
      if a1 != b1 { return a1 < b1 ? -1 : 1 }
      return a2 == b2 ? 0 : (a2 < b2 ? -1 : 1)
    case (.duration(let x), .duration(let y)):
      return x == y ? 0 : ((x.unit.rawValue, x.amount) < (y.unit.rawValue, y.amount) ? -1 : 1)
    default:
      return Operations.compare(a, b) ?? 0
    }
  }
}
