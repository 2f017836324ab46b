using System.Text;
using System.Text.Json;

namespace ReportForge.Notes;

/// <summary>
/// Records where every JSON value starts, keyed by its RFC 6901 pointer, and on the same walk finds the values the
/// pipeline cannot hold (see <see cref="NotesValueProblem"/>).
/// </summary>
internal static class JsonPointerMap
{
    public static Dictionary<string, long> Build(ReadOnlySpan<byte> utf8, JsonReaderOptions options) => Build(utf8, options, null);

    /// <summary>Also records, in <paramref name="keys"/> when given, where each member's key starts.</summary>
    public static Dictionary<string, long> Build(ReadOnlySpan<byte> utf8, JsonReaderOptions options, List<NotesValueProblem>? problems,
        Dictionary<string, long>? keys = null)
    {
        var map = new Dictionary<string, long>(StringComparer.Ordinal);
        var reader = new Utf8JsonReader(utf8, options);
        var path = new List<Frame>();
        string? pendingName = null;
        long pendingNameStart = 0;

        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    pendingNameStart = reader.TokenStartIndex;
                    pendingName = ReadName(ref reader, path.Count > 0 ? path[^1].Pointer : "", problems);
                    continue;
                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    path.RemoveAt(path.Count - 1);
                    continue;
                case JsonTokenType.Comment:
                    continue;
            }

            // A value starts here: name it by its parent's frame.
            string pointer;
            var repeated = false;
            if (path.Count > 0)
            {
                var parent = path[^1];
                var segment = parent.IsArray ? parent.NextIndex++.ToString(System.Globalization.CultureInfo.InvariantCulture) : pendingName!;
                path[^1] = parent;
                pointer = parent.Pointer + "/" + Escape(segment);
                if (map.TryGetValue(pointer, out var first))
                {
                    // Only the key given twice is reported, not every value below it again.
                    if (!parent.Repeated) problems?.Add(NotesValueProblem.Duplicate(pointer, segment, pendingNameStart, first));
                    repeated = true;
                }
                else
                {
                    map[pointer] = reader.TokenStartIndex;
                    if (!parent.IsArray && keys is not null) keys[pointer] = pendingNameStart;
                    repeated = parent.Repeated;
                }
            }
            else
            {
                pointer = "";
                map[""] = reader.TokenStartIndex;
            }

            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                path.Add(new Frame(pointer, reader.TokenType == JsonTokenType.StartArray, repeated));
            else if (problems is not null)
                CheckScalar(ref reader, pointer, problems);
        }

        return map;
    }

    public static string Escape(string segment) => segment.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    // A name with a lone surrogate cannot become a .NET string: it is named by its escaped text instead.
    private static string ReadName(ref Utf8JsonReader reader, string parentPointer, List<NotesValueProblem>? problems)
    {
        if (!reader.ValueIsEscaped || LoneSurrogate(reader.ValueSpan) is not { } at) return reader.GetString()!;
        var raw = Encoding.UTF8.GetString(reader.ValueSpan);
        problems?.Add(NotesValueProblem.Surrogate(parentPointer + "/" + Escape(raw), reader.TokenStartIndex + 1 + at, raw, at, isKey: true));
        return raw;
    }

    private static void CheckScalar(ref Utf8JsonReader reader, string pointer, List<NotesValueProblem> problems)
    {
        if (reader.TokenType == JsonTokenType.String && reader.ValueIsEscaped && LoneSurrogate(reader.ValueSpan) is { } at)
            problems.Add(NotesValueProblem.Surrogate(pointer, reader.TokenStartIndex + 1 + at, Encoding.UTF8.GetString(reader.ValueSpan), at, isKey: false));
        // The schema validator reads numbers as decimal and the template as int, long, decimal or double: a number
        // must fit all of them.
        else if (reader.TokenType == JsonTokenType.Number && (!reader.TryGetDecimal(out _) || !reader.TryGetDouble(out _)))
            problems.Add(NotesValueProblem.Number(pointer, reader.TokenStartIndex, Encoding.UTF8.GetString(reader.ValueSpan)));
    }

    /// <summary>The byte index, in an escaped JSON string, of a <c>\u</c> escape that is half a surrogate pair; null when none is.</summary>
    internal static int? LoneSurrogate(ReadOnlySpan<byte> escaped)
    {
        for (var i = 0; i < escaped.Length - 1; i++)
        {
            if (escaped[i] != (byte)'\\') continue;
            if (escaped[i + 1] != (byte)'u' || i + 6 > escaped.Length)
            {
                i++;
                continue;
            }
            var unit = Hex(escaped.Slice(i + 2, 4));
            if (char.IsLowSurrogate(unit)) return i;
            if (!char.IsHighSurrogate(unit))
            {
                i += 5;
                continue;
            }
            var paired = i + 12 <= escaped.Length && escaped[i + 6] == (byte)'\\' && escaped[i + 7] == (byte)'u'
                && char.IsLowSurrogate(Hex(escaped.Slice(i + 8, 4)));
            if (!paired) return i;
            i += 11;
        }
        return null;
    }

    private static char Hex(ReadOnlySpan<byte> four)
    {
        var value = 0;
        foreach (var b in four)
        {
            var digit = b switch
            {
                >= (byte)'0' and <= (byte)'9' => b - '0',
                >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
                >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
                _ => 0,
            };
            value = value * 16 + digit;
        }
        return (char)value;
    }

    private struct Frame(string pointer, bool isArray, bool repeated)
    {
        public string Pointer { get; } = pointer;
        public bool IsArray { get; } = isArray;
        public bool Repeated { get; } = repeated;
        public int NextIndex { get; set; }
    }
}
