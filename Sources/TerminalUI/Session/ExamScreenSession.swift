import ClusterSim
import Foundation
import Kubectl
import Tutorial

/// The session of `kubetutor exam`: the exam engine's ``ExamSession`` on the full screen, with
/// the task list and the open task in the task pane, the countdown and the seed in the title
/// bar, and the report in the pane once the exam is over.
///
/// Lines go to the engine as in the line mode (exam commands and shell commands alike); its
/// answer is shown in the terminal pane except the task texts and the report, which the pane
/// draws from ``ExamView`` (see ``ExamPane``). F2 is `lang`, F6 the task list (`task N`), F3
/// and F4 say that there are no hints or solutions before `submit`. Clock ticks move the
/// countdown and end the exam when the time runs out. Leaving while the exam runs (F10 or
/// `quit`, which ask first, or SIGTERM, SIGHUP) grades it as it stands and records it, as
/// `submit` and the end of the time do (see ``close()``).
///
/// ```swift
/// let exam = ExamSession(paper: paper, configuration: configuration)
/// let opening = exam.start()
/// let session = ExamScreenSession(exam: exam, opening: opening)
/// let status = try ScreenRunner.run(session: session, options: ScreenRunner.options(ascii: false))
/// ```
public final class ExamScreenSession: ScreenSession {
  /// The exam engine's session.
  public let exam: ExamSession
  /// Warnings of the last save, when the attempt could not be recorded: the caller prints them
  /// once the terminal is back.
  public private(set) var closingWarnings: [String] = []
  /// What the caller prints once the terminal is back: the score of an exam that was graded
  /// because the learner left it (or a signal ended kubetutor) before `submit`.
  public private(set) var closingNotes: [String] = []

  private var announcements: [SessionReply.Chunk] = []
  private let editors: EditorBridge
  private var lastVersion: Int
  private var lastClock: String
  /// Changes whenever the pane must scroll to its focus again.
  private var generation = 0
  /// Whether the pane shows the whole report (after the exam, until a task is opened).
  private var showsReport = false
  /// True after `q`: the next line answers whether to leave.
  private var asksToLeave = false
  /// The minutes left that were announced (5, 1).
  private var warned: Set<Int> = []
  private var closed = false

  /// The words the exam and the screen answer themselves, offered by Tab.
  static let commands = [
    "tasks", "task", "next", "prev", "flag", "time", "submit", "report", "lang", "help", "quit",
    "map", "keys",
  ]

  /// A screen session over `exam`, which is started here if it was not: `opening` is what
  /// ``ExamSession/start()`` answered (its warnings are shown after the welcome).
  public init(exam: ExamSession, opening: ExamResponse? = nil) {
    self.exam = exam
    var opening = opening ?? ExamResponse()
    if !exam.hasStarted { opening = exam.start() }
    editors = EditorBridge(shell: exam.shell)
    lastVersion = exam.cluster.state.resourceVersion
    lastClock = ExamStrings.clock(exam.timeLeft)
    announcements = welcome() + chunks(of: opening)
  }

  public var language: Language { exam.language }
  public var prompt: String {
    asksToLeave ? ExamScreenText.text("quit.prompt", language) : exam.prompt
  }
  public var location: Location { exam.shell.location }
  public var cluster: ClusterState { exam.cluster.state }
  public var lessonPane: LessonPane? {
    ExamPane.pane(
      for: exam.view, state: exam.cluster.state, showsReport: showsReport, generation: generation)
  }
  public var lessonList: LessonList? { ExamPane.list(for: exam.view) }
  public var asksBeforeQuit: Bool { isRunning }
  public func label(_ label: UILabel) -> String { ExamScreenText.label(label, language) }

  public var titleBar: TitleBar? {
    let seed = String(exam.paper.seed)
    guard let report = exam.report else {
      return TitleBar(
        left: ExamScreenText.text(
          "title.running", language,
          [
            "n": String(exam.currentTask.number), "total": String(exam.paper.tasks.count),
            "seed": seed,
          ]),
        right: ExamScreenText.text("title.left", language, ["left": lastClock]))
    }
    let left =
      showsReport
      ? ExamScreenText.text("title.report", language, ["seed": seed])
      : ExamScreenText.text(
        "title.running", language,
        [
          "n": String(exam.currentTask.number), "total": String(exam.paper.tasks.count),
          "seed": seed,
        ])
    return TitleBar(
      left: left,
      right: ExamScreenText.text(
        "title.score", language, ["score": ExamStrings.points(report.score)]))
  }

  public var editorHandler: EditorHandler? {
    get { editors.handler }
    set { editors.handler = newValue }
  }

  /// Whether the exam has begun and is not over yet.
  var isRunning: Bool { exam.hasStarted && !exam.isFinished }

  public func needsMoreInput(_ text: String) -> Bool {
    !asksToLeave && exam.needsMoreInput(text)
  }

  public func submit(_ line: String) -> SessionReply {
    let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
    if asksToLeave {
      asksToLeave = false
      guard Self.isYes(trimmed) else {
        return SessionReply(notice: ExamStrings.text("exam.goesOn", language))
      }
      return SessionReply(quit: true)
    }
    // A question of the exam's (submit?) takes the line as its answer, and a line typed after
    // the time ran out ends the exam: both are the engine's.
    let answering = exam.view.pendingQuestion != nil || (isRunning && exam.timeLeft <= 0)
    let command = answering ? nil : ExamCommand.parse(trimmed)
    var reply: SessionReply
    switch command {
    case .help?:
      reply = help()
    case .quit? where isRunning:
      asksToLeave = true
      return SessionReply()
    case .report? where exam.isFinished:
      showsReport = true
      generation += 1
      reply = self.reply(exam.submit(line))
    case .tasks?:
      reply = self.reply(exam.submit(line), showingLessonText: true)
    case nil where !answering:
      if let edited = editors.run(line) {
        reply = edited
      } else {
        reply = self.reply(exam.submit(line))
      }
    default:
      reply = self.reply(exam.submit(line))
    }
    let words = trimmed.split(separator: " ").map(String.init)
    let program =
      words.first.flatMap { EditorBridge.editorCommands.contains($0) ? $0 : nil }
      ?? exam.shell.variables["KUBE_EDITOR"] ?? exam.shell.variables["EDITOR"] ?? "vi"
    if let notice = editors.takeNotice(LabelBook(language: language), program: program) {
      reply.note(notice)
    }
    lastVersion = exam.cluster.state.resourceVersion
    return reply
  }

  public func perform(_ action: SessionAction) -> SessionReply {
    asksToLeave = false
    let response: ExamResponse
    switch action {
    case .setLanguage(let language):
      response = exam.perform(.language(language.rawValue))
    case .hint, .solution:
      response = exam.perform(.refused)
    case .openLesson(let index):
      response = exam.perform(.task(String(index + 1)))
    }
    lastVersion = exam.cluster.state.resourceVersion
    return reply(response)
  }

  public func tick() -> Bool {
    let response = exam.refresh()
    if !isRunning { asksToLeave = false }
    var said = chunks(of: response)
    said += timeWarnings()
    announcements += said
    let clock = ExamStrings.clock(exam.timeLeft)
    let version = exam.cluster.state.resourceVersion
    defer {
      lastClock = clock
      lastVersion = version
    }
    return !said.isEmpty || response.viewChanged || clock != lastClock || version != lastVersion
  }

  public func takeAnnouncement() -> SessionReply? {
    guard !announcements.isEmpty else { return nil }
    defer { announcements = [] }
    return SessionReply(chunks: announcements)
  }

  /// Grades the exam as it stands and records it when it is still running (the learner left,
  /// or a SIGTERM or SIGHUP ended kubetutor): an attempt is never lost without a trace.
  public func close() {
    guard !closed else { return }
    closed = true
    guard isRunning else { return }
    var events = exam.perform(.submit).events
    if !exam.isFinished { events += exam.submit("y").events }
    for event in events {
      if case .warning(let text) = event { closingWarnings.append(text) }
    }
    guard let report = exam.report else { return }
    closingNotes.append(
      PlainRendering.inline(
        TextBlock.spans(ExamScreenText.text("closing.graded", language, scoreArguments(report)))))
  }

  public func completions(for line: String, cursor: Int) -> Completion {
    let before = Array(line.prefix(max(0, cursor)))
    let start = (before.lastIndex(of: " ").map { $0 + 1 }) ?? 0
    let word = String(before[start...])
    let earlier = String(before[..<start]).trimmingCharacters(in: .whitespaces)
    if earlier == "task" || earlier == "flag" {
      let numbers = exam.paper.tasks.map { String($0.number) }
      return Completion(
        range: start..<before.count, candidates: numbers.filter { $0.hasPrefix(word) })
    }
    return ShellCompleter(shell: exam.shell, sessionCommands: ExamScreenSession.commands)
      .completions(for: line, cursor: cursor)
  }

  // MARK: Replies

  /// The engine's answer for the terminal pane: everything but the task texts and the report,
  /// which the pane draws (the task list of `tasks` is printed too, when asked for).
  func reply(_ response: ExamResponse, showingLessonText: Bool = false) -> SessionReply {
    SessionReply(
      chunks: chunks(of: response, showingLessonText: showingLessonText),
      effects: response.effects, quit: response.quit)
  }

  /// The chunks of a response the terminal pane shows, in their styles, after noting what
  /// the pane must show now: a task opened, the report when the exam ended (whose place in
  /// the terminal pane takes the score, in one line).
  func chunks(of response: ExamResponse, showingLessonText: Bool = false) -> [SessionReply.Chunk] {
    let finished = response.events.contains(.finished)
    for event in response.events {
      switch event {
      case .taskOpened:
        showsReport = false
        generation += 1
      case .finished:
        showsReport = true
        generation += 1
        asksToLeave = false
      default:
        break
      }
    }
    var result: [SessionReply.Chunk] = []
    var summarized = false
    for chunk in response.chunks {
      let kind: SessionReply.Chunk.Kind
      switch chunk.kind {
      case .output: kind = .output
      case .error: kind = .error
      case .echo: kind = .echo
      case .message: kind = .info
      case .success: kind = .success
      case .warning: kind = .warning
      case .lesson:
        if showingLessonText {
          result.append(SessionReply.Chunk(.info, chunk.text))
        } else if finished, !summarized, let report = exam.report {
          summarized = true
          let summary = ExamScreenText.text("report.summary", language, scoreArguments(report))
          result.append(SessionReply.Chunk(report.passed ? .success : .warning, summary + "\n"))
        }
        continue
      }
      guard kind == .info || kind == .success || kind == .warning else {
        result.append(SessionReply.Chunk(kind, chunk.text))
        continue
      }
      result += TutorialScreenSession.commandsApart(
        TutorialScreenSession.reflowed(chunk.text), kind)
    }
    // The engine spaces its messages with blank lines for the line mode; here each message
    // is on lines of its own already.
    return result.filter {
      $0.kind == .output || $0.kind == .error
        || !$0.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
    }
  }

  /// What the terminal pane shows when the screen opens: the exam, its rules, its commands.
  func welcome() -> [SessionReply.Chunk] {
    let header = exam.header
    let intro = PlainRendering.text(
      TextBlock.parse(ExamStrings.text("exam.intro", language)), width: 10_000)
    return [header, intro, ExamScreenText.text("welcome.commands", language)].map {
      SessionReply.Chunk(.info, TutorialScreenSession.unquoted($0) + "\n")
    }
  }

  /// `help`: the exam's commands as the screen has them, then the shell's help.
  func help() -> SessionReply {
    var reply = SessionReply(
      chunks: TutorialScreenSession.commandsApart(
        ExamScreenText.text("help.text", language) + "\n", .info))
    let scratch = Shell(
      cluster: exam.cluster, workspace: exam.configuration.workspace, language: language)
    reply.chunks.append(SessionReply.Chunk(.output, scratch.run("help").output.text))
    return reply
  }

  /// A warning when 5 minutes and when 1 minute are left (in an exam long enough for it to
  /// help), once each.
  func timeWarnings() -> [SessionReply.Chunk] {
    guard isRunning else { return [] }
    let left = exam.timeLeft
    let limit = exam.configuration.timeLimit
    for minutes in [1, 5] where left <= Double(minutes * 60) && limit >= Double(minutes * 120) {
      guard !warned.contains(minutes) else { return [] }
      warned.formUnion([minutes, 5].filter { $0 >= minutes })
      let text =
        minutes == 1
        ? ExamScreenText.text("time.warningOne", language)
        : ExamScreenText.text("time.warning", language, ["minutes": String(minutes)])
      return [SessionReply.Chunk(.warning, text + "\n")]
    }
    return []
  }

  func scoreArguments(_ report: ExamReport) -> [String: String] {
    [
      "score": ExamStrings.points(report.score), "pass": ExamStrings.points(report.passMark),
      "verdict": ExamStrings.text(report.passed ? "report.passed" : "report.failed", language),
    ]
  }

  /// The answers that mean yes, in both languages (as the engine takes them).
  static func isYes(_ answer: String) -> Bool {
    ["y", "yes", "ㅇ", "예", "네", "응"].contains(answer.lowercased())
  }
}
