using Markdig;
using ReportForge.Diagnostics;
using ReportForge.IO;
using ReportForge.Model;
using ReportForge.Templating;

namespace ReportForge.Markup;

/// <summary>Parses the markup dialect into the immutable document model.</summary>
public static class MarkupConverter
{
    /// <summary>Converts rendered markup; errors cite the template line that wrote the offending text, then the markup line.</summary>
    /// <paramref name="readAsset"/> reads an image by the path the markup gives (null when there is no such file).
    public static Result<Document> Convert(RenderedMarkup rendered, Func<string, byte[]?>? readAsset = null) =>
        Convert(rendered.Markup, rendered.Metadata, rendered.Map.Locate, "markup", Assets(readAsset), rendered.Map, rendered.Markings);

    /// <summary>
    /// Converts rendered markup, reading images through <paramref name="readAsset"/> (a template source's checked reads);
    /// an image that is missing, leads outside the template, is not a regular file or is too large is an error at the
    /// template line that wrote it.
    /// </summary>
    public static Result<Document> Convert(RenderedMarkup rendered, Func<string, FileRead> readAsset)
    {
        ArgumentNullException.ThrowIfNull(rendered);
        return Convert(rendered.Markup, rendered.Metadata, rendered.Map.Locate, "markup", readAsset, rendered.Map, rendered.Markings);
    }

    /// <summary>Converts markup text; <paramref name="locate"/> maps a markup offset to its source, if known.</summary>
    public static Result<Document> Convert(string markup, DocumentMetadata metadata, Func<int, SourceLocation?>? locate = null,
        string markupName = "markup", Func<string, byte[]?>? readAsset = null) =>
        Convert(markup, metadata, locate, markupName, Assets(readAsset));

    private static Func<string, FileRead>? Assets(Func<string, byte[]?>? readAsset) =>
        readAsset is null ? null : path => FileRead.FromBytes(readAsset(path));

    private static Result<Document> Convert(string markup, DocumentMetadata metadata, Func<int, SourceLocation?>? locate,
        string markupName, Func<string, FileRead>? readAsset, SourceMap? map = null, MarkingRules? markings = null)
    {
        // Markdig stops at 128 nested containers or brackets with an exception; lines indented by thousands of
        // spaces (a list nested 3,000 deep) it reads for minutes instead, so those are refused before it starts.
        var deepest = DeepestLine(markup);
        Markdig.Syntax.MarkdownDocument? parsed = null;
        try
        {
            if (deepest.Depth <= MaxLinePrefix) parsed = Markdown.Parse(markup, MarkupPipeline.Instance);
        }
        catch (ArgumentException)
        {
        }
        // The deepest line may begin with a few markers from a partial; the error cites whichever write made most of its nesting.
        if (parsed is null)
            return Result<Document>.Fail(new MarkupError(ErrorCodes.MarkupTooDeep,
                "the markup nests lists, quotes or brackets too deeply to be read (more than 128 levels, or a line indented by more than 1,000 characters)",
                map?.MostWritten(deepest.Offset, deepest.Offset + Math.Max(deepest.Depth, 1)) ?? deepest.Offset, deepest.Line)
                .ToDiagnostic(locate ?? (_ => null), markupName));
        try
        {
            var context = new ConversionContext(readAsset, (offset, line) =>
                new BlockOrigin(locate?.Invoke(offset) ?? new SourceLocation(markupName, line + 1, 1), line + 1), markings);
            var converter = new BlockConverter(context);
            var blocks = converter.Convert(parsed);
            var footnotes = context.Footnotes.OrderBy(f => f.Number).ToList();
            var missing = context.FootnoteNumbers.Keys.Except(footnotes.Select(f => f.Label)).FirstOrDefault();
            if (missing is not null)
                return Result<Document>.Fail(new Diagnostic(ErrorCodes.MarkupBadAttribute, Severity.Error,
                    $"footnote [^{missing}] is cited but never defined"));
            return Result<Document>.Ok(Marked(new Document(metadata, blocks) { Footnotes = footnotes, Origins = converter.Origins }, context.Markings));
        }
        catch (MarkupError error)
        {
            return Result<Document>.Fail(error.ToDiagnostic(locate ?? (_ => null), markupName));
        }
    }

    // The banner is the highest of the notes' markings and every block's; the template cannot lower it, only a block
    // it marks higher (by naming a level itself) can raise it.
    private static Document Marked(Document document, MarkingRules rules)
    {
        var blocks = document.Blocks.Concat(document.Footnotes.SelectMany(f => f.Blocks));
        var banner = rules.Higher(document.Metadata.Classification, Markings.Highest(blocks, rules));
        if (banner != document.Metadata.Classification) document = document with { Metadata = document.Metadata with { Classification = banner } };
        if (!rules.PortionMarks) return document;
        return document with
        {
            Blocks = PortionMarks.Apply(document.Blocks, rules),
            Footnotes = [.. document.Footnotes.Select(f => f with { Blocks = PortionMarks.Apply(f.Blocks, rules) })],
        };
    }

    private const int MaxLinePrefix = 1000;

    /// <summary>Where the nesting is deepest: the line whose opening run of quote markers, list markers and indentation is longest.</summary>
    private static (int Depth, int Offset, int Line) DeepestLine(string markup)
    {
        var (best, bestOffset, bestLine) = (-1, 0, 0);
        var (offset, line) = (0, 0);
        foreach (var text in markup.AsSpan().EnumerateLines())
        {
            var depth = text.IndexOfAnyExcept(" \t>-*+[");
            if (depth < 0) depth = text.Length;
            if (depth > best) (best, bestOffset, bestLine) = (depth, offset, line);
            offset += text.Length + 1;
            line++;
        }
        return (best, bestOffset, bestLine);
    }
}
