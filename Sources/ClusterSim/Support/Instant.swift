import Foundation

/// A point in time, in seconds since the Unix epoch, as the cluster records it.
///
/// The API server stores timestamps to the second (RFC 3339, `2026-11-26T14:07:07Z`);
/// `Instant` keeps fractions so that durations such as image pull times can be measured.
public struct Instant: Comparable, Hashable, Sendable, CustomStringConvertible {
  public var seconds: Double

  public init(seconds: Double) { self.seconds = seconds }

  /// The instant `interval` seconds later.
  public func adding(_ interval: Double) -> Instant { Instant(seconds: seconds + interval) }

  /// Seconds from `earlier` to this instant.
  public func since(_ earlier: Instant) -> Double { seconds - earlier.seconds }

  public static func < (lhs: Instant, rhs: Instant) -> Bool { lhs.seconds < rhs.seconds }

  /// The RFC 3339 form the API server writes, truncated to the second.
  public var rfc3339: String {
    let parts = calendarParts
    return String(
      format: "%04d-%02d-%02dT%02d:%02d:%02dZ", parts.year, parts.month, parts.day, parts.hour,
      parts.minute, parts.second)
  }

  /// The RFC 1123 form with a numeric zone that `kubectl describe` prints:
  /// `Thu, 26 Nov 2026 14:07:07 +0000`.
  public var rfc1123Z: String {
    let parts = calendarParts
    let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    let months = [
      "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ]
    return String(
      format: "%@, %02d %@ %04d %02d:%02d:%02d +0000", weekdays[parts.weekday], parts.day,
      months[parts.month - 1], parts.year, parts.hour, parts.minute, parts.second)
  }

  /// The klog header time, `1126 14:10:08.405232`.
  public var klogStamp: String {
    let parts = calendarParts
    let micros = Int((seconds - seconds.rounded(.down)) * 1_000_000)
    return String(
      format: "%02d%02d %02d:%02d:%02d.%06d", parts.month, parts.day, parts.hour, parts.minute,
      parts.second, micros)
  }

  public var description: String { rfc3339 }

  /// Parses `2026-11-26T14:07:07Z` (fractions and numeric zones are accepted).
  public init?(rfc3339 text: String) {
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withInternetDateTime]
    if let date = formatter.date(from: text) {
      self.init(seconds: date.timeIntervalSince1970)
      return
    }
    formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
    guard let date = formatter.date(from: text) else { return nil }
    self.init(seconds: date.timeIntervalSince1970)
  }

  private var calendarParts:
    (year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int, weekday: Int)
  {
    // Civil-from-days (proleptic Gregorian), UTC only: no Calendar or time zone involved.
    let whole = Int(seconds.rounded(.down))
    let days = Int((Double(whole) / 86_400).rounded(.down))
    let secondOfDay = whole - days * 86_400
    let shifted = days + 719_468
    let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
    let dayOfEra = shifted - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let monthIndex = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
    let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
    let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    let weekday = ((days % 7) + 11) % 7  // 1970-01-01 was a Thursday (4)
    return (
      year, month, day, secondOfDay / 3600, (secondOfDay % 3600) / 60, secondOfDay % 60, weekday
    )
  }
}
