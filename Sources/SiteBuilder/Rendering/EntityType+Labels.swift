import Enrichment

extension EntityType {
    /// Heading of a group of entities of this type.
    var pluralLabel: String {
        switch self {
        case .person: "أشخاص"
        case .organization: "منظمات"
        case .place: "أماكن"
        }
    }

    var singularLabel: String {
        switch self {
        case .person: "شخص"
        case .organization: "منظمة"
        case .place: "مكان"
        }
    }

    /// schema.org type for JSON-LD mentions.
    var schemaOrgType: String {
        switch self {
        case .person: "Person"
        case .organization: "Organization"
        case .place: "Place"
        }
    }
}
