import NetraCLI

#if canImport(Glibc)
  import Glibc
#endif

var output = StandardStream.output
var errors = StandardStream.error
let code = NetraCommand.run(arguments: Array(CommandLine.arguments.dropFirst()), output: &output, errors: &errors)
exit(code)
