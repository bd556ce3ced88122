import EcowerkStrings
import Glibc

// The entry point: parse the command line, run the command, exit with its status.
let environment = ProcessEnvironment.current
var parser = ArgumentParser(Array(CommandLine.arguments.dropFirst()))
let invocation: Invocation
do {
  invocation = try parser.parse()
} catch {
  let strings = Strings(parser.global.language ?? Language.fromEnvironment(environment))
  Console.error(strings.format("cli.error", strings.format(error.key, arguments: error.arguments)))
  if error.showsHint { Console.error(strings["cli.usageHint"]) }
  exit(ExitStatus.usage)
}
let strings = Strings(parser.global.language ?? Language.fromEnvironment(environment))
let status = Commands(strings: strings, environment: environment).run(invocation)
exit(status)
