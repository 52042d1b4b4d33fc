extension ExplainSchemas {
  /// The values shared by seccomp and AppArmor profile types.
  private static let profileTypes = ["Localhost", "RuntimeDefault", "Unconfined"]

  /// SecurityContext: per-container security settings.
  static let securityContext = ExplainType(
    "SecurityContext",
    """
    SecurityContext holds the security settings of one container. Where a field is also set \
    in the pod's securityContext, the container's value wins.
    """,
    [
      .boolean(
        "allowPrivilegeEscalation",
        """
        Whether a process may gain more privileges than its parent (the no_new_privs flag). \
        It is always true for privileged containers or those with CAP_SYS_ADMIN. Not for \
        Windows pods.
        """),
      .object(
        "appArmorProfile", appArmorProfile,
        "The AppArmor profile of the container, overriding the pod's. Not for Windows pods."),
      .object(
        "capabilities", capabilities,
        "Linux capabilities to add to or drop from the runtime's default set."),
      .boolean(
        "privileged",
        """
        Run the container privileged, with nearly the same access to the node as root on the \
        host. Defaults to false. Not for Windows pods.
        """),
      .string(
        "procMount",
        """
        How /proc is mounted: Default masks and makes read-only some paths; Unmasked exposes \
        everything and needs the pod to have its own user namespace.
        """,
        enum: ["Default", "Unmasked"]),
      .boolean(
        "readOnlyRootFilesystem",
        "Mount the container's root file system read-only. Defaults to false."),
      .integer(
        "runAsGroup",
        "The group ID the entrypoint runs as; the runtime default when unset."),
      .boolean(
        "runAsNonRoot",
        """
        Require the container to run as a non-root user: the kubelet refuses to start it \
        when the image would run as UID 0.
        """),
      .integer(
        "runAsUser",
        "The user ID the entrypoint runs as; the image's user when unset."),
      .object(
        "seLinuxOptions", seLinuxOptions,
        "The SELinux context of the container; a random one is assigned when unset."),
      .object(
        "seccompProfile", seccompProfile,
        "The seccomp profile of the container, overriding the pod's. Not for Windows pods."),
      .object(
        "windowsOptions", windowsSecurityContextOptions,
        "Settings that apply only to containers on Windows nodes."),
    ])

  /// PodSecurityContext: pod-wide security settings.
  static let podSecurityContext = ExplainType(
    "PodSecurityContext",
    """
    PodSecurityContext holds security settings for the whole pod and defaults for its \
    containers. A container's own securityContext takes precedence where both set a field.
    """,
    [
      .object("appArmorProfile", appArmorProfile, "The AppArmor profile of the containers."),
      .integer(
        "fsGroup",
        """
        A supplementary group for all containers. Volumes that support it are made owned by \
        this group and group-writable, and new files in them get the group. Not for Windows \
        pods.
        """),
      .string(
        "fsGroupChangePolicy",
        """
        When volume ownership is changed to fsGroup: Always (the default) on every mount, or \
        OnRootMismatch only when the volume's root directory does not match already.
        """,
        enum: ["Always", "OnRootMismatch"]),
      .integer(
        "runAsGroup", "The group ID the containers' entrypoints run as, unless they override it."),
      .boolean(
        "runAsNonRoot",
        "Require every container to run as a non-root user, unless a container overrides it."),
      .integer(
        "runAsUser", "The user ID the containers' entrypoints run as, unless they override it."),
      .string(
        "seLinuxChangePolicy",
        """
        How SELinux labels are applied to volumes: Recursive relabels every file, \
        MountOption mounts with the right context instead. An alpha setting in this release.
        """),
      .object(
        "seLinuxOptions", seLinuxOptions, "The SELinux context applied to all containers."),
      .object("seccompProfile", seccompProfile, "The seccomp profile of the containers."),
      .integers(
        "supplementalGroups",
        """
        Extra group IDs given to the first process of every container, in addition to its \
        primary group and fsGroup.
        """),
      .string(
        "supplementalGroupsPolicy",
        """
        How supplementary groups are worked out: Merge (the default) also adds the groups the \
        image assigns to the user; Strict uses only the groups listed in the pod.
        """,
        enum: ["Merge", "Strict"]),
      .objects(
        "sysctls", sysctl,
        """
        Namespaced kernel parameters to set for the pod; a pod asking for one the runtime \
        does not support may fail to start.
        """),
      .object(
        "windowsOptions", windowsSecurityContextOptions,
        "Settings that apply only to containers on Windows nodes."),
    ])

  /// Capabilities: Linux capabilities to add and drop.
  static let capabilities = ExplainType(
    "Capabilities",
    "Capabilities adjusts the Linux capabilities of a container.",
    [
      .strings("add", "Capabilities to add, e.g. NET_ADMIN or SYS_TIME."),
      .strings("drop", "Capabilities to remove, e.g. ALL to drop every one."),
    ])

  /// SeccompProfile.
  static let seccompProfile = ExplainType(
    "SeccompProfile",
    "SeccompProfile chooses the seccomp system-call filter; exactly one source must be set.",
    [
      .string(
        "localhostProfile",
        """
        The path, relative to the kubelet's seccomp directory, of a profile file on the node. \
        Must be set exactly when type is Localhost.
        """),
      .string(
        "type",
        """
        Which profile: RuntimeDefault (the container runtime's default), Localhost (a file \
        on the node) or Unconfined (no filtering).
        """,
        required: true, enum: profileTypes),
    ])

  /// AppArmorProfile.
  static let appArmorProfile = ExplainType(
    "AppArmorProfile",
    "AppArmorProfile chooses the AppArmor profile of a pod or container.",
    [
      .string(
        "localhostProfile",
        """
        The name of a profile already loaded on the node. Must be set exactly when type is \
        Localhost.
        """),
      .string(
        "type",
        """
        Which profile: RuntimeDefault (the runtime's default), Localhost (one loaded on the \
        node) or Unconfined (none).
        """,
        required: true, enum: profileTypes),
    ])

  /// SELinuxOptions.
  static let seLinuxOptions = ExplainType(
    "SELinuxOptions",
    "SELinuxOptions gives the parts of an SELinux label.",
    [
      .string("level", "The SELinux level of the label."),
      .string("role", "The SELinux role of the label."),
      .string("type", "The SELinux type of the label."),
      .string("user", "The SELinux user of the label."),
    ])

  /// WindowsSecurityContextOptions.
  static let windowsSecurityContextOptions = ExplainType(
    "WindowsSecurityContextOptions",
    "Security settings that apply only to Windows containers.",
    [
      .string(
        "gmsaCredentialSpec",
        "The contents of the GMSA credential spec, filled in by the GMSA admission webhook."),
      .string("gmsaCredentialSpecName", "Which GMSA credential spec resource the container uses."),
      .boolean(
        "hostProcess",
        """
        Run the container as a HostProcess container, with access to the host; all \
        containers of such a pod must set it and the pod needs hostNetwork.
        """),
      .string(
        "runAsUserName",
        "The Windows user that runs the entrypoint; the image's user when unset."),
    ])

  /// Sysctl: one kernel parameter.
  static let sysctl = ExplainType(
    "Sysctl",
    "Sysctl names a kernel parameter and the value it should get.",
    [
      .string("name", "The parameter, e.g. net.ipv4.ip_local_port_range.", required: true),
      .string("value", "The value to set.", required: true),
    ])
}
