import Foundation
import Testing
import Tutorial

/// Progress: versioned JSON written atomically; a corrupt file is moved aside; export/import.
@Suite struct ProgressTests {
  let sample = Progress(lessons: [
    "pod-ips": LessonProgress(
      completedSteps: ["create", "look"], hintsUsed: 2, solutionsUsed: 1, secondsSpent: 95)
  ])

  @Test func savesAndLoads() throws {
    let store = ProgressStore(
      directory: TestSupport.temporaryDirectory().appendingPathComponent("state/kubetutor"))
    #expect(store.load().progress == Progress())
    try store.save(sample)
    #expect(store.load() == ProgressStore.Loaded(progress: sample))
    let text = try String(contentsOf: store.file, encoding: .utf8)
    #expect(text.contains("\"version\" : 1"))
    #expect(text.contains("\"completedSteps\" : [\n        \"create\",\n        \"look\"\n      ]"))
    // Only the file itself is left: the temporary file was renamed over it.
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: store.directory.path) == ["progress.json"]
    )
  }

  @Test func aCorruptFileIsMovedAsideAndTheLearnerStartsFresh() throws {
    let directory = TestSupport.temporaryDirectory()
    let store = ProgressStore(directory: directory)
    try Data("{\"version\": 1, \"lessons\": {\"pod-ips\": ".utf8).write(to: store.file)
    let loaded = store.load()
    #expect(loaded.progress == Progress())
    #expect(
      loaded.movedAside?.path == directory.appendingPathComponent("progress.json.broken-1").path)
    #expect(loaded.movedAside?.reason == "not JSON progress")
    #expect(!FileManager.default.fileExists(atPath: store.file.path))
    try Data("[1, 2, 3]".utf8).write(to: store.file)
    #expect(store.load().movedAside?.path.hasSuffix("progress.json.broken-2") == true)
    let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
    #expect(names == ["progress.json.broken-1", "progress.json.broken-2"])
  }

  @Test func aFileFromAnotherVersionIsMovedAside() throws {
    let store = ProgressStore(directory: TestSupport.temporaryDirectory())
    try Data("{\"version\": 7, \"lessons\": {}}".utf8).write(to: store.file)
    #expect(store.load().movedAside?.reason == "version 7; this kubetutor reads version 1")
  }

  @Test func theSessionWarnsAboutACorruptFileAndKeepsGoing() throws {
    let store = ProgressStore(directory: TestSupport.temporaryDirectory())
    try Data("garbage".utf8).write(to: store.file)
    let lesson = try #require(TestSupport.lesson(sampleLessonYAML))
    let session = TestSupport.session([lesson], store: store)
    let start = session.start(lesson: 0)
    #expect(
      start.text.hasPrefix(
        "kubetutor: the progress file \(store.file.path) could not be read (not JSON progress); it was moved to"
      ))
    #expect(start.chunks.first?.kind == .warning)
    _ = session.submit("kubectl create deployment web --image=nginx")
    #expect(store.load().progress[lesson: "sample"].completedSteps == ["create"])
  }

  @Test func theSessionRecordsProgress() throws {
    let store = ProgressStore(directory: TestSupport.temporaryDirectory())
    let lesson = try #require(TestSupport.lesson(sampleLessonYAML))
    let session = TestSupport.session([lesson], store: store)
    session.start(lesson: 0)
    _ = session.submit("hint")
    _ = session.submit("kubectl create deployment web --image=nginx")
    _ = session.submit("kubectl get pods")
    _ = session.submit("solution")
    _ = session.submit("y")
    let saved = store.load().progress[lesson: "sample"]
    #expect(saved.completedSteps == ["create"])
    #expect(saved.hintsUsed == 1)
    #expect(saved.solutionsUsed == 1)
    #expect(saved.secondsSpent == 2)
    // A new session over the same store sees the marks.
    let again = TestSupport.session([lesson], store: store)
    #expect(again.lessonEntries.first?.completedSteps == 1)
    #expect(again.lessonEntries.first?.mark == "…")
  }

  @Test func exportAndImportMerge() throws {
    let here = ProgressStore(directory: TestSupport.temporaryDirectory())
    let there = ProgressStore(directory: TestSupport.temporaryDirectory())
    try here.save(sample)
    try there.save(
      Progress(lessons: [
        "pod-ips": LessonProgress(completedSteps: ["delete"], hintsUsed: 5),
        "external-networking": LessonProgress(completedSteps: ["find"], completed: false),
      ]))
    let file = TestSupport.temporaryDirectory().appendingPathComponent("moved.json")
    try here.export(to: file)
    try there.importing(from: file)
    let merged = there.load().progress
    #expect(merged[lesson: "pod-ips"].completedSteps == ["create", "look", "delete"])
    #expect(merged[lesson: "pod-ips"].hintsUsed == 5)
    #expect(merged[lesson: "pod-ips"].solutionsUsed == 1)
    #expect(merged[lesson: "external-networking"].completedSteps == ["find"])
    // Importing the same file again changes nothing.
    try there.importing(from: file)
    #expect(there.load().progress == merged)
  }

  @Test func importRefusesAnythingButProgressAndChangesNothing() throws {
    let store = ProgressStore(directory: TestSupport.temporaryDirectory())
    try store.save(sample)
    let bad = TestSupport.temporaryDirectory().appendingPathComponent("bad.json")
    try Data("{\"lessons\": {}}".utf8).write(to: bad)
    #expect(throws: ProgressError("no version")) { try store.importing(from: bad) }
    #expect(store.load().progress == sample)
  }

  @Test func theDefaultDirectoryFollowsXDG() {
    #expect(
      ProgressStore.defaultDirectory(environment: ["XDG_STATE_HOME": "/x/state", "HOME": "/home/a"])
        .path == "/x/state/kubetutor")
    #expect(
      ProgressStore.defaultDirectory(environment: ["HOME": "/home/a"]).path
        == "/home/a/.local/state/kubetutor")
    #expect(
      ProgressStore.defaultDirectory(environment: ["XDG_STATE_HOME": "relative", "HOME": "/home/a"])
        .path == "/home/a/.local/state/kubetutor")
  }

  @Test func clearRemovesTheFile() throws {
    let store = ProgressStore(directory: TestSupport.temporaryDirectory())
    try store.save(sample)
    try store.clear()
    #expect(store.load().progress == Progress())
  }
}
