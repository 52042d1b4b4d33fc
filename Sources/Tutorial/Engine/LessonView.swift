import Kubectl

/// What a lesson pane shows, read from the session after each response: titles, the step's
/// text with live values filled in, revealed hints, the solution if shown, the quiz.
public struct LessonView: Equatable, Sendable {
  /// The lesson's number in the course (1-based) and how many lessons there are.
  public var lessonNumber: Int
  /// How many lessons there are.
  public var lessonCount: Int
  /// The lesson's id.
  public var lessonID: String
  /// The lesson's title in the current language.
  public var title: String
  /// The lesson's summary.
  public var summary: [TextBlock]
  /// The current step's number (1-based); equals `stepCount` once the lesson is complete.
  public var stepNumber: Int
  /// How many steps the lesson has.
  public var stepCount: Int
  /// The step's text, with live values from the learner's cluster.
  public var text: [TextBlock]
  /// The hints shown so far, in order.
  public var hints: [[TextBlock]]
  /// How many hints the step has in all.
  public var hintCount: Int
  /// The solution commands, once shown.
  public var solution: [String]?
  /// The success text of the step just completed, until the next command.
  public var success: [TextBlock]?
  /// The quiz, when the step is a question.
  public var quiz: QuizView?
  /// Whether every step is done.
  public var isComplete: Bool
  /// Totals once the lesson is complete.
  public var stats: LessonStats?
  /// The lesson's closing summary, once it is complete.
  public var recap: [TextBlock]?
  /// The language of the texts.
  public var language: Language
  /// A question waiting for y/n (`solution`), if any.
  public var pendingQuestion: String?
}

/// A quiz question's choices and the learner's answer so far.
public struct QuizView: Equatable, Sendable {
  /// The choices, numbered from 1.
  public var choices: [[TextSpan]]
  /// The last answer given, if any.
  public var answered: Int?
}

/// Totals for a finished lesson.
public struct LessonStats: Equatable, Sendable {
  /// Steps completed by their checks (not skipped).
  public var completedSteps: Int
  /// Steps in the lesson.
  public var totalSteps: Int
  /// Hints shown.
  public var hintsUsed: Int
  /// Solutions shown or run.
  public var solutionsUsed: Int
  /// Time spent, in seconds.
  public var seconds: Double
}

/// A row of the lesson list.
public struct LessonEntry: Equatable, Sendable {
  /// The number to type after `lesson`.
  public var number: Int
  /// The lesson's id.
  public var id: String
  /// The title in the current language.
  public var title: String
  /// Steps done so far and steps in all.
  public var completedSteps: Int
  /// Steps in the lesson.
  public var totalSteps: Int
  /// Whether the lesson is complete.
  public var isComplete: Bool
  /// Whether it is the lesson being taken.
  public var isCurrent: Bool

  /// ✓ done, … started, · not started.
  public var mark: String { isComplete ? "✓" : completedSteps > 0 ? "…" : "·" }
}
