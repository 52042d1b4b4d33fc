/// The few hosts of the simulated world outside the cluster. Anything else does not resolve.
public enum Internet {
  public struct Site: Equatable, Sendable {
    public var name: String
    public var address: IPv4Address
    public var body: String
    public var server: String
  }

  /// Names that resolve outside the cluster (documented in the README).
  public static let sites: [Site] = [
    Site(
      name: "example.com", address: IPv4Address(93, 184, 215, 14),
      body:
        "<!doctype html>\n<html>\n<head>\n    <title>Example Domain</title>\n</head>\n<body>\n<div>\n    <h1>Example Domain</h1>\n    <p>This domain is for use in illustrative examples in documents.</p>\n</div>\n</body>\n</html>\n",
      server: "ECS (dcb/7F83)"),
    Site(
      name: "www.example.com", address: IPv4Address(93, 184, 215, 14),
      body:
        "<!doctype html>\n<html>\n<head>\n    <title>Example Domain</title>\n</head>\n<body>\n<div>\n    <h1>Example Domain</h1>\n    <p>This domain is for use in illustrative examples in documents.</p>\n</div>\n</body>\n</html>\n",
      server: "ECS (dcb/7F83)"),
    Site(
      name: "kubernetes.io", address: IPv4Address(147, 75, 40, 148),
      body: "<!doctype html><html lang=\"en\"><head><title>Kubernetes</title></head><body>Production-Grade Container Orchestration</body></html>\n",
      server: "Netlify"),
  ]

  public static func site(named name: String) -> Site? {
    let clean = name.hasSuffix(".") ? String(name.dropLast()) : name
    return sites.first { $0.name == clean.lowercased() }
  }

  public static func site(at address: IPv4Address) -> Site? {
    sites.first { $0.address == address }
  }
}
