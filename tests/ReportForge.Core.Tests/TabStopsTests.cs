using ReportForge.Text;

namespace ReportForge.Tests;

public sealed class TabStopsTests
{
    [Theory]
    [InlineData("foo\tbaz\t\tbim", "foo baz     bim")] // CommonMark's example: stops at 4, 8, 12
    [InlineData("\tindented", "    indented")]
    [InlineData("\t\tdeeper", "        deeper")]
    [InlineData("abcd\te", "abcd    e")] // on a stop, a tab goes to the next one
    [InlineData("a\n\tb\r\nxy\tz", "a\n    b\r\nxy  z")] // every line starts at column 0
    [InlineData("e\u0301\tx", "e\u0301   x")] // a letter with its combining accent is one column
    [InlineData("\U0001F600\tx", "\U0001F600   x")] // a character outside the BMP is one column
    public void Tabs_go_to_the_next_stop_of_four(string text, string expected) => Assert.Equal(expected, TabStops.Expand(text, 4));

    [Fact]
    public void Other_stop_widths_count_the_same_way() => Assert.Equal("ab      c", TabStops.Expand("ab\tc", 8));

    [Fact]
    public void Text_without_a_tab_is_the_same_string()
    {
        var text = "no tabs  here";
        Assert.Same(text, TabStops.Expand(text, 4));
    }
}
