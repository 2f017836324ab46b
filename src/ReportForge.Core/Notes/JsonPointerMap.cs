using System.Text;
using System.Text.Json;

namespace ReportForge.Notes;

/// <summary>Records where every JSON value starts, keyed by its RFC 6901 pointer.</summary>
internal static class JsonPointerMap
{
    public static Dictionary<string, long> Build(ReadOnlySpan<byte> utf8, JsonReaderOptions options)
    {
        var map = new Dictionary<string, long>(StringComparer.Ordinal);
        var reader = new Utf8JsonReader(utf8, options);
        var path = new List<Frame>();
        string? pendingName = null;

        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    pendingName = reader.GetString();
                    continue;
                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    path.RemoveAt(path.Count - 1);
                    continue;
                case JsonTokenType.Comment:
                    continue;
            }

            // A value starts here: name it by its parent's frame.
            if (path.Count > 0)
            {
                var parent = path[^1];
                var segment = parent.IsArray ? parent.NextIndex++.ToString(System.Globalization.CultureInfo.InvariantCulture) : pendingName!;
                path[^1] = parent;
                var pointer = parent.Pointer + "/" + Escape(segment);
                map[pointer] = reader.TokenStartIndex;
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                    path.Add(new Frame(pointer, reader.TokenType == JsonTokenType.StartArray));
            }
            else
            {
                map[""] = reader.TokenStartIndex;
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                    path.Add(new Frame("", reader.TokenType == JsonTokenType.StartArray));
            }
        }

        return map;
    }

    public static string Escape(string segment) => segment.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    private struct Frame(string pointer, bool isArray)
    {
        public string Pointer { get; } = pointer;
        public bool IsArray { get; } = isArray;
        public int NextIndex { get; set; }
    }
}
