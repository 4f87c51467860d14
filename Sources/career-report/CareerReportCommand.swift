import ArgumentParser
import ReportPipeline

/// `career-report`: personalised career reports for students, as PDF and email-safe HTML.
@main
struct CareerReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "career-report",
        abstract: "Write personalised career reports for students, as PDF and email-safe HTML.",
        discussion: """
            Each student's profile (interests, self-rated skills, plans) is assessed against a catalog of \
            digital-marketing, IT and hybrid careers built on O*NET data, and written as a report that shows \
            where the student, and each career, sits between marketing and IT.

            Exit codes: 0 every report was written; 1 an input, template or output problem (the message names \
            the file and what to do; nothing is written for a profile that failed); 64 the command line itself \
            is wrong (unknown option, missing argument).
            """,
        version: CareerReportVersion.string,
        subcommands: [
            Generate.self, TemplateCommand.self, AssessCommand.self, CatalogCommand.self, BatchCommand.self,
            MergeManifestsCommand.self, QuestionnaireCommand.self, ScoreCommand.self, ServeCommand.self,
        ])
}
