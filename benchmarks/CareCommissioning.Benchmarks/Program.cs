using BenchmarkDotNet.Running;
using CareCommissioning.Benchmarks;

// dotnet run -c Release --project benchmarks/CareCommissioning.Benchmarks -- [benchmark filters]
//   baseline-server --urls URL     a bare minimal-API endpoint, the yardstick for the API load run; with
//                                  --stakeholder-read also the product's by-id read alone (the database as the app's)
//   issue-token --email EMAIL      prints a new personal API token for a user of the configured database
return args.FirstOrDefault() switch
{
    "baseline-server" => await BaselineServer.RunAsync(args[1..]),
    "issue-token" => await TokenIssuer.RunAsync(args[1..]),
    _ => RunBenchmarks(args),
};

static int RunBenchmarks(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(AuditChainBenchmarks).Assembly).Run(args);
    return 0;
}
