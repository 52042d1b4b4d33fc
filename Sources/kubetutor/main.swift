import ArgumentParser
import ClusterSim
import Foundation
import Kubectl

/// kubetutor: learn Kubernetes Services in a terminal, against a simulated cluster.
struct KubeTutor: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "kubetutor",
    abstract: "Learn Kubernetes Services in a terminal, against a simulated cluster.",
    discussion: """
      kubetutor runs a kubeadm-like cluster inside this program: kubectl, curl, ssh and \
      the rest answer as on a real cluster, with nothing to install and no network used.
      """,
    subcommands: [Sandbox.self, Learn.self, LessonsCommand.self, CheckCommand.self, ProgressCommand.self, Exam.self, Present.self, NotesCommand.self],
    defaultSubcommand: Learn.self)
}

KubeTutor.main()
