using ReportForge.Model;

namespace ReportForge.Word;

/// The headings of a document in reading order, including those inside keep groups, quotes, callouts and lists.
internal sealed class DocumentOutline(IReadOnlyList<Heading> headings)
{
    public IReadOnlyList<Heading> Headings { get; } = headings;

    /// The document's top-level blocks, for rules that count as the PDF does (the contents' threshold).
    public IReadOnlyList<Block> Blocks { get; init; } = [];

    public static DocumentOutline Of(Document document)
    {
        var headings = new List<Heading>();
        Collect(document.Blocks, headings);
        return new DocumentOutline(headings) { Blocks = document.Blocks };
    }

    private static void Collect(IEnumerable<Block> blocks, List<Heading> into)
    {
        foreach (var block in blocks)
        {
            switch (block)
            {
                case Heading heading: into.Add(heading); break;
                case KeepTogether keep: Collect(keep.Blocks, into); break;
                case Change change: Collect(change.Accepted, into); break;
                case Quote quote: Collect(quote.Blocks, into); break;
                case Callout callout: Collect(callout.Blocks, into); break;
                case ListBlock list: Collect(list.Items.SelectMany(i => i.Blocks), into); break;
            }
        }
    }
}
