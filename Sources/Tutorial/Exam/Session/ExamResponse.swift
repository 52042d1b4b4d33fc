import Kubectl

/// What the exam answers to one line: text to show, what happened, and what the front end
/// must do.
public struct ExamResponse: ChunkedText, Equatable, Sendable {
  /// Text to show, in order (the same kinds as a lesson's: output, error, message, ...).
  public var chunks: [TutorialChunk] = []
  /// What happened, for a front end to react to.
  public var events: [ExamEvent] = []
  /// Effects from the shell (clear the screen, the prompt's location changed).
  public var effects: [ShellEffect] = []
  /// True when the task pane shows something else now (another task, a flag, the report).
  public var viewChanged = false
  /// True when the learner asked to leave.
  public var quit = false

  /// An empty response.
  public init() {}
}

/// Something that happened in an exam.
public enum ExamEvent: Equatable, Sendable {
  /// The exam began, its starting state built.
  case started
  /// A task was opened (its number).
  case taskOpened(Int)
  /// A task was flagged (true) or unflagged.
  case flagged(Int, Bool)
  /// The time ran out.
  case timeUp
  /// The exam was graded (after `submit` or when the time ran out).
  case finished
  /// The language changed.
  case languageChanged(Language)
  /// A warning for the learner's attention (progress file problems).
  case warning(String)
}
