using ReportForge.Tests.Client;

namespace ReportForge.Tests;

/// <summary>The parity test's comparison of heading pages, without LibreOffice.</summary>
public sealed class HeadingPagesTests
{
    private static HeadingPages Pages(int count, params (string, int)[] headings) => new(headings, count);

    [Fact]
    public void Repeated_titles_are_matched_in_order_and_a_moved_one_is_named_with_both_pages()
    {
        var ours = Pages(4, ("Talks", 1), ("Russia", 2), ("Positions", 3), ("Russia", 3));
        var theirs = Pages(5, ("Talks", 2), ("Russia", 2), ("Positions", 3), ("Russia", 4));

        var comparison = ours.Against(theirs);

        Assert.Equal(2, comparison.Same);
        Assert.Equal([("Talks", 1, (int?)2), ("Russia", 3, 4)], comparison.Moved);
        Assert.Equal("2/4 headings on the same page (50.0%); pages 4 vs 5\n  Talks: ours p1 vs LibreOffice p2\n  Russia: ours p3 vs LibreOffice p4",
            comparison.Describe("LibreOffice"));
        Assert.False(comparison.Meets(0.5, 0.2));
        Assert.True(comparison.Meets(0.5, 0.25));
    }

    [Fact]
    public void A_heading_the_other_lacks_is_missing_and_exact_parity_needs_equal_page_counts()
    {
        var comparison = Pages(42, ("A", 1), ("B", 2)).Against(Pages(42, ("A", 1)));

        Assert.Equal("1/2 headings on the same page (50.0%); pages 42 vs 42\n  B: ours p2 vs LibreOffice missing", comparison.Describe("LibreOffice"));
        Assert.True(Pages(42, ("A", 1)).Against(Pages(42, ("A", 1))).Meets(1.0, 0));
        Assert.False(Pages(42, ("A", 1)).Against(Pages(43, ("A", 1))).Meets(1.0, 0));
        Assert.True(Pages(50, ("A", 1)).Against(Pages(51, ("A", 1))).Meets(0.95, 0.02));
        Assert.False(Pages(50, ("A", 1)).Against(Pages(52, ("A", 1))).Meets(0.95, 0.02));
        Assert.False(Pages(1).Against(Pages(1)).Meets(0, 1));
    }
}
