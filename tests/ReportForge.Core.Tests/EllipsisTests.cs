using ReportForge.Text;
using ReportForge.Theming;

namespace ReportForge.Tests;

public sealed class EllipsisTests
{
    // One unit a UTF-16 character: the tests count what is kept.
    private static double Units(string text) => text.Length;

    [Fact]
    public void Text_that_fits_is_kept_whole()
    {
        Assert.Equal("Talks in Geneva", Ellipsis.Fit("Talks in Geneva", 15, Units, 100));
    }

    [Fact]
    public void Text_that_does_not_fit_keeps_its_longest_start_with_the_mark()
    {
        Assert.Equal("Talks in…", Ellipsis.Fit("Talks in Geneva", 10, Units, 100));
        // Spaces before the mark are dropped.
        Assert.Equal("Talks…", Ellipsis.Fit("Talks in Geneva", 7, Units, 100));
    }

    [Fact]
    public void No_room_for_the_mark_gives_nothing()
    {
        Assert.Equal("…", Ellipsis.Fit("Talks", 1, Units, 100));
        Assert.Equal("", Ellipsis.Fit("Talks", 0.5, Units, 100));
        Assert.Equal("", Ellipsis.Fit("Talks", -10, Units, 0));
    }

    [Theory]
    [InlineData("ab\U0001F600cd", 4, "ab…")]
    [InlineData("ab\U0001F600cd", 5, "ab\U0001F600…")]
    [InlineData("e\u0301te\u0301 fin", 3, "e\u0301…")]
    [InlineData("x\U0001F468\u200D\U0001F469\u200D\U0001F467y", 8, "x…")]
    [InlineData("x\U0001F468\u200D\U0001F469\u200D\U0001F467yz", 10, "x\U0001F468\u200D\U0001F469\u200D\U0001F467…")]
    [InlineData("\U0001F1EB\U0001F1F7\U0001F1E9\U0001F1EA", 5, "\U0001F1EB\U0001F1F7…")]
    public void The_cut_falls_between_graphemes_only(string text, double room, string expected)
    {
        Assert.Equal(expected, Ellipsis.Fit(text, room, Units, 100));
    }

    [Fact]
    public void A_megabyte_is_cut_measuring_only_its_start_a_few_times()
    {
        var text = new string('x', 1_000_000);
        var measured = new List<int>();
        double Counting(string s)
        {
            measured.Add(s.Length);
            return s.Length;
        }

        Assert.Equal(new string('x', 99) + "…", Ellipsis.Fit(text, 100, Counting, 1000));
        Assert.InRange(measured.Count, 1, 14);
        Assert.All(measured, n => Assert.InRange(n, 1, 1001));
    }

    [Fact]
    public void Slots_that_fit_keep_their_widths()
    {
        Assert.Equal(new SlotWidths(200, 0, 100), SlotWidths.Fit(200, 0, 100, 467, 8));
        Assert.Equal(new SlotWidths(100, 60, 100), SlotWidths.Fit(100, 60, 100, 467, 8));
    }

    [Fact]
    public void A_long_left_slot_gives_way_to_the_right_one()
    {
        Assert.Equal(new SlotWidths(467 - 100 - 8, 0, 100), SlotWidths.Fit(1000, 0, 100, 467, 8));
        Assert.Equal(new SlotWidths((467 - 60) / 2.0 - 8, 60, 100), SlotWidths.Fit(double.PositiveInfinity, 60, 100, 467, 8));
    }

    [Fact]
    public void A_long_centre_slot_stays_centred_clear_of_both_sides()
    {
        Assert.Equal(new SlotWidths(50, 467 - 2 * (80 + 8), 80), SlotWidths.Fit(50, 1000, 80, 467, 8));
    }

    [Fact]
    public void Two_long_slots_the_wider_is_cut_first_but_not_below_half()
    {
        Assert.Equal(new SlotWidths(467 - 200 - 8, 0, 200), SlotWidths.Fit(300, 0, 200, 467, 8));
        Assert.Equal(new SlotWidths(229.5, 0, 229.5), SlotWidths.Fit(300, 0, 280, 467, 8));
        // Both longer than half the line: they share it.
        Assert.Equal(new SlotWidths(229.5, 0, 229.5), SlotWidths.Fit(600, 0, 500, 467, 8));
        var three = SlotWidths.Fit(600, 600, 600, 467, 8);
        Assert.Equal(three.Left, three.Right);
        Assert.True(three.Left + three.Center + three.Right + 2 * 8 <= 467.0001, $"{three}");
        Assert.True(three.Center > 100 && three.Left > 100, $"{three}");
    }
}
