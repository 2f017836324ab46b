namespace ReportForge.Batch;

/// <summary>Progress of a build, one event per job outcome.</summary>
public sealed record BuildEvent(BuildEventKind Kind, BuildJob Job, BuildJobResult? Result);
