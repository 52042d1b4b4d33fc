import ClusterSim
import Foundation
import Kubectl
import Tutorial

@testable import TerminalUI

/// Three exam templates written for the exam screen's tests, in both languages: a NodePort
/// to expose, a broken selector whose model solution is a here-document, and a value to write
/// to a file with a long command. They live here rather than in Lessons/exam so that the
/// golden screens change only when the screen does.
enum ExamScreenFixtures {
  static let topics = #"""
    topics:
      - id: expose
        title: {en: Exposing workloads with Services, ko: 서비스로 워크로드 노출하기}
        share: 40
      - id: troubleshooting
        title: {en: Troubleshooting Services, ko: 서비스 트러블슈팅}
        share: 40
      - id: inspect
        title: {en: Reading and testing Services, ko: 서비스 조회와 테스트}
        share: 20
    """#

  static let nodePort = #"""
    id: screen-nodeport
    topic: expose
    weight: 6
    title: {en: Open a Deployment on a fixed NodePort, ko: 디플로이먼트를 정해진 노드 포트로 열기}
    params:
      ns: {pick: [shop, orders], unique: true}
      nodePort: {range: [30010, 30020], unique: true}
    setup:
      - kubectl create namespace {{ns}}
      - kubectl create deployment web -n {{ns}} --image=nginx --replicas=2
    statement:
      en: |
        Deployment `web` in namespace `{{ns}}` serves on port 80. Create a Service `web` of
        type `NodePort` for it, on port 80 and nodePort `{{nodePort}}`.
      ko: |
        `{{ns}}` 네임스페이스의 `web` 디플로이먼트는 80번 포트로 서비스합니다. 이 디플로이먼트에
        포트 80, 노드 포트 `{{nodePort}}`번을 쓰는 `NodePort` 타입 `web` 서비스를 만드세요.
    solution:
      - kubectl create service nodeport web -n {{ns}} --tcp=80:80 --node-port={{nodePort}}
    checks:
      - field: {kind: svc, namespace: "{{ns}}", name: web, path: .spec.type, equals: NodePort}
        explain:
          en: "Service `web` in namespace `{{ns}}` is of type `NodePort`."
          ko: "`{{ns}}` 네임스페이스의 `web` 서비스가 `NodePort` 타입입니다."
      - reachable: {from: laptop, url: "http://192.168.1.3:{{nodePort}}", expect: Welcome to nginx}
        explain:
          en: "From the laptop, node01 (192.168.1.3) answers on port `{{nodePort}}` with the nginx page."
          ko: "노트북에서 node01(192.168.1.3)의 `{{nodePort}}`번 포트로 접속하면 nginx 페이지를 받습니다."
    """#

  static let selector = #"""
    id: screen-selector
    topic: troubleshooting
    weight: 8
    title: {en: Fix the selector of a Service with no endpoints, ko: 엔드포인트가 없는 서비스의 셀렉터 고치기}
    params:
      ns: {pick: [billing, payments], unique: true}
    setup:
      - kubectl create namespace {{ns}}
      - kubectl create deployment api -n {{ns}} --image=nginx --replicas=2
      - |
        cat <<EOF | kubectl apply -f -
        apiVersion: v1
        kind: Service
        metadata:
          name: api
          namespace: {{ns}}
        spec:
          selector:
            app: apl
          ports:
          - port: 80
        EOF
    statement:
      en: |
        Service `api` in namespace `{{ns}}` has no endpoints. Make it send traffic to the pods
        of Deployment `api`, without changing the Deployment.
      ko: |
        `{{ns}}` 네임스페이스의 `api` 서비스에 엔드포인트가 없습니다. 디플로이먼트는 바꾸지 말고,
        이 서비스가 `api` 디플로이먼트의 파드로 트래픽을 보내게 하세요.
    solution:
      - |
        cat <<EOF | kubectl apply -f -
        apiVersion: v1
        kind: Service
        metadata:
          name: api
          namespace: {{ns}}
        spec:
          selector:
            app: api
          ports:
          - port: 80
        EOF
    checks:
      - endpoints: {service: api, namespace: "{{ns}}", pods: "app=api"}
        explain:
          en: "The endpoints of Service `api` are the pods of Deployment `api`."
          ko: "`api` 서비스의 엔드포인트가 `api` 디플로이먼트의 파드입니다."
    """#

  static let file = #"""
    id: screen-cluster-ip
    topic: inspect
    weight: 4
    title: {en: Write a Service's cluster IP to a file, ko: 서비스의 클러스터 IP를 파일에 쓰기}
    params:
      ns: {pick: [reports, ledger], unique: true}
    setup:
      - kubectl create namespace {{ns}}
      - kubectl create deployment db -n {{ns}} --image=redis
      - kubectl expose deployment db -n {{ns}} --port=6379
    statement:
      en: |
        Write the cluster IP of Service `db` in namespace `{{ns}}`, and nothing else, to
        `/home/user/course/{{task}}/db-ip.txt`.
      ko: |
        `{{ns}}` 네임스페이스의 `db` 서비스의 클러스터 IP만 `/home/user/course/{{task}}/db-ip.txt`에
        쓰세요.
    solution:
      - kubectl get service db --namespace {{ns}} --output jsonpath='{.spec.clusterIP}' > /home/user/course/{{task}}/db-ip.txt
    checks:
      - file: {path: "/home/user/course/{{task}}/db-ip.txt", contains: "{{svc -n {{ns}} db .spec.clusterIP}}"}
        explain:
          en: "`/home/user/course/{{task}}/db-ip.txt` holds the cluster IP of `db`."
          ko: "`/home/user/course/{{task}}/db-ip.txt`에 `db`의 클러스터 IP가 있습니다."
    """#

  /// The fixture templates (a test fails when they do not load cleanly).
  static func catalogue() throws -> ExamCatalogue {
    let catalogue = ExamLoader.load(sources: [
      ("exam/topics.yaml", topics), ("exam/nodeport.yaml", nodePort),
      ("exam/selector.yaml", selector), ("exam/file.yaml", file),
    ])
    guard catalogue.diagnostics.isEmpty, catalogue.templates.count == 3 else {
      throw FixtureError(description: catalogue.diagnostics.map { "\($0)" }.joined(separator: "\n"))
    }
    return catalogue
  }
}

/// A three-task exam (seed 1, 18 minutes) on the fixture templates with a manual clock, in
/// memory (the attempt recorded in `store` when given), on an in-memory terminal.
struct ExamScreen {
  let clock: ManualClock
  let exam: ExamSession
  let session: ExamScreenSession
  let backend: MemoryBackend
  let controller: ScreenController

  init(
    language: Language, size: TerminalSize, minutes: Double = 18, store: ProgressStore? = nil
  ) throws {
    clock = ManualClock()
    let paper = ExamPaper.draw(from: try ExamScreenFixtures.catalogue(), count: 3, seed: 1)
    exam = ExamSession(
      paper: paper,
      configuration: ExamConfiguration(
        language: language, clock: clock, secondsPerCommand: 0, progressStore: store,
        timeLimit: minutes * 60))
    let opening = exam.start()
    session = ExamScreenSession(exam: exam, opening: opening)
    backend = MemoryBackend(size: size)
    controller = ScreenController(session: session, backend: backend, options: ScreenOptions())
  }

  /// Lets `seconds` of simulated time pass, as the wall clock does between keys.
  func wait(_ seconds: Double) {
    clock.advance(by: seconds)
    controller.tick()
  }

  /// The task of the exam that comes from the template `id`.
  func task(_ id: String) -> ExamTask {
    exam.paper.tasks.first { $0.templateID == id }!
  }

  /// The screen and the cursor, as the golden files hold them.
  var screen: String {
    let cursor = backend.cursor.map { "cursor \($0.row),\($0.column)" } ?? "cursor hidden"
    return backend.text + "\n" + cursor
  }
}
