import Kubectl
import Testing

@testable import TerminalUI

@Suite struct LessonPaneTests {
  @Test func markupBecomesBlocks() {
    let blocks = LessonMarkup.blocks(
      from: """
        # NodePort
        A **NodePort** opens `{{port}}` on *every* node,
        on all of them.

        - first item
          continued
        - second

        ```
        laptop ──► node:{{port}}
        ```

        ```sh
        $ kubectl get svc
        kubectl get ep
        ```
        """, values: ["port": "30008"])
    #expect(
      blocks == [
        .heading([LessonSpan("NodePort")]),
        .paragraph([
          LessonSpan("A "), LessonSpan("NodePort", .bold), LessonSpan(" opens "),
          LessonSpan("30008", .code),
          LessonSpan(" on "), LessonSpan("every", .emphasis), LessonSpan(" node, on all of them."),
        ]),
        .bullet([LessonSpan("first item continued")]),
        .bullet([LessonSpan("second")]),
        .diagram("laptop ──► node:30008"),
        .command("kubectl get svc"),
        .command("kubectl get ep"),
      ])
    #expect(
      LessonMarkup.spans("port {{port}} and {{unknown}}", values: ["port": "80"])
        == [LessonSpan("port "), LessonSpan("80", .value), LessonSpan(" and {{unknown}}")])
  }

  @Test func diagramsWiderThanThePaneGoOnInTheNextRowNothingHidden() {
    let figure = "laptop ──► node:30008 ──► Service ──► pod:80"
    let pane = LessonPane(
      lessonNumber: 1, lessonCount: 1, title: "t", stepNumber: 1, stepCount: 1,
      blocks: [.diagram(figure)])
    let lines = LessonRenderer(
      pane: pane, width: 20, theme: Theme(color: true), glyphs: .unicode,
      labels: LabelBook(language: .en)
    ).lines.map(\.plainText)
    #expect(lines.count == 3)
    #expect(lines.allSatisfy { TextWidth.of($0) <= 20 })
    #expect(lines.joined() == figure)
  }

  @Test func hintsSolutionsAndSuccessAreShownInPlace() {
    let pane = LessonPane(
      lessonNumber: 1, lessonCount: 2, title: "t", stepNumber: 2, stepCount: 3,
      blocks: [
        .step(number: 1, title: [LessonSpan("Create")], state: .done),
        .success([LessonSpan("Well done.")]),
        .step(number: 2, title: [LessonSpan("Expose")], state: .current),
        .hint(number: 1, [LessonSpan("Use "), LessonSpan("kubectl expose", .code)]),
        .solution(["kubectl expose deploy web --port=80"]),
        .step(number: 3, title: [LessonSpan("Curl")], state: .upcoming),
      ])
    let renderer = LessonRenderer(
      pane: pane, width: 40, theme: Theme(color: true), glyphs: .unicode,
      labels: LabelBook(language: .ko))
    #expect(
      renderer.lines.map(\.plainText) == [
        "✓ 1. Create", "", "✓ Well done.", "", "▸ 2. Expose", "", "힌트 1: Use kubectl expose", "",
        "정답:",
        "$ kubectl expose deploy web --port=80", "", "  3. Curl",
      ])
    #expect(renderer.lines[0][0].style.foreground == .green)
    #expect(renderer.lines[6][1].style.foreground == .yellow)
    #expect(renderer.firstRow(ofBlock: 2) == 4)
  }

  @Test func shiftKeysScrollTheLessonAndANewStepScrollsToIt() {
    let session = LessonSession(language: .ko)
    let backend = MemoryBackend(size: TerminalSize(width: 80, height: 24))
    let controller = ScreenController(session: session, backend: backend, options: ScreenOptions())
    #expect(controller.state.lessonScroll == 4)  // the current step at the top
    #expect(backend.row(1).contains("▸ 2. NodePort"))
    controller.press(.shiftUp)
    #expect(controller.state.lessonScroll == 3)
    controller.press(.shiftPageUp)
    #expect(controller.state.lessonScroll == 0)
    #expect(backend.row(1).contains("✓ 1."))
    controller.press(.shiftPageDown, .shiftPageDown, .shiftPageDown, .shiftPageDown)
    let bottom = controller.state.lessonScroll
    controller.press(.shiftDown)
    #expect(controller.state.lessonScroll == bottom)
    #expect(backend.text.contains("3. 노트북에서 curl로"))
    var pane = session.lessonPane!
    pane.blocks[2] = .step(number: 2, title: [LessonSpan("NodePort 서비스 만들기")], state: .done)
    pane.blocks.append(.step(number: 3, title: [LessonSpan("노트북에서 curl로 접속하기")], state: .current))
    pane.stepNumber = 3
    pane.focus = pane.blocks.count - 1
    session.lessonPane = pane
    controller.send(.refreshed(SessionView(of: session), LabelBook(language: .ko)))
    #expect(backend.text.contains("▸ 3. 노트북에서 curl로"))
    #expect(backend.row(0).contains("단계 3/6"))
  }
}
