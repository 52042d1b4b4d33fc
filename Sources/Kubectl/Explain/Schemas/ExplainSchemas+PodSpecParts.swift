extension ExplainSchemas {
  /// The effects a taint can have, shared by Taint and Toleration.
  static let taintEffects = ["NoExecute", "NoSchedule", "PreferNoSchedule"]

  /// Toleration: lets a pod accept a taint.
  static let toleration = ExplainType(
    "Toleration",
    """
    A toleration lets the pod be scheduled onto, or keep running on, nodes with a matching \
    taint, described as key, operator, value and effect.
    """,
    [
      .string(
        "effect",
        """
        The taint effect to match; empty matches every effect. NoSchedule, PreferNoSchedule \
        and NoExecute are the allowed values.
        """,
        enum: taintEffects),
      .string(
        "key",
        """
        The taint key to match. Empty matches every key, and then operator must be Exists.
        """),
      .string(
        "operator",
        """
        How key and value are compared: Equal (the default) requires the same value; Exists \
        matches any value, acting as a wildcard.
        """,
        enum: ["Equal", "Exists"]),
      .integer(
        "tolerationSeconds",
        """
        Only for the NoExecute effect: how long the pod may stay on the node after the taint \
        appears before it is evicted. When unset the pod stays forever; 0 or less evicts it \
        at once.
        """),
      .string(
        "value", "The taint value to match; leave it empty with the Exists operator."),
    ])

  /// TopologySpreadConstraint.
  static let topologySpreadConstraint = ExplainType(
    "TopologySpreadConstraint",
    "A rule for spreading matching pods evenly across the domains of a topology key.",
    [
      .object(
        "labelSelector", labelSelector,
        "The pods to count in each domain, usually the pods of the same workload."),
      .strings(
        "matchLabelKeys",
        """
        Label keys whose values are taken from the incoming pod and added to labelSelector, \
        e.g. pod-template-hash to count only pods of the current revision.
        """),
      .integer(
        "maxSkew",
        """
        The largest allowed difference in matching pods between any domain and the domain \
        with the fewest. Must be at least 1.
        """,
        required: true),
      .integer(
        "minDomains",
        """
        The minimum number of eligible domains. While fewer exist, the global minimum is \
        treated as 0. Only allowed with whenUnsatisfiable DoNotSchedule.
        """),
      .string(
        "nodeAffinityPolicy",
        """
        Whether the pod's nodeSelector and node affinity limit which nodes are counted: \
        Honor (the default) or Ignore.
        """,
        enum: ["Honor", "Ignore"]),
      .string(
        "nodeTaintsPolicy",
        """
        Whether tainted nodes the pod does not tolerate are left out of the counts: Honor, \
        or Ignore (the default).
        """,
        enum: ["Honor", "Ignore"]),
      .string(
        "topologyKey",
        """
        The node label whose values define the domains, such as \
        topology.kubernetes.io/zone. Nodes without it are left out.
        """,
        required: true),
      .string(
        "whenUnsatisfiable",
        """
        What to do when the pod would break maxSkew: DoNotSchedule leaves it Pending, \
        ScheduleAnyway schedules it while preferring less skew.
        """,
        required: true, enum: ["DoNotSchedule", "ScheduleAnyway"]),
    ])

  /// PodDNSConfig: extra resolver settings.
  static let podDNSConfig = ExplainType(
    "PodDNSConfig",
    "PodDNSConfig adds DNS settings on top of those produced by the pod's dnsPolicy.",
    [
      .strings(
        "nameservers",
        "Extra DNS server addresses; duplicates are removed. At most three are used in total."),
      .objects("options", podDNSConfigOption, "Resolver options such as ndots; later ones win."),
      .strings("searches", "Extra search domains for looking up short host names."),
    ])

  /// PodDNSConfigOption.
  static let podDNSConfigOption = ExplainType(
    "PodDNSConfigOption",
    "One resolver option of resolv.conf.",
    [
      .string("name", "The option's name, such as ndots. Required."),
      .string("value", "The option's value, if it takes one."),
    ])

  /// HostAlias: an extra /etc/hosts line.
  static let hostAlias = ExplainType(
    "HostAlias",
    "HostAlias is one line added to the pod's /etc/hosts file.",
    [
      .strings("hostnames", "The host names for the address."),
      .string("ip", "The IP address the names resolve to.", required: true),
    ])

  /// PodOS.
  static let podOS = ExplainType(
    "PodOS",
    "PodOS names the operating system a pod is meant to run on.",
    [
      .string(
        "name", "The operating system: linux or windows.", required: true)
    ])

  /// PodReadinessGate.
  static let podReadinessGate = ExplainType(
    "PodReadinessGate",
    "A readiness gate names an extra pod condition that readiness depends on.",
    [
      .string(
        "conditionType",
        "The type of a condition in the pod's status.conditions that must be True.",
        required: true)
    ])

  /// PodResourceClaim.
  static let podResourceClaim = ExplainType(
    "PodResourceClaim",
    """
    PodResourceClaim gives a pod-local name to a ResourceClaim, either an existing one or one \
    created from a template for this pod.
    """,
    [
      .string(
        "name", "The name containers use to refer to the claim; a DNS label.", required: true),
      .string(
        "resourceClaimName",
        "An existing ResourceClaim in the pod's namespace. Set this or the template name."),
      .string(
        "resourceClaimTemplateName",
        """
        A ResourceClaimTemplate from which a claim is made for this pod and deleted with it.
        """),
    ])

  /// PodSchedulingGate.
  static let podSchedulingGate = ExplainType(
    "PodSchedulingGate",
    "A scheduling gate holds a pod back from scheduling until it is removed.",
    [.string("name", "The gate's name, unique among the pod's gates.", required: true)])
}
