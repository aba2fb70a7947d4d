import Foundation

/// The facade: load and check a ruleset, evaluate cases, explain findings.
public enum Netra {
  public static let version = "0.1.0"

  /// Files larger than this are refused before lexing (a limit, not a crash).
  public static let maxFileBytes = 64 * 1024 * 1024

  /// The result of loading a ruleset: the program when it checked clean, and every diagnostic.
  public struct Loaded: Sendable {
    public let program: CheckedRuleset?
    public let diagnostics: [Diagnostic]
    public let sources: SourceSet
    public let files: [RulesetFile]
  }

  /// Parses and checks the given files (path as shown in messages, and bytes).
  public static func check(files: [(path: String, bytes: [UInt8])]) -> Loaded {
    var sources = SourceSet()
    var parsed: [RulesetFile] = []
    var diagnostics: [Diagnostic] = []
    for file in files {
      let id = sources.add(path: file.path, bytes: file.bytes)
      let (tree, problems) = Parser.parse(sources[id])
      parsed.append(tree)
      diagnostics += problems
    }
    var bag = DiagnosticBag()
    bag.add(contentsOf: diagnostics)
    if bag.hasErrors {
      return Loaded(program: nil, diagnostics: bag.sorted(), sources: sources, files: parsed)
    }
    let (program, checkDiagnostics) = Checker.check(files: parsed, sources: sources)
    return Loaded(program: program, diagnostics: checkDiagnostics, sources: sources, files: parsed)
  }

  /// Loads a ruleset from a `.netra` file or a directory of them (searched recursively, in name order).
  /// With `base`, `path` is read relative to `base` but shown as written (tests, goldens).
  public static func load(path: String, relativeTo base: String? = nil) -> Loaded {
    var files: [(String, [UInt8])] = []
    var problems: [Diagnostic] = []
    let prefix = base.map { $0.hasSuffix("/") ? $0 : $0 + "/" } ?? ""
    for file in rulesetFiles(at: prefix + path, problems: &problems) {
      if let bytes = readFile(file, problems: &problems) { files.append((String(file.dropFirst(prefix.count)), bytes)) }
    }
    if !problems.isEmpty {
      return Loaded(program: nil, diagnostics: problems, sources: SourceSet(), files: [])
    }
    return check(files: files)
  }

  /// The `.netra` files at a path (the file itself, or a directory's files in name order), and
  /// the problems found looking for them.
  public static func rulesetFiles(at path: String) -> (paths: [String], diagnostics: [Diagnostic]) {
    var problems: [Diagnostic] = []
    let paths = rulesetFiles(at: path, problems: &problems)
    return (paths, problems)
  }

  /// The bytes of one ruleset file, or the problem reading it (unreadable, too large).
  public static func readRulesetFile(_ path: String) -> (bytes: [UInt8]?, diagnostics: [Diagnostic]) {
    var problems: [Diagnostic] = []
    let bytes = readFile(path, problems: &problems)
    return (bytes, problems)
  }

  static func rulesetFiles(at path: String, problems: inout [Diagnostic]) -> [String] {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      problems.append(Diagnostic("E0001", .file(path), Message(en: "no such file or directory", id: "berkas atau direktori tidak ada")))
      return []
    }
    guard isDirectory.boolValue else { return [path] }
    guard let enumerator = FileManager.default.enumerator(atPath: path) else { return [] }
    var found: [String] = []
    while let relative = enumerator.nextObject() as? String {
      if relative.hasSuffix(".netra") { found.append(relative) }
    }
    found.sort()
    if found.isEmpty {
      problems.append(
        Diagnostic("E0002", .file(path), Message(en: "the directory holds no `.netra` files", id: "direktori tidak memuat berkas `.netra`")))
    }
    let base = path.hasSuffix("/") ? String(path.dropLast()) : path
    return found.map { base + "/" + $0 }
  }

  static func readFile(_ path: String, problems: inout [Diagnostic]) -> [UInt8]? {
    guard let handle = FileHandle(forReadingAtPath: path) else {
      problems.append(Diagnostic("E0001", .file(path), Message(en: "cannot read the file", id: "berkas tidak dapat dibaca")))
      return nil
    }
    defer { try? handle.close() }
    let data = (try? handle.read(upToCount: maxFileBytes + 1)) ?? Data()
    if data.count > maxFileBytes {
      problems.append(
        Diagnostic(
          "R0104", .file(path), Message(en: "the file is larger than \(maxFileBytes / 1024 / 1024) MB", id: "berkas lebih besar dari \(maxFileBytes / 1024 / 1024) MB")))
      return nil
    }
    return [UInt8](data)
  }
}
