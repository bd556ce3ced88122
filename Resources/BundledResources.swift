import Foundation

/// The files ecowerk ships with: the demo plan and the default peer review rubric.
///
/// They live in the package's top-level `Resources` folder so that people can find and read
/// them; SwiftPM copies them next to the built executable.
public enum BundledResources {
  /// The demo plan. Never opened for writing: `ecowerk --demo` works on a scratch copy.
  public static var demoPlan: URL? {
    Bundle.module.url(forResource: "demo.ecowerk", withExtension: "json")
  }

  /// The working peer review rubric (4 dimensions × 4 elements, drawn from the method text).
  public static var defaultRubric: URL? {
    Bundle.module.url(forResource: "rubric-default", withExtension: "json")
  }
}
