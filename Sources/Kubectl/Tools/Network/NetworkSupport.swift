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

  /// Lets simulated time pass while a command waits (a timeout).
  func wait(_ seconds: Double) {
    guard seconds > 0 else { return }
    cluster.advance(by: seconds)
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
