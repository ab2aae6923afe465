import Templating

/// An entity's mentions over time as an SVG bar chart drawn at build time: articles per week when its mentions
/// span under half a year, else per month (the last `monthLimit`). No script; the chart is one image to screen
/// readers, with a title and a description that lists every period with mentions. Time runs from right (oldest)
/// to left (newest), the reading direction of the page.
struct MentionTimeline: Sendable, Equatable {
    static let monthLimit = 24
    /// Spans shorter than this many weeks are drawn week by week.
    static let weekLimit = 26
    /// At least this many bars, so one mention still reads as a point on a timeline.
    static let minimumBars = 8

    enum Unit: Sendable, Equatable { case week, month }

    struct Bar: Sendable, Equatable {
        /// The period's first day.
        var start: CalendarDay
        var count: Int
    }

    var unit: Unit
    /// Oldest first.
    var bars: [Bar]

    /// The timeline of articles written on `days`, up to `end` (the site's newest day, so every entity's chart
    /// ends at the same point and a build depends only on the articles).
    init(days: [CalendarDay], end: CalendarDay) {
        let endNumber = end.daysSinceEpoch
        let firstNumber = days.map(\.daysSinceEpoch).min() ?? endNumber
        if endNumber - firstNumber < Self.weekLimit * 7 {
            unit = .week
            let weeks = max(Self.minimumBars, (endNumber - firstNumber) / 7 + 1)
            var counts = Array(repeating: 0, count: weeks)
            for day in days {
                let weeksBack = (endNumber - day.daysSinceEpoch) / 7
                if (0..<weeks).contains(weeksBack) { counts[weeks - 1 - weeksBack] += 1 }
            }
            bars = counts.indices.map { index in
                Bar(start: CalendarDay(daysSinceEpoch: endNumber - 7 * (weeks - index) + 1), count: counts[index])
            }
        } else {
            unit = .month
            func monthNumber(_ day: CalendarDay) -> Int { day.year * 12 + day.month - 1 }
            let last = monthNumber(end)
            let first = max(last - Self.monthLimit + 1, min(last - Self.minimumBars + 1, days.map(monthNumber).min() ?? last))
            var counts = Array(repeating: 0, count: last - first + 1)
            for day in days where (first...last).contains(monthNumber(day)) { counts[monthNumber(day) - first] += 1 }
            bars = counts.indices.map { index in
                Bar(start: CalendarDay(year: (first + index) / 12, month: (first + index) % 12 + 1, day: 1), count: counts[index])
            }
        }
    }

    // The drawing, in viewBox units; the page scales it to its width.
    private static let width = 640, chartTop = 8, chartBottom = 96, height = 124, gap = 3

    /// The SVG element; `name` is the entity's (escaped here), `id` prefixes the element ids for `aria-labelledby`.
    func svg(name: String, format: ArabicFormatter, id: String = "timeline") -> String {
        let peak = max(1, bars.map(\.count).max() ?? 1)
        let slot = Double(Self.width) / Double(bars.count)
        let barWidth = max(1, slot - Double(Self.gap))
        let total = bars.reduce(0) { $0 + $1.count }
        func label(_ bar: Bar) -> String { unit == .week ? "أسبوع \(format.date(bar.start))" : format.month(bar.start) }
        func coordinate(_ value: Double) -> String {
            let tenths = Int((value * 10).rounded())
            return tenths % 10 == 0 ? String(tenths / 10) : "\(tenths / 10).\(tenths % 10)"
        }
        let period = unit == .week ? "أسبوع" : "شهر"
        let mentioned = bars.filter { $0.count > 0 }.map { "\(label($0)): \(format.count($0.count, .article))" }
        let title = HTMLEscaping.escaped("ذكر \(name) عبر الزمن")
        let description = HTMLEscaping.escaped(
            "\(format.count(total, .article)) من \(label(bars[0])) إلى \(label(bars[bars.count - 1])) في \(format.count(bars.count, unit == .week ? .week : .month))، عمود لكل \(period)؛ "
                + mentioned.joined(separator: "، ")
        )
        var svg = "<svg class=\"timeline\" viewBox=\"0 0 \(Self.width) \(Self.height)\" role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\" direction=\"rtl\">\n"
        svg += "<title id=\"\(id)-title\">\(title)</title>\n<desc id=\"\(id)-desc\">\(description)</desc>\n"
        svg += "<line class=\"timeline-axis\" x1=\"0\" y1=\"\(Self.chartBottom)\" x2=\"\(Self.width)\" y2=\"\(Self.chartBottom)\"/>\n"
        let chartHeight = Double(Self.chartBottom - Self.chartTop)
        for (index, bar) in bars.enumerated() where bar.count > 0 {
            // Oldest at the right edge.
            let x = Double(Self.width) - Double(index + 1) * slot + Double(Self.gap) / 2
            let barHeight = max(2, chartHeight * Double(bar.count) / Double(peak))
            svg += "<rect class=\"timeline-bar\" x=\"\(coordinate(x))\" y=\"\(coordinate(Double(Self.chartBottom) - barHeight))\" width=\"\(coordinate(barWidth))\" height=\"\(coordinate(barHeight))\">"
            svg += "<title>\(HTMLEscaping.escaped("\(label(bar)): \(format.count(bar.count, .article))"))</title></rect>\n"
        }
        let labelY = Self.height - 6
        svg += "<text class=\"timeline-label\" x=\"\(Self.width)\" y=\"\(labelY)\" text-anchor=\"start\">\(HTMLEscaping.escaped(label(bars[0])))</text>\n"
        svg += "<text class=\"timeline-label\" x=\"0\" y=\"\(labelY)\" text-anchor=\"end\">\(HTMLEscaping.escaped(label(bars[bars.count - 1])))</text>\n"
        svg += "</svg>"
        return svg
    }
}
