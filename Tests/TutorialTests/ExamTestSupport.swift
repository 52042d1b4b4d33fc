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

  /// Compares `actual` with `Golden/NAME`, or writes it when RECORD_GOLDEN=1.
  static func checkGolden(
    _ name: String, _ actual: String, sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("Golden").appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
      try actual.write(to: url, atomically: true, encoding: .utf8)
      return
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
      Issue.record(
        "There is no golden \(name) yet: record it with RECORD_GOLDEN=1 swift test, then read it.",
        sourceLocation: sourceLocation)
      return
    }
    guard actual != expected else { return }
    let left = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let right = actual.split(separator: "\n", omittingEmptySubsequences: false)
    let line =
      (0..<max(left.count, right.count)).first { index in
        index >= left.count || index >= right.count || left[index] != right[index]
      } ?? 0
    let want = line < left.count ? String(left[line]) : "<end>"
    let got = line < right.count ? String(right[line]) : "<end>"
    Issue.record(
      "\(name) differs at line \(line + 1):\n- \(want)\n+ \(got)\n(RECORD_GOLDEN=1 rewrites it)",
      sourceLocation: sourceLocation)
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
