import ClusterSim
import Foundation

/// ping: iputils on the laptop and nodes, busybox in containers.
enum PingTool {
  static func run(_ context: inout ToolContext) -> Int32 {
    let shell = context.shell
    var count: Int?
    var waitSeconds: Double?
    var target: String?
    var arguments = context.arguments[...]
    while let argument = arguments.popFirst() {
      switch argument {
      case "-c": count = arguments.popFirst().flatMap(Int.init)
      case "-W", "-w": waitSeconds = arguments.popFirst().flatMap(Double.init)
      case "-q", "-n", "-4": break
      default:
        if argument.hasPrefix("-c"), let value = Int(argument.dropFirst(2)) {
          count = value
        } else if argument.hasPrefix("-") {
          context.output.errorLine("ping: invalid option -- '\(argument.dropFirst().prefix(1))'")
          return 2
        } else {
          target = argument
        }
      }
    }
    let busybox = { if case .container = shell.location { return true }; return false }()
    guard let target else {
      if busybox {
        context.output.errorLine("BusyBox v1.37.0 (2024-09-26 21:31:42 UTC) multi-call binary.")
        context.output.errorLine("")
        context.output.errorLine("Usage: ping [OPTIONS] HOST")
      } else {
        context.output.errorLine("ping: usage error: Destination address required")
      }
      return busybox ? 1 : 2
    }
    let address: IPv4Address
    switch shell.cluster.state.resolve(target, from: shell.host) {
    case .addresses(let fqdn, _, let addresses) where !addresses.isEmpty:
      address = addresses[0]
      _ = fqdn
    case .timeout:
      shell.wait(10)
      context.output.errorLine(busybox ? "ping: bad address '\(target)'" : "ping: \(target): Temporary failure in name resolution")
      return busybox ? 1 : 2
    default:
      context.output.errorLine(busybox ? "ping: bad address '\(target)'" : "ping: \(target): Name or service not known")
      return busybox ? 1 : 2
    }
    let interrupted = count == nil
    let packets = count ?? 4
    var replies: [Double] = []
    var lines: [String] = []
    var unreachableFrom: String?
    for sequence in 0..<packets {
      let (outcome, _) = shell.cluster.state.ping(from: shell.host, to: address)
      switch outcome {
      case .reply(let ttl, let rtt):
        replies.append(rtt)
        lines.append(busybox
          ? "64 bytes from \(address): seq=\(sequence) ttl=\(ttl) time=\(String(format: "%.3f", rtt)) ms"
          : "64 bytes from \(address): icmp_seq=\(sequence + 1) ttl=\(ttl) time=\(format(rtt)) ms")
      case .hostUnreachable(let from, _):
        unreachableFrom = from
        if !busybox { lines.append("From \(from) icmp_seq=\(sequence + 1) Destination Host Unreachable") }
      case .silent:
        break
      }
    }
    shell.wait(Double(packets) + (replies.isEmpty ? Double(waitSeconds ?? 0) : 0))
    let header = busybox
      ? "PING \(target) (\(address)): 56 data bytes"
      : "PING \(target) (\(address)) 56(84) bytes of data."
    context.output.line(header)
    for line in lines { context.output.line(line) }
    if interrupted { context.output.line("^C") }
    context.output.line("")
    context.output.line("--- \(target) ping statistics ---")
    let loss = (packets - replies.count) * 100 / max(packets, 1)
    if busybox {
      context.output.line("\(packets) packets transmitted, \(replies.count) packets received, \(loss)% packet loss")
      if !replies.isEmpty {
        context.output.line("round-trip min/avg/max = \(String(format: "%.3f", replies.min()!))/\(String(format: "%.3f", replies.reduce(0, +) / Double(replies.count)))/\(String(format: "%.3f", replies.max()!)) ms")
      }
    } else {
      var summary = "\(packets) packets transmitted, \(replies.count) received, "
      if unreachableFrom != nil { summary += "+\(packets) errors, " }
      summary += "\(loss)% packet loss, time \(max(0, packets - 1) * 1000 + 19 + packets * 7)ms"
      context.output.line(summary)
      if !replies.isEmpty {
        let average = replies.reduce(0, +) / Double(replies.count)
        let deviation = (replies.map { ($0 - average) * ($0 - average) }.reduce(0, +) / Double(replies.count)).squareRoot()
        context.output.line("rtt min/avg/max/mdev = \(String(format: "%.3f", replies.min()!))/\(String(format: "%.3f", average))/\(String(format: "%.3f", replies.max()!))/\(String(format: "%.3f", deviation)) ms")
      }
    }
    if !interrupted || !busybox { }
    return replies.isEmpty ? 1 : 0
  }

  static func format(_ rtt: Double) -> String {
    rtt < 1 ? String(format: "%.3f", rtt) : (rtt < 10 ? String(format: "%.2f", rtt) : String(format: "%.1f", rtt))
  }
}
