using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using HungYen.Bot.Hosting;

namespace HungYen.Bot.Tests.Hosting;

/// <summary>
/// A bot API's HTTP client keeps a bounded number of connections: one sender per chat sends at once for many chats, and
/// each connection held costs memory (a socket, buffers, in production a TLS session).
/// </summary>
public sealed class BotApiConnectionsTests
{
    [Fact]
    public async Task ManySendsAtOnce_ShareAtMostTheCappedNumberOfConnections_AndAllAreAnswered()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var connections = new ConcurrentBag<int>();
        var answered = 0;
        using var stop = new CancellationTokenSource();
        var server = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var client = await listener.AcceptTcpClientAsync(stop.Token);
                connections.Add(((IPEndPoint)client.Client.RemoteEndPoint!).Port);
                _ = Task.Run(() => ServeAsync(client, () => Interlocked.Increment(ref answered), stop.Token));
            }
        });

        using var http = BotApiOptionsRules.HttpClientFor(25);
        var requests = Enumerable.Range(0, 3 * BotApiOptionsRules.MaxConnections)
            .Select(i => http.GetStringAsync(new Uri($"http://127.0.0.1:{port}/sendMessage?n={i}")));
        var bodies = await Task.WhenAll(requests);

        Assert.All(bodies, body => Assert.Equal("ok", body));
        Assert.Equal(3 * BotApiOptionsRules.MaxConnections, answered);
        Assert.InRange(connections.Count, 1, BotApiOptionsRules.MaxConnections);
        await stop.CancelAsync();
        listener.Stop();
        await Assert.ThrowsAnyAsync<Exception>(() => server);
    }

    /// <summary>Answers each request on the connection with "ok" after holding it a little, so that the sends overlap.</summary>
    private static async Task ServeAsync(TcpClient client, Action answer, CancellationToken cancellationToken)
    {
        using (client)
        {
            var stream = client.GetStream();
            using var reader = new StreamReader(stream, leaveOpen: true);
            try
            {
                while (await reader.ReadLineAsync(cancellationToken) is { } line)
                {
                    if (line.Length > 0)
                    {
                        continue; // the request line and its headers; a GET has no body
                    }

                    await Task.Delay(20, cancellationToken);
                    answer();
                    var response = "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok"u8.ToArray();
                    await stream.WriteAsync(response, cancellationToken);
                }
            }
            catch (Exception error) when (error is OperationCanceledException or IOException)
            {
                // the test is over, or the client closed the connection
            }
        }
    }
}
