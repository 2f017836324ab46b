using System.Globalization;
using ReportForge.Diagnostics;
using ReportForge.Model;
using ReportForge.Notes;
using ReportForge.Runtime;
using ReportForge.Text;
using ReportForge.Templating.Functions;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace ReportForge.Templating;

/// <summary>Renders notes through a template's Scriban entry point into markup, sandboxed and bounded.</summary>
public static class TemplateRenderer
{
    private static readonly Lazy<ScriptObject> SharedBuiltins = new(TemplateSandbox.CreateBuiltins);

    /// <summary>
    /// Starts building the shared built-ins on a pool thread, so that a render soon after finds them ready: they
    /// are a tenth of a small report's run, and the notes and their schema check can be read meanwhile.
    /// </summary>
    public static void Prepare()
    {
        if (!SharedBuiltins.IsValueCreated) ThreadPool.UnsafeQueueUserWorkItem(static _ => _ = SharedBuiltins.Value, null);
    }

    /// <summary>
    /// Renders; <paramref name="classification"/> is the highest marking the notes stage found. The render runs on
    /// a thread of its own (<see cref="StageThread{T}"/>) with a large stack, so the recursion limit, not the caller's
    /// stack size, stops a template that calls itself; its time limit is processor time, read from that thread's own
    /// clock, so a busy machine does not trip it. A single built-in call that outlives ten times the limit in
    /// wall-clock time is given up (RF1308).
    /// </summary>
    public static Result<RenderedMarkup> Render(TemplatePackage package, NotesDocument notes, string? classification, RenderOptions options)
    {
        var timeout = options.Timeout ?? package.Manifest.TimeLimit ?? RenderOptions.DefaultTimeout;
        var outcome = StageThread<Result<RenderedMarkup>>.Run("template", timeout, options.Memory,
            budget => RenderHere(package, notes, classification, options, timeout, budget), options.Cancellation);
        // A render stopped by its clock returns its own located RF1105; one given up by the backstop returns nothing.
        if (outcome.Value is { Succeeded: false } failed) return failed;
        return outcome.Stop switch
        {
            StageStop.None or StageStop.Cancelled when outcome.Value is { } rendered => rendered,
            StageStop.ProcessorTime or StageStop.Cancelled => Result<RenderedMarkup>.Fail(TemplateFailure.Abandoned(package.EntryFile, timeout)),
            var stop => Result<RenderedMarkup>.Fail(StageErrors.Stopped(stop, StageName.Template, timeout, options.Memory, outcome.At,
                SourceLocation.OfFile(package.EntryFile))),
        };
    }

    private static Result<RenderedMarkup> RenderHere(TemplatePackage package, NotesDocument notes, string? classification, RenderOptions options,
        TimeSpan timeLimit, StageBudget budget)
    {
        var file = package.EntryFile;
        var output = new MappedOutput(file, options.OutputLimit);
        var files = new TemplateFiles(package, output);
        Template body, main;
        try
        {
            body = files.Parse(package.EntryText, file);
            main = package.Manifest.Layout is { } layout
                ? files.Find(TemplateFiles.LayoutsFolder, layout, SourceLocation.OfFile(package.Source.DisplayPath("template.json")))
                : body;
        }
        catch (TemplateFileException e)
        {
            return Result<RenderedMarkup>.Fail(e.Diagnostics);
        }

        CultureInfo culture;
        try
        {
            culture = CultureInfo.GetCultureInfo(options.Culture ?? package.Manifest.Culture, predefinedOnly: true);
        }
        catch (CultureNotFoundException)
        {
            return Result<RenderedMarkup>.Fail(new Diagnostic(ErrorCodes.Usage, Severity.Error,
                $"unknown culture '{options.Culture ?? package.Manifest.Culture}'"));
        }

        var loaded = TemplateStrings.ForCulture(package, culture);
        if (!loaded.Succeeded) return loaded.Cast<RenderedMarkup>();
        culture = loaded.Value.Culture;
        var words = new ReportWords(loaded.Value.Strings, culture);
        var stringsObject = new StringsObject(loaded.Value.Strings, culture.Name);

        var parameters = TemplateParameters.Bind(package.Manifest, options.Parameters);
        if (!parameters.Succeeded) return parameters.Cast<RenderedMarkup>();

        var briefingDate = ReadDate(notes);
        var document = CreateDocumentObject(classification);
        var globals = NotesImporter.ImportObject(notes.Root, package.Schema.Shape);
        globals.SetValue("notes", NotesImporter.ImportObject(notes.Root, package.Schema.Shape), true);
        globals.SetValue("document", document, true);
        if (options.Item is { } item)
        {
            var list = notes.Root.TryGetProperty(item.List, out var l) && l.ValueKind == System.Text.Json.JsonValueKind.Array ? l : default;
            if (list.ValueKind != System.Text.Json.JsonValueKind.Array || item.Index < 0 || item.Index >= list.GetArrayLength())
                return Result<RenderedMarkup>.Fail(new Diagnostic(ErrorCodes.EachNotAList, Severity.Error,
                    $"--each {item.List}: the notes have no item {item.Index + 1} in a list '{item.List}'", SourceLocation.OfFile(notes.File)));
            package.Schema.Shape.Properties.TryGetValue(item.List, out var listShape);
            globals.SetValue("item", NotesImporter.ImportObject(list[item.Index], listShape?.Items), true);
        }
        ChangesObject.Register(globals, options.Previous, notes, package.Schema.Shape, options.Item);
        globals.SetValue("params", parameters.Value, true);
        DateFunctions.Register(globals, briefingDate, words);
        MarkingFunctions.Register(globals, OwnMarking(notes));
        globals.SetValue("strings", stringsObject, true);
        globals.SetValue("t", new TranslateFunction(stringsObject, words), true);
        globals.SetValue("partial", new PartialFunction(files, span => Locate(span, file)), true);
        globals.SetValue("render_body", new RenderBodyFunction(ReferenceEquals(main, body) ? null : body), true);

        var context = new MarkupTemplateContext(SharedBuiltins.Value);
        TemplateSandbox.Apply(context, options, timeLimit, budget.Token);
        output.Context = context;
        context.PushOutput(output);
        context.PushGlobal(globals);
        context.PushCulture(culture);

        var previousCulture = CultureInfo.CurrentCulture;
        var previousUiCulture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
        try
        {
            main.Render(context);
        }
        catch (Exception e) when (TemplateFailure.FindInner<TemplateFileException>(e) is { } fileError)
        {
            return Result<RenderedMarkup>.Fail(fileError.Diagnostics);
        }
        catch (Exception e) when (TemplateFailure.IsTemplateFault(e))
        {
            return Result<RenderedMarkup>.Fail(TemplateFailure.From(e, file, budget.Reason == StageStop.ProcessorTime, timeLimit, options));
        }
        finally
        {
            CultureInfo.CurrentCulture = previousCulture;
            CultureInfo.CurrentUICulture = previousUiCulture;
        }

        var metadata = ReadMetadata(document, notes, classification, briefingDate, words, options);
        return Result<RenderedMarkup>.Ok(new RenderedMarkup(output.ToString(), output.Map, metadata)
        {
            Markings = new MarkingRules(package.Manifest.Classification.Levels, package.Theme.PortionMarks),
        }, loaded.Diagnostics);
    }

    private static string? OwnMarking(NotesDocument notes) =>
        notes.Root.TryGetProperty("classification", out var c) && c.ValueKind == System.Text.Json.JsonValueKind.String ? c.GetString() : null;


    private static ScriptObject CreateDocumentObject(string? classification)
    {
        var document = new ScriptObject();
        foreach (var name in new[] { "title", "subtitle", "subject", "author", "keywords", "language", "date", "watermark" })
            document.SetValue(name, null, false);
        document.SetValue("classification", classification, true);
        return document;
    }

    internal static SourceLocation Locate(SourceSpan span, string file) =>
        new(string.IsNullOrEmpty(span.FileName) ? file : span.FileName, span.Start.Line + 1, span.Start.Column + 1);

    private static DateOnly? ReadDate(NotesDocument notes) =>
        notes.Root.TryGetProperty("date", out var d) && d.ValueKind == System.Text.Json.JsonValueKind.String
        && IsoDate.TryParse(d.GetString(), out var date)
            ? date
            : null;

    private static DocumentMetadata ReadMetadata(ScriptObject document, NotesDocument notes, string? classification,
        DateOnly? briefingDate, ReportWords words, RenderOptions options)
    {
        string? Text(string name) => document.TryGetValue(name, out var v) && v is not null
            ? MarkupEscape.Plain(System.Convert.ToString(v, CultureInfo.InvariantCulture)!) : null;
        string? NotesText(string name) => notes.Root.TryGetProperty(name, out var v) && v.ValueKind == System.Text.Json.JsonValueKind.String
            ? MarkupEscape.Plain(v.GetString()!) : null;

        var date = Text("date") is { } ds && IsoDate.TryParse(ds, out var parsed)
            ? parsed
            : briefingDate;
        var keywords = document.TryGetValue("keywords", out var k) switch
        {
            true when k is ScriptArray array => array.Select(x => x?.ToString() ?? "").Where(x => x.Length > 0).ToList(),
            true when k is string s => s.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList(),
            _ => [],
        };
        // An epoch past the year 9999 (which the CLI warns about) is treated as unset rather than thrown on.
        var timestamp = options.SourceDateEpoch is { } epoch && epoch >= 0 && epoch <= DateTimeOffset.MaxValue.ToUnixTimeSeconds()
            ? DateTimeOffset.FromUnixTimeSeconds(epoch)
            : date is { } d ? new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : DateTimeOffset.UnixEpoch;

        return new DocumentMetadata
        {
            Title = Text("title") ?? NotesText("title") ?? "Report",
            Subtitle = Text("subtitle"),
            Subject = Text("subject"),
            Author = Text("author") ?? NotesText("author"),
            Keywords = keywords,
            Language = Text("language") ?? words.Culture.Name,
            Date = date,
            DisplayDate = date is { } shown ? words.LongDate(shown) : null,
            Classification = classification,
            Watermark = Text("watermark"),
            Timestamp = timestamp,
            Strings = words.Strings,
        };
    }
}
