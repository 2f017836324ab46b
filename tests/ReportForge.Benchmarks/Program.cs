using BenchmarkDotNet.Running;
using ReportForge.Benchmarks;

// generate --talks N [-o file]: large notes in the shipped shape; anything else goes to BenchmarkDotNet.
if (args.Length > 0 && args[0] == "generate")
{
    var talks = 10;
    string? output = null;
    for (var i = 1; i < args.Length; i++)
    {
        if (args[i] == "--talks" && i + 1 < args.Length) talks = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture);
        else if (args[i] is "-o" or "--output" && i + 1 < args.Length) output = args[++i];
    }
    var bytes = LargeNotes.Generate(talks);
    if (output is null) Console.OpenStandardOutput().Write(bytes);
    else File.WriteAllBytes(output, bytes);
    return 0;
}

// record (--talks N | --notes notes.json) -o pages.log [--pdf out.pdf]: the drawing pass of those notes as a canvas
// log, for the floor benchmark (bench/floor); --pdf also writes the PDF drawn alongside.
if (args.Length > 0 && args[0] == "record")
{
    var talks = 10;
    string? notes = null, output = null, pdf = null;
    for (var i = 1; i < args.Length; i++)
    {
        if (args[i] == "--talks" && i + 1 < args.Length) talks = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture);
        else if (args[i] == "--notes" && i + 1 < args.Length) notes = args[++i];
        else if (args[i] is "-o" or "--output" && i + 1 < args.Length) output = args[++i];
        else if (args[i] == "--pdf" && i + 1 < args.Length) pdf = args[++i];
    }
    if (output is null)
    {
        Console.Error.WriteLine("record: -o pages.log is required");
        return 2;
    }
    // Generated notes go to a notes.json of their own, named as bench/run.sh names them.
    var generated = notes is null ? Directory.CreateTempSubdirectory("rf-floor-") : null;
    notes ??= Path.Combine(generated!.FullName, "notes.json");
    if (generated is not null) File.WriteAllBytes(notes, LargeNotes.Generate(talks));
    try
    {
        var pages = FloorRecording.Record(notes, output, pdf);
        Console.WriteLine($"recorded {pages} pages: {output} ({new FileInfo(output).Length / 1024} KiB)");
    }
    finally
    {
        generated?.Delete(recursive: true);
    }
    return 0;
}

// profile --talks N [--runs R]: R runs of each stage with a stopwatch (the first includes the JIT's
// compiling; later ones are closer to the Native AOT binary), to see where a large report's time goes.
if (args.Length > 0 && args[0] == "profile")
{
    var talks = 100;
    var runs = 1;
    var pdfOnly = false;
    for (var i = 1; i < args.Length; i++)
    {
        if (args[i] == "--talks" && i + 1 < args.Length) talks = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture);
        else if (args[i] == "--runs" && i + 1 < args.Length) runs = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture);
        else if (args[i] == "--pdf") pdfOnly = true;
    }
    if (pdfOnly)
    {
        StageProfile.RunPdf(talks, runs);
        return 0;
    }
    for (var run = 1; run <= runs; run++)
    {
        if (runs > 1) Console.WriteLine($"run {run}");
        StageProfile.Run(talks);
    }
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(StageBenchmarks).Assembly).Run(args);
return 0;
