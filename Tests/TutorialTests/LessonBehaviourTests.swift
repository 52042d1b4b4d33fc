import ClusterSim
import Kubectl
import Testing
import Tutorial

/// The real lessons accept right answers written differently from their solutions, and do
/// not accept wrong ones.
@Suite struct LessonBehaviourTests {
  func session(_ id: String) throws -> TutorialSession {
    try TestSupport.session(startingAt: id)
  }

  func submit(_ session: TutorialSession, _ lines: String...) -> [TutorialEvent] {
    lines.flatMap { session.submit($0).events }
  }

  @Test func podIPsAcceptsOtherSpellingsAndExtraObjects() throws {
    let session = try session("pod-ips")
    // Made with another count first, an extra deployment on the side, then fixed by scale.
    _ = submit(
      session, "kubectl create deployment api --image=httpd", "k create deploy web --image nginx")
    #expect(session.stepIndex == 0)
    #expect(submit(session, "kubectl scale deploy/web --replicas 3").contains(.stepCompleted(1)))
    // Any output that shows a pod IP does: here a JSONPath query.
    #expect(
      submit(session, "kubectl get pods -l app=web -o jsonpath='{.items[*].status.podIP}'")
        .contains(.stepCompleted(2)))
    // Deleting every web pod at once also replaces them.
    #expect(submit(session, "kubectl delete pods -l app=web").contains(.stepCompleted(3)))
  }

  @Test func podIPsDoesNotAcceptTheWrongThing() throws {
    let session = try session("pod-ips")
    _ = submit(session, "kubectl create deployment web --image=nginx --replicas=2")
    #expect(session.stepIndex == 0)
    _ = submit(session, "kubectl create deployment web2 --image=nginx --replicas=3")
    #expect(session.stepIndex == 0)
    _ = submit(session, "kubectl scale deployment web --replicas=3", "kubectl get pods")
    // `kubectl get pods` shows no IP: step 2 is not done.
    #expect(session.stepIndex == 1)
    // Deleting a pod of another deployment is not deleting a web pod.
    _ = submit(
      session, "kubectl get pods -o wide",
      "kubectl delete pod $(kubectl get pods -l app=web2 -o jsonpath='{.items[0].metadata.name}')")
    #expect(session.stepIndex == 2)
  }

  @Test func reachingAPodAcceptsAGeneratedNodePortAndAHostName() throws {
    let session = try session("external-networking")
    for _ in 0..<6 { _ = session.submit("next") }
    #expect(session.stepIndex == 6)
    // `kubectl expose` picks a random nodePort: still a right answer.
    #expect(
      submit(session, "kubectl expose deployment web --type=NodePort --port=80").contains(
        .stepCompleted(7)))
    let port =
      LiveText.rendered("{{svc web .spec.ports[0].nodePort}}", in: [session.cluster.state]) ?? "?"
    #expect(port != "30008")
    _ = submit(session, "curl http://192.168.1.2:30008")
    #expect(session.stepIndex == 7)
    #expect(submit(session, "curl -s http://192.168.1.2:\(port)/").contains(.stepCompleted(8)))
  }

  @Test func reachingAPodNeedsTheLearnersOwnAttempts() throws {
    let session = try session("external-networking")
    _ = submit(session, "kubectl get pods -o wide")
    #expect(session.stepIndex == 1)
    // Curling something else, or the pod from the node, is not the attempt asked for.
    _ = submit(session, "curl -m 5 http://10.244.9.9")
    #expect(session.stepIndex == 1)
    let ip = LiveText.rendered("{{pod app=web .status.podIP}}", in: [session.cluster.state]) ?? "?"
    #expect(submit(session, "curl -m 5 \(ip)").contains(.stepCompleted(2)))
    // A ping that is not from the laptop does not count; ping from the laptop does.
    #expect(submit(session, "ping -c 1 \(ip)").contains(.stepCompleted(3)))
    _ = submit(session, "ssh controlplane")
    #expect(session.stepIndex == 4)
    #expect(submit(session, "curl -s http://\(ip):80/").contains(.stepCompleted(5)))
  }

  @Test func resetAndPrevReplayEarlierSolutionsIncludingWhereTheShellIs() throws {
    let session = try session("external-networking")
    for _ in 0..<5 { _ = session.submit("next") }
    // Step 6 is "exit": its starting state is on the node, after step 4's ssh.
    #expect(session.stepIndex == 5)
    #expect(session.shell.location == .node("controlplane"))
    _ = session.submit("exit")
    #expect(session.stepIndex == 6)
    #expect(session.shell.location == .laptop)
    _ = session.submit("prev")
    #expect(session.stepIndex == 5)
    #expect(session.shell.location == .node("controlplane"))
    _ = session.submit("exit")
    _ = session.submit("kubectl create deployment extra --image=nginx")
    _ = session.submit("reset")
    #expect(session.stepIndex == 6)
    #expect(session.shell.location == .laptop)
    #expect(session.cluster.state.store.get(Deployment.self, "default", "extra") == nil)
    #expect(session.prompt == "user@laptop:~$ ")
  }
}
