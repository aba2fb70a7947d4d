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
    return Loaded(program: program.map(Planner.plan), diagnostics: checkDiagnostics, sources: sources, files: parsed)
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

  /// A directory's `.netra` files, in name order. Only regular files count; a directory or a FIFO
  /// named `*.netra` is an error (never read: a FIFO would block), and so is a symbolic link whose
  /// target lies outside the ruleset directory (nothing outside the ruleset is read).
  static func rulesetFiles(at path: String, problems: inout [Diagnostic]) -> [String] {
    var status = stat()
    guard stat(path, &status) == 0 else {
      problems.append(Diagnostic("E0001", .file(path), Message(en: "no such file or directory", id: "berkas atau direktori tidak ada")))
      return []
    }
    guard status.st_mode & S_IFMT == S_IFDIR else { return [path] }
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
    let root = realPath(base)
    var files: [String] = []
    for relative in found {
      let file = base + "/" + relative
      var entry = stat()
      guard lstat(file, &entry) == 0 else {
        problems.append(Diagnostic("E0001", .file(file), Message(en: "cannot read the file", id: "berkas tidak dapat dibaca")))
        continue
      }
      if entry.st_mode & S_IFMT == S_IFLNK {
        guard let root, let target = realPath(file), target.hasPrefix(root + "/") else {
          problems.append(
            Diagnostic(
              "E0004", .file(file),
              Message(
                en: "a link to a file outside the ruleset directory (or to nothing); only files inside it are read",
                id: "tautan ke berkas di luar direktori ruleset (atau ke tiada); hanya berkas di dalamnya yang dibaca")))
          continue
        }
        // A link that stays inside is read like its target: a directory or a FIFO is refused below.
      }
      if stat(file, &entry) == 0, entry.st_mode & S_IFMT != S_IFREG {
        problems.append(
          Diagnostic(
            "E0004", .file(file),
            Message(
              en: "a ruleset file must be a regular file, and this is \(FileKind(entry.st_mode & S_IFMT).name.en)",
              id: "berkas ruleset harus berkas biasa, sedangkan ini \(FileKind(entry.st_mode & S_IFMT).name.id)")))
        continue
      }
      files.append(file)
    }
    return files
  }

  /// The path with every link resolved, or nil when it leads nowhere.
  public static func realPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }

  static func readFile(_ path: String, problems: inout [Diagnostic]) -> [UInt8]? {
    switch BoundedFile.read(path, limit: maxFileBytes, kinds: .regular) {
    case .success(let bytes):
      return bytes
    case .failure(let failure):
      problems.append(failure.diagnostic(path: path, what: Message(en: "the ruleset file", id: "berkas ruleset"), limitCode: "R0104"))
      return nil
    }
  }
}
