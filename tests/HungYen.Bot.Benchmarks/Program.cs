using HungYen.Bot.Benchmarks;

// dotnet run -c Release --project tests/HungYen.Bot.Benchmarks  — prints every figure against its target (README lists them).
var quick = args.Contains("--quick");
if (args.Contains("--web"))
{
    await WebFiguresAsync(quick);
    return;
}

if (args.Contains("--store"))
{
    var (storeCpu, storeWall, markCpu) = WizardMeasurements.StoreCommitPair(quick ? 2000 : 10_000);
    Report.Line("A turn's commit and its reply marked sent: CPU", storeCpu, "ms", "—");
    Report.Line("A turn's commit and its reply marked sent: wall", storeWall, "ms", "—");
    Report.Line("Of which the sent mark: CPU", markCpu, "ms", "—");
    return;
}

if (args.Contains("--idle"))
{
    Report.Line("The bot's CPU while idle", await WizardMeasurements.IdleCpuAsync(10), "ms/s", "—");
    return;
}

if (args.Contains("--wizard-long"))
{
    // a long run to attach a profiler to: dotnet-trace collect -p <the bot process printed> --profile cpu-sampling
    var f = await WizardMeasurements.ClosedLoopAsync(100, 30);
    Report.Line("Wizard, 100 chats × 30: updates per second", f.PerSecond, "/s", "—");
    Report.Line("Wizard, 100 chats × 30: CPU per update", f.CpuMsPerUpdate, "ms", "—");
    return;
}

if (args.Contains("--wizard-cpu"))
{
    // a short fixed amount of wizard work to steer by on a busy machine: CPU per update, and with dotnet-counters attached
    // to the bot process printed (in the pauses of 3 s) its allocations and store round trips over the warm-up (20 users ×
    // 18 updates) and the run
    var f = await WizardMeasurements.ClosedLoopAsync(100, 1, pause: TimeSpan.FromSeconds(3));
    Report.Line($"Wizard, 100 chats × 1 ({f.Updates} updates counted, {f.Updates + 360} with the warm-up): CPU per update", f.CpuMsPerUpdate, "ms", "≤ 0.6");
    return;
}

if (args.Contains("--rss"))
{
    // the bot's peak RSS and CPU per update at the sizes that set the memory target: 100 chats × 4 and 1,000 chats × 1
    foreach (var (chats, each) in new[] { (100, 4), (1000, 1) })
    {
        var f = await WizardMeasurements.ClosedLoopAsync(chats, each);
        Report.Line($"Wizard, {chats} chats × {each}: peak RSS of the bot", f.PeakRssMegabytes, "MB", "≤ 150");
        Report.Line($"Wizard, {chats} chats × {each}: CPU per update", f.CpuMsPerUpdate, "ms", "≤ 0.6");
    }

    return;
}

if (args.Contains("--scale"))
{
    // the review's quota counts and duplicate check as the records grow: the same wizard work on 10 and on 10,000 stored nominations
    foreach (var stored in new[] { 10, 10_000 })
    {
        var f = await WizardMeasurements.ClosedLoopAsync(20, quick ? 1 : 3, stored);
        Report.Line($"Wizard with {stored} nominations stored, 20 chats: CPU per update", f.CpuMsPerUpdate, "ms", "—");
        Report.Line($"Wizard with {stored} nominations stored, 20 chats: updates per second", f.PerSecond, "/s", "—");
    }

    return;
}

if (args.Contains("--wizard"))
{
    await WizardFiguresAsync(quick);
    return;
}

if (args.Contains("--cold"))
{
    // --cold [DIR]: the start alone, each run a process of its own; DIR a published build (dotnet publish as the Dockerfile does).
    var published = args.SkipWhile(a => a != "--cold").Skip(1).FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal));
    for (var run = 1; run <= 5; run++)
    {
        var (wall, cpu, peak) = await Measurements.ColdStartAsync(published);
        Report.Line($"Cold start to the first getUpdates{(published is null ? "" : ", published build")}, run {run}", wall, "ms", "≤ 1000");
        Report.Line($"  the bot's CPU time by then, run {run}", cpu, "ms", "—");
        Report.Line($"  the bot's peak RSS by then, run {run}", peak, "MB", "—");
    }

    return;
}

Report.Line("Cold start to the first getUpdates", (await Measurements.ColdStartAsync()).Milliseconds, "ms", "≤ 1000");

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
await WizardFiguresAsync(quick);

static async Task WebFiguresAsync(bool quick)
{
    Report.Line("Web chat: messages per second, 100 browsers", await WebMeasurements.ThroughputAsync(100, quick ? 10 : 50), "/s", "—");
    var (webP50, webP99) = await WebMeasurements.LatencyAsync(100, 200, quick ? 3 : 10);
    Report.Line("Web chat: a post at a steady 200/s over 100 browsers, p50", webP50, "ms", "—");
    Report.Line("Web chat: a post at a steady 200/s over 100 browsers, p99", webP99, "ms", "≤ 50");
    var streams = quick ? 200 : 1000;
    Report.Line($"Web chat: RSS added by {streams} open event streams", await WebMeasurements.EventStreamsMegabytesAsync(streams), "MB", "—");
}

static async Task WizardFiguresAsync(bool quick)
{
    var steps = WizardWorkload.Nomination(0).Count;
    Console.WriteLine($"Wizard workload: /start with the unit's code, consent, then nominations of {steps} updates each (the bot as its own process).");
    Report.Line("Wizard: the bot's CPU while nobody writes", await WizardMeasurements.IdleCpuAsync(quick ? 3 : 10), "ms/s", "—");
    Report.Line("Wizard: the fake Bot API and driver alone (echo bot), 100 chats × 4", await WizardMeasurements.RigAloneAsync(100, 4), "/s", "≫ 1500");
    foreach (var (chats, each, target) in new[] { (1, quick ? 10 : 40, "—"), (100, quick ? 1 : 4, "≥ 1500"), (1000, 1, "≥ 1200") })
    {
        if (quick && chats == 1000)
        {
            continue;
        }

        var f = await WizardMeasurements.ClosedLoopAsync(chats, each);
        var label = $"Wizard, {chats} chat(s) × {each}";
        Report.Line($"{label}: updates per second", f.PerSecond, "/s", target);
        Report.Line($"{label}: latency p50", f.P50, "ms", "—");
        Report.Line($"{label}: latency p95", f.P95, "ms", "—");
        Report.Line($"{label}: latency p99", f.P99, "ms", chats == 100 ? "≤ 200" : "—");
        Report.Line($"{label}: CPU per update", f.CpuMsPerUpdate, "ms", "≤ 0.6");
        Report.Line($"{label}: peak RSS of the bot", f.PeakRssMegabytes, "MB", "≤ 150");
    }

    var open = await WizardMeasurements.OpenLoopAsync(200, 100, quick ? 3 : 10);
    Report.Line("Wizard, open loop 200/s over 100 chats: latency p50", open.P50, "ms", "—");
    Report.Line("Wizard, open loop 200/s over 100 chats: latency p99", open.P99, "ms", "≤ 20");
    Report.Line("Wizard, open loop 200/s over 100 chats: CPU per update", open.CpuMsPerUpdate, "ms", "≤ 0.6");
}
