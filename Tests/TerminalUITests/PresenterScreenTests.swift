import ClusterSim
import Foundation
import Kubectl
import Testing
import Tutorial

@testable import TerminalUI

/// A presenter's screen on the fixture lesson, with a manual clock, on an in-memory terminal.
struct PresenterScreen {
  let clock = ManualClock()
  let tutorial: TutorialSession
  let session: PresenterScreenSession
  let backend: MemoryBackend
  let controller: ScreenController

  init(size: TerminalSize = TerminalSize(width: 160, height: 45), bilingual: Bool = true) throws {
    tutorial = TutorialSession(
      lessons: try fixtureLessons(),
      configuration: TutorialConfiguration(
        seed: 7, language: .ko, clock: clock, secondsPerCommand: 0))
    let opening = tutorial.start(lesson: tutorial.lessonIndex(named: "reach-web") ?? 0)
    session = PresenterScreenSession(
      presenter: Presenter(session: tutorial), opening: opening, bilingual: bilingual)
    backend = MemoryBackend(size: size)
    var options = ScreenOptions()
    options.showsSeed = true
    options.presentation = Presentation(charactersPerSecond: 25, bilingual: bilingual)
    controller = ScreenController(session: session, backend: backend, options: options)
  }

  /// The input line's row on the screen: the one with the prompt nearest the bottom.
  var inputRow: String {
    (0..<backend.size.height).map(backend.row).last { $0.contains("user@laptop:~$") } ?? ""
  }

  /// Lets the clock move and the screen tick until the step changes (at most a minute).
  func waitForStep(after step: Int) {
    for _ in 0..<30 where tutorial.stepIndex == step {
      clock.advance(by: 2)
      controller.tick()
    }
  }

  var screen: String {
    let cursor = backend.cursor.map { "cursor \($0.row),\($0.column)" } ?? "cursor hidden"
    return backend.text + "\n" + cursor
  }
}

@Suite struct PresenterScreenTests {
  @Test func spaceTypesTheStepsCommandOneCharacterAtATimeThenRunsIt() throws {
    let screen = try PresenterScreen()
    let command = "kubectl create deployment web --image=nginx --replicas=2"
    screen.controller.press(.character(" "))
    #expect(screen.controller.state.typing == TypingAnimation(command))
    #expect(screen.controller.state.editor.isEmpty)
    for _ in 0..<7 { screen.controller.send(.typingTick) }
    #expect(screen.controller.state.editor.text == "kubectl")
    #expect(screen.inputRow.contains("user@laptop:~$ kubectl "))
    #expect(!screen.inputRow.contains("create"))
    // A second press finishes at once and runs it.
    screen.controller.press(.right)
    #expect(screen.controller.state.typing == nil)
    #expect(screen.backend.text.contains("deployment.apps/web created"))
    #expect(screen.controller.state.history.entries.last == command)
  }

  @Test func typingToTheEndRunsTheCommand() throws {
    let screen = try PresenterScreen()
    screen.controller.press(.character(" "))
    var ticks = 0
    while screen.controller.state.typing != nil && ticks < 500 {
      screen.controller.send(.typingTick)
      ticks += 1
    }
    #expect(ticks == "kubectl create deployment web --image=nginx --replicas=2".count)
    #expect(screen.backend.text.contains("deployment.apps/web created"))
  }

  @Test func thePresenterMayTypeFreely() throws {
    let screen = try PresenterScreen()
    screen.controller.type("kubectl get nodes")
    #expect(screen.controller.state.typing == nil)
    #expect(screen.controller.state.editor.text == "kubectl get nodes")
    screen.controller.press(.left, .left)
    #expect(screen.controller.state.editor.cursor == "kubectl get nod".count)
    screen.controller.type("\r")
    #expect(screen.backend.text.contains("controlplane   Ready"))
    #expect(screen.tutorial.stepIndex == 0)
  }

  @Test func leftGoesBackAStepWithTheClusterAsItWas() throws {
    let screen = try PresenterScreen()
    let firstStart = screen.tutorial.cluster.state
    screen.controller.press(.character(" "), .character(" "))
    screen.waitForStep(after: 0)
    #expect(screen.tutorial.stepIndex == 1)
    let secondStart = screen.tutorial.cluster.state
    screen.controller.press(.character(" "), .character(" "))
    #expect(screen.tutorial.stepIndex == 2)
    #expect(screen.tutorial.cluster.state.store.get(Service.self, "default", "web") != nil)

    screen.controller.press(.left)
    #expect(screen.tutorial.stepIndex == 1)
    #expect(screen.tutorial.cluster.state == secondStart)
    #expect(screen.backend.text.contains("2단계로 돌아왔습니다"))
    screen.controller.press(.left)
    #expect(screen.tutorial.stepIndex == 0)
    #expect(screen.tutorial.cluster.state == firstStart)
    // Forward again: the same lesson, the same names.
    screen.controller.press(.character(" "), .character(" "))
    screen.waitForStep(after: 0)
    #expect(screen.tutorial.stepIndex == 1)
  }

  @Test func bothLanguagesAreShownTogetherWithTheSeedInTheTitle() throws {
    let screen = try PresenterScreen()
    let text = screen.backend.text
    #expect(text.contains("1/3 단계 · Step 1/3"))
    #expect(text.contains("먼저 파드를 준비합니다."))
    #expect(text.contains("First the pods"))
    #expect(screen.backend.row(0).contains("시드 7"))
    #expect(screen.backend.row(0).contains("한국어 · English"))
    #expect(text.contains("Space/→ 다음 명령 next"))
    #expect(!text.contains("F3 힌트"), "one line of keys only")
    #expect(text.contains("노트북 192.168.1.10"), "the map is on")
  }

  /// The lesson beside the map still scrolls (Shift-PgDn), on a screen too short for a step.
  @Test func theLessonScrollsBesideTheMap() throws {
    let screen = try PresenterScreen(size: TerminalSize(width: 160, height: 30))
    screen.controller.press(.character(" "), .character(" "))
    screen.waitForStep(after: 0)
    #expect(screen.controller.state.layout.map != nil)
    screen.controller.press(.shiftPageDown)
    #expect(screen.controller.state.lessonScroll > 0)
  }

  @Test(arguments: [TerminalSize(width: 160, height: 45), TerminalSize(width: 100, height: 30)])
  func presenterScreenGolden(size: TerminalSize) throws {
    let screen = try PresenterScreen(size: size)
    screen.controller.press(.character(" "), .character(" "))
    screen.waitForStep(after: 0)
    assertGolden(screen.screen, named: "present-both-\(size.width)x\(size.height)")
  }

  /// The seed is in the title bar of every full screen that asks for it.
  @Test func theTitleShowsTheSeed() throws {
    var options = ScreenOptions()
    options.showsSeed = true
    let (_, backend, _) = makeScreen(size: TerminalSize(width: 100, height: 30), options: options)
    #expect(backend.row(0).contains("seed 1 ─ English"))
    let (_, plain, _) = makeScreen(size: TerminalSize(width: 100, height: 30))
    #expect(!plain.row(0).contains("seed"))
  }

  @Test func bilingualPanesPairTheirBlocks() {
    let korean = LessonPane(
      lessonNumber: 1, lessonCount: 2, title: "제목", stepNumber: 1, stepCount: 2,
      blocks: [
        .heading([LessonSpan("1/2 단계")]), .paragraph([LessonSpan("문단")]),
        .command("kubectl get pods"),
      ],
      focus: 0)
    let english = LessonPane(
      lessonNumber: 1, lessonCount: 2, title: "Title", stepNumber: 1, stepCount: 2,
      blocks: [
        .heading([LessonSpan("Step 1/2")]), .paragraph([LessonSpan("Paragraph")]),
        .command("kubectl get pods"),
      ],
      focus: 0)
    let merged = BilingualPane.merged(korean, english)
    #expect(merged.title == "제목 · Title")
    #expect(
      merged.blocks == [
        .heading([LessonSpan("1/2 단계"), LessonSpan(" · "), LessonSpan("Step 1/2")]),
        .paragraph([LessonSpan("문단")]), .paragraph([LessonSpan("Paragraph")]),
        .command("kubectl get pods"),
      ])
    var uneven = english
    uneven.blocks.removeLast()
    #expect(BilingualPane.merged(korean, uneven).blocks.count == 3 + 1 + 2)
  }
}
