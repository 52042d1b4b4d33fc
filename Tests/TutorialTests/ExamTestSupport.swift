import ClusterSim
import Foundation
import Kubectl
import Testing
import Tutorial

/// What the exam tests share: the real exam folder, sessions, and golden files.
enum ExamTestSupport {
  /// The package's `Lessons/exam/`.
  static let examDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Lessons/exam")

  /// The real templates, loaded once.
  static let catalogue = ExamLoader.load(directory: examDirectory, displayPrefix: "Lessons/exam/")

  /// The ids of the real templates (arguments for parameterized tests).
  static var templateIDs: [String] {
    catalogue.templates.map(\.id)
  }

  /// The template with `id`.
  static func template(_ id: String) -> ExamTemplate? {
    catalogue.templates.first { $0.id == id }
  }

  /// The topics file's text, for catalogues built from texts.
  static var topicsText: String {
    (try? String(contentsOf: examDirectory.appendingPathComponent("topics.yaml"), encoding: .utf8))
      ?? ""
  }

  /// A catalogue of the real topics and the given template texts (by file name).
  static func catalogue(_ templates: [(String, String)]) -> ExamCatalogue {
    ExamLoader.load(
      sources: [("exam/topics.yaml", topicsText)] + templates.map { ("exam/" + $0.0, $0.1) })
  }

  /// An exam session over `paper`, scripted, in memory.
  static func session(
    _ paper: ExamPaper, language: Language = .en, minutes: Double = 60,
    store: ProgressStore? = nil, clock: ManualClock = ManualClock()
  ) -> ExamSession {
    ExamSession(
      paper: paper,
      configuration: ExamConfiguration(
        language: language, clock: clock, progressStore: store, timeLimit: minutes * 60))
  }
}

/// A small template for engine tests: expose a Deployment as a NodePort Service.
let sampleTemplateYAML = """
  id: sample-nodeport
  topic: expose
  weight: 5
  title: {en: Expose web, ko: web 노출하기}
  params:
    ns: {pick: [alpha, beta, gamma], unique: true}
    nodePort: {range: [30000, 30010], unique: true}
  setup:
    - kubectl create namespace {{ns}}
    - kubectl create deployment web -n {{ns}} --image=nginx --replicas=2
  statement:
    en: Expose Deployment `web` in namespace `{{ns}}` on nodePort `{{nodePort}}`.
    ko: "`{{ns}}` 네임스페이스의 디플로이먼트 `web`을 노드 포트 `{{nodePort}}`로 노출하세요."
  solution:
    - kubectl create service nodeport web -n {{ns}} --tcp=80:80 --node-port={{nodePort}}
  checks:
    - field: {kind: svc, namespace: "{{ns}}", name: web, path: .spec.type, equals: NodePort}
      explain: {en: Service `web` is a NodePort Service., ko: 서비스 `web`이 NodePort 타입입니다.}
    - reachable: {from: laptop, url: "http://192.168.1.2:{{nodePort}}", expect: Welcome to nginx}
      explain: {en: "Port `{{nodePort}}` answers.", ko: "`{{nodePort}}`번 포트가 응답합니다."}
  """
