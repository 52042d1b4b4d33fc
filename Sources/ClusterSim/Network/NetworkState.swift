/// What the simulated network remembers between connections.
public struct NetworkState: Equatable, Hashable, Sendable {
  /// ClientIP session affinity: (service port key, client IP) → (endpoint, until).
  public var affinity: [String: AffinityEntry] = [:]
  /// Access log lines by pod uid (what `kubectl logs` shows for web servers).
  public var accessLogs: [String: [String]] = [:]
  /// The path of the last connection attempt, for the map and `trace`.
  public var lastConnection: ConnectionRecord?

  public struct AffinityEntry: Equatable, Hashable, Sendable {
    public var endpoint: String
    public var until: Instant
  }

  public init() {}
}
