import Foundation
import Yams

/// The exam's templates and topics, as loaded from `Lessons/exam/`.
public struct ExamCatalogue: Sendable {
  /// The usable templates, by file name.
  public var templates: [ExamTemplate]
  /// The topics, in file order.
  public var topics: [ExamTopic]
  /// Every problem, in file order.
  public var diagnostics: [Diagnostic]

  /// A catalogue with every part given.
  public init(templates: [ExamTemplate], topics: [ExamTopic], diagnostics: [Diagnostic] = []) {
    self.templates = templates
    self.topics = topics
    self.diagnostics = diagnostics
  }

  /// Whether any problem is an error.
  public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}

/// Loads the exam folder: `topics.yaml` and one task template per other `*.yaml` file.
///
/// ```swift
/// let catalogue = ExamLoader.load(directory: lessons.appendingPathComponent("exam"))
/// catalogue.templates.count   // 32
/// catalogue.diagnostics       // problems, each with file:line
/// ```
///
/// Every template is also drawn for a few seeds and read with the values in, so a problem
/// that only shows with some values (a number that is not a number) is found on loading.
public enum ExamLoader {
  /// The file that names the topics.
  public static let topicsFile = "topics.yaml"
  /// The seeds each template is drawn for on loading.
  public static let sampleSeeds: [UInt64] = [1, 2, 3]

  /// The exam folder of a lesson folder.
  public static func directory(inLessons lessons: URL) -> URL {
    lessons.appendingPathComponent("exam")
  }

  /// Loads the templates of `directory`; file names in diagnostics are `displayPrefix` + name.
  public static func load(directory: URL, displayPrefix: String? = nil) -> ExamCatalogue {
    let prefix =
      displayPrefix ?? (directory.path.hasSuffix("/") ? directory.path : directory.path + "/")
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else {
      return ExamCatalogue(
        templates: [], topics: [],
        diagnostics: [
          Diagnostic(file: directory.path, line: 0, message: "cannot read the exam folder")
        ])
    }
    let files = names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
    var sources: [(file: String, text: String?)] = []
    for name in files {
      let text = (try? Data(contentsOf: directory.appendingPathComponent(name))).flatMap {
        String(data: $0, encoding: .utf8)
      }
      sources.append((prefix + name, text))
    }
    return load(sources: sources)
  }

  /// Loads from texts already read; the one whose name ends in `topics.yaml` names the topics.
  public static func load(sources: [(file: String, text: String?)]) -> ExamCatalogue {
    var diagnostics: [Diagnostic] = []
    var topics: [ExamTopic] = []
    var templates: [ExamTemplate] = []
    let topicSource = sources.first { $0.file.hasSuffix("/" + topicsFile) || $0.file == topicsFile }
    if let topicSource, let text = topicSource.text {
      let (found, problems) = parseTopics(text, file: topicSource.file)
      topics = found
      diagnostics += problems
    } else {
      diagnostics.append(
        Diagnostic(
          file: topicSource?.file ?? topicsFile, line: 0,
          message: "no readable \(topicsFile): the exam needs its topics"))
    }
    for (file, text) in sources where file != topicSource?.file {
      guard let text else {
        diagnostics.append(
          Diagnostic(file: file, line: 0, message: "cannot read the file as UTF-8 text"))
        continue
      }
      let (template, problems) = ExamTemplateParser.parse(text, file: file)
      diagnostics += problems
      guard let template else { continue }
      var usable = true
      if !topics.isEmpty && !topics.contains(where: { $0.id == template.topic }) {
        diagnostics.append(
          Diagnostic(
            file: file, line: template.line,
            message:
              "unknown topic '\(template.topic)' (topics: \(topics.map(\.id).joined(separator: ", ")))"
          ))
        usable = false
      }
      if let other = templates.first(where: { $0.id == template.id }) {
        diagnostics.append(
          Diagnostic(
            file: file, line: template.line,
            message: "the id '\(template.id)' is also used by \(other.file)"))
        usable = false
      }
      var seen: Set<String> = []
      for seed in sampleSeeds {
        var draw = ParameterDraw(seed: seed)
        let values = draw.values(for: template, number: 1)
        let (task, problems) = ExamInstantiation.task(template, values: values, number: 1)
        for problem in problems where seen.insert(problem.description).inserted {
          diagnostics.append(problem)
        }
        if task == nil { usable = false }
      }
      if usable { templates.append(template) }
    }
    return ExamCatalogue(templates: templates, topics: topics, diagnostics: diagnostics)
  }

  /// Reads `topics.yaml`: a list of `{id, title: {en, ko}, share}`.
  static func parseTopics(_ text: String, file: String) -> ([ExamTopic], [Diagnostic]) {
    var reader = YAMLReader(file: file)
    guard let root = compose(text.precomposedStringWithCanonicalMapping, reader: &reader),
      let pairs = reader.mapping(root, "topics.yaml", allowed: ["topics"]),
      let list = pairs.first(where: { $0.key == "topics" })?.value
    else {
      if reader.diagnostics.isEmpty {
        reader.error("topics.yaml has no 'topics' list", at: nil, line: 1)
      }
      return ([], reader.diagnostics)
    }
    var topics: [ExamTopic] = []
    for item in reader.sequence(list, "topics") {
      guard let fields = reader.mapping(item, "topic", allowed: ["id", "title", "share"]) else {
        continue
      }
      let values = Dictionary(fields.map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
      let id = values["id"].flatMap { reader.string($0, "topic id") }
      let title = values["title"].flatMap { reader.text($0, "topic title") }
      let share = values["share"].flatMap { reader.int($0, "topic share") }
      if id == nil || values["title"] == nil || share == nil {
        reader.error("a topic needs id, title and share", at: item)
      }
      if let share, share < 1 { reader.error("share must be at least 1", at: values["share"]) }
      if let id, topics.contains(where: { $0.id == id }) {
        reader.error("two topics have the id '\(id)'", at: item)
      }
      if let id, let title, let share {
        topics.append(ExamTopic(id: id, title: title, share: share))
      }
    }
    if topics.isEmpty && reader.diagnostics.isEmpty { reader.error("no topics", at: list) }
    return (topics, reader.diagnostics)
  }
}
