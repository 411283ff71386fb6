using HungYen.Bot.Core.Awards;
using HungYen.Bot.Core.Delegates;
using HungYen.Bot.Tests.Nominations;
using HungYen.Bot.Tests.Support;

namespace HungYen.Bot.Tests.Awards;

/// <summary>The nominations harness with the delegates and awards features, and the Sở's Council as configured.</summary>
public static class AwardsHarness
{
    private static readonly (string Name, string Position, string Role)[] Council =
    [
        ("Nguyễn Văn Bình", "Giám đốc Sở", "Chủ tịch"),
        ("Vũ Thị Lan", "Chánh Văn phòng Sở", "Phó Chủ tịch"),
        ("Đỗ Thị Hoa", "Chuyên viên", "Thư ký"),
        ("Hoàng Văn Cường", "Phó Giám đốc Sở", "Ủy viên"),
    ];

    /// <summary>Given the Council's first <paramref name="councilMembers"/> members configured (chair, vice-chair, secretary, a member).</summary>
    public static ChatHarness Create(int councilMembers = 0)
    {
        var config = new Dictionary<string, string?>();
        for (var i = 0; i < councilMembers; i++)
        {
            config[$"Awards:CouncilMembers:{i}:Name"] = Council[i].Name;
            config[$"Awards:CouncilMembers:{i}:Position"] = Council[i].Position;
            config[$"Awards:CouncilMembers:{i}:Role"] = Council[i].Role;
        }

        return NominationHarness.Create(config, services: s => s.AddDelegates().AddAwards());
    }
}
