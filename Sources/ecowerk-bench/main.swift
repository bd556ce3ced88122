import Glibc

let mainAt = MonotonicClock.now()
// ncurses reads the locale when the terminal starts; the figures must not depend on the
// caller's locale.
setenv("LC_ALL", "C.UTF-8", 1)

let options: BenchOptions
do {
  options = try BenchOptions.parse(Array(CommandLine.arguments.dropFirst()))
} catch {
  Bench.standardError("ecowerk-bench: \(error.message)\n\(BenchOptions.usage)")
  exit(2)
}
if options.help {
  print(BenchOptions.usage)
  exit(0)
}
if let path = options.writePlan { exit(Bench.writePlan(options, to: path)) }
if let path = options.saveLoop { exit(SaveLoop.run(path: path, seed: options.seed)) }
if let path = options.editLoop { exit(EditLoop.run(path: path)) }
exit(
  options.child || options.profile != nil
    ? Bench.child(options, mainAt: mainAt) : Bench.parent(options))
