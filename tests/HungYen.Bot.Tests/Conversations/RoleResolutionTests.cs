using HungYen.Bot.Core.Channels;
using HungYen.Bot.Core.Nominations;
using HungYen.Bot.Core.Participants;
using HungYen.Bot.Core.Storage;
using HungYen.Bot.Tests.Nominations;
using HungYen.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace HungYen.Bot.Tests.Conversations;

/// <summary>Issue 20: a person's roles are read from the store once, and again only after a record a role is read from changed.</summary>
public sealed class RoleResolutionTests : IDisposable
{
    private readonly CountingRoleSource _counting = new();
    private readonly ChatHarness _bot;

    public RoleResolutionTests() => _bot = NominationHarness.Create(services: s => s.AddSingleton<IRoleSource>(_counting));

    public void Dispose() => _bot.Dispose();

    [Fact]
    public async Task Turns_WithNoRoleRecordChanged_ReadTheRolesOnce()
    {
        var ha = await _bot.StaffAsync("ha");
        await ha.Says("/help");
        await ha.Says("/hoso");
        await ha.Says("/help");
        await ha.Says("/help");

        // before the enrolment is stored, then once after it (by the turn or by the menu's refresh, at most both)
        Assert.InRange(_counting.Reads("test:ha"), 2, 3);
    }

    [Fact]
    public async Task ARoleRecordCommitted_IsSeenByTheNextTurn()
    {
        var ha = await _bot.StaffAsync("ha");
        Assert.Contains("/dexuat", (await ha.Says("/help")).Text);

        await _bot.Admin.Says("/xoacanbo test:ha"); // the office's turn deletes the UnitStaff record

        Assert.DoesNotContain("/dexuat", (await ha.Says("/help")).Text);
    }

    [Fact]
    public async Task ARoleRecordCommittedOutsideAnyTurn_IsSeenByTheNextTurn()
    {
        var ha = await _bot.StaffAsync("ha");
        Assert.Contains("/dexuat", (await ha.Says("/help")).Text);

        var unit = _bot.Store.Find<Unit>("QLKH")!;
        unit.Active = false;
        var changes = new ChangeSet();
        changes.Upsert(unit);
        _bot.Store.Commit(changes); // as an import or a scheduled job would

        Assert.DoesNotContain("/dexuat", (await ha.Says("/help")).Text);
    }

    /// <summary>A role source that grants nothing and counts how often each person's roles were read.</summary>
    private sealed class CountingRoleSource : IRoleSource
    {
        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> _reads = new();

        public IReadOnlyCollection<Type> RoleRecords { get; } = [typeof(UnitStaff)];

        public int Reads(string address) => _reads.GetValueOrDefault(address);

        public IEnumerable<IParticipantRole> RolesOf(ChatAddress address)
        {
            _reads.AddOrUpdate(address.ToString(), 1, (_, n) => n + 1);
            return [];
        }
    }
}
