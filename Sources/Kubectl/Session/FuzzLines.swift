import ClusterSim

/// Command lines for fuzzing the shell: real commands with words dropped, inserted, shuffled
/// or appended, and now and then a 10,000-character line, an empty one or pure noise. The
/// fuzz tests run them for crashes and broken invariants; kubetutor-bench times them.
public enum FuzzLines {
  public static let seeds = [
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
    "for i in 1 2 3; do curl -s web; done", "while true; do kubectl get pods; sleep 1; done",
    "for i in $(seq 5); do kubectl delete pod -l app=web --wait=false; done | sort | uniq -c",
    "n=0; until [ $n -ge 3 ]; do n=$((n+1)); echo $n; done", "echo {1..3} web-{a,b} $((2*3))",
  ]
  public static let fragments = [
    "-o", "yaml", "--", "'", "\"", "$(", ")", "|", ">", "<<", "&&", ";", "-n", "kube-system", "파드",
    "서비스", "\u{0}", "\u{1b}[31m", "--replicas=-1", "99999999999999999999", "{", "}", "[", "]", "=",
    "svc/", "/", "-f", "-", "--type=nodePort", "\\", "`", "$X", "\t", "*", "?", "~",
  ]

  /// One generated or mutated line: a real command with words dropped, inserted, shuffled or
  /// appended, now and then a 10,000-character line, an empty one or pure noise.
  public static func line(round: Int, random: inout SeededRandom) -> String {
    if round % 500 == 0 { return String(repeating: "x", count: 10_000) }
    if round % 500 == 1 { return "" }
    if round % 97 == 0 {
      let alphabet = Array("abc파드서비스 -=/'\"$(){}[]|;&<>\\\t\u{7}\u{1b}\u{0}01")
      return String((0..<Int.random(in: 1...80, using: &random)).map { _ in alphabet.randomElement(using: &random)! })
    }
    var words = seeds.randomElement(using: &random)!.split(separator: " ").map(String.init)
    for _ in 0..<Int.random(in: 0...4, using: &random) {
      switch Int.random(in: 0..<4, using: &random) {
      case 0 where !words.isEmpty: words.remove(at: Int.random(in: 0..<words.count, using: &random))
      case 1: words.insert(fragments.randomElement(using: &random)!, at: Int.random(in: 0...words.count, using: &random))
      case 2 where !words.isEmpty:
        let index = Int.random(in: 0..<words.count, using: &random)
        words[index] = String(words[index].shuffled(using: &random))
      default: words.append(fragments.randomElement(using: &random)!)
      }
    }
    return words.joined(separator: " ")
  }
}
