using Markdig;
using ReportForge.Diagnostics;
using ReportForge.Model;
using ReportForge.Templating;

namespace ReportForge.Markup;

/// <summary>Parses the markup dialect into the immutable document model.</summary>
public static class MarkupConverter
{
    /// <summary>Converts rendered markup; errors cite the template line that wrote the offending text, then the markup line.</summary>
    /// <paramref name="readAsset"/> reads an image by the path the markup gives (null when there is no such file).
    public static Result<Document> Convert(RenderedMarkup rendered, Func<string, byte[]?>? readAsset = null) =>
        Convert(rendered.Markup, rendered.Metadata, rendered.Map.Locate, "markup", readAsset);

    /// <summary>Converts markup text; <paramref name="locate"/> maps a markup offset to its source, if known.</summary>
    public static Result<Document> Convert(string markup, DocumentMetadata metadata, Func<int, SourceLocation?>? locate = null,
        string markupName = "markup", Func<string, byte[]?>? readAsset = null)
    {
        var parsed = Markdown.Parse(markup, MarkupPipeline.Instance);
        try
        {
            var context = new ConversionContext(readAsset);
            var blocks = new BlockConverter(context).Convert(parsed);
            var footnotes = context.Footnotes.OrderBy(f => f.Number).ToList();
            var missing = context.FootnoteNumbers.Keys.Except(footnotes.Select(f => f.Label)).FirstOrDefault();
            if (missing is not null)
                return Result<Document>.Fail(new Diagnostic(ErrorCodes.MarkupBadAttribute, Severity.Error, $"footnote [^{missing}] is cited but never defined"));
            return Result<Document>.Ok(new Document(metadata, blocks) { Footnotes = footnotes });
        }
        catch (MarkupError error)
        {
            return Result<Document>.Fail(error.ToDiagnostic(locate ?? (_ => null), markupName));
        }
    }
}
