import Foundation
import Kubectl

/// A learner's run of a lesson (``SessionJournal``) as Markdown notes: the lesson's title and
/// summary, then each step reached with its text, the commands typed and their output, how
/// it ended and what it showed, and the recap.
///
/// ```swift
/// SessionNotes(journal: journal).markdown(in: .ko)
/// // "# 레슨 1: 파드 IP는 왜 바뀔까\n\n_kubetutor 학습 노트 · ..."
/// ```
public struct SessionNotes {
  /// The run to write up.
  public var journal: SessionJournal

  /// Notes of `journal`.
  public init(journal: SessionJournal) { self.journal = journal }

  /// The notes in `language`.
  public func markdown(in language: Language) -> String {
    let say = { (key: String, values: [String: String]) in
      SessionNotes.text(key, language, values)
    }
    var parts: [String] = []
    parts.append(
      "# " + say("notes.title", ["n": String(journal.number), "title": journal.title[language]]))
    let date = journal.date.replacingOccurrences(of: "T", with: " ").prefix(16) + " UTC"
    parts.append(
      "_"
        + say(
          "notes.byline",
          ["date": String(date), "seed": String(journal.seed), "lesson": journal.lesson]) + "_")
    parts.append(trimmed(journal.summary[language]))
    if journal.droppedCommands > 0 {
      parts.append("_" + say("notes.dropped", ["n": String(journal.droppedCommands)]) + "_")
    }
    for step in journal.steps {
      parts.append(
        "## "
          + say("notes.step", ["k": String(step.number), "n": String(journal.stepCount)]))
      parts.append(trimmed(step.text[language]))
      if step.commands.isEmpty {
        parts.append("_" + say("notes.noCommands", [:]) + "_")
      } else {
        parts.append(console(step.commands, language))
      }
      switch step.outcome {
      case .completed:
        let success = step.success.map { " " + trimmed($0[language]) } ?? ""
        parts.append("**" + say("notes.done", [:]) + "**" + success)
      case .skipped:
        parts.append("_" + say("notes.skipped", [:]) + "_")
      case nil:
        break
      }
    }
    if let recap = journal.recap {
      parts.append("## " + say("notes.recap", [:]))
      parts.append(trimmed(recap[language]))
    }
    return parts.filter { !$0.isEmpty }.joined(separator: "\n\n") + "\n"
  }

  /// The commands and their output as one console block, fenced with more backticks than
  /// any run in it.
  func console(_ commands: [JournalCommand], _ language: Language) -> String {
    var body = ""
    for command in commands {
      body += command.prompt + command.line.replacingOccurrences(of: "\n", with: "\n> ") + "\n"
      body += command.output
      if !command.output.isEmpty && !command.output.hasSuffix("\n") { body += "\n" }
      if command.omittedLines > 0 {
        body +=
          "… " + SessionNotes.text("notes.omitted", language, ["n": String(command.omittedLines)])
          + "\n"
      }
    }
    let fence = String(repeating: "`", count: max(3, SessionNotes.longestBacktickRun(body) + 1))
    return fence + "console\n" + body + fence
  }

  func trimmed(_ text: String) -> String {
    text.trimmingCharacters(in: .whitespacesAndNewlines)
  }

  static func longestBacktickRun(_ text: String) -> Int {
    var longest = 0
    var run = 0
    for character in text {
      run = character == "`" ? run + 1 : 0
      longest = max(longest, run)
    }
    return longest
  }

  /// The notes' words in `language`, `{name}` placeholders filled.
  public static func text(_ key: String, _ language: Language, _ values: [String: String] = [:])
    -> String
  {
    var text = catalogue[key]?[language] ?? key
    for (name, value) in values { text = text.replacingOccurrences(of: "{\(name)}", with: value) }
    return text
  }

  /// The notes' words, and the messages of `notes FILE`.
  static let catalogue: [String: LocalizedText] = [
    "notes.title": LocalizedText(en: "Lesson {n}: {title}", ko: "레슨 {n}: {title}"),
    "notes.byline": LocalizedText(
      en:
        "Notes from kubetutor · {date} · seed {seed}. `kubetutor learn --lesson {lesson} --seed {seed}` builds the same cluster again.",
      ko:
        "kubetutor 학습 노트 · {date} · 시드 {seed}. `kubetutor learn --lesson {lesson} --seed {seed}` 명령으로 같은 클러스터를 다시 만들 수 있습니다."
    ),
    "notes.step": LocalizedText(en: "Step {k}/{n}", ko: "{k}/{n} 단계"),
    "notes.noCommands": LocalizedText(
      en: "No commands were typed in this step.", ko: "이 단계에서는 입력한 명령이 없습니다."),
    "notes.done": LocalizedText(en: "✓ Done.", ko: "✓ 완료."),
    "notes.skipped": LocalizedText(
      en: "Skipped with `next`: its solution was applied for you.",
      ko: "`next`로 건너뛰었습니다. 이 단계의 정답은 자동으로 적용했습니다."),
    "notes.recap": LocalizedText(en: "What you learned", ko: "배운 내용"),
    "notes.omitted": LocalizedText(en: "{n} more lines not kept", ko: "나머지 {n}줄은 보관하지 않았습니다"),
    "notes.dropped": LocalizedText(
      en: "The {n} oldest commands of this run were not kept.",
      ko: "이번 학습에서 가장 먼저 입력한 명령 {n}개는 보관하지 않았습니다."),
    "notes.usage": LocalizedText(
      en: "Usage: notes FILE (for example `notes pod-ips.md`): writes your notes of this lesson.",
      ko: "사용법: notes 파일 (예: `notes pod-ips.md`). 이 레슨의 학습 노트를 파일로 저장합니다."),
    "notes.nothing": LocalizedText(
      en: "There is nothing to write yet: start a lesson first.",
      ko: "아직 저장할 내용이 없습니다. 먼저 레슨을 시작하세요."),
    "notes.written": LocalizedText(
      en: "Notes of this lesson written to {path}.", ko: "이 레슨의 학습 노트를 {path}에 저장했습니다."),
  ]
}
