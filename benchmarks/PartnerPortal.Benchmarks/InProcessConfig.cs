using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace PartnerPortal.Benchmarks;

/// <summary>
/// Benchmarks run in-process: BenchmarkDotNet's generated project cannot restore the ASP.NET Core Identity
/// packages (which Infrastructure pulls in) from this NuGet mirror, lacking the shared-framework reference.
/// </summary>
public sealed class InProcessConfig : ManualConfig
{
    public InProcessConfig()
    {
        AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(10));
        AddDiagnoser(MemoryDiagnoser.Default);
    }
}
