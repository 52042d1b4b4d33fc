import ArgumentParser
import Foundation
import Tutorial

/// `kubetutor check`: validates lesson files and plays every lesson by its solutions.
struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract:
      "Validate lesson files: schema, both languages, check kinds, and a self-test of every step.",
    discussion: """
      The self-test starts each lesson on a fresh cluster; each step's checks must fail \
      before its solution and pass after it, step after step to the end. Problems are \
      printed as FILE:LINE: error: MESSAGE; the exit status is 1 when there is an error.
      """)

  @Argument(help: "The folder of lesson files (default: the one learn uses).")
  var directory: String?

  @Option(help: "Seed of the self-test's cluster.")
  var seed: UInt64 = 1

  @Flag(help: "Report steps that fail only because the shell lacks a command as warnings.")
  var allowMissingTools = false

  @Flag(help: "Check the exam task templates (DIR/exam) instead: seeds 1, 2 and 3, or the --seed given.")
  var exam = false

  func run() throws {
    if exam { return try Exam.checkTemplates(directory: directory, seed: seed == 1 ? nil : seed) }
    guard let url = LessonDirectory.locate(explicit: directory) else {
      FileHandle.standardError.write(
        Data(
          "kubetutor check: no lesson files in \(directory ?? "the default Lessons folder")\n".utf8)
      )
      throw ExitCode(2)
    }
    let shown = directory.map { $0.hasSuffix("/") ? $0 : $0 + "/" } ?? url.path + "/"
    let course = LessonLoader.load(directory: url, displayPrefix: shown)
    let report = LessonCheck.run(
      course, options: LessonSelfTest.Options(seed: seed, allowMissingTools: allowMissingTools))
    for diagnostic in report.diagnostics { print(diagnostic) }
    let errors = report.diagnostics.filter { $0.severity == .error }.count
    let warnings = report.diagnostics.count - errors
    for lesson in report.lessons
    where !report.diagnostics.contains(where: { $0.file == lesson.file }) {
      print("\(lesson.file): ok (\(lesson.steps.count) steps)")
    }
    let steps = report.lessons.reduce(0) { $0 + $1.steps.count }
    print(
      "\(counted(report.lessons.count, "lesson")), \(counted(steps, "step")): "
        + "\(counted(errors, "error")), \(counted(warnings, "warning"))")
    if errors > 0 { throw ExitCode(1) }
  }
}

/// `1 lesson`, `2 lessons`.
func counted(_ number: Int, _ noun: String) -> String {
  "\(number) \(noun)\(number == 1 ? "" : "s")"
}
