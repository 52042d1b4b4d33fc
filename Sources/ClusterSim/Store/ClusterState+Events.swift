import Foundation

extension ClusterState {
  /// Records an event about `object`, or bumps the count of the same event.
  mutating func recordEvent(
    about object: any APIObject, type: String = "Normal", reason: String, message: String,
    source: String, host: String? = nil, at time: Instant
  ) {
    let uid = object.metadata.uid ?? ""
    let key = EventKey(uid: uid, reason: reason, message: message)
    let namespace = object.metadata.namespace ?? "default"
    if let name = eventIndex[key], var event = store.get(Event.self, namespace, name) {
      event.count += 1
      event.lastTimestamp = max(event.lastTimestamp, time)
      write(event)
      return
    }
    eventSequence += 1
    let nanos = UInt64(max(0, time.seconds) * 1_000_000_000) &+ eventSequence
    let suffix = String(nanos, radix: 16)
    let name = "\(object.metadata.name).\(String(repeating: "0", count: max(0, 16 - suffix.count)))\(suffix)"
    var meta = ObjectMeta(name: name, namespace: namespace)
    meta.uid = random.identifiers.uuid()
    meta.creationTimestamp = time
    let event = Event(
      metadata: meta,
      involvedObject: EndpointTarget(
        kind: Swift.type(of: object).kind.kind, namespace: object.metadata.namespace ?? "",
        name: object.metadata.name, uid: uid),
      reason: reason, message: message, source: source, host: host, at: time, type: type)
    eventIndex[key] = name
    write(event)
  }

  /// The events about an object, oldest first.
  public func events(about object: any APIObject) -> [Event] {
    let uid = object.metadata.uid
    // Filter before sorting: a namespace may hold thousands of events about other objects.
    let all = store.events.unordered(in: object.metadata.namespace ?? "default").map(Array.init) ?? []
    return all.filter { $0.involvedObject.uid == uid && $0.involvedObject.name == object.metadata.name }
      .sorted { ($0.firstTimestamp, $0.name) < ($1.firstTimestamp, $1.name) }
  }
}
