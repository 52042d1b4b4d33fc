import ClusterSim
import Foundation
import Kubectl
import Testing

@testable import TerminalUI
@testable import Tutorial

/// `kubetutor learn` on the full screen: the lesson engine behind ``TutorialScreenSession``,
/// on an in-memory terminal.
@Suite struct TutorialScreenTests {
  static let sizes = [TerminalSize(width: 80, height: 24), TerminalSize(width: 120, height: 40)]
  static let cases: [(Language, TerminalSize)] = [Language.ko, .en].flatMap { language in
    sizes.map { (language, $0) }
  }

  // MARK: Golden screens

  @Test(arguments: cases)
  func aStepWithAFigure(language: Language, size: TerminalSize) throws {
    let screen = try TutorialScreen(language: language, size: size)
    // A small pane shows the step's first lines: scroll down to the figure, as a learner does.
    if size.height < 40 { screen.controller.press(.shiftDown, .shiftDown, .shiftDown) }
    assertGolden(screen.screen, named: "tutorial-figure-\(language)-\(size)")
  }

  @Test(arguments: cases)
  func aStepAfterHintAndSolution(language: Language, size: TerminalSize) throws {
    let screen = try TutorialScreen(language: language, size: size)
    screen.controller.type("kubectl create deployment web --image=nginx --replicas=2\r")
    screen.wait(30)
    screen.controller.press(.function(3))
    screen.controller.press(.function(4))
    screen.controller.type("y\r")
    assertGolden(screen.screen, named: "tutorial-solution-\(language)-\(size)")
  }

  @Test(arguments: cases)
  func aCompletedLessonWithItsRecap(language: Language, size: TerminalSize) throws {
    let screen = try TutorialScreen(language: language, size: size)
    screen.controller.type("kubectl create deployment web --image=nginx --replicas=2\r")
    screen.wait(30)
    screen.controller.type("kubectl create service nodeport web --tcp=80:80 --node-port=30080\r")
    screen.controller.type("answer 2\r")
    #expect(screen.tutorial.isLessonComplete)
    assertGolden(screen.screen, named: "tutorial-complete-\(language)-\(size)")
  }

  @Test(arguments: cases)
  func theLessonList(language: Language, size: TerminalSize) throws {
    let screen = try TutorialScreen(language: language, size: size)
    screen.controller.type("kubectl create deployment web --image=nginx --replicas=2\r")
    screen.wait(30)
    screen.controller.press(.function(6))
    assertGolden(screen.screen, named: "tutorial-lessons-\(language)-\(size)")
  }

  // MARK: Behaviour

  @Test func aStepThatWaitsForPodsCompletesOnATickAndSaysSo() throws {
    let screen = try TutorialScreen(language: .ko, size: TerminalSize(width: 120, height: 40))
    #expect(screen.backend.row(0).contains("4/4 노트북에서 web에 접속하기"))
    #expect(screen.backend.row(0).contains("단계 1/3"))
    screen.controller.type("kubectl create deployment web --image=nginx --replicas=2\r")
    #expect(screen.tutorial.stepIndex == 0)
    screen.wait(0.5)
    #expect(screen.tutorial.stepIndex == 0)
    screen.wait(30)
    #expect(screen.tutorial.stepIndex == 1)
    #expect(screen.backend.row(0).contains("단계 2/3"))
    #expect(screen.backend.text.contains("✓ 1/3 단계 완료. 두 파드 모두 Running 상태이고"))
    let terminal = screen.controller.state.scrollbackText()
    #expect(terminal.contains("✓ 1/3 단계 완료."))
    #expect(terminal.contains("두 파드 모두 Running 상태이고, 저마다 IP를 받았습니다."))
    // The lesson text is in the pane only, never printed in the terminal pane.
    #expect(!terminal.contains { $0.contains("2/3 단계") })
    // The new step is where the pane is scrolled to.
    #expect(screen.controller.state.lessonScroll == 0)
    #expect(screen.backend.row(1).contains("✓ 1/3 단계 완료."))
  }

  @Test func hintSolutionAndLanguageKeysAreTheEnginesCommands() throws {
    let screen = try TutorialScreen(language: .ko, size: TerminalSize(width: 100, height: 30))
    screen.controller.press(.function(3))
    #expect(screen.backend.text.contains("힌트 1: kubectl create deployment 이름"))
    #expect(screen.tutorial.progress[lesson: "reach-web"].hintsUsed == 1)
    screen.controller.press(.function(4))
    #expect(screen.tutorial.isAskingQuestion)
    #expect(screen.controller.state.view.prompt == "1단계 정답을 볼까요? [y/N] ")
    screen.controller.type("y\r")
    #expect(
      screen.tutorial.view.solution == ["kubectl create deployment web --image=nginx --replicas=2"])
    #expect(screen.backend.text.contains("정답:"))
    screen.controller.press(.function(2))
    #expect(screen.tutorial.language == .en)
    #expect(screen.backend.text.contains("Hint 1: kubectl create deployment NAME"))
    #expect(screen.backend.text.contains("F3 hint"))
    #expect(screen.controller.state.scrollbackText().contains("Language: English."))
  }

  @Test func aLessonChosenInTheListStarts() throws {
    let screen = try TutorialScreen(language: .en, size: TerminalSize(width: 100, height: 30))
    screen.controller.press(.function(6))
    #expect(screen.backend.text.contains("3. A first look"))
    #expect(screen.backend.text.contains("4. Reaching web from the laptop"))
    screen.controller.press(.up, .enter)
    #expect(screen.tutorial.lesson.id == "first-look")
    #expect(screen.backend.row(0).contains("3/4 A first look"))
    #expect(screen.backend.text.contains("List the nodes: kubectl get nodes."))
  }

  @Test func theSessionSavesTheTimeSpentWhenTheScreenCloses() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "kubetutor-screen-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let store = ProgressStore(directory: folder)
    let time = ManualClock()
    let screen = try TutorialScreen(
      language: .en, size: TerminalSize(width: 100, height: 30), store: store, timeSource: time)
    time.advance(by: 40)
    screen.controller.type("kubectl create deployment web --image=nginx --replicas=2\r")
    screen.wait(30)
    #expect(store.load().progress.lessons["reach-web"]?.completedSteps == ["create"])
    let before = store.load().progress.lessons["reach-web"]?.secondsSpent ?? 0
    #expect(before == 40)
    time.advance(by: 90)
    screen.controller.press(.function(10))
    #expect(screen.controller.state.isFinished)
    screen.session.close()
    screen.session.close()
    #expect(store.load().progress.lessons["reach-web"]?.secondsSpent == 130)
    #expect(screen.session.closingWarnings.isEmpty)
  }

  @Test func anAnnouncementLeavesAHereDocumentBeingTypedAlone() throws {
    let screen = try TutorialScreen(language: .en, size: TerminalSize(width: 100, height: 30))
    screen.controller.type("kubectl create deployment web --image=nginx --replicas=2\r")
    screen.controller.type("cat > note.txt <<EOF\rhello\r")
    #expect(screen.controller.state.pending == "cat > note.txt <<EOF\nhello")
    screen.wait(30)
    #expect(screen.tutorial.stepIndex == 1)
    #expect(screen.controller.state.pending == "cat > note.txt <<EOF\nhello")
    screen.controller.type("EOF\r")
    #expect(try screen.tutorial.configuration.workspace.read("note.txt") == "hello\n")
  }

  @Test func tabCompletesTutorialCommandsLessonsAndTheShell() throws {
    let screen = try TutorialScreen(language: .en, size: TerminalSize(width: 100, height: 30))
    let session = screen.session
    #expect(session.completions(for: "hi", cursor: 2).candidates == ["hint", "history"])
    #expect(session.completions(for: "sol", cursor: 3).candidates == ["solution"])
    #expect(
      session.completions(for: "lesson ", cursor: 7).candidates == [
        "3", "4", "first-look", "reach-web",
      ])
    #expect(session.completions(for: "lesson re", cursor: 9).candidates == ["reach-web"])
    #expect(
      session.completions(for: "kubectl get depl", cursor: 16).candidates == [
        "deploy", "deployments",
      ])
  }

  @Test func messagesWrappedForTheLineModeAreJoinedAgain() {
    let hint = String(repeating: "word ", count: 15) + "`kubectl create service nodeport NAME`"
    let wrapped = PlainRendering.text(TextBlock.parse(hint))
    #expect(wrapped.contains("\n"))
    #expect(
      TutorialScreenSession.reflowed("Hint 1/2:\n" + wrapped + "\n") == "Hint 1/2:\n" + hint + "\n")
    // Lines that end where the author ended them, and indented commands, stay as they are.
    let solution = "Solution:\n    kubectl get pods -o wide\nType it yourself.\n"
    #expect(TutorialScreenSession.reflowed(solution) == solution)
    let list = PlainRendering.text(
      TextBlock.parse("- " + String(repeating: "item ", count: 20) + "\n- second"))
    #expect(
      TutorialScreenSession.reflowed(list)
        == "- " + String(repeating: "item ", count: 19) + "item\n- second")
  }

  @Test func quotedCommandsInMessagesArePrintedAsCommands() {
    let chunks = TutorialScreenSession.commandsApart(
      "Solution:\n    kubectl get pods -o wide\n    kubectl get svc\nType it yourself.", .info)
    #expect(
      chunks == [
        SessionReply.Chunk(.info, "Solution:\n"),
        SessionReply.Chunk(.output, "    kubectl get pods -o wide\n    kubectl get svc\n"),
        SessionReply.Chunk(.info, "Type it yourself."),
      ])
  }

  @Test func messagesQuoteCodeAsKubectlDoesButCommandsKeepTheirBackticks() {
    let chunks = TutorialScreenSession.commandsApart(
      "- There is no Deployment called `web` yet.\n    echo `date`\nUse `kubectl get`.", .warning)
    #expect(
      chunks == [
        SessionReply.Chunk(.warning, "- There is no Deployment called \"web\" yet.\n"),
        SessionReply.Chunk(.output, "    echo `date`\n"),
        SessionReply.Chunk(.warning, "Use \"kubectl get\"."),
      ])
    #expect(TutorialScreenSession.unquoted("In YAML, write `tier: \"1\"`.") == "In YAML, write 'tier: \"1\"'.")
  }

  @Test func theOpeningWelcomesAndWarnsInTheTerminalPane() throws {
    let screen = try TutorialScreen(language: .ko, size: TerminalSize(width: 100, height: 30))
    let terminal = screen.controller.state.scrollbackText()
    #expect(terminal.first == "kubetutor: 명령 목록은 help, 막히면 hint, 끝내려면 quit를 입력하세요.")
    // The lesson's header and summary are printed in the terminal pane, as the line mode does.
    #expect(terminal.dropFirst().first == "레슨 4/4: 노트북에서 web에 접속하기")
    #expect(terminal.contains { $0.hasPrefix("파드 주소는 클러스터 안에서만 통합니다.") })
    #expect(
      !(screen.session.lessonPane?.blocks.contains(.paragraph([LessonSpan("파드 주소는")])) ?? true))
    #expect(screen.session.takeAnnouncement() == nil)
  }
}
