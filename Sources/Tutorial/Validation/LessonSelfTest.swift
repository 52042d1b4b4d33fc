import ClusterSim
import Kubectl

/// Plays a lesson by its own solutions and checks that every step's checks fail before its
/// solution and pass after it, step after step to the end.
///
/// ```swift
/// let problems = LessonSelfTest.run(lesson)   // [] when the lesson is sound
/// ```
public enum LessonSelfTest {
  /// How to run the self-test.
  public struct Options: Sendable {
    /// The cluster's seed.
    public var seed: UInt64
    /// Report steps that fail because the shell lacks a command (`curl: command not found`)
    /// as warnings rather than errors, for builds whose shell tools are not all there yet.
    public var allowMissingTools: Bool
    /// Seconds the self-test waits, two at a time, for a step to pass after its solution (pods
    /// becoming Ready), as a learner would by running another command.
    public var patience: Double

    /// Options; by default seed 1, missing tools are errors, and up to 30 s of waiting.
    public init(seed: UInt64 = 1, allowMissingTools: Bool = false, patience: Double = 30) {
      self.seed = seed
      self.allowMissingTools = allowMissingTools
      self.patience = patience
    }
  }

  /// The problems found playing `lesson` (empty when it is sound).
  public static func run(_ lesson: Lesson, options: Options = Options()) -> [Diagnostic] {
    var problems = setupProblems(lesson, options: options)
    guard problems.isEmpty else { return problems }
    let session = TutorialSession(
      lessons: [lesson], configuration: TutorialConfiguration(seed: options.seed))
    session.start(lesson: 0)
    func report(_ step: Step, _ message: String, missing: Set<String> = []) {
      var text = message
      var severity = Diagnostic.Severity.error
      if !missing.isEmpty {
        text += " (the shell has no \(missing.sorted().joined(separator: ", ")))"
        if options.allowMissingTools { severity = .warning }
      }
      problems.append(
        Diagnostic(file: lesson.file, line: step.line, severity: severity, message: text))
    }
    for (index, step) in lesson.steps.enumerated() {
      let name = step.id == String(index + 1) ? "step \(index + 1)" : "step \(index + 1) (\(step.id))"
      guard session.stepIndex == index else { break }
      if session.evaluateCurrentStep().passed {
        report(step, "\(name): its checks already pass before its solution runs")
      }
      var missing: Set<String> = []
      for number in step.solution.indices {
        if session.stepIndex != index {
          report(step, "\(name) is done before its solution's line \(number + 1) ('\(step.solution[number])') runs")
          break
        }
        guard let line = session.solutionLine(number) else { break }
        let source = step.solution[number]
        if source.contains("{{") && LiveText.rendered(source, in: [session.cluster.state]) == nil {
          report(step, "\(name): a live value in '\(source)' has no value")
        }
        let response = session.submit(line)
        missing.formUnion(missingCommands(in: response))
        if response.events.contains(.commandRefused) {
          report(step, "\(name): its solution '\(line)' is turned off by the step's own 'disable'")
        }
      }
      var waited = 0.0
      while session.stepIndex == index && waited < options.patience {
        _ = session.wait(seconds: 2)
        waited += 2
      }
      if session.stepIndex == index {
        let failures = session.evaluateCurrentStep().failures.map(\.en)
        let why = failures.isEmpty ? "" : ": " + failures.joined(separator: "; ")
        report(step, "\(name): its checks do not pass after its solution\(why)", missing: missing)
        break
      }
    }
    return problems
  }

  /// Setup commands that fail on a fresh cluster.
  static func setupProblems(_ lesson: Lesson, options: Options) -> [Diagnostic] {
    let cluster = Cluster(
      options: lesson.clusterOptions(seed: options.seed), clock: ManualClock())
    let shell = Shell(cluster: cluster, workspace: MemoryWorkspace())
    var problems: [Diagnostic] = []
    for line in lesson.setup {
      let result = shell.run(line)
      cluster.advance(by: 2)
      if result.exitCode != 0 {
        let first = result.output.text.split(separator: "\n").first.map(String.init) ?? ""
        problems.append(
          Diagnostic(
            file: lesson.file, line: lesson.line,
            message: "setup command '\(line)' failed: \(first)"))
      }
    }
    return problems
  }

  /// Commands a response says do not exist (`bash: curl: command not found`).
  static func missingCommands(in response: TutorialResponse) -> Set<String> {
    var names: Set<String> = []
    for chunk in response.chunks where chunk.kind == .error {
      for line in chunk.text.split(separator: "\n")
      where line.hasSuffix(": command not found") || line.hasSuffix(": not found") {
        let parts = line.split(separator: ":").map { $0.trimmingWhitespace }
        if parts.count >= 3 { names.insert(parts[1]) }
      }
    }
    return names
  }
}

/// `kubetutor check`: loads a lesson directory and self-tests every lesson.
public enum LessonCheck {
  /// What checking a directory found.
  public struct Report: Sendable {
    /// Every problem, load problems first.
    public var diagnostics: [Diagnostic]
    /// The lessons that loaded, with their step counts.
    public var lessons: [Lesson]

    /// Whether any problem is an error.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
  }

  /// Checks the lessons of `course` (already loaded).
  public static func run(_ course: LessonLoader.Course, options: LessonSelfTest.Options = .init())
    -> Report
  {
    var diagnostics = course.diagnostics
    for lesson in course.lessons {
      diagnostics += LessonSelfTest.run(lesson, options: options)
    }
    return Report(diagnostics: diagnostics, lessons: course.lessons)
  }
}
