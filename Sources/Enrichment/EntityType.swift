/// The kinds of named entity Mujaz links pages by.
public enum EntityType: String, Sendable, Codable, CaseIterable, Comparable {
    case person
    case organization
    case place

    /// The front-matter key that lists names of this type.
    public var frontMatterKey: String {
        switch self {
        case .person: "people"
        case .organization: "organizations"
        case .place: "places"
        }
    }

    /// The label of this type in IOB2 tags and in entity scorers.
    public var tagLabel: String {
        switch self {
        case .person: "PERS"
        case .organization: "ORG"
        case .place: "LOC"
        }
    }

    public static func < (lhs: EntityType, rhs: EntityType) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
