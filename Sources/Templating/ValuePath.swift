/// A tag's name split once into the keys a lookup follows: `a.b.c` → ["a", "b", "c"]; `.` → [] (the current context).
struct ValuePath: Sendable, Equatable {
    let keys: [String]

    init(_ name: String) {
        keys = name == "." ? [] : name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
    }
}
