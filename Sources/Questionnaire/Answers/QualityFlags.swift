import CareerModel
import Foundation

/// Signs that a student's answers may not show their interests well, each explained in plain
/// words for the student and for the counselor. Thresholds and sources: docs/questionnaire.md,
/// "Quality flags".
public enum QualityFlag: String, Sendable, CaseIterable {
    /// Every answer is the same: the scores say nothing, so careers are not matched.
    case allSame = "all_same"
    /// A run of ``longRunLength`` or more identical answers in a row.
    case longRun = "long_run"
    /// All six areas within 5 points of 100 of each other (the assessment's own "flat").
    case flat
    /// Every area in the lowest quarter of its range.
    case allLow = "all_low"
    /// Every area in the highest quarter of its range.
    case allHigh = "all_high"
    /// Half or more of the answers are "Unsure".
    case mostlyUnsure = "mostly_unsure"
    /// Under ``secondsPerItem`` seconds per item, from the export's start and end times.
    case tooFast = "too_fast"

    /// Identical answers in a row that make a ``longRun``.
    public static let longRunLength = 15
    /// The quickest credible pace, in seconds per item.
    public static let secondsPerItem = 2.0
    /// The spread (of 100) under which a profile is ``flat``.
    public static let flatSpread = 5.0
    /// The share of the range at or under which every area is ``allLow`` (and at or over 1 minus it, ``allHigh``).
    public static let lowShare = 0.25
    /// The share of "Unsure" answers that makes ``mostlyUnsure``.
    public static let unsureShare = 0.5

    /// True when careers should not be matched on these answers.
    public var blocksMatching: Bool { self == .allSame }

    /// The flags `scoring`'s answers raise; `seconds` is how long the form took, when known.
    public static func flags(for scoring: InterestScoring, seconds: Double?) -> [QualityFlag] {
        let given = scoring.answers.compactMap { $0 }
        guard !given.isEmpty else { return [] }
        var flags: [QualityFlag] = []
        if given.count > 1 && Set(given).count == 1 {
            flags.append(.allSame)
        } else {
            if longestRun(scoring.answers) >= longRunLength { flags.append(.longRun) }
            if let scores = scoring.scores {
                let scale = scoring.instrument.interestScale
                let percents = scores.values.map(scale.standardized)
                if (percents.max()! - percents.min()!) < flatSpread { flags.append(.flat) }
                if percents.allSatisfy({ $0 <= lowShare * 100 }) { flags.append(.allLow) }
                if percents.allSatisfy({ $0 >= (1 - lowShare) * 100 }) { flags.append(.allHigh) }
            }
        }
        let unsure = scoring.instrument.answerScale.answers.first { $0.label == "Unsure" }?.value ?? 2
        if Double(given.count { $0 == unsure }) >= unsureShare * Double(given.count) && !flags.contains(.allSame) {
            flags.append(.mostlyUnsure)
        }
        if let seconds, seconds < secondsPerItem * Double(given.count) { flags.append(.tooFast) }
        return flags
    }

    /// The longest run of one answer in consecutive items (a missing answer ends a run).
    static func longestRun(_ answers: [Int?]) -> Int {
        var longest = 0
        var current = 0
        var last: Int?
        for answer in answers {
            if let answer, answer == last {
                current += 1
            } else {
                current = answer == nil ? 0 : 1
            }
            last = answer
            longest = max(longest, current)
        }
        return longest
    }

    /// The flag as the report and manifest carry it, explained in English and Spanish.
    public var record: AnswerFlag {
        AnswerFlag(code: rawValue, student: student, counselor: counselor)
    }

    private var student: [String: String] {
        switch self {
        case .allSame:
            [
                "en":
                    "You gave every activity the same answer, so your answers can't show what you like more or less. Please take the questionnaire again, thinking about each activity on its own.",
                "es":
                    "Diste la misma respuesta a todas las actividades, así que tus respuestas no muestran qué te gusta más o menos. Vuelve a responder el cuestionario pensando en cada actividad por separado.",
            ]
        case .longRun:
            [
                "en":
                    "You gave the same answer to \(Self.longRunLength) or more activities in a row. If you went quickly, your results may say less about you.",
                "es":
                    "Diste la misma respuesta a \(Self.longRunLength) o más actividades seguidas. Si respondiste deprisa, tus resultados pueden decir menos de ti.",
            ]
        case .flat:
            [
                "en":
                    "Your six interest areas came out almost equal, so no area stands out yet. Talk with your counselor about the activities you enjoy most.",
                "es":
                    "Tus seis áreas de interés salieron casi iguales, así que todavía ninguna destaca. Habla con tu orientador sobre las actividades que más disfrutas.",
            ]
        case .allLow:
            [
                "en":
                    "You liked few of the activities. That is fine: your results show which areas you dislike least, and a counselor can help you explore.",
                "es":
                    "Te gustaron pocas actividades. No pasa nada: tus resultados muestran las áreas que menos te disgustan, y tu orientador puede ayudarte a explorar.",
            ]
        case .allHigh:
            [
                "en":
                    "You liked almost every activity. Your results show many possibilities; thinking about which ones you like most will sharpen them.",
                "es":
                    "Te gustaron casi todas las actividades. Tus resultados muestran muchas posibilidades; pensar cuáles te gustan más los hará más claros.",
            ]
        case .mostlyUnsure:
            [
                "en":
                    "You answered \"Unsure\" to half or more of the activities, so your results rest on fewer answers. Learning more about some of these activities can help.",
                "es":
                    "Respondiste \"No estoy seguro\" en la mitad o más de las actividades, así que tus resultados se basan en menos respuestas. Conocer mejor algunas de estas actividades puede ayudar.",
            ]
        case .tooFast:
            [
                "en":
                    "You finished the questionnaire very quickly. If you rushed, consider taking it again at your own pace.",
                "es":
                    "Terminaste el cuestionario muy rápido. Si te apresuraste, piensa en volver a hacerlo con calma.",
            ]
        }
    }

    private var counselor: [String: String] {
        switch self {
        case .allSame:
            [
                "en":
                    "Every answer is identical: no interest profile can be read from it and careers were not matched. Ask the student to retake the questionnaire.",
                "es":
                    "Todas las respuestas son idénticas: no se puede leer un perfil de intereses y no se buscaron carreras. Pida al estudiante que repita el cuestionario.",
            ]
        case .longRun:
            [
                "en":
                    "\(Self.longRunLength) or more identical answers in a row (straight-lining). Check with the student that they read each item.",
                "es":
                    "\(Self.longRunLength) o más respuestas idénticas seguidas. Confirme con el estudiante que leyó cada actividad.",
            ]
        case .flat:
            [
                "en":
                    "The six areas differ by less than 5 points of 100: the profile's shape carries little information and career matches are tentative.",
                "es":
                    "Las seis áreas difieren en menos de 5 puntos de 100: la forma del perfil dice poco y las coincidencias con carreras son provisionales.",
            ]
        case .allLow:
            [
                "en":
                    "Every area is in the lowest quarter of its range. Rank order still holds, but talk about what the student does enjoy.",
                "es":
                    "Todas las áreas están en el cuarto más bajo de su rango. El orden sigue valiendo, pero hable de lo que sí disfruta el estudiante.",
            ]
        case .allHigh:
            [
                "en":
                    "Every area is in the highest quarter of its range. The profile is weakly differentiated; help the student prioritise.",
                "es":
                    "Todas las áreas están en el cuarto más alto de su rango. El perfil está poco diferenciado; ayude al estudiante a priorizar.",
            ]
        case .mostlyUnsure:
            [
                "en":
                    "Half or more answers are \"Unsure\": the student may not know these activities yet; scores rest on few clear answers.",
                "es":
                    "La mitad o más de las respuestas son \"No estoy seguro\": quizá el estudiante no conoce estas actividades; los puntajes se basan en pocas respuestas claras.",
            ]
        case .tooFast:
            [
                "en":
                    "The form took under \(Int(Self.secondsPerItem)) seconds per item (start to completion time), faster than careful reading allows. Consider a retake.",
                "es":
                    "El formulario tomó menos de \(Int(Self.secondsPerItem)) segundos por actividad, más rápido de lo que permite una lectura atenta. Considere repetirlo.",
            ]
        }
    }
}
