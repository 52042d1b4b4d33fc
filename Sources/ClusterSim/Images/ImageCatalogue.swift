/// What a container image does when it runs: which ports it listens on, what it answers,
/// which tools it ships, and whether its default command keeps running.
public struct ImageInfo: Equatable, Hashable, Sendable {
  /// The application behind an image's listening ports.
  public enum App: Equatable, Hashable, Sendable {
    /// The nginx welcome page on port 80.
    case nginx
    /// Apache httpd's "It works!" on port 80.
    case httpd
    /// Google's hello-app on port 8080: answers with its version and the pod's hostname.
    case helloApp(version: String)
    /// hashicorp/http-echo on port 5678: answers with the text given by `-text=`.
    case httpEcho
    /// redis on 6379: not HTTP.
    case redis
    /// PostgreSQL on 5432: not HTTP; exits unless POSTGRES_PASSWORD is set.
    case postgres
    /// CoreDNS: DNS on 53 and metrics on 9153.
    case coreDNS
    /// The Kubernetes API server on 6443 (HTTPS).
    case apiServer
    /// Nothing listens.
    case none
  }

  /// How the image's default command behaves with no command given.
  public enum Lifetime: Equatable, Hashable, Sendable {
    /// A server or agent that keeps running.
    case runsForever
    /// A shell or tool that exits at once (busybox runs `sh`, which exits without a TTY).
    case exits(code: Int32)
  }

  /// The repository as given (`nginx`, `gcr.io/google-samples/hello-app`).
  public var repository: String
  /// The fully qualified name containerd reports: `docker.io/library/nginx`.
  public var canonicalRepository: String
  public var app: App
  public var ports: [Int32]
  public var lifetime: Lifetime
  /// Commands available inside the container (`sh`, `curl`, `wget`, `nslookup`, ...).
  public var tools: Set<String>
  public var sizeBytes: Int
  /// Tags that exist in the registry; `nil` accepts any tag.
  public var tagPattern: (@Sendable (String) -> Bool)?
  /// Whether the container stops at once on SIGTERM (servers) or waits for the grace period
  /// (a shell running `sleep`).
  public var handlesSigterm: Bool

  public static func == (lhs: ImageInfo, rhs: ImageInfo) -> Bool {
    lhs.repository == rhs.repository
  }

  public func hash(into hasher: inout Hasher) { hasher.combine(repository) }

  public func listens(on port: Int32) -> Bool { ports.contains(port) }
}

/// A parsed image reference, e.g. `nginx:1.27` or `gcr.io/google-samples/hello-app:1.0`.
public struct ImageReference: Equatable, Hashable, Sendable {
  public var repository: String
  public var tag: String

  public init(_ text: String) {
    var name = text
    if let at = name.firstIndex(of: "@") { name = String(name[..<at]) }
    let slash = name.lastIndex(of: "/")
    if let colon = name.lastIndex(of: ":"), slash.map({ colon > $0 }) ?? true {
      repository = String(name[..<colon])
      tag = String(name[name.index(after: colon)...])
    } else {
      repository = name
      tag = "latest"
    }
  }

  /// Why the container runtime cannot parse `text` as an image reference, in its words; nil
  /// when it can (a `[registry/]path[:tag][@digest]` with lowercase path components).
  public static func parseFailure(_ text: String) -> String? {
    func isComponent(_ part: Substring) -> Bool {
      let alnum = { (c: Character) in ("a"..."z").contains(c) || ("0"..."9").contains(c) }
      guard let first = part.first, let last = part.last else { return false }
      return alnum(first) && alnum(last) && part.allSatisfy { alnum($0) || "._-".contains($0) }
    }
    var name = Substring(text)
    if let at = name.firstIndex(of: "@") {
      let digest = name[name.index(after: at)...]
      guard digest.hasPrefix("sha256:"), digest.count == 71 else { return "invalid reference format" }
      name = name[..<at]
    }
    var parts = name.split(separator: "/", omittingEmptySubsequences: false)
    guard let lastPart = parts.last else { return "invalid reference format" }
    if let colon = lastPart.firstIndex(of: ":") {
      let tag = lastPart[lastPart.index(after: colon)...]
      let tagOK = !tag.isEmpty && tag.count <= 128 && tag.first != "." && tag.first != "-"
        && tag.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "_.-".contains($0)) }
      guard tagOK else { return "invalid reference format" }
      parts[parts.count - 1] = lastPart[..<colon]
    }
    // A first part with a dot, a port or "localhost" is a registry, which may have capitals.
    if parts.count > 1, let registry = parts.first,
      registry.contains(".") || registry.contains(":") || registry == "localhost"
    {
      parts.removeFirst()
    }
    if parts.contains(where: { $0.contains(where: \.isUppercase) }) {
      return "invalid reference format: repository name (\(parts.joined(separator: "/"))) must be lowercase"
    }
    return parts.allSatisfy(isComponent) ? nil : "invalid reference format"
  }

  /// The name containerd uses: `docker.io/library/nginx:latest`.
  public var canonical: String { "\(ImageCatalogue.canonicalRepository(repository)):\(tag)" }
}

/// The images the simulated registry knows.
///
/// Anything else fails to pull, as a misspelled image does on a real cluster.
public enum ImageCatalogue {
  static func version(_ tag: String, upTo maxMinor: Int, major: Int = 1) -> Bool {
    // A version, optionally with one of the variants these images publish (1.27-alpine,
    // 1.27.5-bookworm); anything else after it is a tag that does not exist.
    let pieces = tag.split(separator: "-", maxSplits: 1).map(String.init)
    if pieces.count == 2,
      !["alpine", "bookworm", "bullseye", "perl", "alpine-slim", "alpine-perl", "slim", "glibc", "musl", "uclibc"].contains(pieces[1])
    {
      return false
    }
    let core = pieces.first ?? tag
    let parts = core.split(separator: ".").compactMap { Int($0) }
    guard parts.count == core.split(separator: ".").count, (1...3).contains(parts.count) else {
      return false
    }
    return parts[0] == major && (parts.count == 1 || parts[1] <= maxMinor)
  }

  public static let images: [ImageInfo] = [
    ImageInfo(
      repository: "nginx", canonicalRepository: "docker.io/library/nginx", app: .nginx, ports: [80],
      lifetime: .runsForever, tools: ["sh", "bash", "getent", "curl", "cat", "env", "printenv", "hostname", "ls", "echo", "sleep", "date", "true", "false", "grep", "sed", "awk", "head", "tail", "wc", "sort", "uniq", "cut", "tr", "tee", "seq", "base64"],
      sizeBytes: 72_195_292,
      tagPattern: { tag in
        ["latest", "stable", "mainline", "alpine", "stable-alpine", "mainline-alpine"].contains(tag)
          || version(tag, upTo: 27)
      }, handlesSigterm: true),
    ImageInfo(
      repository: "httpd", canonicalRepository: "docker.io/library/httpd", app: .httpd, ports: [80],
      lifetime: .runsForever, tools: ["sh", "bash", "getent", "cat", "env", "printenv", "hostname", "ls", "echo", "sleep", "date", "true", "false", "grep", "sed", "awk", "head", "tail", "wc", "sort", "uniq", "cut", "tr", "tee", "seq", "base64"],
      sizeBytes: 58_187_405,
      tagPattern: { tag in
        ["latest", "alpine"].contains(tag) || version(tag, upTo: 4, major: 2)
      }, handlesSigterm: true),
    ImageInfo(
      repository: "gcr.io/google-samples/hello-app",
      canonicalRepository: "gcr.io/google-samples/hello-app", app: .helloApp(version: "1.0.0"),
      ports: [8080], lifetime: .runsForever, tools: [], sizeBytes: 4_315_291,
      tagPattern: { ["1.0", "2.0"].contains($0) }, handlesSigterm: true),
    ImageInfo(
      repository: "hashicorp/http-echo", canonicalRepository: "docker.io/hashicorp/http-echo",
      app: .httpEcho, ports: [5678], lifetime: .runsForever, tools: [], sizeBytes: 3_466_012,
      tagPattern: { ["latest", "1.0", "1.0.0", "0.2.3"].contains($0) }, handlesSigterm: true),
    ImageInfo(
      repository: "redis", canonicalRepository: "docker.io/library/redis", app: .redis,
      ports: [6379], lifetime: .runsForever,
      tools: ["sh", "bash", "getent", "redis-cli", "cat", "env", "printenv", "hostname", "ls", "echo", "sleep", "date", "true", "false", "grep", "sed", "awk", "head", "tail", "wc", "sort", "uniq", "cut", "tr", "tee", "seq", "base64"],
      sizeBytes: 45_115_217,
      tagPattern: { tag in ["latest", "alpine"].contains(tag) || version(tag, upTo: 4, major: 7) },
      handlesSigterm: true),
    ImageInfo(
      repository: "postgres", canonicalRepository: "docker.io/library/postgres", app: .postgres,
      ports: [5432], lifetime: .runsForever,
      tools: ["sh", "bash", "getent", "psql", "cat", "env", "printenv", "hostname", "ls", "echo", "sleep", "date", "true", "false", "grep", "sed", "awk", "head", "tail", "wc", "sort", "uniq", "cut", "tr", "tee", "seq", "base64"], sizeBytes: 158_204_112,
      tagPattern: { tag in ["latest", "alpine"].contains(tag) || version(tag, upTo: 0, major: 17) },
      handlesSigterm: true),
    ImageInfo(
      repository: "busybox", canonicalRepository: "docker.io/library/busybox", app: .none, ports: [],
      lifetime: .exits(code: 0),
      tools: [
        "sh", "wget", "nslookup", "ping", "ip", "nc", "telnet", "ps", "which", "cat", "env", "printenv", "hostname", "ls", "echo", "sleep", "date", "true", "false", "grep", "sed", "awk", "head", "tail", "wc", "sort", "uniq", "cut", "tr", "tee", "seq", "base64",
      ], sizeBytes: 2_167_089,
      tagPattern: { tag in
        ["latest", "stable", "musl", "glibc", "uclibc"].contains(tag) || version(tag, upTo: 37)
      }, handlesSigterm: false),
    ImageInfo(
      repository: "alpine", canonicalRepository: "docker.io/library/alpine", app: .none, ports: [],
      lifetime: .exits(code: 0),
      tools: [
        "sh", "wget", "nslookup", "ping", "ip", "nc", "ps", "which", "cat", "env", "printenv", "hostname", "ls", "echo", "sleep", "date", "true", "false", "grep", "sed", "awk", "head", "tail", "wc", "sort", "uniq", "cut", "tr", "tee", "seq", "base64",
      ], sizeBytes: 3_623_807,
      tagPattern: { tag in ["latest", "edge"].contains(tag) || version(tag, upTo: 21, major: 3) },
      handlesSigterm: false),
    ImageInfo(
      repository: "curlimages/curl", canonicalRepository: "docker.io/curlimages/curl", app: .none,
      ports: [], lifetime: .exits(code: 2),
      tools: [
        "sh", "curl", "wget", "nslookup", "ping", "cat", "env", "printenv", "hostname", "ls", "echo", "sleep", "date", "true", "false", "grep", "sed", "awk", "head", "tail", "wc", "sort", "uniq", "cut", "tr", "tee", "seq", "base64",
      ], sizeBytes: 11_926_013,
      tagPattern: { tag in tag == "latest" || version(tag, upTo: 12, major: 8) },
      handlesSigterm: false),
    ImageInfo(
      repository: "nicolaka/netshoot", canonicalRepository: "docker.io/nicolaka/netshoot",
      app: .none, ports: [], lifetime: .exits(code: 0),
      tools: [
        "sh", "bash", "curl", "wget", "nslookup", "dig", "ping", "ip", "nc", "ps", "cat", "env", "printenv", "hostname", "ls", "echo", "sleep", "date", "true", "false", "grep", "sed", "awk", "head", "tail", "wc", "sort", "uniq", "cut", "tr", "tee", "seq", "base64",
      ], sizeBytes: 201_318_440, tagPattern: { ["latest", "v0.13"].contains($0) },
      handlesSigterm: false),
    ImageInfo(
      repository: "registry.k8s.io/pause", canonicalRepository: "registry.k8s.io/pause", app: .none,
      ports: [], lifetime: .runsForever, tools: [], sizeBytes: 320_368,
      tagPattern: { ["3.9", "3.10"].contains($0) }, handlesSigterm: true),
    ImageInfo(
      repository: "registry.k8s.io/coredns/coredns", canonicalRepository: "registry.k8s.io/coredns/coredns",
      app: .coreDNS, ports: [53, 8080, 8181, 9153], lifetime: .runsForever, tools: [], sizeBytes: 18_562_039,
      tagPattern: nil, handlesSigterm: true),
    ImageInfo(
      repository: "registry.k8s.io/kube-apiserver", canonicalRepository: "registry.k8s.io/kube-apiserver",
      app: .apiServer, ports: [6443], lifetime: .runsForever, tools: [], sizeBytes: 28_664_839,
      tagPattern: nil, handlesSigterm: true),
  ]
    + ["etcd", "kube-controller-manager", "kube-scheduler", "kube-proxy"].map { name in
      ImageInfo(
        repository: "registry.k8s.io/\(name)", canonicalRepository: "registry.k8s.io/\(name)",
        app: .none, ports: [], lifetime: .runsForever, tools: [], sizeBytes: 26_000_000,
        tagPattern: nil, handlesSigterm: true)
    }
    + [
      ("docker.io/flannel/flannel", 32_000_000), ("quay.io/metallb/controller", 30_000_000),
      ("quay.io/metallb/speaker", 50_000_000),
    ].map { name, size in
      ImageInfo(
        repository: name, canonicalRepository: name, app: .none, ports: [], lifetime: .runsForever,
        tools: [], sizeBytes: size, tagPattern: nil, handlesSigterm: true)
    }

  /// `nginx` → `docker.io/library/nginx`; `bitnami/nginx` → `docker.io/bitnami/nginx`.
  public static func canonicalRepository(_ repository: String) -> String {
    let first = repository.split(separator: "/").first.map(String.init) ?? repository
    let hasRegistry = repository.contains("/") && (first.contains(".") || first.contains(":") || first == "localhost")
    if hasRegistry { return repository }
    if repository.contains("/") { return "docker.io/\(repository)" }
    return "docker.io/library/\(repository)"
  }

  /// The catalogue entry for an image reference, or nil when the registry has no such
  /// repository or tag.
  public static func lookup(_ image: String) -> ImageInfo? {
    let reference = ImageReference(image)
    let canonical = canonicalRepository(reference.repository)
    guard let info = images.first(where: { $0.canonicalRepository == canonical }) else {
      return nil
    }
    if let pattern = info.tagPattern, !pattern(reference.tag) { return nil }
    var result = info
    if case .helloApp = info.app {
      result.app = .helloApp(version: reference.tag == "2.0" ? "2.0.0" : "1.0.0")
    }
    return result
  }

  /// Why a pull of `image` fails, worded as containerd words it; nil when it succeeds.
  public static func pullFailure(_ image: String) -> String? {
    guard lookup(image) == nil else { return nil }
    let reference = ImageReference(image)
    let canonical = reference.canonical
    let repository = canonicalRepository(reference.repository)
    if images.contains(where: { $0.canonicalRepository == repository }) {
      return "failed to pull and unpack image \"\(canonical)\": failed to resolve reference \"\(canonical)\": \(canonical): not found"
    }
    return "failed to pull and unpack image \"\(canonical)\": failed to resolve reference \"\(canonical)\": pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed"
  }

  /// A stable digest for an image, so image IDs look real and never change between runs.
  public static func digest(_ image: String) -> String {
    ImageFacts.shared.digest(image)
  }

  static func computeDigest(_ image: String) -> String {
    var hashes: [UInt64] = [0xCBF2_9CE4_8422_2325, 0x8422_2325_CBF2_9CE4, 0x1234_5678_9ABC_DEF0, 0x0FED_CBA9_8765_4321]
    for index in hashes.indices {
      for byte in ImageReference(image).canonical.utf8 {
        hashes[index] ^= UInt64(byte)
        hashes[index] &*= 0x100_0000_01B3
      }
      hashes[index] ^= UInt64(index) &* 0x9E37_79B9_7F4A_7C15
    }
    return hashes.map { hash in
      let text = String(hash, radix: 16)
      return String(repeating: "0", count: 16 - text.count) + text
    }.joined()
  }
}

import Foundation

/// Remembers facts derived from image names, which controllers ask for again and again.
final class ImageFacts: @unchecked Sendable {
  static let shared = ImageFacts()
  private let lock = NSLock()
  private var digests: [String: String] = [:]
  private var canonicals: [String: String] = [:]

  func digest(_ image: String) -> String {
    lock.lock()
    if let known = digests[image] { lock.unlock(); return known }
    lock.unlock()
    let value = ImageCatalogue.computeDigest(image)
    lock.lock()
    digests[image] = value
    lock.unlock()
    return value
  }

  func canonical(_ image: String) -> String {
    lock.lock()
    if let known = canonicals[image] { lock.unlock(); return known }
    lock.unlock()
    let value = ImageReference(image).canonical
    lock.lock()
    canonicals[image] = value
    lock.unlock()
    return value
  }
}
