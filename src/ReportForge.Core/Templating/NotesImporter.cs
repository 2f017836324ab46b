using System.Text.Json;
using ReportForge.Notes;
using Scriban.Runtime;

namespace ReportForge.Templating;

/// <summary>
/// Turns notes into Scriban values without reflection. Every property the schema declares is present,
/// as null when the notes lack it, so <c>{{ if subtitle }}</c> works with strict variables on.
/// </summary>
internal static class NotesImporter
{
    public static ScriptObject ImportObject(JsonElement element, SchemaShape? shape)
    {
        var result = new ScriptObject();
        foreach (var property in element.EnumerateObject())
        {
            SchemaShape? childShape = null;
            shape?.Properties.TryGetValue(property.Name, out childShape);
            result.SetValue(property.Name, Convert(property.Value, childShape), false);
        }

        if (shape is not null)
        {
            foreach (var name in shape.Properties.Keys)
            {
                if (!result.ContainsKey(name)) result.SetValue(name, null, false);
            }
        }
        return result;
    }

    /// <summary>One JSON value as a Scriban value (an object or list as <see cref="ImportObject"/> makes them).</summary>
    public static object? Convert(JsonElement element, SchemaShape? shape) => element.ValueKind switch
    {
        JsonValueKind.Object => ImportObject(element, shape),
        JsonValueKind.Array => ImportArray(element, shape?.Items),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetInt32(out var i) ? i
            : element.TryGetInt64(out var l) ? l
            : element.TryGetDecimal(out var m) ? m
            : element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    private static ScriptArray ImportArray(JsonElement element, SchemaShape? itemShape)
    {
        var array = new ScriptArray(element.GetArrayLength());
        foreach (var item in element.EnumerateArray()) array.Add(Convert(item, itemShape));
        return array;
    }
}
