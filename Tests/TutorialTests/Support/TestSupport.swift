import ClusterSim
import Foundation
import Kubectl
import Testing
import Tutorial

/// Paths and factories the tutorial tests share.
enum TestSupport {
  /// The package's Lessons/ folder.
  static let lessonsDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Lessons")

  /// The folder of broken lesson fixtures.
  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Fixtures")

  /// The real course.
  static func course() -> LessonLoader.Course {
    LessonLoader.load(directory: lessonsDirectory, displayPrefix: "Lessons/")
  }

  /// Parses one lesson from YAML text, failing the test on any diagnostic.
  static func lesson(_ yaml: String, sourceLocation: SourceLocation = #_sourceLocation) -> Lesson? {
    let (lesson, problems) = LessonParser.parse(yaml, file: "test.yaml")
    #expect(problems.isEmpty, "\(problems)", sourceLocation: sourceLocation)
    return lesson
  }

  /// A session over `lessons`, scripted, in memory.
  static func session(
    _ lessons: [Lesson], language: Language = .en, store: ProgressStore? = nil,
    clock: ManualClock = ManualClock()
  ) -> TutorialSession {
    TutorialSession(
      lessons: lessons,
      configuration: TutorialConfiguration(language: language, clock: clock, progressStore: store))
  }

  /// A fresh temporary directory.
  static func temporaryDirectory() -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "kubetutor-tests-\(UUID().uuidString)")
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// The position of the lesson `id` in the real course, failing the test when it is missing.
  /// Tests name lessons by id, so that new lessons or a new order do not change their meaning.
  static func index(
    of id: String, in course: LessonLoader.Course = course(),
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> Int {
    try #require(
      course.lessons.firstIndex { $0.id == id }, "the course has no lesson '\(id)'",
      sourceLocation: sourceLocation)
  }

  /// A session over the real course, started at the lesson `id`.
  static func session(
    startingAt id: String, language: Language = .en,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> TutorialSession {
    let course = course()
    let index = try index(of: id, in: course, sourceLocation: sourceLocation)
    let session = session(course.lessons, language: language)
    session.start(lesson: index)
    return session
  }
}

/// A small lesson for engine tests: create a deployment, scale it, then a quiz.
let sampleLessonYAML = """
  id: sample
  order: 1
  title: {en: Sample, ko: 예제}
  summary: {en: A sample lesson., ko: 예제 레슨입니다.}
  cluster:
    nodes: 1
  steps:
    - id: create
      text:
        en: Create the deployment `web`.
        ko: 디플로이먼트 `web`을 만드세요.
      solution: kubectl create deployment web --image=nginx --replicas=2
      hints:
        - {en: First hint., ko: 첫 번째 힌트.}
        - {en: Second hint., ko: 두 번째 힌트.}
      checks:
        - exists: {kind: deployment, name: web}
          explain: {en: No deployment web., ko: web 디플로이먼트가 없습니다.}
      success: {en: Created., ko: 만들었습니다.}
    - id: scale
      text:
        en: Scale `web` to 4 with YAML, not kubectl scale.
        ko: kubectl scale 없이 `web`을 4개로 늘리세요.
      solution: kubectl patch deployment web -p '{"spec":{"replicas":4}}'
      disable:
        - command: kubectl scale
          explain: {en: Use patch here., ko: 여기서는 patch를 쓰세요.}
      checks:
        - field: {kind: deployment, name: web, path: .spec.replicas, equals: 4}
          explain: {en: web should have 4 replicas., ko: web의 replicas가 4여야 합니다.}
  quiz:
    - question: {en: Pick two., ko: 2번을 고르세요.}
      choices:
        - {en: One, ko: 하나}
        - {en: Two, ko: 둘}
      answer: 2
      explain: {en: It was two., ko: 2번이었습니다.}
  recap:
    en: "You used `kubectl create deployment` and `kubectl patch`."
    ko: "`kubectl create deployment`와 `kubectl patch`를 써 보았습니다."
  """

/// Short names in failure messages instead of a dump of the whole cluster.
extension CheckContext: CustomTestStringConvertible {
  public var testDescription: String { "CheckContext(\(log.count) commands, \(attempts.count) attempts)" }
}
