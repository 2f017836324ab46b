using ReportForge.Markup;
using ReportForge.Model;

namespace ReportForge.Tests;

/// <summary>Where each top-level block came from travels with the document as data, index for index.</summary>
public sealed class BlockOriginTests
{
    [Fact]
    public void Each_top_level_block_has_its_markup_line()
    {
        var result = MarkupConverter.Convert("# One\n\nA paragraph.\n\n> A quote\n> on two lines.\n\n- a\n- b\n", new DocumentMetadata());

        Assert.True(result.Succeeded);
        var document = result.Value;
        Assert.Equal(document.Blocks.Count, document.Origins.Count);
        Assert.Equal([1, 3, 5, 8], document.Origins.Select(o => o!.MarkupLine));
        Assert.Equal(5, document.OriginOf(2)!.Location.Line);
        Assert.Null(document.OriginOf(4));
    }

    [Fact]
    public void A_document_built_in_code_has_no_origins()
    {
        var document = new Document(new DocumentMetadata(), [new ThematicBreak()]);

        Assert.Null(document.OriginOf(0));
    }
}
