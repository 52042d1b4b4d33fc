import ClusterSim

/// kubectl's rendering of durations (k8s.io/apimachinery's duration.HumanDuration).
enum HumanDuration {
  /// `59s`, `2m5s`, `10m`, `3h5m`, `8h`, `2d3h`, `25d`, `2y10d`, `8y`.
  static func text(_ seconds: Double) -> String {
    if seconds < -1 { return "<invalid>" }
    if seconds < 0 { return "0s" }
    let total = Int(seconds)
    if total < 120 { return "\(total)s" }
    let minutes = total / 60
    if minutes < 10 {
      let rest = total % 60
      return rest == 0 ? "\(minutes)m" : "\(minutes)m\(rest)s"
    }
    if minutes < 180 { return "\(minutes)m" }
    let hours = total / 3600
    if hours < 8 {
      let rest = (total % 3600) / 60
      return rest == 0 ? "\(hours)h" : "\(hours)h\(rest)m"
    }
    if hours < 48 { return "\(hours)h" }
    if hours < 192 {
      let rest = hours % 24
      return rest == 0 ? "\(hours / 24)d" : "\(hours / 24)d\(rest)h"
    }
    if hours < 24 * 365 * 2 { return "\(hours / 24)d" }
    if hours < 24 * 365 * 8 {
      let days = (hours / 24) % 365
      return days == 0 ? "\(hours / 24 / 365)y" : "\(hours / 24 / 365)y\(days)d"
    }
    return "\(hours / 24 / 365)y"
  }

  /// The age of a timestamp at `now`, `<unknown>` without one.
  static func age(_ time: Instant?, now: Instant) -> String {
    guard let time else { return "<unknown>" }
    return text(now.since(time))
  }
}
