import Kubectl

/// A task as one exam gives it: a template with its parameters drawn and substituted.
public struct ExamTask: Equatable, Sendable {
  /// The task's number in the exam, from 1.
  public var number: Int
  /// The template it came from.
  public var templateID: String
  /// The topic's id.
  public var topic: String
  /// The template's weight (relative; ``ExamPaper/percentages`` has the task's share).
  public var weight: Int
  /// A short title for the task list.
  public var title: LocalizedText
  /// What to do, as the learner reads it (Markdown-ish, may hold `{{live values}}`).
  public var statement: LocalizedText
  /// Commands that build the task's starting state, run silently before the exam begins.
  public var setup: [String]
  /// The checks that grade the task; each counts for an equal part of its weight.
  public var checks: [Check]
  /// The model solution, shown in the report.
  public var solution: [String]
  /// The values drawn, by name (`server.image` for a record's field).
  public var values: [String: String]
  /// The template's file.
  public var file: String
  /// The lines of `setup:` and `solution:` in the template (for the self-test's messages).
  public var setupLine = 0
  /// The line of `solution:`.
  public var solutionLine = 0

  /// A task with every part given.
  public init(
    number: Int, templateID: String, topic: String, weight: Int, title: LocalizedText,
    statement: LocalizedText, setup: [String], checks: [Check], solution: [String],
    values: [String: String] = [:], file: String = ""
  ) {
    self.number = number
    self.templateID = templateID
    self.topic = topic
    self.weight = weight
    self.title = title
    self.statement = statement
    self.setup = setup
    self.checks = checks
    self.solution = solution
    self.values = values
    self.file = file
  }

  /// The folder the task's files go in, as the learner's shell names it.
  public static func folder(_ number: Int) -> String { "/home/user/course/\(number)" }
}

/// One exam: the tasks drawn for a seed, with the share of the score each is worth.
///
/// ```swift
/// let paper = ExamPaper.draw(from: catalogue, count: 10, seed: 42)
/// paper.tasks.map(\.templateID)   // the same ten for seed 42, every time
/// paper.percentages               // [7, 12, 9, ...]: adds up to 100
/// ```
public struct ExamPaper: Equatable, Sendable {
  /// The seed of the draw and of the cluster.
  public var seed: UInt64
  /// The tasks, numbered from 1.
  public var tasks: [ExamTask]
  /// The topics, for their names.
  public var topics: [ExamTopic]

  /// A paper with every part given.
  public init(seed: UInt64, tasks: [ExamTask], topics: [ExamTopic] = []) {
    self.seed = seed
    self.tasks = tasks
    self.topics = topics
  }

  /// Each task's share of the score, in whole percent adding up to 100 (largest remainder).
  public var percentages: [Int] {
    let total = tasks.reduce(0) { $0 + $1.weight }
    guard total > 0 else { return tasks.map { _ in 0 } }
    let exact = tasks.map { Double($0.weight) * 100 / Double(total) }
    var shares = exact.map { Int($0.rounded(.down)) }
    let order = exact.indices.sorted {
      let left = exact[$0] - Double(shares[$0])
      let right = exact[$1] - Double(shares[$1])
      return left != right ? left > right : $0 < $1
    }
    for index in order.prefix(100 - shares.reduce(0, +)) { shares[index] += 1 }
    return shares
  }

  /// The name of a topic in `language` (its id when the topic is unknown).
  public func topicTitle(_ id: String, _ language: Language) -> String {
    topics.first { $0.id == id }?.title[language] ?? id
  }
}
