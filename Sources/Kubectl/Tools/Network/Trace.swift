import ClusterSim
import Foundation

/// `trace URL`: kubetutor's teaching aid (not a Linux tool) that shows the hops a request
/// takes from where the learner is, and why it stops where it stops.
enum TraceTool {
  static func run(_ context: inout ToolContext) -> Int32 {
    let shell = context.shell
    let korean = shell.language == .ko
    var record: ConnectionRecord
    if let target = context.arguments.first {
      if target == "-h" || target == "--help" {
        context.output.line(korean
          ? "trace URL|주소 — kubetutor의 학습 도구입니다(리눅스 명령이 아닙니다). 지금 있는 곳에서 보낸 요청이 어떤 경로로 가는지, 어디서 왜 멈추는지 보여 줍니다. 인수가 없으면 마지막 연결을 보여 줍니다."
          : "trace URL|address — a kubetutor teaching aid (not a Linux tool): shows the path a request from here takes, and where and why it stops. With no argument, the last connection.")
        return 0
      }
      var probe = shell.cluster.state
      let url = target.contains("://") || target.contains(":") || !(IPv4Address(target) != nil) ? target : target
      if IPv4Address(target) != nil && !target.contains(":") {
        let (_, result) = probe.ping(from: shell.host, to: IPv4Address(target)!)
        record = result
      } else {
        record = probe.http(HTTPRequest(url: url, userAgent: "kubetutor-trace"), from: shell.host).record
      }
    } else if let last = shell.cluster.state.network.lastConnection {
      record = last
    } else {
      context.output.errorLine(korean ? "trace: 아직 연결한 적이 없습니다. 예: trace http://192.168.1.2:30008" : "trace: no connection yet. Example: trace http://192.168.1.2:30008")
      return 1
    }
    context.output.line(korean
      ? "kubetutor trace (학습용 도구, 리눅스 명령 아님): \(record.target)"
      : "kubetutor trace (a teaching aid, not a Linux tool): \(record.target)")
    var writer = TabWriter(minWidth: 0, padding: 3)
    for (index, hop) in record.hops.enumerated() {
      writer.row(["  \(index + 1)", hop.address, translate(hop.detail, korean: korean)])
    }
    context.output.out(writer.rendered())
    let verdict: String
    switch record.verdict {
    case .answered:
      if let status = record.httpStatus {
        verdict = korean ? "응답 \(status) \(HTTPText.reason(status))" : "answered \(status) \(HTTPText.reason(status))"
      } else {
        verdict = korean ? "응답함" : "answered"
      }
    case .refused: verdict = korean ? "연결 거부" : "connection refused"
    case .timedOut: verdict = korean ? "응답 없음(시간 초과)" : "no answer (timed out)"
    case .unresolved: verdict = korean ? "이름을 찾지 못함" : "name not resolved"
    }
    let reason = translate(record.reason, korean: korean)
    context.output.line("  →  \(verdict)" + (reason.isEmpty || record.verdict == .answered ? "" : ": \(reason)"))
    return 0
  }

  /// Korean forms of the network engine's English phrases.
  static let korean: [(String, String)] = [
    (#"^(\S+) has no route to (\S+): only the nodes know the pod and Service networks$"#, "$1에는 $2(으)로 가는 경로가 없습니다. 파드 네트워크와 Service 네트워크는 노드만 압니다"),
    (#"^ClusterIP of service (\S+), no rule for port (\d+)$"#, "Service $1의 ClusterIP, 포트 $2에 대한 규칙 없음"),
    (#"^ClusterIP of service (\S+)$"#, "Service $1의 ClusterIP"),
    (#"^NodePort of service (\S+) on node (\S+)$"#, "노드 $2에서 Service $1의 NodePort"),
    (#"^load balancer IP of service (\S+)$"#, "Service $1의 로드밸런서 IP"),
    (#"^DNAT to pod (\S+)$"#, "파드 $1(으)로 DNAT"),
    (#"^pod (\S+)$"#, "파드 $1"),
    (#"^node (\S+)$"#, "노드 $1"),
    (#"^laptop$"#, "노트북"),
    (#"^no pod has this address$"#, "이 주소를 가진 파드 없음"),
    (#"^no such host$"#, "그런 호스트 없음"),
    (#"^no Service has this ClusterIP$"#, "이 ClusterIP를 가진 Service 없음"),
    (#"^service (\S+) has no ready endpoints, so kube-proxy's REJECT rule refuses the connection$"#, "Service $1에 Ready 상태의 엔드포인트가 없어 kube-proxy가 만든 REJECT 규칙이 연결을 거부합니다"),
    (#"^pod (\S+) does not listen on port (\d+) \(the Service's targetPort\)$"#, "파드 $1은(는) 포트 $2에서 대기하지 않습니다(Service의 targetPort)"),
    (#"^pod (\S+) does not listen on port (\d+)$"#, "파드 $1은(는) 포트 $2에서 대기하지 않습니다"),
    (#"^nothing listens on port (\d+) of node (\S+)$"#, "노드 $2의 포트 $1에서 대기하는 것이 없습니다"),
    (#"^cluster DNS has no record for (\S+) \(last tried (\S+)\)$"#, "클러스터 DNS에 $1 레코드가 없습니다(마지막 시도: $2)"),
    (#"^(\S+) does not use cluster DNS; its resolver knows only the internet and /etc/hosts$"#, "$1은(는) 클러스터 DNS를 쓰지 않습니다. 이곳의 리졸버는 인터넷과 /etc/hosts만 압니다"),
    (#"^no DNS server answered: the kube-dns Service has no ready CoreDNS pods$"#, "DNS 서버가 응답하지 않습니다. kube-dns Service에 Ready 상태의 CoreDNS 파드가 없습니다"),
    (#"^traffic policy Local: no ready endpoint of service (\S+) on node (\S+), so the packets are dropped$"#, "트래픽 정책 Local: 노드 $2에 Service $1의 Ready 엔드포인트가 없어 패킷이 버려집니다"),
    (#"^no pod has the address (\S+)$"#, "$1 주소를 가진 파드가 없습니다"),
    (#"^no host has the address (\S+)$"#, "$1 주소를 가진 호스트가 없습니다"),
    (#"^service (\S+) has no port (\d+): kube-proxy has no rule and the ClusterIP is not a real host$"#, "Service $1에는 포트 $2가 없습니다. kube-proxy 규칙이 없고 ClusterIP는 실제 호스트가 아닙니다"),
    (#"^(\S+) is the ClusterIP of service (\S+): a virtual IP that only kube-proxy's TCP/UDP rules know; nothing answers ICMP$"#, "$1은(는) Service $2의 ClusterIP입니다. kube-proxy의 TCP/UDP 규칙에만 있는 가상 IP라 ICMP에는 아무도 응답하지 않습니다"),
    (#"^the source itself$"#, "자기 자신"),
  ]

  static func translate(_ text: String, korean: Bool) -> String {
    guard korean else { return text }
    for (pattern, template) in TraceTool.korean {
      guard let regex = try? NSRegularExpression(pattern: pattern) else { continue }
      let range = NSRange(text.startIndex..., in: text)
      if regex.firstMatch(in: text, range: range) != nil {
        return regex.stringByReplacingMatches(in: text, range: range, withTemplate: template)
      }
    }
    return text
  }
}
