import ClusterSim
import Kubectl
import Testing
import Tutorial

/// The lessons on getting around, on Services and on internal networking accept right answers
/// written differently from their solutions, and do not accept wrong ones.
@Suite struct ServiceLessonBehaviourTests {
  func submit(_ session: TutorialSession, _ lines: String...) -> [TutorialEvent] {
    lines.flatMap { session.submit($0).events }
  }

  /// Skips to step `number` (1-based) by applying the solutions before it.
  func skip(_ session: TutorialSession, to number: Int) {
    while session.stepIndex < number - 1 { _ = session.submit("next") }
  }

  /// Lets simulated time pass until the current step is done, or 30 s.
  func waitForStep(_ session: TutorialSession) -> Bool {
    let index = session.stepIndex
    for _ in 0..<15 where session.stepIndex == index { _ = session.wait(seconds: 2) }
    return session.stepIndex != index
  }

  @Test func gettingAroundAcceptsOtherWaysToLook() throws {
    let session = try TestSupport.session(startingAt: "getting-around")
    #expect(submit(session, "k get no").contains(.stepCompleted(1)))
    // The short listing has no addresses; describing node01 shows its InternalIP.
    _ = submit(session, "kubectl get nodes")
    #expect(session.stepIndex == 1)
    #expect(submit(session, "kubectl describe node node01").contains(.stepCompleted(2)))
    // Any node answers a ping from the laptop, by name too.
    #expect(submit(session, "ping -c 1 controlplane").contains(.stepCompleted(3)))
    // The default namespace is empty; one namespace with the system pods is enough.
    _ = submit(session, "kubectl get pods")
    #expect(session.stepIndex == 3)
    #expect(submit(session, "kubectl get po -n kube-system").contains(.stepCompleted(4)))
    _ = submit(session, "kubectl get pods -A")
    #expect(session.stepIndex == 4)
    #expect(
      submit(session, "kubectl get pods -n kube-system -l k8s-app=kube-dns -owide")
        .contains(.stepCompleted(5)))
  }

  @Test func gettingAroundWantsARunningPodAndAFailedPull() throws {
    let session = try TestSupport.session(startingAt: "getting-around")
    skip(session, to: 6)
    // A pod under another name is not the pod `hello` the step asks for.
    _ = submit(session, "kubectl run other --image=nginx", "kubectl get pods -o wide")
    #expect(!waitForStep(session))
    _ = submit(session, "kubectl run hello --image=nginx")
    _ = submit(session, "kubectl get pod hello -o jsonpath='{.status.podIP}'")
    #expect(session.stepIndex == 6 || waitForStep(session))
    #expect(session.stepIndex == 6)
    // A good image is not a failed pull; any misspelled one is.
    _ = submit(session, "kubectl run fine --image=httpd")
    #expect(!waitForStep(session))
    _ = submit(session, "kubectl run typo --image=redsi")
    #expect(waitForStep(session))
    #expect(session.stepIndex == 7)
  }

  @Test func dockerToServiceAcceptsYAMLAndRejectsAWrongTargetPort() throws {
    let session = try TestSupport.session(startingAt: "docker-to-service")
    skip(session, to: 2)
    // nginx listens on 80: a Service that sends to 8080 selects the pods but reaches nothing.
    _ = submit(session, "kubectl create service clusterip web --tcp=80:8080")
    #expect(session.stepIndex == 1)
    #expect(session.submit("check").text.contains("Its target port must be 80"))
    _ = submit(session, "kubectl delete service web")
    // A Service written in YAML, on another port, is a right answer.
    let yaml = """
      kubectl apply -f - <<EOF
      apiVersion: v1
      kind: Service
      metadata:
        name: web
      spec:
        selector:
          app: web
        ports:
        - port: 8000
          targetPort: 80
      EOF
      """
    #expect(submit(session, yaml).contains(.stepCompleted(2)))
  }

  @Test func dockerToServiceWantsEveryPodReplacedAndTheSameService() throws {
    let session = try TestSupport.session(startingAt: "docker-to-service")
    skip(session, to: 6)
    let clusterIP = LiveText.rendered("{{svc web .spec.clusterIP}}", in: [session.cluster.state])
    // One pod replaced is not all of them.
    _ = submit(session, "kubectl delete pod $(kubectl get pods -l app=web -o jsonpath='{.items[0].metadata.name}')")
    #expect(!waitForStep(session))
    // Deleting and recreating the Service gives it another cluster IP: not the point.
    _ = submit(session, "kubectl delete svc web", "kubectl expose deployment web --port=80")
    _ = submit(session, "kubectl rollout restart deployment web")
    #expect(!waitForStep(session))
    #expect(session.submit("check").text.contains("should keep its cluster IP"))
    // Undo back to the original Service, then a rollout replaces every pod behind it.
    _ = submit(session, "undo", "undo", "undo")
    #expect(
      LiveText.rendered("{{svc web .spec.clusterIP}}", in: [session.cluster.state]) == clusterIP)
    _ = submit(session, "kubectl rollout restart deployment web")
    #expect(waitForStep(session))
    #expect(session.stepIndex == 6)
  }

  @Test func internalNetworkingWantsTheNameFromInsideTheCluster() throws {
    let session = try TestSupport.session(startingAt: "internal-networking")
    #expect(
      submit(session, "kubectl create service clusterip backend --tcp=8080:8080")
        .contains(.stepCompleted(1)))
    _ = submit(session, "next")
    // The cluster IP answers, but the step is about the name.
    _ = submit(
      session,
      "kubectl exec deploy/frontend -- curl -s http://$(kubectl get svc backend -o jsonpath='{.spec.clusterIP}'):8080"
    )
    #expect(session.stepIndex == 2)
    // The full name from a throwaway pod is a right answer.
    #expect(
      submit(
        session,
        "kubectl run c --rm -it --restart=Never --image=busybox -- wget -qO- http://backend.default.svc.cluster.local:8080"
      ).contains(.stepCompleted(3)))
    skip(session, to: 8)
    // From the laptop the name does not even resolve; the step asks for the cluster IP.
    _ = submit(session, "curl -m 5 http://backend:8080")
    #expect(session.stepIndex == 7)
    // A request to the cluster IP from inside the cluster is not a try from the laptop.
    _ = submit(
      session,
      "kubectl exec deploy/frontend -- curl -s -m 5 http://$(kubectl get svc backend -o jsonpath='{.spec.clusterIP}'):8080"
    )
    #expect(session.stepIndex == 7)
    #expect(
      submit(
        session, "curl -m 3 $(kubectl get svc backend -o jsonpath='{.spec.clusterIP}'):8080"
      ).contains(.stepCompleted(8)))
  }

  @Test func internalNetworkingShowsTheVariablesOnlyToANewPod() throws {
    let session = try TestSupport.session(startingAt: "internal-networking")
    skip(session, to: 7)
    // Without a restart the frontend pod still lacks the variables.
    _ = submit(session, "kubectl exec deploy/frontend -- env")
    #expect(session.stepIndex == 6)
    // Deleting the pod replaces it as well as a rollout does.
    _ = submit(session, "kubectl delete pod -l app=frontend")
    #expect(session.stepIndex == 6)
    _ = session.wait(seconds: 10)
    #expect(submit(session, "kubectl exec deploy/frontend -- env").contains(.stepCompleted(7)))
  }
}
