/// What the simulated network remembers between connections.
public struct NetworkState: Equatable, Hashable, Sendable {
  /// ClientIP session affinity: (service port key, client IP) → (endpoint, until).
  public var affinity: [String: AffinityEntry] = [:]
  /// Access log lines by pod uid (what `kubectl logs` shows for web servers).
  public var accessLogs: [String: [String]] = [:]
  /// The path of the last connection attempt, for the map and `trace`.
  public var lastConnection: ConnectionRecord? {
    didSet {
      guard let lastConnection else { return }
      connectionCount += 1
      recentConnections.append(lastConnection)
      if recentConnections.count > 64 { recentConnections.removeFirst(recentConnections.count - 64) }
    }
  }
  /// How many connection attempts there have been, and the last few of them: a command line
  /// with a loop of curls makes several, and a lesson counts each.
  public private(set) var connectionCount = 0
  public private(set) var recentConnections: [ConnectionRecord] = []

  /// The attempts made after there had been `count` of them (at most the last 64).
  public func connections(since count: Int) -> [ConnectionRecord] {
    Array(recentConnections.suffix(max(0, min(connectionCount - count, recentConnections.count))))
  }

  public struct AffinityEntry: Equatable, Hashable, Sendable {
    public var endpoint: String
    public var until: Instant
  }

  public init() {}
}
