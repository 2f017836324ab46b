using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace ReportForge.Templating;

/// <summary>Escapes every value written with <c>{{ }}</c> for the markup, unless it is <see cref="RawMarkup"/>.</summary>
internal sealed class MarkupTemplateContext(ScriptObject builtins) : TemplateContext(builtins)
{
    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        if (textAsObject is RawMarkup raw) return base.Write(span, raw.Text);
        if (textAsObject is null) return this;
        var text = ObjectToString(textAsObject) ?? "";
        return base.Write(span, MarkupEscape.Text(text));
    }

    public override ValueTask<TemplateContext> WriteAsync(SourceSpan span, object? textAsObject)
    {
        return ValueTask.FromResult(Write(span, textAsObject));
    }
}
