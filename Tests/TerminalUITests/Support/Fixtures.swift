import ClusterSim
import Foundation
import Kubectl

@testable import TerminalUI

/// Sizes the golden screens are drawn at.
let goldenSizes = [
  TerminalSize(width: 80, height: 24), TerminalSize(width: 100, height: 30),
  TerminalSize(width: 160, height: 45),
]

/// A sandbox shell on a deterministic cluster (seed 1, manual clock).
func makeShell(nodes: Int = 1, language: Language = .en, files: [String: String] = [:]) -> Shell {
  let cluster = Cluster(options: ClusterOptions(seed: 1, nodeCount: nodes), clock: ManualClock())
  return Shell(cluster: cluster, workspace: MemoryWorkspace(files: files), language: language)
}

/// A controller on an in-memory terminal, over a sandbox session.
func makeScreen(
  size: TerminalSize = TerminalSize(width: 100, height: 30), shell: Shell = makeShell(),
  options: ScreenOptions = ScreenOptions(), color: Bool = true
) -> (ScreenController, MemoryBackend, SandboxSession) {
  let backend = MemoryBackend(size: size, supportsColor: color)
  let session = SandboxSession(shell: shell)
  let controller = ScreenController(session: session, backend: backend, options: options)
  return (controller, backend, session)
}

extension ScreenController {
  /// Types `text` (with `\r` for Enter) and handles it.
  func type(_ text: String) {
    (backend as! MemoryBackend).type(text)
    processQueuedInput()
  }

  func press(_ keys: Key...) {
    for key in keys { handle(.key(key)) }
  }
}

/// The cluster of the map golden screens: two nodes, three Services (NodePort, ClusterIP,
/// one without endpoints), pods Ready, and the last connection laptop → node:nodePort →
/// Service → pod:80.
func mapShell(language: Language = .en) -> Shell {
  let shell = makeShell(nodes: 2, language: language)
  for command in [
    "kubectl create deployment web --image=nginx --replicas=3",
    "kubectl create deployment api --image=httpd --replicas=2",
    "kubectl expose deployment web --port=80 --type=NodePort",
    "kubectl expose deployment api --port=8080 --target-port=80",
    "kubectl create service clusterip db --tcp=6379:6379",
  ] {
    _ = shell.run(command)
  }
  shell.cluster.advance(by: 20)
  let web = shell.cluster.state.store.get(Service.self, "default", "web")!
  let nodePort = web.spec.ports[0].nodePort!
  _ = shell.cluster.state.http(
    HTTPRequest(url: "http://192.168.1.3:\(nodePort)/", userAgent: "curl/8.5.0"), from: .laptop)
  return shell
}

/// A session with a lesson in Korean, for the lesson pane's golden screens.
final class LessonSession: ScreenSession {
  let shell: Shell
  var language: Language
  var lessonPane: LessonPane?
  var lessonList: LessonList?
  var editorHandler: EditorHandler?
  var submitted: [String] = []
  var actions: [SessionAction] = []

  init(language: Language = .ko) {
    shell = makeShell(language: language)
    self.language = language
    lessonPane = LessonSession.pane(language)
    lessonList = LessonList(
      entries: [
        .init(title: "파드와 IP", mark: .done, detail: "5/5"),
        .init(title: "ClusterIP 서비스", mark: .done, detail: "6/6"),
        .init(title: "노드포트 (NodePort)", mark: .started, detail: "1/6"),
        .init(title: "로드밸런서", mark: .notStarted),
      ], current: 2)
  }

  static func pane(_ language: Language, hint: Bool = true) -> LessonPane {
    let text = """
      ## 노드포트로 밖에서 접속하기

      ClusterIP 서비스는 클러스터 **안에서만** 보입니다. 노트북에서 접속하려면 모든 노드의 같은 포트를 여는 `NodePort` 타입이 필요합니다. 쿠버네티스는 30000-32767 범위에서 포트를 고릅니다.

      ```
      laptop ──► node:{{nodePort}} ──► Service ──► pod:80
      ```

      - `kubectl expose` 명령에 `--type=NodePort`를 붙입니다.
      - 배정된 포트는 `kubectl get svc web`의 PORT(S) 열에서 확인합니다: {{nodePort}}

      $ kubectl expose deployment web --port=80 --type=NodePort
      """
    var blocks: [LessonBlock] = [
      .step(number: 1, title: [LessonSpan("디플로이먼트 만들기")], state: .done),
      .success([LessonSpan("잘했습니다! 파드 세 개가 "), LessonSpan("Running", .code), LessonSpan(" 상태입니다.")]
      ),
      .step(number: 2, title: [LessonSpan("NodePort 서비스 만들기")], state: .current),
    ]
    blocks += LessonMarkup.blocks(from: text, values: ["nodePort": "30008"])
    if hint {
      blocks.append(
        .hint(
          number: 1,
          [LessonSpan("서비스 이름은 디플로이먼트 이름과 같게 "), LessonSpan("web", .code), LessonSpan("으로 두세요.")]))
    }
    blocks.append(.step(number: 3, title: [LessonSpan("노트북에서 curl로 접속하기")], state: .upcoming))
    return LessonPane(
      lessonNumber: 3, lessonCount: 10, title: "노드포트 (NodePort)", stepNumber: 2, stepCount: 6,
      blocks: blocks, focus: 2)
  }

  var prompt: String { shell.prompt }
  var location: Location { shell.location }
  var cluster: ClusterState { shell.cluster.state }
  func needsMoreInput(_ text: String) -> Bool { shell.needsMoreInput(text) }
  func submit(_ line: String) -> SessionReply {
    submitted.append(line)
    return SessionReply(shell.run(line))
  }
  func perform(_ action: SessionAction) -> SessionReply {
    actions.append(action)
    if case .setLanguage(let language) = action { self.language = language }
    return SessionReply()
  }
  func tick() -> Bool { false }
  func completions(for line: String, cursor: Int) -> Completion {
    ShellCompleter(shell: shell).completions(for: line, cursor: cursor)
  }
}
