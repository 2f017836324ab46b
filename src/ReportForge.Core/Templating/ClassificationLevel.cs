using System.Text.Json;
using System.Text.Json.Serialization;

namespace ReportForge.Templating;

/// <summary>
/// One level of template.json's <c>classification.levels</c>: a plain name (<c>"SECRET"</c>), or an object
/// <c>{ "name": "SECRET", "short": "S" }</c> giving the short form portion marks show.
/// </summary>
[JsonConverter(typeof(ClassificationLevelConverter))]
public sealed record ClassificationLevel(string Name, string? Short = null)
{
    /// <summary>Short forms of the default levels, used when a level of that name gives none.</summary>
    public static readonly IReadOnlyDictionary<string, string> DefaultShortForms = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["UNCLASSIFIED"] = "U",
        ["OFFICIAL"] = "O",
        ["OFFICIAL-SENSITIVE"] = "OS",
        ["CONFIDENTIAL"] = "C",
        ["SECRET"] = "S",
        ["TOP SECRET"] = "TS",
    };

    /// <summary>The short form: the one given, else the default level's, else the whole name.</summary>
    public string ShortForm => Short ?? (DefaultShortForms.TryGetValue(Name, out var known) ? known : Name);

    /// <summary>True when template.json gave the level as an object (so its name has a pointer of its own).</summary>
    internal bool WrittenAsObject { get; init; }

    /// <summary>What is wrong with how the level was written, and the key under the level's pointer it concerns ("" for the level itself).</summary>
    internal (string Key, string Message)? Problem { get; init; }
}

/// <summary>Reads a level leniently; what is wrong is kept on the level so the package check can locate it.</summary>
internal sealed class ClassificationLevelConverter : JsonConverter<ClassificationLevel>
{
    public override ClassificationLevel Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return new ClassificationLevel(reader.GetString()!);
            case JsonTokenType.StartObject:
                return ReadObject(ref reader);
            default:
                reader.Skip();
                return new ClassificationLevel("") { Problem = ("", "a level is a name (\"SECRET\") or an object { \"name\": \"SECRET\", \"short\": \"S\" }") };
        }
    }

    private static ClassificationLevel ReadObject(ref Utf8JsonReader reader)
    {
        string? name = null, shortForm = null;
        (string, string)? problem = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var key = reader.GetString()!;
            reader.Read();
            if (key is "name" or "short" && reader.TokenType == JsonTokenType.String)
            {
                if (key == "name") name = reader.GetString(); else shortForm = reader.GetString();
                continue;
            }
            problem ??= key is "name" or "short"
                ? ("/" + key, $"'{key}' must be a string")
                : ("/" + key, $"unknown key '{key}'; a level has 'name' and 'short'");
            reader.Skip();
        }
        if (name is null) problem ??= ("", "the level has no \"name\"; write { \"name\": \"SECRET\", \"short\": \"S\" }");
        return new ClassificationLevel(name ?? "", shortForm) { Problem = problem, WrittenAsObject = true };
    }

    public override void Write(Utf8JsonWriter writer, ClassificationLevel value, JsonSerializerOptions options)
    {
        if (value.Short is null)
        {
            writer.WriteStringValue(value.Name);
            return;
        }
        writer.WriteStartObject();
        writer.WriteString("name", value.Name);
        writer.WriteString("short", value.Short);
        writer.WriteEndObject();
    }
}
