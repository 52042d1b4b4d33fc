/// What the web servers of the image catalogue answer, and the lines they log.
public enum HTTPApps {
  static let nginxWelcome = """
    <!DOCTYPE html>
    <html>
    <head>
    <title>Welcome to nginx!</title>
    <style>
    html { color-scheme: light dark; }
    body { width: 35em; margin: 0 auto;
    font-family: Tahoma, Verdana, Arial, sans-serif; }
    </style>
    </head>
    <body>
    <h1>Welcome to nginx!</h1>
    <p>If you see this page, the nginx web server is successfully installed and
    working. Further configuration is required.</p>

    <p>For online documentation and support please refer to
    <a href="http://nginx.org/">nginx.org</a>.<br/>
    Commercial support is available at
    <a href="http://nginx.com/">nginx.com</a>.</p>

    <p><em>Thank you for using nginx.</em></p>
    </body>
    </html>

    """

  /// The nginx release an image tag carries (`nginx:1.25` → 1.25.5; no tag → the current 1.27.5).
  public static func nginxVersion(_ image: String) -> String {
    let tag = ImageReference(image).tag
    let parts = tag.split(separator: "-").first.map { $0.split(separator: ".") } ?? []
    if parts.count == 3 { return parts.joined(separator: ".") }
    if parts.count == 2 {
      let minor = Int(parts[1]) ?? 27
      let patch = [27: 5, 26: 3, 25: 5, 24: 0, 23: 4, 22: 1, 21: 6][minor] ?? 0
      return "1.\(minor).\(patch)"
    }
    return "1.27.5"
  }

  static func nginxError(_ status: Int, version: String) -> String {
    let title = "\(status) \(HTTPText.reason(status))"
    return "<html>\n<head><title>\(title)</title></head>\n<body>\n<center><h1>\(title)</h1></center>\n<hr><center>nginx/\(version)</center>\n</body>\n</html>\n"
  }

  /// The status, body and headers an app answers, or nil when it does not speak HTTP.
  static func answer(image: ImageInfo, container: Container, pod: Pod, path: String, method: String, date: String)
    -> (Int, String, [(String, String)])?
  {
    guard let status = image.app.httpStatus(path: path) else { return nil }
    switch image.app {
    case .nginx:
      let version = nginxVersion(container.image)
      let body = status == 200 ? nginxWelcome : nginxError(status, version: version)
      var headers: [(String, String)] = [
        ("Server", "nginx/\(version)"), ("Date", date), ("Content-Type", "text/html"),
        ("Content-Length", String(body.utf8.count)),
      ]
      if status == 200 {
        headers += [("Last-Modified", "Wed, 16 Apr 2025 12:01:11 GMT"), ("Connection", "keep-alive"), ("ETag", "\"67ff9c07-267\""), ("Accept-Ranges", "bytes")]
      } else {
        headers.append(("Connection", "keep-alive"))
      }
      return (status, body, headers)
    case .httpd:
      let body = status == 200
        ? "<html><body><h1>It works!</h1></body></html>\n"
        : "<!DOCTYPE HTML PUBLIC \"-//IETF//DTD HTML 2.0//EN\">\n<html><head>\n<title>404 Not Found</title>\n</head><body>\n<h1>Not Found</h1>\n<p>The requested URL was not found on this server.</p>\n</body></html>\n"
      return (status, body, [
        ("Date", date), ("Server", "Apache/2.4.63 (Unix)"), ("Last-Modified", "Mon, 11 Jun 2007 18:53:14 GMT"),
        ("ETag", "\"2d-432a5e4a73a80\""), ("Accept-Ranges", "bytes"), ("Content-Length", String(body.utf8.count)),
        ("Content-Type", "text/html"),
      ])
    case .helloApp(let version):
      let body = "Hello, world!\nVersion: \(version)\nHostname: \(pod.spec.hostname ?? pod.name)\n"
      return (200, body, [("Content-Type", "text/plain; charset=utf-8"), ("Date", date), ("Content-Length", String(body.utf8.count))])
    case .httpEcho:
      let text = (container.args ?? []).first { $0.hasPrefix("-text=") }.map { String($0.dropFirst(6)) }
        ?? (container.args ?? []).firstIndex(of: "-text").flatMap { index in
          index + 1 < (container.args ?? []).count ? container.args![index + 1] : nil
        } ?? "hello-world"
      let body = text + "\n"
      return (200, body, [("X-App-Name", "http-echo"), ("X-App-Version", "1.0.0"), ("Date", date), ("Content-Length", String(body.utf8.count)), ("Content-Type", "text/plain; charset=utf-8")])
    case .coreDNS:
      let body = path == "/metrics" ? "# HELP coredns_build_info A metric with a constant '1' value labeled by version, revision, and goversion from which CoreDNS was built.\n# TYPE coredns_build_info gauge\ncoredns_build_info{goversion=\"go1.21.11\",revision=\"a6338e9\",version=\"1.11.3\"} 1\n" : "OK"
      return (status, body, [("Content-Type", "text/plain; charset=utf-8"), ("Date", date)])
    default:
      return nil
    }
  }

  /// The access log line an app writes for a request, if it logs requests.
  static func logLine(image: ImageInfo, client: String, method: String, path: String, status: Int, bytes: Int, agent: String, at time: Instant) -> String? {
    let parts = time.rfc1123Z.split(separator: " ")
    let stamp = "\(parts[1])/\(parts[2])/\(parts[3]):\(parts[4]) +0000"
    switch image.app {
    case .nginx:
      return "\(client) - - [\(stamp)] \"\(method) \(path) HTTP/1.1\" \(status) \(method == "HEAD" ? 0 : bytes) \"-\" \"\(agent)\" \"-\""
    case .httpd:
      return "\(client) - - [\(stamp)] \"\(method) \(path) HTTP/1.1\" \(status) \(method == "HEAD" ? "-" : String(bytes))"
    case .helloApp:
      let text = time.rfc3339
      return text.prefix(10).replacingOccurrences(of: "-", with: "/") + " " + text.dropFirst(11).prefix(8) + " Serving request: \(path)"
    default:
      return nil
    }
  }
}
