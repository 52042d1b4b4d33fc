/// An IPv4 address.
public struct IPv4Address: Hashable, Comparable, Sendable, CustomStringConvertible {
  public var value: UInt32

  public init(_ value: UInt32) { self.value = value }

  public init(_ a: UInt8, _ b: UInt8, _ c: UInt8, _ d: UInt8) {
    value = UInt32(a) << 24 | UInt32(b) << 16 | UInt32(c) << 8 | UInt32(d)
  }

  /// Parses dotted-quad text; nil for anything else (no leading zeros beyond "0").
  public init?(_ text: String) {
    let parts = text.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count == 4 else { return nil }
    var result: UInt32 = 0
    for part in parts {
      guard !part.isEmpty, part.count <= 3, part.allSatisfy(\.isASCII),
        part.allSatisfy(\.isNumber), let octet = UInt32(part), octet <= 255,
        part == "0" || !part.hasPrefix("0")
      else { return nil }
      result = result << 8 | octet
    }
    value = result
  }

  public var description: String {
    "\(value >> 24).\(value >> 16 & 0xFF).\(value >> 8 & 0xFF).\(value & 0xFF)"
  }

  /// The address with dots replaced by dashes, as in DNS pod records: `10-244-0-2`.
  public var dashed: String { description.replacingOccurrences(of: ".", with: "-") }

  public static func < (lhs: IPv4Address, rhs: IPv4Address) -> Bool { lhs.value < rhs.value }

  public func advanced(by offset: Int) -> IPv4Address {
    IPv4Address(UInt32(truncatingIfNeeded: Int64(value) + Int64(offset)))
  }
}

/// An IPv4 network in CIDR notation, such as `10.244.0.0/16`.
public struct IPv4Network: Hashable, Sendable, CustomStringConvertible {
  public var base: IPv4Address
  public var prefixLength: Int

  public init(_ base: IPv4Address, prefixLength: Int) {
    self.prefixLength = prefixLength
    self.base = IPv4Address(base.value & IPv4Network.mask(prefixLength))
  }

  public init?(_ text: String) {
    let parts = text.split(separator: "/")
    guard parts.count == 2, let address = IPv4Address(String(parts[0])),
      let length = Int(parts[1]), (0...32).contains(length)
    else { return nil }
    self.init(address, prefixLength: length)
  }

  static func mask(_ length: Int) -> UInt32 {
    length == 0 ? 0 : UInt32.max << UInt32(32 - length)
  }

  /// Number of addresses in the network.
  public var size: Int { 1 << (32 - prefixLength) }

  public func contains(_ address: IPv4Address) -> Bool {
    address.value & IPv4Network.mask(prefixLength) == base.value
  }

  /// The address at `offset` from the network address.
  public func address(at offset: Int) -> IPv4Address { base.advanced(by: offset) }

  public var description: String { "\(base)/\(prefixLength)" }
}
