import Foundation

/// An HTTP request as curl or wget sends it.
public struct HTTPRequest: Equatable, Sendable {
  public var url: String
  public var method: String
  public var userAgent: String
  public var insecure: Bool

  public init(url: String, method: String = "GET", userAgent: String, insecure: Bool = false) {
    self.url = url
    self.method = method
    self.userAgent = userAgent
    self.insecure = insecure
  }

  /// scheme, host, port and path of the URL (`web` → http, web, 80, /).
  public var parts: (scheme: String, host: String, port: Int32, path: String)? {
    var rest = Substring(url)
    var scheme = "http"
    if let range = rest.range(of: "://") {
      scheme = rest[..<range.lowerBound].lowercased()
      rest = rest[range.upperBound...]
    }
    guard scheme == "http" || scheme == "https" else { return nil }
    let slash = rest.firstIndex(of: "/") ?? rest.endIndex
    var authority = rest[..<slash]
    let path = slash == rest.endIndex ? "/" : String(rest[slash...])
    if let at = authority.lastIndex(of: "@") { authority = authority[authority.index(after: at)...] }
    var port: Int32 = scheme == "https" ? 443 : 80
    var host = String(authority)
    if let colon = authority.lastIndex(of: ":") {
      guard let number = Int32(authority[authority.index(after: colon)...]), (1...65535).contains(number) else {
        return nil
      }
      port = number
      host = String(authority[..<colon])
    }
    guard !host.isEmpty else { return nil }
    return (scheme, host, port, path)
  }
}

/// How an HTTP request failed before an answer came back.
public enum HTTPFailure: Equatable, Sendable {
  case badURL
  case unresolved(host: String)
  case dnsTimeout(host: String)
  case refused(address: String, port: Int32)
  case timedOut(address: String, port: Int32)
  case noRoute(address: String, port: Int32)
  /// TLS spoken to a plain HTTP server, or a certificate that curl will not trust.
  case tlsWrongVersion
  case tlsUntrusted
  /// The server's certificate does not name the host the client asked for (https through an
  /// ExternalName alias, or to an IP). The answer is still there for clients that do not check.
  case tlsNameMismatch(host: String)
  /// The server closed the connection without answering (redis, postgres).
  case emptyReply
  /// The server answered with something that is not HTTP (sshd).
  case notHTTP
}

/// A request and what came back.
public struct HTTPExchange: Equatable, Sendable {
  public var record: ConnectionRecord
  public var address: String?
  public var port: Int32
  public var failure: HTTPFailure?
  public var status: Int
  public var reason: String
  public var headers: [HTTPHeader]
  public var body: String

  public struct HTTPHeader: Equatable, Hashable, Sendable {
    public var name: String
    public var value: String
  }

  public init(
    record: ConnectionRecord, address: String?, port: Int32, failure: HTTPFailure?, status: Int,
    reason: String, headers: [HTTPHeader], body: String
  ) {
    self.record = record
    self.address = address
    self.port = port
    self.failure = failure
    self.status = status
    self.reason = reason
    self.headers = headers
    self.body = body
  }
}

extension ClusterState {
  /// Sends an HTTP request from `host`: DNS, kube-proxy, the pod's app, and its access log.
  public mutating func http(_ request: HTTPRequest, from host: NetworkHost) -> HTTPExchange {
    let sourceAddress = address(of: host)?.description ?? ""
    var record = ConnectionRecord(source: host, sourceAddress: sourceAddress, target: request.url, verdict: .timedOut, reason: "")
    func failed(_ failure: HTTPFailure, _ verdict: ConnectionRecord.Verdict, _ reason: String, address: String? = nil, port: Int32 = 0) -> HTTPExchange {
      record.verdict = verdict
      record.reason = reason
      network.lastConnection = record
      return HTTPExchange(record: record, address: address, port: port, failure: failure, status: 0, reason: "", headers: [], body: "")
    }
    guard let parts = request.parts else { return failed(.badURL, .unresolved, "the URL is malformed") }
    var target: IPv4Address
    switch resolve(parts.host, from: host) {
    case .addresses(let fqdn, let cname, let addresses):
      guard let first = addresses.first else {
        return failed(.unresolved(host: parts.host), .unresolved, "\(parts.host) is a CNAME to \(cname ?? "?"), which does not resolve")
      }
      target = first
      if IPv4Address(parts.host) == nil {
        record.hops.append(ConnectionHop(.dns, first.description, cname.map { "\(parts.host) → CNAME \($0) → \(first)" } ?? "\(parts.host) → \(fqdn) → \(first)"))
      }
    case .nxdomain(let name):
      let why = usesClusterDNS(host)
        ? "cluster DNS has no record for \(parts.host) (last tried \(name))"
        : "\(host) does not use cluster DNS; its resolver knows only the internet and /etc/hosts"
      return failed(.unresolved(host: parts.host), .unresolved, why)
    case .timeout:
      return failed(.dnsTimeout(host: parts.host), .unresolved, "no DNS server answered: the kube-dns Service has no ready CoreDNS pods")
    }
    let outcome = connectTCP(from: host, to: target, port: parts.port)
    let dnsHops = record.hops
    switch outcome {
    case .refused(let hops, let reason):
      record.hops = dnsHops + hops
      return failed(.refused(address: target.description, port: parts.port), .refused, reason, address: target.description, port: parts.port)
    case .timedOut(let hops, let reason, let noRoute):
      record.hops = dnsHops + hops
      return failed(
        noRoute ? .noRoute(address: target.description, port: parts.port) : .timedOut(address: target.description, port: parts.port),
        .timedOut, reason, address: target.description, port: parts.port)
    case .connected(let end, let hops, let seen):
      record.hops = dnsHops + hops
      var exchange = respond(end, request: request, path: parts.path, scheme: parts.scheme, clientAddress: seen)
      exchange.record.source = host
      exchange.record.sourceAddress = sourceAddress
      exchange.record.target = request.url
      exchange.record.hops = record.hops
      exchange.address = target.description
      exchange.port = parts.port
      network.lastConnection = exchange.record
      return exchange
    }
  }

  /// What the thing at the end of a connection answers.
  mutating func respond(_ end: ConnectionEnd, request: HTTPRequest, path: String, scheme: String, clientAddress: String) -> HTTPExchange {
    var record = ConnectionRecord(source: .laptop, sourceAddress: "", target: "", verdict: .answered, reason: "")
    let date = HTTPText.date(now)
    func answer(_ status: Int, _ body: String, _ headers: [(String, String)], pod: String? = nil) -> HTTPExchange {
      record.httpStatus = status
      record.body = body
      record.endpointPod = pod
      record.reason = "answered \(status) \(HTTPText.reason(status))"
      return HTTPExchange(
        record: record, address: nil, port: 0, failure: nil, status: status, reason: HTTPText.reason(status),
        headers: headers.map { HTTPExchange.HTTPHeader(name: $0.0, value: $0.1) }, body: request.method == "HEAD" ? "" : body)
    }
    func failure(_ kind: HTTPFailure, _ reason: String) -> HTTPExchange {
      record.verdict = kind == .emptyReply || kind == .notHTTP ? .answered : .refused
      record.reason = reason
      return HTTPExchange(record: record, address: nil, port: 0, failure: kind, status: 0, reason: "", headers: [], body: "")
    }
    switch end {
    case .internet(let name):
      guard let site = Internet.site(named: name) else { return failure(.emptyReply, "no answer") }
      var exchange = answer(200, site.body, [("Content-Type", "text/html; charset=UTF-8"), ("Date", date), ("Server", site.server), ("Content-Length", String(site.body.utf8.count))])
      // A site's certificate names the site (and its siblings at the same address), not an
      // alias such as an ExternalName Service.
      if scheme == "https", let asked = request.parts?.host.lowercased(),
        !Internet.sites.contains(where: { $0.address == site.address && $0.name == asked })
      {
        exchange.failure = .tlsNameMismatch(host: asked)
        exchange.record.verdict = .refused
        exchange.record.reason = "the certificate of \(site.name) does not name \(asked)"
      }
      return exchange
    case .node(let nodeName, let port):
      switch port {
      case 6443, 10250, 10257, 10259:
        if scheme == "http" {
          return answer(400, "Client sent an HTTP request to an HTTPS server.\n", [("Content-Type", "text/plain; charset=utf-8"), ("Connection", "close")])
        }
        guard request.insecure else { return failure(.tlsUntrusted, "the server's certificate is signed by the cluster's own CA") }
        if port == 6443 {
          if ["/healthz", "/livez", "/readyz"].contains(path) { return answer(200, "ok", [("Content-Type", "text/plain; charset=utf-8"), ("Date", date)]) }
          if path == "/version" {
            let body = "{\n  \"major\": \"1\",\n  \"minor\": \"32\",\n  \"gitVersion\": \"v1.32.4\",\n  \"goVersion\": \"go1.23.6\",\n  \"platform\": \"linux/amd64\"\n}"
            return answer(200, body, [("Content-Type", "application/json"), ("Date", date)])
          }
          let body = "{\n  \"kind\": \"Status\",\n  \"apiVersion\": \"v1\",\n  \"metadata\": {},\n  \"status\": \"Failure\",\n  \"message\": \"forbidden: User \\\"system:anonymous\\\" cannot get path \\\"\(path)\\\"\",\n  \"reason\": \"Forbidden\",\n  \"details\": {},\n  \"code\": 403\n}"
          return answer(403, body, [("Content-Type", "application/json"), ("Date", date)])
        }
        return answer(401, "Unauthorized", [("Content-Type", "text/plain; charset=utf-8"), ("Date", date)])
      case 22:
        return failure(.notHTTP, "sshd on \(nodeName) speaks SSH, not HTTP")
      case _ where healthCheckService(port: port) != nil:
        let (status, body, count) = healthCheckAnswer(healthCheckService(port: port)!, node: nodeName)
        return answer(status, body, [
          ("Content-Type", "application/json"), ("X-Content-Type-Options", "nosniff"),
          ("X-Load-Balancing-Endpoint-Weight", String(count)), ("Date", date), ("Content-Length", String(body.utf8.count)),
        ])
      case 10256:
        return answer(200, "{\"lastUpdated\": \"\(now.rfc3339)\",\"currentTime\": \"\(now.rfc3339)\", \"nodeEligible\": true}", [("Content-Type", "application/json"), ("Date", date)])
      default:
        return failure(.emptyReply, "the process on \(nodeName):\(port) does not speak HTTP")
      }
    case .pod(let namespace, let name, let port):
      guard let pod = store.get(Pod.self, namespace, name) else { return failure(.emptyReply, "the pod is gone") }
      guard let container = pod.spec.containers.first(where: { ImageCatalogue.lookup($0.image)?.listens(on: port) == true }),
        let image = ImageCatalogue.lookup(container.image)
      else { return failure(.emptyReply, "nothing answers") }
      if scheme == "https" { return failure(.tlsWrongVersion, "\(pod.name) speaks plain HTTP on port \(port)") }
      let response = HTTPApps.answer(image: image, container: container, pod: pod, path: path, method: request.method, date: date)
      guard let (status, body, headers) = response else {
        // redis answers the request line with a RESP error before it hangs up; postgres just hangs up.
        if image.app == .redis { return failure(.notHTTP, "\(pod.name) speaks the redis protocol on \(port), not HTTP") }
        return failure(.emptyReply, "\(pod.name) listens on \(port) but does not speak HTTP")
      }
      if let uid = pod.metadata.uid, let line = HTTPApps.logLine(image: image, client: clientAddress, method: request.method, path: path, status: status, bytes: body.utf8.count, agent: request.userAgent, at: now) {
        network.accessLogs[uid, default: []].append(line)
      }
      return answer(status, body, headers, pod: "\(pod.namespace)/\(pod.name)")
    }
  }
}

/// Dates and reason phrases of HTTP.
public enum HTTPText {
  public static func date(_ instant: Instant) -> String {
    instant.rfc1123Z.replacingOccurrences(of: "+0000", with: "GMT")
  }

  public static func reason(_ status: Int) -> String {
    switch status {
    case 200: return "OK"
    case 301: return "Moved Permanently"
    case 400: return "Bad Request"
    case 401: return "Unauthorized"
    case 403: return "Forbidden"
    case 404: return "Not Found"
    default: return ""
    }
  }
}

extension ClusterState {
  /// A request sent straight to a pod's port (what `kubectl port-forward` does: through the
  /// API server and the kubelet, not through any Service).
  public mutating func httpToPod(namespace: String, name: String, port: Int32, request: HTTPRequest) -> HTTPExchange {
    let path = request.parts?.path ?? "/"
    var record = ConnectionRecord(source: .laptop, sourceAddress: "127.0.0.1", target: request.url, verdict: .refused, reason: "")
    record.hops = [
      ConnectionHop(.source, "127.0.0.1", "kubectl port-forward on the laptop"),
      ConnectionHop(.service, "\(ClusterOptions.nodeAddress(0)):6443", "the API server streams to the kubelet"),
    ]
    guard let pod = store.get(Pod.self, namespace, name), let ip = pod.status.podIP else {
      record.reason = "the pod \(name) is gone"
      return HTTPExchange(record: record, address: "127.0.0.1", port: port, failure: .emptyReply, status: 0, reason: "", headers: [], body: "")
    }
    record.hops.append(ConnectionHop(.destination, "\(ip):\(port)", "pod \(namespace)/\(name)"))
    guard listens(pod, port: port) else {
      record.reason = "pod \(name) does not listen on port \(port)"
      network.lastConnection = record
      return HTTPExchange(record: record, address: "127.0.0.1", port: port, failure: .emptyReply, status: 0, reason: "", headers: [], body: "")
    }
    var exchange = respond(.pod(namespace: namespace, name: name, port: port), request: request, path: path, scheme: "http", clientAddress: "127.0.0.1")
    exchange.record.source = .laptop
    exchange.record.sourceAddress = "127.0.0.1"
    exchange.record.target = request.url
    exchange.record.hops = record.hops
    exchange.address = "127.0.0.1"
    exchange.port = port
    network.lastConnection = exchange.record
    return exchange
  }
}
