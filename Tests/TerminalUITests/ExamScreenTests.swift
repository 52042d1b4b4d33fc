import ClusterSim
import Foundation
import Kubectl
import Testing

@testable import TerminalUI
@testable import Tutorial

/// `kubetutor exam` on the full screen: the exam engine behind ``ExamScreenSession``, on an
/// in-memory terminal, over the three fixture templates (seed 1).
@Suite struct ExamScreenTests {
  static let sizes = [TerminalSize(width: 80, height: 24), TerminalSize(width: 120, height: 40)]
  static let cases: [(Language, TerminalSize)] = [Language.ko, .en].flatMap { language in
    sizes.map { (language, $0) }
  }

  /// Types the model solution of `task` at the prompt, line by line, as a candidate would.
  func solve(_ task: ExamTask, on screen: ExamScreen) {
    for line in task.solution {
      let typed = line.hasSuffix("\n") ? String(line.dropLast()) : line
      screen.controller.type(typed.replacingOccurrences(of: "\n", with: "\r") + "\r")
    }
  }

  // MARK: Golden screens

  @Test(arguments: cases)
  func theTaskListWithAFlag(language: Language, size: TerminalSize) throws {
    let screen = try ExamScreen(language: language, size: size)
    screen.controller.type("task 2\r")
    screen.controller.type("flag\r")
    screen.wait(75)
    // The list is below the open task: a short pane scrolls down to it.
    if size.height < 40 { screen.controller.press(.shiftPageDown) }
    #expect(screen.backend.text.contains(language == .ko ? "│ 문제 목록" : "│ Tasks"))
    assertGolden(screen.screen, named: "exam-list-\(language)-\(size)")
  }

  @Test(arguments: cases)
  func aTaskStatement(language: Language, size: TerminalSize) throws {
    let screen = try ExamScreen(language: language, size: size)
    let task = screen.task("screen-cluster-ip")
    screen.controller.type("task \(task.number)\r")
    screen.controller.type("k get svc -A\r")
    assertGolden(screen.screen, named: "exam-task-\(language)-\(size)")
  }

  @Test(arguments: cases)
  func theConfirmationBeforeSubmitting(language: Language, size: TerminalSize) throws {
    let screen = try ExamScreen(language: language, size: size)
    screen.controller.type("flag 3\r")
    screen.wait(125)
    screen.controller.type("submit\r")
    #expect(!screen.exam.isFinished)
    assertGolden(screen.screen, named: "exam-confirm-\(language)-\(size)")
  }

  @Test(arguments: cases)
  func theReportAfterSubmitting(language: Language, size: TerminalSize) throws {
    let screen = try ExamScreen(language: language, size: size)
    solve(screen.task("screen-nodeport"), on: screen)
    solve(screen.task("screen-selector"), on: screen)
    screen.wait(20)
    screen.controller.type("flag 1\r")
    screen.wait(610)
    screen.controller.type("submit\r")
    screen.controller.type("y\r")
    #expect(screen.exam.isFinished)
    assertGolden(screen.screen, named: "exam-report-\(language)-\(size)")
  }

  // MARK: The countdown

  @Test func theCountdownInTheTitleBarMovesWithTheClock() throws {
    let screen = try ExamScreen(language: .en, size: TerminalSize(width: 120, height: 40))
    #expect(screen.backend.row(0).contains("CKA practice · task 1/3 · seed 1"))
    #expect(screen.backend.row(0).contains("18:00 left ─ English"))
    // A tick with no time gone changes nothing, so the screen is not drawn again.
    #expect(!screen.session.tick())
    // The clock shows whole seconds, rounded up: 17:59.6 left is still 18:00.
    screen.clock.advance(by: 0.4)
    #expect(!screen.session.tick())
    screen.clock.advance(by: 0.6)
    // The screen is drawn again only when the session's tick says something changed.
    screen.controller.tick()
    #expect(screen.backend.row(0).contains("17:59 left"))
    screen.wait(61)
    #expect(screen.backend.row(0).contains("16:58 left"))
    screen.controller.press(.function(2))
    #expect(screen.backend.row(0).contains("CKA 모의시험 · 문제 1/3 · 시드 1"))
    #expect(screen.backend.row(0).contains("남은 시간 16:58 ─ 한국어"))
  }

  @Test func theEndOfTheTimeEndsTheExamAndShowsTheReport() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "kubetutor-exam-screen-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let store = ProgressStore(directory: folder)
    let screen = try ExamScreen(
      language: .en, size: TerminalSize(width: 120, height: 40), minutes: 10, store: store)
    let solved = screen.task("screen-cluster-ip")
    let share = String(screen.exam.paper.percentages[solved.number - 1])
    solve(solved, on: screen)
    screen.controller.type("submit\r")
    screen.wait(299)
    #expect(!screen.controller.state.scrollbackText().contains("5 minutes left."))
    screen.wait(2)
    #expect(screen.controller.state.scrollbackText().contains("5 minutes left."))
    screen.wait(240)
    #expect(screen.controller.state.scrollbackText().contains("1 minute left."))
    screen.wait(58)
    #expect(!screen.exam.isFinished)
    screen.wait(2)
    #expect(screen.exam.isFinished)
    #expect(screen.exam.report?.timedOut == true)
    let terminal = screen.controller.state.scrollbackText()
    #expect(terminal.contains("Time is up: the exam is graded as it stands."))
    #expect(terminal.contains { $0.hasPrefix("Score \(share)% (pass mark 66%): not passed.") })
    // The question asked before the time ran out is gone: the prompt is the shell's again.
    #expect(screen.session.prompt == "user@laptop:~$ ")
    #expect(screen.backend.row(0).contains("CKA practice · report · seed 1"))
    #expect(screen.backend.row(0).contains("score \(share)% ─ English"))
    #expect(screen.backend.row(1).contains("Exam report"))
    #expect(screen.backend.text.contains("(the time ran out)"))
    let records = store.load().progress.exams
    #expect(records.count == 1)
    #expect(records.first?.timedOut == true)
    #expect(records.first.map { ExamStrings.points($0.score) } == share)
    // Leaving now asks nothing and records nothing more.
    screen.controller.press(.function(10))
    #expect(screen.controller.state.isFinished)
    screen.session.close()
    #expect(store.load().progress.exams.count == 1)
    #expect(screen.session.closingNotes.isEmpty)
  }

  @Test func aLineTypedAfterTheTimeRanOutIsNotRun() throws {
    let screen = try ExamScreen(language: .en, size: TerminalSize(width: 120, height: 40))
    screen.clock.advance(by: 18 * 60 + 1)
    screen.controller.type("kubectl create namespace late\r")
    #expect(screen.exam.isFinished)
    #expect(screen.exam.cluster.state.store.get(Namespace.self, "", "late") == nil)
  }

  // MARK: Leaving

  @Test func leavingARunningExamAsksThenGradesAndRecordsIt() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "kubetutor-exam-screen-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let store = ProgressStore(directory: folder)
    let screen = try ExamScreen(
      language: .ko, size: TerminalSize(width: 80, height: 24), store: store)
    let solved = screen.task("screen-selector")
    let share = String(screen.exam.paper.percentages[solved.number - 1])
    solve(solved, on: screen)
    screen.wait(30)
    screen.controller.press(.function(10))
    #expect(screen.controller.state.overlay == .quitQuestion)
    #expect(screen.backend.text.contains("지금 시험을 끝내고 나갈까요?"))
    screen.controller.type("n")
    #expect(screen.controller.state.overlay == nil)
    #expect(!screen.controller.state.isFinished)
    screen.controller.type("quit\r")
    #expect(screen.controller.state.overlay == .quitQuestion)
    screen.controller.type("y")
    #expect(screen.controller.state.isFinished)
    #expect(store.load().progress.exams.isEmpty)
    screen.session.close()
    screen.session.close()
    let records = store.load().progress.exams
    #expect(records.count == 1)
    #expect(records.first.map { ExamStrings.points($0.score) } == share)
    #expect(
      records.first?.tasks.map(\.checksPassed)
        == screen.exam.paper.tasks.map {
          $0.templateID == "screen-selector" ? 1 : 0
        })
    #expect(screen.session.closingNotes.count == 1)
    #expect(screen.session.closingNotes.first?.contains("\(share)% (합격선 66%), 불합격") == true)
    #expect(screen.session.closingWarnings.isEmpty)
  }

  @Test func qAsksTooAndNoKeepsTheExamGoing() throws {
    let screen = try ExamScreen(language: .en, size: TerminalSize(width: 80, height: 24))
    screen.controller.type("q\r")
    #expect(screen.backend.text.contains("Leave the exam now? It is graded as it stands"))
    screen.controller.type("n\r")
    #expect(!screen.controller.state.isFinished)
    #expect(screen.controller.state.scrollbackText().contains("The exam goes on."))
    screen.controller.type("q\r")
    screen.controller.type("y\r")
    #expect(screen.controller.state.isFinished)
  }

  // MARK: Keys and commands

  @Test func hintAndSolutionKeysSayThereAreNoneBeforeSubmit() throws {
    let screen = try ExamScreen(language: .en, size: TerminalSize(width: 120, height: 40))
    screen.controller.press(.function(3))
    screen.controller.press(.function(4))
    let said = screen.controller.state.scrollbackText().filter {
      $0.hasPrefix("There are no hints, solutions or checks during the exam")
    }
    #expect(said.count == 2)
    #expect(!screen.backend.text.contains("kubectl create service nodeport web"))
  }

  @Test func theTaskListKeyOpensTheTaskChosen() throws {
    let screen = try ExamScreen(language: .ko, size: TerminalSize(width: 80, height: 24))
    screen.controller.press(.function(6))
    #expect(screen.backend.text.contains("┌ 문제 목록 "))
    #expect(screen.backend.text.contains("▸ 1. ["))
    screen.controller.press(.down, .down, .enter)
    #expect(screen.exam.currentTask.number == 3)
    #expect(screen.backend.row(0).contains("문제 3/3"))
    #expect(screen.backend.row(1).contains("문제 3 · " + screen.exam.currentTask.title[.ko]))
  }

  @Test func tasksPrintsTheListInTheTerminalAndFlagsShowInThePane() throws {
    let screen = try ExamScreen(language: .en, size: TerminalSize(width: 120, height: 40))
    screen.controller.type("flag 2\r")
    screen.controller.type("tasks\r")
    let terminal = screen.controller.state.scrollbackText()
    #expect(terminal.contains("Tasks (18:00 left):"))
    #expect(terminal.contains { $0.hasPrefix("  2. [") && $0.contains("] ⚑ ") })
    #expect(screen.backend.text.contains(" 2. ["))
    #expect(screen.backend.text.contains { $0 == "⚑" })
  }

  @Test func tabCompletesExamCommandsTaskNumbersAndTheShell() throws {
    let screen = try ExamScreen(language: .en, size: TerminalSize(width: 120, height: 40))
    #expect(screen.session.completions(for: "sub", cursor: 3).candidates == ["submit"])
    #expect(screen.session.completions(for: "fl", cursor: 2).candidates == ["flag"])
    #expect(screen.session.completions(for: "task ", cursor: 5).candidates == ["1", "2", "3"])
    #expect(screen.session.completions(for: "flag 2", cursor: 6).candidates == ["2"])
    let namespace = screen.task("screen-nodeport").values["ns"] ?? ""
    #expect(
      screen.session.completions(for: "kubectl get ns \(namespace.prefix(2))", cursor: 17)
        .candidates.contains(namespace))
    screen.controller.type("subm\t")
    #expect(screen.controller.state.editor.text == "submit ")
  }

  @Test func afterTheExamATaskOpensWithItsResultAndReportComesBack() throws {
    let screen = try ExamScreen(language: .en, size: TerminalSize(width: 120, height: 40))
    let task = screen.task("screen-nodeport")
    solve(task, on: screen)
    screen.wait(20)
    screen.controller.type("submit\r")
    screen.controller.type("y\r")
    screen.controller.type("task \(task.number)\r")
    let text = screen.backend.text
    #expect(
      text.contains(
        "Result: \(ExamStrings.points(screen.exam.report!.tasks[task.number - 1].points)) of"))
    #expect(text.contains("✓ Service web in namespace"))
    #expect(text.contains("Model solution:"))
    #expect(screen.backend.row(0).contains("task \(task.number)/3"))
    screen.controller.type("report\r")
    #expect(screen.backend.row(1).contains("Exam report"))
    #expect(screen.controller.state.lessonScroll == 0)
    // The report scrolls to the here-document of the selector task's model solution.
    let selector = screen.task("screen-selector")
    for _ in 0..<12 where !screen.backend.text.contains("app: api") {
      screen.controller.press(.shiftPageDown)
    }
    #expect(screen.backend.text.contains("app: api"))
    #expect(screen.backend.text.contains("namespace: \(selector.values["ns"] ?? "?")"))
  }
}
