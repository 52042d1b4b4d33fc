import Foundation

/// Loads every lesson file (`*.yaml`, `*.yml`) of a directory, in course order.
///
/// ```swift
/// let course = LessonLoader.load(directory: URL(fileURLWithPath: "Lessons"))
/// course.lessons.map(\.id)     // ["pod-ips", "laptop-to-pod"]
/// course.diagnostics           // problems, each with file:line
/// ```
public enum LessonLoader {
  /// Lessons and the problems found loading them.
  public struct Course: Sendable {
    /// The usable lessons, sorted by `order` then file name.
    public var lessons: [Lesson]
    /// Every problem, in file order.
    public var diagnostics: [Diagnostic]

    /// Whether any problem is an error.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
  }

  /// Loads the lesson files directly in `directory` (subdirectories such as `exam/` are not
  /// lessons). File names in diagnostics are `displayPrefix` + the file's name.
  public static func load(directory: URL, displayPrefix: String? = nil) -> Course {
    let prefix =
      displayPrefix ?? (directory.path.hasSuffix("/") ? directory.path : directory.path + "/")
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
    } catch {
      return Course(
        lessons: [],
        diagnostics: [
          Diagnostic(file: directory.path, line: 0, message: "cannot read the lesson directory")
        ])
    }
    let files = names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
    var sources: [(file: String, text: String?)] = []
    for name in files {
      let url = directory.appendingPathComponent(name)
      let text = (try? Data(contentsOf: url)).flatMap { String(data: $0, encoding: .utf8) }
      sources.append((prefix + name, text))
    }
    return load(sources: sources)
  }

  /// Loads lessons from texts already read (nil text: the file could not be read as UTF-8).
  public static func load(sources: [(file: String, text: String?)]) -> Course {
    var lessons: [Lesson] = []
    var diagnostics: [Diagnostic] = []
    for (file, text) in sources {
      guard let text else {
        diagnostics.append(
          Diagnostic(file: file, line: 0, message: "cannot read the file as UTF-8 text"))
        continue
      }
      let (lesson, problems) = LessonParser.parse(text, file: file)
      diagnostics += problems
      if let lesson { lessons.append(lesson) }
    }
    lessons.sort { ($0.order, $0.file) < ($1.order, $1.file) }
    var ids: [String: Lesson] = [:]
    var orders: [Int: Lesson] = [:]
    for lesson in lessons {
      if let other = ids[lesson.id] {
        diagnostics.append(
          Diagnostic(
            file: lesson.file, line: lesson.line,
            message: "the id '\(lesson.id)' is also used by \(other.file)"))
      }
      if let other = orders[lesson.order] {
        diagnostics.append(
          Diagnostic(
            file: lesson.file, line: lesson.line,
            message: "order \(lesson.order) is also used by \(other.file)"))
      }
      ids[lesson.id] = lesson
      orders[lesson.order] = lesson
    }
    return Course(lessons: lessons, diagnostics: diagnostics)
  }
}
