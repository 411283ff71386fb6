using Microsoft.AspNetCore.Hosting;

namespace HungYen.Bot.Web;

/// <summary>
/// The bot's small web server (Kestrel), run inside the Generic Host so Program.cs stays a console host. Its routes
/// come from the <see cref="IWebEndpoints"/> registered in the host; their handlers use the host's own services.
/// </summary>
public sealed class BotWebServer(IEnumerable<IWebEndpoints> endpoints, IOptions<WebOptions> options, ILoggerFactory loggers) : IHostedService, IAsyncDisposable
{
    private WebApplication? _app;

    /// <summary>The addresses Kestrel listens on once started (a port 0 in Web:Urls is resolved here).</summary>
    public IReadOnlyList<string> Addresses => _app is null ? [] : [.. _app.Urls];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(options.Value.Urls!);
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(loggers);
        var app = builder.Build();
        foreach (var endpoint in endpoints)
        {
            endpoint.Map(app);
        }

        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        _app = app;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_app is not null)
        {
            await _app.StopAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync().ConfigureAwait(false);
        }
    }
}
