import NetraCLI

#if canImport(Glibc)
  import Glibc
#endif

let arguments = Array(CommandLine.arguments.dropFirst())
var output = StandardStream.output
var errors = StandardStream.error
var code = NetraCommand.run(arguments: arguments, output: &output, errors: &errors)
// A failed write (full disk, closed pipe) is reported once, here, as E0003 with exit 2.
if output.writer.failure != nil {
  errors.write(output.writer.takeFailureMessage(NetraCommand.messageLanguage(arguments)) ?? "")
  code = ExitCode.badInput
}
// Standard error itself failing leaves nowhere to say so; the exit code still does.
if errors.writer.failure != nil { code = ExitCode.badInput }
exit(code)
