/// What a learner has done, across sessions: stored as versioned JSON.
///
/// ```json
/// {"version": 1, "lessons": {"pod-ips": {"completedSteps": ["create"], "completed": false,
///   "hintsUsed": 1, "solutionsUsed": 0, "secondsSpent": 95}},
///  "exams": [{"date": "2026-11-26T09:00:00Z", "seed": 42, "score": 72, ...}]}
/// ```
///
/// `exams` came later: files without it load with no attempts, and it is written only when
/// there is an attempt, so a learner who never took an exam keeps the same file.
public struct Progress: Codable, Equatable, Sendable {
  /// The format this build writes.
  public static let currentVersion = 1

  /// The format of the file.
  public var version: Int
  /// Progress by lesson id.
  public var lessons: [String: LessonProgress]
  /// Practice exam attempts, oldest first (`kubetutor exam --history`).
  public var exams: [ExamRecord]

  /// Empty progress.
  public init(lessons: [String: LessonProgress] = [:], exams: [ExamRecord] = []) {
    version = Progress.currentVersion
    self.lessons = lessons
    self.exams = exams
  }

  enum CodingKeys: String, CodingKey {
    case version, lessons, exams
  }

  /// Decodes progress; a file written before exams existed has none.
  public init(from decoder: Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    version = try container.decode(Int.self, forKey: .version)
    lessons = try container.decode([String: LessonProgress].self, forKey: .lessons)
    exams = try container.decodeIfPresent([ExamRecord].self, forKey: .exams) ?? []
  }

  /// Encodes progress; `exams` only when there is an attempt.
  public func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(version, forKey: .version)
    try container.encode(lessons, forKey: .lessons)
    if !exams.isEmpty { try container.encode(exams, forKey: .exams) }
  }

  /// Progress in one lesson (empty when it was never started).
  public subscript(lesson id: String) -> LessonProgress {
    get { lessons[id] ?? LessonProgress() }
    set { lessons[id] = newValue }
  }

  /// This progress with `other` merged in: completed steps and lessons from either, and the
  /// larger of each count, so importing the same file twice changes nothing.
  public func merged(with other: Progress) -> Progress {
    var result = self
    for (id, theirs) in other.lessons {
      let mine = self[lesson: id]
      result[lesson: id] = LessonProgress(
        completedSteps: mine.completedSteps.union(theirs.completedSteps),
        completed: mine.completed || theirs.completed,
        hintsUsed: max(mine.hintsUsed, theirs.hintsUsed),
        solutionsUsed: max(mine.solutionsUsed, theirs.solutionsUsed),
        secondsSpent: max(mine.secondsSpent, theirs.secondsSpent))
    }
    for attempt in other.exams where !result.exams.contains(where: { $0.id == attempt.id }) {
      result.exams.append(attempt)
    }
    result.exams.sort { ($0.date, $0.seed) < ($1.date, $1.seed) }
    return result
  }
}

/// Progress in one lesson.
public struct LessonProgress: Codable, Equatable, Sendable {
  /// Ids of the steps completed by their checks.
  public var completedSteps: Set<String>
  /// Whether the lesson was completed.
  public var completed: Bool
  /// Hints shown.
  public var hintsUsed: Int
  /// Solutions shown or run.
  public var solutionsUsed: Int
  /// Time spent in the lesson, in seconds.
  public var secondsSpent: Double

  /// Progress with every count given.
  public init(
    completedSteps: Set<String> = [], completed: Bool = false, hintsUsed: Int = 0,
    solutionsUsed: Int = 0,
    secondsSpent: Double = 0
  ) {
    self.completedSteps = completedSteps
    self.completed = completed
    self.hintsUsed = hintsUsed
    self.solutionsUsed = solutionsUsed
    self.secondsSpent = secondsSpent
  }

  enum CodingKeys: String, CodingKey {
    case completedSteps, completed, hintsUsed, solutionsUsed, secondsSpent
  }

  /// Decodes a lesson's progress; missing counts are zero.
  public init(from decoder: Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    completedSteps = Set(
      try container.decodeIfPresent([String].self, forKey: .completedSteps) ?? [])
    completed = try container.decodeIfPresent(Bool.self, forKey: .completed) ?? false
    hintsUsed = try container.decodeIfPresent(Int.self, forKey: .hintsUsed) ?? 0
    solutionsUsed = try container.decodeIfPresent(Int.self, forKey: .solutionsUsed) ?? 0
    secondsSpent = try container.decodeIfPresent(Double.self, forKey: .secondsSpent) ?? 0
  }

  /// Encodes with the step ids sorted, so the same progress always gives the same file.
  public func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(completedSteps.sorted(), forKey: .completedSteps)
    try container.encode(completed, forKey: .completed)
    try container.encode(hintsUsed, forKey: .hintsUsed)
    try container.encode(solutionsUsed, forKey: .solutionsUsed)
    try container.encode(secondsSpent.rounded(), forKey: .secondsSpent)
  }
}
