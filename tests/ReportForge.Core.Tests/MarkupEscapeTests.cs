using ReportForge.Markup;
using ReportForge.Model;
using ReportForge.Templating;

namespace ReportForge.Tests;

public sealed class MarkupEscapeTests
{
    public static TheoryData<string> AsciiPunctuation()
    {
        var data = new TheoryData<string>();
        foreach (var c in "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~") data.Add(c.ToString());
        return data;
    }

    public static TheoryData<string> Tricky() =>
    [
        "*not bold*",
        "**not strong** and _not italic_",
        "a | b | c",
        "# not a heading",
        "## also not #",
        "snake_case_name",
        "<b>not html</b>",
        "<div>block?</div>",
        "[x](y)",
        "![img](pic.png)",
        "`not code` and ``double``",
        "C:\\path\\to\\file\\",
        "1. not a list",
        "2) not a list either",
        "- not a bullet",
        "+ nor this",
        "> not a quote",
        "::: callout",
        "---",
        "***",
        "===",
        "{#id .class}",
        "&amp; &copy; &#42;",
        "[^1] footnote?",
        "~~not struck~~",
        "https://example.com/a_b*c",
        "“Quoted” — ünïcödé, Дмитро Кулеба",
        "tab\there",
        "Score: 5 * 3 = 15 | 100%",
        "    indented like code",
        "\tindented by a tab",
        " one leading space",
        "two trailing spaces  ",
        " ",
    ];

    [Theory]
    [MemberData(nameof(AsciiPunctuation))]
    public void Every_ascii_punctuation_character_gets_a_backslash(string c)
    {
        Assert.Equal("\\" + c, MarkupEscape.Text(c));
    }

    [Fact]
    public void Letters_digits_spaces_and_non_ascii_pass_through()
    {
        Assert.Equal("Abc 123 “ü” Дмитро", MarkupEscape.Text("Abc 123 “ü” Дмитро"));
    }

    [Theory]
    [InlineData("a\nb", "a b")]
    [InlineData("a\r\nb", "a b")]
    [InlineData("a\rb", "a b")]
    [InlineData("a\n\nb", "a  b")]
    [InlineData("a\u2028b\u2029c", "a b c")]
    [InlineData("a\tb", "a b")]
    [InlineData("a\u0001b\u007f", "ab")]
    public void Line_breaks_fold_to_spaces_and_control_characters_drop(string input, string expected)
    {
        Assert.Equal(expected, MarkupEscape.Text(input));
    }

    private static Document Convert(string markup)
    {
        var result = MarkupConverter.Convert(markup, new DocumentMetadata());
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Value;
    }

    [Theory]
    [MemberData(nameof(Tricky))]
    [MemberData(nameof(AsciiPunctuation))]
    public void Escaped_text_reads_back_as_the_same_text_in_a_paragraph(string text)
    {
        var block = Assert.Single(Convert(MarkupEscape.Text(text)).Blocks);
        var paragraph = Assert.IsType<Paragraph>(block);
        Assert.Equal([new TextRun(text.Replace('\t', ' '))], paragraph.Content);
    }

    [Theory]
    [MemberData(nameof(Tricky))]
    [MemberData(nameof(AsciiPunctuation))]
    public void Escaped_text_reads_back_in_a_table_cell(string text)
    {
        var table = Assert.IsType<Table>(Assert.Single(Convert($"| H | I |\n|---|---|\n| {MarkupEscape.Text(text)} | x |\n").Blocks));
        Assert.Equal(2, table.Columns.Count);
        var row = table.BodyRows.Single();
        Assert.Equal([new TextRun(text.Replace('\t', ' '))], row.Cells[0].Content);
        Assert.Equal([new TextRun("x")], row.Cells[1].Content);
    }

    [Theory]
    [MemberData(nameof(Tricky))]
    [MemberData(nameof(AsciiPunctuation))]
    public void Escaped_text_reads_back_in_a_heading(string text)
    {
        var heading = Assert.IsType<Heading>(Assert.Single(Convert($"## {MarkupEscape.Text(text)}").Blocks));
        Assert.Equal(2, heading.Level);
        Assert.Equal([new TextRun(text.Replace('\t', ' '))], heading.Content);
    }

    [Theory]
    [MemberData(nameof(Tricky))]
    [MemberData(nameof(AsciiPunctuation))]
    public void Escaped_text_reads_back_in_a_list_item(string text)
    {
        var list = Assert.IsType<ListBlock>(Assert.Single(Convert($"- {MarkupEscape.Text(text)}\n- next").Blocks));
        Assert.Equal(2, list.Items.Count);
        var paragraph = Assert.IsType<Paragraph>(Assert.Single(list.Items[0].Blocks));
        Assert.Equal([new TextRun(text.Replace('\t', ' '))], paragraph.Content);
    }

    [Theory]
    [InlineData("    code", "&#32;   code")]
    [InlineData("hard break  ", "hard break &#32;")]
    [InlineData(" ", "&#32;")]
    public void Leading_and_trailing_spaces_become_character_references(string input, string expected)
    {
        // Regression: "    x" at the start of a line read back as a code block, and two trailing spaces
        // before the template's next line as a hard line break.
        Assert.Equal(expected, MarkupEscape.Text(input));
    }

    [Fact]
    public void Value_ending_in_spaces_does_not_break_the_line_it_ends()
    {
        var paragraph = Assert.IsType<Paragraph>(Assert.Single(Convert(MarkupEscape.Text("first  ") + "\nsecond").Blocks));
        Assert.Equal([new TextRun("first   second")], paragraph.Content);
    }

    [Fact]
    public void Multi_line_value_reads_back_as_one_paragraph_with_spaces()
    {
        var paragraph = Assert.IsType<Paragraph>(Assert.Single(Convert(MarkupEscape.Text("line one\n\n# two\n- three")).Blocks));
        Assert.Equal([new TextRun("line one  # two - three")], paragraph.Content);
    }

    [Theory]
    [InlineData("He said \"hi\"", "He said &quot;hi&quot;")]
    [InlineData("R&D", "R&amp;D")]
    [InlineData("C:\\dir", "C:\\dir")]
    [InlineData("a}b", "a}b")]
    [InlineData("two\nlines", "two lines")]
    [InlineData("*kept* #as-is", "*kept* #as-is")]
    public void Attribute_escape_turns_quotes_and_ampersands_into_references(string input, string expected)
    {
        Assert.Equal(expected, MarkupEscape.Attribute(input));
    }

    [Theory]
    [InlineData("Sherman \"briefs\" NATO")]
    [InlineData("back\\slash \\ and \\\"")]
    [InlineData("brace } inside")]
    [InlineData("R&amp;D is not R&D")]
    [InlineData("it's 'single'")]
    public void Attribute_escaped_title_reads_back_exactly(string title)
    {
        // Regression: backslash escapes are not read by Markdig's attribute parser; a quote emptied the title
        // and a backslash or brace came back doubled.
        var callout = Assert.IsType<Callout>(Assert.Single(Convert($"::: callout {{title=\"{MarkupEscape.Attribute(title)}\"}}\nBody\n:::").Blocks));
        Assert.Equal(title, callout.Title);
    }

    [Fact]
    public void Attribute_escaped_caption_reads_back_exactly()
    {
        const string caption = "Talks \"covered\" & {more}";
        var table = Assert.IsType<Table>(Assert.Single(Convert($"{{caption=\"{MarkupEscape.Attribute(caption)}\"}}\n| A |\n|---|\n| 1 |").Blocks));
        Assert.Equal(caption, table.Caption);
    }
}
