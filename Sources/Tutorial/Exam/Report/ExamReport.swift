import ClusterSim
import Kubectl

/// The graded exam: every task's checks, passed or not, its points, the model solution, and
/// the total against the pass mark.
///
/// Each check of a task counts for an equal part of the task's share, so a task half done
/// earns half its points, as the real exam gives partial credit.
public struct ExamReport: Equatable, Sendable {
  /// The exam's seed.
  public var seed: UInt64
  /// The tasks, in exam order.
  public var tasks: [TaskResult]
  /// The pass mark, in percent.
  public var passMark: Double
  /// Seconds from the start to the end.
  public var secondsUsed: Double
  /// The time limit, in seconds.
  public var timeLimit: Double
  /// Whether the time ran out before `submit`.
  public var timedOut: Bool

  /// The score, 0 to 100: the points of every task added up.
  public var score: Double { tasks.reduce(0) { $0 + $1.points } }
  /// Whether the score reached the pass mark.
  public var passed: Bool { score + 1e-9 >= passMark }

  /// One graded task.
  public struct TaskResult: Equatable, Sendable {
    /// The task's number.
    public var number: Int
    /// The template's id.
    public var templateID: String
    /// The topic's id.
    public var topic: String
    /// The task's title.
    public var title: LocalizedText
    /// The task's share of the exam, in percent.
    public var percent: Int
    /// Every check, with its requirement and whether it held.
    public var checks: [CheckResult]
    /// Whether the learner had flagged it.
    public var flagged: Bool
    /// The model solution.
    public var solution: [String]

    /// The points earned: the share times the part of the checks that held.
    public var points: Double {
      guard !checks.isEmpty else { return 0 }
      return Double(percent) * Double(checks.filter(\.passed).count) / Double(checks.count)
    }
  }

  /// One check of a task.
  public struct CheckResult: Equatable, Sendable {
    /// What the check requires, in both languages (the check's `explain`).
    public var requirement: LocalizedText
    /// Whether it held.
    public var passed: Bool
  }

  /// Grades `paper` in `context` (the cluster at the end, everything the learner ran).
  public static func graded(
    _ paper: ExamPaper, in context: CheckContext, flagged: Set<Int>, passMark: Double,
    secondsUsed: Double, timeLimit: Double, timedOut: Bool
  ) -> ExamReport {
    let percentages = paper.percentages
    let tasks = paper.tasks.enumerated().map { index, task -> TaskResult in
      let checks = task.checks.map { check in
        // A failed check says what it found: "(now: 10.244.1.2, 10.244.1.9)".
        let report = CheckEvaluator.evaluate(check, in: context)
        let requirement = check.explanation ?? LocalizedText(en: "", ko: "")
        return CheckResult(
          requirement: report.passed ? requirement : (report.failures.first ?? requirement),
          passed: report.passed)
      }
      return TaskResult(
        number: task.number, templateID: task.templateID, topic: task.topic, title: task.title,
        percent: percentages[index], checks: checks, flagged: flagged.contains(task.number),
        solution: task.solution)
    }
    return ExamReport(
      seed: paper.seed, tasks: tasks, passMark: passMark, secondsUsed: secondsUsed,
      timeLimit: timeLimit, timedOut: timedOut)
  }

  /// The attempt as the progress file keeps it.
  public func record(date: Instant) -> ExamRecord {
    ExamRecord(
      date: date.rfc3339, seed: seed, minutes: Int((timeLimit / 60).rounded()),
      secondsUsed: secondsUsed, score: score, passMark: passMark, passed: passed,
      timedOut: timedOut,
      tasks: tasks.map { task in
        ExamTaskRecord(
          template: task.templateID, topic: task.topic, percent: task.percent,
          checksPassed: task.checks.filter(\.passed).count, checksTotal: task.checks.count,
          flagged: task.flagged)
      })
  }
}
