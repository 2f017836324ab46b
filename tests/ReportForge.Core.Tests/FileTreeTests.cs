using ReportForge.IO;

namespace ReportForge.Tests;

/// <summary>Walks of folder trees never leave their roots through a link and never go round a loop.</summary>
public sealed class FileTreeTests : IDisposable
{
    private readonly SpecialFiles _files = new();

    public void Dispose() => _files.Dispose();

    private string Template => Path.Combine(_files.Dir, "template");

    private FileRoots Roots => new("the template folder", Template);

    [Fact]
    public void A_loop_and_a_link_to_usr_are_listed_but_not_walked()
    {
        _files.File("template/template.sbn", "x");
        _files.File("template/partials/p.sbn", "p");
        _files.Link("template/loop", ".");
        _files.Link("template/partials/up", "..");
        _files.Link("template/usr", "/usr");

        var entries = _files.WithoutHanging(() => FileTree.Walk(Template, Roots));

        Assert.Equal(["partials/p.sbn", "template.sbn", "usr"], entries.Select(e => e.RelativePath));
        var usr = entries.Single(e => e.RelativePath == "usr");
        Assert.Equal(FileTreeEntryKind.LinkOutside, usr.Kind);
        Assert.Equal("/usr", usr.RealPath);
        Assert.True(usr.IsLink);
        Assert.All(entries.Where(e => e.RelativePath != "usr"), e => Assert.Equal(FileTreeEntryKind.File, e.Kind));
    }

    [Fact]
    public void A_link_to_a_folder_inside_is_walked_once_and_files_keep_their_own_names()
    {
        _files.File("template/strings/en.json", "{}");
        _files.Link("template/aaa-strings", "strings");
        _files.Link("template/zzz-strings", "strings");
        _files.File("other/x.txt", "x");
        _files.Link("template/shared", "../other");

        var entries = FileTree.Walk(Template, Roots);

        Assert.Equal(["shared", "strings/en.json"], entries.Select(e => e.RelativePath));
        Assert.Equal(FileTreeEntryKind.LinkOutside, entries[0].Kind);

        // With the other folder among the roots, the link is followed.
        var wider = FileTree.Walk(Template, new FileRoots("both", Template, Path.Combine(_files.Dir, "other")));
        Assert.Equal(["shared/x.txt", "strings/en.json"], wider.Select(e => e.RelativePath));
    }

    [Fact]
    public void Broken_links_fifos_and_outside_files_are_listed_for_what_they_are()
    {
        _files.Link("template/gone.json", "nowhere.json");
        _files.Link("template/loop-a", "loop-b");
        _files.Link("template/loop-b", "loop-a");
        _files.Fifo("template/pipe.sbn");
        _files.Link("template/env.sbn", "/proc/self/environ");

        var entries = _files.WithoutHanging(() => FileTree.Walk(Template, Roots)).ToDictionary(e => e.RelativePath, e => e.Kind);

        Assert.Equal(FileTreeEntryKind.LinkBroken, entries["gone.json"]);
        Assert.Equal(FileTreeEntryKind.LinkBroken, entries["loop-a"]);
        Assert.Equal(FileTreeEntryKind.LinkBroken, entries["loop-b"]);
        Assert.Equal(FileTreeEntryKind.File, entries["pipe.sbn"]);
        Assert.Equal(FileTreeEntryKind.LinkOutside, entries["env.sbn"]);
    }

    [Fact]
    public void Without_roots_links_lead_anywhere_but_no_folder_is_walked_twice()
    {
        _files.File("fonts/a.ttf", "a");
        _files.File("elsewhere/b.ttf", "b");
        _files.Link("fonts/more", "../elsewhere");
        _files.Link("fonts/again", ".");

        var entries = FileTree.Walk(Path.Combine(_files.Dir, "fonts"), roots: null);

        Assert.Equal(["a.ttf", "more/b.ttf"], entries.Select(e => e.RelativePath));
    }

    [Fact]
    public void One_folder_is_listed_with_its_folders_to_walk_into()
    {
        _files.File("template/a.txt", "a");
        _files.File("template/sub/b.txt", "b");
        _files.Link("template/self", ".");

        var entries = FileTree.List(Template, Roots);

        Assert.Equal(["a.txt", "self", "sub"], entries.Select(e => e.RelativePath));
        Assert.Equal(FileTreeEntryKind.Folder, entries[1].Kind);
        Assert.Equal(new DirectoryInfo(Template).FullName, entries[1].RealPath);
        Assert.Empty(FileTree.List(Path.Combine(_files.Dir, "none"), Roots));
    }
}
