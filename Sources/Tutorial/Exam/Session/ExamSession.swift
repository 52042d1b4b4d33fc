import ClusterSim
import Foundation
import Kubectl

/// What an exam needs from outside: time, files and where results go, injected so that an
/// exam repeats exactly in tests.
public struct ExamConfiguration {
  /// The language to start in.
  public var language: Language
  /// The cluster's clock: a ``ManualClock`` in scripts and tests, a ``WallClock`` interactively.
  public var clock: Clock
  /// The clock of the countdown; the cluster's clock when nil (so `sleep 60` costs a minute,
  /// as it would on the real exam).
  public var timeSource: Clock?
  /// The clock that dates the attempt in the history; the countdown's when nil.
  public var calendar: Clock?
  /// The learner's files (a fresh folder: files left from another attempt would be graded).
  public var workspace: Workspace
  /// Seconds the cluster's clock moves before each command after the first (2 in scripts).
  public var secondsPerCommand: Double
  /// Where the attempt is recorded; nil records nothing.
  public var progressStore: ProgressStore?
  /// The time limit, in seconds.
  public var timeLimit: Double
  /// The pass mark, in percent.
  public var passMark: Double
  /// Simulated seconds the start waits, two at a time, for the tasks' pods to become Ready.
  public var settleLimit: Double

  /// A configuration; by default a scripted exam in memory with one hour.
  public init(
    language: Language = .en, clock: Clock = ManualClock(), timeSource: Clock? = nil,
    calendar: Clock? = nil, workspace: Workspace = MemoryWorkspace(),
    secondsPerCommand: Double = 2, progressStore: ProgressStore? = nil,
    timeLimit: Double = 3600, passMark: Double = 66, settleLimit: Double = 60
  ) {
    self.language = language
    self.clock = clock
    self.timeSource = timeSource
    self.calendar = calendar
    self.workspace = workspace
    self.secondsPerCommand = secondsPerCommand
    self.progressStore = progressStore
    self.timeLimit = timeLimit
    self.passMark = passMark
    self.settleLimit = settleLimit
  }

  /// The default time limit for `tasks` tasks: six minutes each, as the real exam gives
  /// about two hours for fifteen to twenty tasks.
  public static func defaultMinutes(tasks: Int) -> Int { max(6, tasks * 6) }
}

/// A timed practice exam: one cluster with every task's starting state, the learner's shell,
/// the open task, flags and the countdown; `submit` (or the end of the time) grades it.
///
/// A front end types lines with ``submit(_:)`` (exam commands and shell commands alike),
/// shows the response's ``ExamResponse/terminalText`` in its terminal pane, redraws its task
/// pane and title bar from ``view``, and calls ``refresh()`` every second or so: that moves
/// the countdown and ends the exam when the time runs out.
///
/// ```swift
/// let paper = ExamPaper.draw(from: catalogue, count: 10, seed: 42)
/// let exam = ExamSession(paper: paper, configuration: ExamConfiguration())
/// print(exam.start().text)                 // header, task list, task 1
/// _ = exam.submit("task 3")
/// _ = exam.submit("k -n shop get svc")
/// exam.view.titleBar                       // "CKA practice · task 3/10 · 59:58 left"
/// ```
public final class ExamSession {
  /// The tasks.
  public let paper: ExamPaper
  /// The configuration given.
  public let configuration: ExamConfiguration
  /// The simulated cluster every task shares.
  public let cluster: Cluster
  /// The learner's shell.
  public internal(set) var shell: Shell
  /// The index of the open task, from 0.
  public internal(set) var currentIndex = 0
  /// The numbers of the flagged tasks.
  public internal(set) var flagged: Set<Int> = []
  /// The numbers of the tasks opened so far.
  public internal(set) var opened: Set<Int> = []
  /// The report, once the exam is over.
  public internal(set) var report: ExamReport?
  /// Whether ``start()`` has built the exam.
  public internal(set) var hasStarted = false

  /// The language of the texts.
  public var language: Language {
    didSet { shell.language = language }
  }

  /// Runs an editor for `kubectl edit`, handed to the shell.
  public var editor: ((_ program: String, _ path: String) -> Bool)? {
    didSet { shell.editor = editor }
  }

  var startState: ClusterState
  var startedAt: Instant
  var endedAt: Instant?
  var log: [CommandRecord] = []
  var attempts: [ConnectionRecord] = []
  var pending: ExamQuestion?
  var commandsRun = 0
  /// Setup commands that failed while the exam was built (for the self-test).
  var setupFailures: [(task: Int, line: String, output: String)] = []

  /// An exam over `paper` (at least one task); call ``start()`` to build it.
  public init(paper: ExamPaper, configuration: ExamConfiguration) {
    precondition(!paper.tasks.isEmpty, "an exam needs at least one task")
    self.paper = paper
    self.configuration = configuration
    language = configuration.language
    cluster = Cluster(
      options: ClusterOptions(seed: paper.seed, nodeCount: 3), clock: configuration.clock)
    shell = Shell(
      cluster: cluster, workspace: configuration.workspace, language: configuration.language)
    startState = cluster.state
    startedAt = configuration.clock.now
  }

  /// The open task.
  public var currentTask: ExamTask { paper.tasks[currentIndex] }

  /// Whether the exam is over (graded).
  public var isFinished: Bool { report != nil }

  /// The exam's first line: its tasks, its minutes and its pass mark.
  public var header: String {
    let minutes = Int((configuration.timeLimit / 60).rounded())
    return ExamStrings.text(
      "exam.header", language,
      [
        "tasks": String(paper.tasks.count),
        "tasksWord": paper.tasks.count == 1 ? "task" : "tasks",
        "minutes": String(minutes),
        "minutesWord": minutes == 1 ? "minute" : "minutes",
        "pass": ExamStrings.points(configuration.passMark),
      ])
  }

  /// The clock of the countdown.
  var timer: Clock { configuration.timeSource ?? cluster.clock }

  /// Seconds left: the limit minus the time since the start (what was left at the end, once
  /// the exam is over).
  public var timeLeft: Double {
    let end = endedAt ?? timer.now
    return max(0, configuration.timeLimit - end.since(startedAt))
  }

  /// Whether the time has run out.
  var isTimeUp: Bool { hasStarted && report == nil && timeLeft <= 0 }

  /// The prompt to show before the next line: the shell's, or a y/N question.
  public var prompt: String { pending?.text(self) ?? shell.prompt }

  /// The prompt with the open task and the time left in front, for a line-based front end
  /// that has no title bar: `[task 3 · 41:07] user@laptop:~$ `.
  public var plainPrompt: String {
    guard pending == nil, hasStarted, report == nil else { return prompt }
    let prefix = ExamStrings.text(
      "prompt.prefix", language,
      ["n": String(currentTask.number), "left": ExamStrings.clock(timeLeft)])
    return prefix + shell.prompt
  }

  /// Whether `text` needs more lines before it can run (an open quote or here-document).
  public func needsMoreInput(_ text: String) -> Bool {
    pending == nil && ExamCommand.parse(text) == nil && shell.needsMoreInput(text)
  }

  /// Builds every task's starting state silently (its folder, its setup), lets the pods
  /// start, then starts the countdown and shows the task list and task 1.
  @discardableResult
  public func start() -> ExamResponse {
    var response = ExamResponse()
    guard !hasStarted else { return response }
    build()
    hasStarted = true
    startedAt = timer.now
    let say = { (key: String, arguments: [String: String]) in
      ExamStrings.text(key, self.language, arguments)
    }
    response.line(.lesson, header)
    response.line(
      .lesson, say("exam.seed", ["seed": String(paper.seed), "tasks": String(paper.tasks.count)]))
    response.line(.lesson, "")
    response.line(.lesson, PlainRendering.text(TextBlock.parse(say("exam.intro", [:]))))
    response.line(.lesson, "")
    response.line(.lesson, PlainRendering.text(TextBlock.parse(say("exam.commands", [:]))))
    response.line(.lesson, "")
    response.add(.lesson, taskListText())
    response.events.append(.started)
    open(0, into: &response)
    return response
  }

  /// Handles one line: an exam command (`task 3`, `flag`, `submit`, ...) or a shell command.
  /// A line typed after the time ran out is not run: the exam is graded instead.
  public func submit(_ line: String) -> ExamResponse {
    var response = ExamResponse()
    if isTimeUp {
      finish(timedOut: true, into: &response)
      return response
    }
    if let question = pending {
      pending = nil
      answer(question, line, into: &response)
      return response
    }
    if let command = ExamCommand.parse(line.trimmingCharacters(in: .whitespacesAndNewlines)) {
      handle(command, into: &response)
    } else {
      runLine(line, into: &response)
    }
    if isTimeUp { finish(timedOut: true, into: &response) }
    return response
  }

  /// Performs an exam command directly, as a key does, with the same effect as typing it.
  public func perform(_ command: ExamCommand) -> ExamResponse {
    var response = ExamResponse()
    if isTimeUp {
      finish(timedOut: true, into: &response)
      return response
    }
    pending = nil
    handle(command, into: &response)
    return response
  }

  /// Lets the cluster catch up with its clock and ends the exam when the time has run out: a
  /// front end with a countdown calls it every second or so.
  public func refresh() -> ExamResponse {
    var response = ExamResponse()
    cluster.tick()
    if isTimeUp {
      pending = nil
      finish(timedOut: true, into: &response)
    }
    return response
  }

  /// Moves a manual clock forward, then refreshes (scripts and tests).
  public func wait(seconds: Double) -> ExamResponse {
    cluster.advance(by: seconds)
    return refresh()
  }

  /// Runs every task's setup on the fresh cluster, then waits for the pods.
  func build() {
    let quiet = Shell(cluster: cluster, workspace: configuration.workspace, language: language)
    for task in paper.tasks {
      _ = quiet.run("mkdir -p \(ExamTask.folder(task.number))")
      for line in task.setup {
        let result = quiet.run(line)
        if result.exitCode != 0 {
          setupFailures.append((task.number, line, result.output.text))
        }
        cluster.advance(by: 2)
      }
    }
    var waited = 0.0
    while waited < configuration.settleLimit {
      let pods = cluster.state.store.list(Pod.self, in: nil)
      if pods.allSatisfy({ $0.isReady || $0.metadata.deletionTimestamp != nil }) { break }
      cluster.advance(by: 2)
      waited += 2
    }
    startState = cluster.state
  }
}

/// A y/N question waiting for its answer.
enum ExamQuestion: Equatable {
  case submit
  case quit

  func text(_ session: ExamSession) -> String {
    switch self {
    case .submit:
      return ExamStrings.text(
        "submit.confirm", session.language,
        [
          "flagged": String(session.flagged.count),
          "left": ExamStrings.clock(session.timeLeft),
        ])
    case .quit: return ExamStrings.text("quit.confirm", session.language)
    }
  }
}
