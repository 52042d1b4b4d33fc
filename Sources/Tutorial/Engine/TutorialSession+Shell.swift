import ClusterSim
import Kubectl

/// Running a learner's line in the shell: time, restrictions, the undo snapshot, the record
/// of what ran and which connections were tried, then the step's checks.
extension TutorialSession {
  /// Programs whose connections count as the learner's attempts.
  static let networkTools: Set<String> = [
    "curl", "wget", "ping", "nc", "nslookup", "dig", "host", "telnet", "ssh",
  ]

  func runLine(_ line: String, into response: inout TutorialResponse) {
    if commandsRun > 0 && configuration.secondsPerCommand > 0 {
      cluster.advance(by: configuration.secondsPerCommand)
    }
    commandsRun += 1
    let before = cluster.state
    let positionBefore = position
    let connectionsBefore = before.network.connectionCount
    let result = shell.run(line)
    if let restriction = restriction(for: result.commands) {
      cluster.restore(before)
      position = positionBefore
      response.line(
        .warning, UIStrings.text("restricted", language, ["command": restriction.pattern.text]))
      if let why = restriction.explanation { response.line(.warning, plain(why)) }
      response.events.append(.commandRefused)
      return
    }
    undoStack.append(UndoEntry(line: line, state: before, position: positionBefore))
    if undoStack.count > configuration.undoDepth { undoStack.removeFirst() }
    for chunk in result.output.chunks {
      response.add(chunk.stream == .error ? .error : .output, chunk.text)
    }
    response.effects += result.effects
    guard step != nil else { return }
    position.log.append(
      CommandRecord(
        line: line, commands: result.commands, output: result.output.text, exitCode: result.exitCode
      ))
    // Every connection this line made counts (a loop of curls makes several); a line that
    // made none adds none, so an old answer is never counted twice.
    position.attempts += cluster.state.network.connections(since: connectionsBefore)
    evaluateStep(into: &response)
  }

  /// The step's restriction that one of `commands` falls under, if any.
  func restriction(for commands: [[String]]) -> Restriction? {
    guard let step else { return nil }
    for restriction in step.restrictions {
      if commands.contains(where: { restriction.pattern.matches($0, in: cluster.state) }) {
        return restriction
      }
    }
    return nil
  }
}
