extension ExplainSchemas {
  /// Affinity: the three kinds of scheduling affinity.
  static let affinity = ExplainType(
    "Affinity",
    "Affinity groups the pod's scheduling preferences and requirements.",
    [
      .object(
        "nodeAffinity", nodeAffinity,
        "Rules about the labels of the node the pod may or should land on."),
      .object(
        "podAffinity", podAffinity,
        """
        Rules to place the pod near other pods, e.g. in the same zone or on the same node.
        """),
      .object(
        "podAntiAffinity", podAntiAffinity,
        "Rules to keep the pod away from other pods, e.g. one replica per node."),
    ])

  /// NodeAffinity.
  static let nodeAffinity = ExplainType(
    "NodeAffinity",
    "NodeAffinity constrains or ranks nodes by their labels.",
    [
      .objects(
        "preferredDuringSchedulingIgnoredDuringExecution", preferredSchedulingTerm,
        """
        Soft rules: the scheduler favours nodes by the summed weights of the terms they match, \
        but may still pick a node that matches none.
        """),
      .object(
        "requiredDuringSchedulingIgnoredDuringExecution", nodeSelector,
        """
        Hard rules: the pod is only scheduled onto a node that matches them. A node that \
        stops matching later does not lose its running pods.
        """),
    ])

  /// NodeSelector: a list of terms, ORed.
  static let nodeSelector = ExplainType(
    "NodeSelector",
    """
    A node selector is a list of terms of which at least one must match; an empty list \
    matches no node.
    """,
    [
      .objects(
        "nodeSelectorTerms", nodeSelectorTerm,
        "The terms, combined with OR.", required: true)
    ])

  /// NodeSelectorTerm: requirements, ANDed.
  static let nodeSelectorTerm = ExplainType(
    "NodeSelectorTerm",
    """
    A node selector term holds requirements that must all hold. An empty term matches no \
    node.
    """,
    [
      .objects(
        "matchExpressions", nodeSelectorRequirement, "Requirements on the node's labels."),
      .objects(
        "matchFields", nodeSelectorRequirement,
        "Requirements on the node's fields; only metadata.name is supported."),
    ])

  /// NodeSelectorRequirement.
  static let nodeSelectorRequirement = ExplainType(
    "NodeSelectorRequirement",
    "A requirement on one node label (or field): a key, an operator and values.",
    [
      .string("key", "The label key the requirement applies to.", required: true),
      .string(
        "operator",
        """
        How the value is compared: In and NotIn test membership in values, Exists and \
        DoesNotExist test the key, Gt and Lt compare a single integer value.
        """,
        required: true, enum: ["DoesNotExist", "Exists", "Gt", "In", "Lt", "NotIn"]),
      .strings(
        "values",
        """
        The values to compare with: at least one for In and NotIn, none for Exists and \
        DoesNotExist, exactly one integer for Gt and Lt.
        """),
    ])

  /// PreferredSchedulingTerm: a weighted node preference.
  static let preferredSchedulingTerm = ExplainType(
    "PreferredSchedulingTerm",
    "A node preference and how much it counts.",
    [
      .object(
        "preference", nodeSelectorTerm, "The term a node should match.", required: true),
      .integer(
        "weight", "How much matching counts, from 1 to 100.", required: true),
    ])

  /// PodAffinity.
  static let podAffinity = ExplainType(
    "PodAffinity",
    "PodAffinity places the pod in the same topology domain as certain other pods.",
    [
      .objects(
        "preferredDuringSchedulingIgnoredDuringExecution", weightedPodAffinityTerm,
        "Soft rules: domains that satisfy more total weight are preferred."),
      .objects(
        "requiredDuringSchedulingIgnoredDuringExecution", podAffinityTerm,
        """
        Hard rules: the pod is only scheduled into a domain that already runs a matching pod. \
        Pods already running are not moved when this stops holding.
        """),
    ])

  /// PodAntiAffinity.
  static let podAntiAffinity = ExplainType(
    "PodAntiAffinity",
    "PodAntiAffinity keeps the pod out of topology domains that run certain other pods.",
    [
      .objects(
        "preferredDuringSchedulingIgnoredDuringExecution", weightedPodAffinityTerm,
        "Soft rules: domains that violate less total weight are preferred."),
      .objects(
        "requiredDuringSchedulingIgnoredDuringExecution", podAffinityTerm,
        """
        Hard rules: the pod is never scheduled into a domain that runs a matching pod, e.g. \
        to keep two replicas off the same node.
        """),
    ])

  /// WeightedPodAffinityTerm.
  static let weightedPodAffinityTerm = ExplainType(
    "WeightedPodAffinityTerm",
    "A pod affinity term together with its weight.",
    [
      .object("podAffinityTerm", podAffinityTerm, "The term.", required: true),
      .integer("weight", "How much the term counts, from 1 to 100.", required: true),
    ])

  /// PodAffinityTerm: which pods, in which namespaces, over which topology key.
  static let podAffinityTerm = ExplainType(
    "PodAffinityTerm",
    """
    A pod affinity term picks a set of pods and a topology key. The rule is about whether \
    this pod shares a domain (nodes with the same value of that key) with one of those pods.
    """,
    [
      .object(
        "labelSelector", labelSelector,
        "Which pods the term is about; a missing selector matches none."),
      .strings(
        "matchLabelKeys",
        """
        Label keys whose values are copied from the incoming pod into the selector (as key \
        In value), e.g. pod-template-hash to compare only pods of the same revision.
        """),
      .strings(
        "mismatchLabelKeys",
        """
        Label keys whose values are copied from the incoming pod into the selector as key \
        NotIn value.
        """),
      .object(
        "namespaceSelector", labelSelector,
        """
        Selects the namespaces to look for pods in, added to namespaces. An empty selector \
        means every namespace.
        """),
      .strings(
        "namespaces",
        """
        Namespaces to look for pods in. With neither this nor namespaceSelector, the pod's \
        own namespace is used.
        """),
      .string(
        "topologyKey",
        """
        The node label that defines a domain, such as kubernetes.io/hostname for single nodes \
        or topology.kubernetes.io/zone for zones. Must not be empty.
        """,
        required: true),
    ])
}
