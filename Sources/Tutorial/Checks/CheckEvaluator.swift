import ClusterSim
import Foundation
import Kubectl

/// Decides whether checks hold in a context. Pure: reachability is probed on a copy of the
/// cluster, so a check never writes an access log or moves the learner's cluster.
public enum CheckEvaluator {
  /// How many requests a reachability check sends: with three backends, a wrong one escapes
  /// all of them with a chance of (2/3)^16, under 0.2 %, and the same every time.
  static let probeRequests = 16
  /// The seed of a reachability check's own draws.
  static let probeSeed: UInt64 = 0x6B75_6265_7475_746F

  /// Evaluates every check (all must hold).
  public static func evaluate(_ checks: [Check], in context: CheckContext) -> CheckReport {
    var failures: [LocalizedText] = []
    var passed = true
    for check in checks {
      let report = evaluate(check, in: context)
      if !report.passed {
        passed = false
        failures += report.failures
      }
    }
    return CheckReport(passed: passed, failures: failures)
  }

  /// Evaluates one check.
  public static func evaluate(_ check: Check, in context: CheckContext) -> CheckReport {
    let own = check.explanation.map { [$0] } ?? []
    switch check.kind {
    case .all(let checks):
      let report = evaluate(checks, in: context)
      guard !report.passed else { return report }
      guard !own.isEmpty else { return CheckReport(passed: false, failures: report.failures) }
      // The group's own words, with what the first failing part of it found.
      let seen = checks.lazy.filter { !holds($0.kind, in: context) }
        .compactMap { observed($0.kind, in: context) }.first
      return CheckReport(
        passed: false,
        failures: own.map { text in
          seen.map { LocalizedText(en: text.en + " (" + $0.en + ")", ko: text.ko + " (" + $0.ko + ")") } ?? text
        })
    case .any(let checks):
      var failures: [LocalizedText] = []
      for inner in checks {
        let report = evaluate(inner, in: context)
        if report.passed { return report }
        failures += report.failures
      }
      return CheckReport(passed: false, failures: own.isEmpty ? Array(failures.prefix(1)) : own)
    case .not(let inner):
      let report = evaluate(inner, in: context)
      return CheckReport(passed: !report.passed, failures: report.passed ? own : [])
    default:
      let holds = holds(check.kind, in: context)
      guard !holds else { return CheckReport(passed: true) }
      // What the cluster holds now, after what it should hold: "(now: 10.244.1.9, ...)".
      guard let seen = observed(check.kind, in: context) else {
        return CheckReport(passed: false, failures: own)
      }
      return CheckReport(
        passed: false,
        failures: own.map {
          LocalizedText(en: $0.en + " (" + seen.en + ")", ko: $0.ko + " (" + seen.ko + ")")
        })
    }
  }

  /// What a failing endpoints or field check found, in words; nil for other kinds.
  static func observed(_ kind: CheckKind, in context: CheckContext) -> LocalizedText? {
    let state = context.state
    switch kind {
    case .endpoints(let service, let namespace, _):
      guard let endpoints = state.store.get(Endpoints.self, namespace, service) else {
        return LocalizedText(en: "there are no Endpoints \(service) now", ko: "지금은 엔드포인트 \(service)가 없습니다")
      }
      let ready = endpoints.subsets.flatMap(\.addresses).map(\.ip).sorted()
      guard !ready.isEmpty else {
        return LocalizedText(en: "it has no ready addresses now", ko: "지금은 준비된 주소가 없습니다")
      }
      let list = ready.joined(separator: ", ")
      return LocalizedText(en: "now: \(list)", ko: "지금: \(list)")
    case .field(let selection, let path, _, _):
      let objects = selection.objects(in: state)
      guard !objects.isEmpty else {
        return LocalizedText(en: "no such object now", ko: "지금은 그런 오브젝트가 없습니다")
      }
      guard let jsonPath = try? JSONPath(path) else { return nil }
      let values = objects.prefix(3).map { object -> String in
        let value = (try? jsonPath.evaluate(ServedObject.json(object))) ?? ""
        return value.isEmpty ? "<none>" : String(value.prefix(60))
      }
      let list = values.joined(separator: ", ") + (objects.count > 3 ? ", ..." : "")
      return LocalizedText(en: "now: \(list)", ko: "지금: \(list)")
    default:
      return nil
    }
  }

  /// Whether a single (not combined) check holds.
  static func holds(_ kind: CheckKind, in context: CheckContext) -> Bool {
    let state = context.state
    switch kind {
    case .exists(let selection, let rule):
      let count = selection.objects(in: state).count
      switch rule {
      case .exactly(let wanted): return count == wanted
      case .atLeast(let wanted): return count >= wanted
      }
    case .absent(let selection):
      return selection.objects(in: state).isEmpty
    case .field(let selection, let path, let condition, let every):
      let objects = selection.objects(in: state)
      guard !objects.isEmpty, let jsonPath = try? JSONPath(path) else { return false }
      let results = objects.map { object -> Bool in
        let value = (try? jsonPath.evaluate(ServedObject.json(object))) ?? ""
        return satisfies(value, condition, state: state)
      }
      return every ? results.allSatisfy { $0 } : results.contains(true)
    case .endpoints(let service, let namespace, let rule):
      guard let endpoints = state.store.get(Endpoints.self, namespace, service) else {
        return false
      }
      let ready = endpoints.subsets.flatMap(\.addresses).map(\.ip)
      switch rule {
      case .ready(let count): return ready.count == count
      case .pods(let query):
        let pods = state.store.list(Pod.self, in: namespace).filter {
          $0.metadata.deletionTimestamp == nil && $0.isReady && query.matches($0.metadata.labels)
        }
        let ips = Set(pods.compactMap(\.status.podIP))
        return !ips.isEmpty && Set(ready) == ips
      }
    case .reachable(let from, let url, let expect, let reachable):
      guard let host = host(from, in: state), let rendered = LiveText.rendered(url, in: [state])
      else {
        return false
      }
      // A Service picks a backend at random for each connection: the check stands for all of
      // them, so it sends a number of requests, with draws of its own (the same verdict
      // however many requests the learner sent before), and every one must pass.
      var probe = state
      probe.random.network = SeededRandom(seed: CheckEvaluator.probeSeed)
      let wanted = expect.flatMap { LiveText.rendered($0, in: [state]) }
      if expect != nil && wanted == nil { return false }
      let passes = (0..<CheckEvaluator.probeRequests).map { _ in
        let exchange = probe.http(HTTPRequest(url: rendered, userAgent: "kubetutor-check"), from: host)
        let answered = exchange.failure == nil && exchange.record.verdict == .answered
        return answered && (wanted.map(exchange.body.contains) ?? true)
      }
      return reachable ? passes.allSatisfy { $0 } : !passes.contains(true)
    case .attempt(let from, let target, let verdict, let expect):
      guard let rendered = LiveText.rendered(target, in: [state, context.start]) else {
        return false
      }
      return context.attempts.contains { record in
        (from.map { matches($0, record.source, in: state) } ?? true)
          && reaches(record, rendered)
          && verdictMatches(record.verdict, verdict)
          && (expect.map { text in LiveText.rendered(text, in: [state, context.start]).map(record.body.contains) ?? false } ?? true)
      }
    case .ran(let pattern):
      return context.log.contains { record in
        record.commands.contains { pattern.matches($0, in: state) }
      }
    case .output(let text, let command):
      guard let rendered = LiveText.rendered(text, in: [state, context.start]) else { return false }
      return context.log.contains { record in
        record.output.contains(rendered)
          && (command.map { pattern in record.commands.contains { pattern.matches($0, in: state) } }
            ?? true)
      }
    case .file(let path, let contains, let field, let equals):
      guard let workspace = context.workspace, let text = try? workspace.read(path) else {
        return false
      }
      if let contains {
        guard LiveText.rendered(contains, in: [state, context.start]).map(text.contains) == true
        else { return false }
      }
      guard let field, let equals else { return true }
      // The file read as kubectl reads a manifest: a field of its first object, however the
      // YAML or JSON spells it (quotes, flow style, key order).
      guard let document = ManifestParser().parse(text).documents.first,
        let value = try? JSONPath(field).evaluate(document.value),
        let wanted = LiveText.rendered(equals, in: [state, context.start])
      else { return false }
      return value == wanted
    case .compare(let selection, let path, let relation):
      guard let jsonPath = try? JSONPath(path) else { return false }
      func values(_ state: ClusterState) -> Set<String> {
        Set(
          selection.objects(in: state).compactMap { object in
            guard let text = try? jsonPath.evaluate(ServedObject.json(object)), !text.isEmpty else {
              return nil
            }
            return text
          })
      }
      let now = values(state)
      let before = values(context.start)
      guard !now.isEmpty else { return false }
      switch relation {
      case .same: return now == before
      case .changed: return now != before
      case .new: return now.isDisjoint(with: before)
      }
    case .location(let pattern):
      switch (pattern, context.location) {
      case (.laptop, .laptop): return true
      case (.node(let name), .node(let here)): return name == nil || name == here
      case (.pod(let query, let namespace), .container(let podNamespace, let pod, _)):
        guard let query else { return true }
        guard namespace == podNamespace, let found = state.store.get(Pod.self, podNamespace, pod)
        else { return false }
        return query.matches(found.metadata.labels)
      default: return false
      }
    case .answer(let wanted):
      return context.answer == wanted
    case .all, .any, .not:
      return evaluate(Check(kind), in: context).passed
    }
  }

  static func satisfies(_ value: String, _ condition: FieldCondition, state: ClusterState) -> Bool {
    switch condition {
    case .equals(let wanted):
      guard let rendered = LiveText.rendered(wanted, in: [state]) else { return false }
      return value == rendered
    case .oneOf(let options): return options.contains(value)
    case .matches(let pattern):
      guard let regex = try? Regex(pattern) else { return false }
      return value.contains(regex)
    case .greaterThan(let bound): return Double(value).map { $0 > bound } ?? false
    case .lessThan(let bound): return Double(value).map { $0 < bound } ?? false
    }
  }

  /// The network host a pattern names now: a pod pattern picks the first running pod that
  /// matches, by name; `node` alone picks the control plane.
  static func host(_ pattern: HostPattern, in state: ClusterState) -> NetworkHost? {
    switch pattern {
    case .laptop: return .laptop
    case .node(let name): return .node(name ?? ClusterOptions.nodeNames[0])
    case .pod(let query, let namespace):
      let pods = state.store.list(Pod.self, in: namespace).filter {
        $0.metadata.deletionTimestamp == nil && $0.status.podIP != nil
          && (query?.matches($0.metadata.labels) ?? true)
      }
      return pods.first.map { .pod(namespace: $0.namespace, name: $0.name) }
    }
  }

  /// Whether a record's source fits a host pattern.
  static func matches(_ pattern: HostPattern, _ source: NetworkHost, in state: ClusterState) -> Bool
  {
    switch (pattern, source) {
    case (.laptop, .laptop): return true
    case (.node(let name), .node(let here)): return name == nil || name == here
    case (.pod(let query, let namespace), .pod(let podNamespace, let name)):
      guard let query else { return true }
      guard namespace == podNamespace, let pod = state.store.get(Pod.self, podNamespace, name)
      else { return false }
      return query.matches(pod.metadata.labels)
    default: return false
    }
  }

  /// Whether a connection went to `target`: the address, name or URL the learner gave, with
  /// scheme, port and path optional (`10.244.0.4` matches `curl http://10.244.0.4:80/`). A
  /// target with a port also matches an address on the connection's path, so
  /// `192.168.1.2:30008` matches `curl http://controlplane:30008`.
  static func reaches(_ record: ConnectionRecord, _ target: String) -> Bool {
    let typed = strippedURL(record.target)
    let wanted = strippedURL(target)
    if typed == wanted || typed.hasPrefix(wanted + ":") { return true }
    guard wanted.contains(":") else { return false }
    return record.hops.contains { $0.kind != .source && $0.address == wanted }
  }

  /// `http://10.0.0.1:80/` → `10.0.0.1:80`; `10.0.0.1` stays.
  static func strippedURL(_ text: String) -> String {
    var rest = Substring(text)
    if let range = rest.range(of: "://") { rest = rest[range.upperBound...] }
    if let slash = rest.firstIndex(of: "/") { rest = rest[..<slash] }
    return String(rest)
  }

  static func verdictMatches(_ verdict: ConnectionRecord.Verdict, _ wanted: AttemptVerdict) -> Bool
  {
    switch wanted {
    case .answered: return verdict == .answered
    case .refused: return verdict == .refused
    case .timedOut: return verdict == .timedOut
    case .unresolved: return verdict == .unresolved
    case .failed: return verdict != .answered
    }
  }
}
