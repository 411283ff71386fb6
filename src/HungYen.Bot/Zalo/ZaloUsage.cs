namespace HungYen.Bot.Zalo;

/// <summary>One calendar month (Asia/Ho_Chi_Minh) of Zalo Bot use, counted against the plan's caps.</summary>
public sealed class ZaloUsageMonth : Record
{
    public const string Prefix = "zalo-usage:";

    public List<string> Users { get; set; } = [];

    /// <summary>Messages in both directions: a person's message and each part the bot sends.</summary>
    public int Messages { get; set; }

    public bool UsersWarned { get; set; }

    public bool MessagesWarned { get; set; }

    public bool BulkStopTold { get; set; }

    public bool BackoffAlerted { get; set; }
}

/// <summary>
/// Counts the Zalo Bot's users and messages per calendar month, warns the office at <see cref="ZaloOptions.WarnAtPercent"/>
/// of either cap, and from <see cref="ZaloOptions.StopBulkAtPercent"/> refuses reminders and notices (saying so once),
/// so that what is left of the month goes to answering people. Each warning is told once a month.
/// </summary>
public sealed class ZaloUsage(
    IRecordStore store,
    OutboxSignal signal,
    IOptions<ZaloOptions> options,
    IOptions<OfficeOptions> office,
    IOptions<BotOptions> bot,
    TimeProvider clock,
    ILogger<ZaloUsage> logger)
{
    private readonly object _gate = new();

    /// <summary>The month's counts as they stand (a copy).</summary>
    public ZaloUsageMonth Current()
    {
        lock (_gate)
        {
            return Load();
        }
    }

    /// <summary>A person wrote to the bot.</summary>
    public void CountIncoming(string userId) => Count(userId, 1);

    /// <summary>The bot sent one message to <paramref name="chatId"/>.</summary>
    public void CountOutgoing(string chatId) => Count(chatId, 1);

    /// <summary>Throws <see cref="ChannelQuotaException"/> when bulk sends are stopped for the rest of the month.</summary>
    public void EnsureBulkAllowed()
    {
        lock (_gate)
        {
            var month = Load();
            if (!AtOrAbove(month, options.Value.StopBulkAtPercent))
            {
                return;
            }

            if (!month.BulkStopTold)
            {
                month.BulkStopTold = true;
                Save(month, Vi.ZaloLimits.BulkStopped(options.Value.StopBulkAtPercent, month.Users.Count, options.Value.MonthlyUserCap, month.Messages, options.Value.MonthlyMessageCap));
            }

            throw new ChannelQuotaException($"Zalo Bot quota at {options.Value.StopBulkAtPercent} %: bulk sends stopped for this month");
        }
    }

    /// <summary>Repeated 429s reached the longest pause: the office is told once a month.</summary>
    public void AlertBackoff(int seconds)
    {
        lock (_gate)
        {
            var month = Load();
            logger.LogError("Zalo keeps answering 429; pausing its sends {Seconds} s at a time", seconds);
            if (!month.BackoffAlerted)
            {
                month.BackoffAlerted = true;
                Save(month, Vi.ZaloLimits.Backoff(seconds));
            }
        }
    }

    private void Count(string userId, int messages)
    {
        lock (_gate)
        {
            var month = Load();
            if (!month.Users.Contains(userId, StringComparer.Ordinal))
            {
                month.Users.Add(userId);
            }

            month.Messages += messages;
            string? notice = null;
            var warn = options.Value.WarnAtPercent;
            if (!month.UsersWarned && month.Users.Count * 100 >= warn * options.Value.MonthlyUserCap)
            {
                month.UsersWarned = true;
                notice = Vi.ZaloLimits.UsersWarning(month.Users.Count, options.Value.MonthlyUserCap);
            }
            else if (!month.MessagesWarned && month.Messages * 100L >= warn * (long)options.Value.MonthlyMessageCap)
            {
                month.MessagesWarned = true;
                notice = Vi.ZaloLimits.MessagesWarning(month.Messages, options.Value.MonthlyMessageCap);
            }

            Save(month, notice);
        }
    }

    private bool AtOrAbove(ZaloUsageMonth month, int percent) =>
        month.Users.Count * 100 >= percent * options.Value.MonthlyUserCap
        || month.Messages * 100L >= percent * (long)options.Value.MonthlyMessageCap;

    private ZaloUsageMonth Load()
    {
        var id = ZaloUsageMonth.Prefix + TimeZoneInfo.ConvertTime(clock.GetUtcNow(), bot.Value.GetTimeZone()).ToString("yyyy-MM", CultureInfo.InvariantCulture);
        return store.Find<ZaloUsageMonth>(id) ?? new ZaloUsageMonth { Id = id };
    }

    private void Save(ZaloUsageMonth month, string? notice)
    {
        var changes = new ChangeSet();
        changes.Upsert(month);
        if (notice is not null)
        {
            logger.LogWarning("Zalo Bot plan: {Users} users, {Messages} messages this month", month.Users.Count, month.Messages);
            foreach (var target in office.Value.NoticeTargets())
            {
                changes.Send(target, new OutgoingMessage(notice), clock.GetUtcNow(), bulk: false);
            }
        }

        try
        {
            store.Commit(changes);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            // Counting must never stop a message: the store's own failure handling reports a broken disk.
            logger.LogWarning("Zalo usage could not be saved: {Error}", error.GetType().Name);
            return;
        }

        if (notice is not null)
        {
            signal.Notify();
        }
    }
}
