import ClusterSim
import Foundation
import Kubectl
import Testing

@testable import TerminalUI

/// The input line and the terminal pane, driven through the controller and the in-memory
/// backend, key by key.
@Suite struct ScreenInputTests {
  @Test func enterRunsTheLineAndShowsItsOutput() {
    let (controller, backend, _) = makeScreen()
    controller.type("echo 안녕하세요\r")
    #expect(controller.state.scrollbackText().suffix(2) == ["user@laptop:~$ echo 안녕하세요", "안녕하세요"])
    #expect(backend.text.contains("│ 안녕하세요"))
    #expect(controller.state.editor.isEmpty)
  }

  @Test func cursorIsPlacedByDisplayWidthAfterHangul() {
    let (controller, backend, _) = makeScreen()
    controller.type("kubectl get 파드")
    // "│ " 2 columns, prompt 15, "kubectl get " 12, "파드" 4.
    #expect(backend.cursor?.column == 33)
    controller.press(.left)
    #expect(backend.cursor?.column == 31)
    controller.press(.backspace)
    #expect(controller.state.editor.text == "kubectl get 드")
    #expect(backend.cursor?.column == 29)
  }

  @Test func longInputWrapsAndTheCursorFollows() {
    let (controller, backend, _) = makeScreen(size: TerminalSize(width: 80, height: 24))
    // The pane is 76 columns: prompt 15 + 61 characters fill the first row.
    controller.type(String(repeating: "a", count: 61))
    #expect(backend.cursor == Position(row: 4, column: 2))
    controller.type("한")
    #expect(backend.cursor == Position(row: 4, column: 4))
    controller.press(.home)
    #expect(backend.cursor == Position(row: 3, column: 17))
  }

  @Test func hereDocumentsTakeSeveralLines() {
    let (controller, _, session) = makeScreen()
    controller.type("cat > svc.yaml <<EOF\r")
    #expect(controller.state.pending == "cat > svc.yaml <<EOF")
    #expect(controller.state.currentPrompt == "> ")
    controller.type("kind: Service\rEOF\r")
    #expect(controller.state.pending == nil)
    #expect((try? session.shell.workspace.read("svc.yaml")) == "kind: Service\n")
    #expect(controller.state.history.entries.last == "cat > svc.yaml <<EOF\nkind: Service\nEOF")
    #expect(
      controller.state.scrollbackText().suffix(3) == [
        "user@laptop:~$ cat > svc.yaml <<EOF", "> kind: Service", "> EOF",
      ])
  }

  @Test func controlCCancelsTheLineAndAHereDocument() {
    let (controller, _, _) = makeScreen()
    controller.type("cat <<EOF\rhello")
    controller.press(.control("c"))
    #expect(controller.state.pending == nil)
    #expect(controller.state.editor.isEmpty)
    #expect(controller.state.scrollbackText().last == "> hello^C")
    #expect(controller.state.currentPrompt == "user@laptop:~$ ")
  }

  @Test func controlDOnAnEmptyLineAsksToQuit() {
    let (controller, _, _) = makeScreen()
    controller.type("ab")
    controller.press(.home, .control("d"))
    #expect(controller.state.editor.text == "b")
    #expect(controller.state.overlay == nil)
    controller.press(.control("k"), .control("d"))
    #expect(controller.state.overlay == .quitQuestion)
    controller.press(.character("n"))
    #expect(controller.state.overlay == nil)
    #expect(!controller.state.isFinished)
    controller.press(.control("d"), .character("y"))
    #expect(controller.state.isFinished)
  }

  @Test func controlDOnAnEmptyLineLeavesAnSSHShellFirst() {
    let (controller, backend, _) = makeScreen()
    controller.type("ssh controlplane\r")
    #expect(controller.state.view.location == .node("controlplane"))
    controller.press(.control("d"))
    #expect(controller.state.overlay == nil)
    #expect(controller.state.view.location == .laptop)
    #expect(backend.text.contains("Connection to controlplane closed."))
    #expect(!controller.state.history.entries.contains("exit"))
    controller.press(.control("d"))
    #expect(controller.state.overlay == .quitQuestion)
  }

  @Test func theLessonListLinesUpItsTitlesPastLessonNine() {
    let session = LessonSession(language: .en)
    session.lessonList = LessonList(
      entries: (0...10).map { (n: Int) in
        LessonList.Entry(title: "Lesson title \(n)", mark: .notStarted, number: n)
      }, current: 0)
    let backend = MemoryBackend(size: TerminalSize(width: 100, height: 30), supportsColor: false)
    let controller = ScreenController(session: session, backend: backend, options: ScreenOptions())
    controller.press(.function(6))
    let rows = backend.text.split(separator: "\n").map(String.init)
    let nine = rows.first { $0.contains("Lesson title 9") }
    let ten = rows.first { $0.contains("Lesson title 10") }
    #expect(nine?.contains(" 9. Lesson title 9") == true)
    #expect(ten?.range(of: "Lesson title")?.lowerBound.utf16Offset(in: ten!) == nine?.range(of: "Lesson title")?.lowerBound.utf16Offset(in: nine!))
  }

  @Test func thePromptFollowsOutputThatDidNotEndItsLine() {
    let (controller, backend, _) = makeScreen()
    controller.type("printf abc\r")
    // As in a terminal: `-o jsonpath` and printf without \n leave the prompt after the text.
    #expect(backend.text.contains("│abcuser@laptop:~$ ") || backend.text.contains(" abcuser@laptop:~$ "))
    #expect(backend.cursor?.column == controller.state.layout.terminal.column + 3 + "user@laptop:~$ ".count)
    controller.type("echo x\r")
    #expect(controller.state.scrollbackText().suffix(2) == ["abcuser@laptop:~$ echo x", "x"])
  }

  @Test func controlLAndClearClearTheScreen() {
    let (controller, backend, _) = makeScreen()
    controller.type("echo one\r")
    controller.press(.control("l"))
    #expect(!backend.text.contains("one"))
    #expect(backend.row(1).contains("user@laptop:~$"))
    controller.type("echo two\rclear\r")
    #expect(!backend.text.contains("two"))
    controller.press(.pageUp)
    #expect(backend.text.contains("echo one"))
  }

  @Test func historyUpDownAndPersistence() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "kubetutor-screen-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let store = HistoryStore(file: folder.appendingPathComponent("history"))
    store.append("kubectl get nodes")
    let (controller, _, _) = makeScreen(options: ScreenOptions(historyStore: store))
    controller.type("echo 1\recho 2\rdraft")
    controller.press(.up)
    #expect(controller.state.editor.text == "echo 2")
    controller.press(.up, .up)
    #expect(controller.state.editor.text == "kubectl get nodes")
    controller.press(.down, .down, .down)
    #expect(controller.state.editor.text == "draft")
    #expect(store.load() == ["kubectl get nodes", "echo 1", "echo 2"])
  }

  @Test func reverseSearch() {
    let (controller, backend, _) = makeScreen()
    controller.type("kubectl get pods\recho hello\rkubectl get svc\r")
    controller.press(.control("r"))
    controller.type("get")
    #expect(backend.text.contains("(reverse-i-search)`get': kubectl get svc"))
    controller.press(.control("r"))
    #expect(backend.text.contains("(reverse-i-search)`get': kubectl get pods"))
    controller.type("x")
    #expect(backend.text.contains("(failed reverse-i-search)`getx': kubectl get pods"))
    controller.press(.backspace, .control("g"))
    #expect(controller.state.search == nil)
    #expect(controller.state.editor.isEmpty)
    controller.press(.control("r"))
    controller.type("hel")
    controller.press(.end)
    #expect(controller.state.search == nil)
    #expect(controller.state.editor.text == "echo hello")
    controller.press(.control("u"), .control("r"))
    controller.type("svc\r")
    #expect(controller.state.scrollbackText().suffix(3).first == "user@laptop:~$ kubectl get svc")
  }

  @Test func tabCompletesThenLists() {
    let shell = makeShell(files: ["web.yaml": "", "web-svc.yaml": ""])
    let (controller, _, _) = makeScreen(shell: shell)
    controller.type("kubec\t")
    #expect(controller.state.editor.text == "kubectl ")
    controller.type("get po\t")
    #expect(controller.state.editor.text == "kubectl get po")
    #expect(
      controller.state.scrollbackText().suffix(2) == [
        "user@laptop:~$ kubectl get po", "po    pods",
      ])
    controller.press(.control("u"))
    controller.type("cat w\t")
    #expect(controller.state.editor.text == "cat web")
    controller.type(".\t")
    #expect(controller.state.editor.text == "cat web.yaml ")
  }

  @Test func errorsAreRedAndThePromptIsColouredByLocation() {
    let (controller, backend, _) = makeScreen()
    controller.type("kubectl get pod nope\r")
    let errorRow = (0..<backend.size.height).first {
      backend.row($0).contains("Error from server")
    }!
    #expect(backend[errorRow, 2].style.foreground == .red)
    let promptRow = (0..<backend.size.height).first {
      backend.row($0).contains("user@laptop:~$ kubectl")
    }!
    #expect(backend[promptRow, 2].style.foreground == .green)
  }

  @Test func noColorAndMonochromeTerminalsGetNoColours() {
    for (options, color) in [(ScreenOptions(color: false), true), (ScreenOptions(), false)] {
      let (controller, backend, _) = makeScreen(options: options, color: color)
      controller.type("kubectl get pod nope\r")
      #expect(backend.cells.allSatisfy { $0.style.foreground == nil })
      let errorRow = (0..<backend.size.height).first {
        backend.row($0).contains("Error from server")
      }!
      #expect(backend[errorRow, 2].style.attributes.contains(.bold))
    }
  }

  @Test func scrollbackIsBoundedAndStaysResponsive() {
    let (controller, backend, _) = makeScreen(options: ScreenOptions(scrollbackLimit: 2000))
    let lines = (0..<5000).map { "pod-\($0)   1/1   Running" }.joined(separator: "\n") + "\n"
    let start = ContinuousClock.now
    controller.send(.replied(SessionReply(chunks: [SessionReply.Chunk(.output, lines)]), line: nil))
    #expect(controller.state.scrollback.count == 2000)
    #expect(backend.text.contains("pod-4999"))
    for _ in 0..<100 { controller.press(.pageUp) }
    #expect(backend.text.contains("pod-3000"))
    #expect(!backend.text.contains("pod-2999 "))
    controller.press(.character("x"))
    #expect(backend.text.contains("pod-4999"))
    #expect(ContinuousClock.now - start < .seconds(5))
  }

  @Test func pageKeysAndTheWheelScrollBack() {
    let (controller, backend, _) = makeScreen(size: TerminalSize(width: 80, height: 24))
    for index in 0..<40 { controller.type("echo line\(index)\r") }
    #expect(!backend.text.contains("line10\n"))
    controller.press(.pageUp)
    #expect(controller.state.terminalScroll == 18)
    #expect(backend.text.contains("scrolled back"))
    #expect(backend.cursor == nil)
    controller.press(.wheelDown)
    #expect(controller.state.terminalScroll == 15)
    controller.press(.pageDown, .pageDown)
    #expect(controller.state.terminalScroll == 0)
    #expect(backend.cursor != nil)
  }

  @Test func resizeRelaysOutAtOnceAndLosesNothing() {
    let (controller, backend, _) = makeScreen()
    controller.type("echo 안녕하세요\rkubectl get 파")
    backend.resize(to: TerminalSize(width: 140, height: 40))
    controller.processQueuedInput()
    #expect(backend.row(0).hasSuffix("┐"))
    #expect(TextWidth.of(backend.row(0)) == 140)
    backend.resize(to: TerminalSize(width: 70, height: 20))
    controller.processQueuedInput()
    #expect(backend.text.contains("80x24"))
    backend.resize(to: TerminalSize(width: 100, height: 30))
    controller.processQueuedInput()
    #expect(controller.state.editor.text == "kubectl get 파")
    #expect(backend.text.contains("안녕하세요"))
    #expect(backend.cursor?.column == 31)
  }

  @Test func functionKeysAndTheirTypedEquivalents() {
    let session = LessonSession(language: .ko)
    let backend = MemoryBackend(size: TerminalSize(width: 100, height: 30))
    let controller = ScreenController(session: session, backend: backend, options: ScreenOptions())
    controller.press(.function(2))
    #expect(session.actions == [.setLanguage(.en)])
    #expect(backend.row(0).contains("English"))
    controller.press(.function(3), .function(4))
    #expect(session.actions.suffix(2) == [.hint, .solution])
    controller.press(.function(5))
    #expect(controller.state.showsMap)
    controller.type("map\r")
    #expect(!controller.state.showsMap)
    controller.type("keys\r")
    #expect(controller.state.overlay == .help)
    controller.press(.escape)
    controller.press(.function(6), .down, .enter)
    #expect(session.actions.last == .openLesson(3))
    controller.type("lessons\r")
    #expect(controller.state.overlay == .lessons(selected: 2))
    controller.press(.escape)
    #expect(session.submitted.isEmpty)
    controller.type("quit\r")
    #expect(controller.state.isFinished)
  }

  @Test func replyChunksKeepTheirOrderAndStyles() {
    let (controller, backend, _) = makeScreen()
    let reply = SessionReply(chunks: [
      SessionReply.Chunk(.echo, "user@laptop:~$ kubectl get svc\n"),
      SessionReply.Chunk(.output, "NAME\n"),
      SessionReply.Chunk(.success, "✓ Step 2 done"),
      SessionReply.Chunk(.warning, "still missing: a Service\n"),
    ])
    controller.send(.replied(reply, line: nil))
    #expect(
      controller.state.scrollbackText().suffix(4) == [
        "user@laptop:~$ kubectl get svc", "NAME", "✓ Step 2 done", "still missing: a Service",
      ])
    let success = (0..<backend.size.height).first { backend.row($0).contains("✓ Step 2") }!
    #expect(backend[success, 2].style.foreground == .green)
    let warning = (0..<backend.size.height).first { backend.row($0).contains("still missing") }!
    #expect(backend[warning, 2].style.foreground == .yellow)
  }

  @Test func f10Quits() {
    let (controller, _, _) = makeScreen()
    controller.press(.function(10))
    #expect(controller.state.isFinished)
  }

  @Test func theSandboxAnswersLangAndHasNoHints() {
    let (controller, backend, session) = makeScreen()
    controller.type("lang ko\r")
    #expect(session.language == .ko)
    #expect(backend.row(0).contains("한국어"))
    controller.press(.function(3))
    #expect(backend.text.contains("샌드박스에는 레슨이 없어서"))
    controller.press(.function(2))
    #expect(session.language == .en)
  }

  @Test func ticksRedrawTheMapWhenTheClusterChanges() {
    let clock = ManualClock()
    let shell = Shell(
      cluster: Cluster(options: ClusterOptions(seed: 1, nodeCount: 1), clock: clock),
      workspace: MemoryWorkspace())
    let (controller, backend, _) = makeScreen(shell: shell)
    controller.press(.function(5))
    controller.type("kubectl create deployment web --image=nginx\r")
    let before = backend.drawCount
    controller.tick()
    #expect(backend.drawCount == before)  // nothing changed: no redraw
    #expect(backend.text.contains("ContainerCreating") || backend.text.contains("Pending"))
    clock.advance(by: 30)
    controller.tick()
    #expect(backend.drawCount == before + 1)
    #expect(!backend.text.contains("ContainerCreating"))
    #expect(backend.text.contains("web-"))
  }

  @Test func editorsRunThroughTheHandler() throws {
    let (controller, backend, session) = makeScreen(shell: makeShell(files: ["web.yaml": "old\n"]))
    var requests: [EditorRequest] = []
    session.editorHandler = { request in
      requests.append(request)
      try? "new\n".write(to: request.file, atomically: true, encoding: .utf8)
      return .edited
    }
    controller.type("vim web.yaml\r")
    #expect(requests.map(\.program) == ["vim"])
    #expect(requests.first?.named == true)
    #expect((try? session.shell.workspace.read("web.yaml")) == "new\n")
    controller.type("kubectl create deployment web --image=nginx\rkubectl edit deploy web\r")
    // "new" is no Deployment: kubectl opens the file again with the failure, and gives up
    // when it comes back unchanged.
    #expect(requests.map(\.program) == ["vim", "vi", "vi"])
    #expect(requests.last?.named == false)
    session.editorHandler = { _ in .missing }
    controller.type("nano web.yaml\r")
    #expect(backend.text.contains("no editor is installed (nano)"))
    #expect(backend.text.contains("kubectl apply -f"))
  }

  @Test func editorChoice() {
    let request = EditorRequest(program: "vim", file: URL(fileURLWithPath: "/tmp/a"), named: true)
    let edit = EditorRequest(program: "vi", file: URL(fileURLWithPath: "/tmp/a"), named: false)
    let installed: Set<String> = ["vim", "nano"]
    #expect(
      EditorLauncher.command(
        for: request, environment: ["EDITOR": "nano"], isInstalled: installed.contains) == "vim")
    #expect(
      EditorLauncher.command(
        for: edit, environment: ["EDITOR": "nano -w"], isInstalled: installed.contains) == "nano -w"
    )
    #expect(
      EditorLauncher.command(for: edit, environment: [:], isInstalled: installed.contains) == "vim")
    #expect(EditorLauncher.command(for: edit, environment: [:], isInstalled: { _ in false }) == nil)
  }
}
