/// One day's briefing (موجز اليوم): the day's articles and its most mentioned entities.
struct DayBriefing: Sendable {
    var day: CalendarDay
    /// Indexes into `SiteModel.articles`, newest first.
    var articleIDs: [Int]
    var topEntities: [EntityCount]
}
