import ClusterSim
import Foundation
import Kubectl

/// Keeping the learner's run of the lesson (``SessionJournal``) and `notes FILE`.
extension TutorialSession {
  /// The learner's run of the current lesson so far.
  public var sessionJournal: SessionJournal? { journal }

  /// The run as Markdown notes in `language` (default: the session's).
  public func notes(in language: Language? = nil) -> String? {
    journal.map { SessionNotes(journal: $0).markdown(in: language ?? self.language) }
  }

  /// Where the journal is kept: next to the progress file, when progress is kept.
  var journalStore: SessionJournalStore? {
    configuration.progressStore.map { SessionJournalStore(besides: $0) }
  }

  /// Notes what a line (or a key's command) did: a new lesson, steps begun and ended, the
  /// command and its output in the step where it was typed. Saves the journal when it
  /// changed.
  func journalRecord(
    line: String?, command: TutorialCommand?, stepBefore: Int?, response: TutorialResponse,
    prompt: String = ""
  ) {
    let lessonBefore = journal?.lesson
    for event in response.events {
      guard case .lessonStarted = event else { continue }
      journal = SessionJournal(
        lesson: lesson.id, number: lesson.order, stepCount: lesson.steps.count,
        seed: configuration.seed,
        date: TutorialSession.dateText((configuration.timeSource ?? configuration.clock).now),
        title: journalText(lesson.title, states: [cluster.state]),
        summary: journalText(lesson.summary, states: [cluster.state]))
    }
    guard var record = journal, record.lesson == lesson.id else { return }
    let sameLesson = lessonBefore == record.lesson
    if let line, let stepBefore, sameLesson, lesson.steps.indices.contains(stepBefore),
      command == nil || command == .solution(run: true)
    {
      let output = response.chunks.filter { [.output, .error, .echo].contains($0.kind) }
        .map(\.text).joined()
      record.add(
        JournalCommand(prompt: prompt, line: line, output: output), toStep: stepBefore + 1,
        id: lesson.steps[stepBefore].id)
    }
    if command == .next, let stepBefore, sameLesson, lesson.steps.indices.contains(stepBefore) {
      let index = record.step(stepBefore + 1, id: lesson.steps[stepBefore].id)
      record.steps[index].outcome = .skipped
    }
    for event in response.events {
      switch event {
      case .stepStarted(let number) where lesson.steps.indices.contains(number - 1):
        let step = lesson.steps[number - 1]
        let index = record.step(number, id: step.id)
        record.steps[index].text = journalText(step.text, states: [position.start, cluster.state])
        if position.step == number - 1 { record.steps[index].outcome = nil }
      case .stepCompleted(let number) where lesson.steps.indices.contains(number - 1):
        let step = lesson.steps[number - 1]
        let index = record.step(number, id: step.id)
        record.steps[index].outcome = .completed
        record.steps[index].success = step.success.map {
          journalText($0, states: [cluster.state, position.start])
        }
      case .lessonCompleted:
        record.recap = lesson.recap.map { journalText($0, states: [cluster.state]) }
      default:
        break
      }
    }
    journal = record
    guard let store = journalStore, record != savedJournal else { return }
    savedJournal = record
    try? store.save(record)
  }

  /// `notes FILE`: the run as Markdown in the learner's files (a relative path) or at an
  /// absolute path.
  func writeNotes(_ name: String?, into response: inout TutorialResponse) {
    guard let name, !name.isEmpty else {
      return response.line(.message, SessionNotes.text("notes.usage", language))
    }
    guard let markdown = notes() else {
      return response.line(.warning, SessionNotes.text("notes.nothing", language))
    }
    // `notes -` prints them, as `kubetutor notes --lesson N -` does.
    if name == "-" { return response.line(.output, markdown.hasSuffix("\n") ? String(markdown.dropLast()) : markdown) }
    do {
      let shown: String
      if name.hasPrefix("/") && !name.hasPrefix("/home/user") {
        try Data(markdown.utf8).write(to: URL(fileURLWithPath: name), options: .atomic)
        shown = name
      } else {
        try configuration.workspace.write(name, markdown, append: false)
        let relative = name.hasPrefix("~/") ? String(name.dropFirst(2)) : name
        if let disk = configuration.workspace as? DiskWorkspace {
          shown = disk.root.appendingPathComponent(relative).path
        } else {
          shown = "~/" + relative
        }
      }
      response.line(.message, SessionNotes.text("notes.written", language, ["path": shown]))
    } catch let error as WorkspaceError {
      response.line(.warning, "notes: \(name): \(error.text)")
    } catch {
      response.line(.warning, "notes: \(name): \(error.localizedDescription)")
    }
  }

  /// Lesson text with live values filled in, in both languages.
  func journalText(_ text: LocalizedText, states: [ClusterState]) -> JournalText {
    JournalText(
      en: LiveText.rendered(
        text.en, in: states, placeholder: UIStrings.text("live.missing", .en)),
      ko: LiveText.rendered(
        text.ko, in: states, placeholder: UIStrings.text("live.missing", .ko)))
  }

  /// An instant as RFC 3339 in UTC, to the second.
  static func dateText(_ instant: Instant) -> String {
    let formatter = ISO8601DateFormatter()
    formatter.timeZone = TimeZone(identifier: "UTC")
    return formatter.string(from: Date(timeIntervalSince1970: instant.seconds))
  }
}
