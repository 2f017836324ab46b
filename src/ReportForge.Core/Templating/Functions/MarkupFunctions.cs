using ReportForge.Text;
using Scriban.Runtime;

namespace ReportForge.Templating.Functions;

/// <summary>
/// Markup helpers. Values are escaped by default; these opt out or escape for other places.
/// <code>
/// {{ notes.intro | raw }}                     → written as markup, not escaped
/// {{ escape "*not bold*" }}                    → \*not bold\*
/// ::: callout {title="{{ attr talk.title }}"}  → quotes and backslashes escaped for an attribute
/// ## {{ talk.title }} {#{{ slug talk.id }}}    → an anchor id: lower-case letters, digits, hyphens
/// {{ paragraphs talk.outcome }}                → one escaped paragraph per blank-line-separated block
/// </code>
/// </summary>
internal static class MarkupFunctions
{
    public static void Register(ScriptObject target)
    {
        target.Add("raw", v => new RawMarkup(v?.ToString() ?? ""));
        target.Add("escape", v => new RawMarkup(MarkupEscape.Text(v?.ToString() ?? "")));
        target.Add("attr", v => new RawMarkup(MarkupEscape.Attribute(v?.ToString() ?? "")));
        target.Add("slug", v => new RawMarkup(Slug.From(v?.ToString() ?? "")));
        target.Add("paragraphs", v => Paragraphs(v));
    }

    private static RawMarkup Paragraphs(object? value)
    {
        var text = (value?.ToString() ?? "").Replace("\r\n", "\n", StringComparison.Ordinal);
        var blocks = text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new RawMarkup(string.Join("\n\n", blocks.Select(MarkupEscape.Text)));
    }
}
