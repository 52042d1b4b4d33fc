import Foundation
import Kubectl
import Tutorial

/// The lesson engine's view of a lesson, as the lesson pane draws it.
///
/// A step shows its number, its text, a quiz's numbered choices, the hints revealed so far
/// and the solution once shown; the step after a completed one starts with `✓` and the
/// success message, and a completed lesson shows its totals and recap. (The lesson's title is
/// in the title bar; its summary is printed in the terminal pane when the lesson starts, so
/// that even a small pane opens on what to do.) ``LessonPane/focus`` is the newest of these (a hint just
/// revealed, the solution, a new step), so the pane scrolls to what the learner asked for.
///
/// Lesson text uses plain ```` ``` ```` fences both for ASCII figures and for commands to
/// type. A fence whose every line reads as a command (``isCommandFence(_:info:)``) becomes
/// ``LessonBlock/command(_:)`` blocks, which wrap in a narrow pane; any other fence is a
/// ``LessonBlock/diagram(_:)``, clipped and never wrapped, so a figure keeps its shape.
///
/// ```swift
/// TutorialPane.blocks(TextBlock.parse("Run:\n\n```\nkubectl get pods -o wide\n```"))
/// // [.paragraph([LessonSpan("Run:")]), .command("kubectl get pods -o wide")]
/// ```
public enum TutorialPane {
  /// The lesson pane for `view`.
  public static func pane(for view: LessonView) -> LessonPane {
    let language = view.language
    let title = plainText(view.title)
    var blocks: [LessonBlock] = []
    var focus = 0
    if let success = view.success {
      let number = view.isComplete ? view.stepCount : max(1, view.stepNumber - 1)
      let done = UIStrings.text(
        "step.done", language, ["k": String(number), "n": String(view.stepCount)])
      blocks += successBlocks(headline: withoutCheckMark(done), success)
    }
    if view.isComplete {
      blocks.append(
        .heading([LessonSpan(UIStrings.text("lesson.complete", language, ["title": title]))]))
      if let stats = view.stats {
        blocks.append(.paragraph([LessonSpan(statsText(stats, language))]))
      }
      if let recap = view.recap { blocks += self.blocks(recap) }
      return LessonPane(
        lessonNumber: view.lessonNumber, lessonCount: view.lessonCount, title: title,
        stepNumber: view.stepNumber, stepCount: view.stepCount, blocks: blocks, focus: 0)
    }
    let heading = blocks.count
    blocks.append(
      .heading([
        LessonSpan(
          UIStrings.text(
            "step.header", language,
            ["k": String(view.stepNumber), "n": String(view.stepCount)]))
      ]))
    if view.success == nil { focus = heading }
    blocks += self.blocks(view.text)
    if let quiz = view.quiz {
      for (index, choice) in quiz.choices.enumerated() {
        blocks.append(.choice(number: index + 1, spans(choice)))
      }
      blocks.append(.paragraph(spans(TextBlock.spans(UIStrings.text("quiz.prompt", language)))))
    }
    for (index, hint) in view.hints.enumerated() {
      focus = blocks.count
      var rest = self.blocks(hint)
      if case .paragraph(let spans)? = rest.first {
        rest.removeFirst()
        blocks.append(.hint(number: index + 1, spans))
      } else {
        blocks.append(.hint(number: index + 1, []))
      }
      blocks += rest
    }
    if let solution = view.solution {
      focus = blocks.count
      blocks.append(.solution(solution))
    }
    return LessonPane(
      lessonNumber: view.lessonNumber, lessonCount: view.lessonCount, title: title,
      stepNumber: view.stepNumber, stepCount: view.stepCount, blocks: blocks, focus: focus)
  }

  /// The lesson list (F6): marks and steps done from progress, the course's own numbers.
  public static func list(_ entries: [LessonEntry]) -> LessonList {
    LessonList(
      entries: entries.map { entry in
        LessonList.Entry(
          title: plainText(entry.title),
          mark: entry.isComplete ? .done : entry.completedSteps > 0 ? .started : .notStarted,
          detail: "\(entry.completedSteps)/\(entry.totalSteps)", number: entry.number)
      },
      current: entries.firstIndex { $0.isCurrent })
  }

  /// Lesson text blocks as the pane's blocks.
  public static func blocks(_ text: [TextBlock]) -> [LessonBlock] {
    var result: [LessonBlock] = []
    for block in text {
      switch block {
      case .paragraph(let line):
        result.append(.paragraph(spans(line)))
      case .list(let items):
        result += items.map { .bullet(spans($0)) }
      case .fenced(let lines, let info):
        if isCommandFence(lines, info: info) {
          result += commands(in: lines).map(LessonBlock.command)
        } else {
          result.append(.diagram(trimmedFigure(lines)))
        }
      }
    }
    return result
  }

  /// Inline lesson text as the pane's spans.
  public static func spans(_ spans: [TextSpan]) -> [LessonSpan] {
    spans.map { span in
      switch span {
      case .plain(let text): return LessonSpan(text)
      case .code(let text): return LessonSpan(text, .code)
      case .bold(let text): return LessonSpan(text, .bold)
      }
    }
  }

  // MARK: Fences

  /// Whether a fenced block holds commands to type rather than a figure.
  ///
  /// A fence marked `sh`, `bash`, `console` or `shell` holds commands; one marked otherwise
  /// (`yaml`, `text`) does not. An unmarked fence holds commands when every command in it
  /// (a line, with the lines a trailing backslash or a here-document adds to it) starts at the
  /// left margin with a command the learner's shell or kubetutor knows (`kubectl`, `k`, `curl`,
  /// `cat`, `for`, `hint`, ...), and has no run of three spaces outside quotes, as the columns
  /// of a figure do.
  public static func isCommandFence(_ lines: [String], info: String) -> Bool {
    let kind = info.split(separator: " ").first.map { $0.lowercased() } ?? ""
    if ["sh", "bash", "console", "shell", "shell-session", "zsh"].contains(kind) { return true }
    guard kind.isEmpty else { return false }
    let commands = commands(in: lines)
    return !commands.isEmpty && commands.allSatisfy(looksLikeCommand)
  }

  /// The commands of a command fence: each line, joined with the lines that continue it (after
  /// a trailing backslash, and a here-document's body up to its end marker), without a `$ `
  /// prompt typed before it. Blank lines between commands are dropped.
  static func commands(in lines: [String]) -> [String] {
    var commands: [String] = []
    var current: [String] = []
    var markers: [String] = []
    var continues = false
    for line in lines {
      if !markers.isEmpty {
        current.append(line)
        if line.trimmingCharacters(in: .whitespaces) == markers[0] { markers.removeFirst() }
        continue
      }
      if continues {
        current.append(line)
      } else {
        if !current.isEmpty { commands.append(current.joined(separator: "\n")) }
        current = []
        if line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
        current = [line.hasPrefix("$ ") ? String(line.dropFirst(2)) : line]
      }
      let text = current[current.count - 1]
      continues = text.hasSuffix("\\")
      markers = CommandLayout.hereDocumentMarkers(in: text)
    }
    if !current.isEmpty { commands.append(current.joined(separator: "\n")) }
    return commands
  }

  /// Words a command line may start with: the shell's commands, shell keywords that start a
  /// loop, kubetutor's own commands.
  static let commandWords: Set<String> =
    Set(CompletionCatalogue.commands).union([
      "k", "for", "while", "until", "if", "watch", "seq", "iptables", "dig", "host", "nc",
      "telnet", "kubetutor", "hint", "solution", "next", "prev", "check", "answer", "notes", "lessons",
      "lesson", "lang", "reset", "undo", "help", "quit", "map", "keys",
    ])

  /// Whether one command of a fence reads as a command: see ``isCommandFence(_:info:)``.
  static func looksLikeCommand(_ command: String) -> Bool {
    let lines = CommandLayout.lines(of: command)
    guard let first = lines.first?.text, let head = first.first, head != " " && head != "\t"
    else { return false }
    for line in lines where !line.verbatim {
      if hasWideGap(line.text.drop { $0 == " " }) { return false }
      if line.text.contains(where: { "─│┌┐└┘►◄▶◀▲▼".contains($0) }) { return false }
    }
    var words = first.split(separator: " ")[...]
    while let word = words.first, word.contains("="), word.first?.isLetter == true {
      words = words.dropFirst()
    }
    guard let word = words.first else { return false }
    return commandWords.contains(String(word))
  }

  /// True when `text` has three spaces in a row outside quotes.
  static func hasWideGap(_ text: Substring) -> Bool {
    var quote: Character?
    var spaces = 0
    for character in text {
      if let open = quote {
        if character == open { quote = nil }
        continue
      }
      if character == "'" || character == "\"" {
        quote = character
        spaces = 0
        continue
      }
      spaces = character == " " ? spaces + 1 : 0
      if spaces >= 3 { return true }
    }
    return false
  }

  /// A figure's lines as one text, without blank lines at its ends.
  static func trimmedFigure(_ lines: [String]) -> String {
    var lines = lines[...]
    while let first = lines.first, first.trimmingCharacters(in: .whitespaces).isEmpty {
      lines = lines.dropFirst()
    }
    while let last = lines.last, last.trimmingCharacters(in: .whitespaces).isEmpty {
      lines = lines.dropLast()
    }
    return lines.joined(separator: "\n")
  }

  // MARK: Texts

  /// A title without its markup: `` `docker run -p` to a Service`` reads
  /// `docker run -p to a Service` where there is no styling (the title bar, the list).
  static func plainText(_ text: String) -> String {
    TextBlock.spans(text).map(\.text).joined()
  }

  /// `✓ Step 1/6 done.` without its mark (the pane draws its own ✓).
  static func withoutCheckMark(_ text: String) -> String {
    text.hasPrefix("✓ ") ? String(text.dropFirst(2)) : text
  }

  /// A completed step's success block: the `Step k/n done.` headline and the first paragraph
  /// of the success text after `✓`, the rest of the text after it.
  static func successBlocks(headline: String, _ text: [TextBlock]) -> [LessonBlock] {
    var rest = blocks(text)
    var spans = [LessonSpan(headline, .bold)]
    if case .paragraph(let first)? = rest.first {
      rest.removeFirst()
      spans += [LessonSpan(" ")] + first
    }
    return [.success(spans)] + rest
  }

  /// The totals of a completed lesson, as the engine words them.
  static func statsText(_ stats: LessonStats, _ language: Language) -> String {
    UIStrings.text(
      "lesson.stats", language,
      [
        "steps": String(stats.completedSteps), "total": String(stats.totalSteps),
        "hints": String(stats.hintsUsed), "solutions": String(stats.solutionsUsed),
        "minutes": String(max(1, Int((stats.seconds / 60).rounded()))),
      ])
  }
}
