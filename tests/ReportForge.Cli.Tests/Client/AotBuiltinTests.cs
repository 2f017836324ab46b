using System.Diagnostics;

namespace ReportForge.Tests.Client;

/// <summary>
/// One template using the date and object built-in families renders the same text under Native AOT as under the
/// JIT, in two time zones. Publishing the AOT binary takes minutes (it needs clang), so this is a Client test:
/// .ci/run runs it; the plain `dotnet test` leaves it out.
/// </summary>
[Trait("Category", "Client")]
public sealed class AotBuiltinTests
{
    private const string Template = """
        {{~ document.title = title ~}}
        # {{ title }}

        A {{ date.parse '2016/01/05' | date.to_string '%F %T %Z' }}

        B {{ date.parse '12:00' | date.to_string '%F %R' }}

        C {{ date.parse '2016-01-05T12:00:00+02:00' | date.to_string '%F %R %Z %s' }}

        D {{ {a: 1, b: [1, 2.5, 's'], c: null} | object.to_json }}

        E {{ x = ('{"a": [1, 2]}' | object.from_json); x.a[1] }} {{ object.has_key x 'a' }} {{ object.has_value x 'z' }}

        F {{ date.parse '2016-01-05' | date.add_days 3 | date.add_months 1 }} {{ date '2020-02-29' | date.add_years 1 | date.to_string '%A %e %B' 'fr-FR' }}

        G {{ object.keys x | array.join ',' }} {{ object.typeof 1.5 }} {{ object.format 1.5 '0.00' }}
        """;

    private static readonly string[] Expected =
    [
        "A 2016-01-05 00:00:00 +00:00",
        "B 0001-01-01 12:00",
        "C 2016-01-05 10:00 +00:00 1451988000",
        "D {\"a\":1,\"b\":[1,2.5,\"s\"],\"c\":null}",
        "E 2 true false",
        "F 08 Feb 2016 dimanche 28 février",
        "G a number 1.50",
    ];

    [Fact]
    public void The_date_and_object_families_render_the_same_under_Native_AOT_in_any_time_zone()
    {
        var dir = CliRunner.TempDir();
        var template = Path.Combine(dir, "builtins");
        Directory.CreateDirectory(template);
        File.WriteAllText(Path.Combine(template, "template.json"), """{ "name": "builtins", "schema": "schema.json", "culture": "en-GB" }""");
        File.WriteAllText(Path.Combine(template, "schema.json"), """{ "type": "object", "properties": { "title": { "type": "string" } } }""");
        File.WriteAllText(Path.Combine(template, "template.sbn"), Template);
        var notes = Path.Combine(dir, "notes.json");
        File.WriteAllText(notes, """{ "title": "Built-ins" }""");

        var jit = CliRunner.InProcess("render", notes, "-t", template, "-o", Path.Combine(dir, "jit"), "-f", "pdf");
        Assert.True(jit.ExitCode == 0, jit.Stderr);
        var text = Readers.PdfText(Path.Combine(dir, "jit", "notes.pdf"));
        Assert.All(Expected, line => Assert.Contains(line, text, StringComparison.Ordinal));

        try
        {
            var binary = PublishAot(Path.Combine(dir, "aot"));
            foreach (var zone in new[] { "UTC", "Asia/Tokyo", "America/Los_Angeles" })
            {
                var output = Path.Combine(dir, "aot-" + zone.Replace('/', '-'));
                var (code, stderr) = Run(binary, dir, zone, "render", notes, "-t", template, "-o", output, "-f", "pdf");
                Assert.True(code == 0, stderr);
                Assert.Equal(text, Readers.PdfText(Path.Combine(output, "notes.pdf")));
            }
        }
        finally
        {
            // The published binary and its build take hundreds of megabytes.
            Directory.Delete(dir, recursive: true);
        }
    }

    // Published with its own artifacts folder, so the source tree's obj and bin folders are left as they are.
    private static string PublishAot(string output)
    {
        var (code, log) = Run("dotnet", TestPaths.Root, null, "publish", Path.Combine(TestPaths.Root, "src", "ReportForge.Cli"),
            "-c", "Release", "-r", "linux-x64", "-p:PublishAot=true", "--artifacts-path", output + "-artifacts", "-o", output);
        Assert.True(code == 0, log);
        return Path.Combine(output, "reportforge");
    }

    private static (int Code, string Output) Run(string file, string workingDirectory, string? zone, params string[] args)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        if (zone is not null) start.Environment["TZ"] = zone;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        // A hang guard only: publishing under Native AOT takes minutes on a busy machine.
        if (!process.WaitForExit(TimeSpan.FromMinutes(30))) { process.Kill(true); throw new TimeoutException($"{file} did not finish in 30 minutes"); }
        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
