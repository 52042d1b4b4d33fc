import ClusterSim
import Foundation
import Kubectl
import Testing
import Tutorial

/// Progress under faults: a folder that cannot be made, a file cut short, saves that never
/// leave half a file. The learner is told in words and keeps going.
@Suite struct FaultTests {
  /// A progress folder whose parent is a plain file: even root cannot create it.
  func blockedStore() throws -> ProgressStore {
    let base = TestSupport.temporaryDirectory()
    let file = base.appendingPathComponent("not-a-folder")
    try Data("x".utf8).write(to: file)
    return ProgressStore(directory: file.appendingPathComponent("kubetutor"))
  }

  @Test func anUnwritableProgressFolderIsReportedInWordsAndTheLessonGoesOn() throws {
    let lesson = try #require(TestSupport.lesson(sampleLessonYAML))
    let session = TestSupport.session([lesson], store: try blockedStore())
    session.start(lesson: 0)
    let response = session.submit("kubectl create deployment web --image=nginx")
    #expect(response.events.contains(.stepCompleted(1)))
    let warning = response.text.split(separator: "\n").first { $0.contains("could not save progress") }
    let text = try #require(warning.map(String.init))
    #expect(text.contains("Not a directory"))
    #expect(!text.contains("NSCocoaErrorDomain") && !text.contains("UserInfo"))
    // Reported once, not after every command.
    #expect(!session.submit("kubectl get pods").text.contains("could not save progress"))
    #expect(session.stepIndex == 1)
  }

  @Test func aSaveNeverLeavesHalfAFile() throws {
    let directory = TestSupport.temporaryDirectory()
    let store = ProgressStore(directory: directory)
    var progress = Progress()
    for number in 0..<500 {
      progress[lesson: "lesson-\(number)"].completedSteps = Set((0..<20).map { "step-\($0)" })
    }
    for _ in 0..<5 { try store.save(progress) }
    let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
    #expect(names == ["progress.json"])
    #expect(store.load().progress == progress)
  }

  @Test func aProgressFileCutAnywhereIsMovedAsideNeverTrusted() throws {
    let directory = TestSupport.temporaryDirectory()
    let store = ProgressStore(directory: directory)
    var progress = Progress()
    progress[lesson: "pod-ips"].completedSteps = ["create", "look"]
    try store.save(progress)
    let whole = try Data(contentsOf: store.file)
    for cut in stride(from: 1, to: whole.count - 1, by: max(1, whole.count / 40)) {
      try whole.prefix(cut).write(to: store.file)
      let loaded = store.load()
      #expect(loaded.progress == Progress(), "cut at \(cut)")
      #expect(loaded.movedAside != nil, "cut at \(cut)")
      for name in try FileManager.default.contentsOfDirectory(atPath: directory.path) where name.contains("broken") {
        try FileManager.default.removeItem(at: directory.appendingPathComponent(name))
      }
    }
  }
}

/// Every lesson file and exam template, mutated thousands of ways, through the loaders: each
/// either loads or names a problem, never crashes, never hangs.
@Suite struct LoaderFuzzTests {
  static let fragments = [
    "", ":", "- ", "  ", "\t", "{", "}", "[", "]", "'", "\"", "{{", "}}", "en:", "ko:", "null",
    "~", "&a", "*a", "!!int", "- - -", "steps:", "checks:", "9999999999999999999999", "-1",
    "파드", "\u{0}", "\u{1b}[2J", String(repeating: "x", count: 5000), "---", "...", "%YAML 1.2",
  ]

  static func mutate(_ text: String, random: inout SeededRandom) -> String {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    for _ in 0..<Int.random(in: 1...4, using: &random) where !lines.isEmpty {
      let index = Int.random(in: 0..<lines.count, using: &random)
      switch Int.random(in: 0..<6, using: &random) {
      case 0: lines.remove(at: index)
      case 1: lines.insert(lines[index], at: index)
      case 2: lines[index] += fragments.randomElement(using: &random)!
      case 3: lines[index] = fragments.randomElement(using: &random)! + lines[index]
      case 4: lines[index] = String(lines[index].shuffled(using: &random))
      default: lines = Array(lines.prefix(index))
      }
    }
    return lines.joined(separator: "\n")
  }

  static func files(in directory: URL) -> [URL] {
    ((try? FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)) ?? [])
      .filter { $0.pathExtension == "yaml" }.sorted { $0.path < $1.path }
  }

  @Test func mutatedLessonsLoadOrNameAProblem() throws {
    var random = SeededRandom(seed: 99)
    let clock = ContinuousClock()
    var slowest = Duration.zero
    for url in Self.files(in: TestSupport.lessonsDirectory) {
      let text = try String(contentsOf: url, encoding: .utf8)
      for _ in 0..<150 {
        let mutated = Self.mutate(text, random: &random)
        let started = clock.now
        let course = LessonLoader.load(sources: [(url.lastPathComponent, mutated)])
        slowest = max(slowest, clock.now - started)
        #expect(!course.lessons.isEmpty || !course.diagnostics.isEmpty)
      }
    }
    #expect(slowest < .seconds(2), "slowest load took \(slowest)")
  }

  @Test func mutatedExamTemplatesLoadOrNameAProblem() throws {
    var random = SeededRandom(seed: 7)
    let directory = TestSupport.lessonsDirectory.appendingPathComponent("exam")
    for url in Self.files(in: directory) where url.lastPathComponent != "topics.yaml" {
      let text = try String(contentsOf: url, encoding: .utf8)
      for _ in 0..<60 {
        let mutated = Self.mutate(text, random: &random)
        let (template, problems) = ExamTemplateParser.parse(mutated, file: url.lastPathComponent)
        #expect(template != nil || !problems.isEmpty)
      }
    }
  }
}
