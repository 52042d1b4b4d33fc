import Foundation
import Testing
import Tutorial

/// The loader: order, schema errors with lines, and no crash on any malformed file.
@Suite struct LoaderTests {
  @Test func lessonsAreOrderedByOrderThenFileNamePrefix() {
    let lesson = { (id: String, order: String) in
      """
      id: \(id)
      \(order)
      title: {en: T, ko: 제목}
      summary: {en: S, ko: 요약}
      steps:
        - text: {en: X, ko: 엑스}
          solution: kubectl get pods
          checks:
            - ran: kubectl get pods
              explain: {en: Run it., ko: 실행하세요.}
      """
    }
    let course = LessonLoader.load(sources: [
      ("a/10-late.yaml", lesson("late", "")), ("a/z.yaml", lesson("first", "order: 2")),
      ("a/01-early.yaml", lesson("early", "")),
    ])
    #expect(course.diagnostics.isEmpty)
    #expect(course.lessons.map(\.id) == ["early", "first", "late"])
    let clash = LessonLoader.load(sources: [
      ("a/01-x.yaml", lesson("x", "")), ("a/01-y.yaml", lesson("x", "")),
    ])
    #expect(
      clash.diagnostics.map(\.message) == [
        "the id 'x' is also used by a/01-x.yaml", "order 1 is also used by a/01-x.yaml",
      ])
  }

  @Test func schemaErrorsNameTheirLines() {
    let yaml = """
      id: broken
      order: 1
      title: {en: T}
      summary: S
      colour: blue
      steps:
        - text: {en: X, ko: 엑스}
          checks:
            - exists: {kind: widget, name: w}
              explain: {en: E, ko: 이}
            - field: {kind: pod, name: p, path: .status.phase}
              explain: {en: E, ko: 이}
            - ran: kubectl get pods
        - text: {en: Y, ko: 와이}
          solution: answer 1
          hints: not a list
          checks:
            - exists: {kind: pod, name: a}
              absent: {kind: pod, name: b}
              explain: {en: E, ko: 이}
      """
    let (lesson, problems) = LessonParser.parse(yaml, file: "x.yaml")
    #expect(lesson == nil)
    #expect(
      problems.map(\.description) == [
        "x.yaml:5: error: unknown key 'colour' in the lesson (expected one of: id, order, title, summary, cluster, steps, quiz, recap)",
        "x.yaml:3: error: title has no 'ko' text",
        "x.yaml:4: error: summary must give both languages, as {en: ..., ko: ...}",
        "x.yaml:7: error: step 1 has no 'solution'",
        "x.yaml:9: error: unknown kind 'widget'",
        "x.yaml:11: error: 'field' needs one of equals, oneOf, matches, greaterThan, lessThan",
        "x.yaml:13: error: the 'ran' check has no 'explain' (what to tell the learner when it fails)",
        "x.yaml:16: error: step 2.hints must be a list (lines starting with '- ')",
        "x.yaml:18: error: a check has one kind; use all: [...] to combine",
      ])
  }

  @Test func everyCutOfARealLessonLoadsWithoutCrashing() throws {
    let text = try String(
      contentsOf: TestSupport.lessonsDirectory.appendingPathComponent("01-pod-ips.yaml"),
      encoding: .utf8)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    for count in stride(from: 0, to: lines.count, by: 3) {
      let cut = lines.prefix(count).joined(separator: "\n")
      let (lesson, problems) = LessonParser.parse(cut, file: "cut.yaml")
      #expect(
        lesson != nil || !problems.isEmpty,
        "a cut at line \(count) gave neither a lesson nor a problem")
    }
    // Bytes in odd places: tabs, a stray colon, an unclosed quote.
    for mangled in [
      text.replacingOccurrences(of: "  ", with: "\t"),
      text.replacingOccurrences(of: "en:", with: "en::"), text + "\n\"unclosed",
    ] {
      let (_, problems) = LessonParser.parse(mangled, file: "m.yaml")
      #expect(!problems.isEmpty)
    }
  }

  @Test func unreadableFilesAreReported() {
    let course = LessonLoader.load(sources: [("Lessons/bad.yaml", nil), ("Lessons/empty.yaml", "")])
    #expect(
      course.diagnostics.map(\.description) == [
        "Lessons/bad.yaml:0: error: cannot read the file as UTF-8 text",
        "Lessons/empty.yaml:1: error: the file is empty",
      ])
  }

  @Test func theLessonDirectoryIsFoundFromAnywhere() throws {
    let lessons = TestSupport.lessonsDirectory.standardizedFileURL
    // An explicit folder and the environment variable come first.
    #expect(
      LessonDirectory.locate(
        explicit: lessons.path, environment: [:], executable: nil, workingDirectory: "/") == lessons
    )
    #expect(
      LessonDirectory.locate(
        explicit: nil, environment: ["KUBETUTOR_LESSONS": lessons.path], executable: nil,
        workingDirectory: "/") == lessons)
    #expect(
      LessonDirectory.locate(
        explicit: "/nonexistent", environment: [:], executable: nil, workingDirectory: "/") == nil)
    // Walking up from an executable inside the package's .build folder.
    let executable = lessons.deletingLastPathComponent().appendingPathComponent(
      ".build/debug/kubetutor"
    ).path
    #expect(
      LessonDirectory.locate(
        explicit: nil, environment: [:], executable: executable, workingDirectory: "/") == lessons)
    // From anywhere else, the folder this source was compiled from.
    #expect(
      LessonDirectory.locate(
        explicit: nil, environment: [:], executable: "/usr/bin/kubetutor", workingDirectory: "/")?
        .standardizedFileURL == lessons)
    #expect(LessonDirectory.compiledLocation.standardizedFileURL == lessons)
  }
}
