import ClusterSim

/// One lesson, as loaded from its file: a starting cluster and the steps to take on it.
public struct Lesson: Equatable, Sendable {
  /// A short stable name (`pod-ips`), used by `--lesson`, `lesson ID` and the progress file.
  public var id: String
  /// Where the lesson sits in the course (from `order:` or the file name's number prefix).
  public var order: Int
  /// The title, in both languages.
  public var title: LocalizedText
  /// What the lesson is about, in a sentence or two.
  public var summary: LocalizedText
  /// How many nodes the starting cluster has (1 to 3).
  public var nodes: Int
  /// Commands run silently on the fresh cluster before the first step.
  public var setup: [String]
  /// The steps, in order; a lesson's quiz questions come last, as steps of their own.
  public var steps: [Step]
  /// The closing summary shown when the lesson is complete: what was learned and the
  /// commands used (optional).
  public var recap: LocalizedText?
  /// The file the lesson came from, as given to the loader.
  public var file: String
  /// The line of `id:` in the file.
  public var line: Int

  /// A lesson with every part given.
  public init(
    id: String, order: Int, title: LocalizedText, summary: LocalizedText, nodes: Int = 1,
    setup: [String] = [], steps: [Step], recap: LocalizedText? = nil, file: String = "", line: Int = 1
  ) {
    self.recap = recap
    self.id = id
    self.order = order
    self.title = title
    self.summary = summary
    self.nodes = nodes
    self.setup = setup
    self.steps = steps
    self.file = file
    self.line = line
  }
}

/// One step of a lesson: what to read, what to do, and how kubetutor knows it is done.
public struct Step: Equatable, Sendable {
  /// A name for the progress file; defaults to the step's number.
  public var id: String
  /// The text (Markdown-ish, may hold `{{live values}}`).
  public var text: LocalizedText
  /// Command lines that solve the step, in order (`answer N` for a quiz question).
  public var solution: [String]
  /// Hints, revealed one at a time by `hint`.
  public var hints: [LocalizedText]
  /// What must hold for the step to be done (all of them).
  public var checks: [Check]
  /// Shown when the step is done.
  public var success: LocalizedText?
  /// Commands turned off in this step.
  public var restrictions: [Restriction]
  /// The choices of a quiz question; empty for other steps.
  public var choices: [LocalizedText]
  /// The line of the step in its file.
  public var line: Int

  /// A step with every part given.
  public init(
    id: String, text: LocalizedText, solution: [String], hints: [LocalizedText] = [],
    checks: [Check], success: LocalizedText? = nil, restrictions: [Restriction] = [],
    choices: [LocalizedText] = [], line: Int = 0
  ) {
    self.id = id
    self.text = text
    self.solution = solution
    self.hints = hints
    self.checks = checks
    self.success = success
    self.restrictions = restrictions
    self.choices = choices
    self.line = line
  }

  /// Whether the step is a quiz question answered with `answer N`.
  public var isQuiz: Bool { !choices.isEmpty }
}

/// A command a step turns off, e.g. `kubectl expose` where the step teaches writing YAML.
public struct Restriction: Equatable, Sendable {
  /// The commands turned off.
  public var pattern: CommandPattern
  /// Why, shown when the learner runs one.
  public var explanation: LocalizedText?

  /// A restriction of `pattern`.
  public init(pattern: CommandPattern, explanation: LocalizedText? = nil) {
    self.pattern = pattern
    self.explanation = explanation
  }
}

extension Lesson {
  /// The cluster a lesson runs on for a session's seed: each lesson draws its own names,
  /// addresses and ports from it (a fresh cluster would), so that no address looks fixed
  /// from one lesson to the next, and the same seed still gives the same cluster.
  public func clusterOptions(seed: UInt64) -> ClusterOptions {
    var options = ClusterOptions(seed: seed, nodeCount: nodes)
    options.variant = UInt64(max(0, order)) &* 0x9E37_79B9
    return options
  }
}
