/// Pod IP allocation on one node, as the CNI's host-local plugin does it: addresses are
/// handed out in order after the last one reserved, so a replacement pod gets a new address
/// rather than the one just freed.
public struct HostLocalIPAM: Equatable, Hashable, Sendable {
  public let network: IPv4Network
  private var inUse: Set<IPv4Address> = []
  private var lastReserved: IPv4Address?

  public init(network: IPv4Network) { self.network = network }

  /// The first usable address (.2: .1 is the bridge cni0).
  var first: IPv4Address { network.address(at: 2) }
  /// The last usable address (.254 of a /24).
  var last: IPv4Address { network.address(at: network.size - 2) }

  /// The next free address after the last one reserved, wrapping around; nil when full.
  public mutating func allocate() -> IPv4Address? {
    let span = Int(last.value - first.value) + 1
    var candidate = lastReserved.map { $0.advanced(by: 1) } ?? first
    for _ in 0..<span {
      if candidate > last || candidate < first { candidate = first }
      if !inUse.contains(candidate) {
        inUse.insert(candidate)
        lastReserved = candidate
        return candidate
      }
      candidate = candidate.advanced(by: 1)
    }
    return nil
  }

  /// Marks a specific address as taken (bootstrap).
  public mutating func reserve(_ address: IPv4Address) {
    inUse.insert(address)
    lastReserved = address
  }

  public mutating func release(_ address: IPv4Address) { inUse.remove(address) }

  public func isInUse(_ address: IPv4Address) -> Bool { inUse.contains(address) }
}
