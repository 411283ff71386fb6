using HungYen.Bot.Core.Nominations;
using HungYen.Bot.Core.Storage;
using HungYen.Bot.Storage;
using HungYen.Bot.Testing;

namespace HungYen.Bot.Tests.Storage;

/// <summary>
/// Queries of one shape are translated and parsed once per thread and bound to each query's values (issue 20): every
/// query still answers for its own values, on every thread.
/// </summary>
public sealed class ParsedQueryTests : IDisposable
{
    private readonly TempDatabase _database = new("hy-parsed");
    private readonly LiteDbRecordStore _store;

    public ParsedQueryTests()
    {
        _store = LiteDbRecordStore.Open(_database.Path);
        var changes = new ChangeSet { ProcessedUpdateKey = "telegram:1" };
        for (var i = 0; i < 30; i++)
        {
            var nomination = new Nomination
            {
                Id = $"n{i}",
                UnitCode = i % 3 == 0 ? "QLKH" : "TDC",
                Award = AwardLevel.DirectorCertificate,
                Kind = NomineeKind.Individual,
                Name = $"Nguyễn Văn {i}",
                BirthYear = 1970 + i,
                FileId = i < 5 ? $"f{i}" : null,
            };
            if (i % 10 == 9)
            {
                nomination.Change(NominationStatus.Withdrawn, "telegram:1", DateTimeOffset.UnixEpoch, null);
            }

            changes.Upsert(nomination);
        }

        _store.Commit(changes);
    }

    public void Dispose()
    {
        _store.Dispose();
        _database.Dispose();
    }

    [Fact]
    public void Query_SameShapeWithOtherValues_AnswersForEachQuerysValues()
    {
        foreach (var (unit, expected) in new[] { ("QLKH", 10), ("TDC", 20), ("QLKH", 10), ("KHÁC", 0), ("TDC", 20) })
        {
            Assert.Equal(expected, _store.Query<Nomination>(n => n.UnitCode == unit).Count);
            Assert.All(_store.Query<Nomination>(n => n.UnitCode == unit), n => Assert.Equal(unit, n.UnitCode));
        }

        foreach (var (unit, after, expected) in new[] { ("QLKH", 1990, 3), ("TDC", 1990, 6), ("QLKH", 1970, 9), ("TDC", 1998, 1) })
        {
            Assert.Equal(expected, _store.Query<Nomination>(n => n.UnitCode == unit && n.BirthYear > after).Count);
            Assert.Equal(expected, _store.Count<Nomination>(n => n.UnitCode == unit && n.BirthYear > after));
        }
    }

    [Fact]
    public void Translate_SameShapeOnOneThread_ParsedOnceAndBoundToTheNewValues()
    {
        var mapper = LiteDbRecordStore.CreateMapper();
        using var warmed = new LiteDbRecordStore(new LiteDB.LiteDatabase(new MemoryStream(), mapper), mapper); // the mapper knows the records
        using var shapes = new QueryShapes(mapper);
        var first = "QLKH";
        var second = "TDC";

        var a = shapes.Translate(CapturedValues.Inline<Nomination>(n => n.UnitCode == first && n.BirthYear > 1980));
        Assert.Equal("QLKH", a.Parameters["p0"].AsString);
        var b = shapes.Translate(CapturedValues.Inline<Nomination>(n => n.UnitCode == second && n.BirthYear > 1990));

        Assert.Same(a, b);
        Assert.Equal("TDC", b.Parameters["p0"].AsString);
        Assert.Equal(1990, b.Parameters["p1"].AsInt32);
        Assert.NotSame(b, shapes.Translate(CapturedValues.Inline<Nomination>(n => n.UnitCode == second || n.BirthYear > 1990))); // another shape

        // an enum compared as a number is translated to its name, not taken as it is: translated every time
        var status = NominationStatus.Withdrawn;
        Assert.NotSame(shapes.Translate(CapturedValues.Inline<Nomination>(n => n.Status == status)), shapes.Translate(CapturedValues.Inline<Nomination>(n => n.Status == status)));
    }

    [Fact]
    public void Query_EnumAndNullValues_AnswerForEachQuerysValues()
    {
        foreach (var (status, expected) in new[] { (NominationStatus.Withdrawn, 3), (NominationStatus.Submitted, 27), (NominationStatus.Withdrawn, 3), (NominationStatus.Approved, 0) })
        {
            Assert.Equal(expected, _store.Count<Nomination>(n => n.Status == status));
        }

        foreach (var (file, expected) in new[] { ((string?)null, 25), ("f1", 1), (null, 25), ("f9", 0) })
        {
            Assert.Equal(expected, _store.Query<Nomination>(n => n.FileId == file).Count);
        }
    }

    [Fact]
    public async Task Queries_ManyThreadsAtOnce_EachAnswersForItsOwnValues()
    {
        var wrong = 0;
        await Task.WhenAll(Enumerable.Range(0, 8).Select(t => Task.Run(() =>
        {
            for (var i = 0; i < 300; i++)
            {
                var k = (t + i) % 30;
                var unit = k % 3 == 0 ? "QLKH" : "TDC";
                var name = $"Nguyễn Văn {k}";
                var ok = _store.Query<Nomination>(n => n.Name == name).Single().Id == $"n{k}"
                    && _store.Count<Nomination>(n => n.UnitCode == unit) == (unit == "QLKH" ? 10 : 20)
                    && _store.WasProcessed(k % 2 == 0 ? "telegram:1" : $"telegram:x{k}") == (k % 2 == 0)
                    && _store.Count<Nomination>(n => n.QuotaGroup == Nomination.QuotaGroupOf(AwardLevel.DirectorCertificate, NomineeKind.Individual)) == 27;
                if (!ok)
                {
                    Interlocked.Increment(ref wrong);
                }
            }
        })));

        Assert.Equal(0, wrong);
    }
}
