import Foundation
import Questionnaire

/// The counselor's pages. The session page is meant for a projector: counts, never names.
enum ConsolePages {
    static func home(sessions: [ClassSession], csrf: String) -> String {
        let rows = sessions.map { session -> String in
            """
            <tr><td><a href="/console/sessions/\(session.id)">\(HTML.text(session.title))</a></td>\
            <td>\(session.form == "mini" ? "Mini-IP (30)" : "Short Form (60)")</td>\
            <td>\(session.isOpen ? "open" : "closed")</td>\
            <td>\(session.createdAt.formatted(.iso8601.year().month().day()))</td></tr>
            """
        }.joined(separator: "\n")
        let table =
            sessions.isEmpty
            ? "<p>No class sessions yet.</p>"
            : """
            <div class="table-scroll"><table><caption>Class sessions</caption>
            <thead><tr><th scope="col">Session</th><th scope="col">Form</th><th scope="col">State</th><th scope="col">Created</th></tr></thead>
            <tbody>\(rows)</tbody></table></div>
            """
        let createForm = postForm(
            "/console/sessions", csrf: csrf,
            """
            <p><label for="title">Name (for you, for example "Grade 11 B, period 3")</label>
            <input id="title" name="title" required maxlength="80"></p>
            <fieldset><legend>Questionnaire</legend>
            <label class="choice"><input type="radio" name="form" value="short" checked> Interest Profiler Short Form (60 questions, about 15 minutes)</label>
            <label class="choice"><input type="radio" name="form" value="mini"> Mini Interest Profiler (30 questions)</label>
            </fieldset>
            <p><button type="submit">Open the session</button></p>
            """)
        return PageLayout(language: .en, title: "Counselor console").render(
            """
            \(table)
            <section aria-labelledby="new-heading">
            <h2 id="new-heading">New class session</h2>
            \(createForm)
            </section>
            """)
    }

    /// What the class sees: the join code and the counts.
    struct Counts {
        var started = 0
        var finished = 0
        var flagged = 0
    }

    static func session(
        _ session: ClassSession, counts: Counts, rosterCount: Int, addresses: [String], csrf: String,
        notice: String? = nil
    ) -> String {
        let id = session.id
        let state =
            session.isOpen
            ? """
            <p class="join">Students open \(addresses.map { "<strong>\(HTML.text($0))</strong>" }.joined(separator: " or ")) \
            and type the code <strong class="code">\(HTML.text(session.joinCode))</strong></p>
            """
            : "<p class=\"join\">This session is closed: its code no longer works. Students can still read their reports.</p>"
        let rosterForm = postForm(
            "/console/sessions/\(id)/roster", csrf: csrf, attributes: " enctype=\"multipart/form-data\"",
            """
            <p><label for="roster">Roster: a CSV (columns id, given_name, family_name, as for career-report batch) \
            or a OneRoster 1.1 or 1.2 export as the school system zips it</label>
            <input type="file" id="roster" name="roster" accept=".csv,text/csv,.zip,application/zip" required></p>
            <p><label for="class">Class sourcedId (OneRoster only, optional)</label>
            <input id="class" name="class" maxlength="200" autocomplete="off" aria-describedby="class-hint"></p>
            <p id="class-hint" class="hint">A OneRoster export usually holds many classes: give the class's \
            sourcedId (from classes.csv) to load only its students. Left empty, every active student in the export \
            is loaded.</p>
            <p><button type="submit">Load the roster</button></p>
            """)
        let closeForm = postForm(
            "/console/sessions/\(id)/close", csrf: csrf,
            """
            <p><button type="submit">Close the session</button></p>
            """)
        let controls =
            session.isOpen
            ? """
            <section aria-labelledby="roster-heading">
            <h2 id="roster-heading">Roster (optional)</h2>
            <p>\(rosterCount == 0 ? "No roster: students type their student ID." : "\(rosterCount) students on the roster: students choose their name.")</p>
            \(rosterForm)
            </section>
            \(closeForm)
            """
            : ""
        let deleteForm = postForm(
            "/console/sessions/\(id)/delete", csrf: csrf,
            """
            <p><label class="choice"><input type="checkbox" name="confirm" value="yes" required> Delete this session's roster, answers and students for good</label></p>
            <p><button type="submit" class="danger">Delete the session's data</button></p>
            """)
        return PageLayout(language: .en, title: session.title, scripts: session.isOpen ? ["/static/console.js"] : [])
            .render(
                """
                \(notice.map { "<p class=\"notice\" role=\"status\">\(HTML.text($0))</p>" } ?? "")
                \(state)
                <dl class="counts" data-counts="/console/sessions/\(id)/counts.json" aria-live="polite">
                <div><dt>Started</dt><dd data-count="started">\(counts.started)</dd></div>
                <div><dt>Finished</dt><dd data-count="finished">\(counts.finished)</dd></div>
                <div><dt>Flagged</dt><dd data-count="flagged">\(counts.flagged)</dd></div>
                </dl>
                <p><a href="/console/sessions/\(id)">Refresh</a> (the counts also update by themselves every 10 seconds)</p>
                \(controls)
                <section aria-labelledby="download-heading">
                <h2 id="download-heading">Download</h2>
                <ul>
                <li><a href="/console/sessions/\(id)/reports.zip">All reports (zip of PDF and HTML)</a></li>
                <li><a href="/console/sessions/\(id)/responses.csv">The answers (CSV: student_id, item_id, answer; career-report score reads it)</a></li>
                </ul>
                </section>
                <section aria-labelledby="delete-heading">
                <h2 id="delete-heading">Delete</h2>
                \(deleteForm)
                </section>
                <p><a href="/console">All sessions</a></p>
                """)
    }

    static func login(csrf: String, problem: String? = nil) -> String {
        let signInForm = postForm(
            "/console/login", csrf: csrf,
            """
            <p><label for="password">Console password</label>
            <input type="password" id="password" name="password" required autocomplete="current-password"></p>
            <p><button type="submit">Sign in</button></p>
            """)
        return PageLayout(language: .en, title: "Counselor console: sign in").render(
            """
            \(problem.map { "<p class=\"problem\" role=\"alert\">\(HTML.text($0))</p>" } ?? "")
            \(signInForm)
            """)
    }
}
