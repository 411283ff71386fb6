using HungYen.Bot.ConsoleChat;
using HungYen.Bot.Hosting;
using HungYen.Bot.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace HungYen.Bot.Tests.Hosting;

/// <summary>The console channel driven by a script through a pipe, as README shows: no token, numbered choices, acting as the office.</summary>
public sealed class ConsoleModeTests : IDisposable
{
    private readonly TempDatabase _database = new("hy-console");

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task PipedScript_RunsAWholeConversationAndStopsAtTheEnd()
    {
        var script = string.Join('\n', "/start", "1", "1", "Đề nghị Văn phòng gửi lại mã đăng ký", "1", ":admin", "/start", "1", "/lich");
        var output = new StringWriter();
        var settings = new Dictionary<string, string?> { ["Storage:DatabasePath"] = _database.Path };
        using var host = BotHost.CreateBuilder(
            [BotHost.ConsoleSwitch],
            c => c.AddInMemoryCollection(settings),
            s => s.AddSingleton(new ConsoleStreams(new StringReader(script), output))).Build();

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await host.RunAsync(timeout.Token);

        var text = output.ToString();
        Assert.False(timeout.IsCancellationRequested, "the console did not stop at the end of the script");
        Assert.Contains("Thông báo về xử lý dữ liệu cá nhân", text);
        Assert.Contains("  1) ✅ Đồng ý", text);
        Assert.Contains("Kính chào đồng chí user!", text);
        Assert.Contains("🤖 → console:office\n✉️ Ý kiến gửi Văn phòng Sở", text.ReplaceLineEndings("\n"));
        Assert.Contains("(Đang đóng vai console:office)", text);
        Assert.Contains("cán bộ quản trị của Văn phòng Sở", text);
        Assert.Contains("🗓 Lịch gửi tin nhắn", text);
        Assert.Contains("Kết thúc phiên thử", text);
    }
}
