import Netra

/// `netra eval <ruleset> <case> --verify-receipt RESULT.json`: reads the stored result, lets
/// `ReceiptCheck` compare it with a fresh run, and prints the verdict (exit 0 verified, 1 differs,
/// 2 refused).
enum ReceiptVerifier {
  static func verify(
    program: CheckedRuleset, casePath: String, caseBytes: [UInt8], storedPath: String, storedLimit: Int, limits: Limits,
    language: Language, output: inout some TextOutputStream, errors: inout some TextOutputStream
  ) -> Int32 {
    let what = Message(en: "the stored result", id: "hasil tersimpan")
    guard let stored = Input.caseBytes(storedPath, limit: storedLimit, what: what, limitCode: "R0104", language: language, errors: &errors)
    else {
      return ExitCode.badInput
    }
    switch ReceiptCheck.verify(program: program, casePath: casePath, caseBytes: caseBytes, storedPath: storedPath, stored: stored, limits: limits) {
    case .verified:
      output.write(
        language == .en
          ? "receipt verified: the same engine, ruleset, case, date and findings with their explanations\n"
          : "tanda terima terverifikasi: mesin, ruleset, kasus, tanggal, serta temuan dan penjelasannya sama\n")
      return ExitCode.success
    case .differs(let problems):
      output.write(
        (language == .en ? "receipt does not verify:\n" : "tanda terima tidak terverifikasi:\n")
          + problems.map { "  - \($0.text(language))\n" }.joined())
      return ExitCode.findings
    case .refused(let diagnostic):
      errors.write(DiagnosticRenderer(sources: SourceSet(), language: language).renderText([diagnostic]))
      return ExitCode.badInput
    }
  }
}
