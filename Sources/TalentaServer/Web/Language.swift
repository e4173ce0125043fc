import Hummingbird

/// The interface language: Bahasa Indonesia first, English on request.
///
/// `?lang=en` or `?lang=id` on any page chooses, and a cookie keeps the choice.
enum Language: String, Sendable {
    case id, en

    init(request: Request) {
        if let query = request.uri.queryParameters.get("lang"), let chosen = Language(rawValue: query) {
            self = chosen
        } else if let cookie = request.cookie("lang"), let chosen = Language(rawValue: cookie) {
            self = chosen
        } else {
            self = .id
        }
    }

    /// The Indonesian or the English text.
    func pick(_ indonesian: String, _ english: String) -> String {
        self == .id ? indonesian : english
    }

    var other: Language { self == .id ? .en : .id }
}
