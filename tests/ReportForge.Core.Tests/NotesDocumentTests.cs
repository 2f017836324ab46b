using System.Text;
using ReportForge.Diagnostics;
using ReportForge.Notes;

namespace ReportForge.Tests;

public sealed class NotesDocumentTests
{
    private static Diagnostic ParseError(byte[] bytes)
    {
        var result = NotesDocument.Parse(bytes, "notes.json");
        Assert.False(result.Succeeded);
        return Assert.Single(result.Diagnostics);
    }

    private static Diagnostic ParseError(string text) => ParseError(Encoding.UTF8.GetBytes(text));

    private static void AssertAt(Diagnostic d, string code, int line, int column)
    {
        Assert.Equal(code, d.Code);
        Assert.Equal(Severity.Error, d.Severity);
        Assert.NotNull(d.Location);
        Assert.Equal(("notes.json", line, column), (d.Location!.File, d.Location.Line, d.Location.Column));
    }

    [Fact]
    public void Missing_comma_after_line_3_is_reported_where_the_next_member_starts()
    {
        var d = ParseError("{\n  \"title\": \"“Talks”\",\n  \"date\": \"2022-01-11\"\n  \"status\": \"held\"\n}");
        AssertAt(d, ErrorCodes.NotesMalformed, 4, 3);
        Assert.StartsWith("malformed JSON: ", d.Message);
        Assert.DoesNotContain("LineNumber", d.Message);
        Assert.Equal("notes.json:4:3: error RF1002: " + d.Message, d.ToString());
    }

    [Fact]
    public void Column_counts_characters_not_bytes_after_multibyte_quotes_on_the_same_line()
    {
        // “ and ” are 3 bytes each: a byte column would be 38, the character column is 34.
        var d = ParseError("{\n  \"title\": \"Talks\",\n  \"quote\": \"“A moment of truth”\" \"date\": \"2022-01-11\"\n}");
        AssertAt(d, ErrorCodes.NotesMalformed, 3, 34);
    }

    [Fact]
    public void Trailing_garbage_token_is_located_on_its_character()
    {
        var d = ParseError("{\"title\": \"“x”\"} oops");
        AssertAt(d, ErrorCodes.NotesMalformed, 1, 18);
        Assert.Contains("'o'", d.Message);
    }

    [Fact]
    public void Line_break_inside_a_string_is_malformed_at_the_break()
    {
        var d = ParseError("{\n  \"title\": \"“abc\n}");
        AssertAt(d, ErrorCodes.NotesMalformed, 2, 17);
    }

    [Fact]
    public void String_unterminated_at_end_of_file_is_malformed()
    {
        var d = ParseError("{\n  \"title\": \"abc");
        Assert.Equal(ErrorCodes.NotesMalformed, d.Code);
        Assert.Equal(2, d.Location!.Line);
        Assert.Equal(16, d.Location.Column); // just past the last character: where the data ended
    }

    [Fact]
    public void Invalid_utf8_is_malformed_at_the_bad_byte_counted_in_characters()
    {
        var bytes = Encoding.UTF8.GetBytes("{\n  \"title\": \"“ab").Concat(new byte[] { 0xFF }).Concat(Encoding.UTF8.GetBytes("\"\n}")).ToArray();
        var d = ParseError(bytes);
        AssertAt(d, ErrorCodes.NotesMalformed, 2, 16);
        Assert.Equal("the file is not valid UTF-8", d.Message);
    }

    [Theory]
    [InlineData("[1, 2]", "an array")]
    [InlineData("\"text\"", "a string")]
    [InlineData("42", "a number")]
    [InlineData("null", "null")]
    public void Root_that_is_not_an_object_is_malformed_at_1_1(string json, string described)
    {
        var d = ParseError(json);
        AssertAt(d, ErrorCodes.NotesMalformed, 1, 1);
        Assert.Equal($"the notes must be a JSON object, not {described}", d.Message);
    }

    [Fact]
    public void Empty_file_is_malformed_at_1_1()
    {
        AssertAt(ParseError(""), ErrorCodes.NotesMalformed, 1, 1);
    }

    [Fact]
    public void Byte_order_mark_does_not_shift_columns_of_errors()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("{\"a\" 1}")).ToArray();
        AssertAt(ParseError(bytes), ErrorCodes.NotesMalformed, 1, 6);
    }

    [Fact]
    public void Byte_order_mark_does_not_shift_value_locations()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("{\"a\": \"“\", \"b\": 1}")).ToArray();
        var notes = NotesDocument.Parse(bytes, "notes.json").Value;
        Assert.Equal(new SourceLocation("notes.json", 1, 17, "/b"), notes.Locate("/b"));
    }

    [Fact]
    public void Missing_file_is_unreadable_and_names_the_path()
    {
        var path = Path.Combine(Path.GetTempPath(), "rf-no-such-" + Guid.NewGuid().ToString("N") + ".json");
        var result = NotesDocument.Load(path);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(ErrorCodes.NotesUnreadable, d.Code);
        Assert.Equal(path, d.Location!.File);
        Assert.Equal(0, d.Location.Line);
        Assert.StartsWith("cannot read the notes: ", d.Message);
        Assert.StartsWith(path + ": error RF1001: ", d.ToString());
    }

    [Fact]
    public void Locate_gives_line_and_character_column_of_nested_values()
    {
        var notes = TempTemplate.Notes("{\n  \"title\": \"“T”\", \"talks\": [\n    {\"id\": \"a\"},\n    {\"id\": \"b\", \"status\": \"held\"}\n  ]\n}");
        Assert.Equal(new SourceLocation("notes.json", 2, 28, "/talks"), notes.Locate("/talks"));
        Assert.Equal(new SourceLocation("notes.json", 4, 5, "/talks/1"), notes.Locate("/talks/1"));
        Assert.Equal(new SourceLocation("notes.json", 4, 27, "/talks/1/status"), notes.Locate("/talks/1/status"));
        Assert.Equal(new SourceLocation("notes.json", 1, 1, ""), notes.Locate(""));
    }

    [Fact]
    public void Locate_of_an_absent_value_falls_back_to_its_nearest_parent_but_keeps_the_pointer()
    {
        var notes = TempTemplate.Notes("{\n  \"talks\": [\n    {\"id\": \"a\"}\n  ]\n}");
        Assert.Equal(new SourceLocation("notes.json", 3, 5, "/talks/0/date"), notes.Locate("/talks/0/date"));
    }

    [Fact]
    public void Locate_understands_escaped_pointer_segments()
    {
        var notes = TempTemplate.Notes("{\"a/b\": {\"c~d\": 1}}");
        Assert.Equal(new SourceLocation("notes.json", 1, 17, "/a~1b/c~0d"), notes.Locate("/a~1b/c~0d"));
    }
}
