// The libFuzzer entry point over the whole load path: bytes → size limit → strict JSON →
// decode → invariants, exactly as `PlanStore.load` runs it after reading the file.
//
// Compiled by fuzz/run.sh into one module with the store's decoding files, so it calls the
// same code the workbench does. Besides "never crash", it checks two promises of the store:
// every refusal is located (FILE:LINE:COLUMN for a file that is not a valid plan), and
// anything that loads can be saved and loads back equal, under the standard limits and under
// tiny ones (so that inputs at the limits are common, not a rarity).

import EcowerkModel

/// Limits small enough that random inputs reach them: 24-byte texts, lists of 6, a tree of 4
/// levels and 12 nodes.
let tinyLimits = PlanLimits(
  maxTextBytes: 24, maxListCount: 6, maxTreeDepth: 4, maxNodeCount: 12, maxHorizonYears: 8)

@_cdecl("LLVMFuzzerTestOneInput")
public func loadFuzzerTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
  check(bytes, limits: .standard)
  check(bytes, limits: tinyLimits)
  return 0
}

/// Loads `bytes`; a plan must save and load back equal, a refusal must say where. The fast
/// reader must never accept what the careful one refuses, nor read it differently.
func check(_ bytes: [UInt8], limits: PlanLimits) {
  if let fast = PlanFile.decodeFast(bytes, limits: limits), fast.violations(limits: limits).isEmpty
  {
    let careful = try? PlanFile.decodeCarefully(bytes, file: "fuzz.json", limits: limits)
    if careful != fast { fatalError("the fast reader read a plan the careful one did not") }
  }
  let plan: Plan
  do {
    plan = try PlanFile.decode(bytes, file: "fuzz.json", limits: limits)
  } catch {
    requireLocated(error)
    return
  }
  let saved = PlanFile.encode(plan)
  do {
    let again = try PlanFile.decode(saved, file: "saved.json", limits: limits)
    if again != plan { fatalError("the saved plan loads back different") }
    if PlanFile.encode(again) != saved { fatalError("saving twice gives different bytes") }
  } catch {
    fatalError("a plan that loaded could not be loaded after saving: \(error)")
  }
}

func requireLocated(_ error: StoreError) {
  if error.message.isEmpty { fatalError("an error without a message") }
  switch error.kind {
  case .invalid, .tooNew:
    if error.line == nil || error.column == nil {
      fatalError("an error without FILE:LINE:COLUMN: \(error)")
    }
  case .tooLarge: break
  case .unreadable, .notSaved: fatalError("decoding bytes cannot give \(error.kind)")
  }
}
