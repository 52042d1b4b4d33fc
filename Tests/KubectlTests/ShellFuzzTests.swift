import ClusterSim
import Testing

@testable import Kubectl

/// Malformed and mutated command lines never crash the shell, never hang, and always answer.
@Suite struct ShellFuzzTests {
  /// 100,000 lines in all, in 20 independent streams (they run in parallel).
  static let streams = Array(0..<20)
  static let linesPerStream = 5000

  @Test(arguments: streams)
  func randomLinesNeverCrashOrHang(stream: Int) {
    var random = SeededRandom(seed: 2026 + UInt64(stream))
    let cluster = Cluster(options: ClusterOptions(seed: UInt64(stream), nodeCount: 1 + stream % 3), clock: ManualClock())
    let shell = Shell(cluster: cluster, workspace: MemoryWorkspace(), language: stream % 2 == 0 ? .en : .ko)
    let clock = ContinuousClock()
    var slowest: (Duration, String) = (.zero, "")
    for round in 0..<ShellFuzzTests.linesPerStream {
      let line = FuzzLines.line(round: round, random: &random)
      let before = shell.cluster.state
      let started = clock.now
      let result = shell.run(line)
      let took = clock.now - started
      if took > slowest.0 { slowest = (took, line) }
      #expect(result.exitCode >= 0, "line: \(line)")
      // Invariants on every line of the first streams, on a sample of the others (cost).
      if stream < 4 || round % 10 == 0 {
        let problems = shell.cluster.state.invariantViolations(since: before)
        #expect(problems.isEmpty, "after `\(line)`: \(problems)")
      }
      while shell.location != .laptop { _ = shell.run("exit") }
    }
    // A hang detector, not a benchmark (debug builds are slow; kubetutor-bench measures).
    #expect(slowest.0 < .seconds(2), "slowest line took \(slowest.0): \(slowest.1)")
    #expect(shell.history.count > ShellFuzzTests.linesPerStream * 9 / 10)
  }
}
