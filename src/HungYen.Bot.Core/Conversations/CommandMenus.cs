namespace HungYen.Bot.Core.Conversations;

/// <summary>
/// Keeps each person's command menu (where a channel has one, e.g. Telegram's) to the commands they may use: once per
/// person per run (their first turn), and after a turn that changed a record some role is read from
/// (<see cref="IRoleSource.RoleRecords"/>), for the person who wrote and for everyone such a record is keyed by (an
/// enrolment, a check-in staffer named by the office). The channel skips what it already shows. Other turns cost
/// nothing here: no role lookup, no background task.
/// </summary>
public sealed class CommandMenus(CommandCatalog catalog, ParticipantResolver participants, ChannelRegistry channels, ILogger<CommandMenus> logger)
{
    private readonly ConcurrentDictionary<ChatAddress, bool> _shown = new();

    /// <summary>Refreshes in the background when needed (see the class); failures are logged, never thrown.</summary>
    public void Refresh(ChatAddress person, ChangeSet changes)
    {
        var first = _shown.TryAdd(person, true);
        if (!first && !TouchesRoles(changes))
        {
            return;
        }

        _ = Task.Run(async () =>
        {
            try
            {
                await RefreshAsync(person, changes, CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception error)
            {
                logger.LogWarning("Updating command menus failed: {Error}", error.GetType().Name);
            }
        });
    }

    private bool TouchesRoles(ChangeSet changes) =>
        changes.Upserts.Any(r => participants.RoleRecords.Contains(r.GetType())) || changes.Deletes.Any(d => participants.RoleRecords.Contains(d.Type));

    public async Task RefreshAsync(ChatAddress person, ChangeSet changes, CancellationToken ct)
    {
        var touched = changes.Upserts.Where(r => participants.RoleRecords.Contains(r.GetType())).Select(r => r.Id)
            .Concat(changes.Deletes.Where(d => participants.RoleRecords.Contains(d.Type)).Select(d => d.Id))
            .Where(id => id.IndexOf(':') > 0)
            .Select(id => ChatAddress.Parse(id))
            .Where(a => channels.Find(a.Channel) is not null)
            .Prepend(person)
            .Distinct()
            .ToList();
        var everyones = catalog.ForGuests.Select(c => c.Name).ToList();
        foreach (var address in touched)
        {
            try
            {
                var own = catalog.For(participants.Resolve(address, null));
                await channels.Find(address.Channel)!.ShowCommandsAsync(address.Id, own, own.Select(c => c.Name).SequenceEqual(everyones), ct).ConfigureAwait(false);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                // A menu is a convenience: the commands still check who may use them.
                logger.LogWarning("Updating a command menu failed: {Error}", error.GetType().Name);
            }
        }
    }
}
