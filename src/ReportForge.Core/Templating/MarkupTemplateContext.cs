using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ReportForge.Templating;

/// <summary>Escapes every value written with <c>{{ }}</c> for the markup, unless it is <see cref="RawMarkup"/>.</summary>
internal sealed class MarkupTemplateContext(ScriptObject builtins) : TemplateContext(builtins)
{
    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        if (textAsObject is RawMarkup raw) return WriteAt(span, raw.Text);
        if (textAsObject is null) return this;
        var text = ObjectToString(textAsObject) ?? "";
        return WriteAt(span, MarkupEscape.Text(text));
    }

    // Scriban writes a value with the span of the enclosing block (the `}}` of a for or if), so the output
    // maps values to the statement that produced them, recorded as it finishes evaluating; the outermost
    // statement finishes last, after any statements inside functions it called.
    private SourceSpan? _lastStatementSpan;

    public override object? Evaluate(ScriptNode? scriptNode, bool aliasReturnedFunction)
    {
        var result = base.Evaluate(scriptNode, aliasReturnedFunction);
        if (scriptNode is ScriptExpressionStatement statement) _lastStatementSpan = statement.Span;
        return result;
    }

    private TemplateContext WriteAt(SourceSpan span, string text)
    {
        if (Output is not MappedOutput mapped) return base.Write(span, text);
        mapped.ExpressionSpan = _lastStatementSpan ?? span;
        try
        {
            return base.Write(span, text);
        }
        finally
        {
            mapped.ExpressionSpan = null;
        }
    }

    public override ValueTask<TemplateContext> WriteAsync(SourceSpan span, object? textAsObject)
    {
        return ValueTask.FromResult(Write(span, textAsObject));
    }
}
