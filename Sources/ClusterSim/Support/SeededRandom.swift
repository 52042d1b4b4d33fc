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
  public mutating func uuid() -> String {
    let digits = Array(hex(count: 32))
    var text = String(digits[0..<8]) + "-" + String(digits[8..<12]) + "-4"
    text += String(digits[13..<16]) + "-"
    text += String("89ab".randomElement(using: &self)!) + String(digits[17..<20]) + "-"
    text += String(digits[20..<32])
    return text
  }
}
