extension ExplainSchemas {
  /// Endpoints: the kind.
  static let endpoints = ExplainType(
    "Endpoints",
    """
    Endpoints lists the addresses and ports behind a Service of the same name. The endpoints \
    controller keeps it in step with the ready and not-ready pods the Service selects. It is \
    superseded by EndpointSlice, which scales better.
    """,
    [
      apiVersionField,
      kindField,
      metadataField,
      .objects(
        "subsets", endpointSubset,
        """
        Groups of addresses that share the same ports. Every address of a group serves every \
        port of that group.
        """),
    ])

  /// EndpointSubset.
  static let endpointSubset = ExplainType(
    "EndpointSubset",
    """
    EndpointSubset is a group of addresses combined with a group of ports: every address \
    accepts traffic on every port.
    """,
    [
      .objects(
        "addresses", endpointAddress,
        "Addresses that are ready to receive traffic, such as pods that pass readiness."),
      .objects(
        "notReadyAddresses", endpointAddress,
        """
        Addresses that are not ready yet, for example pods failing their readiness probe. \
        Services do not send them traffic.
        """),
      .objects("ports", endpointPort, "The ports open on all of the addresses."),
    ])

  /// EndpointAddress.
  static let endpointAddress = ExplainType(
    "EndpointAddress",
    "EndpointAddress is one IP address behind a Service.",
    [
      .string("hostname", "The host name of the address, used for per-pod DNS records."),
      .string(
        "ip",
        """
        The IP address, usually a pod IP. Loopback, link-local and multicast addresses are \
        not allowed.
        """,
        required: true),
      .string("nodeName", "The node the address is on, when known."),
      .object("targetRef", objectReference, "The object that has the address, usually a pod."),
    ])

  /// EndpointPort (core/v1).
  static let endpointPort = ExplainType(
    "EndpointPort",
    "EndpointPort is one port open on the addresses of a subset.",
    [
      .string(
        "appProtocol", "The application protocol of the port, copied from the Service port."),
      .string(
        "name",
        "The name of the Service port it belongs to; optional when there is only one port."),
      .integer("port", "The port number.", required: true),
      .string("protocol", "TCP (the default), UDP or SCTP.", enum: protocols),
    ])

  /// EndpointSlice: the kind.
  static let endpointSlice = ExplainType(
    "EndpointSlice",
    """
    EndpointSlice holds part of the endpoints of a Service: at most 100 by default, all of \
    one address type. The kubernetes.io/service-name label names the Service, and kube-proxy \
    reads the slices to program its routing.
    """,
    [
      .string(
        "addressType",
        """
        The kind of address in this slice: IPv4, IPv6 or FQDN (a fully qualified domain \
        name). Every endpoint of the slice uses it, and it cannot be changed.
        """,
        required: true, enum: ["FQDN", "IPv4", "IPv6"]),
      apiVersionField,
      .objects(
        "endpoints", discoveryEndpoint,
        "The endpoints of the slice, at most 1000.", required: true),
      kindField,
      metadataField,
      .objects(
        "ports", discoveryEndpointPort,
        """
        The ports every endpoint of the slice serves. An empty list means none are known; \
        a port with no number means all ports.
        """),
    ])

  /// Endpoint (discovery/v1).
  static let discoveryEndpoint = ExplainType(
    "Endpoint",
    "Endpoint is one backend of a Service, usually a pod.",
    [
      .strings(
        "addresses",
        """
        The endpoint's addresses, all of the slice's addressType. From 1 to 100 are \
        allowed, and the EndpointSlice controller always writes exactly one.
        """,
        required: true),
      .object(
        "conditions", endpointConditions, "Whether the endpoint is ready, serving or ending."),
      .stringMap(
        "deprecatedTopology",
        "Deprecated topology labels kept for the v1beta1 API; new code should not use it."),
      .object(
        "hints", endpointHints, "Hints for topology-aware routing to this endpoint."),
      .string(
        "hostname",
        "The host name of the endpoint, used for DNS records of headless Services."),
      .string("nodeName", "The node the endpoint runs on."),
      .object("targetRef", objectReference, "The object behind the endpoint, usually a pod."),
      .string("zone", "The zone the endpoint is in."),
    ])

  /// EndpointConditions.
  static let endpointConditions = ExplainType(
    "EndpointConditions",
    "EndpointConditions reports the state of an endpoint.",
    [
      .boolean(
        "ready",
        """
        Whether the endpoint should get traffic. A terminating endpoint is never ready, \
        unless the Service publishes not-ready addresses; unknown counts as ready.
        """),
      .boolean(
        "serving",
        """
        Like ready, but true for a terminating endpoint that still passes readiness, so that \
        proxies can drain connections to it.
        """),
      .boolean("terminating", "Whether the endpoint's pod is shutting down."),
    ])

  /// EndpointHints.
  static let endpointHints = ExplainType(
    "EndpointHints",
    "EndpointHints suggests how traffic should reach an endpoint.",
    [
      .objects(
        "forZones", forZone,
        "The zones whose clients should use this endpoint, for topology-aware routing.")
    ])

  /// ForZone.
  static let forZone = ExplainType(
    "ForZone",
    "ForZone names a zone that should use an endpoint.",
    [.string("name", "The zone's name.", required: true)])

  /// EndpointPort (discovery/v1).
  static let discoveryEndpointPort = ExplainType(
    "EndpointPort",
    "EndpointPort is one port served by the endpoints of a slice.",
    [
      .string("appProtocol", "The application protocol of the port, e.g. http."),
      .string("name", "The name of the Service port it belongs to; may be empty."),
      .integer(
        "port", "The port number; when unset the endpoints serve all ports."),
      .string("protocol", "TCP (the default), UDP or SCTP.", enum: protocols),
    ])
}
