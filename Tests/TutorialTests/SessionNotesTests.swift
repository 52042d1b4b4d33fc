import ClusterSim
import Foundation
import Kubectl
import Testing
import Tutorial

/// The learner's run of a lesson (``SessionJournal``), kept next to progress, and the
/// Markdown notes made of it (`kubetutor notes`, `notes FILE`).
@Suite struct SessionNotesTests {
  func session(store: ProgressStore? = nil, workspace: Workspace = MemoryWorkspace())
    throws -> TutorialSession
  {
    let course = TestSupport.course()
    let index = try TestSupport.index(of: "pod-ips", in: course)
    let session = TutorialSession(
      lessons: course.lessons,
      configuration: TutorialConfiguration(
        seed: 3, language: .ko, workspace: workspace, progressStore: store))
    session.start(lesson: index)
    return session
  }

  @Test func notesHoldTheCommandsTheirOutputAndTheStepsInTheChosenLanguage() throws {
    let session = try session()
    _ = session.submit("kubectl create deployment web --image=nginx --replicas=3")
    _ = session.wait(seconds: 10)
    let listing = session.submit("kubectl get pods -o wide")
    _ = session.submit("kubectl get nodes")
    let pod = try #require(session.cluster.state.store.list(Pod.self, in: "default").first?.name)

    let korean = try #require(session.notes(in: .ko))
    #expect(korean.hasPrefix("# 레슨 1: 파드 IP는 왜 바뀔까\n"))
    let count = session.lesson.steps.count
    #expect(korean.contains("## 1/\(count) 단계"))
    #expect(korean.contains("`nginx` 웹 서버를 세 개 실행하는 디플로이먼트 `web`을 만들어 보세요."))
    #expect(
      korean.contains(
        "user@laptop:~$ kubectl create deployment web --image=nginx --replicas=3\ndeployment.apps/web created\n"
      ))
    #expect(
      korean.contains(
        "user@laptop:~$ kubectl get pods -o wide\n"
          + listing.chunks.filter { $0.kind == .output }.map(\.text).joined()))
    #expect(korean.contains(pod), "the learner's own pod names are in the notes")
    #expect(korean.contains("**✓ 완료.**"))
    #expect(!korean.contains("Create a Deployment"))

    let english = try #require(session.notes(in: .en))
    #expect(english.hasPrefix("# Lesson 1: Why pod IPs change\n"))
    #expect(english.contains("## Step 1/\(count)"))
    #expect(english.contains("**✓ Done.**"))
    #expect(!english.contains("디플로이먼트"))
    #expect(english.contains("user@laptop:~$ kubectl get nodes\n"))
  }

  @Test func aSkippedStepAndTheRecapAreInTheNotes() throws {
    let session = try session()
    while !session.isLessonComplete { _ = session.submit("next") }
    let notes = try #require(session.notes(in: .en))
    #expect(notes.contains("_Skipped with `next`: its solution was applied for you._"))
    #expect(notes.contains("## What you learned"))
    let recap = try #require(session.sessionJournal?.recap?.en)
    #expect(notes.contains(recap.trimmingCharacters(in: .whitespacesAndNewlines)))
  }

  @Test func notesCommandWritesTheFileIntoTheLearnersFiles() throws {
    let files = MemoryWorkspace()
    let session = try session(workspace: files)
    _ = session.submit("kubectl create deployment web --image=nginx --replicas=3")
    let response = session.submit("notes pod-ips.md")
    #expect(response.text.contains("~/pod-ips.md"))
    let written = try files.read("pod-ips.md")
    #expect(written == session.notes())
    #expect(written.contains("kubectl create deployment web --image=nginx --replicas=3"))
    #expect(session.submit("notes").text.contains("사용법: notes 파일"))
    #expect(session.submit("cat pod-ips.md").text.contains("# 레슨 1:"))
    // `notes -` prints them instead of writing a file called "-".
    let printed = session.submit("notes -").text
    #expect(printed.hasPrefix("# 레슨 1:"))
    #expect((try? files.read("-")) == nil)
  }

  @Test func theJournalIsSavedNextToProgressAfterEachCommand() throws {
    let folder = TestSupport.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let progress = ProgressStore(directory: folder)
    let store = SessionJournalStore(besides: progress)
    let session = try session(store: progress)
    _ = session.submit("kubectl get nodes")
    let saved = try #require(store.load("pod-ips"))
    #expect(store.file(for: "pod-ips").path == folder.path + "/sessions/pod-ips.json")
    #expect(saved.steps.first?.commands.map(\.line) == ["kubectl get nodes"])
    _ = session.submit("kubectl create deployment web --image=nginx --replicas=3")
    #expect(store.load("pod-ips")?.commandCount == 2)
    #expect(store.named("1")?.lesson == "pod-ips")
    #expect(store.latest() == session.sessionJournal)
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: store.directory.path)
    #expect(leftovers == ["pod-ips.json"], "no temporary file is left behind")
  }

  @Test func theJournalStaysBounded() throws {
    let session = try session()
    _ = session.submit("seq 1 500")
    let clipped = try #require(session.sessionJournal?.steps.first?.commands.first)
    #expect(clipped.output.split(separator: "\n").count == SessionJournal.maxOutputLines)
    #expect(clipped.omittedLines == 500 - SessionJournal.maxOutputLines)
    #expect(session.notes(in: .en)?.contains("… 440 more lines not kept") == true)
    for number in 0..<(SessionJournal.maxCommands + 5) { _ = session.submit("echo \(number)") }
    let journal = try #require(session.sessionJournal)
    #expect(journal.commandCount == SessionJournal.maxCommands)
    #expect(journal.droppedCommands == 6)
    let size = try SessionJournalStore.encode(journal).count
    #expect(size < 1_000_000)
  }
}
