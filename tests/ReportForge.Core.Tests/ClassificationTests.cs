using ReportForge.Diagnostics;
using ReportForge.Notes;

namespace ReportForge.Tests;

public sealed class ClassificationTests
{
    private static Result<string?> Highest(string json, IReadOnlyList<string>? levels = null) =>
        Classification.Highest(TempTemplate.Notes(json), levels ?? Classification.DefaultLevels);

    [Fact]
    public void Highest_marking_wins_across_document_and_items_by_level_order()
    {
        var result = Highest("""
            { "classification": "OFFICIAL",
              "talks": [ { "classification": "CONFIDENTIAL" }, { "classification": "OFFICIAL-SENSITIVE" } ],
              "positions": [ { "classification": "UNCLASSIFIED" } ] }
            """);
        // The two talks above the document's OFFICIAL are warnings (RF2141), not errors.
        Assert.Equal([ErrorCodes.ClassificationAboveDocument, ErrorCodes.ClassificationAboveDocument], result.Diagnostics.Select(d => d.Code));
        Assert.Equal("CONFIDENTIAL", result.Value);
    }

    [Fact]
    public void An_item_can_raise_the_document_marking()
    {
        Assert.Equal("SECRET", Highest("""{ "classification": "OFFICIAL", "quotes": [ { "classification": "SECRET" } ] }""").Value);
    }

    [Fact]
    public void Order_is_the_templates_not_alphabetical()
    {
        // Alphabetically "HIGH" < "LOW"; by the template's order LOW < MEDIUM < HIGH.
        Assert.Equal("HIGH", Highest("""{ "classification": "LOW", "a": [ { "classification": "HIGH" }, { "classification": "MEDIUM" } ] }""", ["LOW", "MEDIUM", "HIGH"]).Value);
    }

    [Fact]
    public void Markings_match_ignoring_case_and_surrounding_spaces_and_come_back_as_the_level_name()
    {
        Assert.Equal("TOP SECRET", Highest("""{ "classification": " top secret " }""").Value);
    }

    [Fact]
    public void No_markings_gives_null()
    {
        var result = Highest("""{ "title": "T", "talks": [ { "id": "a" } ] }""");
        Assert.True(result.Succeeded);
        Assert.Null(result.Value);
    }

    [Fact]
    public void Unknown_marking_is_RF1004_at_its_pointer_and_position()
    {
        var result = Highest("{\n  \"classification\": \"OFFICIAL\",\n  \"talks\": [\n    {},\n    { \"classification\": \"RESTRICTED\" }\n  ]\n}");
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(ErrorCodes.UnknownClassification, d.Code);
        Assert.Equal(new SourceLocation("notes.json", 5, 25, "/talks/1/classification"), d.Location);
        Assert.StartsWith("/talks/1/classification: unknown classification 'RESTRICTED'; the template's levels are UNCLASSIFIED, OFFICIAL, ", d.Message);
    }

    [Fact]
    public void Every_unknown_marking_is_reported()
    {
        var result = Highest("""{ "classification": "HUSH", "talks": [ { "classification": "SECRET" }, { "classification": "EYES ONLY" } ] }""");
        Assert.False(result.Succeeded);
        Assert.Equal(["/classification", "/talks/1/classification"], result.Diagnostics.Select(d => d.Location!.Pointer));
        Assert.All(result.Diagnostics, d => Assert.Equal(ErrorCodes.UnknownClassification, d.Code));
    }

    [Fact]
    public void Only_string_values_of_classification_are_markings()
    {
        Assert.Equal("OFFICIAL", Highest("""{ "classification": "OFFICIAL", "meta": { "classification": null }, "x": { "classification": 3 } }""").Value);
    }
}

public sealed class ClassificationAboveDocumentTests
{
    private static Result<string?> Highest(string json) => Classification.Highest(TempTemplate.Notes(json), Classification.DefaultLevels);

    [Fact]
    public void An_item_above_the_documents_own_marking_is_a_warning_at_its_pointer_and_the_highest_still_wins()
    {
        var result = Highest("{\n  \"classification\": \"OFFICIAL\",\n  \"talks\": [\n    {},\n    { \"classification\": \"SECRET\" }\n  ]\n}");
        Assert.True(result.Succeeded);
        Assert.Equal("SECRET", result.Value);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(ErrorCodes.ClassificationAboveDocument, d.Code);
        Assert.Equal(Severity.Warning, d.Severity);
        Assert.Equal(new SourceLocation("notes.json", 5, 25, "/talks/1/classification"), d.Location);
        Assert.Equal("/talks/1/classification: the item is marked SECRET, above the document's own marking OFFICIAL (/classification); "
            + "the banner shows SECRET, the highest marking; raise the document's marking or lower the item's", d.Message);
    }

    [Fact]
    public void Items_at_or_below_the_document_and_notes_without_a_document_marking_give_no_warning()
    {
        Assert.Empty(Highest("""{ "classification": "SECRET", "talks": [ { "classification": "SECRET" }, { "classification": "official" } ] }""").Diagnostics);
        Assert.Empty(Highest("""{ "talks": [ { "classification": "TOP SECRET" } ] }""").Diagnostics);
    }

    [Fact]
    public void Each_item_above_is_warned_about_in_the_order_found()
    {
        var result = Highest("""{ "classification": "UNCLASSIFIED", "quotes": [ { "classification": "OFFICIAL" } ], "positions": [ { "classification": "CONFIDENTIAL" } ] }""");
        Assert.Equal("CONFIDENTIAL", result.Value);
        Assert.Equal(["/quotes/0/classification", "/positions/0/classification"], result.Diagnostics.Select(d => d.Location!.Pointer));
        Assert.Contains("the banner shows CONFIDENTIAL", result.Diagnostics[0].Message);
    }
}
