import Testing

/// Groups the suites that time the server while clients misbehave, and runs them one at a time: run
/// side by side, one suite's flood would be measured as another's latency.
@Suite(.serialized)
enum ServerUnderStress {}
