import ArgumentParser
import Foundation
import Tutorial

/// `kubetutor progress`: shows, exports, imports or clears the learner's progress.
struct ProgressCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "progress",
    abstract: "Show your progress; move it to another machine with --export and --import.",
    discussion:
      "Progress is kept in $XDG_STATE_HOME/kubetutor/progress.json (default ~/.local/state/kubetutor/)."
  )

  @OptionGroup var options: LessonOptions

  @Option(help: "Write your progress to FILE.")
  var export: String?

  @Option(
    name: .customLong("import"),
    help: "Merge the progress in FILE (written by --export) into yours.")
  var importFile: String?

  @Flag(help: "Clear all progress (asks first).")
  var reset = false

  @Flag(help: "Do not ask before --reset.")
  var yes = false

  func run() throws {
    let store = ProgressStore(directory: ProgressStore.defaultDirectory())
    let language = options.language
    if let export {
      try store.export(to: URL(fileURLWithPath: export))
      print(UIStrings.text("progress.exported", language, ["path": export]))
      return
    }
    if let importFile {
      do {
        try store.importing(from: URL(fileURLWithPath: importFile))
      } catch {
        FileHandle.standardError.write(Data("kubetutor: \(importFile): \(error)\n".utf8))
        throw ExitCode(1)
      }
      print(UIStrings.text("progress.imported", language, ["path": importFile]))
      return
    }
    if reset {
      if !yes {
        FileHandle.standardOutput.write(
          Data(UIStrings.text("progress.resetConfirm", language, ["path": store.file.path]).utf8))
        let answer = readLine()?.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
        guard ["y", "yes", "예", "네"].contains(answer) else {
          print(UIStrings.text("progress.kept", language))
          return
        }
      }
      try store.clear()
      print(UIStrings.text("progress.cleared", language))
      return
    }
    let loaded = store.load()
    if let moved = loaded.movedAside {
      FileHandle.standardError.write(
        Data(
          (UIStrings.text(
            "progress.corrupt", language,
            ["path": store.file.path, "reason": moved.reason, "moved": moved.path]) + "\n").utf8))
    }
    print(UIStrings.text("progress.file", language, ["path": store.file.path]))
    guard !loaded.progress.lessons.isEmpty else {
      return print(UIStrings.text("progress.none", language))
    }
    let lessons = (try? LessonLoader.load(directory: options.directory()).lessons) ?? []
    for (id, record) in loaded.progress.lessons.sorted(by: { $0.key < $1.key }) {
      let lesson = lessons.first { $0.id == id }
      let title = lesson?.title[language] ?? UIStrings.text("progress.unknownLesson", language)
      let total = lesson.map { "/\($0.steps.count)" } ?? ""
      let mark = record.completed ? "✓" : "…"
      let row = UIStrings.text(
        "progress.row", language,
        [
          "steps": "\(record.completedSteps.count)\(total)", "hints": String(record.hintsUsed),
          "solutions": String(record.solutionsUsed),
          "minutes": String(Int((record.secondsSpent / 60).rounded())),
        ])
      print("\(mark) \(id): \(title) — \(row)")
    }
  }
}
