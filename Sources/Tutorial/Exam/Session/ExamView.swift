import Kubectl

/// What an exam screen shows, read from the session after each response and on every clock
/// tick: the task list, the open task, the countdown, and the report once it is over.
///
/// ```swift
/// let view = session.view
/// titleBar.draw(view.titleBar)        // "CKA practice · task 3/10 · 41:07 left"
/// taskPane.draw(view.statement)
/// ```
public struct ExamView: Equatable, Sendable {
  /// Every task, for a task list.
  public var tasks: [ExamTaskEntry]
  /// The open task's number (from 1).
  public var current: Int
  /// The open task's title.
  public var title: String
  /// The open task's topic, by name.
  public var topic: String
  /// The open task's share of the exam, in percent.
  public var percent: Int
  /// What the open task asks, as blocks.
  public var statement: [TextBlock]
  /// Seconds left (0 once the time is up or the exam is over).
  public var timeLeft: Double
  /// The time limit, in seconds.
  public var timeLimit: Double
  /// The time left as `M:SS` or `H:MM:SS`.
  public var clock: String
  /// A title bar line: the exam, the open task and the countdown.
  public var titleBar: String
  /// Whether the exam is over (submitted or out of time).
  public var isFinished: Bool
  /// The report, once the exam is over.
  public var report: ExamReport?
  /// The language of the texts.
  public var language: Language
  /// A question waiting for y/n (`submit`, `quit`), if any.
  public var pendingQuestion: String?
  /// The exam's seed.
  public var seed: UInt64
}

/// A row of the task list.
public struct ExamTaskEntry: Equatable, Sendable {
  /// The task's number.
  public var number: Int
  /// Its title in the current language.
  public var title: String
  /// Its share of the exam, in percent.
  public var percent: Int
  /// Its topic, by name.
  public var topic: String
  /// Whether the learner flagged it.
  public var isFlagged: Bool
  /// Whether it is the open task.
  public var isCurrent: Bool
  /// Whether the learner has opened it at least once.
  public var wasOpened: Bool
}
