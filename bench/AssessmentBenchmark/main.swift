// Times one assessment against a generated 1,000-occupation catalog.
// Run a release build: swift run -c release assessment-benchmark [occupations] [runs]
import Assessment
import CareerModel
import Foundation

/// A small deterministic generator (SplitMix64), so every run assesses the same catalog.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `range`, rounded to 2 decimals as O*NET publishes them.
    mutating func figure(_ range: ClosedRange<Double>) -> Double {
        let unit = Double(next() >> 11) / Double(1 << 53)
        return ((range.lowerBound + unit * (range.upperBound - range.lowerBound)) * 100).rounded() / 100
    }
}

let arguments = CommandLine.arguments.dropFirst().compactMap { Int($0) }
let occupations = arguments.first ?? 1_000
let runs = arguments.dropFirst().first ?? 2_000

let starter = try Catalog.starter()
var random = SplitMix(state: 2026)
let careers = (0..<occupations).map { index in
    let template = starter.careers[index % starter.careers.count]
    var interests = InterestScores([:])
    for area in RIASEC.allCases { interests[area] = random.figure(1...7) }
    let skills = starter.skills.shuffled(using: &random).prefix(8).map {
        SkillRequirement(skill: $0.key, importance: random.figure(1...5), level: random.figure(0...7))
    }
    return Career(
        code: nil, id: "occupation-\(index)", title: "\(template.title) \(index)", family: template.family,
        description: template.description, interests: interests, jobZone: 1 + index % 5, skills: skills,
        training: template.training, classification: template.classification)
}
let catalog = Catalog(attribution: starter.attribution, skills: starter.skills, careers: careers)
let profile = StudentProfile(
    id: "bench-1", name: StudentName(given: "Bench", family: "Mark"),
    interests: .scores(
        InterestScores([
            .realistic: 6, .investigative: 26, .artistic: 30, .social: 20, .enterprising: 34, .conventional: 24,
        ]), scale: .ip60),
    skills: ["writing": 5, "data_analysis": 3, "html_css": 2, "seo": 2, "speaking": 4, "spreadsheets": 3],
    plans: .bachelor)
let assessor = Assessor(catalog: catalog)

var checksum = 0.0
for _ in 0..<max(1, runs / 10) { checksum += assessor.assess(profile).careers[0].fit }  // warm-up
let clock = ContinuousClock()
let elapsed = clock.measure {
    for _ in 0..<runs { checksum += assessor.assess(profile).careers[0].fit }
}
let perRun = elapsed / runs
let micros = Double(perRun.components.attoseconds) / 1e12 + Double(perRun.components.seconds) * 1e6
print("assessed 1 profile against \(occupations) occupations \(runs) times")
print("time per assessment: \(String(format: "%.1f", micros)) µs (checksum \(String(format: "%.1f", checksum)))")
