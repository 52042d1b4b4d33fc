import Foundation
import Testing
import Tutorial

/// `kubetutor check`: the real lessons pass; broken lessons are rejected with file:line.
@Suite struct LessonCheckTests {
  @Test func theRealLessonsPass() {
    let course = TestSupport.course()
    // NB: by id and in relative order, not an exact list, so that lessons added to the course
    // keep this test meaning the same.
    let ids = course.lessons.map(\.id)
    let known = [
      "getting-around", "pod-ips", "docker-to-service", "internal-networking",
      "external-networking",
    ]
    #expect(known.allSatisfy(ids.contains), "\(ids)")
    #expect(ids.filter(known.contains) == known)
    #expect(Set(ids).count == ids.count)
    let report = LessonCheck.run(course)
    let errors = report.diagnostics.filter { $0.severity == .error }
    #expect(errors.isEmpty, "\(errors.map(\.description).joined(separator: "\n"))")
    #expect(report.diagnostics.allSatisfy { !$0.file.isEmpty && $0.line > 0 })
  }

  @Test func theCourseIsNumberedFromZeroInFileOrder() throws {
    let course = TestSupport.course()
    #expect(course.lessons.first?.id == "getting-around")
    #expect(course.lessons.first?.order == 0)
    let orders = course.lessons.map(\.order)
    #expect(orders == orders.sorted())
    // Each file is named after its lesson's order and id: 04-external-networking.yaml.
    let names = try FileManager.default.contentsOfDirectory(
      atPath: TestSupport.lessonsDirectory.path
    ).filter { $0.hasSuffix(".yaml") }
    for lesson in course.lessons {
      let name = String(format: "%02d-", lesson.order) + lesson.id + ".yaml"
      #expect(names.contains(name), "no file \(name) for the lesson \(lesson.id)")
    }
  }

  func check(_ name: String) -> [Diagnostic] {
    let directory = TestSupport.fixtures.appendingPathComponent(name)
    let course = LessonLoader.load(directory: directory, displayPrefix: "\(name)/")
    return LessonCheck.run(course).diagnostics
  }

  @Test func aCheckThatPassesBeforeItsSolutionIsRejected() {
    let problems = check("broken-passes-early")
    #expect(
      problems.map(\.description) == [
        "broken-passes-early/01-early.yaml:5: error: step 1: its checks already pass before its solution runs"
      ])
  }

  @Test func aMissingKoreanTextIsRejected() {
    let problems = check("broken-no-ko")
    #expect(
      problems.map(\.description) == [
        "broken-no-ko/01-no-ko.yaml:6: error: step 1.text has no 'ko' text"
      ])
  }

  @Test func badYAMLIsRejectedWithItsLine() {
    let problems = check("broken-yaml")
    #expect(problems.count == 1)
    #expect(
      problems.first?.description.hasPrefix("broken-yaml/01-bad-yaml.yaml:8: error: invalid YAML")
        == true)
  }

  @Test func anUnknownCheckKindIsRejected() {
    let problems = check("broken-kind")
    #expect(problems.count == 1)
    #expect(
      problems.first?.description.hasPrefix(
        "broken-kind/01-bad-kind.yaml:10: error: unknown check kind 'podIsHappy'") == true)
  }

  @Test func aStepDoneBeforeItsLastSolutionLineIsRejected() throws {
    let yaml = """
      id: twice
      order: 1
      title: {en: T, ko: 제목}
      summary: {en: S, ko: 요약}
      steps:
        - text: {en: Make it., ko: 만드세요.}
          solution:
            - kubectl create deployment web --image=nginx
            - kubectl get deployments
          checks:
            - exists: {kind: deployment, name: web}
              explain: {en: Missing., ko: 없습니다.}
      """
    let lesson = try #require(TestSupport.lesson(yaml))
    let problems = LessonSelfTest.run(lesson)
    #expect(
      problems.map(\.message) == [
        "step 1 is done before its solution's line 2 ('kubectl get deployments') runs"
      ])
  }

  @Test func aSolutionThatDoesNotPassIsRejected() throws {
    let yaml = """
      id: wrong
      order: 1
      title: {en: T, ko: 제목}
      summary: {en: S, ko: 요약}
      steps:
        - text: {en: Make it., ko: 만드세요.}
          solution: kubectl create deployment api --image=nginx
          checks:
            - exists: {kind: deployment, name: web}
              explain: {en: No web deployment., ko: 없습니다.}
      """
    let lesson = try #require(TestSupport.lesson(yaml))
    let problems = LessonSelfTest.run(lesson)
    #expect(
      problems.map(\.description) == [
        "test.yaml:6: error: step 1: its checks do not pass after its solution: No web deployment."
      ])
  }

  @Test func missingToolsCanBeWarnings() throws {
    let yaml = """
      id: tool
      order: 1
      title: {en: T, ko: 제목}
      summary: {en: S, ko: 요약}
      steps:
        - text: {en: Use a tool., ko: 도구를 쓰세요.}
          solution: frobnicate --now
          checks:
            - ran: frobnicate
              explain: {en: Run it., ko: 실행하세요.}
      """
    let lesson = try #require(TestSupport.lesson(yaml))
    // `ran` matches what the shell ran, even a command it did not know, so the step passes.
    #expect(LessonSelfTest.run(lesson).isEmpty)
    let failing = yaml.replacingOccurrences(of: "ran: frobnicate", with: "output: frobnicated")
    let other = try #require(TestSupport.lesson(failing))
    let strict = LessonSelfTest.run(other)
    #expect(strict.map(\.severity) == [.error])
    #expect(strict.first?.message.hasSuffix("(the shell has no frobnicate)") == true)
    let lenient = LessonSelfTest.run(
      other, options: LessonSelfTest.Options(allowMissingTools: true))
    #expect(lenient.map(\.severity) == [.warning])
  }

  @Test func aFailingSetupCommandIsReported() throws {
    let yaml = """
      id: setup
      order: 1
      title: {en: T, ko: 제목}
      summary: {en: S, ko: 요약}
      cluster:
        setup: [kubectl get pod nothing]
      steps:
        - text: {en: Make it., ko: 만드세요.}
          solution: kubectl create deployment web --image=nginx
          checks:
            - exists: {kind: deployment, name: web}
              explain: {en: Missing., ko: 없습니다.}
      """
    let lesson = try #require(TestSupport.lesson(yaml))
    let problems = LessonSelfTest.run(lesson)
    #expect(
      problems.map(\.message) == [
        "setup command 'kubectl get pod nothing' failed: Error from server (NotFound): pods \"nothing\" not found"
      ])
  }
}
