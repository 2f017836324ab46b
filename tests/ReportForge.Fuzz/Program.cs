using ReportForge.Fuzz;
using SharpFuzz;

// afl-fuzz runs this with no arguments (or `--target notes|theme`) and feeds inputs through SharpFuzz; `--replay DIR`
// runs every file of a folder once (a seed corpus, or the crashes afl-fuzz found) and exits 1 when any of them crashed.
// The target is markup unless `--target` (or the RF_FUZZ_TARGET variable, for afl-fuzz) says notes or theme.
var target = Environment.GetEnvironmentVariable("RF_FUZZ_TARGET") ?? "markup";
var rest = new List<string>(args);
if (rest.IndexOf("--target") is var at and >= 0 && at + 1 < rest.Count)
{
    target = rest[at + 1];
    rest.RemoveRange(at, 2);
}
if (target is not ("markup" or "notes" or "theme") || (rest.Count > 0 && rest is not ["--replay", _]))
{
    Console.Error.WriteLine("usage: ReportForge.Fuzz [--target markup|notes|theme] [--replay DIR]   (no --replay: run under afl-fuzz)");
    return 2;
}
using var pipeline = target == "markup" ? null : new PipelineHarness();
Action<byte[]> run = target switch
{
    "notes" => bytes => pipeline!.RunNotes(bytes),
    "theme" => bytes => pipeline!.RunTheme(bytes),
    _ => bytes => MarkupHarness.Run(bytes),
};
if (rest is ["--replay", var folder])
{
    var crashed = 0;
    foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
    {
        try
        {
            run(File.ReadAllBytes(file));
            Console.WriteLine($"ok      {file}");
        }
        catch (Exception e)
        {
            crashed++;
            Console.WriteLine($"CRASH   {file}: {e}");
        }
    }
    return crashed == 0 ? 0 : 1;
}
Fuzzer.OutOfProcess.Run(stream =>
{
    using var memory = new MemoryStream();
    stream.CopyTo(memory);
    run(memory.ToArray());
});
return 0;
