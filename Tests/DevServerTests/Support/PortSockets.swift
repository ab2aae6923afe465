import Foundation

/// The file descriptors of this process (`/proc/self/fd`) that are TCP connections on one port, either end,
/// the listening socket aside. Tests run in parallel, so counting every descriptor would count other tests' too.
enum PortSockets {
    static func openConnections(port: UInt16) -> Int {
        let inodes = connectionInodes(port: port)
        let descriptors = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
        return descriptors.count { name in
            guard let target = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/fd/" + name),
                  target.hasPrefix("socket:["), target.hasSuffix("]") else { return false }
            return inodes.contains(String(target.dropFirst("socket:[".count).dropLast()))
        }
    }

    /// Socket inodes from the kernel's TCP tables whose local or remote port is `port`, listeners excepted.
    private static func connectionInodes(port: UInt16) -> Set<String> {
        let hexPort = String(format: "%04X", port)
        var inodes = Set<String>()
        for table in ["/proc/net/tcp", "/proc/net/tcp6"] {
            // Read to the end: these files report no size, and a sized read stops after the first page.
            guard let data = try? FileHandle(forReadingAtPath: table)?.readToEnd() else { continue }
            for line in String(decoding: data, as: UTF8.self).split(separator: "\n").dropFirst() {
                let columns = line.split(separator: " ")
                guard columns.count > 9 else { continue }
                let local = columns[1], remote = columns[2], state = columns[3]
                let listening = state == "0A"
                if !listening, local.hasSuffix(":" + hexPort) || remote.hasSuffix(":" + hexPort) {
                    inodes.insert(String(columns[9]))
                }
            }
        }
        return inodes
    }
}
