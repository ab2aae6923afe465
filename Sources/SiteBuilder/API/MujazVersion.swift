/// Mujaz's own version: part of every build-cache key and of the record an import leaves in front matter.
public enum MujazVersion {
    public static let current = "0.1.0"
}
