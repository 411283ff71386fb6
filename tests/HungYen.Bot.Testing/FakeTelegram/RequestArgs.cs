using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace HungYen.Bot.Testing.FakeTelegram;

/// <summary>A Bot API request's parameters, whichever way Telegram.Bot sent them (JSON, form, or multipart with files).</summary>
internal sealed class RequestArgs
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string FileName, byte[] Content)> _files = new(StringComparer.Ordinal);

    public static async Task<RequestArgs> ReadAsync(HttpRequest request)
    {
        var args = new RequestArgs();
        foreach (var (key, value) in request.Query)
        {
            args._values[key] = value.ToString();
        }

        if (request.HasJsonContentType())
        {
            using var json = await JsonDocument.ParseAsync(request.Body);
            if (json.RootElement.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in json.RootElement.EnumerateObject())
                {
                    args._values[property.Name] = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString()! : property.Value.GetRawText();
                }
            }
        }
        else if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync();
            foreach (var (key, value) in form)
            {
                args._values[key] = value.ToString();
            }

            foreach (var file in form.Files)
            {
                using var content = new MemoryStream();
                await file.CopyToAsync(content);
                args._files[file.Name] = (file.FileName, content.ToArray());
            }
        }

        return args;
    }

    public string? this[string name] => _values.TryGetValue(name, out var value) ? value : null;

    public long Long(string name) => long.Parse(this[name] ?? throw new InvalidOperationException($"Missing parameter {name}"), System.Globalization.CultureInfo.InvariantCulture);

    public int? Int(string name) => this[name] is { } v ? int.Parse(v, System.Globalization.CultureInfo.InvariantCulture) : null;

    public bool Bool(string name) => this[name] is { } v && bool.Parse(v);

    public JsonElement? Json(string name) => this[name] is { } v && v.Length > 0 && (v[0] == '{' || v[0] == '[') ? JsonDocument.Parse(v).RootElement : null;

    /// <summary>An uploaded file: sent under the field's own name, or (as Telegram.Bot v22 does) as "attach://&lt;part&gt;".</summary>
    public (string FileName, byte[] Content)? File(string name)
    {
        var key = this[name] is { } value && value.StartsWith("attach://", StringComparison.Ordinal) ? value["attach://".Length..] : name;
        return _files.TryGetValue(key, out var file) ? file : null;
    }
}
