using System.Net;
using System.Net.Sockets;

namespace PlanData.Api.Tests.Operations;

/// <summary>A stand-in OpenTelemetry collector (OTLP over HTTP) on a free loopback port: it keeps what it is sent.</summary>
public sealed class OtlpCollector : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly LockedList<(string Path, byte[] Body)> _received = new();

    public OtlpCollector()
    {
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            Endpoint = $"http://127.0.0.1:{((IPEndPoint)probe.LocalEndpoint).Port}";
        }

        _listener.Prefixes.Add(Endpoint + "/");
        _listener.Start();
        _ = ReceiveAsync();
    }

    public string Endpoint { get; }

    public IReadOnlyList<(string Path, byte[] Body)> Received => _received.Snapshot();

    public void Dispose() => _listener.Close();

    private async Task ReceiveAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            using var body = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(body);
            _received.Add((context.Request.Url!.AbsolutePath, body.ToArray()));
            context.Response.StatusCode = 200;
            context.Response.Close();
        }
    }
}
