/// Progress of a running build: step `index` of `count` started or finished.
public enum BuildProgress: Sendable {
    case started(index: Int, count: Int, step: String)
    case finished(index: Int, count: Int, step: String, seconds: Double)
}
