using ReportForge.Diagnostics;
using ReportForge.Templating;

namespace ReportForge.Tests;

/// <summary>template.json's levels: plain names keep working, objects give short forms, mistakes are located RF2142s.</summary>
public sealed class ClassificationLevelTests
{
    private static Result<TemplatePackage> Load(string manifest)
    {
        var dir = Path.Combine(Path.GetTempPath(), "rf-levels-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "template.json"), manifest);
        File.WriteAllText(Path.Combine(dir, "template.sbn"), "x");
        File.WriteAllText(Path.Combine(dir, "schema.json"), TempTemplate.DefaultSchema);
        return TemplatePackage.Load(new DirectoryTemplateSource(dir));
    }

    [Fact]
    public void The_default_levels_have_the_usual_short_forms()
    {
        var levels = Load("""{ "name": "t" }""").Value.Manifest.Classification;
        Assert.Equal(["U", "O", "OS", "C", "S", "TS"], levels.Levels.Select(l => l.ShortForm));
        Assert.Equal("OS", levels.ShortOf(" official-sensitive "));
        Assert.Null(levels.ShortOf("RESTRICTED"));
    }

    [Fact]
    public void Plain_names_and_objects_mix_and_a_name_without_default_is_its_own_short_form()
    {
        var levels = Load("""
            { "name": "t", "classification": { "levels": [ "OFFICIAL", { "name": "RESTRICTED", "short": "R" }, "NATO SECRET", { "name": "SECRET" } ] } }
            """).Value.Manifest.Classification;
        Assert.Equal(["OFFICIAL", "RESTRICTED", "NATO SECRET", "SECRET"], levels.Names);
        Assert.Equal(["O", "R", "NATO SECRET", "S"], levels.Levels.Select(l => l.ShortForm));
    }

    [Theory]
    [InlineData("""[ "SECRET", { "name": "TOP SECRET", "short": "S" } ]""", "/classification/levels/1/short",
        "the short form 'S' is already SECRET's; each level needs its own", 1, 91)]
    [InlineData("""[ "SECRET", { "short": "X" } ]""", "/classification/levels/1", "the level has no \"name\"", 1, 58)]
    [InlineData("""[ "SECRET", { "name": "X", "colour": "red" } ]""", "/classification/levels/1/colour",
        "unknown key 'colour'; a level has 'name' and 'short'", 1, 83)]
    [InlineData("""[ "SECRET", "secret" ]""", "/classification/levels/1", "the level 'secret' is already level 0; each level is named once", 1, 58)]
    [InlineData("""[ "SECRET", { "name": "X", "short": " " } ]""", "/classification/levels/1/short",
        "the short form of X is empty; leave 'short' out for the default", 1, 82)]
    [InlineData("""[ "SECRET", 3 ]""", "/classification/levels/1", "a level is a name (\"SECRET\") or an object", 1, 58)]
    public void A_malformed_level_is_RF2142_at_its_pointer(string levels, string pointer, string message, int line, int column)
    {
        var result = Load($$"""{ "name": "t", "classification": { "levels": {{levels}} } }""");
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(ErrorCodes.ClassificationLevelInvalid, d.Code);
        Assert.Equal(pointer, d.Location!.Pointer);
        Assert.StartsWith($"{pointer}: {message}", d.Message);
        Assert.Equal((line, column), (d.Location.Line, d.Location.Column));
        Assert.EndsWith("template.json", d.Location.File);
    }
}
