import EcowerkModel
import EcowerkResources

/// The demo plan shipped in Resources.
public enum DemoPlan {
  /// The path of the shipped demo plan. Never written to: `--demo` and `new --demo` copy it.
  public static var path: String? {
    BundledResources.demoPlan?.path
  }

  public static func load() throws(StoreError) -> Plan {
    guard let path else {
      throw StoreError(.unreadable, file: "demo.ecowerk.json", problem: .missingFromInstallation)
    }
    return try PlanStore.load(path)
  }
}
