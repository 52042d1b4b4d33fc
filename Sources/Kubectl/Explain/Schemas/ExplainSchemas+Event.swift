extension ExplainSchemas {
  /// Event: the kind.
  static let event = ExplainType(
    "Event",
    """
    Event records something that happened to an object, such as a pod being scheduled or an \
    image failing to pull. Events are kept for a limited time (an hour by default) and \
    kubectl describe shows the recent ones of an object.
    """,
    [
      .string(
        "action", "What the reporting component did or failed to do, e.g. Binding."),
      apiVersionField,
      .integer("count", "How many times this event has happened."),
      .object(
        "eventTime", microTime, "When the event was first seen, with microseconds."),
      .time("firstTimestamp", "When the event was first recorded."),
      .object(
        "involvedObject", objectReference, "The object that the event reports on.", required: true),
      kindField,
      .time("lastTimestamp", "When the event was most recently recorded."),
      .string("message", "A human-readable description of what happened."),
      .object(
        "metadata", objectMeta, "Standard object metadata.", required: true),
      .string(
        "reason",
        "A short CamelCase reason, such as Scheduled, Pulled, BackOff or FailedScheduling."),
      .object(
        "related", objectReference,
        "A second object involved, for example the node of a scheduling event."),
      .string("reportingComponent", "The controller that emitted the event, e.g. kubelet."),
      .string("reportingInstance", "The instance of that controller, e.g. the node name."),
      .object("series", eventSeries, "Data about a recurring event; unset for a single one."),
      .object("source", eventSource, "The component that reported the event."),
      .string(
        "type", "Normal, or Warning for events that may need attention."),
    ])

  /// EventSeries.
  static let eventSeries = ExplainType(
    "EventSeries",
    "EventSeries summarises an event that keeps happening.",
    [
      .integer("count", "How many times it has happened so far."),
      .object(
        "lastObservedTime", microTime, "When it was last seen."),
    ])

  /// EventSource.
  static let eventSource = ExplainType(
    "EventSource",
    "EventSource names the component that reported an event.",
    [
      .string("component", "The component, e.g. default-scheduler or kubelet."),
      .string("host", "The node the component runs on."),
    ])
}
