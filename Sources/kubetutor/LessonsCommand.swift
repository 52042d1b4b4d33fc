import ArgumentParser
import Foundation
import Kubectl
import Tutorial

/// `kubetutor lessons`: the lessons, numbered, with progress marks.
struct LessonsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "lessons",
    abstract: "List the lessons, numbered, with your progress (✓ done, … started).")

  @OptionGroup var options: LessonOptions

  func run() throws {
    let course = try options.course()
    let progress = ProgressStore(directory: ProgressStore.defaultDirectory()).load().progress
    let language = options.language
    for lesson in course.lessons {
      let record = progress[lesson: lesson.id]
      let done = lesson.steps.filter { record.completedSteps.contains($0.id) }.count
      let mark = record.completed ? "✓" : done > 0 ? "…" : "·"
      let steps = UIStrings.text(
        "lessons.steps", language, ["done": String(done), "total": String(lesson.steps.count)])
      print(
        "\(String(lesson.order).leftPadded(to: 3)). \(mark) \(lesson.title[language])  [\(lesson.id), \(steps)]"
      )
    }
  }
}

extension String {
  /// The text with spaces before it up to `width` characters.
  func leftPadded(to width: Int) -> String {
    count >= width ? self : String(repeating: " ", count: width - count) + self
  }
}
