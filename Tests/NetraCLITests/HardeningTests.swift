import Foundation
import Netra
import NetraBatch
import Testing

@testable import NetraCLI

/// The attacks of docs/reliability.md ("Hostile use of the tools", rows 44 on): each one run as a
/// hostile user would, against the built executable where the attack needs a real process (a
/// full disk, a closed pipe, a FIFO), in-process otherwise.
@Suite struct HardeningTests {
  static let ruleset = CLITests.path("rulesets/contoh")
  static let casePath = CLITests.path("Tests/NetraTests/Golden/traces/kampanye.facts.json")

  struct Shell {
    let code: Int32
    let output: String
    let errors: String
  }

  /// Runs a shell script with `$NETRA` set to the built executable.
  static func shell(_ script: String) throws -> Shell {
    let binary = try #require(BatchTests.netraBinary(), "build the `netra` executable first (swift build)")
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", script]
    var environment = ProcessInfo.processInfo.environment
    environment["NETRA"] = binary
    process.environment = environment
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    let outData = output.fileHandleForReading.readDataToEndOfFile()
    let errData = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Shell(code: process.terminationStatus, output: String(decoding: outData, as: UTF8.self), errors: String(decoding: errData, as: UTF8.self))
  }

  /// One folder per test run, under which every test makes its own; the folders of earlier runs
  /// are removed when the first test of this one asks for a folder.
  static let root: String = {
    let temporary = FileManager.default.temporaryDirectory.path
    for name in (try? FileManager.default.contentsOfDirectory(atPath: temporary)) ?? [] where name.hasPrefix("netra-hardening-") {
      try? FileManager.default.removeItem(atPath: temporary + "/" + name)
    }
    return temporary + "/netra-hardening-\(ProcessInfo.processInfo.processIdentifier)"
  }()

  static func directory(_ name: String) throws -> String {
    let path = root + "/" + name
    try? FileManager.default.removeItem(atPath: path)
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }

  static func batchInput(_ count: Int, name: String) throws -> String {
    try BatchTests.write((1...count).map { BatchTests.caseLine($0) }, name: name)
  }

  // MARK: - Write errors

  @Test(arguments: [
    "eval $R $C", "eval $R $C --format json", "eval $R $C --format html", "eval $R --batch $B", "graph $R", "fmt $R", "lint $R",
    "test $R", "check $R", "explain $R $C",
  ])
  func aFullDiskIsACodedErrorNotACrash(command: String) throws {
    let batch = try Self.batchInput(50, name: "full-disk.jsonl")
    let run = try Self.shell("R=\(Self.ruleset); C=\(Self.casePath); B=\(batch); \"$NETRA\" \(command) > /dev/full")
    #expect(run.code == 2, "\(command): \(run.errors)")
    #expect(run.errors.contains("error[E0003]"), "\(command): \(run.errors)")
    #expect(!run.errors.contains("Fatal error"))
  }

  @Test func aClosedPipeWithSIGPIPEIgnoredIsACodedError() throws {
    let batch = try Self.batchInput(3_000, name: "closed-pipe.jsonl")
    // `true` reads nothing and exits; the batch's output is far larger than a pipe holds.
    let run = try Self.shell(
      "trap '' PIPE; { \"$NETRA\" eval \(Self.ruleset) --batch \(batch) 2>&3; echo \"rc=$?\" >&3; } 3>&2 | true")
    #expect(run.errors.contains("rc=2"), "\(run.errors)")
    #expect(run.errors.contains("error[E0003]"))
    #expect(run.errors.contains("Broken pipe"))
  }

  @Test func aFullDiskUnderABatchOutputSaysHowFarItGot() throws {
    let batch = try Self.batchInput(50, name: "full-output.jsonl")
    let run = CLITests.run(["eval", Self.ruleset, "--batch", batch, "--output", "/dev/full", "--lang", "en"])
    #expect(run.code == 2)
    #expect(run.errors.contains("error[E0003]: cannot write /dev/full after 0 bytes"))
    #expect(run.errors.contains("No space left on device"))
  }

  // MARK: - Bounded reads

  @Test func anEndlessCaseIsRefusedAtTheLimit() throws {
    for source in ["\"$NETRA\" eval $R /dev/zero", "\"$NETRA\" eval $R - < /dev/zero", "cat /dev/zero | \"$NETRA\" eval $R -", "\"$NETRA\" explain $R /dev/zero"] {
      let run = try Self.shell("R=\(Self.ruleset); \(source) --max-case-bytes 1000000")
      #expect(run.code == 2, "\(source)")
      #expect(run.errors.contains("error[R0102]"), "\(source): \(run.errors)")
    }
  }

  @Test func aDirectoryIsNotACase() {
    let run = CLITests.run(["eval", Self.ruleset, FileManager.default.temporaryDirectory.path, "--lang", "en"])
    #expect(run.code == 2)
    #expect(run.errors.contains("error[E0004]: the case file must be a regular file, and this is a directory"))
  }

  @Test func anEndlessBatchLineStopsWithAnError() throws {
    let run = try Self.shell("\"$NETRA\" eval \(Self.ruleset) --batch - --max-case-bytes 1000 < /dev/zero")
    #expect(run.code == 2)
    #expect(run.output.contains("\"line\":1"))
    #expect(run.errors.contains("error[R0102]: a line runs past"))
  }

  @Test func aFIFONamedLikeARulesetFileIsRefusedWithoutBlocking() throws {
    let directory = try Self.directory("fifo")
    try FileManager.default.copyItem(atPath: Self.ruleset + "/contoh.netra", toPath: directory + "/contoh.netra")
    #expect(mkfifo(directory + "/zz.netra", 0o600) == 0)
    let run = CLITests.run(["check", directory])
    #expect(run.code == 2)
    #expect(run.errors.contains("error[E0004]: a ruleset file must be a regular file, and this is a named pipe (FIFO)"))
  }

  @Test func aFIFOGivenAsTheRulesetIsRefused() throws {
    let fifo = try Self.directory("fifo-file") + "/r.netra"
    #expect(mkfifo(fifo, 0o600) == 0)
    let run = CLITests.run(["check", fifo])
    #expect(run.code == 2)
    #expect(run.errors.contains("error[E0004]: cannot read the ruleset file") || run.errors.contains("must be a regular file, and this is a named pipe"), "\(run.errors)")
  }

  @Test func aDirectoryNamedLikeARulesetFileIsRefused() throws {
    let directory = try Self.directory("dir-netra")
    try FileManager.default.copyItem(atPath: Self.ruleset + "/contoh.netra", toPath: directory + "/contoh.netra")
    try FileManager.default.createDirectory(atPath: directory + "/x.netra", withIntermediateDirectories: true)
    let run = CLITests.run(["check", directory])
    #expect(run.code == 2)
    #expect(run.errors.contains("and this is a directory"))
  }

  @Test func aLinkOutOfTheRulesetIsNotFollowed() throws {
    let directory = try Self.directory("link-out")
    try FileManager.default.copyItem(atPath: Self.ruleset + "/contoh.netra", toPath: directory + "/contoh.netra")
    try FileManager.default.createSymbolicLink(atPath: directory + "/passwd.netra", withDestinationPath: "/etc/passwd")
    let run = CLITests.run(["check", directory])
    #expect(run.code == 2)
    #expect(run.errors.contains("error[E0004]: a link to a file outside the ruleset directory"))
    #expect(!run.errors.contains("root:"))
    // A link that stays inside the ruleset is read as its target.
    let inside = try Self.directory("link-in")
    try FileManager.default.createDirectory(atPath: inside + "/parts", withIntermediateDirectories: true)
    try FileManager.default.copyItem(atPath: Self.ruleset + "/contoh.netra", toPath: inside + "/parts/real.txt")
    try FileManager.default.createSymbolicLink(atPath: inside + "/contoh.netra", withDestinationPath: inside + "/parts/real.txt")
    #expect(CLITests.run(["check", inside]).code == 0)
  }

  // MARK: - Resume

  static func completedRun(_ count: Int, name: String) throws -> (input: String, output: String, text: String) {
    let input = try Self.batchInput(count, name: name + "-in.jsonl")
    let output = try Self.directory(name) + "/out.jsonl"
    let run = CLITests.run(["eval", Self.ruleset, "--batch", input, "--output", output])
    #expect(run.code == 0, "\(run.errors)")
    return (input, output, try String(contentsOfFile: output, encoding: .utf8))
  }

  @Test func resumeRefusesAnOutputThatIsNotThisInputs() throws {
    let (input, output, text) = try Self.completedRun(100, name: "resume-refuse")
    let other = try BatchTests.write((1...100).map { BatchTests.caseLine($0 + 1000) }, name: "resume-other.jsonl")
    let lines = text.split(separator: "\n").map(String.init)
    let bad: [(String, String, String)] = [
      ("200 result lines for 100 input lines", (lines + lines).joined(separator: "\n") + "\n", input),
      ("garbage", String(repeating: "garbage\n", count: 50), input),
      ("a NUL-filled line", lines.prefix(3).joined(separator: "\n") + "\n" + String(repeating: "\0", count: 300) + "\n", input),
      ("another input's output, with a cut last line", lines.prefix(40).joined(separator: "\n") + "\n" + lines[40].prefix(30), other),
    ]
    for (what, contents, inputPath) in bad {
      try contents.write(toFile: output, atomically: false, encoding: .utf8)
      let run = CLITests.run(["eval", Self.ruleset, "--batch", inputPath, "--output", output, "--resume"])
      #expect(run.code == 2, "\(what)")
      #expect(run.errors.contains("error[E0005]"), "\(what): \(run.errors)")
      #expect(try String(contentsOfFile: output, encoding: .utf8) == contents, "\(what): the refused output was changed")
    }
  }

  @Test func theInputIsNeverItsOwnOutput() throws {
    let input = try Self.batchInput(20, name: "same-file.jsonl")
    let before = try Data(contentsOf: URL(fileURLWithPath: input))
    for resume in [false, true] {
      let run = CLITests.run(["eval", Self.ruleset, "--batch", input, "--output", input] + (resume ? ["--resume"] : []))
      #expect(run.code == 2)
      #expect(run.errors.contains("error[E0005]: the output"))
      #expect(try Data(contentsOf: URL(fileURLWithPath: input)) == before)
    }
  }

  @Test func twoRunsOnOneOutputDoNotInterleave() throws {
    let input = try Self.batchInput(20, name: "locked.jsonl")
    let output = try Self.directory("locked") + "/out.jsonl"
    FileManager.default.createFile(atPath: output, contents: nil)
    let holder = open(output, O_RDONLY)
    defer { close(holder) }
    #expect(flock(holder, LOCK_EX) == 0)
    let run = CLITests.run(["eval", Self.ruleset, "--batch", input, "--output", output])
    #expect(run.code == 2)
    #expect(run.errors.contains("error[E0006]"))
  }

  @Test func theOutputIsWrittenThroughItsNameNotReplaced() throws {
    let input = try Self.batchInput(20, name: "through.jsonl")
    let directory = try Self.directory("through")
    let target = directory + "/private.jsonl"
    FileManager.default.createFile(atPath: target, contents: Data("old\n".utf8), attributes: [.posixPermissions: 0o600])
    try FileManager.default.createSymbolicLink(atPath: directory + "/link.jsonl", withDestinationPath: target)
    #expect(link(target, directory + "/hard.jsonl") == 0)
    let run = CLITests.run(["eval", Self.ruleset, "--batch", input, "--output", directory + "/link.jsonl"])
    #expect(run.code == 0, "\(run.errors)")
    let attributes = try FileManager.default.attributesOfItem(atPath: directory + "/link.jsonl")
    #expect(attributes[.type] as? FileAttributeType == .typeSymbolicLink)
    #expect((try FileManager.default.attributesOfItem(atPath: target))[.posixPermissions] as? Int == 0o600)
    let written = try String(contentsOfFile: target, encoding: .utf8)
    #expect(written.split(separator: "\n").count == 20)
    #expect(try String(contentsOfFile: directory + "/hard.jsonl", encoding: .utf8) == written)
  }

  @Test func formattingInPlaceKeepsLinksAndMode() throws {
    let directory = try Self.directory("fmt-write")
    let target = directory + "/real.netra"
    let text = try String(contentsOfFile: Self.ruleset + "/contoh.netra", encoding: .utf8)
    let messy = text.replacingOccurrences(of: "\n  ", with: "\n      ")
    FileManager.default.createFile(atPath: target, contents: Data(messy.utf8), attributes: [.posixPermissions: 0o600])
    try FileManager.default.createSymbolicLink(atPath: directory + "/link.netra", withDestinationPath: target)
    #expect(link(target, directory + "/hard.txt") == 0)
    let run = CLITests.run(["fmt", "--write", directory + "/link.netra"])
    #expect(run.code == 0, "\(run.errors)")
    #expect((try FileManager.default.attributesOfItem(atPath: directory + "/link.netra"))[.type] as? FileAttributeType == .typeSymbolicLink)
    #expect((try FileManager.default.attributesOfItem(atPath: target))[.posixPermissions] as? Int == 0o600)
    #expect(try String(contentsOfFile: target, encoding: .utf8) == text)
    #expect(try String(contentsOfFile: directory + "/hard.txt", encoding: .utf8) == text)
  }

  // MARK: - Nothing raw on the terminal

  static let escape = "\u{1B}"

  @Test func aCaseIdCannotDriveTheTerminal() throws {
    let hostile = try String(contentsOfFile: Self.casePath, encoding: .utf8)
      .replacingOccurrences(of: "\"GOLD-1\"", with: #""X\u001b[2J\r\nKasus PALSU: 0 temuan""#)
    let path = try CLITests.temporaryFile("hostile-id.json", Array(hostile.utf8))
    for command in [["eval", Self.ruleset, path], ["explain", Self.ruleset, path], ["explain", Self.ruleset, path, "--why-not", "kampanye"]] {
      let run = CLITests.run(command)
      let all = run.output + run.errors
      #expect(!all.contains(Self.escape), "\(command)")
      #expect(!all.contains("\r"), "\(command)")
      #expect(!all.contains("\nKasus PALSU"), "\(command): \(all)")
    }
    let header = CLITests.run(["eval", Self.ruleset, path]).output.split(separator: "\n").first ?? ""
    #expect(header.hasPrefix(#"Kasus X\u{1b}[2J\r\nKasus PALSU: 0 temuan: "#), "\(header)")
  }

  @Test func anUnknownFieldNameIsShownEscaped() throws {
    let hostile = #"{"kasus": "K", "pihak": [{"id": "o1", "jenis": "pns", "x\u001b]0;owned\u0007\nerror": 1}], "perbuatan": []}"#
    let path = try CLITests.temporaryFile("hostile-field.json", Array(hostile.utf8))
    let run = CLITests.run(["eval", Self.ruleset, path, "--lang", "en"])
    #expect(run.code == 2)
    #expect(run.errors.contains("error[F0103]"))
    #expect(!run.errors.contains(Self.escape))
    #expect(run.errors.contains(#"x\u{1b}]0;owned\u{7}\nerror"#))
  }

  @Test func rulesetTextCannotDriveTheTerminal() throws {
    let directory = try Self.directory("hostile-ruleset")
    // A raw control character in a string literal is refused where it stands.
    let raw = "ruleset t\nsource s \"UU \u{1B}]0;owned\u{07}\" effective 2020-01-01\n"
    try raw.write(toFile: directory + "/a.netra", atomically: false, encoding: .utf8)
    let run = CLITests.run(["check", directory + "/a.netra"])
    #expect(run.code == 2)
    #expect(run.errors.contains("error[E0108]"))
    #expect(!run.errors.contains(Self.escape))
    // A file name with ESC and a line break is shown escaped.
    let named = directory + "/x\u{1B}[31m\nerror[E9999].netra"
    try "ruleset t\nsource s \"UU\" effective 2020-13-01\n".write(toFile: named, atomically: false, encoding: .utf8)
    let second = CLITests.run(["check", named])
    #expect(second.code == 2)
    #expect(!second.errors.contains(Self.escape))
    #expect(!second.errors.contains("\nerror[E9999]"))
  }

  @Test func testNamesAndReasonsAreShownEscaped() throws {
    let directory = try Self.directory("hostile-test")
    let text = try String(contentsOfFile: Self.ruleset + "/contoh.netra", encoding: .utf8)
    try text.write(toFile: directory + "/contoh.netra", atomically: false, encoding: .utf8)
    let test = #"""
      test "ok\nFAIL  forged" {
        given { "kasus": "T", "pihak": [], "perbuatan": [] }
        expect no Temuan
      }
      """#
    try test.write(toFile: directory + "/uji.netra", atomically: false, encoding: .utf8)
    let run = CLITests.run(["test", directory])
    #expect(!run.output.contains("\nFAIL  forged"), "\(run.output)\(run.errors)")
  }

  @Test func theStandardStreamNeverPassesAControlCharacter() {
    #expect(DisplayText.escapedKeepingLines("a\u{1B}[2Jb\r\nc\td") == "a\\u{1b}[2Jb\\r\nc\td")
    #expect(DisplayText.escaped("line\nbreak\u{202E}") == "line\\nbreak\\u{202e}")
    #expect(DisplayText.escaped("plain Indonésia") == "plain Indonésia")
    #expect(DisplayText.escaped("\u{9B}31m") == "\\u{9b}31m")
  }

  // MARK: - Receipts

  static func storedResult() throws -> String {
    let stored = CLITests.run(["eval", Self.ruleset, Self.casePath, "--format", "json"])
    #expect(stored.code == 0)
    return stored.output
  }

  static func verify(_ text: String, name: String) throws -> CLITests.Run {
    let path = try CLITests.temporaryFile(name, Array(text.utf8))
    return CLITests.run(["eval", Self.ruleset, Self.casePath, "--verify-receipt", path, "--lang", "en"])
  }

  @Test func aReceiptBindsEverythingTheResultStates() throws {
    let stored = try Self.storedResult()
    #expect(try Self.verify(stored, name: "receipt-good.json").code == 0)
    let explanation = try #require(stored.range(of: "\"explanation\": {"))
    let tampered: [(String, String, String)] = [
      ("a replaced explanation", stored.replacingCharacters(in: explanation, with: "\"explanation\": {\"forged\": true, "), "finding 1 differs in its explanation"),
      ("another case's id", stored.replacingOccurrences(of: "\"kasus\": \"GOLD-1\"", with: "\"kasus\": \"GOLD-2\""), "the case id differs"),
      ("another engine", stored.replacingOccurrences(of: "\"engine\": \"netra \(Netra.version)\"", with: "\"engine\": \"netra 9.9.9\""), "the engine differs"),
      ("an added statement", stored.replacingOccurrences(of: "\"kasus\": \"GOLD-1\",", with: "\"kasus\": \"GOLD-1\", \"sanksi\": [],"), "states `sanksi`"),
    ]
    for (what, text, expected) in tampered {
      #expect(text != stored, "\(what): the test did not change the result")
      let run = try Self.verify(text, name: "receipt-tampered.json")
      #expect(run.code == 1, "\(what)")
      #expect(run.output.contains(expected), "\(what): \(run.output)")
    }
  }

  @Test func aReceiptWithABadDateIsRefused() throws {
    let stored = try Self.storedResult()
    for bad in ["\"2024-02-30\"", "12", "\"kemarin\""] {
      let run = try Self.verify(stored.replacingOccurrences(of: "\"as_of\": null", with: "\"as_of\": \(bad)"), name: "receipt-date.json")
      #expect(run.code == 2, "\(bad)")
      #expect(run.errors.contains("error[E0008]"), "\(bad): \(run.errors)")
      #expect(run.errors.contains("$.receipt.as_of"))
    }
    let dated = CLITests.run(["eval", Self.ruleset, Self.casePath, "--format", "json", "--as-of", "2024-02-01"])
    #expect(try Self.verify(dated.output, name: "receipt-dated.json").code == 0)
  }

  @Test func aMissingReceiptFileIsNamedAsSuch() {
    let run = CLITests.run(["eval", Self.ruleset, Self.casePath, "--verify-receipt", "/nonexistent/result.json", "--lang", "en"])
    #expect(run.code == 2)
    #expect(run.errors.contains("error[E0001]: cannot read the stored result"))
    #expect(run.errors.contains("/nonexistent/result.json"))
  }

  // MARK: - Options

  @Test(arguments: [
    (["eval", "R", "C", "--format", "xml"], "`--format` expects text, json or html, found `xml`"),
    (["eval", "R", "C", "--lang", "fr"], "`--lang` expects id or en, found `fr`"),
    (["graph", "R", "--view", "nope"], "`--view` expects all, feeds or defeats, found `nope`"),
    (["fmt", "R", "--keywords", "xx"], "`--keywords` expects id or en, found `xx`"),
    (["eval", "R", "C", "--output", "o.jsonl"], "`--output` belongs to batch mode"),
    (["eval", "R", "C", "--resume"], "`--resume` belongs to batch mode"),
    (["eval", "R", "C", "--workers", "2"], "`--workers` belongs to batch mode"),
    (["eval", "R", "--batch", "C", "--workers", "0"], "`--workers` expects a positive whole number, found `0`"),
    (["eval", "R", "C", "--max-steps", "-5"], "`--max-steps` expects a positive whole number, found `-5`"),
    (["eval", "R", "C", "--as-of", "2024-02-30"], "`--as-of` expects a real date like 2024-10-05, found `2024-02-30`"),
    (["lsp", "--max-header-bytes", "x"], "`--max-header-bytes` expects a positive whole number, found `x`"),
    (["lsp", "--max-body-bytes", "0"], "`--max-body-bytes` expects a positive whole number, found `0`"),
    (["explain", "R", "C", "--max-passes", "many"], "`--max-passes` expects a positive whole number, found `many`"),
  ])
  func anOptionErrorNamesTheOptionAndTheValue(arguments: [String], expected: String) {
    let resolved = arguments.map { $0 == "R" ? Self.ruleset : $0 == "C" ? Self.casePath : $0 }
    let run = CLITests.run(resolved)
    #expect(run.code == 2)
    #expect(run.errors.contains("error[E0007]"), "\(run.errors)")
    #expect(run.errors.contains(expected), "\(run.errors)")
  }

  // MARK: - Language server

  static func lsp(_ input: [UInt8], arguments: String = "") throws -> Shell {
    let path = try CLITests.temporaryFile("lsp-input.bin", input)
    return try Self.shell("\"$NETRA\" lsp \(arguments) < \(path)")
  }

  static func frame(_ body: String) -> [UInt8] { Array("Content-Length: \(body.utf8.count)\r\n\r\n\(body)".utf8) }

  @Test func theLanguageServerAnswersEveryBadBody() throws {
    let bodies = ["not json", "[1, 2]", "42", #"[{"jsonrpc":"2.0","id":7,"method":"shutdown"}]"#, #"{"jsonrpc":"2.0","id":1}"#]
    let run = try Self.lsp(bodies.flatMap(Self.frame))
    #expect(run.code == 0)
    #expect(run.output.components(separatedBy: "\"code\":-32700").count == 2)
    #expect(run.output.components(separatedBy: "\"code\":-32600").count == 5)
  }

  @Test func theLanguageServerServesNothingAfterShutdown() throws {
    let messages = [
      #"{"jsonrpc":"2.0","id":1,"method":"shutdown"}"#, #"{"jsonrpc":"2.0","id":2,"method":"initialize","params":{}}"#,
      #"{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"untitled:a","text":"x"}}}"#,
      #"{"jsonrpc":"2.0","method":"exit"}"#,
    ]
    let run = try Self.lsp(messages.flatMap(Self.frame))
    #expect(run.code == 0)
    #expect(run.output.contains(#"{"jsonrpc":"2.0","id":1,"result":null}"#))
    #expect(run.output.contains(#""id":2,"error":{"code":-32600"#))
    #expect(!run.output.contains("publishDiagnostics"))
  }

  @Test func anEndlessHeaderStopsTheLanguageServer() throws {
    let run = try Self.lsp(Array("X-Pad: ".utf8) + [UInt8](repeating: UInt8(ascii: "a"), count: 5_000_000))
    #expect(run.code == 2)
    #expect(run.errors.contains("error[R0107]"))
  }

  // MARK: - More of the same classes

  @Test func aBatchCutByAFullFileResumesToTheSameOutput() throws {
    let input = try Self.batchInput(2_000, name: "efbig.jsonl")
    let directory = try Self.directory("efbig")
    let whole = directory + "/whole.jsonl"
    let cut = directory + "/cut.jsonl"
    #expect(CLITests.run(["eval", Self.ruleset, "--batch", input, "--output", whole]).code == 0)
    // A file-size limit of 64 KB (ulimit counts 512-byte blocks) stands in for a full disk:
    // with SIGXFSZ ignored, the write fails with EFBIG instead of killing the process.
    let first = try Self.shell("ulimit -f 128; trap '' XFSZ; \"$NETRA\" eval \(Self.ruleset) --batch \(input) --output \(cut) --lang en")
    #expect(first.code == 2, "\(first.errors)")
    #expect(first.errors.contains("error[E0003]: cannot write \(cut)"), "\(first.errors)")
    #expect(first.errors.contains("`--resume` continues from there"))
    let resumed = CLITests.run(["eval", Self.ruleset, "--batch", input, "--output", cut, "--resume"])
    #expect(resumed.code == 0, "\(resumed.errors)")
    #expect(try Data(contentsOf: URL(fileURLWithPath: cut)) == Data(contentsOf: URL(fileURLWithPath: whole)))
  }

  @Test func aHugeSparseCaseFileIsRefusedAtTheLimit() throws {
    let path = try Self.directory("sparse") + "/huge.json"
    FileManager.default.createFile(atPath: path, contents: nil)
    #expect(truncate(path, 1 << 30) == 0)
    let run = CLITests.run(["eval", Self.ruleset, path, "--lang", "en"])
    #expect(run.code == 2)
    #expect(run.errors.contains("error[R0102]: the case is larger than 16777216 bytes"))
  }

  static let bindingOnly = """
    ruleset ikat
    source s "Sumber" effective 2000-01-01
    record A { id: Text key }
    input record Kasus { kasus: Text key, a: [A] }
    finding record Temuan { kode: Text key }
    rule r basis s "Pasal 1"
      when \((0..<50).map { "v\($0): A" }.joined(separator: ", "))
      then Temuan { kode: "x" }

    """

  @Test func aRuleThatOnlyBindsMeetsTheLimits() throws {
    let directory = try Self.directory("binding-only")
    try Self.bindingOnly.write(toFile: directory + "/ikat.netra", atomically: false, encoding: .utf8)
    let line = #"{"kasus": "K1", "a": [\#((0..<10).map { "{\"id\": \"a\($0)\"}" }.joined(separator: ", "))]}"#
    let casePath = try CLITests.temporaryFile("binding-only.json", Array(line.utf8))
    let batchPath = try BatchTests.write([line], name: "binding-only.jsonl")
    let single = CLITests.run(["eval", directory, casePath, "--lang", "en"])
    #expect(single.code == 2)
    #expect(single.errors.contains("error[R0102]"), "\(single.errors)")
    let output = directory + "/out.jsonl"
    let batch = CLITests.run(["eval", directory, "--batch", batchPath, "--output", output])
    #expect(batch.code == 2)
    #expect(try String(contentsOfFile: output, encoding: .utf8).contains("R0102"))
  }

  @Test func aCaseWithTooManyFactsIsRefusedAtOnceByBothEngines() throws {
    let directory = try Self.directory("many-facts")
    try Self.bindingOnly.write(toFile: directory + "/ikat.netra", atomically: false, encoding: .utf8)
    let line = #"{"kasus": "K1", "a": [\#((0..<10_000).map { "{\"id\": \"a\($0)\"}" }.joined(separator: ","))]}"#
    let casePath = try CLITests.temporaryFile("many-facts.json", Array(line.utf8))
    let single = CLITests.run(["eval", directory, casePath, "--lang", "en"])
    #expect(single.code == 2)
    #expect(single.errors.contains("error[R0102]: the case holds more than 10000 facts (raise the limit with `--max-input-facts N`)"))
    let output = directory + "/out.jsonl"
    let batch = CLITests.run(["eval", directory, "--batch", try BatchTests.write([line], name: "many-facts.jsonl"), "--output", output])
    #expect(batch.code == 2)
    #expect(try String(contentsOfFile: output, encoding: .utf8).contains("more than 10000 facts"))
    // Raised by the flag, the same case reaches the rule (and its own limit).
    let raised = CLITests.run(["eval", directory, casePath, "--lang", "en", "--max-input-facts", "20000"])
    #expect(!raised.errors.contains("more than 10000 facts"))
  }

  /// A case with hundreds of acts takes the compiled engine's indexed joins; its findings must be
  /// the interpreter's, explained and not.
  @Test func aCaseWithManyActsGivesTheInterpretersFindings() throws {
    let program = try #require(Netra.load(path: CLITests.path("rulesets/netralitas")).program)
    let source = try String(contentsOfFile: CLITests.path("rulesets/netralitas/cases/kontrak-yogyakarta-pns-menyukai-unggahan-paslon.json"), encoding: .utf8)
    guard case .success(let document) = JSONReader.read(Array(source.utf8)), case .array(let acts)? = document.member("perbuatan")?.kind,
      let first = acts.first
    else { throw CancellationError() }
    let act = ReceiptCheck.render(first)
    let many = (1...300).map { act.replacingOccurrences(of: "\"id\":\"\(Self.id(of: first))\"", with: "\"id\":\"p\($0)\"") }
    guard case .object(let members) = document.kind else { throw CancellationError() }
    let line =
      "{" + members.map { member in
        JSONText.quote(member.key) + ":" + (member.key == "perbuatan" ? "[" + many.joined(separator: ",") + "]" : ReceiptCheck.render(member.value))
      }.joined(separator: ",") + "}"
    #expect(many.count == 300 && acts.count < 300)
    for trace in [false, true] {
      var options = Evaluator.Options(asOf: nil, trace: trace)
      options.limits = Limits()
      let block = [Array(line.utf8)[...]]
      let compiled = BatchEvaluator(program: program, options: options, workers: 1).evaluate(lines: block, firstNumber: 1)
      let interpreted = BatchEvaluator(program: program, options: options, workers: 1, compiledEngine: false).evaluate(lines: block, firstNumber: 1)
      #expect(compiled.findings == interpreted.findings && compiled.findings >= 300)
      #expect(compiled.parts.flatMap { $0 } + compiled.output == interpreted.parts.flatMap { $0 } + interpreted.output)
      #expect(compiled.interpreted == 0, "the compiled engine left the case to the interpreter")
    }
  }

  static func id(of act: JSONValue) -> String {
    if case .string(let id)? = act.member("id")?.kind { return id }
    return ""
  }

  @Test func aDirectionOverrideInAStringIsRefused() throws {
    let path = try Self.directory("bidi") + "/a.netra"
    try "ruleset t\nsource s \"UU \u{202E}1202\" effective 2020-01-01\n".write(toFile: path, atomically: false, encoding: .utf8)
    let run = CLITests.run(["check", path])
    #expect(run.code == 2)
    #expect(run.errors.contains("error[E0108]: a control character (U+202E) inside a string"))
  }

  @Test func theHTMLReportShowsControlCharactersEscaped() throws {
    let hostile = try String(contentsOfFile: Self.casePath, encoding: .utf8)
      .replacingOccurrences(of: "\"GOLD-1\"", with: #""X\u001b]0;owned\u0007""#)
    let path = try CLITests.temporaryFile("hostile-html.json", Array(hostile.utf8))
    let run = CLITests.run(["eval", Self.ruleset, path, "--format", "html"])
    #expect(run.code == 0)
    #expect(!run.output.contains(Self.escape))
    #expect(run.output.contains("X\\u{1b}]0;owned\\u{7}"))
  }

  @Test(arguments: [
    (["eval", "R", "C", "--verify-receipt", "C", "--as-of", "2024-01-01"], "`--verify-receipt` takes the date from the stored result"),
    (["eval", "R", "--batch", "C", "--format", "json"], "batch mode writes JSON Lines"),
    (["eval", "R", "--batch", "C", "--resume"], "`--resume` needs `--output FILE`"),
    (["fmt", "R", "--check", "--write"], "`--check` and `--write` cannot be used together"),
    (["lsp", "extra.netra"], "`netra lsp` takes no paths"),
    (["frobnicate"], "unknown command `frobnicate`"),
    (["check", "R", "--colour"], "unknown option `--colour`"),
  ])
  func aMisusedOptionIsNamed(arguments: [String], expected: String) {
    let resolved = arguments.map { $0 == "R" ? Self.ruleset : $0 == "C" ? Self.casePath : $0 }
    let run = CLITests.run(resolved)
    #expect(run.code == 2)
    #expect(run.errors.contains("error[E0007]"), "\(run.errors)")
    #expect(run.errors.contains(expected), "\(run.errors)")
  }

  @Test func aFullStandardErrorStillExitsTwo() throws {
    let run = try Self.shell("\"$NETRA\" check /nonexistent-ruleset 2>/dev/full; echo \"rc=$?\"")
    #expect(run.output.contains("rc=2"))
  }

  @Test func indonesianMessagesHaveNoEnglishFragments() throws {
    let cases = [#"{"kasus": "K", "pihak": 5, "perbuatan": []}"#, #"{"kasus": "K", "pihak": ["#, #"{"kasus": "K", "pihak": [], "perbuatan": {}}"#]
    for text in cases {
      let path = try CLITests.temporaryFile("indonesian.json", Array(text.utf8))
      let run = CLITests.run(["eval", Self.ruleset, path, "--lang", "id"])
      #expect(run.code == 2)
      for english in ["a list", "an object", "the end of the input", "found", "expected"] {
        #expect(!run.errors.contains(english), "\(english) in: \(run.errors)")
      }
    }
  }

  // MARK: - Language server framing

  @Test func framesAreReadTheSameWhicheverWayTheBytesArrive() {
    let stream = Self.frame(#"{"a":1}"#) + Self.frame(#"{"b":[1,2,3]}"#) + Array("content-length:  2 \r\nX-Other: y\r\n\r\n{}".utf8)
    for chunk in [1, 2, 3, 7, stream.count] {
      var framer = MessageFramer()
      var bodies: [String] = []
      var index = 0
      while index < stream.count {
        framer.append(stream[index..<min(stream.count, index + chunk)])
        index += chunk
        while case .message(let body)? = framer.next() { bodies.append(String(decoding: body, as: UTF8.self)) }
      }
      #expect(bodies == [#"{"a":1}"#, #"{"b":[1,2,3]}"#, "{}"], "chunk \(chunk)")
    }
  }

  @Test(arguments: [
    ("X-Only: 1\r\n\r\n{}", "without a valid Content-Length"),
    ("Content-Length: -1\r\n\r\n", "without a valid Content-Length"),
    ("Content-Length: 12abc\r\n\r\n", "without a valid Content-Length"),
    ("Content-Length: 2\r\nContent-Length: 2\r\n\r\n{}", "without a valid Content-Length"),
    ("Content-Length: 99999999999\r\n\r\n", "more than"),
    ("garbage without a colon\r\n\r\n", "without a valid Content-Length"),
  ])
  func aBrokenHeaderStopsTheStream(header: String, reason: String) {
    var framer = MessageFramer()
    framer.append(Array(header.utf8))
    guard case .broken(let text)? = framer.next() else {
      Issue.record("\(header) was accepted")
      return
    }
    #expect(text.contains(reason))
  }

  @Test func aHeaderPastTheCapIsBrokenBeforeItEnds() {
    var framer = MessageFramer(maxHeaderBytes: 100)
    framer.append(Array(repeating: UInt8(ascii: "a"), count: 101))
    #expect(framer.next() == .broken("a message header longer than 100 bytes"))
  }

  // MARK: - Found in review

  @Test func jsonOutputEscapesC1AndDirectionOverrides() throws {
    let hostile = try String(contentsOfFile: Self.casePath, encoding: .utf8)
      .replacingOccurrences(of: "\"GOLD-1\"", with: "\"A\u{7F}B\u{85}C\u{202E}D\"")
    let path = try CLITests.temporaryFile("hostile-json.json", Array(hostile.utf8))
    let run = CLITests.run(["eval", Self.ruleset, path, "--format", "json"])
    #expect(run.code == 0)
    #expect(run.output.contains(#""kasus": "A\u007fB\u0085C\u202eD""#), "\(run.output.prefix(200))")
    guard case .success = JSONReader.read(Array(run.output.utf8)) else {
      Issue.record("the output is not JSON")
      return
    }
    let stored = try CLITests.temporaryFile("hostile-json-result.json", Array(run.output.utf8))
    #expect(CLITests.run(["eval", Self.ruleset, path, "--verify-receipt", stored]).code == 0)
  }

  @Test func anEndlessStoredResultIsRefusedAtItsLimit() throws {
    let run = CLITests.run(["eval", Self.ruleset, Self.casePath, "--verify-receipt", "/dev/zero", "--max-result-bytes", "1000000", "--lang", "en"])
    #expect(run.code == 2)
    #expect(run.errors.contains("error[R0104]: the stored result is larger than"), "\(run.errors)")
    let huge = CLITests.run(["eval", Self.ruleset, Self.casePath, "--max-case-bytes", "9223372036854775807", "--lang", "en"])
    #expect(huge.code == 0, "\(huge.errors)")
  }

  @Test func standardInputIsNeverItsOwnOutput() throws {
    let input = try Self.batchInput(20, name: "stdin-same.jsonl")
    let before = try Data(contentsOf: URL(fileURLWithPath: input))
    let run = try Self.shell("\"$NETRA\" eval \(Self.ruleset) --batch - --output \(input) < \(input)")
    #expect(run.code == 2)
    #expect(run.errors.contains("error[E0005]"))
    #expect(try Data(contentsOf: URL(fileURLWithPath: input)) == before)
  }

  @Test func aCaseFromAFIFOWaitsForItsWriter() throws {
    let fifo = try Self.directory("fifo-case") + "/case.json"
    #expect(mkfifo(fifo, 0o600) == 0)
    let run = try Self.shell("(sleep 0.3; cat \(Self.casePath) > \(fifo)) & \"$NETRA\" eval \(Self.ruleset) \(fifo) --lang en; wait")
    #expect(run.code == 0, "\(run.errors)")
    #expect(run.output.hasPrefix("Case GOLD-1:"))
  }

  @Test func anOutputFIFOWithoutAReaderIsAnErrorNotAHang() throws {
    let fifo = try Self.directory("fifo-output") + "/out.jsonl"
    #expect(mkfifo(fifo, 0o600) == 0)
    let input = try Self.batchInput(5, name: "fifo-output.jsonl")
    let run = CLITests.run(["eval", Self.ruleset, "--batch", input, "--output", fifo])
    #expect(run.code == 2)
    #expect(run.errors.contains("no process is reading from this FIFO"))
  }

  @Test func resumeKeepsACaseIdLongerThanFourKilobytes() throws {
    let id = String(repeating: "K", count: 6_000)
    let lines = (1...30).map { BatchTests.caseLine($0).replacingOccurrences(of: "\"B-\($0)\"", with: "\"\(id)-\($0)\"") }
    let input = try BatchTests.write(lines, name: "long-id.jsonl")
    let output = try Self.directory("long-id") + "/out.jsonl"
    #expect(CLITests.run(["eval", Self.ruleset, "--batch", input, "--output", output]).code == 0)
    let whole = try String(contentsOfFile: output, encoding: .utf8)
    let kept = whole.split(separator: "\n").prefix(12).joined(separator: "\n") + "\n"
    try kept.write(toFile: output, atomically: false, encoding: .utf8)
    let resumed = CLITests.run(["eval", Self.ruleset, "--batch", input, "--output", output, "--resume"])
    #expect(resumed.code == 0, "\(resumed.errors)")
    #expect(try String(contentsOfFile: output, encoding: .utf8) == whole)
  }

  @Test func resumeRefusesARunMadeAnotherWay() throws {
    let (input, output, text) = try Self.completedRun(30, name: "other-options")
    let kept = text.split(separator: "\n").prefix(10).joined(separator: "\n") + "\n"
    for extra in [["--explain"], ["--as-of", "2024-01-01"]] {
      try kept.write(toFile: output, atomically: false, encoding: .utf8)
      let run = CLITests.run(["eval", Self.ruleset, "--batch", input, "--output", output, "--resume"] + extra)
      #expect(run.code == 2, "\(extra)")
      #expect(run.errors.contains("was made by another run"), "\(extra): \(run.errors)")
      #expect(try String(contentsOfFile: output, encoding: .utf8) == kept)
    }
    try FileManager.default.removeItem(atPath: output + ".netra-run")
    let unrecorded = CLITests.run(["eval", Self.ruleset, "--batch", input, "--output", output, "--resume"])
    #expect(unrecorded.code == 2)
    #expect(unrecorded.errors.contains("has no record of the run that made it"))
  }

  @Test func aFailedBatchWriteIsReportedOnceInTheCommandsLanguage() throws {
    let input = try Self.batchInput(50, name: "once.jsonl")
    let run = try Self.shell("\"$NETRA\" eval \(Self.ruleset) --batch \(input) > /dev/full")
    #expect(run.errors.components(separatedBy: "error[E0003]").count == 2, "\(run.errors)")
    #expect(run.errors.contains("belum ada baris hasil yang tertulis utuh"), "\(run.errors)")
    #expect(!run.errors.contains("whole"))
    #expect(!run.errors.contains("--resume"))
  }
}
