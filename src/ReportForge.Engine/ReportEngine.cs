using ReportForge.Diagnostics;
using ReportForge.IO;
using ReportForge.Markup;
using ReportForge.Model;
using ReportForge.Notes;
using ReportForge.Output;
using ReportForge.Pdf;
using ReportForge.Templating;
using ReportForge.Runtime;
using ReportForge.Text;
using ReportForge.Text.Hyphenation;
using ReportForge.Word;

namespace ReportForge;

/// <summary>
/// The whole pipeline: notes → schema check → classification → template → markup → model → PDF and DOCX.
/// Everything is rendered in memory first; files are written only when every format succeeded,
/// each through a temporary file, and renamed into place together, so a failure never leaves a half-written
/// report or a PDF and a DOCX from different runs.
/// </summary>
public static class ReportEngine
{
    /// <summary>Formats the engine writes.</summary>
    public static readonly IReadOnlyList<string> KnownFormats = ["pdf", "docx"];

    /// <summary>Renders one report.</summary>
    public static ReportResult Render(ReportRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.OutputDirectory.Length == 0)
            return new ReportResult([], [new Diagnostic(ErrorCodes.Usage, Severity.Error, "the output folder is an empty path, which names no folder")], 0);
        // Known before any work: an output "folder" that is a file, FIFO or device can never take the report.
        if (InputFiles.TypeOf(request.OutputDirectory) is not (FileType.Missing or FileType.Directory) and var type)
            return new ReportResult([], [new Diagnostic(ErrorCodes.OutputWriteFailed, Severity.Error,
                $"cannot create the output folder: {(type == FileType.Regular ? "a file of that name is in the way" : $"it is {InputFiles.Describe(type)}")}",
                SourceLocation.OfFile(request.OutputDirectory))], 0);
        var rendered = RenderInMemory(request);
        if (!rendered.Succeeded) return new ReportResult([], rendered.Diagnostics, 0);
        var (files, pages) = rendered.Value;
        var written = Write(request, files, out var replaced);
        return new ReportResult(replaced, [.. rendered.Diagnostics, .. written.Diagnostics], pages);
    }

    /// <summary>
    /// Writes a report's files into the output folder, all or none: a PDF is never left beside the DOCX of an earlier run.
    /// The folder is locked while they are written (another run writing into it is waited for), and what an interrupted
    /// run left there is finished or removed first. A file name that would leave the folder is refused; a write that fails
    /// is named, and the message says which files, if any, were replaced.
    /// </summary>
    private static Result<IReadOnlyList<string>> Write(ReportRequest request, IReadOnlyList<(string Name, byte[] Bytes)> files,
        out IReadOnlyList<string> replaced)
    {
        replaced = [];
        var outputDirectory = request.OutputDirectory;
        var targets = new List<(string Path, byte[] Bytes)>();
        foreach (var (name, bytes) in files)
        {
            var path = Path.Combine(outputDirectory, name);
            if (!FileNames.IsInside(outputDirectory, path))
                return Result<IReadOnlyList<string>>.Fail(new Diagnostic(ErrorCodes.OutputOutsideFolder, Severity.Error,
                    $"the output file name '{name}' leads outside the output folder", SourceLocation.OfFile(outputDirectory)));
            targets.Add((path, bytes));
        }
        var opened = OutputFolder.Open(outputDirectory, outputDirectory, subfolders: false, request.WaitingForOutputFolder, CancellationToken.None);
        if (!opened.Succeeded) return opened.Cast<IReadOnlyList<string>>();
        using var folder = opened.Value;
        if (folder.Replace(targets, "this report", out replaced) is { } failed)
            return Result<IReadOnlyList<string>>.Fail([.. opened.Diagnostics, failed]);
        return Result<IReadOnlyList<string>>.Ok(targets.Select(t => t.Path).ToList(), opened.Diagnostics);
    }

    /// <summary>
    /// Starts building, on a pool thread, what every render needs first (the template built-ins): a program that is
    /// about to render calls this before its own start-up work (parsing its command line), which then overlaps it.
    /// </summary>
    public static void Prepare() => TemplateRenderer.Prepare();

    /// <summary>
    /// Renders every asked-for format into memory: file name → bytes. With <see cref="ReportRequest.Each"/> (or the
    /// template's <c>each</c>), one document per item of that list, each named from the item's <c>id</c>.
    /// </summary>
    public static Result<(IReadOnlyList<(string Name, byte[] Bytes)> Files, int Pages)> RenderInMemory(ReportRequest request)
    {
        if (request.ItemIndex is not null) return RenderOne(request);
        var items = EachItems(request);
        if (!items.Succeeded) return items.Cast<(IReadOnlyList<(string, byte[])>, int)>();
        if (items.Value is not { } names) return RenderOne(request);

        var files = new List<(string, byte[])>();
        var pages = 0;
        for (var i = 0; i < names.Count; i++)
        {
            var one = RenderOne(request with { ItemIndex = i, ItemName = names[i] });
            if (!one.Succeeded) return one;
            files.AddRange(one.Value.Files);
            pages += one.Value.Pages;
        }
        return Result<(IReadOnlyList<(string, byte[])>, int)>.Ok((files, pages));
    }

    /// <summary>The file names of the items to render one by one, or null when the request is one document.</summary>
    private static Result<IReadOnlyList<string>?> EachItems(ReportRequest request)
    {
        var template = TemplateLocator.Load(request.Template, request.TemplateFolders);
        if (!template.Succeeded) return template.Cast<IReadOnlyList<string>?>();
        var each = request.Each ?? template.Value.Manifest.Each;
        if (each is null) return Result<IReadOnlyList<string>?>.Ok(null);
        var notes = LoadNotes(request);
        if (!notes.Succeeded) return notes.Cast<IReadOnlyList<string>?>();
        if (ItemNames(notes.Value, each) is not { } names)
            return Result<IReadOnlyList<string>?>.Fail(new Diagnostic(ErrorCodes.EachNotAList, Severity.Error,
                $"--each {each}: the notes have no top-level list of objects named '{each}'", SourceLocation.OfFile(notes.Value.File)));
        return SameIds(notes.Value, each) is { Count: > 0 } clashes
            ? Result<IReadOnlyList<string>?>.Fail(clashes)
            : Result<IReadOnlyList<string>?>.Ok(names);
    }

    /// <summary>
    /// Two items of the list <paramref name="each"/> whose ids make one file name (the same id, or ids that differ only
    /// in case or punctuation): one would overwrite the other, so neither is written; the error names both.
    /// </summary>
    internal static IReadOnlyList<Diagnostic> SameIds(NotesDocument notes, string each)
    {
        var errors = new List<Diagnostic>();
        if (!notes.Root.TryGetProperty(each, out var list) || list.ValueKind != System.Text.Json.JsonValueKind.Array) return errors;
        var first = new Dictionary<string, (int Index, string Id)>(StringComparer.OrdinalIgnoreCase);
        foreach (var (item, index) in list.EnumerateArray().Select((item, index) => (item, index)))
        {
            if (item.ValueKind != System.Text.Json.JsonValueKind.Object || !item.TryGetProperty("id", out var v)
                || v.ValueKind != System.Text.Json.JsonValueKind.String) continue;
            var id = v.GetString()!;
            var name = FileNames.Fit(Slug.From(id));
            if (name.Length == 0) continue;
            if (!first.TryAdd(name, (index, id)))
            {
                var (otherIndex, otherId) = first[name];
                var same = otherId == id ? $"has the id '{id}' too" : $"has the id '{id}', which makes the same file name as '{otherId}'";
                errors.Add(new Diagnostic(ErrorCodes.BuildOutputCollision, Severity.Error,
                    $"/{each}/{index}/id: this item {same} (/{each}/{otherIndex}/id); both would be written to '{name}': give each item its own id",
                    notes.Locate($"/{each}/{index}/id")));
            }
        }
        return errors;
    }

    /// <summary>The file names of the items of the notes' list <paramref name="each"/>; null when that is not a top-level list of objects.</summary>
    internal static IReadOnlyList<string>? ItemNames(NotesDocument notes, string each) =>
        notes.Root.TryGetProperty(each, out var list) && list.ValueKind == System.Text.Json.JsonValueKind.Array
        && list.EnumerateArray().All(i => i.ValueKind == System.Text.Json.JsonValueKind.Object)
            ? ItemNames(list, each)
            : null;

    /// <summary>
    /// The file names (without extension) of a list's items: each item's <c>id</c> as a slug, else LIST-N; a slug longer
    /// than <see cref="FileNames.MaxNameBytes"/> is cut and given a short hash of the whole (<see cref="FileNames.Fit"/>);
    /// an item without an id whose LIST-N is taken gets -N (N the next free number). Items whose ids make one name are
    /// refused before this (<see cref="SameIds"/>).
    /// </summary>
    internal static IReadOnlyList<string> ItemNames(System.Text.Json.JsonElement list, string each)
    {
        var names = new List<string>();
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var fallback = Slug.From(each) is { Length: > 0 } slug ? slug : "item";
        foreach (var (item, index) in list.EnumerateArray().Select((item, index) => (item, index)))
        {
            var id = item.TryGetProperty("id", out var v) && v.ValueKind == System.Text.Json.JsonValueKind.String ? Slug.From(v.GetString()!) : "";
            var name = FileNames.Fit(id.Length > 0 ? id : $"{fallback}-{index + 1}");
            for (var n = index + 1; !taken.Add(name); n++) name = FileNames.Fit(id.Length > 0 ? id : fallback) + $"-{n}";
            names.Add(name);
        }
        return names;
    }

    private static Result<NotesDocument> LoadNotes(ReportRequest request) =>
        request.NotesBytes is { } bytes ? NotesDocument.Parse(bytes, request.NotesPath ?? SampleNotes.DisplayName)
        : request.NotesPath is null ? SampleNotes.Load()
        : NotesDocument.Load(request.NotesPath);

    private static Result<(IReadOnlyList<(string Name, byte[] Bytes)> Files, int Pages)> RenderOne(ReportRequest request)
    {
        var limits = request.Limits;
        var memory = new JobMemory(limits.AllocatedBytes);
        var document = BuildDocument(request, memory, out var package, out var markup, out var baseName, WarmUp);
        if (!document.Succeeded) return document.Cast<(IReadOnlyList<(string, byte[])>, int)>();
        // The template's output is kept only to be written out (a large report's is megabytes).
        if (!request.EmitMarkup) markup = null;

        var formats = request.Formats.Count > 0 ? request.Formats : package!.Manifest.Formats;
        var unknown = formats.Where(f => !KnownFormats.Contains(f)).ToList();
        if (unknown.Count > 0)
            return Result<(IReadOnlyList<(string, byte[])>, int)>.Fail(new Diagnostic(ErrorCodes.Usage, Severity.Error,
                $"unknown format '{unknown[0]}'; the formats are {string.Join(", ", KnownFormats)}"));

        ReferenceDocument? reference = null;
        if (request.ReferenceDoc is not null)
        {
            var loaded = ReferenceDocument.Load(request.ReferenceDoc);
            if (!loaded.Succeeded) return loaded.Cast<(IReadOnlyList<(string, byte[])>, int)>();
            reference = loaded.Value;
        }

        var files = new List<(string, byte[])>();
        var warnings = new List<Diagnostic>(document.Diagnostics);
        var theme = package!.Theme;
        // The command line's or the build manifest's standard, else the template's.
        var standard = request.PdfStandard ?? package.Manifest.Standard;
        var model = document.Value;
        PdfLayout layout;
        StageThread<byte[]>? word = null;
        // Stops the Word writer at its next block once the PDF has failed and its work is of no use.
        using var unwanted = new CancellationTokenSource();
        if (formats.Contains("pdf"))
        {
            // The Word document is written on another core while the PDF is laid out and drawn; only its contents'
            // page numbers and its tables' column widths wait for the first layout pass. Each on a stage thread of its own,
            // with its own clock.
            var facts = formats.Contains("docx") ? new TaskCompletionSource<LayoutFacts?>() : null;
            if (facts is not null)
                word = StageThread<byte[]>.Start("Word", limits.Word, memory, _ => DocxWriter.WriteWhileLaidOut(model, theme, facts.Task, reference,
                    PdfReportWriter.LabelWidth(theme), request.TrackChanges),
                    unwanted.Token);
            var laidOut = facts is null ? null : (Action<PdfLayout>)(first => facts.TrySetResult(first.Facts));
            var drawn = StageThread<Result<PdfOutput>>.Run("layout", limits.Layout, memory, _ =>
            {
                try
                {
                    return PdfReportWriter.Write(model, theme, new PdfWriterOptions { Standard = standard, LaidOut = laidOut });
                }
                finally
                {
                    // A PDF that failed before its first pass leaves the Word document nothing to wait for.
                    facts?.TrySetCanceled();
                }
            });
            // Also here: a layout given up by its backstop never reaches its own finally.
            facts?.TrySetCanceled();
            if (Failed(drawn, StageName.Layout, limits.Layout, memory) is { } stopped)
            {
                unwanted.Cancel();
                Settle(word);
                return stopped.Cast<(IReadOnlyList<(string, byte[])>, int)>();
            }
            var pdf = drawn.Value!;
            files.Add((baseName + ".pdf", pdf.Value.Bytes));
            warnings.AddRange(pdf.Diagnostics);
            layout = pdf.Value.Layout;
        }
        else
        {
            var laidOut = StageThread<Result<PdfLayout>>.Run("layout", limits.Layout, memory, _ => PdfReportWriter.Layout(model, theme));
            if (Failed(laidOut, StageName.Layout, limits.Layout, memory) is { } stopped) return stopped.Cast<(IReadOnlyList<(string, byte[])>, int)>();
            warnings.AddRange(laidOut.Value!.Diagnostics);
            layout = laidOut.Value.Value;
        }
        if (formats.Contains("docx"))
        {
            var laidOutFacts = layout.Facts;
            var written = word?.Wait() ?? StageThread<byte[]>.Run("Word", limits.Word, memory, _ => DocxWriter.Write(model, theme, laidOutFacts, reference,
                PdfReportWriter.LabelWidth(theme), request.TrackChanges));
            if (!written.Finished)
                return Result<(IReadOnlyList<(string, byte[])>, int)>.Fail(StageErrors.Stopped(written.Stop, StageName.Word, limits.Word, memory, written.At));
            files.Add((baseName + ".docx", written.Value!));
        }
        if (request.EmitMarkup) files.Add((baseName + ".md", System.Text.Encoding.UTF8.GetBytes(markup!)));
        return Result<(IReadOnlyList<(string, byte[])>, int)>.Ok((files, layout.PageCount), warnings);
    }

    // A stage's own failure, else the error of its budget; null when it succeeded within it.
    private static Result<T>? Failed<T>(StageOutcome<Result<T>> outcome, StageName stage, TimeSpan limit, JobMemory memory)
    {
        if (outcome.Value is { Succeeded: false } failed) return failed;
        return outcome.Finished ? null : Result<T>.Fail(StageErrors.Stopped(outcome.Stop, stage, limit, memory, outcome.At));
    }

    // The PDF failed: the Word document started alongside is stopped, waited for and dropped (its own failure, if
    // any, or its cancellation, is not the one to report).
    private static void Settle(StageThread<byte[]>? running)
    {
        try
        {
            running?.Wait();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
        }
    }

    /// <summary>
    /// Reads what the writers will need whatever the notes say (the theme's fonts, the hyphenation patterns of the
    /// culture) on another core while the template renders: in a small report these are a third of the layout's time.
    /// Both are process-wide caches, so a batch pays for them once; a wrong guess (a front matter naming another
    /// language) costs CPU only.
    /// </summary>
    private static void WarmUp(ReportRequest request, TemplatePackage package)
    {
        var theme = package.Theme;
        var culture = request.Culture ?? package.Manifest.Culture;
        if (theme.Hyphenate) InBackground(() => Hyphenator.ForCulture(culture));
        InBackground(() => PdfReportWriter.Prepare(theme));
    }

    private static void InBackground(Action work) => ThreadPool.UnsafeQueueUserWorkItem(_ =>
    {
        try
        {
            work();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The layout meets the same fault where it can report it.
        }
    }, null);

    private static readonly StageName MarkupStage = new("markup conversion", ErrorCodes.StageBackstop, "");

    /// <summary>Runs the stages up to the document model.</summary>
    public static Result<Document> BuildDocument(ReportRequest request, out TemplatePackage? package, out string? markup, out string baseName) =>
        BuildDocument(request, new JobMemory(request.Limits.AllocatedBytes), out package, out markup, out baseName);

    private static Result<Document> BuildDocument(ReportRequest request, JobMemory memory, out TemplatePackage? package, out string? markup,
        out string baseName, Action<ReportRequest, TemplatePackage>? loaded = null)
    {
        package = null;
        markup = null;
        baseName = request.ItemName ?? Path.GetFileNameWithoutExtension(request.NotesPath ?? SampleNotes.DisplayName);

        TemplateRenderer.Prepare();
        var template = TemplateLocator.Load(request.Template, request.TemplateFolders);
        if (!template.Succeeded) return template.Cast<Document>();
        package = template.Value;
        loaded?.Invoke(request, package);

        var notes = LoadNotes(request);
        if (!notes.Succeeded) return notes.Cast<Document>();

        // The schema check and the render both only read the notes: they run side by side (a large report's check
        // takes as long as its render). Violations win over anything the render says, and stop it early.
        using var unwanted = new CancellationTokenSource();
        var schema = package.Schema;
        var checking = Task.Run(() =>
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var found = schema.Validate(notes.Value);
            if (found.Count > 0) unwanted.Cancel();
            return (Found: found, Allocated: GC.GetAllocatedBytesForCurrentThread() - before);
        });
        IReadOnlyList<Diagnostic> Violations() => checking.GetAwaiter().GetResult().Found;

        var classification = Classification.Highest(notes.Value, package.Manifest.Classification.Levels);
        if (!classification.Succeeded) return Violations() is { Count: > 0 } first ? Result<Document>.Fail(first) : classification.Cast<Document>();

        var each = request.Each ?? package.Manifest.Each;
        var options = new RenderOptions { Culture = request.Culture, Parameters = request.Parameters,
            Item = each is not null && request.ItemIndex is { } index ? (each, index) : null, SourceDateEpoch = request.SourceDateEpoch,
                Timeout = request.RenderTimeout,
            Cancellation = unwanted.Token, Memory = memory };
        var rendered = TemplateRenderer.Render(package, notes.Value, classification.Value, options);
        if (Violations() is { Count: > 0 } violations) return Result<Document>.Fail(violations);
        if (!rendered.Succeeded) return rendered.Cast<Document>();
        markup = rendered.Value.Markup;
        memory.Add(checking.Result.Allocated);
        StageMemory.Release(memory);

        var source = package.Source;
        var before = GC.GetAllocatedBytesForCurrentThread();
        var document = MarkupConverter.Convert(rendered.Value, path => source.Read(path, ReadLimit.Image));
        memory.Add(GC.GetAllocatedBytesForCurrentThread() - before);
        if (document.Succeeded && memory.Exceeded)
            return Result<Document>.Fail([.. template.Diagnostics, StageErrors.Stopped(StageStop.AllocatedBytes, MarkupStage, TimeSpan.Zero, memory,
                at: null)]);
        StageMemory.Release(memory);
        // The template's own warnings (a theme key it does not know) come first.
        return template.Diagnostics.Count == 0 ? document
            : document.Succeeded ? Result<Document>.Ok(document.Value, [.. template.Diagnostics, .. document.Diagnostics])
            : Result<Document>.Fail([.. template.Diagnostics, .. document.Diagnostics]);
    }
}
