import ArgumentParser
import Foundation
import Kubectl
import Tutorial

/// Options of the commands that read the lesson files.
struct LessonOptions: ParsableArguments {
  @Option(
    help: "Folder of lesson files (default: KUBETUTOR_LESSONS, else Lessons/ next to kubetutor).")
  var lessons: String?

  @Option(help: "Language: ko or en (default: from LC_ALL, LC_MESSAGES or LANG).")
  var lang: String?

  func validate() throws {
    if let lang, LanguageChoice.parse(lang) == nil {
      throw ValidationError("--lang must be ko or en")
    }
  }

  var language: Language {
    LanguageChoice.resolve(flag: lang, environment: ProcessInfo.processInfo.environment)
  }

  /// The lesson folder, or a clear error when there is none.
  func directory() throws -> URL {
    guard let url = LessonDirectory.locate(explicit: lessons) else {
      FileHandle.standardError.write(
        Data((UIStrings.text("lessons.notFound", language) + "\n").utf8))
      throw ExitCode(2)
    }
    return url
  }

  /// The lessons, with load problems printed to standard error.
  func course() throws -> LessonLoader.Course {
    let course = LessonLoader.load(directory: try directory())
    for diagnostic in course.diagnostics {
      FileHandle.standardError.write(Data("\(diagnostic)\n".utf8))
    }
    return course
  }
}
