extension ImageInfo.App {
  /// The HTTP status the app answers for `path`, or nil when the app does not speak HTTP.
  public func httpStatus(path: String) -> Int? {
    let clean = path.split(separator: "?").first.map(String.init) ?? path
    switch self {
    case .nginx:
      return ["/", "", "/index.html", "/50x.html"].contains(clean) ? 200 : 404
    case .httpd:
      return ["/", "", "/index.html"].contains(clean) ? 200 : 404
    case .helloApp, .httpEcho:
      return 200
    case .apiServer:
      return ["/healthz", "/livez", "/readyz", "/version"].contains(clean) ? 200 : 403
    case .coreDNS:
      return ["/metrics", "/health", "/ready"].contains(clean) ? 200 : 404
    case .redis, .postgres, .none:
      return nil
    }
  }

  /// The ports the app listens on.
  public var httpPorts: [Int32] {
    switch self {
    case .nginx, .httpd: return [80]
    case .helloApp: return [8080]
    case .httpEcho: return [5678]
    case .coreDNS: return [8080, 8181, 9153]
    case .apiServer: return [6443]
    default: return []
    }
  }
}
