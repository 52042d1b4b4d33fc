import ClusterSim
import Foundation
import Kubectl
import Tutorial

/// The session of `kubetutor present`: the lesson engine on the presenter's screen.
///
/// Everything a learner's screen does still works (the same ``TutorialScreenSession`` runs
/// underneath: typed commands, function keys, the editor); on top, Space or → on an empty
/// line types the step's next command and runs it, and ← goes back a step with the cluster
/// exactly as it was (``Presenter``). With ``Presentation/bilingual`` the lesson pane shows
/// each step in Korean and English together.
///
/// ```swift
/// let tutorial = TutorialSession(lessons: lessons, configuration: configuration)
/// let opening = tutorial.start(lesson: 4)
/// let session = PresenterScreenSession(presenter: Presenter(session: tutorial), opening: opening)
/// ```
public final class PresenterScreenSession: PresentingSession {
  /// The presenter's walk through the lesson.
  public let presenter: Presenter
  /// Whether the lesson pane shows both languages.
  public let bilingual: Bool
  private let inner: TutorialScreenSession
  private let clock: ManualClock?
  private var lastTick = ContinuousClock.now

  /// A presenter's session over `presenter`, whose lesson has been started (`opening` is
  /// what the start answered).
  ///
  /// `clock`, when given, is the cluster's clock, moved on by the wall's time at every tick:
  /// unlike a wall clock it goes back with the cluster when ← restores a step, so ages and
  /// grace periods read as they did then.
  public init(
    presenter: Presenter, opening: TutorialResponse? = nil, bilingual: Bool = false,
    followingWallTime clock: ManualClock? = nil
  ) {
    self.presenter = presenter
    self.bilingual = bilingual
    self.clock = clock
    inner = TutorialScreenSession(session: presenter.session, opening: opening)
  }

  public var language: Language { inner.language }
  public var prompt: String { inner.prompt }
  public var location: Location { inner.location }
  public var cluster: ClusterState { inner.cluster }
  public var lessonList: LessonList? { inner.lessonList }

  public var lessonPane: LessonPane? {
    guard bilingual else { return inner.lessonPane }
    let other: Language = language == .ko ? .en : .ko
    let first = TutorialPane.pane(for: view(in: language))
    let second = TutorialPane.pane(for: view(in: other))
    return BilingualPane.merged(first, second)
  }

  public func label(_ label: UILabel) -> String {
    if bilingual && label == .languageName { return PresenterLabels.bothLanguages }
    return inner.label(label)
  }

  public var editorHandler: EditorHandler? {
    get { inner.editorHandler }
    set { inner.editorHandler = newValue }
  }

  public func needsMoreInput(_ text: String) -> Bool { inner.needsMoreInput(text) }

  public func submit(_ line: String) -> SessionReply {
    // NB: typed `back` or `prev` goes back as ← does, to the exact snapshot.
    if Presenter.action(of: line) == .back { return back() }
    presenter.willRun()
    let reply = inner.submit(line)
    presenter.observe()
    return reply
  }

  public func perform(_ action: SessionAction) -> SessionReply {
    let reply = inner.perform(action)
    presenter.observe()
    return reply
  }

  public func tick() -> Bool {
    let now = ContinuousClock.now
    if let clock {
      let elapsed = (now - lastTick).components
      clock.advance(by: Double(elapsed.seconds) + Double(elapsed.attoseconds) / 1e18)
    }
    lastTick = now
    let changed = inner.tick()
    presenter.observe()
    return changed
  }

  public func completions(for line: String, cursor: Int) -> Completion {
    inner.completions(for: line, cursor: cursor)
  }

  public func takeAnnouncement() -> SessionReply? { inner.takeAnnouncement() }

  public func close() { inner.close() }

  public func forward() -> SessionReply {
    if let line = presenter.nextLine() {
      var reply = SessionReply()
      reply.typing = line
      return reply
    }
    return inner.reply(presenter.forward().response)
  }

  public func back() -> SessionReply {
    inner.reply(presenter.back())
  }

  /// The lesson engine's view in `language` (the engine's language is put back after).
  func view(in language: Language) -> LessonView {
    let tutorial = presenter.session
    let current = tutorial.language
    guard language != current else { return tutorial.view }
    tutorial.language = language
    defer { tutorial.language = current }
    return tutorial.view
  }
}
