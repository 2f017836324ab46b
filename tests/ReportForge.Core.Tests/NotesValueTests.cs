using System.Text;
using ReportForge.Diagnostics;
using ReportForge.Notes;

namespace ReportForge.Tests;

/// <summary>Well-formed JSON values the pipeline cannot hold are located errors, never a crash.</summary>
public sealed class NotesValueTests
{
    private static IReadOnlyList<Diagnostic> Errors(string json)
    {
        var result = NotesDocument.Parse(Encoding.UTF8.GetBytes(json), "notes.json");
        Assert.False(result.Succeeded);
        return result.Diagnostics;
    }

    private static void AssertAt(Diagnostic d, string code, int line, int column, string pointer)
    {
        Assert.Equal(code, d.Code);
        Assert.Equal(("notes.json", line, column, pointer), (d.Location!.File, d.Location.Line, d.Location.Column, d.Location.Pointer));
    }

    [Theory]
    [InlineData("\\ud800", 0)]
    [InlineData("ab\\udfff", 2)]
    [InlineData("\\ud83d\\u0041", 0)]
    [InlineData("\\ude00\\ud83d", 0)]
    [InlineData("ok \\ud83d\\ude00 then \\ud800", 21)]
    public void A_lone_surrogate_in_a_string_is_located_on_its_escape(string escaped, int offset)
    {
        var d = Assert.Single(Errors("{\n  \"title\": \"" + escaped + "\"\n}"));
        AssertAt(d, ErrorCodes.NotesUnpairedSurrogate, 2, 13 + offset, "/title");
        Assert.Contains("half of a surrogate pair", d.Message);
    }

    [Fact]
    public void A_lone_surrogate_in_a_key_names_the_key_by_its_escaped_text()
    {
        var d = Assert.Single(Errors("{\"a\": {\"x\\ud800\": 1}}"));
        AssertAt(d, ErrorCodes.NotesUnpairedSurrogate, 1, 10, "/a/x\\ud800");
        Assert.Contains("the key holds \\ud800", d.Message);
    }

    [Theory]
    [InlineData("\\ud83d\\ude00")]
    [InlineData("\\\\ud800")]
    [InlineData("\\u00e9\\n\\\"")]
    public void Pairs_and_escaped_backslashes_are_fine(string escaped)
    {
        var result = NotesDocument.Parse(Encoding.UTF8.GetBytes("{\"title\": \"" + escaped + "\"}"), "notes.json");
        Assert.True(result.Succeeded);
    }

    [Theory]
    [InlineData("1e308")]
    [InlineData("-1e300")]
    [InlineData("1e29")]
    [InlineData("79228162514264337593543950336")]
    public void A_number_outside_the_decimal_range_is_located(string number)
    {
        var d = Assert.Single(Errors("{\"talks\": [{\"hours\": " + number + "}]}"));
        AssertAt(d, ErrorCodes.NotesNumberOutOfRange, 1, 22, "/talks/0/hours");
        Assert.Contains($"the number {number} is too {(number.StartsWith('-') ? "far below zero" : "large")}", d.Message);
    }

    [Fact]
    public void A_5000_digit_number_is_shown_by_its_start_and_length()
    {
        var d = Assert.Single(Errors("{\"n\": " + new string('9', 5000) + "}"));
        AssertAt(d, ErrorCodes.NotesNumberOutOfRange, 1, 7, "/n");
        Assert.Contains("… (5000 characters)", d.Message);
        Assert.True(d.Message.Length < 400);
    }

    [Theory]
    [InlineData("79228162514264337593543950335")]
    [InlineData("-79228162514264337593543950335")]
    [InlineData("1e-400")]
    [InlineData("0.1234567890123456789012345678901234567890")]
    public void Numbers_that_fit_are_kept(string number)
    {
        Assert.True(NotesDocument.Parse(Encoding.UTF8.GetBytes("{\"n\": " + number + "}"), "notes.json").Succeeded);
    }

    [Fact]
    public void A_duplicate_key_is_reported_once_at_its_second_place_naming_the_first()
    {
        var d = Assert.Single(Errors("{\n  \"x\": {\"a\": {\"b\": 1}},\n  \"x\": {\"a\": {\"b\": 2}}\n}"));
        AssertAt(d, ErrorCodes.NotesDuplicateKey, 3, 3, "/x");
        Assert.Contains("\"x\" is given twice", d.Message);
        Assert.Contains("first at line 2, column 8", d.Message);
    }

    [Fact]
    public void The_same_key_in_two_objects_is_no_duplicate()
    {
        Assert.True(NotesDocument.Parse(Encoding.UTF8.GetBytes("{\"a\": [{\"id\": 1}, {\"id\": 2}], \"b\": {\"id\": 3}}"), "notes.json").Succeeded);
    }

    [Fact]
    public void After_a_byte_order_mark_columns_still_count_characters()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("{\"n\": 1e308}")).ToArray();
        var d = Assert.Single(NotesDocument.Parse(bytes, "notes.json").Diagnostics);
        AssertAt(d, ErrorCodes.NotesNumberOutOfRange, 1, 7, "/n");
    }

    [Fact]
    public void Many_bad_values_are_reported_up_to_twenty()
    {
        var json = "{\"n\": [" + string.Join(", ", Enumerable.Repeat("1e300", 50)) + "]}";
        var errors = Errors(json);
        Assert.Equal(20, errors.Count);
        Assert.EndsWith("(and 30 more such values)", errors[^1].Message);
    }
}
