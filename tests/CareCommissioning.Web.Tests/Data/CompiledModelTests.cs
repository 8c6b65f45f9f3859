using System.Text.RegularExpressions;
using CareCommissioning.Web.Data;
using Microsoft.EntityFrameworkCore.Design.Internal;

// DbContextOperations is what `dotnet ef dbcontext optimize` runs; EF offers no public API for it (EF1001 warns of
// that), and a change to it would show here first.
#pragma warning disable EF1001

namespace CareCommissioning.Web.Tests.Data;

/// <summary>Start-up uses the compiled models in <c>Data/CompiledModels</c> instead of building the model, so a model
/// changed without regenerating them would run with the old one: this generates both afresh, as
/// <c>scripts/compiled-models.sh</c> does, and compares them with the files in the repository.</summary>
[Collection(nameof(CompiledModelTests))]
public sealed partial class CompiledModelTests
{
    [Theory]
    [InlineData(nameof(SqliteAppDbContext), "Sqlite")]
    [InlineData(nameof(PostgresAppDbContext), "Postgres")]
    public void TheCompiledModel_IsTheOneTheCurrentModelGenerates(string context, string provider)
    {
        var project = Path.Combine(RepositoryRoot(), "src", "CareCommissioning.Web");
        var committed = Path.Combine(project, "Data", "CompiledModels", provider);
        var fresh = Directory.CreateTempSubdirectory("cc-compiled-model-").FullName;
        var environment = Environment.GetEnvironmentVariables();
        try
        {
            var web = typeof(AppDbContext).Assembly;
            var operations = new DbContextOperations(
                new OperationReporter(handler: null),
                web,
                web,
                project,
                project,
                "CareCommissioning.Web",
                "C#",
                nullable: true,
                args: []
            );
            operations.Optimize(
                fresh,
                $"CareCommissioning.Web.Data.CompiledModels.{provider}",
                context,
                suffix: null,
                scaffoldModel: true,
                precompileQueries: false,
                nativeAot: false
            );

            Assert.Equal(FileNames(fresh), FileNames(committed));
            foreach (var name in FileNames(fresh))
                Assert.True(
                    Text(Path.Combine(fresh, name)) == Text(Path.Combine(committed, name)),
                    $"{provider}/{name} is not what the current model generates: run scripts/compiled-models.sh."
                );
        }
        finally
        {
            Directory.Delete(fresh, recursive: true);
            RestoreEnvironment(environment);
        }
    }

    // Building the app's services at design time sets variables for the whole process (such as the environment's
    // name), which every later host and child process in the test run would inherit.
    private static void RestoreEnvironment(System.Collections.IDictionary before)
    {
        foreach (System.Collections.DictionaryEntry e in Environment.GetEnvironmentVariables())
            if (!before.Contains(e.Key))
                Environment.SetEnvironmentVariable((string)e.Key, null);
        foreach (System.Collections.DictionaryEntry e in before)
            Environment.SetEnvironmentVariable((string)e.Key, (string?)e.Value);
    }

    private static string[] FileNames(string directory) =>
        Directory.GetFiles(directory).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray()!;

    // Each generation gives the model a new random id; everything else must match.
    private static string Text(string path) =>
        ModelId().Replace(File.ReadAllText(path).ReplaceLineEndings("\n"), "modelId: new Guid()");

    [GeneratedRegex("""modelId: new Guid\("[0-9a-f-]+"\)""")]
    private static partial Regex ModelId();

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "CareCommissioning.slnx")))
            directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("The repository root was not found.");
    }
}

/// <summary>Runs on its own, after the tests that run in parallel: while it generates, the process's environment says
/// Development.</summary>
[CollectionDefinition(nameof(CompiledModelTests), DisableParallelization = true)]
public sealed class CompiledModelCollection;
