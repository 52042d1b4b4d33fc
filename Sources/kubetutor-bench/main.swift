import ClusterSim
import Foundation
import Kubectl
import TerminalUI
import Tutorial

// kubetutor-bench: per-command latency at tutorial size, settle time and `get pods -A` at
// 5,000 pods and 500 Services, and peak memory. Run with `swift run -c release kubetutor-bench`.

func seconds(_ body: () -> Void) -> Double {
  let start = DispatchTime.now().uptimeNanoseconds
  body()
  return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func percentile(_ values: [Double], _ p: Double) -> Double {
  let sorted = values.sorted()
  guard !sorted.isEmpty else { return 0 }
  let index = min(sorted.count - 1, Int((Double(sorted.count - 1) * p).rounded()))
  return sorted[index]
}

func peakMemoryMB() -> Double {
  var usage = rusage()
  getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
  return Double(usage.ru_maxrss) / 1024
}

func milliseconds(_ value: Double) -> String { String(format: "%.3f ms", value * 1000) }

/// A tutorial-sized session: what a learner types in a lesson, 200 commands.
func tutorialScript() -> [String] {
  let block = [
    "kubectl get nodes -o wide",
    "kubectl create deployment web-$N --image=nginx --replicas=3 --port=80",
    "kubectl get pods -o wide",
    "kubectl expose deployment web-$N --port=80 --type=NodePort",
    "kubectl get svc web-$N",
    "kubectl describe svc web-$N",
    "kubectl get endpoints web-$N",
    "kubectl get pods -l app=web-$N -o jsonpath='{.items[*].status.podIP}'",
    "kubectl scale deployment web-$N --replicas=5",
    "kubectl get deploy web-$N -o yaml",
    "kubectl get pods -A | grep -c Running",
    "kubectl delete pod $(kubectl get pods -l app=web-$N -o jsonpath='{.items[0].metadata.name}')",
    "kubectl rollout restart deployment web-$N",
    "kubectl get all",
    "kubectl label pods -l app=web-$N tier=front",
    "kubectl describe deployment web-$N",
    "kubectl get svc -o wide",
    "kubectl create service clusterip api-$N --tcp=80:8080 --dry-run=client -o yaml",
    "kubectl delete svc web-$N",
    "kubectl delete deployment web-$N",
  ]
  var script: [String] = []
  for round in 0..<10 {
    script += block.map { $0.replacingOccurrences(of: "$N", with: String(round)) }
  }
  return script
}

func benchTutorial() -> [Double] {
  let cluster = Cluster(options: ClusterOptions(seed: 1, nodeCount: 2), clock: ManualClock())
  let shell = Shell(cluster: cluster, workspace: MemoryWorkspace())
  var times: [Double] = []
  for command in tutorialScript() {
    cluster.advance(by: 2)
    times.append(seconds { _ = shell.run(command) })
  }
  return times
}

func benchScale() -> (setup: Double, scale: Double, settle: Double, getAll: Double, pods: Int, running: Int, command: [Double]) {
  let cluster = Cluster(options: ClusterOptions(seed: 1, nodeCount: 3), clock: ManualClock())
  let shell = Shell(cluster: cluster, workspace: MemoryWorkspace())
  let setup = seconds {
    for index in 0..<500 {
      let app = index < 10 ? "big" : "app-\(index % 50)"
      _ = shell.run("kubectl create service clusterip svc-\(index) --tcp=80:80")
      _ = shell.run("kubectl set selector service svc-\(index) app=\(app)")
    }
    for index in 0..<50 {
      _ = shell.run("kubectl create deployment app-\(index) --image=nginx --replicas=2")
    }
    _ = shell.run("kubectl create deployment big --image=nginx --replicas=1")
    cluster.advance(by: 10)
  }
  if ProcessInfo.processInfo.environment["PROFILE_SCALE"] == "1" {
    // For a profiler: repeat the expensive part so it dominates the samples.
    for _ in 0..<3 {
      _ = shell.run("kubectl scale deployment big --replicas=5000")
      cluster.advance(by: 10)
      _ = shell.run("kubectl scale deployment big --replicas=1")
      cluster.advance(by: 40)
    }
  }
  let scale = seconds { _ = shell.run("kubectl scale deployment big --replicas=5000") }
  let settle = seconds { cluster.advance(by: 10) }
  var getAll = 0.0
  getAll = seconds { _ = shell.run("kubectl get pods -A") }
  var command: [Double] = []
  for text in [
    "kubectl get svc", "kubectl get endpoints svc-0", "kubectl describe svc svc-1",
    "kubectl get pods -l app=app-3 -o wide", "kubectl get pods -A --no-headers | wc -l",
    "kubectl get deploy", "kubectl describe deploy big", "kubectl get ep",
  ] {
    cluster.advance(by: 1)
    command.append(seconds { _ = shell.run(text) })
  }
  let pods = cluster.state.store.list(Pod.self, in: nil)
  return (setup, scale, settle, getAll, pods.count, pods.filter { $0.status.phase == "Running" }.count, command)
}

/// The fuzz lines of the tests (``FuzzLines``), timed one by one in a release build: the
/// slowest says whether any mangled input stalls the shell.
func benchFuzz(lines: Int) -> (times: [Double], slowest: String) {
  var random = SeededRandom(seed: 2026)
  let cluster = Cluster(options: ClusterOptions(seed: 1, nodeCount: 3), clock: ManualClock())
  let shell = Shell(cluster: cluster, workspace: MemoryWorkspace())
  var times: [Double] = []
  var slowest = (0.0, "")
  for round in 0..<lines {
    let line = FuzzLines.line(round: round, random: &random)
    let took = seconds { _ = shell.run(line) }
    times.append(took)
    if took > slowest.0 { slowest = (took, line) }
    while shell.location != .laptop { _ = shell.run("exit") }
  }
  return (times, String(slowest.1.prefix(60)))
}

let tutorial = benchTutorial()
print("kubetutor-bench (\(ProcessInfo.processInfo.processorCount) cores)")
print("tutorial script: \(tutorial.count) commands, median \(milliseconds(percentile(tutorial, 0.5))), p99 \(milliseconds(percentile(tutorial, 0.99))), max \(milliseconds(tutorial.max() ?? 0))")
let fuzz = benchFuzz(lines: 20_000)
print("fuzz: \(fuzz.times.count) generated and mutated lines, median \(milliseconds(percentile(fuzz.times, 0.5))), p99 \(milliseconds(percentile(fuzz.times, 0.99))), max \(milliseconds(fuzz.times.max() ?? 0)) (\(fuzz.slowest.debugDescription)), over 50 ms: \(fuzz.times.filter { $0 > 0.05 }.count)")
let scale = benchScale()
print("scale: 500 services + 51 deployments set up in \(milliseconds(scale.setup))")
print("scale: kubectl scale to 5000 replicas (the controllers settle; the first burst of \(ClusterState.burstReplicas) pods is created): \(milliseconds(scale.scale))")
print("scale: the next 10 s of simulated time (10 settles: the other pods, pulls, starts, endpoints): \(milliseconds(scale.settle)) (\(scale.pods) pods, \(scale.running) running: 3 nodes hold 110 pods each, the rest stay Pending as on a real cluster)")
print("scale: kubectl get pods -A at \(scale.pods) pods: \(milliseconds(scale.getAll))")
print("scale: other commands at that size: median \(milliseconds(percentile(scale.command, 0.5))), max \(milliseconds(scale.command.max() ?? 0))")
print("peak memory: \(String(format: "%.1f", peakMemoryMB())) MB")

// The full-screen front end: render + copy of a full 200x60 frame (cluster map and terminal
// pane) into the in-memory backend and into curses (a virtual screen on /dev/null); the time
// from a key press to the new frame; and the same at 5,000 pods.

func summary(_ values: [Double]) -> String {
  "median \(milliseconds(percentile(values, 0.5))), p99 \(milliseconds(percentile(values, 0.99)))"
}

func benchScreen() -> (render: [Double], memory: [Double], curses: [Double], key: [Double]) {
  let cluster = Cluster(options: ClusterOptions(seed: 1, nodeCount: 3), clock: ManualClock())
  let shell = Shell(cluster: cluster, workspace: MemoryWorkspace(), language: .ko)
  for index in 0..<4 {
    _ = shell.run("kubectl create deployment app-\(index) --image=nginx --replicas=4")
    _ = shell.run("kubectl expose deployment app-\(index) --port=80 --type=NodePort")
  }
  cluster.advance(by: 20)
  let size = TerminalSize(width: 200, height: 60)
  let backend = MemoryBackend(size: size)
  let controller = ScreenController(session: SandboxSession(shell: shell), backend: backend, options: ScreenOptions())
  backend.type("kubectl get pods -o wide\rkubectl get svc\recho 안녕하세요 쿠버네티스\r")
  controller.processQueuedInput()
  controller.handle(.key(.function(5)))
  let curses = try? CursesBackend.virtualScreen(size: size)
  defer { curses?.close() }
  var render: [Double] = []
  var memory: [Double] = []
  var copy: [Double] = []
  for _ in 0..<300 {
    var canvas = Canvas(size: size)
    render.append(seconds { canvas = ScreenRenderer.render(controller.state) })
    memory.append(seconds { backend.draw(canvas) })
    if let curses { copy.append(seconds { curses.draw(canvas) }) }
  }
  var key: [Double] = []
  for index in 0..<300 {
    let press: Key = index % 10 == 9 ? .control("u") : .character(index % 2 == 0 ? "k" : "파")
    key.append(seconds { controller.handle(.key(press)) })
  }
  return (render, memory, copy, key)
}

/// `kubectl get pods -A` at 5,000 pods into the terminal pane, and keys with the map open.
func benchScreenAtScale() -> (output: Double, key: [Double]) {
  let cluster = Cluster(options: ClusterOptions(seed: 1, nodeCount: 3), clock: ManualClock())
  let shell = Shell(cluster: cluster, workspace: MemoryWorkspace())
  _ = shell.run("kubectl create deployment big --image=nginx --replicas=5000")
  _ = shell.run("kubectl expose deployment big --port=80 --type=NodePort")
  cluster.advance(by: 10)
  let backend = MemoryBackend(size: TerminalSize(width: 200, height: 60))
  let controller = ScreenController(session: SandboxSession(shell: shell), backend: backend, options: ScreenOptions())
  backend.type("kubectl get pods -A\r")
  let output = seconds { controller.processQueuedInput() }
  controller.handle(.key(.function(5)))
  var key: [Double] = []
  for index in 0..<50 {
    key.append(seconds { controller.handle(.key(index % 2 == 0 ? .character("k") : .backspace)) })
  }
  return (output, key)
}

let screen = benchScreen()
print("screen: render of a full 200x60 frame (map + terminal pane): \(summary(screen.render))")
print("screen: copy into the in-memory backend: \(summary(screen.memory))")
print("screen: render + copy into the in-memory backend: \(summary(zip(screen.render, screen.memory).map { $0 + $1 }))")
if !screen.curses.isEmpty {
  print("screen: render + copy into curses (mvwaddnwstr + doupdate to /dev/null): \(summary(zip(screen.render, screen.curses).map { $0 + $1 }))")
}
print("screen: key to screen (update, render, copy) at 200x60 with the map open: \(summary(screen.key))")
let screenAtScale = benchScreenAtScale()
print("screen: kubectl get pods -A at 5,000 pods, run and drawn in the terminal pane: \(milliseconds(screenAtScale.output))")
print("screen: key to screen with the map open at 5,000 pods: \(summary(screenAtScale.key))")

/// Cold start, in process: loading the course from Lessons/, then building the cluster,
/// starting lesson 1 and drawing the first full frame of the lesson screen.
func benchColdStart() -> (load: Double, firstFrame: Double, lessons: Int) {
  let lessons = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Lessons")
  var course = LessonLoader.load(directory: lessons)
  let load = seconds { course = LessonLoader.load(directory: lessons) }
  let frame = seconds {
    let session = TutorialSession(
      lessons: course.lessons, configuration: TutorialConfiguration(seed: 1, language: .ko))
    let opening = session.start(lesson: min(1, course.lessons.count - 1))
    let screen = TutorialScreenSession(session: session, opening: opening)
    let backend = MemoryBackend(size: TerminalSize(width: 120, height: 40))
    let controller = ScreenController(session: screen, backend: backend, options: ScreenOptions())
    backend.draw(ScreenRenderer.render(controller.state))
  }
  return (load, load + frame, course.lessons.count)
}

let cold = benchColdStart()
print("cold start: load \(cold.lessons) lessons \(milliseconds(cold.load)); to the first frame of lesson 1 (cluster built, lesson started, 120x40 frame drawn) \(milliseconds(cold.firstFrame))")
print("peak memory (whole run): \(String(format: "%.1f", peakMemoryMB())) MB")
