import ClusterSim
import Foundation
import Kubectl

/// What a session needs from outside: everything that would make it depend on the machine
/// or on time is injected here, so a session repeats exactly in tests.
public struct TutorialConfiguration {
  /// The seed of the cluster (names, IPs, nodePorts).
  public var seed: UInt64
  /// The language to start in.
  public var language: Language
  /// The cluster's clock: a ``ManualClock`` in scripts and tests, a ``WallClock`` interactively.
  public var clock: Clock
  /// The clock that measures time spent for progress; the cluster's clock when nil.
  public var timeSource: Clock?
  /// The learner's files.
  public var workspace: Workspace
  /// Seconds the cluster's clock moves before each command after the first (2 in scripted
  /// sessions, as `sandbox --plain` does; 0 with a wall clock).
  public var secondsPerCommand: Double
  /// Where progress is stored; nil keeps it in memory only.
  public var progressStore: ProgressStore?
  /// How many commands `undo` can go back.
  public var undoDepth: Int

  /// A configuration; by default a scripted session in memory.
  public init(
    seed: UInt64 = 1, language: Language = .en, clock: Clock = ManualClock(),
    timeSource: Clock? = nil,
    workspace: Workspace = MemoryWorkspace(), secondsPerCommand: Double = 2,
    progressStore: ProgressStore? = nil,
    undoDepth: Int = 50
  ) {
    self.seed = seed
    self.language = language
    self.clock = clock
    self.timeSource = timeSource
    self.workspace = workspace
    self.secondsPerCommand = secondsPerCommand
    self.progressStore = progressStore
    self.undoDepth = undoDepth
  }
}

/// A learner's tutorial session: the lessons, the simulated cluster and shell, the current
/// step, and progress. Front ends (the curses screen, `learn --plain`) feed it lines and show
/// what comes back.
///
/// A front end types lines with ``submit(_:)`` (tutorial commands and shell commands alike),
/// or performs a ``TutorialCommand`` for a function key with ``perform(_:)``; it shows the
/// response's ``TutorialResponse/terminalText`` in its terminal pane, redraws the lesson pane
/// from ``view`` when ``TutorialResponse/lessonChanged`` is set, shows ``prompt`` before the
/// next line, and calls ``refresh()`` now and then when it runs on a wall clock.
///
/// ```swift
/// let session = TutorialSession(lessons: course.lessons, configuration: TutorialConfiguration())
/// print(session.start(lesson: 0).text)          // lesson header and step 1
/// let response = session.submit("kubectl create deployment web --image=nginx --replicas=3")
/// response.events                               // [.stepCompleted(1), .stepStarted(2)]
/// session.view.text                             // step 2's text, as blocks
/// ```
public final class TutorialSession {
  /// The lessons, in course order.
  public let lessons: [Lesson]
  /// The simulated cluster (one object for the whole session; its state is replaced on
  /// lesson start, reset, undo and prev).
  public let cluster: Cluster
  /// The learner's shell (a new one on lesson start and reset: back on the laptop).
  public internal(set) var shell: Shell
  /// Progress across lessons, as stored.
  public internal(set) var progress: Progress
  /// The configuration given.
  public let configuration: TutorialConfiguration

  /// The language of lesson text and kubetutor's messages.
  public var language: Language {
    didSet { shell.language = language }
  }

  /// Runs an editor for `kubectl edit`, handed to every shell the session makes.
  public var editor: ((_ program: String, _ path: String) -> Bool)? {
    didSet { shell.editor = editor }
  }

  var position: Position
  var pending: Confirmation?
  var undoStack: [UndoEntry] = []
  var commandsRun = 0
  var lastActivity: Instant
  var startupWarnings: [String] = []
  var lastSavedProgress: Progress?
  var runStats: RunStats?
  /// The learner's run of the lesson, for `notes` (see ``SessionJournal``), and the copy last saved.
  var journal: SessionJournal?
  var savedJournal: SessionJournal?

  /// A session over `lessons` (at least one); call ``start(lesson:)`` to begin.
  public init(lessons: [Lesson], configuration: TutorialConfiguration) {
    precondition(!lessons.isEmpty, "a tutorial session needs at least one lesson")
    self.lessons = lessons
    self.configuration = configuration
    language = configuration.language
    cluster = Cluster(
      options: lessons[0].clusterOptions(seed: configuration.seed),
      clock: configuration.clock)
    shell = Shell(
      cluster: cluster, workspace: configuration.workspace, language: configuration.language)
    position = Position(lesson: 0, step: 0, start: cluster.state)
    lastActivity = (configuration.timeSource ?? configuration.clock).now
    progress = Progress()
    if let store = configuration.progressStore {
      let loaded = store.load()
      progress = loaded.progress
      lastSavedProgress = loaded.progress
      if let moved = loaded.movedAside {
        startupWarnings.append(
          UIStrings.text(
            "progress.corrupt", language,
            ["path": store.file.path, "reason": moved.reason, "moved": moved.path]))
      }
    }
  }

  /// The lesson being taken.
  public var lesson: Lesson { lessons[position.lesson] }

  /// The index of the lesson being taken, from 0.
  public var lessonIndex: Int { position.lesson }

  /// The index of the current step, from 0 (equal to the step count once the lesson is complete).
  public var stepIndex: Int { position.step }

  /// Whether every step of the lesson is done.
  public var isLessonComplete: Bool { position.step >= lesson.steps.count }

  /// The prompt to show before the next line: the shell's, or a y/N question.
  public var prompt: String {
    if let pending { return pending.question(language) }
    return shell.prompt
  }

  /// Whether `text` needs more lines before it can run (an open quote or here-document).
  public func needsMoreInput(_ text: String) -> Bool {
    pending == nil && TutorialCommand.parse(text) == nil && shell.needsMoreInput(text)
  }

  /// Starts lesson `index` (from 0) at its first step, on a fresh cluster.
  @discardableResult
  public func start(lesson index: Int) -> TutorialResponse {
    var response = TutorialResponse()
    for warning in startupWarnings {
      response.line(.warning, warning)
      response.events.append(.warning(warning))
    }
    startupWarnings = []
    guard lessons.indices.contains(index) else {
      response.line(.warning, UIStrings.text("lesson.none", language))
      return response
    }
    begin(lesson: index, step: 0, fresh: true, into: &response)
    journalRecord(line: nil, command: nil, stepBefore: nil, response: response)
    return response
  }

  /// Starts `lesson` where the learner stopped: at its first step not yet done (the cluster
  /// rebuilt by replaying the earlier steps' solutions), or at the start.
  public func resume(lesson index: Int) -> TutorialResponse {
    guard lessons.indices.contains(index) else { return start(lesson: index) }
    let record = progress[lesson: lessons[index].id]
    guard !record.completed,
      let step = lessons[index].steps.firstIndex(where: { !record.completedSteps.contains($0.id) }), step > 0
    else { return start(lesson: index) }
    var response = TutorialResponse()
    for warning in startupWarnings {
      response.line(.warning, warning)
      response.events.append(.warning(warning))
    }
    startupWarnings = []
    begin(lesson: index, step: step, fresh: true, into: &response)
    response.line(
      .message,
      UIStrings.text("lesson.resume", language, ["k": String(step + 1), "n": String(lessons[index].order)]))
    journalRecord(line: nil, command: nil, stepBefore: nil, response: response)
    return response
  }

  /// The index of the lesson named by number (from 1) or id, if any.
  public func lessonIndex(named name: String) -> Int? {
    // Lessons are numbered as the course numbers them (their `order`, 0 for the first).
    if let number = Int(name) { return lessons.firstIndex { $0.order == number } }
    return lessons.firstIndex { $0.id == name }
  }

  /// Handles one line: a tutorial command (`hint`, `next`, `undo`, ...) or a shell command,
  /// after which the step's checks are evaluated.
  public func submit(_ line: String) -> TutorialResponse {
    var response = TutorialResponse()
    accountTime()
    if let question = pending {
      pending = nil
      let answer = line.trimmingCharacters(in: .whitespaces).lowercased()
      if ["y", "yes", "ㅇ", "예", "네", "응"].contains(answer) {
        confirm(question, into: &response)
      } else {
        response.line(.message, UIStrings.text("solution.cancelled", language))
      }
      response.lessonChanged = true
      saveProgress(into: &response)
      return response
    }
    position.success = nil
    let stepBefore = position.step
    let promptBefore = shell.prompt
    let command = TutorialCommand.parse(line.trimmingCharacters(in: .whitespacesAndNewlines))
    if let command {
      handle(command, into: &response)
    } else {
      runLine(line, into: &response)
    }
    saveProgress(into: &response)
    journalRecord(
      line: line, command: command, stepBefore: stepBefore, response: response,
      prompt: promptBefore)
    return response
  }

  /// Performs a tutorial command directly, as a function key does (F3 → `.hint`), with the
  /// same effect as typing it. A pending y/N question is dropped.
  public func perform(_ command: TutorialCommand) -> TutorialResponse {
    var response = TutorialResponse()
    accountTime()
    pending = nil
    position.success = nil
    let stepBefore = position.step
    handle(command, into: &response)
    saveProgress(into: &response)
    journalRecord(line: nil, command: command, stepBefore: stepBefore, response: response)
    return response
  }

  /// Whether a y/N question (from `solution`) waits for the next line.
  public var isAskingQuestion: Bool { pending != nil }

  /// Lets the cluster catch up with its clock and evaluates the step again: a front end with a
  /// wall clock calls it now and then, so a step that waits for pods to become Ready
  /// completes without another command.
  public func refresh() -> TutorialResponse {
    var response = TutorialResponse()
    cluster.tick()
    evaluateStep(into: &response)
    saveProgress(into: &response)
    if !response.events.isEmpty {
      journalRecord(line: nil, command: nil, stepBefore: nil, response: response)
    }
    return response
  }

  /// Moves a manual clock forward and evaluates the step again (scripts and self-tests).
  public func wait(seconds: Double) -> TutorialResponse {
    cluster.advance(by: seconds)
    return refresh()
  }

  /// Adds the time since the last line to the current lesson (at most five minutes, so a
  /// learner who walked away is not counted).
  func accountTime() {
    let now = (configuration.timeSource ?? configuration.clock).now
    let elapsed = min(300, max(0, now.since(lastActivity)))
    lastActivity = now
    guard lessons.indices.contains(position.lesson) else { return }
    progress[lesson: lesson.id].secondsSpent += elapsed
  }

  /// Saves progress when it changed; a failure is reported once as a warning.
  func saveProgress(into response: inout TutorialResponse) {
    guard let store = configuration.progressStore, progress != lastSavedProgress else { return }
    do {
      try store.save(progress)
      lastSavedProgress = progress
    } catch {
      let text = UIStrings.text("progress.saveFailed", language, ["reason": "\(error)"])
      response.line(.warning, text)
      response.events.append(.warning(text))
      lastSavedProgress = progress
    }
  }
}

/// Where the learner is in a lesson, and what happened in the current step: a value, so
/// `undo` can put it back.
struct Position: Equatable {
  var lesson: Int
  var step: Int
  /// The cluster when the step began.
  var start: ClusterState
  var log: [CommandRecord] = []
  var attempts: [ConnectionRecord] = []
  var answer: Int?
  var hintsShown = 0
  var solutionShown = false
  /// The success text of the step just completed, shown until the next line.
  var success: LocalizedText?
  /// Steps skipped with `next` in this run of the lesson.
  var skipped: Set<Int> = []

  init(lesson: Int, step: Int, start: ClusterState) {
    self.lesson = lesson
    self.step = step
    self.start = start
  }
}

/// A y/N question waiting for its answer.
enum Confirmation: Equatable {
  case showSolution(step: Int)

  func question(_ language: Language) -> String {
    switch self {
    case .showSolution(let step):
      return UIStrings.text("solution.confirm", language, ["k": String(step + 1)])
    }
  }
}

/// What `undo` restores: the cluster and the position before a command.
struct UndoEntry {
  var line: String
  var state: ClusterState
  var position: Position
}
