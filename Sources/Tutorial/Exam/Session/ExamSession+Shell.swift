import ClusterSim
import Kubectl

/// Running a learner's line in the shell, and keeping what checks may look at: every line
/// run and every connection tried during the exam.
extension ExamSession {
  func runLine(_ line: String, into response: inout ExamResponse) {
    if commandsRun > 0 && configuration.secondsPerCommand > 0 {
      cluster.advance(by: configuration.secondsPerCommand)
    }
    commandsRun += 1
    let connectionsBefore = cluster.state.network.connectionCount
    let result = shell.run(line)
    for chunk in result.output.chunks {
      response.add(chunk.stream == .error ? .error : .output, chunk.text)
    }
    response.effects += result.effects
    guard report == nil else { return }
    log.append(
      CommandRecord(
        line: line, commands: result.commands, output: result.output.text,
        exitCode: result.exitCode))
    // Every connection the line made counts (a loop of curls makes several).
    attempts += cluster.state.network.connections(since: connectionsBefore)
  }

  /// What the checks look at now: the cluster, the cluster at the start, and everything the
  /// learner ran during the exam.
  public var checkContext: CheckContext {
    CheckContext(
      state: cluster.state, start: startState, log: log, attempts: attempts,
      location: shell.location, workspace: configuration.workspace)
  }
}
