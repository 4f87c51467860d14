import CareerModel

/// One work activity of the O*NET Interest Profiler, exactly as O*NET publishes it.
///
/// The text is O*NET's, under CC BY-ND 4.0: show it unchanged, never reworded, and never mixed
/// with CareerReport's own questions.
public struct InterestItem: Sendable, Equatable, Decodable {
    /// Stable id: `ipsf-01`...`ipsf-60` on the Short Form, `ipmini-01`...`ipmini-30` on the Mini-IP.
    public var id: String
    /// The item's place in the official order, from 1.
    public var number: Int
    /// The RIASEC area the item counts towards.
    public var area: RIASEC
    /// The activity in English, for example "Build kitchen cabinets".
    public var text: String
    /// On the Mini-IP, the id of the same activity on the Short Form (`ipsf-01`); `nil` on the Short Form.
    public var shortFormItem: String?

    /// Creates an item.
    public init(id: String, number: Int, area: RIASEC, text: String, shortFormItem: String? = nil) {
        self.id = id
        self.number = number
        self.area = area
        self.text = text
        self.shortFormItem = shortFormItem
    }

    private enum CodingKeys: String, CodingKey {
        case id, number, area, text
        case shortFormItem = "short_form_item"
    }
}
