using ReportForge.Diagnostics;
using ReportForge.IO;
using ReportForge.Markup;
using ReportForge.Templating;

namespace ReportForge.Tests;

/// <summary>
/// Files a template names (entry, partials, layouts, schema, theme, strings, images) are resolved on disk, not as
/// text: a link that leaves the template's folders, a FIFO, a device, a folder or a huge file is a located error
/// naming the file, and nothing of it is read.
/// </summary>
public sealed class TemplateFileSandboxTests : IDisposable
{
    private const string Notes = """{ "title": "T" }""";
    private const string Schema = """{ "type": "object", "properties": { "title": { "type": "string" } } }""";

    private readonly SpecialFiles _files = new();

    public void Dispose() => _files.Dispose();

    private string Dir => Path.Combine(_files.Dir, "t");

    private DirectoryTemplateSource Write(string sbn, string manifest = """{ "name": "t" }""")
    {
        _files.File("t/template.json", manifest);
        _files.File("t/template.sbn", sbn);
        _files.File("t/schema.json", Schema);
        return new DirectoryTemplateSource(Dir);
    }

    private static TemplatePackage Load(ITemplateSource source)
    {
        var package = TemplatePackage.Load(source);
        Assert.True(package.Succeeded, string.Join("\n", package.Diagnostics));
        return package.Value;
    }

    private static Diagnostic LoadError(ITemplateSource source)
    {
        var package = TemplatePackage.Load(source);
        Assert.False(package.Succeeded, "expected the template not to load");
        return Assert.Single(package.Diagnostics);
    }

    private static Result<RenderedMarkup> Render(TemplatePackage package) =>
        TemplateRenderer.Render(package, TempTemplate.Notes(Notes), null, new RenderOptions());

    [Fact]
    public void A_partial_linked_to_the_process_environment_is_an_error_at_the_line_that_named_it()
    {
        var source = Write("Title\n  {{ partial \"env\" }}");
        _files.Link("t/partials/env.sbn", "/proc/self/environ");

        var result = Render(Load(source));

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(ErrorCodes.FileOutsideRoot, error.Code);
        Assert.Equal(new SourceLocation(source.DisplayPath("template.sbn"), 2, 6), error.Location);
        Assert.StartsWith($"the partial 'env' ({source.DisplayPath("partials/env.sbn")}) leads through a symbolic link to /proc/", error.Message);
        Assert.EndsWith($"/environ, outside the template folder ({source.Origin})", error.Message);
    }

    [Fact]
    public void Partials_linked_inside_the_template_or_into_shared_keep_working()
    {
        _files.File("_shared/partials/common.sbn", "from shared");
        _files.File("t/lib/local.sbn", "from lib");
        _files.Link("t/partials/local.sbn", "../lib/local.sbn");
        _files.Link("t/partials/common.sbn", "../../_shared/partials/common.sbn");
        var source = Write("{{ partial \"local\" }} and {{ partial \"common\" }}");

        var result = Render(Load(source));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal("from lib and from shared", result.Value.Markup);
    }

    [Fact]
    public void A_partial_that_is_a_fifo_or_dev_zero_is_refused_at_once()
    {
        var source = Write("{{ partial \"pipe\" }}\n{{ partial \"zero\" }}");
        _files.Fifo("t/partials/pipe.sbn");
        var package = Load(source);

        var fifo = Assert.Single(_files.WithoutHanging(() => Render(package)).Diagnostics);
        Assert.Equal(ErrorCodes.TemplateFileRefused, fifo.Code);
        Assert.Equal(new SourceLocation(source.DisplayPath("template.sbn"), 1, 4), fifo.Location);
        Assert.Equal($"the partial 'pipe' ({source.DisplayPath("partials/pipe.sbn")}) is a FIFO (named pipe); only regular files are read", fifo.Message);

        File.Delete(_files.PathOf("t/partials/pipe.sbn"));
        _files.File("t/partials/pipe.sbn", "");
        _files.Link("t/partials/zero.sbn", "/dev/zero");
        var zero = Assert.Single(Render(Load(source)).Diagnostics);
        Assert.Equal(ErrorCodes.FileOutsideRoot, zero.Code);
        Assert.Equal(new SourceLocation(source.DisplayPath("template.sbn"), 2, 4), zero.Location);
    }

    [Fact]
    public void An_entry_template_that_is_a_fifo_is_an_error_at_the_entry_file()
    {
        _files.File("t/template.json", """{ "name": "t" }""");
        _files.File("t/schema.json", Schema);
        _files.Fifo("t/template.sbn");
        var source = new DirectoryTemplateSource(Dir);

        var error = _files.WithoutHanging(() => LoadError(source));

        Assert.Equal(ErrorCodes.TemplateFileRefused, error.Code);
        Assert.Equal(SourceLocation.OfFile(source.DisplayPath("template.sbn")), error.Location);
        Assert.Equal("the entry template is a FIFO (named pipe); only regular files are read", error.Message);
    }

    [Theory]
    [InlineData("theme.json", "the theme")]
    [InlineData("schema.json", "the schema")]
    [InlineData("template.json", "template.json")]
    public void A_package_file_linked_outside_is_an_error_at_that_file(string name, string what)
    {
        var source = Write("x", """{ "name": "t", "theme": "theme.json" }""");
        File.Delete(_files.PathOf("t/" + name));
        _files.Link("t/" + name, "/etc/passwd");

        var error = LoadError(source);

        Assert.Equal(ErrorCodes.FileOutsideRoot, error.Code);
        Assert.Equal(SourceLocation.OfFile(source.DisplayPath(name)), error.Location);
        Assert.Equal($"{what} leads through a symbolic link to /etc/passwd, outside the template folder ({source.Origin})", error.Message);
    }

    [Fact]
    public void A_package_file_named_by_an_absolute_path_is_outside_too()
    {
        var source = Write("x", """{ "name": "t", "entry": "/etc/passwd" }""");
        var error = LoadError(source);
        Assert.Equal(ErrorCodes.FileOutsideRoot, error.Code);
        Assert.Equal($"the entry template is not a path inside the template folder ({source.Origin})", error.Message);
    }

    [Fact]
    public void A_huge_strings_file_is_refused_by_its_size()
    {
        var source = Write("{{ strings.hello }}");
        _files.Sparse("t/strings/en.json", 3L << 30);

        var error = Assert.Single(Render(Load(source)).Diagnostics);

        Assert.Equal(ErrorCodes.TemplateFileTooLarge, error.Code);
        Assert.Equal(SourceLocation.OfFile(source.DisplayPath("strings/en.json")), error.Location);
        Assert.Equal("the strings file is 3.0 GiB, more than the 4 MiB limit for template files", error.Message);
    }

    [Fact]
    public void A_layout_that_is_a_folder_is_refused_where_template_json_names_it()
    {
        var source = Write("body", """{ "name": "t", "layout": "page" }""");
        Directory.CreateDirectory(_files.PathOf("t/layouts/page.sbn/x"));

        var error = Assert.Single(Render(Load(source)).Diagnostics);

        Assert.Equal(ErrorCodes.TemplateFileRefused, error.Code);
        Assert.Equal(SourceLocation.OfFile(source.DisplayPath("template.json")), error.Location);
        Assert.Equal($"the layout 'page' ({source.DisplayPath("layouts/page.sbn")}) is a folder; only regular files are read", error.Message);
    }

    [Fact]
    public void An_image_linked_outside_is_an_error_at_the_template_line_that_wrote_it()
    {
        var png = PngWriter.Rgb(2, 2, (_, _) => (0, 0, 0));
        File.WriteAllBytes(_files.PathOf("outside.png"), png);
        File.WriteAllBytes(_files.PathOf("t/assets/real.png"), png);
        _files.Link("t/assets/inside.png", "real.png");
        _files.Link("t/assets/outside.png", _files.PathOf("outside.png"));
        _files.Sparse("t/assets/huge.png", 1L << 30);
        Result<Model.Document> Convert(string sbn)
        {
            var source = Write(sbn);
            return MarkupConverter.Convert(Render(Load(source)).Value, path => source.Read(path, ReadLimit.Image));
        }
        var entry = new DirectoryTemplateSource(Dir).DisplayPath("template.sbn");
        var origin = new DirectoryTemplateSource(Dir).Origin;

        var inside = Convert("![a](assets/inside.png)\n");
        Assert.True(inside.Succeeded, string.Join("\n", inside.Diagnostics));

        var outside = Assert.Single(Convert("Text.\n\n![b](assets/outside.png)\n").Diagnostics);
        Assert.Equal(ErrorCodes.FileOutsideRoot, outside.Code);
        Assert.Equal(new SourceLocation(entry, 3, 1), outside.Location);
        Assert.Equal($"image 'assets/outside.png' leads through a symbolic link to {_files.PathOf("outside.png")}, outside the template folder ({origin}) (markup line 3)", outside.Message);

        var huge = Assert.Single(Convert("![c](assets/huge.png)\n").Diagnostics);
        Assert.Equal(ErrorCodes.TemplateFileTooLarge, huge.Code);
        Assert.Equal(new SourceLocation(entry, 1, 1), huge.Location);
        Assert.Equal("image 'assets/huge.png' is 1.0 GiB, more than the 32 MiB limit for images (markup line 1)", huge.Message);
    }

    [Fact]
    public void The_package_files_leave_out_loops_and_links_out_of_the_folder()
    {
        var source = Write("x");
        _files.File("t/strings/fr.json", "{}");
        _files.Link("t/strings/de.json", "/etc/passwd");
        _files.Link("t/loop", ".");
        _files.Link("t/usr", "/usr");

        var files = _files.WithoutHanging(source.Files);

        Assert.Equal(["schema.json", "strings/fr.json", "template.json", "template.sbn"], files);
        Assert.Equal(["fr"], TemplateStrings.Cultures(source));
    }
}
