using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/PartnerPortal.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
