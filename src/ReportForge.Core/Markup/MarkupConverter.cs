using Markdig;
using ReportForge.Diagnostics;
using ReportForge.Model;
using ReportForge.Templating;

namespace ReportForge.Markup;

/// <summary>Parses the markup dialect into the immutable document model.</summary>
public static class MarkupConverter
{
    /// <summary>Converts rendered markup; errors cite the template line that wrote the offending text, then the markup line.</summary>
    public static Result<Document> Convert(RenderedMarkup rendered) =>
        Convert(rendered.Markup, rendered.Metadata, rendered.Map.Locate, "markup");

    /// <summary>Converts markup text; <paramref name="locate"/> maps a markup offset to its source, if known.</summary>
    public static Result<Document> Convert(string markup, DocumentMetadata metadata, Func<int, SourceLocation?>? locate = null, string markupName = "markup")
    {
        var parsed = Markdown.Parse(markup, MarkupPipeline.Instance);
        try
        {
            var blocks = new BlockConverter().Convert(parsed);
            return Result<Document>.Ok(new Document(metadata, blocks));
        }
        catch (MarkupError error)
        {
            return Result<Document>.Fail(error.ToDiagnostic(locate ?? (_ => null), markupName));
        }
    }
}
