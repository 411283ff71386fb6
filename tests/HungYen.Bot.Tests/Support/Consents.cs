using HungYen.Bot.Core.Privacy;
using HungYen.Bot.Core.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace HungYen.Bot.Tests.Support;

/// <summary>Records that people already agreed to the personal-data notice, for tests about something else.</summary>
public static class Consents
{
    public static void Grant(IServiceProvider services, params string[] addresses)
    {
        var store = services.GetRequiredService<IRecordStore>();
        var version = services.GetRequiredService<IOptions<PrivacyOptions>>().Value.NoticeVersion;
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var changes = new ChangeSet();
        foreach (var address in addresses.Where(a => store.Find<Consent>(a) is null))
        {
            changes.Upsert(new Consent { Id = address, Version = version, GivenAt = now });
        }

        store.Commit(changes);
    }
}
