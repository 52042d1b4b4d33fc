/// The embedded cluster: its state and the clock it follows.
///
/// ```swift
/// let cluster = Cluster(options: ClusterOptions(seed: 1, nodeCount: 2), clock: ManualClock())
/// try cluster.state.create(Deployment(...))
/// cluster.advance(by: 5)
/// ```
public final class Cluster {
  /// Everything in the cluster, as a value (a copy is a snapshot).
  public var state: ClusterState
  public let clock: Clock

  public init(options: ClusterOptions = ClusterOptions(), clock: Clock) {
    self.clock = clock
    state = ClusterState(options: options, start: clock.now)
  }

  private var settledVersion = -1

  /// Runs the controllers at the clock's current time (skipped when nothing changed and
  /// hardly any time passed since they last ran).
  public func tick() {
    let now = clock.now
    let gap = now.since(state.now)
    if state.resourceVersion == settledVersion && gap < 0.25 { return }
    defer { settledVersion = state.resourceVersion }
    if gap > 1.5 && gap < 600 {
      state.advance(by: gap)
    } else {
      state.settle(at: now)
    }
  }

  /// Moves the clock forward by `seconds` and lets the cluster catch up, second by second.
  public func advance(by seconds: Double) {
    guard seconds > 0 else { return }
    clock.skip(by: seconds)
    state.advance(by: max(0, clock.now.since(state.now)))
  }

  /// Restores a snapshot taken earlier (undo, presenter steps back). A manual clock is set
  /// back too, so the restored cluster is exactly as it was.
  public func restore(_ snapshot: ClusterState) {
    state = snapshot
    if let manual = clock as? ManualClock { manual.set(to: snapshot.now) }
  }
}
