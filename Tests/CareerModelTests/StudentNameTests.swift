import CareerModel
import Testing

@Suite("Names written the way their owners write them")
struct StudentNameTests {
    @Test(
        "the default order comes from the script",
        arguments: [
            (StudentName(given: "小明", family: "王"), "王小明"),
            (StudentName(given: "José", family: "Müller"), "José Müller"),
            (StudentName(given: "花子", family: "山田"), "山田花子"),
            (StudentName(given: "はなこ", family: "やまだ"), "やまだはなこ"),
            (StudentName(given: "민준", family: "김"), "김민준"),
            (StudentName(given: "Ana", family: ""), "Ana"),
            (StudentName(given: "小明", family: ""), "小明"),
            // a Latin call name beside a CJK family name is no CJK name: given first, with a space
            (StudentName(given: "小明", family: "王", preferred: "Kevin"), "Kevin 王"),
        ])
    func byScript(name: StudentName, full: String) {
        #expect(name.fullName == full)
    }

    @Test("a stated order wins: family first with a space for Latin script, given first for CJK")
    func statedOrder() {
        #expect(StudentName(given: "István", family: "Nagy", order: .familyFirst).fullName == "Nagy István")
        #expect(StudentName(given: "小明", family: "王", order: .givenFirst).fullName == "小明王")
        #expect(StudentName(given: "Taro", family: "Yamada", order: .familyFirst).order == .familyFirst)
        #expect(StudentName(given: "小明", family: "王").order == .familyFirst)
    }

    @Test("a display name replaces the joined parts; the call name stays the preferred or given name")
    func displayName() {
        let name = StudentName(given: "Xiaoming", family: "Wang", preferred: "Kevin", display: "Kevin Xiaoming Wang")
        #expect(name.fullName == "Kevin Xiaoming Wang")
        #expect(name.callName == "Kevin")
    }

    @Test("CJK script: Han, kana, Hangul, with spaces ignored; mixed or empty text is not")
    func script() {
        #expect(NameScript.isCJK("王"))
        #expect(NameScript.isCJK("佐々木"))
        #expect(NameScript.isCJK("スミス・ジョン"))
        #expect(NameScript.isCJK("𠮷田"))
        #expect(!NameScript.isCJK("王 Kevin"))
        #expect(!NameScript.isCJK(""))
        #expect(!NameScript.isCJK("Zoë"))
    }
}
