import Foundation
import Kubectl

/// The learner's own run of one lesson, as `kubetutor notes` exports it: each step's text
/// as it was shown (live values filled in, in both languages), the commands typed in it with
/// their output, how the step ended and what it taught, and the lesson's recap.
///
/// It is kept bounded: at most ``maxCommands`` commands (the oldest are dropped and
/// counted), each output clipped to ``maxOutputLines`` lines and ``maxOutputCharacters``
/// characters, so a file stays under about a megabyte whatever the learner types.
///
/// ```json
/// {"version": 1, "lesson": "pod-ips", "number": 1, "seed": 1, "date": "2026-11-26T09:00:00Z",
///  "title": {"en": "Why pod IPs change", "ko": "파드 IP는 왜 바뀔까"}, "steps": [...]}
/// ```
public struct SessionJournal: Codable, Equatable, Sendable {
  /// The format this build writes.
  public static let currentVersion = 1
  /// Commands kept, newest last.
  public static let maxCommands = 250
  /// Lines kept of one command's output.
  public static let maxOutputLines = 60
  /// Characters kept of one command's output.
  public static let maxOutputCharacters = 4000

  /// The format of the file.
  public var version = SessionJournal.currentVersion
  /// The lesson's id.
  public var lesson: String
  /// The lesson's number in the course.
  public var number: Int
  /// How many steps the lesson has.
  public var stepCount: Int
  /// The seed of the cluster (`--seed` repeats the names and IPs).
  public var seed: UInt64
  /// When the run began (RFC 3339, UTC).
  public var date: String
  /// The lesson's title.
  public var title: JournalText
  /// The lesson's summary.
  public var summary: JournalText
  /// The steps reached, in order.
  public var steps: [JournalStep] = []
  /// The recap, once the lesson is complete.
  public var recap: JournalText?
  /// Commands dropped to keep the journal bounded (the oldest).
  public var droppedCommands = 0

  /// An empty journal for a lesson's run.
  public init(
    lesson: String, number: Int, stepCount: Int, seed: UInt64, date: String, title: JournalText,
    summary: JournalText
  ) {
    self.lesson = lesson
    self.number = number
    self.stepCount = stepCount
    self.seed = seed
    self.date = date
    self.title = title
    self.summary = summary
  }

  /// Every command kept, in all steps.
  public var commandCount: Int { steps.reduce(0) { $0 + $1.commands.count } }

  /// The step numbered `number` (from 1), added after the others when it is new.
  mutating func step(_ number: Int, id: String) -> Int {
    if let index = steps.firstIndex(where: { $0.number == number }) { return index }
    steps.append(JournalStep(number: number, id: id))
    return steps.count - 1
  }

  /// Adds a command to step `number`, dropping the oldest command beyond the bound.
  mutating func add(_ command: JournalCommand, toStep number: Int, id: String) {
    let index = step(number, id: id)
    steps[index].commands.append(command.clipped())
    while commandCount > SessionJournal.maxCommands,
      let oldest = steps.firstIndex(where: { !$0.commands.isEmpty })
    {
      steps[oldest].commands.removeFirst()
      droppedCommands += 1
    }
  }
}

/// One step of a ``SessionJournal``.
public struct JournalStep: Codable, Equatable, Sendable {
  /// How a step ended.
  public enum Outcome: String, Codable, Equatable, Sendable {
    /// Its checks passed.
    case completed
    /// Skipped with `next` (its solution was applied).
    case skipped
  }

  /// The step's number, from 1.
  public var number: Int
  /// The step's id.
  public var id: String
  /// The step's text as shown (lesson markup: fences, `code`, **bold**).
  public var text = JournalText(en: "", ko: "")
  /// The commands typed in the step.
  public var commands: [JournalCommand] = []
  /// How it ended, if it did.
  public var outcome: Outcome?
  /// Its success text: what it showed.
  public var success: JournalText?

  /// A step with nothing recorded yet.
  public init(number: Int, id: String) {
    self.number = number
    self.id = id
  }
}

/// A command typed and what it printed.
public struct JournalCommand: Codable, Equatable, Sendable {
  /// The prompt before it (`user@laptop:~$ `).
  public var prompt: String
  /// The line as typed (here-documents keep their lines).
  public var line: String
  /// What it printed, standard output and errors in order, clipped.
  public var output: String

  /// Lines of the output not kept (the journal's bound); 0 when it is whole.
  public var omittedLines = 0

  /// A command with its prompt and output.
  public init(prompt: String, line: String, output: String) {
    self.prompt = prompt
    self.line = line
    self.output = output
  }

  enum CodingKeys: String, CodingKey {
    case prompt, line, output, omittedLines
  }

  /// Decodes a command; `omittedLines` may be missing (0).
  public init(from decoder: Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    prompt = try container.decode(String.self, forKey: .prompt)
    line = try container.decode(String.self, forKey: .line)
    output = try container.decode(String.self, forKey: .output)
    omittedLines = try container.decodeIfPresent(Int.self, forKey: .omittedLines) ?? 0
  }

  /// The command with its output cut to the journal's bounds: whole lines, at most
  /// ``SessionJournal/maxOutputLines`` of them and ``SessionJournal/maxOutputCharacters``
  /// characters, and how many lines were left out.
  func clipped() -> JournalCommand {
    var lines = output.split(separator: "\n", omittingEmptySubsequences: false)
    if output.hasSuffix("\n") { lines.removeLast() }
    var kept: [Substring] = []
    var characters = 0
    for line in lines.prefix(SessionJournal.maxOutputLines) {
      characters += line.count + 1
      if characters > SessionJournal.maxOutputCharacters && !kept.isEmpty { break }
      kept.append(line.prefix(SessionJournal.maxOutputCharacters))
    }
    guard kept.count < lines.count || kept.last?.count != lines.last?.count else { return self }
    var copy = self
    copy.output = kept.joined(separator: "\n") + "\n"
    copy.omittedLines = lines.count - kept.count
    return copy
  }
}

/// A text in both languages, as stored.
public struct JournalText: Codable, Equatable, Sendable {
  /// The English text.
  public var en: String
  /// The Korean text.
  public var ko: String

  /// A text with both languages given.
  public init(en: String, ko: String) {
    self.en = en
    self.ko = ko
  }

  /// The text in `language`.
  public subscript(language: Language) -> String { language == .ko ? ko : en }
}
