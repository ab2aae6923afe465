import Foundation

/// The small script added to every HTML response as it is served (never written into `Public/`).
/// It listens for reload and failure events and shows build errors over the page until they are fixed.
enum LiveReloadScript {
    static let eventsPath = "/__mujaz/events"

    static let tag = """
        <script>
        (() => {
          const events = new EventSource("\(eventsPath)");
          let serverID = null;
          let overlay = null;
          events.addEventListener("hello", (event) => {
            if (serverID !== null && serverID !== event.data) location.reload();
            serverID = event.data;
          });
          events.addEventListener("reload", () => location.reload());
          events.addEventListener("failure", (event) => {
            if (overlay) overlay.remove();
            overlay = document.createElement("div");
            overlay.id = "mujaz-build-error";
            overlay.dir = "ltr";
            overlay.style.cssText = "position:fixed;inset:0;z-index:2147483647;overflow:auto;padding:2em;" +
              "background:rgba(40,0,0,.94);color:#fff;font:15px/1.6 ui-monospace,monospace;white-space:pre-wrap";
            const title = document.createElement("strong");
            title.textContent = "Build failed. The last good site is underneath; fix the file and save.";
            overlay.append(title);
            for (const text of JSON.parse(event.data)) {
              const line = document.createElement("div");
              line.dir = "auto";
              line.textContent = text;
              overlay.append(line);
            }
            document.documentElement.append(overlay);
          });
        })();
        </script>

        """

    private static let bodyEnd = Array("</body".utf8)

    /// The page with the script placed just before its last `</body>` (any letter case), or at the end.
    static func inject(into html: Data) -> Data {
        let bytes = [UInt8](html)
        var result = Data(capacity: bytes.count + tag.utf8.count)
        guard let insertion = lastBodyEnd(in: bytes) else {
            result.append(html)
            result.append(contentsOf: tag.utf8)
            return result
        }
        result.append(contentsOf: bytes[..<insertion])
        result.append(contentsOf: tag.utf8)
        result.append(contentsOf: bytes[insertion...])
        return result
    }

    private static func lastBodyEnd(in bytes: [UInt8]) -> Int? {
        guard bytes.count >= bodyEnd.count else { return nil }
        for start in stride(from: bytes.count - bodyEnd.count, through: 0, by: -1) {
            let matches = bodyEnd.indices.allSatisfy { offset in
                Self.lowercased(bytes[start + offset]) == bodyEnd[offset]
            }
            if matches { return start }
        }
        return nil
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 : byte
    }
}
