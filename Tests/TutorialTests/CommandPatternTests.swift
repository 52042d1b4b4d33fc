import ClusterSim
import Testing
import Tutorial

/// Commands compare by parsed shape: spelling, order, short names and aliases do not matter.
@Suite struct CommandPatternTests {
  let state = ClusterState(options: ClusterOptions(), start: ManualClock.defaultStart)

  func matches(_ pattern: String, _ line: String) throws -> Bool {
    try CommandPattern(pattern).matches(ShellWords.split(line), in: state)
  }

  @Test func shortNamesAndJoinedFlagsMatch() throws {
    #expect(try matches("kubectl get pods -o wide", "kubectl get po -owide"))
    #expect(try matches("kubectl get pods -o wide", "kubectl get pod --output=wide"))
    #expect(try matches("kubectl get pods -o wide", "k get pods -o wide"))
  }

  @Test func flagOrderDoesNotMatter() throws {
    #expect(
      try matches("kubectl get pods -l app=web -o wide", "kubectl get -o wide pods -l app=web"))
    #expect(
      try matches(
        "kubectl create deployment web --image=nginx --replicas=3",
        "kubectl create deploy --replicas 3 web --image nginx"))
  }

  @Test func extraFlagsNamesAndKindsAreAllowed() throws {
    #expect(
      try matches("kubectl get pods -o wide", "kubectl get pods -o wide -n default --show-labels"))
    #expect(try matches("kubectl get pods", "kubectl get pods,services"))
    #expect(try matches("kubectl expose", "kubectl expose deployment web --port=80"))
  }

  @Test func somethingMissingOrDifferentDoesNotMatch() throws {
    #expect(try !matches("kubectl get pods -o wide", "kubectl get pods"))
    #expect(try !matches("kubectl get pods -o wide", "kubectl get pods -o yaml"))
    #expect(try !matches("kubectl get pods -o wide", "kubectl get services -o wide"))
    #expect(try !matches("kubectl get pods -o wide", "kubectl describe pods"))
    #expect(try !matches("kubectl delete pod web-1", "kubectl delete pod web-2"))
    #expect(try !matches("kubectl get pods", "echo kubectl get pods"))
  }

  @Test func wildcards() throws {
    #expect(try matches("kubectl delete pod *", "kubectl delete po web-7d9c-abcde"))
    #expect(try !matches("kubectl delete pod *", "kubectl delete pods -l app=web"))
    #expect(
      try matches(
        "kubectl scale deployment web --replicas=*", "kubectl scale deploy/web --replicas=7"))
    #expect(
      try !matches(
        "kubectl scale deployment web --replicas=*",
        "kubectl scale deployment web --current-replicas=2"))
  }

  @Test func otherProgramsMatchByWords() throws {
    #expect(try matches("ping", "ping -c 3 10.244.0.4"))
    #expect(try matches("ssh controlplane", "ssh -t controlplane"))
    #expect(try !matches("ssh controlplane", "ssh node01"))
    #expect(try !matches("curl", "wget http://web"))
  }

  @Test func badPatternsAreRefused() {
    #expect(throws: LessonError.self) { try CommandPattern("kubectl frobnicate pods") }
    #expect(throws: LessonError.self) { try CommandPattern("   ") }
    #expect(throws: LessonError.self) { try CommandPattern("kubectl scale deploy web -r*") }
  }

  @Test func liveValuesAreFilledInWhenCompared() throws {
    let pattern = try CommandPattern("kubectl describe node {{node controlplane .metadata.name}}")
    #expect(pattern.matches(["kubectl", "describe", "no", "controlplane"], in: state))
    #expect(!pattern.matches(["kubectl", "describe", "no", "node01"], in: state))
  }

  @Test func shellWordsHonourQuotes() {
    #expect(
      ShellWords.split(#"kubectl patch deploy web -p '{"spec": {}}'"#) == [
        "kubectl", "patch", "deploy", "web", "-p", #"{"spec": {}}"#,
      ])
    #expect(ShellWords.split(#"echo "a b" c\ d ''"#) == ["echo", "a b", "c d", ""])
  }
}
