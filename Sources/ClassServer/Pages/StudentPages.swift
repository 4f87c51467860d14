import Questionnaire

/// The pages a student sees, in English or Spanish.
enum StudentPages {
    /// The first page: join with the class's code, or continue with a resume code.
    static func join(language: UILanguage, csrf: String, problem: String? = nil) -> String {
        let es = language == .es
        let other: UILanguage = es ? .en : .es
        let languages = UILanguage.allCases.map { option -> String in
            """
            <label class="choice"><input type="radio" name="lang" value="\(option.rawValue)"\(option == language ? " checked" : "")> \
            <span lang="\(option.rawValue)">\(option.name)</span></label>
            """
        }.joined(separator: "\n")
        let joinForm = postForm(
            "/join", csrf: csrf,
            """
            <p><label for="code">\(es ? "Código de la clase (te lo da tu orientador)" : "Class code (your counselor gives it to you)")</label>
            <input id="code" name="code" autocomplete="off" autocapitalize="characters" spellcheck="false" required maxlength="20"></p>
            <fieldset><legend>\(es ? "Idioma" : "Language")</legend>
            \(languages)
            </fieldset>
            <p><button type="submit">\(es ? "Unirse" : "Join")</button></p>
            """)
        let resumeForm = postForm(
            "/resume", csrf: csrf,
            """
            <input type="hidden" name="lang" value="\(language.rawValue)">
            <p><label for="resume">\(es ? "Tu código para retomar" : "Your resume code")</label>
            <input id="resume" name="resume" autocomplete="off" autocapitalize="characters" spellcheck="false" required maxlength="30"></p>
            <p><button type="submit">\(es ? "Continuar" : "Continue")</button></p>
            """)
        return PageLayout(
            language: language, title: es ? "Cuestionario de intereses" : "Career interests questionnaire"
        )
        .render(
            """
            <p><a href="/?lang=\(other.rawValue)" lang="\(other.rawValue)" hreflang="\(other.rawValue)">\(other.name)</a></p>
            \(problem.map { "<p class=\"problem\" role=\"alert\">\(HTML.text($0))</p>" } ?? "")
            <section aria-labelledby="join-heading">
            <h2 id="join-heading">\(es ? "Unirse a tu clase" : "Join your class")</h2>
            \(joinForm)
            </section>
            <section aria-labelledby="resume-heading">
            <h2 id="resume-heading">\(es ? "Continuar donde lo dejaste" : "Continue where you left off")</h2>
            \(resumeForm)
            </section>
            """)
    }

    /// Who is answering: a name from the roster, or the student's id.
    static func whoAreYou(
        language: UILanguage, csrf: String, code: String, roster: [RosterName], problem: String? = nil
    ) -> String {
        let es = language == .es
        let field: String
        if roster.isEmpty {
            field = """
                <p><label for="student">\(es ? "Tu número de estudiante (ID)" : "Your student ID")</label>
                <input id="student" name="student" autocomplete="off" spellcheck="false" required maxlength="64"></p>
                """
        } else {
            let options = roster.map { (name: RosterName) -> String in
                "<option value=\"\(HTML.attribute(name.studentID))\">\(HTML.text(name.display))</option>"
            }.joined(separator: "\n")
            field = """
                <p><label for="student">\(es ? "Elige tu nombre" : "Choose your name")</label>
                <select id="student" name="student" required>
                <option value="">\(es ? "(elige)" : "(choose)")</option>
                \(options)
                </select></p>
                """
        }
        let whoForm = postForm(
            "/join/student", csrf: csrf,
            """
            <input type="hidden" name="code" value="\(HTML.attribute(code))">
            <input type="hidden" name="lang" value="\(language.rawValue)">
            \(field)
            <p><button type="submit">\(es ? "Empezar" : "Start")</button></p>
            """)
        return PageLayout(language: language, title: es ? "¿Quién eres?" : "Who are you?").render(
            """
            \(problem.map { "<p class=\"problem\" role=\"alert\">\(HTML.text($0))</p>" } ?? "")
            \(whoForm)
            """)
    }

    /// After joining: the resume code to write down.
    static func welcome(language: UILanguage, resumeCode: String, pages: Int) -> String {
        let es = language == .es
        return PageLayout(language: language, title: es ? "¡Bienvenido!" : "Welcome!").render(
            """
            <p>\(es ? "Tu código para retomar es" : "Your resume code is") <strong class="code">\(HTML.text(formatted(resumeCode)))</strong></p>
            <p>\(es ? "Anótalo: con él puedes continuar en otro dispositivo. No se lo muestres a nadie." : "Write it down: with it you can continue on another device. Don't show it to anyone.")</p>
            <p>\(es ? "El cuestionario tiene \(pages) páginas. Cada página se guarda cuando pasas a la siguiente." : "The questionnaire has \(pages) pages. Each page is saved when you go on to the next.")</p>
            <p><a class="button" href="/q/1">\(es ? "Empezar el cuestionario" : "Start the questionnaire")</a></p>
            """)
    }

    /// A resume code as people read it: two groups of five.
    static func formatted(_ code: String) -> String {
        code.count == 10 ? "\(code.prefix(5))-\(code.suffix(5))" : code
    }

    /// One page of questions with the student's saved answers checked.
    static func questions(
        _ page: QuestionPages.Page, of pages: QuestionPages, answers: [String: String], language: UILanguage,
        csrf: String, resumeCode: String, closed: Bool
    ) -> String {
        let es = language == .es
        let total = pages.pages.count
        var intro = ""
        switch page.section {
        case .interests:
            let source = pages.list.instrument.source
            intro = """
                <p>\(es ? "¿Cuánto te gustaría hacer cada actividad como trabajo? No pienses en si tienes la formación o en cuánto ganarías." : "How would you like doing each activity as a job? Don't think about whether you have the training or how much money you would make.")</p>
                \(es ? "<p class=\"note\">Las preguntas del O*NET Interest Profiler se muestran en inglés: su texto oficial en español no se ha podido verificar, y no se pueden traducir por nuestra cuenta.</p>" : "")
                <p class="attribution">\(HTML.text(source.attribution))</p>
                """
        case .skills:
            let section = pages.list.selfRating
            let levels = section.levels.map { (level: SelfRatingLevel) -> String in
                "<dt>\(level.value) · \(HTML.text(level.label.text(in: language.rawValue)))</dt><dd>\(HTML.text(level.anchor.text(in: language.rawValue)))</dd>"
            }.joined(separator: "\n")
            intro = """
                <p>\(HTML.text(section.instructions.text(in: language.rawValue)))</p>
                <dl class="levels">\(levels)</dl>
                """
        case .plans:
            intro = ""
        }
        let fieldsets = page.questions.map { question -> String in
            let options = question.answers.enumerated().map { index, answer -> String in
                let id = "\(question.id)-\(index)"
                let checked = answers[question.id] == answer.value ? " checked" : ""
                let label =
                    question.section == .skills ? "\(answer.value) · \(answer.label)" : answer.label
                return """
                    <label class="choice" for="\(HTML.attribute(id))"><input type="radio" id="\(HTML.attribute(id))" name="\(HTML.attribute(question.id))" value="\(HTML.attribute(answer.value))"\(checked)> \(HTML.text(label))</label>
                    """
            }.joined(separator: "\n")
            let description = question.description.map { "<p class=\"hint\">\(HTML.text($0))</p>" } ?? ""
            return """
                <fieldset class="question" id="q-\(HTML.attribute(question.id))">
                <legend><span class="number">\(question.number).</span> \(HTML.text(question.text))</legend>
                \(description)
                <div class="choices\(question.section == .plans ? " list" : "")">\(options)</div>
                </fieldset>
                """
        }.joined(separator: "\n")
        let last = page.number == total
        let next =
            last
            ? (es ? "Guardar y ver mi informe" : "Save and see my report")
            : (es ? "Guardar y seguir" : "Save and continue")
        let back =
            page.number > 1
            ? "<button type=\"submit\" name=\"go\" value=\"back\" class=\"secondary\">\(es ? "Guardar y volver" : "Save and go back")</button>"
            : ""
        let closedNote =
            closed
            ? "<p class=\"problem\" role=\"alert\">\(es ? "La sesión de la clase está cerrada: ya no se pueden cambiar las respuestas." : "The class session is closed: answers can no longer be changed.")</p>"
            : ""
        let heading =
            page.section == .interests
            ? (es ? "Intereses" : "Interests")
            : page.section == .skills
                ? HTML.text(pages.list.selfRating.title.text(in: language.rawValue))
                : (es ? "Tus planes" : "Your plans")
        let answersForm = postForm(
            "/q/\(page.number)", csrf: csrf,
            """
            \(fieldsets)
            <p class="actions"><button type="submit" name="go" value="next">\(next)</button>
            \(back)</p>
            """)
        return PageLayout(language: language, title: "\(heading) · \(es ? "página" : "page") \(page.number)/\(total)")
            .render(
                """
                <p class="progress"><label for="progress">\(es ? "Página \(page.number) de \(total)" : "Page \(page.number) of \(total)")</label>
                <progress id="progress" max="\(total)" value="\(page.number)">\(page.number)/\(total)</progress></p>
                \(closedNote)
                \(intro)
                \(answersForm)
                <p class="note">\(es ? "Tu código para retomar:" : "Your resume code:") <span class="code">\(HTML.text(formatted(resumeCode)))</span></p>
                """)
    }

    /// When careers can't be matched on the answers: why, and where to go.
    static func notMatched(reason: String, language: UILanguage) -> String {
        let es = language == .es
        return PageLayout(
            language: language, title: es ? "Aún no podemos hacer tu informe" : "We can't make your report yet"
        )
        .render(
            """
            <p>\(es ? "Motivo (en inglés):" : "Why:") \(HTML.text(reason)).</p>
            <p><a class="button" href="/q/1">\(es ? "Revisar mis respuestas" : "Review my answers")</a></p>
            """)
    }
}
