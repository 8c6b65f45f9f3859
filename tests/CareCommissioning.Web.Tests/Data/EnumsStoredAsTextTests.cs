using CareCommissioning.Web.Data.CompiledModels.Postgres;
using CareCommissioning.Web.Data.CompiledModels.Sqlite;

namespace CareCommissioning.Web.Tests.Data;

/// <summary>
/// An enum stored by name is configured with <c>.StoredAsText()</c>, and one stored as a number with
/// <c>.StoredAsNumber()</c>, which name their converters, so the compiled models carry typed conversion code that is
/// compiled ahead of time (decision 0031). With <c>HasConversion&lt;string&gt;()</c>, or EF's default for numbers, the
/// compiled model records only the column's type, and EF makes the converter by reflection at start-up, where its
/// generic code has to be JIT-compiled.
/// </summary>
public sealed class EnumsStoredAsTextTests
{
    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public void EveryEnumStoredAsText_HasItsOwnConverterInTheCompiledModel(string provider)
    {
        var model = provider == "Sqlite" ? SqliteAppDbContextModel.Instance : PostgresAppDbContextModel.Instance;
        var asText = model
            .GetEntityTypes()
            .SelectMany(e => e.GetProperties())
            .Where(p => (Nullable.GetUnderlyingType(p.ClrType) ?? p.ClrType).IsEnum)
            .Where(p => (p.GetValueConverter()?.ProviderClrType ?? p.GetProviderClrType()) == typeof(string))
            .ToList();
        Assert.True(asText.Count >= 60, $"Expected the app's many enums stored by name, found {asText.Count}.");

        var withoutConverter = asText
            .Where(p => p.GetValueConverter() is null)
            .Select(p => $"{p.DeclaringType.DisplayName()}.{p.Name}");
        Assert.Empty(withoutConverter);
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public void EveryEnumStoredAsANumber_HasItsOwnConverterInTheCompiledModel(string provider)
    {
        var model = provider == "Sqlite" ? SqliteAppDbContextModel.Instance : PostgresAppDbContextModel.Instance;
        var asNumber = model
            .GetEntityTypes()
            .SelectMany(e => e.GetProperties())
            .Where(p => (Nullable.GetUnderlyingType(p.ClrType) ?? p.ClrType).IsEnum)
            .Where(p => (p.GetValueConverter()?.ProviderClrType ?? p.GetProviderClrType()) != typeof(string))
            .ToList();
        // Flags (a stakeholder's communication formats) and the first enums, such as a stakeholder's type.
        Assert.Contains(asNumber, p => p.DeclaringType.ClrType.Name == "Stakeholder" && p.Name == "Formats");

        var withoutConverter = asNumber
            .Where(p => p.GetValueConverter() is null)
            .Select(p => $"{p.DeclaringType.DisplayName()}.{p.Name}");
        Assert.Empty(withoutConverter);
        Assert.All(asNumber, p => Assert.Equal(typeof(int), p.GetValueConverter()!.ProviderClrType));
    }
}
