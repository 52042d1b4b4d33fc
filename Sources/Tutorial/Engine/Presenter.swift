import ClusterSim
import Kubectl

/// Walks a lesson for a teacher in front of a class (`kubetutor present`): each step forward
/// types the current step's next solution line, each step back returns to the start of a
/// step with the cluster exactly as it was then.
///
/// The presenter keeps the cluster of every step's start as it first sees the step begin
/// (``TutorialSession/stepStartState``), so ``back()`` restores a snapshot instead of
/// replaying: names, IPs, nodePorts and ages come back as they were. Lines typed freely go
/// through ``submit(_:)`` like the solution's.
///
/// ```swift
/// let presenter = Presenter(session: session)      // the lesson has been started
/// if let line = presenter.nextLine() {             // "kubectl create deployment web ..."
///   let response = presenter.submit(line)          // runs it; the step may complete
/// }
/// presenter.back()                                  // the step's start, exactly
/// ```
public final class Presenter {
  /// The session presented.
  public let session: TutorialSession
  /// The cluster at the start of each step of the lesson, by step index.
  public private(set) var starts: [Int: ClusterState] = [:]
  private var seen: (lesson: Int, step: Int)?
  private var typed = 0
  private var ranInStep = false

  /// A presenter over `session`, whose lesson has been started.
  public init(session: TutorialSession) {
    self.session = session
    observe()
  }

  /// The next line of the current step's solution, its live values read now, without a
  /// final newline; nil when the lesson is complete or every line has been typed. Counts it
  /// as typed.
  public func nextLine() -> String? {
    observe()
    guard var line = session.solutionLine(typed) else { return nil }
    typed += 1
    // NB: a here-document ends at its marker; a newline after it would type an empty line.
    while line.hasSuffix("\n") { line.removeLast() }
    return line
  }

  /// Whether the current step has a solution line not typed yet.
  public var hasNextLine: Bool {
    observe()
    return session.solutionLine(typed) != nil
  }

  /// Runs a line, typed by the presenter or from the solution, as the learner's session does.
  public func submit(_ line: String) -> TutorialResponse {
    willRun()
    let response = session.submit(line)
    observe()
    return response
  }

  /// Notes that a line is about to run in the current step (a front end that submits lines
  /// to the session itself calls it first, and ``observe()`` after).
  public func willRun() {
    observe()
    ranInStep = true
  }

  /// Lets the cluster follow its clock and evaluates the step (a clock tick).
  public func refresh() -> TutorialResponse {
    let response = session.refresh()
    observe()
    return response
  }

  /// Lets simulated time pass, two seconds at a time, until the current step completes (pods
  /// becoming Ready), at most `patience` seconds: what the presenter asks for when the step's
  /// solution has been typed but its checks still wait.
  public func settle(patience: Double = 30) -> TutorialResponse {
    observe()
    guard let start = seen, !session.isLessonComplete else { return TutorialResponse() }
    var response = TutorialResponse()
    var waited = 0.0
    while waited < patience, session.lessonIndex == start.lesson, session.stepIndex == start.step {
      let more = session.wait(seconds: 2)
      response.chunks += more.chunks
      response.events += more.events
      response.lessonChanged = response.lessonChanged || more.lessonChanged
      waited += 2
    }
    observe()
    return response
  }

  /// Goes back one step: to the start of the current step when something ran in it (or the
  /// lesson is complete: its last step), else to the start of the step before; the cluster as
  /// it was when that step began.
  @discardableResult
  public func back() -> TutorialResponse {
    observe()
    let count = session.lesson.steps.count
    let current = session.stepIndex
    let target: Int
    if current >= count {
      target = count - 1
    } else if ranInStep || typed > 0 {
      target = current
    } else {
      target = current - 1
    }
    guard target >= 0 else {
      var response = TutorialResponse()
      response.chunks.append(
        TutorialChunk(kind: .message, text: UIStrings.text("prev.first", session.language) + "\n"))
      return response
    }
    let response = session.returnToStep(target, restoring: starts[target])
    seen = (session.lessonIndex, session.stepIndex)
    typed = 0
    ranInStep = false
    return response
  }

  /// Notes a step that began since the last look: its starting cluster, and no line typed
  /// yet. Call it after the session changed other than through the presenter (a clock tick,
  /// a key's command).
  public func observe() {
    let now = (session.lessonIndex, session.stepIndex)
    if let seen, seen == now { return }
    if seen?.lesson != now.0 { starts = [:] }
    seen = now
    typed = 0
    ranInStep = false
    starts[now.1] = session.stepStartState
  }
}
