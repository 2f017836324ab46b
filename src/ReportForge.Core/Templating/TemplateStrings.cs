using System.Globalization;
using System.Text.Json;
using ReportForge.Diagnostics;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ReportForge.Templating;

/// <summary>
/// The fixed words of a template in the report's culture, from <c>strings/CULTURE.json</c> files (flat
/// objects of key → text). Later files win: the shared folder's English, language and culture files,
/// then the template's own in the same order; so <c>fr-CA</c> reads fr-CA.json over fr.json over en.json.
/// </summary>
public static class TemplateStrings
{
    /// <summary>The folder strings files live in.</summary>
    public const string Folder = "strings";

    /// <summary>Loads the strings for <paramref name="culture"/>.</summary>
    public static Result<IReadOnlyDictionary<string, string>> Load(TemplatePackage package, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(package);
        ArgumentNullException.ThrowIfNull(culture);
        var names = new[] { "en", culture.TwoLetterISOLanguageName, culture.Name }.Distinct(StringComparer.Ordinal).ToList();
        var strings = new Dictionary<string, string>(StringComparer.Ordinal);
        // The template's own files come last so that they win.
        foreach (var source in TemplateLocator.SearchOrder(package.Source).Reverse())
        {
            foreach (var name in names)
            {
                var relative = $"{Folder}/{name}.json";
                var text = source.ReadText(relative, "the strings file");
                if (!text.Succeeded) return text.Cast<IReadOnlyDictionary<string, string>>();
                if (text.Value is null) continue;
                var error = Read(text.Value, source.DisplayPath(relative), strings);
                if (error is not null) return Result<IReadOnlyDictionary<string, string>>.Fail(error);
            }
        }
        return Result<IReadOnlyDictionary<string, string>>.Ok(strings);
    }

    /// <summary>
    /// The culture a report is written in and its strings. A culture whose language has no strings file in a folder
    /// of the template that has strings (<c>strings/it.json</c> for it-IT) would mix the template's English with the
    /// culture's dates and number words: the whole report is written in English instead (the template's culture when
    /// that is English, else <c>en</c>), dates included, with a warning (RF2161) naming the missing file.
    /// </summary>
    public static Result<(CultureInfo Culture, IReadOnlyDictionary<string, string> Strings)> ForCulture(TemplatePackage package, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(package);
        ArgumentNullException.ThrowIfNull(culture);
        var warnings = new List<Diagnostic>();
        if (Missing(package.Source, culture) is { } missing)
        {
            var english = CultureInfo.GetCultureInfo(package.Manifest.Culture) is { TwoLetterISOLanguageName: "en" } own
                ? own
                : CultureInfo.GetCultureInfo("en");
            warnings.Add(new Diagnostic(ErrorCodes.StringsCultureMissing, Severity.Warning,
                $"no strings for {culture.Name}: {missing} is missing, so the whole document is written in English ({english.Name}), dates included; "
                + $"add {Folder}/{culture.TwoLetterISOLanguageName}.json with the keys of {Folder}/en.json translated",
                SourceLocation.OfFile(missing)));
            culture = english;
        }
        var strings = Load(package, culture);
        if (!strings.Succeeded) return strings.Cast<(CultureInfo, IReadOnlyDictionary<string, string>)>();
        return Result<(CultureInfo, IReadOnlyDictionary<string, string>)>.Ok((culture, strings.Value), warnings);
    }

    // The first folder with strings that has none for the culture's language or the culture itself.
    private static string? Missing(ITemplateSource template, CultureInfo culture)
    {
        if (culture.TwoLetterISOLanguageName is "en" or "iv") return null;
        foreach (var source in TemplateLocator.SearchOrder(template))
        {
            var cultures = Cultures(source);
            if (cultures.Count == 0) continue;
            if (!cultures.Contains(culture.TwoLetterISOLanguageName, StringComparer.OrdinalIgnoreCase)
                && !cultures.Contains(culture.Name, StringComparer.OrdinalIgnoreCase))
                return source.DisplayPath($"{Folder}/{culture.TwoLetterISOLanguageName}.json");
        }
        return null;
    }

    /// <summary>The cultures a template ships strings for (file names under <c>strings/</c>).</summary>
    public static IReadOnlyList<string> Cultures(ITemplateSource source) => source.Files()
        .Where(f => f.StartsWith(Folder + "/", StringComparison.Ordinal) && f.EndsWith(".json", StringComparison.Ordinal))
        .Select(f => f[(Folder.Length + 1)..^5])
        .ToList();

    private static Diagnostic? Read(string text, string file, Dictionary<string, string> into)
    {
        try
        {
            using var document = JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            if (document.RootElement.ValueKind != JsonValueKind.Object)
                return new Diagnostic(ErrorCodes.TemplatePackageInvalid, Severity.Error, "a strings file is a JSON object of key → text",
                    new SourceLocation(file, 1, 1));
            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (property.Value.ValueKind != JsonValueKind.String)
                    return new Diagnostic(ErrorCodes.TemplatePackageInvalid, Severity.Error, $"the string '{property.Name}' must be text",
                        SourceLocation.OfFile(file));
                into[property.Name] = property.Value.GetString()!;
            }
            return null;
        }
        catch (JsonException e)
        {
            return new Diagnostic(ErrorCodes.TemplatePackageInvalid, Severity.Error, "malformed JSON: " + e.Message.Split(" LineNumber:")[0].TrimEnd('.', ' '),
                new SourceLocation(file, (int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1));
        }
    }
}

/// <summary><c>strings.key</c>: a misspelt key is an error at its place, not an empty word.</summary>
internal sealed class StringsObject : ScriptObject
{
    public StringsObject(IReadOnlyDictionary<string, string> strings, string culture)
    {
        Culture = culture;
        foreach (var (key, value) in strings) SetValue(key, value, true);
    }

    public string Culture { get; }

    public override bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object? value)
    {
        if (base.TryGetValue(context, span, member, out value)) return true;
        throw new ScriptRuntimeException(span, $"no string '{member}' for {Culture} (add it to strings/en.json, or to the culture's strings file)");
    }
}

/// <summary>
/// <c>t "key" arg…</c>: the string for the report's culture with <c>{0}</c>, <c>{1}</c>… filled in. When the first
/// argument is a number, the string's plural form for it is used: <c>key.one</c>, <c>key.few</c>, <c>key.other</c>… by the
/// culture's CLDR category (<see cref="PluralRules"/>), else <c>key.other</c>; the older <c>key_one</c> for exactly 1 still
/// works.
/// </summary>
internal sealed class TranslateFunction(StringsObject strings, ReportWords words) : IScriptCustomFunction
{
    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var span = callerContext?.Span ?? context.CurrentSpan;
        if (arguments.Count == 0 || arguments[0] is not string key)
            throw new ScriptRuntimeException(span, "t needs a string key, such as {{ t \"key_points\" }}");
        var args = arguments.Skip(1).ToArray();
        if (args.Length > 0 && args[0] is int or long or decimal or double or float)
            key = words.PluralKey(key, Convert.ToDecimal(args[0], CultureInfo.InvariantCulture));
        strings.TryGetValue(context, span, key, out var value);
        var text = (string)value!;
        if (args.Length == 0) return text;
        try
        {
            return string.Format(words.Culture, text, args.Select(a => a is RawMarkup r ? r.Text : context.ObjectToString(a)).ToArray());
        }
        catch (FormatException)
        {
            throw new ScriptRuntimeException(span, $"the string '{key}' has a placeholder beyond the {args.Length} argument(s) given: \"{text}\"");
        }
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

    public int RequiredParameterCount => 1;
    public int ParameterCount => 1;
    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.Direct;
    public Type ReturnType => typeof(string);
    public ScriptParameterInfo GetParameterInfo(int index) =>
        index == 0 ? new ScriptParameterInfo(typeof(string), "key") : new ScriptParameterInfo(typeof(object), "value");
}
