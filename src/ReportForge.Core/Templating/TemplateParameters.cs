using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using ReportForge.Diagnostics;
using Scriban.Runtime;

namespace ReportForge.Templating;

/// <summary>One entry of template.json's <c>parameters</c>: set with <c>--set name=value</c>, read as <c>params.name</c>.</summary>
public sealed class TemplateParameter
{
    /// <summary>The types a parameter may have.</summary>
    public static readonly IReadOnlyList<string> Types = ["string", "number", "integer", "boolean"];

    /// <summary>The name after <c>params.</c>: letters, digits and underscores.</summary>
    public string Name { get; set; } = "";
    /// <summary>string, number, integer or boolean.</summary>
    public string Type { get; set; } = "string";
    /// <summary>The value when none is set; null when absent.</summary>
    public JsonElement? Default { get; set; }
    /// <summary>What the parameter does, for <c>reportforge templates show</c>.</summary>
    public string Description { get; set; } = "";

    /// <summary>The default as text, as <c>templates show</c> prints it.</summary>
    [JsonIgnore]
    public string DefaultText => Default is { ValueKind: not JsonValueKind.Null } d ? (d.ValueKind == JsonValueKind.String ? d.GetString()! : d.GetRawText())
        : "(none)";
}

/// <summary>Checks parameter declarations and binds <c>--set</c> values to them.</summary>
public static class TemplateParameters
{
    /// <summary>Problems in template.json's parameter declarations.</summary>
    public static IReadOnlyList<Diagnostic> Check(TemplateManifest manifest, string manifestFile)
    {
        var errors = new List<Diagnostic>();
        void Error(string message) => errors.Add(new Diagnostic(ErrorCodes.TemplatePackageInvalid, Severity.Error, message,
            SourceLocation.OfFile(manifestFile)));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in manifest.Parameters)
        {
            if (p.Name.Length == 0 || !p.Name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') || char.IsAsciiDigit(p.Name[0]))
                Error($"parameters: '{p.Name}' is not a valid name (letters, digits and underscores, not starting with a digit)");
            else if (!seen.Add(p.Name))
                Error($"parameters: '{p.Name}' is declared twice");
            if (!TemplateParameter.Types.Contains(p.Type))
                Error($"parameters.{p.Name}: unknown type '{p.Type}'; the types are {string.Join(", ", TemplateParameter.Types)}");
            else if (p.Default is { ValueKind: not JsonValueKind.Null } d && FromJson(d, p.Type) is null)
                Error($"parameters.{p.Name}: the default {d.GetRawText()} is not {Article(p.Type)} {p.Type}");
        }
        return errors;
    }

    /// <summary>
    /// The <c>params</c> object: every declared parameter, from <paramref name="values"/> (text as given to
    /// <c>--set</c>) or its default. An undeclared name or a value of the wrong type is an error.
    /// </summary>
    public static Result<ScriptObject> Bind(TemplateManifest manifest, IReadOnlyDictionary<string, string> values)
    {
        var errors = new List<Diagnostic>();
        foreach (var name in values.Keys.Where(k => manifest.Parameters.All(p => p.Name != k)))
        {
            var known = manifest.Parameters.Count == 0 ? "it has none" : "its parameters are " + string.Join(", ", manifest.Parameters.Select(p => p.Name));
            errors.Add(new Diagnostic(ErrorCodes.ParameterUnknown, Severity.Error,
                $"--set {name}: the template '{manifest.Name}' has no parameter '{name}'; {known}"));
        }

        var result = new ScriptObject();
        foreach (var p in manifest.Parameters)
        {
            object? value = p.Default is { } d ? FromJson(d, p.Type) : null;
            if (values.TryGetValue(p.Name, out var text))
            {
                value = FromText(text, p.Type);
                if (value is null)
                    errors.Add(new Diagnostic(ErrorCodes.ParameterInvalid, Severity.Error,
                        $"--set {p.Name}={text}: the parameter '{p.Name}' is {Article(p.Type)} {p.Type}{Hint(p.Type)}"));
            }
            result.SetValue(p.Name, value, true);
        }
        return errors.Count > 0 ? Result<ScriptObject>.Fail(errors) : Result<ScriptObject>.Ok(result);
    }

    private static string Article(string type) => type == "integer" ? "an" : "a";

    private static string Hint(string type) => type switch
    {
        "boolean" => " (true or false)",
        "integer" => " (a whole number such as 3)",
        "number" => " (such as 2.5)",
        _ => "",
    };

    private static object? FromText(string text, string type) => type switch
    {
        "string" => text,
        "boolean" => text.ToLowerInvariant() switch { "true" => true, "false" => false, _ => null },
        "integer" => int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i) ? i : null,
        "number" => decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var m) ? m : null,
        _ => null,
    };

    private static object? FromJson(JsonElement value, string type) => (type, value.ValueKind) switch
    {
        ("string", JsonValueKind.String) => value.GetString(),
        ("boolean", JsonValueKind.True) => true,
        ("boolean", JsonValueKind.False) => false,
        ("integer", JsonValueKind.Number) when value.TryGetInt32(out var i) => i,
        ("number", JsonValueKind.Number) => value.GetDecimal(),
        _ => null,
    };
}
