import ClusterSim
import Foundation
import Testing

@testable import Kubectl

/// Golden transcripts: `Golden/NAME.sh` is a script of commands, `Golden/NAME.out` the
/// session it must produce. Set RECORD_GOLDEN=1 to rewrite the `.out` files.
enum Golden {
  static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Golden")

  static var recording: Bool { ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" }

  /// A fresh shell over a fresh cluster with a manual clock, as `sandbox --plain` has.
  static func shell(seed: UInt64 = 1, nodes: Int = 1, language: Language = .en) -> Shell {
    let cluster = Cluster(options: ClusterOptions(seed: seed, nodeCount: nodes), clock: ManualClock())
    return Shell(cluster: cluster, workspace: MemoryWorkspace(), language: language)
  }

  /// Options on the script's first line: `# kubetutor: --nodes 2 --seed 3`.
  static func options(of script: String) -> (seed: UInt64, nodes: Int) {
    var seed: UInt64 = 1
    var nodes = 1
    guard let first = script.split(separator: "\n").first, first.hasPrefix("# kubetutor:") else {
      return (seed, nodes)
    }
    let words = first.split(separator: " ").map(String.init)
    for (index, word) in words.enumerated() where index + 1 < words.count {
      if word == "--seed" { seed = UInt64(words[index + 1]) ?? 1 }
      if word == "--nodes" { nodes = Int(words[index + 1]) ?? 1 }
    }
    return (seed, nodes)
  }

  /// Runs `NAME.sh` and compares with `NAME.out`.
  static func check(_ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let scriptURL = directory.appendingPathComponent("\(name).sh")
    let expectedURL = directory.appendingPathComponent("\(name).out")
    var script = try String(contentsOf: scriptURL, encoding: .utf8)
    let (seed, nodes) = options(of: script)
    if script.hasPrefix("# kubetutor:") {
      script = script.split(separator: "\n", omittingEmptySubsequences: false).dropFirst().joined(separator: "\n")
    }
    let session = PlainSession(shell: shell(seed: seed, nodes: nodes))
    var previous = session.shell.cluster.state
    let actual = session.transcript(of: script) { command in
      let state = session.shell.cluster.state
      let problems = state.invariantViolations(since: previous)
      if !problems.isEmpty {
        Issue.record("\(name): after `\(command)` the cluster breaks its invariants:\n\(problems.joined(separator: "\n"))", sourceLocation: sourceLocation)
      }
      previous = state
    }
    if recording {
      try actual.write(to: expectedURL, atomically: true, encoding: .utf8)
      return
    }
    let expected = (try? String(contentsOf: expectedURL, encoding: .utf8)) ?? ""
    if actual != expected {
      let diff = firstDifference(expected, actual)
      Issue.record("\(name): transcript differs from \(name).out at line \(diff.line):\n- \(diff.expected)\n+ \(diff.actual)\n(RECORD_GOLDEN=1 rewrites it)", sourceLocation: sourceLocation)
    }
  }

  static func firstDifference(_ a: String, _ b: String) -> (line: Int, expected: String, actual: String) {
    let left = a.split(separator: "\n", omittingEmptySubsequences: false)
    let right = b.split(separator: "\n", omittingEmptySubsequences: false)
    for index in 0..<max(left.count, right.count) {
      let x = index < left.count ? String(left[index]) : "<end>"
      let y = index < right.count ? String(right[index]) : "<end>"
      if x != y { return (index + 1, x, y) }
    }
    return (0, "", "")
  }

  /// Every script in the folder.
  static var names: [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? [])
      .filter { $0.hasSuffix(".sh") }.map { String($0.dropLast(3)) }.sorted()
  }
}

/// Runs one command in a shell and returns its output text.
func run(_ shell: Shell, _ command: String) -> String {
  shell.run(command).output.text
}
