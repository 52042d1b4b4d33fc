// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "kubetutor",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "kubetutor", targets: ["kubetutor"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
  ],
  targets: [
    // The embedded cluster: objects, store, controllers, allocators, clock. Prints nothing.
    .target(
      name: "ClusterSim",
      dependencies: [.product(name: "OrderedCollections", package: "swift-collections")]
    ),
    // The learner's shell: tokenizer, host tools, kubectl verbs, printers and errors.
    .target(
      name: "Kubectl",
      dependencies: ["ClusterSim", "Yams"]
    ),
    // The lesson engine: lesson files, checks, steps, progress, the bilingual UI strings.
    .target(
      name: "Tutorial",
      dependencies: ["ClusterSim", "Kubectl", "Yams"]
    ),
    // ncursesw, for the full-screen front end: a module map and a shim header, no logic.
    .systemLibrary(name: "CNcurses", providers: [.apt(["libncurses-dev"])]),
    // The full-screen front end: panes, line editor, cluster map; a curses and an in-memory backend.
    .target(
      name: "TerminalUI",
      dependencies: [
        "ClusterSim", "Kubectl", "Tutorial", "CNcurses",
        .product(name: "DequeModule", package: "swift-collections"),
      ]
    ),
    .executableTarget(
      name: "kubetutor",
      dependencies: [
        "Kubectl",
        "TerminalUI",
        "Tutorial",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(
      name: "kubetutor-bench",
      dependencies: ["Kubectl", "TerminalUI", "Tutorial"]
    ),
    .testTarget(name: "ClusterSimTests", dependencies: ["ClusterSim"]),
    .testTarget(
      name: "KubectlTests",
      dependencies: ["Kubectl"],
      exclude: ["Golden"]
    ),
    .testTarget(
      name: "TutorialTests",
      dependencies: ["Tutorial", "ClusterSim", "Kubectl"],
      exclude: ["Golden", "Fixtures"]
    ),
    .testTarget(
      name: "TerminalUITests",
      dependencies: ["TerminalUI", "CNcurses"],
      exclude: ["Golden"]
    ),
  ]
)
