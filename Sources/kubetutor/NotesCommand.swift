import ArgumentParser
import Foundation
import Kubectl
import Tutorial

/// `kubetutor notes`: the learner's own run of a lesson as Markdown.
struct NotesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "notes",
    abstract:
      "Write your notes of a lesson as Markdown: each step, the commands you typed, their output, what they showed.",
    discussion: """
      kubetutor keeps your latest run of each lesson in sessions/LESSON.json next to \
      progress.json (in $XDG_STATE_HOME/kubetutor, else ~/.local/state/kubetutor): each \
      step's text with your cluster's names, the commands typed in it and their output \
      (60 lines each at most), and the recap. Taking a lesson again starts a new run. \
      Inside kubetutor, `notes FILE` writes the same notes for the lesson you are in.
      """)

  @Option(help: "The lesson, by number or id (default: the one you took last).")
  var lesson: String?

  @Option(help: "Language of the notes: ko or en (default: from LC_ALL, LC_MESSAGES or LANG).")
  var lang: String?

  @Argument(help: "The file to write (default: LESSON-notes.md; - writes to standard output).")
  var file: String?

  func validate() throws {
    if let lang, LanguageChoice.parse(lang) == nil {
      throw ValidationError("--lang must be ko or en")
    }
  }

  func run() throws {
    let language = LanguageChoice.resolve(
      flag: lang, environment: ProcessInfo.processInfo.environment)
    let store = SessionJournalStore(
      besides: ProgressStore(directory: ProgressStore.defaultDirectory()))
    guard let journal = lesson.map(store.named) ?? store.latest() else {
      let what = lesson.map { "lesson '\($0)'" } ?? "any lesson"
      FileHandle.standardError.write(
        Data(
          "kubetutor notes: no run of \(what) is kept in \(store.directory.path); take it with `kubetutor learn` first.\n"
            .utf8))
      throw ExitCode(1)
    }
    let markdown = SessionNotes(journal: journal).markdown(in: language)
    let target = file ?? "\(journal.lesson)-notes.md"
    if target == "-" {
      FileHandle.standardOutput.write(Data(markdown.utf8))
      return
    }
    do {
      try Data(markdown.utf8).write(to: URL(fileURLWithPath: target), options: .atomic)
    } catch {
      FileHandle.standardError.write(
        Data("kubetutor notes: cannot write \(target): \(error.localizedDescription)\n".utf8))
      throw ExitCode(1)
    }
    print(SessionNotes.text("notes.written", language, ["path": target]))
  }
}
