extension Array where Element == Diagnostic {
    /// Success when there is nothing to report, so a step can hand its findings to `BuildState.collect`.
    var failureIfAny: Result<Void, BuildFailure> {
        isEmpty ? .success(()) : .failure(BuildFailure(self))
    }
}
