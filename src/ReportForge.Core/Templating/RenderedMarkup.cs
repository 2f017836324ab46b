using ReportForge.Model;

namespace ReportForge.Templating;

/// <summary>What a template render produced: the markup, where each part came from, and the document metadata.</summary>
public sealed record RenderedMarkup(string Markup, SourceMap Map, DocumentMetadata Metadata)
{
    /// <summary>The template's levels and the theme's portion marks, for <c>::: marking</c> containers; the defaults when null.</summary>
    public MarkingRules? Markings { get; init; }
}
