/// A deterministic random number generator (SplitMix64).
///
/// The same seed gives the same sequence on every platform, so `--seed` reproduces a
/// whole session: pod names, ClusterIPs, nodePorts and which endpoint answers a request.
public struct SeededRandom: RandomNumberGenerator, Hashable, Sendable {
  private var state: UInt64

  public init(seed: UInt64) { state = seed }

  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var mixed = state
    mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
    mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
    return mixed ^ (mixed >> 31)
  }

  /// A generator for one purpose, derived from a seed and a purpose name, so that draws for
  /// one purpose (say, network load balancing) never shift the names drawn for another.
  public static func stream(seed: UInt64, purpose: String) -> SeededRandom {
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    for byte in purpose.utf8 {
      hash ^= UInt64(byte)
      hash &*= 0x100_0000_01B3
    }
    var generator = SeededRandom(seed: seed ^ hash)
    _ = generator.next()
    return generator
  }
}

/// The separate random streams the cluster draws from.
public struct RandomStreams: Hashable, Sendable {
  public var names: SeededRandom
  public var serviceIPs: SeededRandom
  public var nodePorts: SeededRandom
  public var identifiers: SeededRandom
  public var timing: SeededRandom
  public var network: SeededRandom
  public var scheduling: SeededRandom

  public init(seed: UInt64) {
    names = .stream(seed: seed, purpose: "names")
    serviceIPs = .stream(seed: seed, purpose: "service-ips")
    nodePorts = .stream(seed: seed, purpose: "node-ports")
    identifiers = .stream(seed: seed, purpose: "identifiers")
    timing = .stream(seed: seed, purpose: "timing")
    network = .stream(seed: seed, purpose: "network")
    scheduling = .stream(seed: seed, purpose: "scheduling")
  }
}

extension SeededRandom {
  /// `count` characters drawn from `alphabet`.
  public mutating func string(count: Int, from alphabet: [Character]) -> String {
    String((0..<count).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &self)] })
  }

  /// Lower-case hexadecimal digits.
  public mutating func hex(count: Int) -> String {
    string(count: count, from: Array("0123456789abcdef"))
  }

  /// A random version-4 UUID in its usual text form.
  ///
  /// Draws as `hex(count: 32)` and one of "89ab" would (one `next()` each, the top bits: a
  /// power-of-two bound never rejects), written straight into bytes: a cluster at scale makes
  /// one per pod and per event.
  public mutating func uuid() -> String {
    let hex: [UInt8] = Array("0123456789abcdef".utf8)
    var digits = [UInt8](repeating: 0, count: 32)
    for index in 0..<32 { digits[index] = hex[Int(next() >> 60)] }
    let variant = Array("89ab".utf8)[Int(next() >> 62)]
    let dash = UInt8(ascii: "-")
    var text = [UInt8]()
    text.reserveCapacity(36)
    text += digits[0..<8]
    text.append(dash)
    text += digits[8..<12]
    text += [dash, UInt8(ascii: "4")]
    text += digits[13..<16]
    text += [dash, variant]
    text += digits[17..<20]
    text.append(dash)
    text += digits[20..<32]
    return String(decoding: text, as: UTF8.self)
  }
}
