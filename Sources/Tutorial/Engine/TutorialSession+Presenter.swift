import ClusterSim
import Kubectl

/// What a presenter needs of the engine to walk a lesson forward and back exactly.
extension TutorialSession {
  /// The cluster as it was when the current step began (what ``Presenter`` keeps to come
  /// back to).
  public var stepStartState: ClusterState { position.start }

  /// Goes back to the start of step `index` (from 0) of the lesson being taken, with the
  /// cluster exactly as `state` when one is given (a snapshot from ``stepStartState`` taken
  /// when that step began), else rebuilt as `prev` rebuilds it.
  ///
  /// The shell is rebuilt by replaying the lesson's solutions, so that it stands where the
  /// lesson left it at that step (a node after `ssh`); then the snapshot replaces the
  /// cluster, names, IPs, ages and all.
  public func returnToStep(_ index: Int, restoring state: ClusterState?) -> TutorialResponse {
    var response = TutorialResponse()
    accountTime()
    pending = nil
    position.success = nil
    guard lesson.steps.indices.contains(index) else {
      response.line(.message, UIStrings.text("prev.first", language))
      return response
    }
    response.line(.message, UIStrings.text("prev.back", language, ["k": String(index + 1)]))
    position.skipped.remove(index)
    begin(lesson: position.lesson, step: index, fresh: false, into: &response)
    if let state {
      cluster.restore(state)
      position.start = state
    }
    saveProgress(into: &response)
    journalRecord(line: nil, command: .previous, stepBefore: nil, response: response)
    return response
  }
}
