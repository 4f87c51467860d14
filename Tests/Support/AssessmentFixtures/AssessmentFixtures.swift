import CareerModel

/// A catalog and a student small enough to check an assessment by hand, shared by the tests of
/// the assessment and of its output.
public enum AssessmentFixtures {
    /// Two skills (one technical) and three careers small enough to check by hand.
    public static let catalog = Catalog(
        attribution: "test",
        skills: [
            Skill(key: "writing", name: "Writing", technical: false, description: ""),
            Skill(key: "html_css", name: "HTML and CSS", technical: true, description: ""),
        ],
        careers: [
            career(
                "writer", "Writer", .marketing,
                [.artistic: 7, .social: 4, .enterprising: 5, .realistic: 1, .investigative: 3, .conventional: 2],
                zone: 4,
                skills: [SkillRequirement(skill: "writing", importance: 5, level: 6)]),
            career(
                "webdev", "Web Developer", .it,
                [.investigative: 6, .conventional: 5, .realistic: 3, .artistic: 4, .social: 1, .enterprising: 2],
                zone: 5,
                skills: [
                    SkillRequirement(skill: "html_css", importance: 5, level: 6),
                    SkillRequirement(skill: "writing", importance: 3, level: 3),
                ]),
            career(
                "twin", "Another Writer", .marketing,
                [.artistic: 7, .social: 4, .enterprising: 5, .realistic: 1, .investigative: 3, .conventional: 2],
                zone: 4,
                skills: [SkillRequirement(skill: "writing", importance: 5, level: 6)]),
        ])

    /// A career with no O*NET code, the given interests (1-7), Job Zone and skill requirements.
    public static func career(
        _ id: String, _ title: String, _ family: CareerFamily, _ interests: [RIASEC: Double], zone: Int,
        skills: [SkillRequirement]
    ) -> Career {
        Career(
            code: nil, id: id, title: title, family: family, description: "", interests: InterestScores(interests),
            jobZone: zone,
            skills: skills, classification: Classification(onet: "", esco: ""))
    }

    /// Student `t-1`: by default skills writing 5 and HTML/CSS 1, bachelor plans, and IP-60 scores
    /// with the Holland code AES.
    public static func profile(
        skills: [String: Int] = ["writing": 5, "html_css": 1], plans: EducationPlan? = .bachelor,
        interests: StudentInterests = .scores(
            InterestScores([
                .realistic: 4, .investigative: 20, .artistic: 36, .social: 24, .enterprising: 28, .conventional: 10,
            ]), scale: .ip60)
    ) -> StudentProfile {
        StudentProfile(
            id: "t-1", name: StudentName(given: "Test", family: "Student"), interests: interests, skills: skills,
            plans: plans)
    }
}
