/// One named step of the build pipeline; its name appears in progress lines and in its errors.
struct BuildStep {
    let name: String
    let run: (inout BuildState) throws -> Void

    init(_ name: String, _ run: @escaping (inout BuildState) throws -> Void) {
        self.name = name
        self.run = run
    }
}
