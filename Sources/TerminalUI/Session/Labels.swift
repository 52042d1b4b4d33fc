import Kubectl

/// kubetutor's own screen texts in English and Korean, until the lesson engine's
/// catalogue takes over (a session answers ``ScreenSession/label(_:)`` from it).
public enum Labels {
  public static func text(_ label: UILabel, in language: Language) -> String {
    switch language {
    case .en: return english(label)
    case .ko: return korean(label)
    }
  }

  static func english(_ label: UILabel) -> String {
    switch label {
    case .sandbox: return "sandbox"
    case .step: return "step"
    case .languageName: return "English"
    case .keyHelp: return "help"
    case .keyLanguage: return "한/EN"
    case .keyHint: return "hint"
    case .keySolution: return "solution"
    case .keyMap: return "map"
    case .keyLessons: return "lessons"
    case .keyQuit: return "quit"
    case .tooSmall:
      return
        "The terminal is {width}x{height}. kubetutor needs at least 80x24: please make the window larger."
    case .helpTitle: return "Keys"
    case .helpFunctionKeys: return "Function keys, and what to type instead"
    case .helpEditing: return "Input line"
    case .helpTyped: return "Without function keys, type the command on the right at the prompt."
    case .helpClose: return "Esc or F1 closes this window."
    case .helpF1: return "this help"
    case .helpF2: return "한국어 / English"
    case .helpF3: return "show the next hint"
    case .helpF4: return "show the solution"
    case .helpF5: return "cluster map on / off"
    case .helpF6: return "lesson list"
    case .helpF6Typed: return "lessons"
    case .helpF10: return "quit kubetutor"
    case .helpScrollTerminal: return "scroll the terminal"
    case .helpScrollLesson: return "scroll the lesson"
    case .helpMove: return "move in the line"
    case .helpKill: return "cut; Ctrl-Y pastes"
    case .helpHistory: return "earlier commands"
    case .helpSearch: return "search earlier commands"
    case .helpComplete: return "complete; a list when several fit"
    case .helpCancel: return "cancel the line"
    case .helpEndOfInput: return "quit, on an empty line"
    case .helpClear: return "clear the screen"
    case .mapTitle: return "cluster map"
    case .mapLaptop: return "laptop"
    case .mapOutside: return "outside the cluster"
    case .mapServices: return "Services"
    case .mapNoServices: return "no Services yet"
    case .mapHidden: return "not shown: kube-* namespaces, the kubernetes Service"
    case .mapUnscheduled: return "not scheduled"
    case .mapNoEndpoints: return "no endpoints"
    case .mapNoPods: return "no pods"
    case .mapMore: return "+{count} more"
    case .mapLastConnection: return "last"
    case .mapNoConnection: return "curl, wget or ping to see the path here"
    case .mapAnswered: return "answered"
    case .mapStopped: return "stopped"
    case .lessonsTitle: return "Lessons"
    case .lessonsNone: return "No lessons in the sandbox: run kubetutor without arguments for them."
    case .lessonsKeys: return "Up/Down choose, Enter open, Esc close"
    case .quitQuestion: return "Quit kubetutor? (y/n)"
    case .sandboxWelcome:
      return
        "kubetutor sandbox: a laptop next to a cluster. Type help for the commands, F1 for the keys, quit to leave."
    case .noLesson: return "kubetutor: there is no lesson in the sandbox, so no hints or solutions."
    case .editorMissing:
      return
        "kubetutor: no editor is installed ({program}). Write the file with a here-document instead: cat > web.yaml <<EOF ... EOF, then kubectl apply -f web.yaml."
    case .editorFailed: return "kubetutor: the editor exited with an error."
    case .scrolledBack: return "scrolled back: PgDn returns"
    case .hintTitle: return "Hint {number}:"
    case .solutionTitle: return "Solution:"
    case .searchPrompt: return "(reverse-i-search)"
    case .searchFailed: return "(failed reverse-i-search)"
    }
  }

  static func korean(_ label: UILabel) -> String {
    switch label {
    case .sandbox: return "샌드박스"
    case .step: return "단계"
    case .languageName: return "한국어"
    case .keyHelp: return "도움말"
    case .keyLanguage: return "한/EN"
    case .keyHint: return "힌트"
    case .keySolution: return "정답"
    case .keyMap: return "지도"
    case .keyLessons: return "레슨"
    case .keyQuit: return "종료"
    case .tooSmall:
      return "터미널 크기가 {width}x{height}입니다. kubetutor는 80x24 이상이 필요하니 창을 늘려 주세요."
    case .helpTitle: return "키 안내"
    case .helpFunctionKeys: return "기능 키와 대신 입력할 명령"
    case .helpEditing: return "입력 줄"
    case .helpTyped: return "기능 키가 없으면 오른쪽 명령을 프롬프트에 입력하세요."
    case .helpClose: return "Esc나 F1을 누르면 닫힙니다."
    case .helpF1: return "이 도움말"
    case .helpF2: return "한국어 / English"
    case .helpF3: return "다음 힌트 보기"
    case .helpF4: return "정답 보기"
    case .helpF5: return "클러스터 지도 켜기/끄기"
    case .helpF6: return "레슨 목록"
    case .helpF6Typed: return "lessons"
    case .helpF10: return "kubetutor 종료"
    case .helpScrollTerminal: return "터미널 스크롤"
    case .helpScrollLesson: return "레슨 스크롤"
    case .helpMove: return "줄 안에서 이동"
    case .helpKill: return "잘라내기, Ctrl-Y 붙이기"
    case .helpHistory: return "이전 명령"
    case .helpSearch: return "이전 명령 검색"
    case .helpComplete: return "자동 완성, 여러 개면 목록"
    case .helpCancel: return "입력 취소"
    case .helpEndOfInput: return "빈 줄에서 종료"
    case .helpClear: return "화면 지우기"
    case .mapTitle: return "클러스터 지도"
    case .mapLaptop: return "노트북"
    case .mapOutside: return "클러스터 밖"
    case .mapServices: return "서비스"
    case .mapNoServices: return "아직 서비스가 없습니다"
    case .mapHidden: return "표시 안 함: kube-* 네임스페이스, kubernetes 서비스"
    case .mapUnscheduled: return "노드 배정 전"
    case .mapNoEndpoints: return "엔드포인트 없음"
    case .mapNoPods: return "파드 없음"
    case .mapMore: return "외 {count}개"
    case .mapLastConnection: return "최근"
    case .mapNoConnection: return "curl, wget, ping을 실행하면 경로가 여기에 보입니다"
    case .mapAnswered: return "응답"
    case .mapStopped: return "중단"
    case .lessonsTitle: return "레슨 목록"
    case .lessonsNone: return "샌드박스에는 레슨이 없습니다. 인자 없이 kubetutor를 실행하세요."
    case .lessonsKeys: return "Up/Down 선택, Enter 열기, Esc 닫기"
    case .quitQuestion: return "kubetutor를 종료할까요? (y/n)"
    case .sandboxWelcome:
      return "kubetutor 샌드박스: 클러스터 옆의 노트북입니다. 명령 목록은 help, 키 안내는 F1, 종료는 quit."
    case .noLesson: return "kubetutor: 샌드박스에는 레슨이 없어서 힌트와 정답이 없습니다."
    case .editorMissing:
      return
        "kubetutor: 설치된 편집기가 없습니다({program}). 대신 히어독으로 파일을 쓰세요: cat > web.yaml <<EOF ... EOF 다음 kubectl apply -f web.yaml."
    case .editorFailed: return "kubetutor: 편집기가 오류로 끝났습니다."
    case .scrolledBack: return "이전 내용 보는 중: PgDn으로 돌아가기"
    case .hintTitle: return "힌트 {number}:"
    case .solutionTitle: return "정답:"
    case .searchPrompt: return "(reverse-i-search)"
    case .searchFailed: return "(failed reverse-i-search)"
    }
  }
}
