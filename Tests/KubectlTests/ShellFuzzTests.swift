import ClusterSim
import Testing

@testable import Kubectl

/// Malformed and mutated command lines never crash the shell, never hang, and always answer.
@Suite struct ShellFuzzTests {
  static let seeds = [
    "kubectl get pods -o wide", "kubectl create deployment web --image=nginx --replicas=3",
    "kubectl expose deployment web --port=80 --type=NodePort", "kubectl describe svc web",
    "kubectl get svc web -o jsonpath='{.spec.ports[0].nodePort}'", "kubectl scale deploy web --replicas=2",
    "kubectl delete pod -l app=web", "kubectl apply -f - <<EOF\nkind: Service\nEOF",
    "kubectl run t --image=busybox --rm -it --restart=Never -- echo hi", "cat x | grep -v y | wc -l",
    "kubectl label pod x a=b --overwrite", "kubectl patch svc web -p '{\"spec\":{\"type\":\"NodePort\"}}'",
    "kubectl get pods --sort-by=.metadata.name -l 'app in (web,db)'", "echo $(kubectl get ns -o name)",
    "kubectl rollout undo deployment/web --to-revision=2", "kubectl get all -A --show-labels",
    "curl -s -m 2 http://web", "curl -v http://192.168.1.2:30008/", "ping -c 2 10.244.0.2",
    "ssh controlplane", "exit", "kubectl exec -it web -- sh", "wget -qO- http://web",
    "nslookup web.default.svc.cluster.local", "kubectl port-forward svc/web 8080:80 &",
    "curl localhost:8080", "kill %1", "trace http://192.168.1.2:30008", "ip route",
    "iptables -t nat -L -n", "kubectl run t --image=busybox --rm -it --restart=Never -- wget -qO- web",
  ]
  static let fragments = [
    "-o", "yaml", "--", "'", "\"", "$(", ")", "|", ">", "<<", "&&", ";", "-n", "kube-system", "파드",
    "서비스", "\u{0}", "\u{1b}[31m", "--replicas=-1", "99999999999999999999", "{", "}", "[", "]", "=",
    "svc/", "/", "-f", "-", "--type=nodePort", "\\", "`", "$X", "\t", "*", "?", "~",
  ]

  @Test func randomLinesNeverCrash() {
    var random = SeededRandom(seed: 2026)
    let cluster = Cluster(options: ClusterOptions(seed: 1, nodeCount: 2), clock: ManualClock())
    let shell = Shell(cluster: cluster, workspace: MemoryWorkspace())
    for round in 0..<3000 {
      var words = ShellFuzzTests.seeds.randomElement(using: &random)!.split(separator: " ").map(String.init)
      for _ in 0..<Int.random(in: 0...4, using: &random) {
        switch Int.random(in: 0..<4, using: &random) {
        case 0 where !words.isEmpty: words.remove(at: Int.random(in: 0..<words.count, using: &random))
        case 1: words.insert(ShellFuzzTests.fragments.randomElement(using: &random)!, at: Int.random(in: 0...words.count, using: &random))
        case 2 where !words.isEmpty:
          let index = Int.random(in: 0..<words.count, using: &random)
          words[index] = String(words[index].shuffled(using: &random))
        default: words.append(ShellFuzzTests.fragments.randomElement(using: &random)!)
        }
      }
      let line = round % 500 == 0 ? String(repeating: "x", count: 10_000) : words.joined(separator: " ")
      let result = shell.run(line)
      #expect(result.exitCode >= 0, "line: \(line)")
      while shell.location != .laptop { _ = shell.run("exit") }
    }
    #expect(shell.history.count > 2000)
  }
}
