/// A practice exam task as its file writes it: parameters to draw, then a statement, a setup,
/// the checks that grade it and a model solution, all of which may use the parameters as
/// `{{name}}` (or `{{name.field}}` for a record).
///
/// ```yaml
/// id: expose-nodeport
/// topic: expose
/// weight: 6
/// title: {en: Expose a Deployment on a fixed NodePort, ko: ...}
/// params:
///   ns: {pick: [shop, billing, orders], unique: true}
///   nodePort: {range: [30000, 30085], unique: true}
/// setup:
///   - kubectl create namespace {{ns}}
/// ```
///
/// A template is kept with its file's text: each draw substitutes the values into the parsed
/// YAML and reads the parts again, so that a check's numbers (`ready: "{{replicas}}"`) are
/// checked like any other number, with the file's line numbers.
public struct ExamTemplate: Equatable, Sendable {
  /// A short stable name (`expose-nodeport`), kept in the exam history.
  public var id: String
  /// The topic's id, from `topics.yaml`.
  public var topic: String
  /// How much the task counts, relative to the other tasks of an exam (1 to 20).
  public var weight: Int
  /// The parameters, in the order they are drawn (a derived one may use those before it).
  public var parameters: [ExamParameter]
  /// The file, as given to the loader.
  public var file: String
  /// The line of `id:`.
  public var line: Int
  /// The file's text, normalised to NFC: what each draw is read from.
  var source: String

  /// A template read from `source`.
  init(
    id: String, topic: String, weight: Int, parameters: [ExamParameter], file: String,
    line: Int, source: String
  ) {
    self.id = id
    self.topic = topic
    self.weight = weight
    self.parameters = parameters
    self.file = file
    self.line = line
    self.source = source
  }

  /// The names a text may use: each parameter (a record's fields as `name.field`) and `task`.
  public var knownNames: Set<String> {
    var names: Set<String> = [ExamParameter.taskNumber]
    for parameter in parameters {
      switch parameter.generator {
      case .pick(let values):
        for value in values {
          switch value {
          case .text: names.insert(parameter.name)
          case .record(let fields):
            for key in fields.keys { names.insert(parameter.name + "." + key) }
          }
        }
      default: names.insert(parameter.name)
      }
    }
    return names
  }
}

/// One parameter of a template and how its value is drawn.
public struct ExamParameter: Equatable, Sendable {
  /// The name the texts use: `{{ns}}`.
  public var name: String
  /// How the value is drawn.
  public var generator: Generator
  /// Whether no other task of the same exam may get the same value (namespaces, nodePorts).
  public var unique: Bool
  /// The line of the parameter in its file.
  public var line: Int

  /// The built-in parameter that holds the task's number in the exam (1 in a self-test).
  public static let taskNumber = "task"

  /// How a value is drawn.
  public enum Generator: Equatable, Sendable {
    /// One of these (`pick: [a, b]`); a record's fields are used as `{{name.field}}`.
    case pick([ParameterValue])
    /// A whole number in this range, both ends included (`range: [30000, 30085]`).
    case range(Int, Int)
    /// Random lowercase letters and digits of this length (`token: 6`).
    case token(Int)
    /// A text made of the parameters before it (`svc: "{{app}}-svc"`).
    case derived(String)
  }

  /// A parameter with every part given.
  public init(name: String, generator: Generator, unique: Bool = false, line: Int = 0) {
    self.name = name
    self.generator = generator
    self.unique = unique
    self.line = line
  }
}

/// One choice of a `pick`: a text, or a record of texts (an image and what it answers).
public enum ParameterValue: Equatable, Hashable, Sendable {
  /// A single value.
  case text(String)
  /// Named values that go together: `{image: httpd, says: It works!}`.
  case record([String: String])
}

/// A topic of the exam, from `topics.yaml`: tasks are drawn over the topics in proportion to
/// their shares.
public struct ExamTopic: Equatable, Sendable {
  /// The id templates name in `topic:`.
  public var id: String
  /// The topic's name, in both languages.
  public var title: LocalizedText
  /// The topic's share of an exam, relative to the other topics.
  public var share: Int

  /// A topic with every part given.
  public init(id: String, title: LocalizedText, share: Int) {
    self.id = id
    self.title = title
    self.share = share
  }
}
