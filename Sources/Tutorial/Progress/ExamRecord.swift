/// One practice exam attempt as the progress file keeps it: when, which exam (its seed and
/// tasks), the score and the time used.
///
/// ```json
/// {"date": "2026-11-26T09:00:00Z", "seed": 42, "minutes": 60, "secondsUsed": 2470,
///  "score": 72.5, "passMark": 66, "passed": true, "timedOut": false,
///  "tasks": [{"template": "expose-nodeport", "topic": "expose", "percent": 25,
///             "checksPassed": 3, "checksTotal": 4, "flagged": false}]}
/// ```
public struct ExamRecord: Codable, Equatable, Sendable {
  /// When the exam began (RFC 3339, UTC).
  public var date: String
  /// The seed: `kubetutor exam --seed S --tasks N` repeats the exam.
  public var seed: UInt64
  /// The time limit, in minutes.
  public var minutes: Int
  /// Seconds from the start to the submit (or to the end of the time).
  public var secondsUsed: Double
  /// The score, 0 to 100.
  public var score: Double
  /// The pass mark, 0 to 100.
  public var passMark: Double
  /// Whether the score reached the pass mark.
  public var passed: Bool
  /// Whether the time ran out before `submit`.
  public var timedOut: Bool
  /// The tasks, in exam order.
  public var tasks: [ExamTaskRecord]

  /// A record with every part given.
  public init(
    date: String, seed: UInt64, minutes: Int, secondsUsed: Double, score: Double,
    passMark: Double, passed: Bool, timedOut: Bool, tasks: [ExamTaskRecord]
  ) {
    self.date = date
    self.seed = seed
    self.minutes = minutes
    self.secondsUsed = secondsUsed
    self.score = score
    self.passMark = passMark
    self.passed = passed
    self.timedOut = timedOut
    self.tasks = tasks
  }

  /// What tells two attempts apart when progress files are merged.
  public var id: String { "\(date)#\(seed)#\(tasks.count)" }

  enum CodingKeys: String, CodingKey {
    case date, seed, minutes, secondsUsed, score, passMark, passed, timedOut, tasks
  }

  /// Decodes an attempt; counts a later kubetutor added would be missing, so they default.
  public init(from decoder: Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    date = try container.decode(String.self, forKey: .date)
    seed = try container.decode(UInt64.self, forKey: .seed)
    minutes = try container.decodeIfPresent(Int.self, forKey: .minutes) ?? 0
    secondsUsed = try container.decodeIfPresent(Double.self, forKey: .secondsUsed) ?? 0
    score = try container.decode(Double.self, forKey: .score)
    passMark = try container.decodeIfPresent(Double.self, forKey: .passMark) ?? 66
    passed = try container.decodeIfPresent(Bool.self, forKey: .passed) ?? (score >= passMark)
    timedOut = try container.decodeIfPresent(Bool.self, forKey: .timedOut) ?? false
    tasks = try container.decodeIfPresent([ExamTaskRecord].self, forKey: .tasks) ?? []
  }

  /// Encodes with whole seconds and the score to one decimal, so files diff well.
  public func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(date, forKey: .date)
    try container.encode(seed, forKey: .seed)
    try container.encode(minutes, forKey: .minutes)
    try container.encode(secondsUsed.rounded(), forKey: .secondsUsed)
    try container.encode((score * 10).rounded() / 10, forKey: .score)
    try container.encode(passMark, forKey: .passMark)
    try container.encode(passed, forKey: .passed)
    try container.encode(timedOut, forKey: .timedOut)
    try container.encode(tasks, forKey: .tasks)
  }
}

/// One task of an exam attempt.
public struct ExamTaskRecord: Codable, Equatable, Sendable {
  /// The template's id.
  public var template: String
  /// The template's topic.
  public var topic: String
  /// The task's share of the exam, in percent.
  public var percent: Int
  /// Checks that held at the end.
  public var checksPassed: Int
  /// Checks in all.
  public var checksTotal: Int
  /// Whether the task was flagged at the end.
  public var flagged: Bool

  /// A task record with every part given.
  public init(
    template: String, topic: String, percent: Int, checksPassed: Int, checksTotal: Int,
    flagged: Bool
  ) {
    self.template = template
    self.topic = topic
    self.percent = percent
    self.checksPassed = checksPassed
    self.checksTotal = checksTotal
    self.flagged = flagged
  }
}
