import Kubectl
import Testing

@testable import TerminalUI
@testable import Tutorial

/// How lesson text becomes the pane's blocks, and how command blocks are set.
@Suite struct TutorialPaneTests {
  func lines(_ blocks: [LessonBlock], width: Int) -> [String] {
    let pane = LessonPane(
      lessonNumber: 1, lessonCount: 1, title: "t", stepNumber: 1, stepCount: 1, blocks: blocks)
    return LessonRenderer(
      pane: pane, width: width, theme: Theme(color: false), glyphs: .unicode,
      labels: LabelBook(language: .en)
    ).lines.map(\.plainText)
  }

  @Test func aCommandFenceWrapsAtSpacesAndAFigureFenceGoesOnInTheNextRow() {
    let command =
      "kubectl run client --rm -it --restart=Never --image=busybox -- wget -qO- http://10.96.0.20"
    let figure =
      "laptop 192.168.1.10 ---- node controlplane 192.168.1.2:30080 ---- pod web 10.244.0.5:80"
    let blocks = TutorialPane.blocks(
      TextBlock.parse("Run it:\n\n```\n\(command)\n```\n\n```\n\(figure)\n  |\n  v\n```"))
    #expect(
      blocks == [
        .paragraph([LessonSpan("Run it:")]), .command(command), .diagram(figure + "\n  |\n  v"),
      ])
    // A narrow pane: 48 columns wide, its text 46.
    let rows = lines(blocks, width: 48)
    #expect(
      rows == [
        "Run it:", "",
        "$ kubectl run client --rm -it --restart=Never",
        "    --image=busybox -- wget -qO-",
        "    http://10.96.0.20", "",
        "laptop 192.168.1.10 ---- node controlplane 192", ".168.1.2:30080 ---- pod web 10.244.0.5:80",
        "  |", "  v",
      ])
    // Wrapped, the command loses nothing but the spaces it broke at.
    let joined = rows[2...4].map { $0.drop { $0 == "$" || $0 == " " } }.joined(separator: " ")
    #expect(joined == command)
    // Drawn, the figure's long row goes on in the next one: nothing of it is hidden.
    let pane = LessonPane(
      lessonNumber: 1, lessonCount: 1, title: "t", stepNumber: 1, stepCount: 1, blocks: blocks)
    var canvas = Canvas(size: TerminalSize(width: 48, height: 10))
    LessonRenderer(
      pane: pane, width: 48, theme: Theme(color: false), glyphs: .unicode,
      labels: LabelBook(language: .en)
    ).draw(in: Rect(row: 0, column: 0, width: 48, height: 10), scroll: 0, on: &canvas)
    #expect(canvas.rowText(6) == " laptop 192.168.1.10 ---- node controlplane 192 ")
    #expect(canvas.rowText(7) == " .168.1.2:30080 ---- pod web 10.244.0.5:80      ")
    #expect(canvas.rowText(8) == "   |                                            ")
  }

  @Test func figuresThatStartWithACommandWordStayFigures() {
    // Columns of a figure (three spaces) and an indented line make it a figure.
    #expect(
      !TutorialPane.isCommandFence(
        [
          "nslookup app        ->  10.x.x.x        one cluster IP",
          "nslookup shop-pods  ->  10.244.x.a",
        ],
        info: ""))
    #expect(
      !TutorialPane.isCommandFence(
        ["create service clusterip shop-svc --tcp=80:80", "  selector: app=shop-svc"], info: ""))
    #expect(!TutorialPane.isCommandFence(["laptop ──► node:30008 ──► pod:80"], info: ""))
    #expect(!TutorialPane.isCommandFence(["kubectl get pods"], info: "yaml"))
    #expect(!TutorialPane.isCommandFence([], info: ""))
    // A marked fence holds commands whatever they look like.
    #expect(TutorialPane.isCommandFence(["docker run -d -p 8080:80 nginx"], info: "sh"))
    // Commands: the shell's, kubetutor's, `k`, a loop, a leading `$ `, variables before it.
    #expect(
      TutorialPane.isCommandFence(
        [
          "k get svc", "$ curl -s http://192.168.1.2:30008", "hint",
          "for i in $(seq 3); do curl -s http://192.168.1.2:30008; done | grep Hostname",
          "KUBE_EDITOR=nano kubectl edit svc web",
        ], info: ""))
    // A command may put three spaces inside quotes.
    #expect(TutorialPane.isCommandFence(["echo 'a   b'"], info: ""))
  }

  @Test func continuationLinesAndHereDocumentsStayWithTheirCommand() {
    let fence = [
      "kubectl run tmp --image=busybox --rm -it --restart=Never \\",
      "  -- wget -qO- -T 3 http://web",
      "",
      "cat > web-svc.yaml <<EOF",
      "apiVersion: v1",
      "metadata:",
      "  annotations:",
      "    note: \"a YAML line wider than the pane is clipped at its edge, never wrapped\"",
      "EOF",
      "$ kubectl apply -f web-svc.yaml",
    ]
    #expect(TutorialPane.isCommandFence(fence, info: ""))
    let blocks = TutorialPane.blocks([.fenced(lines: fence, info: "")])
    #expect(
      blocks == [
        .command(fence[0] + "\n" + fence[1]),
        .command(fence[3...8].joined(separator: "\n")),
        .command("kubectl apply -f web-svc.yaml"),
      ])
    let rows = lines(blocks, width: 44)
    #expect(
      rows == [
        "$ kubectl run tmp --image=busybox --rm -it",
        "    --restart=Never \\",
        "    -- wget -qO- -T 3 http://web",
        "$ cat > web-svc.yaml <<EOF",
        "  apiVersion: v1",
        "  metadata:",
        "    annotations:",
        // The YAML keeps its line: clipped when drawn, never wrapped.
        "      note: \"a YAML line wider than the pane is clipped at its edge, never wrapped\"",
        "  EOF",
        "$ kubectl apply -f web-svc.yaml",
      ])
  }

  @Test func commandRowsBreakAtSpacesAndInsideWordsOnlyWhenTheyMust() {
    #expect(
      CommandLayout.wrapped("curl -s http://192.168.1.2:30008", first: 12, rest: 10)
        == ["curl -s", "http://192", ".168.1.2:3", "0008"])
    #expect(CommandLayout.wrapped("echo  a  b", first: 20, rest: 20) == ["echo  a  b"])
    #expect(CommandLayout.wrapped("echo 안녕하세요 세계", first: 12, rest: 12) == ["echo", "안녕하세요", "세계"])
    #expect(CommandLayout.hereDocumentMarkers(in: "cat <<EOF > a.yaml") == ["EOF"])
    #expect(CommandLayout.hereDocumentMarkers(in: "cat > a <<- 'END'") == ["END"])
    #expect(CommandLayout.hereDocumentMarkers(in: "grep x <<< \"$v\"") == [])
    #expect(CommandLayout.hereDocumentMarkers(in: "echo '<<EOF'") == [])
  }

  @Test func theLessonListUsesTheCourseNumbersAndPlainTitles() {
    let list = TutorialPane.list([
      LessonEntry(
        number: 0, id: "intro", title: "Getting around", completedSteps: 3, totalSteps: 3,
        isComplete: true, isCurrent: false),
      LessonEntry(
        number: 2, id: "docker", title: "From `docker run -p` to a Service", completedSteps: 1,
        totalSteps: 10, isComplete: false, isCurrent: true),
      LessonEntry(
        number: 3, id: "dns", title: "DNS", completedSteps: 0, totalSteps: 4, isComplete: false,
        isCurrent: false),
    ])
    #expect(
      list
        == LessonList(
          entries: [
            .init(title: "Getting around", mark: .done, detail: "3/3", number: 0),
            .init(
              title: "From docker run -p to a Service", mark: .started, detail: "1/10", number: 2),
            .init(title: "DNS", mark: .notStarted, detail: "0/4", number: 3),
          ], current: 1))
  }
}
