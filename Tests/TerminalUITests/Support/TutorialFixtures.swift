import ClusterSim
import Foundation
import Kubectl
import Tutorial

@testable import TerminalUI

/// A lesson written for the tutorial screen's tests, in both languages: a step with a figure
/// wider than a pane and a command that waits for pods, a step with a long command line and a
/// here-document, a quiz, and a recap. It lives here rather than in Lessons/ so that the golden
/// screens change only when the screen does.
let fixtureLessonYAML = #"""
  id: reach-web
  order: 4
  title:
    en: Reaching `web` from the laptop
    ko: 노트북에서 `web`에 접속하기
  summary:
    en: |
      Pod addresses mean something only inside the cluster. In this lesson you run a web
      server and open a port for it on every node, so that the laptop can reach it.
    ko: |
      파드 주소는 클러스터 안에서만 통합니다. 이 레슨에서는 웹 서버를 실행하고 모든 노드에 포트를
      열어서 노트북에서도 접속할 수 있게 합니다.
  cluster:
    nodes: 1
  steps:
    - id: create
      text:
        en: |
          The path a request from the laptop takes once this lesson is done:

          ```
          laptop 192.168.1.10
            |  curl http://192.168.1.2:30080
            v
          node controlplane 192.168.1.2 --- nodePort 30080 --- kube-proxy rules on every node
            |
            v
          pod web-...  10.244.0.x:80
          ```

          First the pods: a Deployment `web` with two `nginx` pods. The step is done when
          both are **Running**.

          ```
          kubectl create deployment web --image=nginx --replicas=2
          ```
        ko: |
          레슨을 마치면 노트북에서 보낸 요청은 다음 경로로 갑니다.

          ```
          laptop 192.168.1.10
            |  curl http://192.168.1.2:30080
            v
          node controlplane 192.168.1.2 --- nodePort 30080 --- kube-proxy rules on every node
            |
            v
          pod web-...  10.244.0.x:80
          ```

          먼저 파드를 준비합니다. `nginx` 파드 두 개를 실행하는 디플로이먼트 `web`을 만드세요.
          두 파드가 모두 **Running** 상태가 되면 이 단계가 끝납니다.

          ```
          kubectl create deployment web --image=nginx --replicas=2
          ```
      solution: kubectl create deployment web --image=nginx --replicas=2
      hints:
        - en: "`kubectl create deployment NAME --image=IMAGE --replicas=N` makes it."
          ko: "`kubectl create deployment 이름 --image=이미지 --replicas=N`으로 만듭니다."
      checks:
        - exists: {kind: deployment, name: web}
          explain:
            en: There is no Deployment `web` yet.
            ko: 아직 디플로이먼트 `web`이 없습니다.
        - exists: {kind: pod, selector: app=web, count: 2}
          explain:
            en: There should be two `web` pods.
            ko: "`web` 파드가 두 개여야 합니다."
        - field: {kind: pod, selector: app=web, path: .status.phase, equals: Running}
          explain:
            en: The `web` pods are not Running yet.
            ko: "`web` 파드가 아직 Running 상태가 아닙니다."
      success:
        en: Both pods are Running, each with an IP of its own.
        ko: 두 파드 모두 Running 상태이고, 저마다 IP를 받았습니다.
    - id: expose
      text:
        en: |
          Now a Service of type **NodePort** in front of them, on port 30080 of every node.
          One line makes it and shows it:

          ```
          kubectl create service nodeport web --tcp=80:80 --node-port=30080 && kubectl get svc web -o wide
          ```

          The same Service as a file, for `kubectl apply`:

          ```
          cat > web-svc.yaml <<EOF
          apiVersion: v1
          kind: Service
          metadata:
            name: web
            annotations:
              note: "a YAML line wider than the pane is clipped at its edge, never wrapped"
          spec:
            type: NodePort
            selector:
              app: web
            ports:
            - port: 80
              nodePort: 30080
          EOF
          kubectl apply -f web-svc.yaml
          ```
        ko: |
          이제 그 앞에 **NodePort** 타입 서비스를 두어 모든 노드의 30080 포트를 엽니다.
          다음 한 줄로 만들고 확인까지 합니다.

          ```
          kubectl create service nodeport web --tcp=80:80 --node-port=30080 && kubectl get svc web -o wide
          ```

          `kubectl apply`로 적용할 파일로 쓰면 같은 서비스가 이렇게 됩니다.

          ```
          cat > web-svc.yaml <<EOF
          apiVersion: v1
          kind: Service
          metadata:
            name: web
            annotations:
              note: "a YAML line wider than the pane is clipped at its edge, never wrapped"
          spec:
            type: NodePort
            selector:
              app: web
            ports:
            - port: 80
              nodePort: 30080
          EOF
          kubectl apply -f web-svc.yaml
          ```
      solution: kubectl create service nodeport web --tcp=80:80 --node-port=30080
      hints:
        - en: "`kubectl create service nodeport NAME --tcp=PORT:TARGET --node-port=N` makes a NodePort Service."
          ko: "`kubectl create service nodeport 이름 --tcp=포트:대상포트 --node-port=N`으로 NodePort 서비스를 만듭니다."
        - en: "The Service's name must be `web`, so that its selector `app=web` picks the pods."
          ko: "셀렉터 `app=web`이 파드를 고르도록 서비스 이름을 `web`으로 지으세요."
      checks:
        - field: {kind: svc, name: web, path: .spec.type, equals: NodePort}
          explain:
            en: There is no NodePort Service `web` yet.
            ko: 아직 NodePort 서비스 `web`이 없습니다.
        - field: {kind: svc, name: web, path: ".spec.ports[0].nodePort", equals: 30080}
          explain:
            en: The Service `web` should use nodePort 30080.
            ko: 서비스 `web`의 nodePort가 30080이어야 합니다.
      success:
        en: The Service `web` now answers on port 30080 of every node.
        ko: 이제 모든 노드의 30080 포트에서 서비스 `web`이 응답합니다.
  quiz:
    - id: address
      question:
        en: Which address does `curl` on the laptop use to reach the pods?
        ko: 노트북에서 `curl`로 파드에 접속할 때 어느 주소를 씁니까?
      choices:
        - en: A pod IP, such as 10.244.0.5:80
          ko: 10.244.0.5:80 같은 파드 IP
        - en: A node's IP and the nodePort, such as 192.168.1.2:30080, which kube-proxy forwards to one of the pods
          ko: 192.168.1.2:30080처럼 노드 IP와 nodePort. kube-proxy가 이 주소로 온 요청을 파드 하나에 넘겨 줍니다
        - en: The Service's cluster IP, such as 10.96.0.20:80
          ko: 10.96.0.20:80 같은 서비스의 클러스터 IP
      answer: 2
      explain:
        en: Pod IPs and cluster IPs are known only inside the cluster.
        ko: 파드 IP와 클러스터 IP는 클러스터 안에서만 통합니다.
      success:
        en: Right. The laptop reaches a node, and the node's rules reach a pod.
        ko: 맞습니다. 노트북은 노드에 접속하고, 노드의 규칙이 요청을 파드로 보냅니다.
  recap:
    en: |
      A NodePort Service opens one port on every node and sends what arrives there to its pods.

      - `kubectl create deployment NAME --image=IMAGE --replicas=N`: the pods
      - `kubectl create service nodeport NAME --tcp=80:80 --node-port=30080`: the door

      ```
      curl http://192.168.1.2:30080
      ```
    ko: |
      NodePort 서비스는 모든 노드에 포트를 하나 열고, 그 포트로 들어온 요청을 파드로 보냅니다.

      - `kubectl create deployment 이름 --image=이미지 --replicas=N`: 파드 준비
      - `kubectl create service nodeport 이름 --tcp=80:80 --node-port=30080`: 노드 포트 열기

      ```
      curl http://192.168.1.2:30080
      ```
  """#

/// A second lesson, so that the lesson list has more than one row.
let secondLessonYAML = #"""
  id: first-look
  order: 3
  title:
    en: A first look
    ko: 처음 둘러보기
  summary:
    en: The nodes of the cluster.
    ko: 클러스터의 노드를 살펴봅니다.
  cluster:
    nodes: 1
  steps:
    - id: nodes
      text:
        en: "List the nodes: `kubectl get nodes`."
        ko: "`kubectl get nodes`로 노드 목록을 보세요."
      solution: kubectl get nodes
      checks:
        - ran: kubectl get nodes
          explain:
            en: Run `kubectl get nodes`.
            ko: "`kubectl get nodes`를 실행하세요."
  """#

/// The fixture lessons, parsed (a test fails when they do not load cleanly).
func fixtureLessons() throws -> [Lesson] {
  let course = LessonLoader.load(sources: [
    (file: "03-first-look.yaml", text: secondLessonYAML),
    (file: "04-reach-web.yaml", text: fixtureLessonYAML),
  ])
  guard course.diagnostics.isEmpty, course.lessons.count == 2 else {
    throw FixtureError(description: course.diagnostics.map { "\($0)" }.joined(separator: "\n"))
  }
  return course.lessons
}

struct FixtureError: Error, CustomStringConvertible {
  var description: String
}

/// A tutorial on the fixture lessons with a manual clock, in memory (progress in `store`
/// when given), on an in-memory terminal.
struct TutorialScreen {
  let clock: ManualClock
  let tutorial: TutorialSession
  let session: TutorialScreenSession
  let backend: MemoryBackend
  let controller: ScreenController

  init(
    language: Language, size: TerminalSize, lesson: String = "reach-web",
    store: ProgressStore? = nil, timeSource: Clock? = nil
  ) throws {
    clock = ManualClock()
    tutorial = TutorialSession(
      lessons: try fixtureLessons(),
      configuration: TutorialConfiguration(
        seed: 1, language: language, clock: clock, timeSource: timeSource,
        secondsPerCommand: 0, progressStore: store))
    let opening = tutorial.start(lesson: tutorial.lessonIndex(named: lesson) ?? 0)
    session = TutorialScreenSession(session: tutorial, opening: opening)
    backend = MemoryBackend(size: size)
    controller = ScreenController(session: session, backend: backend, options: ScreenOptions())
  }

  /// Lets `seconds` of simulated time pass, as the wall clock does between keys.
  func wait(_ seconds: Double) {
    clock.advance(by: seconds)
    controller.tick()
  }

  /// The screen and the cursor, as the golden files hold them.
  var screen: String {
    let cursor = backend.cursor.map { "cursor \($0.row),\($0.column)" } ?? "cursor hidden"
    return backend.text + "\n" + cursor
  }
}
