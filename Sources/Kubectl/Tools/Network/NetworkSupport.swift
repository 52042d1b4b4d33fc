import ClusterSim
import Foundation

extension Shell {
  /// The network host the shell is on.
  public var host: NetworkHost {
    switch location {
    case .laptop: return .laptop
    case .node(let name): return .node(name)
    case .container(let namespace, let pod, _): return .pod(namespace: namespace, name: pod)
    }
  }

  /// The curl version where the learner is, as its user agent and messages show it.
  var curlVersion: String {
    guard let image = currentContainer?.image?.repository else { return "7.81.0" }
    switch image {
    case "nginx": return "7.88.1"
    case "curlimages/curl": return "8.11.1"
    case "nicolaka/netshoot": return "8.7.1"
    default: return "7.81.0"
    }
  }

  /// Whether the busybox of the current container is the old 1.28 one (different nslookup).
  var isOldBusybox: Bool {
    guard let container = currentContainer?.container else { return false }
    let reference = ImageReference(container.image)
    return reference.repository.hasSuffix("busybox") && reference.tag.hasPrefix("1.2")
  }

  /// Lets simulated time pass while a command waits (a timeout, `sleep`). One command line
  /// may wait ``Shell/waitBudget`` seconds in all; past that kubetutor interrupts it as
  /// Ctrl-C would (a real terminal would sit there until the learner pressed it). Returns
  /// false when the wait was cut short.
  @discardableResult
  func wait(_ seconds: Double) -> Bool {
    guard seconds > 0, !interrupted else { return !interrupted }
    let allowed = min(seconds, Shell.waitBudget - waitedThisLine)
    if allowed > 0 {
      cluster.advance(by: allowed)
      waitedThisLine += allowed
    }
    guard allowed < seconds else { return true }
    interrupted = true
    let minutes = Int(Shell.waitBudget / 60)
    terminalTail.append("^C")
    terminalTail.append(
      language == .ko
        ? "kubetutor: 이 명령줄은 시뮬레이션 시간으로 \(minutes)분을 기다린 뒤 Ctrl-C를 누른 것처럼 멈췄습니다."
        : "kubetutor: this command line waited \(minutes) minutes of simulated time; kubetutor stopped it as Ctrl-C would.")
    return false
  }
}

/// Sizes and speeds as curl's progress meter prints them (five columns).
enum CurlMeter {
  static func size(_ value: Int) -> String {
    let text: String
    if value < 100_000 {
      text = String(value)
    } else if value < 10_000 * 1024 {
      text = "\(value / 1024)k"
    } else {
      text = "\(value / 1024 / 1024)M"
    }
    return String(repeating: " ", count: max(0, 5 - text.count)) + text
  }

  static let header =
    "  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n                                 Dload  Upload   Total   Spent    Left  Speed\n"

  static func line(bytes: Int, complete: Bool) -> String {
    let percent = complete ? "100" : "  0"
    let speed = complete ? size(bytes * 1000) : "    0"
    return "\(percent) \(size(bytes))  \(percent) \(size(complete ? bytes : 0))    0     0  \(speed)      0 --:--:-- --:--:-- --:--:-- \(speed)\n"
  }
}
