import Foundation
import Kubectl
import Testing
import Tutorial

/// A golden plain-mode transcript of every lesson in Lessons/, in English and Korean, played
/// by its own solutions and quiz answers as a learner copying them would:
/// `Golden/lessons/<id>.<lang>.out`. Lessons are discovered, not listed, so a new lesson gets
/// a test (failing until its golden is recorded) without editing this file.
///
/// Record or rewrite with `RECORD_GOLDEN=1 swift test --filter LessonGoldenTests`, then read
/// the files: they are what a learner sees.
@Suite struct LessonGoldenTests {
  static let subdirectory = "lessons"
  static let recordCommand = "swift test --filter LessonGoldenTests"

  /// The ids of the lessons in Lessons/, in course order.
  static let lessonIDs: [String] = TestSupport.course().lessons.map(\.id)

  /// The golden file of a lesson in a language, relative to `Golden/`.
  static func goldenName(_ id: String, _ language: Language) -> String {
    "\(subdirectory)/\(id).\(language.rawValue).out"
  }

  /// The transcript of `id` played by its own solutions, in `language`, in a session over the
  /// whole course (so the header and the closing line name the lesson's real place in it).
  static func demonstration(of id: String, in language: Language) throws -> (
    text: String, session: TutorialSession, lesson: Lesson
  ) {
    let course = TestSupport.course()
    let index = try TestSupport.index(of: id, in: course)
    let session = TestSupport.session(course.lessons, language: language)
    let text = PlainTutorial(session: session).demonstration(lesson: index)
    return (text, session, course.lessons[index])
  }

  @Test(arguments: lessonIDs, Language.allCases)
  func lessonPlayedByItsOwnSolutions(id: String, language: Language) throws {
    let (text, session, lesson) = try Self.demonstration(of: id, in: language)
    // The solutions take the lesson to its end: every step done, none skipped.
    #expect(session.isLessonComplete, "\(id) (\(language)) stopped at step \(session.stepIndex + 1)")
    let total = lesson.steps.count
    let done = UIStrings.text("step.done", language, ["k": String(total), "n": String(total)])
    #expect(text.contains(done))
    let complete = UIStrings.text("lesson.complete", language, ["title": lesson.title[language]])
    #expect(text.contains(complete))
    // A live value that had no value would show as a placeholder instead of an address.
    let missing = UIStrings.text("live.missing", language)
    #expect(!text.contains(missing), "\(id) (\(language)) shows '\(missing)'")
    try Golden.check(Self.goldenName(id, language), text, recordWith: Self.recordCommand)
  }

  /// A golden whose lesson was renamed or removed would never be compared again.
  @Test func everyGoldenBelongsToALesson() throws {
    let folder = Golden.directory.appendingPathComponent(Self.subdirectory)
    let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    let expected = Set(
      Self.lessonIDs.flatMap { id in
        Language.allCases.map { "\(id).\($0.rawValue).out" }
      })
    let stale = files.filter { !expected.contains($0) }.sorted()
    #expect(stale.isEmpty, "goldens without a lesson in Lessons/: \(stale); delete them")
  }
}
