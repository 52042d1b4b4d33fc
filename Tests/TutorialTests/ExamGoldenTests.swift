import Foundation
import Kubectl
import Testing
import Tutorial

/// Golden transcripts of `kubetutor exam --plain --tasks 3 --seed 1`: a candidate solves the
/// three tasks their own way, flags one, looks at the list, and submits. RECORD_GOLDEN=1
/// rewrites them.
@Suite struct ExamGoldenTests {
  /// What the candidate types. The tasks of seed 1 are: a NodePort manifest from a dry run
  /// (namespace events-app), a Service whose selector matches nothing (api-prod), and a
  /// ClusterIP Service for a Deployment (analytics).
  static let script = """
    k get deploy,svc -n events-app
    k create service nodeport public-web -n events-app --tcp=80:80 --node-port=30014 --dry-run=client -o yaml > /home/user/course/1/public-web.yaml
    cat /home/user/course/1/public-web.yaml
    sed -i 's/app: public-web/app: seat-map/' /home/user/course/1/public-web.yaml
    k apply -f /home/user/course/1/public-web.yaml
    curl -s http://192.168.1.3:30014
    task 2
    k get svc,ep -n api-prod
    k get pods -n api-prod --show-labels
    hint
    flag
    k set selector svc checkout app=checkout -n api-prod
    k get ep checkout -n api-prod
    k exec -n api-prod client -- wget -qO- http://checkout:8080 | head -4
    next
    k expose deploy api -n analytics --name=api-svc --port=3000 --target-port=80
    k exec -n analytics client -- wget -qO- http://api-svc:3000
    tasks
    time
    submit
    y
    """

  func transcript(_ language: Language) -> String {
    let paper = ExamPaper.draw(from: ExamTestSupport.catalogue, count: 3, seed: 1)
    let session = ExamTestSupport.session(paper, language: language, minutes: 18)
    return PlainExam(session: session).transcript(script: Self.script)
  }

  @Test func aSolvedExamInEnglish() throws {
    let text = transcript(.en)
    #expect(text.contains("Score: 100% (pass mark 66%): passed"))
    #expect(!text.contains("✗"))
    try Golden.check("exam-3-tasks.en.out", text, recordWith: "swift test --filter ExamGoldenTests")
  }

  @Test func aSolvedExamInKorean() throws {
    let text = transcript(.ko)
    #expect(text.contains("점수: 100% (합격선 66%): 합격"))
    #expect(!text.contains("✗"))
    try Golden.check("exam-3-tasks.ko.out", text, recordWith: "swift test --filter ExamGoldenTests")
  }
}
