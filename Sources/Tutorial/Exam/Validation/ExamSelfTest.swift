import ClusterSim
import Kubectl

/// Plays exam templates by their model solutions: for each seed, on the exam's cluster, every
/// check must fail on the starting state (a check that already holds would give points for
/// nothing) and every check must pass after the solution.
///
/// ```swift
/// let problems = ExamSelfTest.run(template)   // [] when the template is sound
/// ```
public enum ExamSelfTest {
  /// How to run the self-test.
  public struct Options: Sendable {
    /// The seeds to draw the parameters and build the cluster with.
    public var seeds: [UInt64]
    /// Simulated seconds to wait, two at a time, for the checks to pass after the solution.
    public var patience: Double

    /// Options; by default seeds 1, 2 and 3 and up to a minute of waiting.
    public init(seeds: [UInt64] = [1, 2, 3], patience: Double = 60) {
      self.seeds = seeds
      self.patience = patience
    }
  }

  /// The problems found playing `template` (empty when it is sound).
  public static func run(_ template: ExamTemplate, options: Options = Options()) -> [Diagnostic] {
    var problems: [Diagnostic] = []
    var seen: Set<String> = []
    for seed in options.seeds {
      var draw = ParameterDraw(seed: seed)
      let values = draw.values(for: template, number: 1)
      let (built, loadProblems) = ExamInstantiation.task(template, values: values, number: 1)
      guard let task = built else {
        problems += loadProblems
        break
      }
      for problem in run(task, seed: seed, options: options, templateLine: template.line)
      where seen.insert("\(problem.line):\(problem.message)").inserted {
        problems.append(problem)
      }
    }
    return problems
  }

  /// The problems found playing one drawn task alone on the exam's cluster for `seed`.
  static func run(_ task: ExamTask, seed: UInt64, options: Options, templateLine: Int)
    -> [Diagnostic]
  {
    var problems: [Diagnostic] = []
    func report(_ at: Int, _ message: String) {
      problems.append(
        Diagnostic(
          file: task.file, line: at == 0 ? templateLine : at, message: "seed \(seed): \(message)"))
    }
    let session = ExamSession(
      paper: ExamPaper(seed: seed, tasks: [task]),
      configuration: ExamConfiguration(timeLimit: 24 * 3600))
    session.start()
    for failure in session.setupFailures {
      let first = failure.output.split(separator: "\n").first.map(String.init) ?? ""
      report(task.setupLine, "setup command '\(failure.line)' failed: \(first)")
    }
    guard problems.isEmpty else { return problems }
    for check in task.checks where CheckEvaluator.evaluate(check, in: session.checkContext).passed {
      report(
        check.line,
        "the check already passes before the solution runs: \(check.explanation?.en ?? "")")
    }
    for source in task.solution {
      let line = LiveText.rendered(source, in: [session.cluster.state], placeholder: "?")
      let response = session.submit(line)
      if response.chunks.contains(where: { $0.kind == .error }),
        let last = session.log.last, last.exitCode != 0
      {
        let first = response.chunks.first { $0.kind == .error }?.text.split(separator: "\n").first
        report(
          task.solutionLine, "solution command '\(line)' failed: \(first.map(String.init) ?? "")")
      }
    }
    var waited = 0.0
    func failing() -> [Check] {
      task.checks.filter { !CheckEvaluator.evaluate($0, in: session.checkContext).passed }
    }
    while !failing().isEmpty && waited < options.patience {
      _ = session.wait(seconds: 2)
      waited += 2
    }
    for check in failing() {
      report(
        check.line, "the check does not pass after the solution: \(check.explanation?.en ?? "")")
    }
    return problems
  }

  /// Takes a whole exam by typing every task's model solution in turn, lets up to `patience`
  /// simulated seconds pass, then submits: the report of a perfect candidate.
  public static func solved(_ paper: ExamPaper, patience: Double = 60) -> ExamReport? {
    let session = ExamSession(
      paper: paper, configuration: ExamConfiguration(timeLimit: 24 * 3600))
    session.start()
    for task in paper.tasks {
      for line in task.solution {
        _ = session.submit(LiveText.rendered(line, in: [session.cluster.state], placeholder: "?"))
      }
    }
    var waited = 0.0
    func allPass() -> Bool {
      paper.tasks.allSatisfy { task in
        task.checks.allSatisfy { CheckEvaluator.evaluate($0, in: session.checkContext).passed }
      }
    }
    while !allPass() && waited < patience {
      _ = session.wait(seconds: 2)
      waited += 2
    }
    _ = session.submit("submit")
    _ = session.submit("y")
    return session.report
  }
}

/// `kubetutor check --exam`: loads the exam folder and self-tests every template.
public enum ExamCheck {
  /// What checking the exam folder found.
  public struct Report: Sendable {
    /// Every problem, load problems first.
    public var diagnostics: [Diagnostic]
    /// The templates that loaded.
    public var templates: [ExamTemplate]

    /// Whether any problem is an error.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
  }

  /// Checks the templates of `catalogue` (already loaded).
  public static func run(
    _ catalogue: ExamCatalogue, options: ExamSelfTest.Options = .init()
  ) -> Report {
    var diagnostics = catalogue.diagnostics
    for template in catalogue.templates {
      diagnostics += ExamSelfTest.run(template, options: options)
    }
    return Report(diagnostics: diagnostics, templates: catalogue.templates)
  }
}
