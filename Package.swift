// swift-tools-version: 6.0
// Ecowerk: a terminal workbench for ecosystem public-private partnerships (ecosysteem-pps).
// No package dependencies: ncurses comes from the system (Debian's libncurses-dev).

import PackageDescription

let package = Package(
  name: "Ecowerk",
  products: [
    .executable(name: "ecowerk", targets: ["ecowerk"])
  ],
  targets: [
    // ncursesw from the system. The shim defines NCURSES_WIDECHAR itself because a
    // pkgConfig-based target would drop the -D flags that enable the wide API.
    .systemLibrary(
      name: "CNcursesW",
      path: "Sources/CNcursesW",
      providers: [.apt(["libncurses-dev"])]
    ),
    // Async-signal-safe handlers that restore the terminal on every way out.
    .target(name: "CTerminalGuard"),
    // The domain: the plan and every change to it. Standard library only.
    .target(name: "EcowerkModel"),
    // A strict JSON reader with byte offsets for located errors, and a writer with stable order.
    .target(name: "EcowerkJSON"),
    // Display width, truncation and the sanitiser for untrusted text. Standard library only.
    .target(name: "EcowerkText"),
    // Spreadsheet files: CSV in any encoding, .xlsx read and written (zip, inflate, deflate,
    // XML of our own). Standard library only.
    .target(name: "EcowerkSheets"),
    // Every text the user reads, in Dutch and English: one table, looked up by key.
    .target(name: "EcowerkStrings", dependencies: ["EcowerkModel"]),
    // The demo plan and the default peer review rubric, shipped from the top-level Resources folder.
    .target(
      name: "EcowerkResources",
      path: "Resources",
      exclude: ["README.md"],
      sources: ["BundledResources.swift"],
      resources: [
        .copy("demo.ecowerk.json"),
        .copy("rubric-default.json"),
      ]
    ),
    // Files: JSON with located errors, durable saves, the recovery journal.
    .target(
      name: "EcowerkStore", dependencies: ["EcowerkModel", "EcowerkJSON", "EcowerkResources"]),
    // The plan checked against the method: findings with stable ids. Standard library only.
    .target(name: "EcowerkChecks", dependencies: ["EcowerkModel"]),
    // A plan as a document: one document model rendered as text, Markdown and HTML with SVG
    // pictures; the plan's tables as CSV and .xlsx and read back; the check listing.
    .target(
      name: "EcowerkReport",
      dependencies: [
        "EcowerkModel", "EcowerkText", "EcowerkStrings", "EcowerkChecks", "EcowerkSheets",
        "EcowerkJSON",
      ]),
    // UI state, keymap, update, panes rendering into a cell grid. No ncurses.
    .target(
      name: "EcowerkUI",
      dependencies: [
        "EcowerkModel", "EcowerkText", "EcowerkStrings", "EcowerkReport", "EcowerkChecks",
      ]),
    // The only code that sees ncurses: flushes a cell grid, reads keys.
    .target(name: "EcowerkTerminal", dependencies: ["CNcursesW", "CTerminalGuard", "EcowerkUI"]),
    // Plans for tests and the benchmark: a rich hand-made one and seeded generated ones.
    .target(name: "EcowerkFixtures", dependencies: ["EcowerkModel"]),
    // Argument parsing and the run loop.
    .executableTarget(
      name: "ecowerk",
      dependencies: [
        "EcowerkModel", "EcowerkText", "EcowerkStrings", "EcowerkStore", "EcowerkReport",
        "EcowerkUI", "EcowerkTerminal", "EcowerkChecks", "EcowerkSheets",
      ]
    ),
    // The benchmark: load, save, first frame, keystrokes and terminal bytes at three sizes.
    .executableTarget(
      name: "ecowerk-bench",
      dependencies: [
        "EcowerkModel", "EcowerkStore", "EcowerkUI", "EcowerkTerminal", "EcowerkFixtures",
        "EcowerkStrings", "EcowerkChecks", "EcowerkReport", "EcowerkSheets",
      ]
    ),
    .testTarget(
      name: "EcowerkModelTests", dependencies: ["EcowerkModel", "EcowerkStore", "EcowerkFixtures"]),
    .testTarget(name: "EcowerkJSONTests", dependencies: ["EcowerkJSON"]),
    .testTarget(
      name: "EcowerkChecksTests",
      dependencies: [
        "EcowerkChecks", "EcowerkModel", "EcowerkStore", "EcowerkFixtures", "EcowerkReport",
        "EcowerkStrings",
      ],
      exclude: ["Golden"]),
    .testTarget(name: "EcowerkStringsTests", dependencies: ["EcowerkStrings", "EcowerkModel"]),
    .testTarget(name: "EcowerkTextTests", dependencies: ["EcowerkText"]),
    .testTarget(name: "EcowerkSheetsTests", dependencies: ["EcowerkSheets"]),
    .testTarget(
      name: "EcowerkStoreTests",
      dependencies: ["EcowerkModel", "EcowerkStore", "EcowerkJSON", "EcowerkFixtures"],
      exclude: ["FuzzRegressions"]),
    .testTarget(
      name: "EcowerkReportTests",
      dependencies: [
        "EcowerkModel", "EcowerkStore", "EcowerkReport", "EcowerkStrings", "EcowerkText",
        "EcowerkFixtures", "EcowerkSheets",
      ],
      exclude: ["Golden"]
    ),
    .testTarget(
      name: "EcowerkUITests",
      dependencies: [
        "EcowerkModel", "EcowerkStore", "EcowerkUI", "EcowerkText", "EcowerkStrings",
        "EcowerkFixtures", "EcowerkChecks",
      ],
      exclude: ["Snapshots"]
    ),
    .testTarget(
      name: "EcowerkTerminalTests", dependencies: ["EcowerkTerminal", "EcowerkUI", "EcowerkStore"]),
    .testTarget(
      name: "EndToEndTests",
      dependencies: [
        "EcowerkStore", "EcowerkModel", "EcowerkFixtures", "EcowerkText", "EcowerkReport",
        "EcowerkStrings", "EcowerkChecks",
      ]),
  ],
  swiftLanguageModes: [.v6]
)
