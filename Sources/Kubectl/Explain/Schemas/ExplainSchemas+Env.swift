extension ExplainSchemas {
  /// EnvVar: one environment variable.
  static let envVar = ExplainType(
    "EnvVar",
    "EnvVar is one environment variable of a container.",
    [
      .string(
        "name", "The variable's name; it must be a C identifier.", required: true),
      .string(
        "value",
        """
        The literal value. $(VAR) is replaced by an earlier variable of the container when it \
        exists and left as it is otherwise; $$ gives a literal $. Defaults to the empty \
        string.
        """),
      .object(
        "valueFrom", envVarSource,
        "Where to take the value from instead; not allowed together with a non-empty value."),
    ])

  /// EnvVarSource: where an environment variable's value comes from.
  static let envVarSource = ExplainType(
    "EnvVarSource",
    "EnvVarSource names the one place an environment variable takes its value from.",
    [
      .object(
        "configMapKeyRef", configMapKeySelector, "Takes the value from one key of a ConfigMap."),
      .object(
        "fieldRef", objectFieldSelector,
        """
        A field of the pod itself: metadata.name, metadata.namespace, metadata.uid, \
        metadata.labels['KEY'], metadata.annotations['KEY'], spec.nodeName, \
        spec.serviceAccountName, status.hostIP, status.hostIPs, status.podIP or \
        status.podIPs.
        """),
      .object(
        "resourceFieldRef", resourceFieldSelector,
        """
        A request or limit of a container, such as limits.cpu or requests.memory.
        """),
      .object(
        "secretKeyRef", secretKeySelector,
        "Takes the value from one key of a Secret in the pod's namespace."),
    ])

  /// ConfigMapKeySelector.
  static let configMapKeySelector = ExplainType(
    "ConfigMapKeySelector",
    "ConfigMapKeySelector points at a single key in a ConfigMap.",
    [
      .string("key", "The key whose value is used.", required: true),
      .string("name", "The name of the ConfigMap, in the pod's namespace."),
      .boolean(
        "optional",
        """
        When true, a missing ConfigMap or key leaves the variable unset instead of keeping \
        the container from starting.
        """),
    ])

  /// SecretKeySelector.
  static let secretKeySelector = ExplainType(
    "SecretKeySelector",
    "SecretKeySelector points at a single key in a Secret.",
    [
      .string("key", "The key whose value is used.", required: true),
      .string("name", "The name of the Secret, in the pod's namespace."),
      .boolean(
        "optional",
        """
        When true, a missing Secret or key leaves the variable unset instead of keeping the \
        container from starting.
        """),
    ])

  /// ObjectFieldSelector: a field of the pod.
  static let objectFieldSelector = ExplainType(
    "ObjectFieldSelector",
    "ObjectFieldSelector selects a field of the pod by its path.",
    [
      .string("apiVersion", "The version the fieldPath is written in. Defaults to v1."),
      .string(
        "fieldPath", "The path of the field to read, e.g. status.podIP.", required: true),
    ])

  /// ResourceFieldSelector: a container's request or limit.
  static let resourceFieldSelector = ExplainType(
    "ResourceFieldSelector",
    "ResourceFieldSelector selects one request or limit of a container.",
    [
      .string(
        "containerName",
        "The container to read; required for volumes, optional for environment variables."),
      .object(
        "divisor", quantity,
        """
        The unit the value is expressed in; the value is divided by it and rounded up. \
        Defaults to 1, for example 1m to get CPU in millicores.
        """),
      .string(
        "resource",
        "The resource to read, such as limits.cpu or requests.memory.", required: true),
    ])

  /// EnvFromSource: a whole ConfigMap or Secret as variables.
  static let envFromSource = ExplainType(
    "EnvFromSource",
    "EnvFromSource turns every key of a ConfigMap or a Secret into an environment variable.",
    [
      .object("configMapRef", configMapEnvSource, "The ConfigMap to read."),
      .string(
        "prefix",
        "Text put in front of every key to form the variable names; it must be a C identifier."),
      .object("secretRef", secretEnvSource, "The Secret to read."),
    ])

  /// ConfigMapEnvSource.
  static let configMapEnvSource = ExplainType(
    "ConfigMapEnvSource",
    "Names a ConfigMap whose keys become environment variables.",
    [
      .string("name", "The name of the ConfigMap, in the pod's namespace."),
      .boolean(
        "optional",
        """
        When true, a missing ConfigMap is ignored instead of keeping the container from \
        starting.
        """),
    ])

  /// SecretEnvSource.
  static let secretEnvSource = ExplainType(
    "SecretEnvSource",
    "Names a Secret whose keys become environment variables.",
    [
      .string("name", "The name of the Secret, in the pod's namespace."),
      .boolean(
        "optional",
        "When true, a missing Secret is ignored instead of keeping the container from starting."),
    ])
}
