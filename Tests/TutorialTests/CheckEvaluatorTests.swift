import ClusterSim
import Kubectl
import Testing
import Tutorial

/// Checks judge meaning over the cluster's state and match a subset: extra objects never
/// fail a step.
@Suite struct CheckEvaluatorTests {
  /// A cluster with `web` (3 nginx pods, a Service) and an unrelated `api` deployment.
  static func cluster() -> (Cluster, Shell) {
    let cluster = Cluster(options: ClusterOptions(), clock: ManualClock())
    let shell = Shell(cluster: cluster, workspace: MemoryWorkspace())
    for line in [
      "kubectl create deployment web --image=nginx --replicas=3",
      "kubectl create deployment api --image=httpd", "kubectl expose deployment web --port=80",
      "kubectl run extra --image=nginx --labels=app=web,tier=extra",
    ] {
      _ = shell.run(line)
      cluster.advance(by: 2)
    }
    cluster.advance(by: 20)
    return (cluster, shell)
  }

  func holds(_ kind: CheckKind, _ context: CheckContext) -> Bool {
    CheckEvaluator.evaluate(
      Check(kind, explanation: LocalizedText(en: "no", ko: "아니오")), in: context
    ).passed
  }

  func web(_ kind: ResourceKind = .pod) -> ObjectSelection {
    ObjectSelection(kind: kind, selector: try! LabelQuery("app=web"))
  }

  @Test func existsAmongExtraObjects() {
    let (cluster, _) = Self.cluster()
    let context = CheckContext(state: cluster.state, start: cluster.state)
    #expect(
      holds(.exists(ObjectSelection(kind: .deployment, name: "web"), count: .atLeast(1)), context))
    #expect(holds(.exists(web(), count: .exactly(4)), context))
    #expect(
      holds(
        .exists(
          ObjectSelection(kind: .pod, selector: try! LabelQuery("app=web,tier!=extra")),
          count: .exactly(3)), context))
    #expect(
      !holds(.exists(ObjectSelection(kind: .deployment, name: "nope"), count: .atLeast(1)), context)
    )
    #expect(holds(.absent(ObjectSelection(kind: .service, name: "api")), context))
    #expect(!holds(.absent(ObjectSelection(kind: .service, name: "web")), context))
  }

  @Test func fieldConditions() {
    let (cluster, _) = Self.cluster()
    let context = CheckContext(state: cluster.state, start: cluster.state)
    let deployment = ObjectSelection(kind: .deployment, name: "web")
    #expect(
      holds(
        .field(deployment, path: "{.spec.replicas}", condition: .equals("3"), every: true), context)
    )
    #expect(
      !holds(
        .field(deployment, path: "{.spec.replicas}", condition: .equals("4"), every: true), context)
    )
    #expect(
      holds(
        .field(deployment, path: "{.spec.replicas}", condition: .oneOf(["2", "3"]), every: true),
        context))
    #expect(
      holds(
        .field(deployment, path: "{.spec.replicas}", condition: .greaterThan(2), every: true),
        context))
    #expect(
      !holds(
        .field(deployment, path: "{.spec.replicas}", condition: .lessThan(3), every: true), context)
    )
    #expect(
      holds(
        .field(
          web(), path: "{.status.podIP}", condition: .matches(#"^10\.244\.0\.\d+$"#), every: true),
        context))
    let service = ObjectSelection(kind: .service, name: "web")
    #expect(
      holds(
        .field(service, path: "{.spec.type}", condition: .equals("ClusterIP"), every: true), context
      ))
    let labelled = ObjectSelection(kind: .pod, selector: try! LabelQuery("app=web"))
    #expect(
      !holds(
        .field(labelled, path: "{.metadata.labels.tier}", condition: .equals("extra"), every: true),
        context))
    #expect(
      holds(
        .field(
          labelled, path: "{.metadata.labels.tier}", condition: .equals("extra"), every: false),
        context))
    // A field of nothing never holds, even a negative-looking one.
    #expect(
      !holds(
        .field(
          ObjectSelection(kind: .deployment, name: "nope"), path: "{.spec.replicas}",
          condition: .equals(""), every: true), context))
  }

  @Test func endpoints() {
    let (cluster, shell) = Self.cluster()
    var context = CheckContext(state: cluster.state, start: cluster.state)
    // The Service `web` selects app=web, so the extra pod is an endpoint too.
    #expect(holds(.endpoints(service: "web", namespace: "default", rule: .ready(4)), context))
    #expect(
      holds(
        .endpoints(service: "web", namespace: "default", rule: .pods(try! LabelQuery("app=web"))),
        context))
    #expect(
      !holds(
        .endpoints(
          service: "web", namespace: "default", rule: .pods(try! LabelQuery("app=web,tier!=extra"))),
        context))
    _ = shell.run("kubectl delete pod extra")
    context.state = cluster.state
    #expect(holds(.endpoints(service: "web", namespace: "default", rule: .ready(3)), context))
    #expect(!holds(.endpoints(service: "nope", namespace: "default", rule: .ready(0)), context))
  }

  @Test func reachabilityIsProbedOnACopy() throws {
    let (cluster, shell) = Self.cluster()
    let context = CheckContext(state: cluster.state, start: cluster.state)
    let podURL = "http://{{pod app=web,tier!=extra .status.podIP}}"
    #expect(!holds(.reachable(from: .laptop, url: podURL, expect: nil, reachable: true), context))
    #expect(holds(.reachable(from: .laptop, url: podURL, expect: nil, reachable: false), context))
    #expect(
      holds(
        .reachable(
          from: .node("controlplane"), url: podURL, expect: "Welcome to nginx", reachable: true),
        context))
    #expect(
      !holds(.reachable(from: .node(nil), url: podURL, expect: "Apache", reachable: true), context))
    #expect(
      holds(
        .reachable(
          from: .pod(try LabelQuery("app=api"), namespace: "default"), url: "http://web",
          expect: "nginx", reachable: true), context))
    // No access log was written and the learner's cluster did not move.
    #expect(cluster.state == context.state)
    let logs = shell.run("kubectl logs deployment/web").output.text
    #expect(!logs.contains("kubetutor-check"))
  }

  @Test func compareWithTheStartOfTheStep() {
    let (cluster, shell) = Self.cluster()
    let start = cluster.state
    let service = ObjectSelection(kind: .service, name: "web")
    let pods = ObjectSelection(kind: .pod, selector: try! LabelQuery("app=web,tier!=extra"))
    var context = CheckContext(state: cluster.state, start: start)
    #expect(holds(.compare(service, path: "{.spec.clusterIP}", relation: .same), context))
    #expect(!holds(.compare(pods, path: "{.status.podIP}", relation: .changed), context))
    _ = shell.run(
      "kubectl delete pod $(kubectl get pods -l app=web,tier!=extra -o jsonpath='{.items[0].metadata.name}')"
    )
    cluster.advance(by: 10)
    context.state = cluster.state
    // "The Service's ClusterIP stayed the same while a pod IP changed."
    let both = CheckKind.all([
      Check(.compare(service, path: "{.spec.clusterIP}", relation: .same)),
      Check(.compare(pods, path: "{.status.podIP}", relation: .changed)),
    ])
    #expect(holds(both, context))
    #expect(!holds(.compare(pods, path: "{.status.podIP}", relation: .same), context))
    #expect(!holds(.compare(pods, path: "{.status.podIP}", relation: .new), context))
    _ = shell.run("kubectl rollout restart deployment web")
    _ = shell.run("kubectl rollout status deployment web")
    cluster.advance(by: 10)
    context.state = cluster.state
    #expect(holds(.compare(pods, path: "{.status.podIP}", relation: .new), context))
  }

  @Test func combinators() {
    let (cluster, _) = Self.cluster()
    let context = CheckContext(state: cluster.state, start: cluster.state)
    let yes = Check(
      .exists(ObjectSelection(kind: .deployment, name: "web"), count: .atLeast(1)),
      explanation: LocalizedText(en: "a", ko: "가"))
    let no = Check(
      .exists(ObjectSelection(kind: .deployment, name: "nope"), count: .atLeast(1)),
      explanation: LocalizedText(en: "b", ko: "나"))
    #expect(holds(.all([yes, yes]), context))
    #expect(!holds(.all([yes, no]), context))
    #expect(holds(.any([no, yes]), context))
    #expect(!holds(.any([no, no]), context))
    #expect(holds(.not(no), context))
    #expect(!holds(.not(yes), context))
    let report = CheckEvaluator.evaluate([yes, no, Check(.all([no]))], in: context)
    #expect(report.failures.map(\.en) == ["b", "b"])
  }

  @Test func commandsOutputsFilesAndLocation() throws {
    let (cluster, _) = Self.cluster()
    let workspace = MemoryWorkspace(files: ["svc.yaml": "kind: Service\n"])
    let log = [
      CommandRecord(
        line: "k get po -owide", commands: [["kubectl", "get", "po", "-owide"]],
        output: "NAME ... 10.244.0.4\n")
    ]
    let context = CheckContext(
      state: cluster.state, start: cluster.state, log: log, location: .node("controlplane"),
      workspace: workspace, answer: 2)
    #expect(holds(.ran(try CommandPattern("kubectl get pods -o wide")), context))
    #expect(!holds(.ran(try CommandPattern("kubectl get pods -o yaml")), context))
    #expect(holds(.output(contains: "10.244.0.4", command: nil), context))
    #expect(
      holds(
        .output(contains: "10.244.0.4", command: try CommandPattern("kubectl get pods")), context))
    #expect(
      !holds(
        .output(contains: "10.244.0.4", command: try CommandPattern("kubectl get services")),
        context))
    #expect(holds(.file(path: "svc.yaml", contains: "kind: Service"), context))
    #expect(!holds(.file(path: "svc.yaml", contains: "kind: Pod"), context))
    #expect(!holds(.file(path: "other.yaml", contains: nil), context))
    #expect(holds(.location(.node("controlplane")), context))
    #expect(holds(.location(.node(nil)), context))
    #expect(!holds(.location(.laptop), context))
    #expect(holds(.answer(2), context))
    #expect(!holds(.answer(1), context))
  }

  @Test func attemptsFromPathRecords() {
    let (cluster, _) = Self.cluster()
    var probe = cluster.state
    let ip = LiveText.rendered("{{pod app=web .status.podIP}}", in: [cluster.state])!
    let failed = probe.http(HTTPRequest(url: "http://\(ip)", userAgent: "curl/8"), from: .laptop)
      .record
    let answered = probe.http(
      HTTPRequest(url: "http://\(ip):80/", userAgent: "curl/8"), from: .node("controlplane")
    ).record
    let context = CheckContext(
      state: cluster.state, start: cluster.state, attempts: [failed, answered])
    #expect(holds(.attempt(from: .laptop, to: ip, verdict: .failed, expect: nil), context))
    #expect(holds(.attempt(from: .laptop, to: ip, verdict: .timedOut, expect: nil), context))
    #expect(!holds(.attempt(from: .laptop, to: ip, verdict: .answered, expect: nil), context))
    #expect(
      holds(
        .attempt(
          from: .node(nil), to: "http://\(ip)", verdict: .answered, expect: "Welcome to nginx"),
        context))
    #expect(
      !holds(.attempt(from: .node(nil), to: ip, verdict: .answered, expect: "It works!"), context))
    #expect(!holds(.attempt(from: nil, to: "10.244.9.9", verdict: .failed, expect: nil), context))
  }
}
