using System.Text.Json;

namespace ReportForge.Notes;

/// <summary>
/// The properties a schema declares, at every level: objects list their properties, arrays their items.
/// The renderer uses it to give the template every declared field, as null when the notes lack it.
/// </summary>
public sealed class SchemaShape
{
    private SchemaShape(IReadOnlyDictionary<string, SchemaShape> properties, SchemaShape? items, IReadOnlySet<string> required, string? type)
    {
        Properties = properties;
        Items = items;
        Required = required;
        Type = type;
    }

    /// <summary>Properties an object must have (its <c>required</c>).</summary>
    public IReadOnlySet<string> Required { get; }

    /// <summary>The JSON type the schema names (object, array, string, number…), when it names one.</summary>
    public string? Type { get; }

    /// <summary>Declared properties of an object.</summary>
    public IReadOnlyDictionary<string, SchemaShape> Properties { get; }

    /// <summary>The shape of an array's items, when the schema says.</summary>
    public SchemaShape? Items { get; }

    /// <summary>Reads the declared shape of a schema document (local <c>$ref</c>s to <c>#/$defs/…</c> are followed).</summary>
    public static SchemaShape From(JsonElement schema) => Read(schema, schema, 0);

    private static SchemaShape Read(JsonElement node, JsonElement root, int depth)
    {
        if (node.ValueKind != JsonValueKind.Object || depth > 64) return new SchemaShape(new Dictionary<string, SchemaShape>(), null, new HashSet<string>(),
            null);
        if (node.TryGetProperty("$ref", out var reference) && reference.ValueKind == JsonValueKind.String)
        {
            var target = Resolve(root, reference.GetString()!);
            if (target is { } t) return Read(t, root, depth + 1);
        }

        var properties = new Dictionary<string, SchemaShape>(StringComparer.Ordinal);
        if (node.TryGetProperty("properties", out var props) && props.ValueKind == JsonValueKind.Object)
        {
            foreach (var p in props.EnumerateObject()) properties[p.Name] = Read(p.Value, root, depth + 1);
        }

        SchemaShape? items = null;
        if (node.TryGetProperty("items", out var itemSchema)) items = Read(itemSchema, root, depth + 1);
        var required = new HashSet<string>(StringComparer.Ordinal);
        if (node.TryGetProperty("required", out var names) && names.ValueKind == JsonValueKind.Array)
        {
            foreach (var name in names.EnumerateArray().Where(n => n.ValueKind == JsonValueKind.String)) required.Add(name.GetString()!);
        }
        var type = node.TryGetProperty("type", out var typeName) && typeName.ValueKind == JsonValueKind.String ? typeName.GetString() : null;
        return new SchemaShape(properties, items, required, type);
    }

    private static JsonElement? Resolve(JsonElement root, string reference)
    {
        if (!reference.StartsWith("#/", StringComparison.Ordinal)) return null;
        var current = root;
        foreach (var raw in reference[2..].Split('/'))
        {
            var segment = Uri.UnescapeDataString(raw).Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(segment, out current)) return null;
        }
        return current;
    }
}
