import ClusterSim
import Foundation
import Kubectl
import Tutorial

/// The session of `kubetutor learn`: the lesson engine's ``TutorialSession`` on the full
/// screen, with the lesson pane, the lesson list, and the function keys.
///
/// Lines go to the engine as in the plain mode (tutorial commands and shell commands alike),
/// and its answer is shown in the terminal pane, except the lesson text, which the lesson pane
/// draws from the engine's ``LessonView`` (see ``TutorialPane``). F2, F3, F4 and a lesson
/// chosen with F6 are the engine's `lang`, `hint`, `solution` and `lesson ID`. Clock ticks let
/// the cluster follow the wall clock and evaluate the step again, so a step that waits for
/// pods completes by itself; what the engine says then is announced in the terminal pane.
/// Progress is saved by the engine after every command, and once more by ``close()``.
///
/// ```swift
/// let tutorial = TutorialSession(lessons: course.lessons, configuration: configuration)
/// let opening = tutorial.start(lesson: 1)
/// let session = TutorialScreenSession(session: tutorial, opening: opening)
/// let status = try ScreenRunner.run(session: session, options: ScreenRunner.options(ascii: false))
/// ```
public final class TutorialScreenSession: ScreenSession {
  /// The lesson engine's session.
  public let tutorial: TutorialSession
  /// Warnings of the last save, when ``close()`` could not save progress: the caller prints
  /// them once the terminal is back.
  public private(set) var closingWarnings: [String] = []

  private var announcements: [SessionReply.Chunk] = []
  private var bridge: EditorBridge?
  private var lastVersion: Int
  private var closed = false

  /// The words the engine and the screen answer themselves, offered by Tab.
  static let commands = [
    "hint", "solution", "next", "prev", "check", "answer", "notes", "lessons", "lesson", "lang", "reset",
    "undo", "help", "quit", "map", "keys",
  ]

  /// A screen session over `session`, whose lesson has been started: `opening` is what
  /// ``TutorialSession/start(lesson:)`` answered (its warnings are shown first, after the
  /// welcome line).
  public init(session: TutorialSession, opening: TutorialResponse? = nil) {
    tutorial = session
    lastVersion = session.cluster.state.resourceVersion
    announcements = [.init(.info, UIStrings.text("learn.welcome", session.language) + "\n")]
    announcements += chunks(of: opening ?? TutorialResponse(), opening: true)
  }

  public var language: Language { tutorial.language }
  public var prompt: String { tutorial.prompt }
  public var location: Location { tutorial.shell.location }
  public var cluster: ClusterState { tutorial.cluster.state }
  public var lessonPane: LessonPane? { TutorialPane.pane(for: tutorial.view) }
  public var lessonList: LessonList? { TutorialPane.list(tutorial.lessonEntries) }

  public var editorHandler: EditorHandler? {
    didSet {
      bridge?.handler = editorHandler
      tutorial.editor =
        editorHandler == nil
        ? nil
        : { [weak self] program, path in
          self?.editorBridge().edit(path, program: program, named: false) == .edited
        }
    }
  }

  public func needsMoreInput(_ text: String) -> Bool { tutorial.needsMoreInput(text) }

  public func submit(_ line: String) -> SessionReply {
    let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
    var reply: SessionReply
    if !tutorial.isAskingQuestion, TutorialCommand.parse(trimmed) == nil,
      let edited = editorBridge().run(line)
    {
      // `vi FILE` ran an editor on the laptop: the step may be done now that the file changed.
      reply = edited
      reply.chunks += chunks(of: tutorial.refresh())
    } else {
      reply = self.reply(tutorial.submit(line))
    }
    let words = trimmed.split(separator: " ").map(String.init)
    let program =
      words.first.flatMap { EditorBridge.editorCommands.contains($0) ? $0 : nil }
      ?? tutorial.shell.variables["KUBE_EDITOR"] ?? tutorial.shell.variables["EDITOR"] ?? "vi"
    if let notice = bridge?.takeNotice(LabelBook(language: language), program: program) {
      reply.note(notice)
    }
    lastVersion = tutorial.cluster.state.resourceVersion
    return reply
  }

  public func perform(_ action: SessionAction) -> SessionReply {
    let response: TutorialResponse
    switch action {
    case .setLanguage(let language):
      response = tutorial.perform(.language(language.rawValue))
    case .hint:
      response = tutorial.perform(.hint)
    case .solution:
      response = tutorial.perform(.solution(run: false))
    case .openLesson(let index):
      let entries = tutorial.lessonEntries
      guard entries.indices.contains(index) else { return SessionReply() }
      response = tutorial.perform(.lesson(entries[index].id))
    }
    lastVersion = tutorial.cluster.state.resourceVersion
    return reply(response)
  }

  public func tick() -> Bool {
    let response = tutorial.refresh()
    let said = chunks(of: response)
    announcements += said
    let version = tutorial.cluster.state.resourceVersion
    defer { lastVersion = version }
    return !said.isEmpty || response.lessonChanged || version != lastVersion
  }

  public func takeAnnouncement() -> SessionReply? {
    guard !announcements.isEmpty else { return nil }
    defer { announcements = [] }
    return SessionReply(chunks: announcements)
  }

  /// Counts the time since the last command and saves progress (the engine's `quit`).
  public func close() {
    guard !closed else { return }
    closed = true
    let response = tutorial.perform(.quit)
    for event in response.events {
      if case .warning(let text) = event { closingWarnings.append(text) }
    }
  }

  public func completions(for line: String, cursor: Int) -> Completion {
    let before = Array(line.prefix(max(0, cursor)))
    let start = (before.lastIndex(of: " ").map { $0 + 1 }) ?? 0
    let word = String(before[start...])
    let earlier = String(before[..<start]).trimmingCharacters(in: .whitespaces)
    switch earlier {
    case "lesson":
      let names = tutorial.lessonEntries.flatMap { [$0.id, String($0.number)] }
      return Completion(
        range: start..<before.count, candidates: names.filter { $0.hasPrefix(word) })
    case "answer":
      let count = tutorial.view.quiz?.choices.count ?? 0
      let numbers = count > 0 ? (1...count).map(String.init) : []
      return Completion(
        range: start..<before.count, candidates: numbers.filter { $0.hasPrefix(word) })
    default:
      return ShellCompleter(shell: tutorial.shell, sessionCommands: TutorialScreenSession.commands)
        .completions(for: line, cursor: cursor)
    }
  }

  // MARK: Replies

  /// The engine's answer for the terminal pane: everything but the lesson text.
  func reply(_ response: TutorialResponse) -> SessionReply {
    SessionReply(chunks: chunks(of: response), effects: response.effects, quit: response.quit)
  }

  /// The chunks of a response the terminal pane shows, in their styles: all but the lesson
  /// text, which the lesson pane draws. When a lesson starts, its header and summary are
  /// printed where the engine put them (as the line mode does), so that the lesson pane can
  /// start with the first step.
  func chunks(of response: TutorialResponse, opening: Bool = false) -> [SessionReply.Chunk] {
    var result = TutorialScreenSession.chunks(of: response)
    let started = response.events.contains {
      if case .lessonStarted = $0 { return true } else { return false }
    }
    guard started || opening else { return result }
    let position =
      response.chunks.firstIndex { $0.kind == .lesson }
      .map { index in response.chunks[..<index].filter { $0.kind != .lesson }.count }
      ?? result.count
    result.insert(contentsOf: lessonHeader(blankBefore: !opening), at: position)
    return result
  }

  /// The lesson's number, title and summary, for the terminal pane.
  func lessonHeader(blankBefore: Bool) -> [SessionReply.Chunk] {
    let view = tutorial.view
    let header = UIStrings.text(
      "lesson.header", view.language,
      [
        "n": String(view.lessonNumber), "total": String(view.lessonCount),
        "title": TutorialPane.plainText(view.title),
      ])
    let summary = TutorialScreenSession.unquoted(PlainRendering.text(view.summary, width: 10_000))
    return [
      .init(.info, (blankBefore ? "\n" : "") + header + "\n"),
      .init(.info, summary + "\n"),
    ]
  }

  /// The chunks of a response the terminal pane shows, in their styles.
  static func chunks(of response: TutorialResponse) -> [SessionReply.Chunk] {
    response.chunks.flatMap { chunk -> [SessionReply.Chunk] in
      let kind: SessionReply.Chunk.Kind
      switch chunk.kind {
      case .output: kind = .output
      case .error: kind = .error
      case .echo: kind = .echo
      case .message: kind = .info
      case .success: kind = .success
      case .warning: kind = .warning
      case .lesson: return []
      }
      guard kind == .info || kind == .success || kind == .warning else {
        return [SessionReply.Chunk(kind, chunk.text)]
      }
      return commandsApart(reflowed(chunk.text), kind)
    }
  }

  /// A message with the commands it quotes on lines of their own (indented four spaces: a
  /// solution, what `next` ran) as output: they keep their indent and wrap as a terminal
  /// wraps a command, where the message's prose wraps at words.
  static func commandsApart(_ text: String, _ kind: SessionReply.Chunk.Kind)
    -> [SessionReply.Chunk]
  {
    var chunks: [SessionReply.Chunk] = []
    for part in text.split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
      let lineKind: SessionReply.Chunk.Kind = part.hasPrefix("    ") ? .output : kind
      let line = (lineKind == .output ? String(part) : unquoted(String(part))) + "\n"
      if let last = chunks.last, last.kind == lineKind {
        chunks[chunks.count - 1].text += line
      } else {
        chunks.append(SessionReply.Chunk(lineKind, line))
      }
    }
    if let last = text.split(separator: "\n", omittingEmptySubsequences: false).last,
      !last.isEmpty
    {
      let lineKind: SessionReply.Chunk.Kind = last.hasPrefix("    ") ? .output : kind
      chunks.append(SessionReply.Chunk(lineKind, lineKind == .output ? String(last) : unquoted(String(last))))
    }
    return chunks
  }

  /// Prose with its Markdown code spans (`web`) in double quotes, as kubectl quotes names and
  /// commands in its own messages: the terminal pane has no style for code, and a backtick
  /// would read as part of the name.
  static func unquoted(_ line: String) -> String {
    guard line.contains("`") else { return line }
    var result = ""
    var rest = Substring(line)
    while let open = rest.firstIndex(of: "`") {
      let after = rest.index(after: open)
      guard let close = rest[after...].firstIndex(of: "`"), close > after else { break }
      // Code that holds double quotes itself (`tier: "1"`) goes in single quotes.
      let quote = rest[after..<close].contains("\"") ? "'" : "\""
      result += rest[..<open] + quote + rest[after..<close] + quote
      rest = rest[rest.index(after: close)...]
    }
    return result + rest
  }

  /// The width at which the engine wraps its messages for the line mode.
  static let plainWidth = 78

  /// kubetutor's messages with the line breaks the engine made only to fit 78 columns taken
  /// out again, so that the terminal pane wraps them at its own width (narrower at 80 columns,
  /// wider at 160) instead of leaving a word or two alone on a line. A break stays where the
  /// next word would have fitted (the author's own line ends), before indented lines
  /// (commands, columns) and between list items.
  static func reflowed(_ text: String) -> String {
    var result: [String] = []
    var previous: String?
    for part in text.split(separator: "\n", omittingEmptySubsequences: false) {
      let line = String(part)
      if let previous, let last = result.last, joins(previous, line) {
        result[result.count - 1] = last + " " + line.drop { $0 == " " }
      } else {
        result.append(line)
      }
      previous = line
    }
    return result.joined(separator: "\n")
  }

  /// Whether `next` continues the paragraph or list item of `line`, broken only because its
  /// first word did not fit in 78 columns.
  static func joins(_ line: String, _ next: String) -> Bool {
    guard let word = next.split(separator: " ").first, !line.isEmpty else { return false }
    let inItem = line.hasPrefix("- ") || (line.hasPrefix("  ") && !line.hasPrefix("   "))
    if next.hasPrefix("  ") && !next.hasPrefix("   ") && inItem {
      return TextWidth.of(line) + 1 + TextWidth.of(word) > plainWidth
    }
    guard !next.hasPrefix(" "), !next.hasPrefix("- "), !line.hasPrefix(" ") else { return false }
    return TextWidth.of(line) + 1 + TextWidth.of(word) > plainWidth
  }

  /// The editor bridge of the learner's shell now (the engine makes a new shell when a
  /// lesson starts or a step is reset).
  private func editorBridge() -> EditorBridge {
    if let bridge, bridge.shell === tutorial.shell { return bridge }
    let made = EditorBridge(shell: tutorial.shell)
    made.handler = editorHandler
    bridge = made
    return made
  }
}
