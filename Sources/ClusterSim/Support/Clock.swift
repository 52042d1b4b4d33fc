import Foundation

/// Where the cluster's time comes from.
///
/// Interactively the cluster follows wall time, so pods become Ready while the learner
/// reads; in tests and scripted sessions a ``ManualClock`` is advanced by hand.
public protocol Clock: AnyObject, Sendable {
  /// The current time.
  var now: Instant { get }
  /// Moves this clock's time forward (a waiting command, `sleep`): a manual clock advances,
  /// a wall clock runs that much ahead of the wall from then on.
  func skip(by seconds: Double)
}

/// A clock that follows the system's wall time.
public final class WallClock: Clock, @unchecked Sendable {
  private let lock = NSLock()
  private var offset = 0.0

  public init() {}

  public var now: Instant {
    lock.lock()
    defer { lock.unlock() }
    return Instant(seconds: Date().timeIntervalSince1970 + offset)
  }

  public func skip(by seconds: Double) {
    lock.lock()
    offset += max(0, seconds)
    lock.unlock()
  }
}

/// A clock that only moves when told to.
///
/// ```swift
/// let clock = ManualClock()
/// clock.advance(by: 2)
/// ```
public final class ManualClock: Clock, @unchecked Sendable {
  /// The default start of a scripted session: Thu, 26 Nov 2026 09:00:00 +0000, so that
  /// transcripts are the same on every run.
  public static let defaultStart = Instant(seconds: 1_795_683_600)

  private let lock = NSLock()
  private var current: Instant

  public init(start: Instant = ManualClock.defaultStart) { current = start }

  public var now: Instant {
    lock.lock()
    defer { lock.unlock() }
    return current
  }

  /// Moves the clock forward by `seconds`.
  public func advance(by seconds: Double) {
    lock.lock()
    current = current.adding(seconds)
    lock.unlock()
  }

  public func skip(by seconds: Double) { advance(by: seconds) }

  /// Sets the clock to `instant` (used when restoring a snapshot).
  public func set(to instant: Instant) {
    lock.lock()
    current = instant
    lock.unlock()
  }
}
