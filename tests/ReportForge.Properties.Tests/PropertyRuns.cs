using CsCheck;

namespace ReportForge.Tests;

/// <summary>
/// How many random cases a property tries: a few by default, so the suite stays quick on a small machine;
/// REPORTFORGE_PROPERTY_ITER=N runs N. A failure prints CsCheck's seed; REPORTFORGE_PROPERTY_SEED=SEED
/// (or CsCheck_Seed) replays that case first. A crash that kills the process (a stack overflow) prints no
/// seed: REPORTFORGE_PROPERTY_LAST=FILE writes each case there before it runs (a string as it is; CsCheck
/// shortens long inputs in its message).
/// </summary>
internal static class PropertyRuns
{
    public static long Iterations(long byDefault) =>
        long.TryParse(Environment.GetEnvironmentVariable("REPORTFORGE_PROPERTY_ITER"), out var n) && n > 0 ? n : byDefault;

    public static string? Seed => Environment.GetEnvironmentVariable("REPORTFORGE_PROPERTY_SEED") is { Length: > 0 } seed ? seed : null;

    public static void Check<T>(Gen<T> gen, Action<T> property, long iterations, Func<T, string> print)
    {
        var last = Environment.GetEnvironmentVariable("REPORTFORGE_PROPERTY_LAST");
        gen.Sample(value =>
        {
            if (!string.IsNullOrEmpty(last)) File.WriteAllText(last, value as string ?? print(value));
            property(value);
        }, seed: Seed, iter: Iterations(iterations), threads: 1, print: print);
    }
}
