using ReportForge.Diagnostics;
using ReportForge.Notes;
using ReportForge.Templating;

namespace ReportForge.Tests;

public sealed class SchemaValidationTests
{
    private static readonly Lazy<TemplatePackage> Briefing = new(() =>
        TemplatePackage.Load(new DirectoryTemplateSource(TestPaths.Template("daily-briefing"))).Value);

    private const string BadNotes = """
        {
          "title": 42,
          "date": "2022-01-11",
          "talks": [
            { "id": "a", "title": "A", "date": "2022-01-10", "status": "maybe" },
            { "id": "b", "title": "B" },
            { "title": "C", "date": "2022-02-30" }
          ]
        }
        """;

    private static IReadOnlyList<Diagnostic> Validate(string json) => Briefing.Value.Schema.Validate(TempTemplate.Notes(json));

    [Fact]
    public void Same_schema_with_an_id_loads_twice_in_one_process()
    {
        // Regression: the second load failed with RF1102 "Overwriting registered schemas is not permitted".
        var text = File.ReadAllText(Path.Combine(TestPaths.Templates, "_shared", "schemas", "talks.json"));
        var first = NotesSchema.Parse(text, "schema.json");
        var second = NotesSchema.Parse(text, "schema.json");
        Assert.Empty(first.Diagnostics);
        Assert.Empty(second.Diagnostics);
        Assert.Empty(first.Value.Validate(TempTemplate.Notes("""{ "title": "T", "date": "2022-01-11" }""")));
        Assert.Empty(second.Value.Validate(TempTemplate.Notes("""{ "title": "T", "date": "2022-01-11" }""")));
    }

    [Theory]
    [InlineData("""{ "type": 12 }""")]
    [InlineData("""{ "properties": { "title": { "minLength": "long" } } }""")]
    [InlineData("""{ "required": "title" }""")]
    public void A_schema_JSON_Schema_refuses_is_a_template_error_naming_the_file(string text)
    {
        // JSON syntax is checked when the template loads; the JSON Schema is built when first used.
        var schema = NotesSchema.Parse(text, "templates/x/schema.json");
        Assert.True(schema.Succeeded);
        var problem = Assert.Single(schema.Value.Problems);
        Assert.Equal(ErrorCodes.TemplatePackageInvalid, problem.Code);
        Assert.Equal("templates/x/schema.json", problem.Location?.File);
        Assert.StartsWith("the schema is not a valid JSON Schema: ", problem.Message, StringComparison.Ordinal);
        Assert.Equal([problem], schema.Value.Validate(TempTemplate.Notes("""{ "title": "T" }""")));
    }

    [Theory]
    [InlineData("""{ "properties": { "a": { "$ref": "#/$defs/no_c" } }, "$defs": { "no_c": { "not": { "required": ["c"] } } } }""",
        """{ "a": { "c": 1 } }""", "/a: matches the schema at /properties/a/$ref/not, which it must not (not)")]
    [InlineData("""{ "properties": { "a": { "oneOf": [ { "type": "string" }, { "minLength": 1 } ] } } }""",
        """{ "a": "x" }""", "/a: Expected 1 matching subschema but found 2 (oneOf)")]
    public void A_failure_the_validator_gives_no_message_for_still_refuses_the_notes(string schemaText, string json, string message)
    {
        // Regression: the notes passed, because no error message was found under the failing node.
        var schema = NotesSchema.Parse(schemaText, "schema.json").Value;
        var error = Assert.Single(schema.Validate(TempTemplate.Notes(json)));
        Assert.Equal(ErrorCodes.NotesSchemaViolation, error.Code);
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void A_schema_that_is_not_JSON_fails_when_the_template_loads()
    {
        var schema = NotesSchema.Parse("{ \"type\": ", "schema.json");
        Assert.False(schema.Succeeded);
        var error = Assert.Single(schema.Diagnostics);
        Assert.Equal(ErrorCodes.TemplatePackageInvalid, error.Code);
        Assert.Equal(1, error.Location?.Line);
    }

    [Fact]
    public void Sample_notes_validate_with_zero_errors()
    {
        var notes = NotesDocument.Load(TestPaths.SampleNotes).Value;
        Assert.Empty(Briefing.Value.Schema.Validate(notes));
    }

    [Fact]
    public void Every_violation_is_reported_at_once_as_RF1003()
    {
        var errors = Validate(BadNotes);
        Assert.All(errors, e => Assert.Equal(ErrorCodes.NotesSchemaViolation, e.Code));
        Assert.All(errors, e => Assert.Equal(Severity.Error, e.Severity));
        var pointers = errors.Select(e => e.Location!.Pointer).Distinct().ToList();
        Assert.Equal(["/title", "/talks/0/status", "/talks/1", "/talks/2", "/talks/2/date"], pointers);
    }

    [Theory]
    [InlineData("/title", 2, 12)]
    [InlineData("/talks/0/status", 5, 64)]
    [InlineData("/talks/1", 6, 5)]
    [InlineData("/talks/2", 7, 5)]
    [InlineData("/talks/2/date", 7, 29)]
    public void Each_violation_carries_its_pointer_and_the_line_and_column_of_that_value(string pointer, int line, int column)
    {
        var error = Validate(BadNotes).First(e => e.Location!.Pointer == pointer);
        Assert.Equal(new SourceLocation("notes.json", line, column, pointer), error.Location);
        Assert.StartsWith(pointer + ": ", error.Message);
        Assert.StartsWith($"notes.json:{line}:{column}: error RF1003: {pointer}: ", error.ToString());
    }

    [Fact]
    public void Wrong_type_names_the_type_keyword()
    {
        var error = Validate(BadNotes).Single(e => e.Location!.Pointer == "/title");
        Assert.EndsWith("(type)", error.Message);
    }

    [Fact]
    public void Unknown_status_is_an_enum_violation()
    {
        var error = Validate(BadNotes).Single(e => e.Location!.Pointer == "/talks/0/status");
        Assert.EndsWith("(enum)", error.Message);
    }

    [Fact]
    public void Impossible_calendar_date_is_rejected_by_the_date_format()
    {
        var error = Validate(BadNotes).Single(e => e.Location!.Pointer == "/talks/2/date");
        Assert.EndsWith("(format)", error.Message);
    }

    [Fact]
    public void Talk_with_neither_date_nor_due_fails_at_the_talk()
    {
        var errors = Validate(BadNotes).Where(e => e.Location!.Pointer == "/talks/1").ToList();
        Assert.NotEmpty(errors);
        Assert.Contains(errors, e => e.Message.Contains("date", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Message.Contains("due", StringComparison.Ordinal));
    }

    [Fact]
    public void Missing_required_field_is_reported_at_its_object()
    {
        var errors = Validate(BadNotes).Where(e => e.Location!.Pointer == "/talks/2").ToList();
        Assert.Contains(errors, e => e.Message.Contains("id", StringComparison.Ordinal) && e.Message.EndsWith("(required)", StringComparison.Ordinal));
    }

    [Fact]
    public void Missing_required_top_level_field_is_reported_at_the_root()
    {
        var error = Assert.Single(Validate("{\n  \"title\": \"T\"\n}"));
        Assert.Equal(new SourceLocation("notes.json", 1, 1, ""), error.Location);
        Assert.StartsWith("the notes: ", error.Message);
        Assert.Contains("date", error.Message);
    }

    [Fact]
    public void Failed_branch_of_a_satisfied_anyOf_is_not_reported()
    {
        // Regression: with List output, talk 0 (which has a date) was reported for lacking "due".
        Assert.DoesNotContain(Validate(BadNotes), e => e.Location!.Pointer == "/talks/0");
        Assert.Empty(Validate("""{ "title": "T", "date": "2022-01-11", "talks": [ { "id": "a", "title": "A", "due": "soon" }, { "id": "b", "title": "B", "date": "2022-01-12" } ] }"""));
    }

    [Fact]
    public void Violations_come_sorted_by_position_in_the_notes()
    {
        var locations = Validate(BadNotes).Select(e => (e.Location!.Line, e.Location.Column)).ToList();
        Assert.Equal(locations.OrderBy(l => l.Line).ThenBy(l => l.Column), locations);
    }
}
