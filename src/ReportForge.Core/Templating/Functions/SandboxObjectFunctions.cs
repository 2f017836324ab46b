using System.Collections;
using System.Globalization;
using System.Numerics;
using System.Text.Json;
using Scriban.Functions;
using Scriban.Runtime;

namespace ReportForge.Templating.Functions;

/// <summary>
/// Scriban's <c>object</c> family with the members that need reflection or dynamic code (<c>has_key</c>,
/// <c>has_value</c>, <c>to_json</c>, <c>from_json</c>) written without either, so a template behaves the same
/// under the JIT and Native AOT.
/// <code>
/// {{ {a: 1, b: [true, "x"]} | object.to_json }}   → {"a":1,"b":[true,"x"]}
/// {{ ('{"a": [1, 2]}' | object.from_json).a[1] }}  → 2
/// </code>
/// </summary>
internal sealed class SandboxObjectFunctions : ObjectFunctions
{
    private const int MaxDepth = 64;

    public SandboxObjectFunctions()
    {
        this.Add("has_key", (value, key) => value switch
        {
            ScriptObject o => o.ContainsKey(ScriptFunctions.Text(key)),
            IDictionary d => key is not null && d.Contains(key),
            _ => false,
        });
        this.Add("has_value", (value, key) => value switch
        {
            ScriptObject o => o.TryGetValue(ScriptFunctions.Text(key), out var member) && member is not null,
            IDictionary d => key is not null && d.Contains(key) && d[key] is not null,
            _ => false,
        });
        this.Add("to_json", value => ToJson(value));
        this.Add("from_json", text => FromJson(ScriptFunctions.Text(text)));
    }

    internal static string ToJson(object? value)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
            Write(writer, value, 0);
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Write(Utf8JsonWriter writer, object? value, int depth)
    {
        if (depth > MaxDepth) throw new ArgumentException($"the value nests more than {MaxDepth} levels deep");
        switch (value)
        {
            case null: writer.WriteNullValue(); break;
            case string s: writer.WriteStringValue(s); break;
            case bool b: writer.WriteBooleanValue(b); break;
            case int or long or short or byte or sbyte or uint or ushort or ulong or BigInteger:
                writer.WriteRawValue(((IFormattable)value).ToString(null, CultureInfo.InvariantCulture)); break;
            case decimal m: writer.WriteNumberValue(m); break;
            case double d when double.IsFinite(d): writer.WriteNumberValue(d); break;
            case float f when float.IsFinite(f): writer.WriteNumberValue(f); break;
            case double or float: writer.WriteNullValue(); break;
            case DateTime date: writer.WriteStringValue(DateTime.SpecifyKind(date, DateTimeKind.Utc)); break;
            case DateOnly date: writer.WriteStringValue(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)); break;
            case ScriptObject o:
                writer.WriteStartObject();
                foreach (var member in o) { writer.WritePropertyName(member.Key); Write(writer, member.Value, depth + 1); }
                writer.WriteEndObject();
                break;
            case IDictionary d:
                writer.WriteStartObject();
                foreach (DictionaryEntry entry in d) { writer.WritePropertyName(ScriptFunctions.Text(entry.Key)); Write(writer, entry.Value, depth + 1); }
                writer.WriteEndObject();
                break;
            case IEnumerable list:
                writer.WriteStartArray();
                foreach (var item in list) Write(writer, item, depth + 1);
                writer.WriteEndArray();
                break;
            default: writer.WriteStringValue(ScriptFunctions.Text(value)); break;
        }
    }

    internal static object? FromJson(string text)
    {
        try
        {
            using var json = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = MaxDepth });
            return Read(json.RootElement);
        }
        catch (JsonException e)
        {
            throw new ArgumentException("the text is not JSON: " + e.Message, e);
        }
    }

    private static object? Read(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => ReadObject(element),
        JsonValueKind.Array => new ScriptArray(element.EnumerateArray().Select(Read)),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Number => ReadNumber(element),
        _ => null,
    };

    private static ScriptObject ReadObject(JsonElement element)
    {
        var result = new ScriptObject();
        foreach (var property in element.EnumerateObject()) result.SetValue(property.Name, Read(property.Value), false);
        return result;
    }

    private static object ReadNumber(JsonElement element)
    {
        if (element.TryGetInt32(out var i)) return i;
        if (element.TryGetInt64(out var l)) return l;
        var raw = element.GetRawText();
        if (raw.AsSpan().IndexOfAny(".eE") < 0 && raw.Length <= 1000) return BigInteger.Parse(raw, CultureInfo.InvariantCulture);
        return element.TryGetDouble(out var d) && double.IsFinite(d) ? d :
            throw new ArgumentException($"the number {raw[..Math.Min(raw.Length, 40)]} is too large");
    }
}
