using Markdig;
using Markdig.Extensions.EmphasisExtras;

namespace ReportForge.Markup;

/// <summary>The Markdig pipeline for the markup dialect.</summary>
internal static class MarkupPipeline
{
    public static MarkdownPipeline Instance { get; } = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseCustomContainers()
        .UseEmphasisExtras(EmphasisExtraOptions.Strikethrough)
        .UseFootnotes()
        .UseGenericAttributes() // last, or `::: callout {title=…}` stays raw text
        .Build();
}
