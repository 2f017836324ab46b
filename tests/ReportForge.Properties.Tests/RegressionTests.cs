using ReportForge.Diagnostics;
using ReportForge.Markup;
using ReportForge.Model;

namespace ReportForge.Tests;

/// <summary>Inputs the properties found failing, shrunk by hand; each stays as a plain fact.</summary>
public sealed class RegressionTests
{
    private static Diagnostic SingleError(string markup)
    {
        var converted = MarkupConverter.Convert(markup, new DocumentMetadata(), markupName: MarkupPipeline.MarkupName);
        Assert.False(converted.Succeeded);
        return Assert.Single(converted.Diagnostics);
    }

    [Fact]
    public void A_footnote_that_cites_itself_is_a_located_error_not_a_stack_overflow()
    {
        var error = SingleError("Body[^n4].\n\n[^n4]: see[^n4]\n");

        Assert.Equal(ErrorCodes.MarkupFootnoteInFootnote, error.Code);
        Assert.Equal(new SourceLocation(MarkupPipeline.MarkupName, 3, 1), error.Location);
        Assert.Contains("[^n4] cites [^n4]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Footnotes_that_cite_each_other_are_a_located_error()
    {
        MarkupPipeline.Check("a[^1] b[^2]\n\n[^1]: one[^2]\n\n[^2]: two[^1]\n");
        Assert.Equal(ErrorCodes.MarkupFootnoteInFootnote, SingleError("a[^1] b[^2]\n\n[^1]: one[^2]\n\n[^2]: two[^1]\n").Code);
    }

    [Theory]
    [InlineData(30)] // was error RF1302 with no place: a letter did not fit the quote's width
    [InlineData(48)] // the PDF layout did not finish
    public void Quotes_nested_too_deep_are_a_located_error(int depth)
    {
        var markup = string.Concat(Enumerable.Repeat("> ", depth)) + "Donaudampfschifffahrtsgesellschaftskapitänsmützen\n";

        var error = SingleError(markup);

        Assert.Equal(ErrorCodes.MarkupNestedTooDeep, error.Code);
        Assert.Equal(new SourceLocation(MarkupPipeline.MarkupName, 1, 1), error.Location);
        Fuzz.MarkupHarness.Run(System.Text.Encoding.UTF8.GetBytes(markup));
    }

    [Fact]
    public void Quotes_twelve_deep_still_render_with_their_long_word()
    {
        var markup = string.Concat(Enumerable.Repeat("> ", BlockConverterLimit)) + "Donaudampfschifffahrtsgesellschaftskapitänsmützen\n";

        Assert.True(MarkupConverter.Convert(markup, new DocumentMetadata()).Succeeded);
        MarkupPipeline.Check(markup);
    }

    private const int BlockConverterLimit = 12;

    [Fact]
    public void A_table_row_that_breaks_across_pages_reads_back_cell_by_cell() =>
        // The property's reading order once failed here (seed 0RWlIT9Q4jq1): the first cell goes on over the
        // page break, so it ends after its neighbour's text. Nothing was lost.
        MarkupPipeline.Check("|\n" + string.Concat(Enumerable.Repeat("|---", 28)) + "|\n| "
            + string.Concat(Enumerable.Repeat("Donaudampfschifffahrt ", 40)) + "<https://reportforge.invalid/auto> | \\* |\n");

    [Fact]
    public void A_footnote_cited_in_a_heading_reads_back_from_both_outputs() =>
        MarkupPipeline.Check("###### [^n3] after the citation\n\n[^n3]: the note\n");
}
