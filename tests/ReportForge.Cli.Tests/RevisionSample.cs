namespace ReportForge.Tests;

/// <summary>
/// A small template that uses every revision form of the dialect (tags, the three change containers, inserted and
/// deleted text), with notes that name an author and a date, written into a fresh folder.
/// </summary>
internal static class RevisionSample
{
    public const string Author = "Desk Analyst";

    public const string Markup = """
        # Changes

        ::: toc
        :::

        ## Since the last briefing

        Status: **Held**{.tag tone=held} **New**{.tag tone=new}

        ::: change {kind="added"}
        ### A new talk

        The talks in Brussels were held today.

        - a new next step
        :::

        ::: change {kind="removed"}
        A quote that is gone.
        :::

        ::: change {kind="updated"}
        Status: *scheduled*{.del}*held*{.ins}. Outcome: *none*{.del}*agreed to meet again*{.ins}.
        :::

        Closing paragraph.

        """;

    /// <summary>The folder, with <c>tpl/</c> (the template) and <c>notes.json</c>.</summary>
    public static string Create(string? author = Author)
    {
        var work = CliRunner.TempDir();
        var template = Path.Combine(work, "tpl");
        Directory.CreateDirectory(template);
        File.WriteAllText(Path.Combine(template, "template.json"), """{ "name": "revisions", "formats": ["pdf", "docx"] }""");
        File.WriteAllText(Path.Combine(template, "template.sbn"), Markup);
        File.WriteAllText(Path.Combine(template, "schema.json"), """
            { "type": "object", "properties": { "title": { "type": "string" }, "date": { "type": "string" }, "author": { "type": "string" } } }
            """);
        var notes = author is null
            ? """{ "title": "Changes", "date": "2022-01-12" }"""
            : $$"""{ "title": "Changes", "date": "2022-01-12", "author": "{{author}}" }""";
        File.WriteAllText(Path.Combine(work, "notes.json"), notes);
        return work;
    }
}
