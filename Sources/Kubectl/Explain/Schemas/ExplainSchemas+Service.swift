extension ExplainSchemas {
  /// The protocols a port can use.
  static let protocols = ["SCTP", "TCP", "UDP"]

  /// Service: the kind.
  static let service = ExplainType(
    "Service",
    """
    Service gives a set of pods one stable name and virtual IP address. Traffic to a port of \
    the Service is spread across the ready pods that its selector matches, through the \
    targetPort of each port; types other than ClusterIP also expose it outside the cluster.
    """,
    [
      apiVersionField,
      kindField,
      metadataField,
      .object(
        "spec", serviceSpec,
        "The desired behaviour of the Service: its type, selector, ports and addresses."),
      .object(
        "status", serviceStatus,
        "The observed state of the Service, such as a load balancer's address. Read-only."),
    ])

  /// ServiceSpec: what the user asks of a Service.
  static let serviceSpec = ExplainType(
    "ServiceSpec",
    "ServiceSpec holds what the user asks of a Service: its type, selector and ports.",
    [
      .boolean(
        "allocateLoadBalancerNodePorts",
        """
        Whether a LoadBalancer Service gets node ports. Defaults to true; set it to false \
        when the load balancer sends traffic straight to pod IPs. Only for type LoadBalancer.
        """),
      .string(
        "clusterIP",
        """
        The virtual IP address of the Service, normally picked at random from the service \
        CIDR when it is created; it may be given, and then must be free and in range. "None" \
        makes a headless Service, whose DNS name returns the pod IPs. It cannot be changed \
        except by switching to ExternalName, to which it does not apply.
        """),
      .strings(
        "clusterIPs",
        """
        The Service's virtual IPs, one per IP family in the order of ipFamilies. The first \
        entry always equals clusterIP; a second is only possible for dual-stack Services.
        """),
      .strings(
        "externalIPs",
        """
        Extra IP addresses, not managed by Kubernetes, on which the nodes also accept \
        traffic for the Service's ports. Routing that traffic to a node is up to you.
        """),
      .string(
        "externalName",
        """
        The DNS name an ExternalName Service stands for, such as db.example.com. The cluster \
        DNS answers with a CNAME record for it; no proxying takes place. Requires type \
        ExternalName.
        """),
      .string(
        "externalTrafficPolicy",
        """
        How traffic arriving from outside through node ports or a load balancer is routed. \
        Cluster (the default) may forward it to a ready pod on any node, hiding the client's \
        address; Local only uses pods on the receiving node and keeps the client address, \
        dropping traffic on nodes without one.
        """,
        enum: ["Cluster", "Local"]),
      .integer(
        "healthCheckNodePort",
        """
        For a LoadBalancer Service with externalTrafficPolicy Local: the node port that the \
        load balancer probes to learn which nodes have local endpoints. Allocated \
        automatically unless given.
        """),
      .string(
        "internalTrafficPolicy",
        """
        How traffic from inside the cluster to the clusterIP is routed. Cluster (the \
        default) uses all ready endpoints; Local only those on the sending pod's node, and \
        drops the traffic when there are none.
        """,
        enum: ["Cluster", "Local"]),
      .strings(
        "ipFamilies",
        """
        The IP families of the Service, IPv4 and/or IPv6, in the order of its clusterIPs. \
        Filled in from the cluster's configuration and ipFamilyPolicy when left out.
        """),
      .string(
        "ipFamilyPolicy",
        """
        Whether the Service is single- or dual-stack. SingleStack (the default) gets one \
        family; PreferDualStack gets two where the cluster supports it; RequireDualStack \
        fails without dual-stack support.
        """,
        enum: ["PreferDualStack", "RequireDualStack", "SingleStack"]),
      .string(
        "loadBalancerClass",
        """
        The load balancer implementation that should handle this LoadBalancer Service, such \
        as example.com/internal-vip. When unset the cloud provider's default one does. \
        Cannot be changed.
        """),
      .string(
        "loadBalancerIP",
        """
        Deprecated: an IP address to request for the load balancer, honoured only by some \
        implementations. Prefer their own annotations.
        """),
      .strings(
        "loadBalancerSourceRanges",
        """
        Client CIDR ranges allowed to reach the load balancer, such as 203.0.113.0/24, where \
        the platform supports it. Other sources are blocked.
        """),
      .objects(
        "ports", servicePort,
        """
        The ports the Service exposes and where each sends traffic. Only ExternalName and \
        headless Services may leave it empty.
        """),
      .boolean(
        "publishNotReadyAddresses",
        """
        Publish the addresses of pods that are not ready as well, in endpoints and DNS. \
        StatefulSet peers use it to find each other before they are ready.
        """),
      .stringMap(
        "selector",
        """
        Traffic goes to pods whose labels match every key/value pair here. Without a \
        selector no endpoints are created, and you manage EndpointSlices yourself. Ignored \
        for ExternalName.
        """),
      .string(
        "sessionAffinity",
        """
        ClientIP sends all requests from one client address to the same pod; None (the \
        default) spreads them.
        """,
        enum: ["ClientIP", "None"]),
      .object(
        "sessionAffinityConfig", sessionAffinityConfig, "Settings for session affinity."),
      .string(
        "trafficDistribution",
        """
        A preference for how traffic is spread among endpoints. PreferClose favours \
        endpoints in the client's zone. A beta field in this release.
        """),
      .string(
        "type",
        """
        How the Service is exposed. ClusterIP (the default) gives it a virtual IP reachable \
        only inside the cluster. NodePort adds a port on every node. LoadBalancer adds an \
        external load balancer on top of NodePort. ExternalName makes its DNS name an alias \
        (CNAME) of externalName, with no proxying at all.
        """,
        enum: ["ClusterIP", "ExternalName", "LoadBalancer", "NodePort"]),
    ])

  /// ServicePort: one port of a Service.
  static let servicePort = ExplainType(
    "ServicePort",
    "ServicePort is one port of a Service and the pod port it forwards to.",
    [
      .string(
        "appProtocol",
        """
        The application protocol of the port, a hint for proxies and load balancers: an IANA \
        service name such as http, a kubernetes.io name such as kubernetes.io/h2c, or a \
        domain-prefixed name of your own.
        """),
      .string(
        "name",
        """
        The port's name, a DNS label. Required when the Service has more than one port, and \
        then unique; EndpointSlices carry it and DNS SRV records use it.
        """),
      .integer(
        "nodePort",
        """
        The port on every node through which a NodePort or LoadBalancer Service is \
        reachable. Allocated from the node port range, 30000-32767 by default, unless given; \
        a given port must be free and in range. Cleared when the type changes to one that \
        does not use it.
        """),
      .integer(
        "port", "The port the Service listens on at its cluster IP.", required: true),
      .string(
        "protocol", "The IP protocol of the port: TCP (the default), UDP or SCTP.",
        enum: protocols),
      .object(
        "targetPort", intOrString,
        """
        The port on the selected pods that traffic is sent to: a number from 1 to 65535, or \
        the name of a container port, looked up in each pod. Defaults to the value of port. \
        Ignored for headless Services (clusterIP None).
        """),
    ])

  /// SessionAffinityConfig.
  static let sessionAffinityConfig = ExplainType(
    "SessionAffinityConfig",
    "SessionAffinityConfig holds the settings of session affinity.",
    [.object("clientIP", clientIPConfig, "Settings for ClientIP affinity.")])

  /// ClientIPConfig.
  static let clientIPConfig = ExplainType(
    "ClientIPConfig",
    "ClientIPConfig holds the settings of ClientIP session affinity.",
    [
      .integer(
        "timeoutSeconds",
        """
        How long a client stays bound to the same pod after its last request, from 1 to \
        86400 seconds. Defaults to 10800 (three hours).
        """)
    ])

  /// ServiceStatus.
  static let serviceStatus = ExplainType(
    "ServiceStatus",
    "ServiceStatus is the observed state of a Service.",
    [
      .objects("conditions", condition, "The current conditions of the Service."),
      .object(
        "loadBalancer", loadBalancerStatus,
        "The load balancer's status, once one has been provisioned."),
    ])

  /// LoadBalancerStatus.
  static let loadBalancerStatus = ExplainType(
    "LoadBalancerStatus",
    "LoadBalancerStatus holds the addresses of a load balancer.",
    [
      .objects(
        "ingress", loadBalancerIngress,
        """
        The load balancer's entry points. Until it has one, kubectl get shows <pending> as \
        the EXTERNAL-IP.
        """)
    ])

  /// LoadBalancerIngress.
  static let loadBalancerIngress = ExplainType(
    "LoadBalancerIngress",
    "One entry point of a load balancer: an IP address or a DNS name.",
    [
      .string("hostname", "The DNS name of the entry point, for DNS-based load balancers."),
      .string("ip", "The IP address of the entry point, for IP-based load balancers."),
      .string(
        "ipMode",
        """
        How traffic reaches the nodes. VIP keeps the load balancer's IP as the destination, so \
        kube-proxy can short-cut it in the cluster; Proxy rewrites it to a node or pod. Only \
        with ip.
        """),
      .objects("ports", portStatus, "The state of each port of the Service on this entry point."),
    ])

  /// PortStatus.
  static let portStatus = ExplainType(
    "PortStatus",
    "The state of one port of a load balancer entry point.",
    [
      .string(
        "error",
        "Why the port is not working, as a CamelCase reason; empty when it works."),
      .integer("port", "The port number.", required: true),
      .string("protocol", "The port's protocol.", required: true, enum: protocols),
    ])
}
