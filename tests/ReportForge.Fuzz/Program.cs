using ReportForge.Fuzz;
using SharpFuzz;

// afl-fuzz runs this with no arguments and feeds inputs through SharpFuzz; `--replay DIR` runs every file of a
// folder once (the seed corpus, or the crashes afl-fuzz found) and exits 1 when any of them crashed.
if (args is ["--replay", var folder])
{
    var crashed = 0;
    foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
    {
        try
        {
            MarkupHarness.Run(File.ReadAllBytes(file));
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
if (args.Length > 0)
{
    Console.Error.WriteLine("usage: ReportForge.Fuzz [--replay DIR]   (no arguments: run under afl-fuzz)");
    return 2;
}
Fuzzer.OutOfProcess.Run(stream =>
{
    using var memory = new MemoryStream();
    stream.CopyTo(memory);
    MarkupHarness.Run(memory.ToArray());
});
return 0;
