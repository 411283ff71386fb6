using HungYen.Bot.Benchmarks;

// dotnet run -c Release --project tests/HungYen.Bot.Benchmarks  — prints every figure against its target (README lists them).
var quick = args.Contains("--quick");
if (args.Contains("--web"))
{
    await WebFiguresAsync(quick);
    return;
}

Report.Line("Cold start to the first getUpdates", await Measurements.ColdStartMillisecondsAsync(), "ms", "≤ 2000");
foreach (var (chats, updates) in new[] { (1, quick ? 200 : 1000), (100, quick ? 1000 : 5000), (1000, quick ? 2000 : 10000) })
{
    Report.Line($"Updates per second, {chats} chat(s)", await Measurements.ThroughputAsync(chats, updates), "/s", chats == 100 ? "≥ 1000" : "—");
}

var (p50, p95, p99) = await Measurements.LatencyAsync(200, quick ? 3 : 10);
Report.Line("Latency at 200 updates/s, p50", p50, "ms", "—");
Report.Line("Latency at 200 updates/s, p95", p95, "ms", "—");
Report.Line("Latency at 200 updates/s, p99", p99, "ms", "≤ 50");
var (seconds, ratio, tooMany) = await Measurements.FanOutAsync(quick ? 200 : 1000, 100);
Report.Line("Fan-out of reminders at 100/s, seconds", seconds, "s", "—");
Report.Line("Fan-out against N / rate", ratio, "×", "≤ 1.05");
Report.Line("Fan-out 429s from the fake", tooMany, "", "0");
var (serving, withSummary, db) = await Measurements.MemoryAsync(quick ? 2000 : 10_000);
Report.Line("Peak RSS of the bot serving every user once", serving, "MB", "≤ 150");
Report.Line("Peak RSS after the summary of all their records", withSummary, "MB", "≤ 150");
Report.Line("Database file", db, "MB", "—");
Report.Line("Daily summary with both workbooks", await Measurements.SummaryMillisecondsAsync(quick ? 2000 : 10_000, quick ? 1000 : 5000), "ms", "≤ 2000");
await WebFiguresAsync(quick);

static async Task WebFiguresAsync(bool quick)
{
    Report.Line("Web chat: messages per second, 100 browsers", await WebMeasurements.ThroughputAsync(100, quick ? 10 : 50), "/s", "—");
    var (webP50, webP99) = await WebMeasurements.LatencyAsync(100, 200, quick ? 3 : 10);
    Report.Line("Web chat: a post at a steady 200/s over 100 browsers, p50", webP50, "ms", "—");
    Report.Line("Web chat: a post at a steady 200/s over 100 browsers, p99", webP99, "ms", "≤ 50");
    var streams = quick ? 200 : 1000;
    Report.Line($"Web chat: RSS added by {streams} open event streams", await WebMeasurements.EventStreamsMegabytesAsync(streams), "MB", "—");
}
