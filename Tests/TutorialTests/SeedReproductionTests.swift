import ClusterSim
import Foundation
import Kubectl
import Testing
import Tutorial

/// A class works on one cluster: the same `--seed` and the same commands give every student
/// the same names, IPs and nodePorts, in every mode, whenever each command is typed.
@Suite struct SeedReproductionTests {
  /// Commands that create names (pods, ReplicaSets), draw IPs (pods, ClusterIPs) and ports.
  static let script = """
    kubectl create deployment web --image=nginx --replicas=3
    kubectl expose deployment web --port=80 --type=NodePort
    kubectl run client --image=busybox -- sleep 3600
    kubectl create service loadbalancer edge --tcp=80:80
    kubectl get pods -o wide
    kubectl get svc -o wide
    curl -s http://192.168.1.2:$(kubectl get svc web -o jsonpath='{.spec.ports[0].nodePort}')
    """

  func learnTranscript(seed: UInt64) throws -> String {
    let course = TestSupport.course()
    let index = try TestSupport.index(of: "pod-ips", in: course)
    let session = TutorialSession(
      lessons: course.lessons, configuration: TutorialConfiguration(seed: seed))
    return PlainTutorial(session: session).transcript(lesson: index, script: Self.script + "\n")
  }

  func sandboxTranscript(seed: UInt64, nodes: Int = 3) -> String {
    let cluster = Cluster(
      options: ClusterOptions(seed: seed, nodeCount: nodes), clock: ManualClock())
    let shell = Shell(cluster: cluster, workspace: MemoryWorkspace())
    return PlainSession(shell: shell).transcript(of: Self.script)
  }

  @Test func learnPlainTranscriptsAreByteIdenticalForOneSeed() throws {
    let first = try learnTranscript(seed: 42)
    let second = try learnTranscript(seed: 42)
    #expect(Data(first.utf8) == Data(second.utf8))
    #expect(first.contains("deployment.apps/web created"))
    // Another seed is another cluster: the comparison above can fail.
    #expect(try learnTranscript(seed: 43) != first)
  }

  @Test func sandboxTranscriptsAreByteIdenticalForOneSeed() {
    let first = sandboxTranscript(seed: 42)
    #expect(Data(first.utf8) == Data(sandboxTranscript(seed: 42).utf8))
    #expect(first.contains("service/web exposed"))
    #expect(sandboxTranscript(seed: 43) != first)
  }

  /// What a student sees of the cluster: names, IPs, ports; not ages.
  static func identity(_ state: ClusterState) -> [String] {
    let pods = state.store.list(Pod.self, in: nil).map {
      "pod \($0.namespace)/\($0.name) \($0.status.podIP ?? "-") \($0.spec.nodeName ?? "-")"
    }
    let services = state.store.list(Service.self, in: nil).map { service -> String in
      let ports: [String] = service.spec.ports.map { port in
        let nodePort = port.nodePort.map { String($0) } ?? "-"
        return "\(port.port):\(nodePort)"
      }
      let ingress: [String] = service.status.loadBalancerIngress.map(\.ip)
      let clusterIP = service.spec.clusterIP ?? "-"
      return "svc \(service.namespace)/\(service.name) \(clusterIP) "
        + ports.joined(separator: ",") + " lb=" + ingress.joined(separator: ",")
    }
    return (pods + services).sorted()
  }

  /// Students type at their own pace: the same commands, with different pauses between
  /// them (the cluster's controllers run at different moments), give the same names and
  /// addresses once it settles.
  @Test(arguments: [0.5, 3.0, 40.0])
  func pausesBetweenCommandsDoNotChangeTheCluster(pause: Double) {
    func run(pause: Double) -> [String] {
      let clock = ManualClock()
      let cluster = Cluster(options: ClusterOptions(seed: 7, nodeCount: 3), clock: clock)
      let shell = Shell(cluster: cluster, workspace: MemoryWorkspace())
      for line in Self.script.split(separator: "\n") {
        _ = shell.run(String(line))
        cluster.advance(by: pause)
      }
      cluster.advance(by: 60)
      return Self.identity(cluster.state)
    }
    let steady = run(pause: 2)
    #expect(steady.contains { $0.hasPrefix("pod default/web-") })
    #expect(run(pause: pause) == steady)
  }

  /// The same lesson in `learn` and in `present`, with one seed, builds the same cluster:
  /// what the teacher's screen shows is what each student gets.
  @Test func learnAndPresentBuildTheSameCluster() throws {
    let course = TestSupport.course()
    let index = try TestSupport.index(of: "pod-ips", in: course)
    let learner = TutorialSession(
      lessons: course.lessons, configuration: TutorialConfiguration(seed: 9))
    learner.start(lesson: index)
    let teacher = TutorialSession(
      lessons: course.lessons, configuration: TutorialConfiguration(seed: 9))
    teacher.start(lesson: index)
    let presenter = Presenter(session: teacher)
    for _ in 0..<3 {
      let (typed, _) = presenter.forward()
      let line = try #require(typed)
      _ = learner.submit(line)
    }
    #expect(Self.identity(learner.cluster.state) == Self.identity(teacher.cluster.state))
    #expect(learner.cluster.state == teacher.cluster.state)
  }

  /// An exam with one seed is the same exam, built in the same cluster.
  @Test func examTranscriptsAreByteIdenticalForOneSeed() throws {
    func transcript(seed: UInt64) -> String {
      let paper = ExamPaper.draw(from: ExamTestSupport.catalogue, count: 4, seed: seed)
      let session = ExamTestSupport.session(paper)
      return PlainExam(session: session).transcript(
        script: "kubectl get pods -A -o wide\nkubectl get svc -A\n")
    }
    let first = transcript(seed: 5)
    #expect(Data(first.utf8) == Data(transcript(seed: 5).utf8))
    #expect(transcript(seed: 6) != first)
  }
}
